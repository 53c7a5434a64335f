"""The structure the reader fills in, and the reader's cursor over logical lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from interviewer.resume.evidence import Job, job_line, title_like
from interviewer.resume.layout import PERIOD_RE, clean_text, norm_period
from interviewer.resume.lines import Line, read_lines


@dataclass
class Entry:
    """A job or a project being read."""

    name: str = ""
    title: str = ""
    org: str = ""
    role: str = ""
    period: str = ""
    bullets: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    position: int | None = None
    level: int = 0
    indent: int = -1
    style: str = ""
    subs: set[int] = field(default_factory=set)
    """A job's bullets (indexes) that are sub-points of the bullet above them."""
    described: set[int] = field(default_factory=set)
    """A job's bullets (indexes) told in a field describing the job (`Job Description:`)."""
    point_indent: int = -1
    """Indent of the job's last top-level list item."""
    point_style: str = ""


@dataclass
class Reading:
    positions: list[Entry] = field(default_factory=list)
    projects: list[Entry] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    areas: list[Entry] = field(default_factory=list)
    """Achievements listed under a heading that is neither a job nor a project (a functional
    résumé's skill areas): each achievement becomes an askable unit with no position."""


class Cursor:
    """State shared by the reader's decisions: where we are, the open job and project."""

    def __init__(self) -> None:
        self.out = Reading()
        self.section = ""
        self.job: Entry | None = None
        self.project: Entry | None = None
        self.job_level = 0
        self.job_style = ""
        """The numbering of the jobs when an experience section numbers them as a list."""
        self.section_level = 0
        """Markdown level of the headings that named a section, once one did."""
        self.table: list[str] | None = None
        self.transposed: list[Entry] = []
        """The pieces of work a table turned on its side names, one per column."""
        self.employer = ""
        """An employer named over several titles (LinkedIn: org, total tenure, then title/dates)."""
        self.lines: list[Line] = []
        self.i = 0
        self.numbered = False
        """A `Project #2` / `PROJECT 3:` line was read: the block's title or first line names it."""

    def read(self, text: str) -> Reading:
        self.lines = read_lines(text)
        self._prepare()
        while self.i < len(self.lines):
            line = self.lines[self.i]
            self.i += 1
            if line.text:
                self.feed(line)
        return self.out

    def _prepare(self) -> None:
        """Decisions about the whole page, before its lines are read (the reader may add some)."""

    def feed(self, line: Line) -> None:  # pragma: no cover - the reader defines it
        raise NotImplementedError

    def _start_job(self, job: Job, level: int) -> None:
        self.job = Entry(
            title=job.title,
            org=job.org,
            period=norm_period(job.period) if job.period else "",
            level=level,
        )
        self.job_level = level
        self.project = None
        self.out.positions.append(self.job)
        if not self.job.period and self._next_is_dates():
            nxt = self._peek()
            assert nxt is not None
            self.job.period = nxt.period
            self.i += self._skip_blank() + 1

    def _start_project(self, header: str, line: Line | None) -> None:
        from interviewer.resume.evidence import owner_details
        from interviewer.resume.headers import parse_project_header

        if owner_details(header):
            self.project = None  # the owner's phone and e-mail under a headline name no work
            return
        name, role, period, rest = parse_project_header(header)
        position = len(self.out.positions) - 1 if self.job is not None else None
        self.project = Entry(
            name=name,
            role=role,
            period=period,
            position=position,
            indent=line.indent if line and line.marker else -1,
            style=line.style if line else "",
            level=line.heading if line else 0,
        )
        if rest:
            self.project.bullets.append(rest)
        self.out.projects.append(self.project)

    def _fill_header(self, project: Entry, rest: str) -> None:
        from interviewer.resume.headers import split_role_period

        role, period, description = split_role_period(rest)
        project.role = project.role or role
        project.period = project.period or period
        if description:
            project.bullets.append(description)

    def _peek(self) -> Line | None:
        j = self.i
        while j < len(self.lines) and not self.lines[j].text:
            j += 1
        return self.lines[j] if j < len(self.lines) else None

    def _skip_blank(self) -> int:
        j = self.i
        while j < len(self.lines) and not self.lines[j].text:
            j += 1
        return j - self.i

    def _next_is_dates(self) -> bool:
        nxt = self._peek()
        return nxt is not None and dates_line(nxt)

    def _linkedin_run(self, line: Line) -> bool:
        """An employer line and a title line in either order, then a dates line (all short, no
        markers)."""
        nxt = self._peek()
        if nxt is None or nxt.marker or line.marker:
            return False
        after = self.lines[self.i + self._skip_blank() + 1 :][:1]
        return (
            bool(after)
            and dates_line(after[0])
            and title_like(line.text)
            and job_line(f"{line.text} | {nxt.text}", heading=True) is not None
        )

    def _linkedin_job(self, line: Line) -> Job | None:
        nxt = self._peek()
        if nxt is None:
            return None
        job = job_line(f"{line.text} | {nxt.text}", heading=True)
        if job is None:
            return None
        self.i += self._skip_blank() + 1  # the title line is used
        if clean_text(job.title) == clean_text(line.text):
            # the title first, then `EMPLOYER, CITY, ST`: the employer as read, its place left out
            return Job(title=job.title, org=job.org, period="")
        return Job(title=job.title, org=clean_text(line.text), period="")


_PLACE_TAIL_RE = re.compile(
    r"[\s·•|｜,，()（）\-–—]*(?:[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?(?:,\s*[A-Z]{2})?|[Rr]emote|"
    r"[Hh]ybrid|[Oo]n-?site|[\u3400-\u9fff]{2,3}市?)[\s·•|｜,，()（）]*"
)


_TENURE_TAIL_RE = re.compile(
    r"[\s·•|｜,，]*[(（]?\s*(?i:\d+\s*(?:years?|yrs?|months?|mos?)(?:\s+\d+\s*(?:months?|mos?))?)\s*[)）]?"
    r"|[\s·•|｜,，]*[(（]?\s*\d+\s*年(?:\s*\d+\s*个?月)?\s*[)）]?|[\s·•|｜,，]*[(（]?\s*\d+\s*个月\s*[)）]?"
)
"""How long a post lasted, told after its dates (`(2 years 11 months)`, `· 4 yrs 1 mo`, `（4年3个月）`)."""


def dates_line(line: Line) -> bool:
    """Only dates, or dates and a place (`Mar 2021 – Present · Lagos`, `2019 – 2022, Remote`)."""
    if line.period_only:
        return True
    if not line.period or line.marker:
        return False
    rest = _TENURE_TAIL_RE.sub("", PERIOD_RE.sub("", line.text))
    return not rest.strip(" -–—|｜,，()（）·*_") or _PLACE_TAIL_RE.fullmatch(rest) is not None


def label_line(text: str) -> Line:
    """One line read on its own (a table cell, a key/value pair)."""
    return read_lines(text)[0]
