"""Read the structure of a résumé's text: positions, projects, roles, periods, skills, metrics.

Works on Markdown résumés (`## Projects`, `### Name (2023.03–2024.01)`, bullet lists) and on
plain text (`项目一：名称  2023.06-2024.02`, `Project: Name | 2022–2023 | Tech lead`, section
lines such as `工作经历` or `Experience`). Deterministic and regex-based.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from bench._resume_baseline.layout import (
    AT_RE,
    BULLET_RE,
    CJK_RE,
    DECOR_RE,
    DESCRIPTION_RE,
    HEADING_RE,
    INLINE_SECTION_RE,
    META_KIND,
    META_RE,
    NUMBERING_RE,
    ORG_RE,
    PARENS_RE,
    PERIOD_RE,
    PROJECT_PREFIX_RE,
    RANGE_RE,
    ROLE_RE,
    SENTENCE_END_RE,
    SPLIT_RE,
    WORD_RE,
    BulletHeader,
    bullet_header,
    clean_text,
    dedupe,
    is_period_only,
    is_role_only,
    marker_style,
    mentions,
    norm_period,
    numbered_marker,
    section_kind,
    split_skills,
    strip_period,
    table_cells,
    table_columns,
    table_row,
    unwrap,
)
from bench._resume_baseline.metrics import extract_metrics
from interviewer.types import ClaimedMetric, Position, Project, Resume

MAX_ANALYSED_CHARS = 100_000
"""Structure is read from this much text (about 30 pages); a longer input is not a résumé."""


@dataclass
class _Item:
    """A position or project being filled in while reading lines."""

    kind: str
    name: str = ""
    title: str = ""
    org: str = ""
    role: str = ""
    period: str = ""
    header: str = ""
    bullets: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    level: int = 0
    indent: int = -1
    """Indent of the list item that opened this project (-1: not opened by a list item)."""
    marker: str = ""
    """Style of that item's marker (`N.`, `(N)`, `-`), so only siblings open the next project."""


def detect_language(text: str) -> Literal["zh", "en"]:
    """`zh` when Chinese characters outnumber English words, else `en`."""
    cjk = len(CJK_RE.findall(text))
    words = len(WORD_RE.findall(text))
    return "zh" if cjk and cjk >= words else "en"


def parse_resume_text(text: str, source: str = "pasted") -> Resume:
    """Structure of a résumé's plain text; never raises on odd input."""
    text = text or ""
    analysed = text[:MAX_ANALYSED_CHARS]
    reader = _Reader()
    for raw in analysed.splitlines():
        reader.feed(raw)
    reader.close()
    skills = dedupe(reader.skills)
    projects = [_to_project(item, skills) for item in reader.projects]
    positions = [_to_position(item) for item in reader.positions]
    metrics: list[ClaimedMetric] = []
    for line in analysed.splitlines():
        metrics.extend(extract_metrics(line))
    return Resume(
        lang=detect_language(text),
        positions=positions,
        projects=projects,
        skills=skills,
        metrics=metrics,
        text=text,
        source=source,
    )


class _Reader:
    """Line-by-line state machine: section → item (position/project) → bullets."""

    def __init__(self) -> None:
        self.section = ""
        self.section_level = 0
        self.item: _Item | None = None
        self.position: _Item | None = None
        self.positions: list[_Item] = []
        self.projects: list[_Item] = []
        self.skills: list[str] = []
        self.pending: str | None = None  # a plain line that may be a project title
        self.table: list[str] | None = None  # column kinds of the project table being read

    def feed(self, raw: str) -> None:
        line = raw.strip()
        if not line:
            return
        indent = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())
        row = table_row(line)
        if row is None:
            self.table = None
        elif self._table_line(row):
            return
        cells = table_cells(line)
        if cells:
            for key, value in zip(cells[::2], cells[1::2], strict=True):
                self.feed(f"{key}：{value}")
            return
        heading = HEADING_RE.match(line)
        level = len(heading.group(1)) if heading else 0
        body = heading.group(2) if heading else line
        kind = section_kind(body)
        if kind and (heading or not BULLET_RE.match(line)):
            self._flush_pending()
            self._close_item()
            self.position = None
            self.section, self.section_level = kind, level
            return
        if heading and level > self.section_level and self.section in ("experience", "projects"):
            self._flush_pending()
            self._start(body, level)
            return
        inline = INLINE_SECTION_RE.match(line)
        if (
            inline
            and section_kind(inline.group(1)) == "skills"
            and self.section != "skills"
            and not META_RE.match(unwrap(BULLET_RE.sub("", line, count=1)))
        ):
            self._flush_pending()
            self._close_item()
            self.position, self.section, self.section_level = None, "skills", level
            self.skills.extend(split_skills(inline.group(2)))
            return
        if PROJECT_PREFIX_RE.match(line) and not self.section == "skills":
            self._flush_pending()
            first, *fields = re.split(r"\s{2,}|\t", line)
            metas = [META_RE.match(f) for f in fields]
            if fields and all(metas):  # `项目名称：X    项目时间：…    项目角色：…` on one line
                self._start(first, level, force="project")
                for meta in metas:
                    assert meta is not None
                    self._meta(meta.group("key").lower(), meta.group("value").strip())
                return
            self._start(line, level, force="project")
            return
        if self.section == "skills":
            self.skills.extend(split_skills(line))
            return
        if self.section not in ("experience", "projects") and self.item is None:
            return
        self._body_line(line, indent)

    def _table_line(self, cells: list[str]) -> bool:
        """A Markdown table of projects: `| 项目 | 时间 | 角色 |` then one row per project."""
        if not cells:
            return self.table is not None
        columns = table_columns(cells)
        if columns and self.section != "skills":
            self._flush_pending()
            self._close_item()
            self.table = columns
            return True
        if self.table is None or len(cells) != len(self.table):
            return False
        values = dict(zip(self.table, cells, strict=True))
        name = clean_text(values.get("name", ""))
        if not name:
            return True
        self._flush_pending()
        self._start(name, 0, force="project")
        item = self.item
        assert item is not None
        item.name = name
        found = PERIOD_RE.search(values.get("period", ""))
        item.period = norm_period(found.group()) if found else item.period
        item.role = clean_text(values.get("role", "")) or item.role
        item.bullets.extend(
            clean_text(c)
            for kind, c in zip(self.table, cells, strict=True)
            if not kind and clean_text(c)
        )
        return True

    def _body_line(self, line: str, indent: int = 0) -> None:  # noqa: C901 - rewritten with the résumé reader
        bullet = BULLET_RE.match(line)
        content = line[bullet.end() :] if bullet else line
        meta = META_RE.match(unwrap(content))
        numbered = numbered_marker(line)
        if (bullet or numbered) and not meta and self.section in ("projects", "experience"):
            marker = numbered or bullet
            assert marker is not None
            header = bullet_header(line[marker.end() :], bool(numbered))
            style = marker_style(marker.group())
            if header and self._opens_list_project(header, indent, style):
                self._start_list_project(header, indent, style)
                return
        elif not meta and self.section == "projects" and line.startswith(("**", "__")):
            header = bullet_header(line, False)
            plain_item = self.item is None or (self.item.level == 0 and self.item.indent < 0)
            if header and header.bold and clean_text(header.rest) and plain_item:
                self._start_list_project(header, -1, "")  # `**Name** — description (2023)`
                return
        item = self.item
        if (
            item is not None
            and item.indent >= 0
            and indent > item.indent
            and not bullet
            and not meta
        ):
            self._flush_pending()
            item.bullets.append(clean_text(line))  # a wrapped or indented line of the item
            return
        if (
            bullet
            and not meta
            and RANGE_RE.search(content)
            and len(content) <= 60
            and not SENTENCE_END_RE.search(content)
        ):
            bullet = None  # "1、知识库问答（2023.05-2024.03）" numbers a project, not a point
        if self._fills_position(line, bullet, meta):
            return
        if self.pending is not None:
            pending, self.pending = self.pending, None
            if not bullet and not meta and is_period_only(line):
                self._start(f"{pending} ({line})", 0)  # title line, then a line with the dates
                return
            if bullet or meta:
                self._start(pending, 0)
            elif self.item is not None:
                self.item.bullets.append(clean_text(pending))
        if meta:
            self._meta(meta.group("key").lower(), meta.group("value").strip())
            return
        if bullet:
            if self.item is not None:
                self.item.bullets.append(clean_text(line[bullet.end() :]))
            return
        if self._fills_role(line):
            return
        is_header_like = len(line) <= 90 and not SENTENCE_END_RE.search(line)
        period = PERIOD_RE.search(line)
        if period and is_header_like:
            if self.item is not None and not self.item.period and is_period_only(line):
                self.item.period = norm_period(period.group())
                return
            self._start(line, 0)
            return
        if (
            is_header_like
            and len(line) <= 60
            and not DESCRIPTION_RE.match(line)
            and (self.item is None or self.item.bullets or self.item.kind == "position")
        ):
            self.pending = line
            return
        if self.item is not None:
            self.item.bullets.append(clean_text(line))

    def _fills_position(self, line: str, bullet: object, meta: object) -> bool:
        """A job header split over lines: `Acme Corp  2020 – now` then `Senior Engineer`."""
        job = self.item
        if (
            job is None
            or job.kind != "position"
            or job.bullets
            or bullet
            or meta
            or self.pending is not None
            or len(line) > 50
            or PERIOD_RE.search(line)
        ):
            return False
        text = clean_text(line)
        if not job.title and ROLE_RE.search(text):
            job.title = text
            return True
        if not job.org and job.title and ORG_RE.search(text):
            job.org = text
            return True
        return False

    def _opens_list_project(self, header: BulletHeader, indent: int, style: str) -> bool:
        """A list item names a new project first in a section or as a sibling of one.

        In work experience only a bold name under a job does (`- **Name** — ...`).
        """
        if not header.bold and DESCRIPTION_RE.match(header.name or header.rest):
            return False
        item = self.item
        if self.section == "experience":
            if not header.bold or self.position is None:
                return False
            if header.rest.strip() and not re.match(r"\s*[—–:：(（|｜-]", header.rest):
                return False  # "**Promoted** to senior in 2022" is running text
            if item is self.position:
                return True
        if item is None:
            return True
        same_list = header.bold or style == item.marker
        return item.indent >= 0 and indent <= item.indent and same_list

    def _start_list_project(self, header: BulletHeader, indent: int, style: str) -> None:
        """`1. 名称（2023）` or `- **Name** — description (2023) | Lead`."""
        self._flush_pending()
        if not header.name:
            self._start(header.rest, 0, force="project")
        else:
            self._start(header.name, 0, force="project")
            item = self.item
            assert item is not None
            item.name = clean_text(header.name)
            found = PERIOD_RE.search(header.rest) or PERIOD_RE.search(header.name)
            item.period = norm_period(found.group()) if found else ""
            rest = DECOR_RE.sub("", strip_period(header.rest))
            parts = [
                clean_text(p)
                for p in SPLIT_RE.split(PARENS_RE.sub(lambda m: "|" + m.group(1) + "|", rest))
            ]
            roles = [p for p in parts if p and ROLE_RE.search(p) and is_role_only(p)]
            item.role = roles[0] if roles else ""
            if item.role:
                rest = rest.replace(item.role, "", 1)
            description = clean_text(re.sub(r"\s+([.。,，;；])", r"\1", rest))
            description = re.sub(r"^[|｜()（）:：\s]+", "", description)
            if len(description) > 1:
                item.bullets.append(description)
        assert self.item is not None
        self.item.indent, self.item.marker = indent, style

    def _fills_role(self, line: str) -> bool:
        """`Tech lead` alone on a line of a project that has no role yet (PDF exports)."""
        item = self.item
        text = clean_text(line)
        if (
            item is None
            or item.kind != "project"
            or item.role
            or len(text) > 30
            or not ROLE_RE.search(text)
            or not is_role_only(text)
        ):
            return False
        item.role = text
        return True

    def _flush_pending(self) -> None:
        if self.pending is not None and self.item is not None:
            self.item.bullets.append(clean_text(self.pending))
        self.pending = None

    def _meta(self, key: str, value: str) -> None:
        kind = META_KIND.get(key, "bullet")
        item = self.item
        if item is None:
            return
        if kind == "skills":
            item.skills.extend(split_skills(value))
        elif kind == "period" and value:
            found = PERIOD_RE.search(value)
            item.period = norm_period(found.group() if found else value)
        elif kind == "role" and value:
            item.role = clean_text(value)
        elif kind == "title" and value:
            if item.kind == "position":
                item.title = clean_text(value)
            else:
                item.role = clean_text(value)
        elif kind == "org" and value and item.kind == "position":
            item.org = clean_text(value)
        elif value:
            item.bullets.append(clean_text(value))

    def _start(self, header: str, level: int, force: str | None = None) -> None:
        self._close_item()
        kind = force or self._kind_for(header, level)
        item = _parse_header(header, kind)
        item.level = level
        self.item = item
        if kind == "position":
            self.position = item
            self.positions.append(item)
        else:
            self.projects.append(item)

    def _kind_for(self, header: str, level: int) -> str:
        """Inside work experience a header is a job, or a project nested under the current job."""
        if self.section != "experience":
            return "project"
        if self.position is None:
            return "position"
        if level:
            return "project" if level > self.position.level else "position"
        return "position" if PERIOD_RE.search(header) else "project"

    def _close_item(self) -> None:
        item, job = self.item, self.position
        if item is not None and item.kind == "project" and job is not None:
            item.role = item.role or job.title
            item.period = item.period or job.period
        self.item = None

    def close(self) -> None:
        self._flush_pending()
        self._close_item()


def _parse_header(header: str, kind: str) -> _Item:
    """Name/title/org/role/period from a header line such as `Name (2023.03–2024.01) | Lead`."""
    text = PROJECT_PREFIX_RE.sub("", header, count=1)
    text = NUMBERING_RE.sub("", BULLET_RE.sub("", text, count=1), count=1)
    text = DECOR_RE.sub("", text)
    period_match = PERIOD_RE.search(text)
    period = norm_period(period_match.group()) if period_match else ""
    text = re.sub(r"[（(]\s*\|\s*[)）]", " | ", PERIOD_RE.sub(" | ", text))
    parts: list[str] = []
    for chunk in SPLIT_RE.split(PARENS_RE.sub(lambda m: "|" + m.group(1) + "|", text)):
        parts.extend(p for p in AT_RE.split(chunk) if p) if kind == "position" else parts.append(
            chunk
        )
    parts = [clean_text(p) for p in parts]
    parts = [p for p in parts if p]
    if kind == "position" and len(parts) == 1 and CJK_RE.search(parts[0]):
        parts = parts[0].split()  # "某科技公司 算法工程师"
    item = _Item(kind=kind, period=period, header=header.strip())
    roles = [p for p in parts if ROLE_RE.search(p) and len(p) <= 40]
    if kind == "position":
        item.title = roles[0] if roles else (parts[1] if len(parts) > 1 else "")
        others = [p for p in parts if p != item.title]
        item.org = others[0] if others else ""
        item.name = item.title or item.org
        return item
    # The name comes first; it only yields to a later part when it is nothing but a role.
    first_is_role = bool(parts) and parts[0] in roles and is_role_only(parts[0]) and len(parts) > 1
    item.name = (parts[1] if first_is_role else parts[0]) if parts else ""
    item.role = next((r for r in roles if r != item.name and is_role_only(r)), "")
    return item


def _to_project(item: _Item, skills: list[str]) -> Project:
    body = "\n".join([item.header, *item.bullets])
    found = [s for s in skills if mentions(body, s)]
    metrics: list[ClaimedMetric] = []
    for line in (item.header, *item.bullets):
        metrics.extend(extract_metrics(line))
    return Project(
        name=item.name or item.header[:60],
        period=item.period,
        role=item.role,
        bullets=[b for b in item.bullets if b],
        metrics=metrics,
        skills=dedupe([*item.skills, *found]),
    )


def _to_position(item: _Item) -> Position:
    return Position(
        title=item.title, org=item.org, period=item.period, bullets=[b for b in item.bullets if b]
    )
