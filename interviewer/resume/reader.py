"""Section → entry (employer, role, period) → project → bullet, from logical lines.

One decision per method: which section a line opens, whether it starts a job, whether it names
a project, or which item its words belong to. The evidence comes from evidence.py (what the
line's words are) and the line's place (heading level, list nesting, what follows it).
"""

from __future__ import annotations

import re
from collections import Counter

from interviewer.resume.evidence import (
    Job,
    describes_work,
    job_line,
    named_item,
    names_kind_of_work,
    org_like,
    piped_item,
    project_role,
    role_line,
    title_like,
)
from interviewer.resume.headers import named_work_at
from interviewer.resume.layout import (
    CJK_RE,
    GLYPH_DEPTH,
    ORG_RE,
    PARENS_RE,
    PERIOD_RE,
    ROLE_RE,
    SENTENCE_END_RE,
    SPLIT_RE,
    clean_text,
    norm_period,
    section_kind,
    split_skills,
    strip_period,
    table_cells,
)
from interviewer.resume.lines import BACKGROUND_KEYS, LABEL_OF, Line
from interviewer.resume.lines import width as width_of
from interviewer.resume.naming import (
    is_achievement,
    is_result_line,
    opens_with_deed,
    shares_object,
    states_aim,
    unit_name,
)
from interviewer.resume.structure import Entry, Reading, dates_line, label_line
from interviewer.resume.tables import TableRows

__all__ = ["Entry", "Reader", "Reading"]

_WORK_SECTIONS = ("experience", "projects")
_PLACE_LINE_RE = re.compile(
    r"[A-ZÀ-Þ][\w\u00c0-\u024f.' -]{1,30},\s*[A-ZÀ-Þ][\w\u00c0-\u024f' -]{1,30}|(?i:remote|hybrid)"
)
"""'City, Country' alone: where a job was, never its employer."""
_NUMERIC_FIELD_RE = re.compile(r"[A-Za-z][A-Za-z ]{1,30}:\s*[\d.,/ -]{1,12}")
"""A form field whose value is a number ('Hours per week: 40', 'Grade: 12')."""
_GRADE_RE = re.compile(r",\s*(?:[A-Z]{1,4}-)?\d[\w/-]*$")
"""A pay grade after a job title ('IT Specialist, GS-2210-14', 'Analyst, 7')."""
_NOTE_RE = re.compile(
    r"(?i)^(?:[\U0001F4A1\u2139\U0001F4CC\u26A0\u2757\U0001F4DD\uFE0F\s]+|(?:note|nb)\s*[:：])"
    r"|^(?:以下|下列|下面|如下|注[:：])|^(?:the following|below|all (?:of )?(?:the )?(?:projects|work)\b)"
)
"""A remark on the list below (a callout, 'The following were all led by me'), not an item of it."""
_TOLD_SPLIT_RE = re.compile(r"\s*[:：]\s*|\s+[—–-]\s+|\s*[｜|]\s*|(?<=[.。])\s+")
"""Where a job line may stop and the work it tells begin (after a colon, a dash, a bar, a full
stop)."""
_ORPHANS = "\x00experience"
"""The area that holds experience lines under no recognised job."""
_PLACE_RE = re.compile(
    r"(?:[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?(?:,\s*[A-Z]{2})?|remote|Remote|[\u3400-\u9fff]{2,3}(?:市)?)"
)
"""A city after an employer's name (`Kestrel Robotics — Berlin`, `— Remote`, `— 杭州`)."""
_TENURE_RE = re.compile(
    r"(?i:\d+\s*(?:yrs?|years?)(?:\s+\d+\s*(?:mos?|months?))?|\d+\s*(?:mos?|months?))"
    r"|\d+\s*年(?:\s*\d+\s*个?月)?|\d+\s*个月"
)
_TITLE_HEAD_RE = re.compile(r"[A-Z][a-z]+(?:\s+(?:&|and|of|[A-Z][a-z]+)){0,3}")
_CAPS_RE = re.compile(r"[A-Z][A-Z &/'’-]{3,30}")
_EDUCATION_RE = re.compile(
    r"(?i:\b(?:university|college|school|bachelor|master|bsc|msc|ba|ma|phd|b\.s\.|m\.s\.|degree)\b)"
    r"|大学|学院|本科|硕士|博士|学士|专业"
)
_INLINE_SKILL_SECTIONS = {
    "skills",
    "technical skills",
    "top skills",
    "skills & tools",
    "技能",
    "专业技能",
    "核心技能",
    "技能清单",
    "个人技能",
}


_EMPLOYMENT_RE = re.compile(
    r"\s*[·|•,-]\s*(?:full[- ]time|part[- ]time|contract|freelance|self[- ]employed|internship|"
    r"apprenticeship|seasonal|permanent|全职|兼职|实习|合同工)\s*$",
    re.IGNORECASE,
)
_WORK_MODE_RE = re.compile(r"(?i)\s[·|•]\s*(?:hybrid|remote|on-?site)\s*$|远程|现场办公")
_NUMBERED_RE = re.compile(
    r"(?:project|proj\.?)\s*(?:#|no\.?|number)?\s*\d{1,2}\s*[:：.)]?|项目\s*[#＃]?\s*\d{1,2}\s*[:：]?",
    re.IGNORECASE,
)


class Reader(TableRows):
    """Feeds logical lines through the decisions below; `read` returns the structure."""

    # ------------------------------------------------------------------ dispatch

    def feed(self, line: Line) -> None:
        if (
            self._numbered_block(line)
            or self._summary_label(line)
            or self._job_projects_label(line)
        ):
            return
        if self._table_line(line):
            return
        self.table = None
        pairs = table_cells(line.text)  # a key/value row flattened to `a | b | c | d`
        if pairs:
            for key, value in zip(pairs[::2], pairs[1::2], strict=True):
                self.feed(label_line(f"{key}：{value}"))
            return
        if line.section and (line.heading or not line.marker):
            self._open_section(line)
            return
        if self._section_heading(line):
            nxt = self._peek()
            first = not any(prev.text for prev in self.lines[: self.i - 1])
            first = first and (nxt is None or not nxt.marker)  # a skill area opens on a list
            inferred = self._infer_section(line)
            self.section, self.job, self.project, self.job_level = (
                # the résumé's first line is its owner's name and headline, never a skill area
                "other" if first and inferred == "achievements" else inferred,
                None,
                None,
                0,
            )
            if self.section == "achievements":
                self.out.areas.append(Entry(name=clean_text(line.text)))
            return
        if self.section == "achievements":
            self.out.areas[-1].bullets.append(clean_text(line.text))
            return
        if line.label == "skills" and self._item_skills(line):
            return
        if line.label == "skills" and (self.section not in _WORK_SECTIONS or _section_key(line)):
            self.out.skills.extend(split_skills(line.value))
            if _section_key(line):
                self.section, self.job, self.project = "skills", None, None
            return
        if self.section == "skills":
            self.out.skills.extend(split_skills(line.text))
            return
        opens = line.label == "name" or line.prefixed
        if not self.section and not line.marker and self._top_job(line):
            self.section = "experience"  # a job before any section names one (a date table)
        if self.section in _WORK_SECTIONS or self.project is not None or opens:
            self._work_line(line)

    def _prepare(self) -> None:
        """A page no vocabulary sections (a GitHub profile README: the owner's name as its one
        top heading, then `### 🛠️ Things I've built`, `### 📫 Reach me`): when one heading of
        the page's repeated level holds named pieces of work or jobs, that level's headings are
        its sections, each of the kind its lines tell; a heading there is never a project."""
        if any(line.section for line in self.lines):
            return
        levels = Counter(line.heading for line in self.lines if 1 <= line.heading <= 6)
        if sum(n for level, n in levels.items() if level <= 2) > 1:
            return  # level 1-2 headings already open sections here
        repeated = sorted(level for level, n in levels.items() if level >= 3 and n >= 2)
        if not repeated:
            return
        level = repeated[0]
        self.section_level = level
        found = False
        for k, line in enumerate(self.lines):
            if line.heading == level:
                self.i = k + 1
                found = found or self._infer_section(line) in ("projects", "experience")
        self.i = 0
        self.section_level = level if found else 0

    def _job_projects_label(self, line: Line) -> bool:
        """`Key projects:` / `主要项目：` under a job opens that job's projects, not a section:
        a later job line is still a job."""
        if line.section != "projects" or self.section != "experience" or self.job is None:
            return False
        if line.heading or not re.search(r"[:：]\s*$", line.raw):
            return False
        self.project = None
        return True

    def _summary_label(self, line: Line) -> bool:
        """`个人优势：五年…`, `Summary: …` outside any job: the owner's summary, no work.
        `教育：某大学 硕士 2019`, `Education: B.Sc., 2016 – 2019` anywhere, even right under a
        job's points: the education section opened where it stands, its school no job."""
        key = re.split(r"[:：]", line.text, maxsplit=1)[0] if not line.marker else ""
        if key == line.text:
            return False
        kind = section_kind(key.strip())
        if kind == "education":
            self.section, self.job, self.project = "education", None, None
            return True
        if self.job is not None or kind != "other":
            return False
        self.section, self.project = "other", None
        return True

    def _numbered_block(self, line: Line) -> bool:
        """`Project #2`, `PROJECT 3:`, `Project No. 4` alone on a line opens a block that its
        `Title : X` / `Project Title: X` label, or else its first plain line, names."""
        if _NUMBERED_RE.fullmatch(line.text) and not line.marker:
            self.numbered, self.project = True, None
            if self.section not in _WORK_SECTIONS:
                self.section = "projects"
            return True
        if not self.numbered:
            return False
        if line.label in ("title", "name") and line.value:
            self.numbered = False
            self._start_project(line.value, line)
            return True
        if not line.label and not line.marker and not line.section and not line.cells:
            self.numbered = False
            self._start_project(line.text, line)
            return True
        return False

    def _top_job(self, line: Line) -> bool:
        job = job_line(line.text)
        return job is not None and bool(job.period) and not _EDUCATION_RE.search(line.text)

    def _section_heading(self, line: Line) -> bool:
        """A heading no vocabulary names: Markdown level 1-2, 【…】, or a short all-caps line."""
        if line.marker or line.label:
            return False
        if line.heading:
            bold_alone = line.heading == 9 and self.section not in _WORK_SECTIONS
            top = self.section_level or 2  # headings at the level of the named sections, or 1-2
            return line.heading <= top or (bold_alone and not line.period and title_like(line.text))
        if line.bracketed and self.project is not None and self.section in _WORK_SECTIONS:
            line.label = "work"  # `【内容】` under `【项目】X`: a list of that project's points
            return False
        if _CAPS_RE.fullmatch(line.text) and self._heads_a_job(line):
            return False  # `NORDSTROM` over `Data Scientist   2019 – 2023`: the employer
        if line.bracketed or _CAPS_RE.fullmatch(line.text):
            return True
        # a Title Case line over a list, outside jobs and projects ("Risk Modelling" over
        # "• Rebuilt the scorecard…"): a skill area of a functional résumé
        nxt = self._peek()
        return (
            self.section not in _WORK_SECTIONS
            and bool(_TITLE_HEAD_RE.fullmatch(line.text))
            and nxt is not None
            and nxt.marker != ""
        )

    def _heads_a_job(self, line: Line) -> bool:
        """In work experience, the line opens a job's header run with the lines under it."""
        run = self._job_run(line)
        return bool(run) and (_run_job(run[:2]) is not None or _run_job(run) is not None)

    def _job_run(self, line: Line) -> list[Line]:
        """In work experience, `line` and up to two short run lines after it (a job header told
        over several lines); empty when `line` cannot open one."""
        if self.section != "experience" or not _run_line(line):
            return []
        run = [line]
        j = self.i
        while len(run) < 3 and j < len(self.lines) and _run_line(self.lines[j]):
            run.append(self.lines[j])
            j += 1
        return run

    def _infer_section(self, line: Line) -> str:
        """What an unnamed section holds, from its lines: jobs make it experience, named pieces
        of work make it projects, anything else is not read for work."""
        jobs = titled = done = 0
        j = self.i
        while j < len(self.lines):
            nxt = self.lines[j]
            j += 1
            if not nxt.text:
                continue
            if nxt.section or self._section_heading(nxt):
                break
            job = job_line(nxt.text, heading=bool(nxt.heading)) if not nxt.marker else None
            if not nxt.marker and named_work_at(nxt.text) is not None:
                titled += 1  # `Ticket triage (2023–2024), Helpdesk Co.`: work at an employer
            elif job is not None and job.period and not _EDUCATION_RE.search(nxt.text):
                jobs += 1
            elif (
                nxt.heading
                or nxt.prefixed
                or nxt.label == "name"
                or named_item(nxt.text)
                or (nxt.marker and piped_item(nxt.text))
            ):
                titled += 1
            elif nxt.marker and is_achievement(nxt.text):
                done += 1
        del line
        if jobs or titled:
            return "experience" if jobs else "projects"
        return "achievements" if done else "other"  # a functional résumé's skill area

    def _open_section(self, line: Line) -> None:
        self.section, self.job, self.project, self.job_level = line.section, None, None, 0
        self.job_style = ""
        if line.heading and line.heading != 9:
            self.section_level = line.heading
        if line.label == "skills" or (":" in line.text or "：" in line.text):
            rest = line.text.split("：" if "：" in line.text else ":", 1)[1]
            self.out.skills.extend(split_skills(rest))

    def _work_line(self, line: Line) -> None:
        for decide in (
            self._named_at_employer,
            self._numbered_job,
            self._dated_work,
            self._named_parent,
            self._dated_bullet,
            self._dated_item,
            self._label,
            self._setting_over_named,
            self._title_over_org_line,
            self._heading,
            self._prefixed,
            self._fresh_role,
            self._fill_job,
            self._job,
            self._header_run,
            self._named,
            self._role,
            self._dates,
            self._title,
        ):
            if decide(line):
                return
        self._content(line)

    # ------------------------------------------------------------------ decisions

    def _named_at_employer(self, line: Line) -> bool:
        """Among projects, `Ticket triage (2023–2024), Helpdesk Co.` opens a project done at that
        employer (among jobs too, over points telling built work): the employer is a position
        (one per employer), the line names no job."""
        if line.marker or self.section not in _WORK_SECTIONS:
            return False
        found = named_work_at(line.text)
        if found is None:
            return False
        if self.section == "experience" and not self._points_of_work_follow():
            return False  # among jobs, only a name over points telling built work is a project
        name, org, period = found
        same = [k for k, p in enumerate(self.out.positions) if p.org.casefold() == org.casefold()]
        if not same:
            self.out.positions.append(Entry(org=org))
        self.job = None
        self.project = Entry(
            name=name,
            period=period,
            position=same[-1] if same else len(self.out.positions) - 1,
            level=line.heading,
        )
        self.out.projects.append(self.project)
        return True

    def _points_of_work_follow(self) -> bool:
        """The next line is a list item telling work done (`- Fine-tuned a DeBERTa model…`)."""
        nxt = self._peek()
        return nxt is not None and nxt.marker != "" and is_achievement(nxt.text)

    def _numbered_job(self, line: Line) -> bool:
        """`（一）Org　Dept　Title　2020年3月至今`, `1. Org, Title, 2019 – 2021`: the jobs of an
        experience section numbered as a list are jobs, not achievements — a numbered line that
        reads whole as employer, title and dates, opening the section or numbered as the job
        before it (an achievement numbered under a job is never one)."""
        if self.section != "experience" or line.marker != "number" or not line.period:
            return False
        if self.job is not None and self.job_style != line.style:
            return False
        job = job_line(line.text)
        if job is None or not job.org or not job.title:
            return False
        self._start_job(job, 0)
        self.job_style = line.style
        return True

    def _label(self, line: Line) -> bool:
        """`项目名称：X` starts a project; other labels fill the current item; never a project."""
        if not line.label:
            return False
        if line.label == "meta":
            return True  # "Team size: 8", "Industry: retail banking": about the work, not work
        if line.label == "name":
            if line.value:
                self._start_project(line.value, line)
            return True
        if self._record_employer(line) or self._field_names_work(line):
            return True
        target = self.project or self.job
        if target is None:
            return line.label in ("work", "desc")
        value = line.value
        if line.label == "period" and value:
            target.period = _period_field(target.period, line)
        elif line.label == "role" and value:
            found = PERIOD_RE.search(value)
            if found and not target.period:
                target.period = norm_period(found.group())
            target.role = clean_text(PERIOD_RE.sub("", value)).strip(" |｜:：·,，")
        elif line.label == "title" and value:
            (
                target.__setattr__("title", clean_text(value))
                if target is self.job
                else target.__setattr__("role", clean_text(value))
            )
        elif line.label == "org":
            if value and self.job is not None and not self.job.org:
                self.job.org = clean_text(value)  # a project's "所在公司：" names no work
        elif line.label == "skills":
            target.skills.extend(split_skills(value))
        elif value:
            self._add_point(target, line)
        return True

    def _field_names_work(self, line: Line) -> bool:
        """A field of an entry whose value is only a name ('Engagement: contract review
        assistant.', '合作内容：会员复购预测。') over prose that tells the work, in a section of work,
        names the work the prose tells: a new piece of work, or the one a dated client line just
        opened."""
        from interviewer.resume.naming import is_name_line

        if line.label != "desc" or not line.value or self.section not in _WORK_SECTIONS:
            return False
        nxt = self._peek()
        name = re.sub(r"[.。]$", "", line.value.strip())
        if nxt is None or nxt.label or nxt.marker or not is_name_line(name, nxt.text):
            return False
        if states_aim(line.text) or re.match(r"[^\s:：]{1,12}[:：]", nxt.text):
            return False  # 'O：…' over 'KR1：…': an aim over keyed fields, no work's name
        if not (is_achievement(nxt.text) or describes_work(nxt.text)):
            return False
        if self.project is not None and not self.project.bullets and self.project.period:
            self.project.name = name  # 'Client (2023)' over it: the client and dates, not the work
            return True
        self._start_project(name, line)
        return True

    def _add_point(self, target: Entry, line: Line) -> None:
        """A labelled field's text is a point of what is open; a job's 'Job Description:' is
        marked as the job told, not a piece of work."""
        if target is self.job and _JOB_DESCRIPTION_RE.match(line.text):
            target.described.add(len(target.bullets))
        # a goal or background field keeps its key: what was aimed at is read as an aim, how
        # things stood before as the work's context, never as a deed
        aim = states_aim(line.text) and not states_aim(line.value)
        key = re.split(r"\s*[:：]", line.text, maxsplit=1)[0].strip().lower()
        keep = aim or (key in BACKGROUND_KEYS and target is self.project)
        target.bullets.append(clean_text(line.text if keep else line.value))

    def _dated_bullet(self, line: Line) -> bool:
        """`▶ 名称　2023.02 – 2023.10　角色` under a job, over bullets of another glyph: a piece of
        work named and dated; the other glyph's bullets are its points."""
        if self.section != "experience" or self.job is None or line.marker != "bullet":
            return False
        if not line.period or PERIOD_RE.match(line.text):
            return False  # "➢ 2019.03 – 2019.12 负责…": a dated point of the job
        nxt = self._peek()
        if nxt is None or not nxt.marker or (nxt.style == line.style and nxt.indent <= line.indent):
            return False
        if (
            self.project is not None
            and self.project.style != line.style
            and self.project.indent >= 0
        ):
            return False
        from interviewer.resume.headers import parse_project_header

        name = parse_project_header(line.text)[0]
        if not title_like(name):
            return False
        self._start_project(line.text, line)
        return True

    def _dated_item(self, line: Line) -> bool:
        """`（一）客服热线质检项目（2021年—2022年，项目负责人）`, `1. 安全帽识别（2020.03-2021.06，
        技术负责人）`, `• Claims OCR pipeline (2019–2021, tech lead)` over plain prose, under a job or
        its list of achievements: an item holding only a name with its years (and role) names the
        piece of work the prose below tells; a dated point (`1. 2019.07 – 2020.06 负责…`) does not."""
        if self.section != "experience" or not line.marker or not line.period:
            return False
        if PERIOD_RE.match(line.text) or SENTENCE_END_RE.search(line.text):
            return False
        nxt = self._peek()
        if nxt is None or nxt.marker or nxt.section or nxt.heading or nxt.label or nxt.cells:
            return False
        if not nxt.text or nxt.period_only or job_line(nxt.text) is not None:
            return False
        from interviewer.resume.headers import parse_project_header

        name, _role, _period, rest = parse_project_header(line.text)
        if rest or not title_like(name):
            return False
        self._start_project(line.text, line)
        return True

    def _named_parent(self, line: Line) -> bool:
        """`- 搜索召回优化：` over deeper bullets: a piece of work named, its points below; a known
        label so written (`- Highlights:`, `- 主要工作：`) names nothing."""
        if line.label != "work" or line.value or not line.marker:
            return False
        key = line.text.rstrip(":：").strip()
        bare = re.sub(r"^(?:主要|工作|项目|个人|核心)", "", key.lower())
        nxt = self._peek()
        if key.lower() in LABEL_OF or bare in LABEL_OF or not title_like(key):
            return False
        if not CJK_RE.search(key) or re.search(
            r"(?:工作|项目|成果|亮点|业绩|职责|内容|经历)$", key
        ):
            return False  # "Key initiatives:", "重点工作：" head a list of pieces of work
        if nxt is None or not nxt.marker or nxt.indent <= line.indent:
            return False
        self._start_project(key, line)
        return True

    def _heading(self, line: Line) -> bool:
        """Headings nest: in work experience the first level is jobs, deeper ones projects."""
        if not line.heading:
            return False
        job = job_line(line.text, heading=True) if self.section == "experience" else None
        deeper = self.job is not None and line.heading > self.job_level
        if job is None and self.section == "experience" and not deeper:
            job = self._employer_over_title(line) or self._title_over_employer(line)
        if job is None and self.section == "experience" and not deeper and self._linkedin_run(line):
            job = self._linkedin_job(line)  # `## Paystack`, `Senior Data Scientist`, dates · city
        if job is None and self.section == "experience" and self.job is not None:
            if line.heading == self.job_level and line.period:
                job = _sibling_job(line.text)
        if job is not None and not deeper:
            self._start_job(job, line.heading)
            return True
        if job is not None and self._next_is_dates() and self.job is None:
            self._start_job(job, line.heading)
            return True
        self._start_project(line.text, line)
        return True

    def _employer_over_title(self, line: Line) -> Job | None:
        """`Kestrel Robotics — Berlin` over `Principal Engineer · 2020 – now`: the heading names
        the employer when the line under it holds a job title (not a project role) and dates."""
        nxt = self._peek()
        found = role_line(nxt.text) if nxt is not None and not nxt.marker else None
        if found is None or not found[1] or project_role(found[0]):
            return None
        parts = SPLIT_RE.split(clean_text(line.text))
        numbered = re.match(r"\s*(?:#+\s*)?(?:\d+|[一二三四五六七八九十]+)\s*[).、．]", line.raw)
        placed = len(parts) == 2 and bool(_PLACE_RE.fullmatch(parts[1]))
        # a deeper heading holding a job title and its dates (`## Bosch` over `### Data
        # Scientist (2017 – 2020)`): the heading above it names the employer
        titled = bool(nxt is not None and nxt.heading > line.heading and found[1])
        if numbered or not (placed or titled or org_like(parts[0])):
            return None  # a project heading over its role line (`Tech lead | 2022`) stays one
        self.i += self._skip_blank() + 1
        return Job(title=found[0], org=parts[0], period=found[1])

    def _title_over_employer(self, line: Line) -> Job | None:
        """`## Senior Data Scientist` over `Baltic Retail Group | 2020 – Present`: a heading that
        is only a job title, over a line naming the employer (not a role) with its dates."""
        nxt = self._peek()
        title = clean_text(line.text)
        if nxt is None or nxt.marker or nxt.heading or not nxt.period:
            return None
        if not (ROLE_RE.search(title) and role_line(title)) or project_role(title):
            return None
        if role_line(nxt.text) is not None:
            return None  # `Tech lead | 2022`: a project's role line, not an employer
        org = clean_text(PERIOD_RE.sub("", nxt.text))
        org = clean_text(SPLIT_RE.split(org)[0]) if org else ""
        if not org or len(org.split()) > 6 or ROLE_RE.search(org):
            return None
        self.i += self._skip_blank() + 1
        return Job(title=title, org=org, period=PERIOD_RE.search(nxt.text).group())  # type: ignore[union-attr]

    def _prefixed(self, line: Line) -> bool:
        """`Project: Name | 2022 | Lead` / `项目一：名称` / `【项目】名称`."""
        if not line.prefixed or self.section == "skills":
            return False
        self._start_project(line.text, line)
        return True

    def _fill_job(self, line: Line) -> bool:
        """A job header split over lines: `Acme Inc.  2020 – now` then `Senior Engineer`."""
        job = self.job
        if job is None or self.project is not None or job.bullets or line.marker or line.period:
            return False
        text = clean_text(line.text)
        if width_of(text) > 50:
            return False
        if not job.title and ROLE_RE.search(text) and not project_role(text):
            job.title = text
            return True
        if (
            not job.org
            and job.title
            and (org_like(text) or title_like(text))
            and not ROLE_RE.search(text)
        ):
            job.org = text
            return True
        # "Philips, Eindhoven (Netherlands)", "美团，北京": the employer, then where it is
        parts = re.split(r"\s*[,，]\s*", text, maxsplit=1)
        if len(parts) == 2 and not job.org and job.title and not ROLE_RE.search(text):
            head, place = parts[0], re.sub(r"\s*[（(][^()（）]*[)）]$", "", parts[1]).strip()
            if place and len(place.split()) <= 3 and width_of(place) <= 16 and title_like(head):
                job.org = head
                return True
        return False

    def _job(self, line: Line) -> bool:
        """A job header: a line with employer/title words and dates, or an org → title → dates
        run of short lines (LinkedIn exports)."""
        if self.section != "experience" or line.marker:
            return False
        if self._job_telling_work(line):
            return True
        nxt = self._peek()
        if nxt is not None and _TENURE_RE.fullmatch(nxt.text) and width_of(line.text) <= 48:
            self.employer = clean_text(line.text)  # "Streamly" over "5 years 4 months"
            self.i += self._skip_blank() + 1
            self.job = self.project = None
            return True
        dated = nxt is not None and bool(nxt.period) and bool(PERIOD_RE.match(nxt.text))
        titled = ROLE_RE.search(line.text) or title_like(line.text.replace(",", " "))
        if self.employer and dated and titled and nxt is not None:
            self._start_job(
                Job(title=clean_text(line.text), org=self.employer, period=nxt.period), 0
            )
            self.i += self._skip_blank() + 1
            return True
        job = job_line(line.text)
        if job is None and org_like(line.text) or job is None and self._linkedin_run(line):
            job = self._linkedin_job(line)
        if job is None:
            job = self._title_org_dates(line)
        if job is None:
            job = self._dated_employer_over_title(line)
        if job is None:
            return False
        self._start_job(job, 0)
        return True

    def _job_telling_work(self, line: Line) -> bool:
        """A job line that goes on to tell work and its result ('**Shopwise** — ML Engineer,
        2019–2021: ranking features for search; offline NDCG@10 up 4 points.', '字节跳动｜数据工程师｜
        2019-2021｜重写埋点入仓链路，数据延迟从 2 小时降到 10 分钟'): the words before the split are
        the job, the rest is a point of it (a piece of work the interviewer can ask about)."""
        text = line.text
        for split in _TOLD_SPLIT_RE.finditer(text):
            head, rest = text[: split.start()].strip(), clean_text(text[split.end() :])
            if not head or not rest or not (is_achievement(rest) and _measured(rest)):
                continue
            job = job_line(head)
            if job is None or not job.title or not (job.org or job.period):
                continue
            if job_line(rest) is not None and not re.search(r"[;；，,。]", rest):
                continue  # the rest is still the job's own fields
            self._start_job(job, 0)
            assert self.job is not None
            # each sentence a point, as if listed below it: "I was hired to … I rebuilt …"
            self.job.bullets.extend(s for s in re.split(r"(?<=[.!?。！？])\s+", rest) if s)
            return True
        return False

    def _header_run(self, line: Line) -> bool:
        """A job told over two or three short lines in any order: a line that is only a job
        title, a line naming the employer (with where), and the dates on either or alone
        (`Senior ML Engineer` / `Indeed, Austin, TX | March 2021 – Present`, `ACME CORP` /
        `Data Scientist   2019 – 2021`, `Org` / `Title` / `dates`). The run holds one period, a
        title that is no project role and an employer that is no sentence; else no job."""
        run = self._job_run(line)
        if not run:
            return False
        for n in (2, 3):
            job = _run_job(run[:n])
            if job is not None:
                self.i += n - 1
                self._start_job(job, 0)
                return True
        return False

    def _dated_employer_over_title(self, line: Line) -> Job | None:
        """`Andela (contract), Remote      2017 – 2020` over `Data Engineer`: an employer with no
        company word, dated, over a line that is only a job title (not a project role)."""
        nxt, after = self._title_below(line)
        if not line.period or nxt is None or nxt.marker or nxt.period:
            return None
        title = clean_text(_GRADE_RE.sub("", clean_text(nxt.text)))
        body = clean_text(PERIOD_RE.sub("", line.text))
        if _PLACE_LINE_RE.fullmatch(body.strip(" -–—|,")):
            # `06/2016 – 12/2019 – Munich, Germany` over `ANALYST – SIEMENS AG` (Europass): the
            # dates and the place are the job's; the line below names title and employer
            job = job_line(title)
            parts = [clean_text(p) for p in SPLIT_RE.split(title) if clean_text(p)]
            roles = [p for p in parts if ROLE_RE.search(p)]
            if job is None and len(parts) == 2 and len(roles) == 1:
                job = Job(title=roles[0], org=next(p for p in parts if p != roles[0]), period="")
            if job is not None and job.title and job.org:  # else the line above names the employer
                self.i += self._skip_blank() + 1
                return Job(title=job.title, org=job.org, period=line.period)
        if (
            not ROLE_RE.search(title)
            or project_role(title)
            or len(title.split()) > 6
            or re.search(r"[.;:,。；：，]", title)
        ):
            return None
        org = clean_text(SPLIT_RE.split(PARENS_RE.sub("", body))[0]) if body else ""
        if not org or len(org.split()) > 7 or ROLE_RE.search(org):
            return None
        self.i = after
        return Job(title=title, org=org, period=line.period)

    def _title_below(self, line: Line) -> tuple[Line | None, int]:
        """The line under a dated employer line that may hold the job title, past up to two lines
        that only say where the job was ('Baltimore, MD United States') or give a numeric field
        ('Hours per week: 40'); and the index after it."""
        j, seen = self.i, 0
        while j < len(self.lines):
            here = self.lines[j]
            j += 1
            if not here.text:
                continue
            text = clean_text(here.text)
            where = _PLACE_LINE_RE.fullmatch(text) or _NUMERIC_FIELD_RE.fullmatch(text)
            if seen < 2 and where and not here.marker and line.period:
                seen += 1
                continue
            return here, j
        return None, j

    def _item_skills(self, line: Line) -> bool:
        """`Skills: QLoRA · Retrieval` under a job, with another job after it (LinkedIn copied
        from the page): the skills of what is open, not a skills section."""
        target = self.project or self.job
        nxt = self._peek()
        if self.section not in _WORK_SECTIONS or target is None or nxt is None:
            return False
        following = (
            job_line(nxt.text) is not None
            or self._title_org_dates_ahead(nxt)
            or self._dated_run_ahead()
        )
        if not following:
            return False
        skills = split_skills(line.value)
        target.skills.extend(skills)
        self.out.skills.extend(skills)
        return True

    def _dated_run_ahead(self) -> bool:
        """The next lines are a job's header run: two or three short lines (employer, title), the
        last opening with dates (`Carnegie Learning` / `Data Analyst` / `June 2017 - October 2019
        (2 years 5 months)`)."""
        run = [ln for ln in self.lines[self.i : self.i + 6] if ln.text][:3]
        for k, ln in enumerate(run):
            if ln.marker or width_of(ln.text) > 60:
                return False
            lead = PERIOD_RE.match(ln.text.strip())
            if lead is not None:
                return k >= 1
        return False

    def _title_org_dates_ahead(self, line: Line) -> bool:
        saved = self.i
        self.i += self._skip_blank() + 1
        try:
            return self._title_org_dates(line) is not None
        finally:
            self.i = saved

    def _title_over_org_line(self, line: Line) -> bool:
        if self.section != "experience" or line.marker or line.heading:
            return False
        job = self._title_org_dates(line)
        if job is None:
            return False
        self._start_job(job, 0)
        if self.i < len(self.lines) and _WORK_MODE_RE.search(self.lines[self.i].text):
            self.i += 1  # "Boston, Massachusetts · Hybrid": where, not what
        return True

    def _title_org_dates(self, line: Line) -> Job | None:
        """LinkedIn copied from the page: `Senior Data Scientist` / `Tidewater Health · Full-time`
        / `Aug 2021 - Present · 3 yrs 5 mos`: a title, its employer with the kind of employment,
        then the dates."""
        j = self.i + self._skip_blank()
        if j + 1 >= len(self.lines) or not ROLE_RE.search(line.text) or width_of(line.text) > 48:
            return None
        org_line = self.lines[j]
        k = j + 1
        while k < len(self.lines) and not self.lines[k].text:
            k += 1
        dates = self.lines[k] if k < len(self.lines) else None
        kind = _EMPLOYMENT_RE.search(org_line.text)
        if kind is None or dates is None or not dates.period or org_line.marker:
            return None
        org = clean_text(org_line.text[: kind.start()])
        if not org:
            return None
        self.i = k + 1
        return Job(title=clean_text(line.text), org=org, period=dates.period)

    def _named(self, line: Line) -> bool:
        """`Name: description` / `Name - description` as a list item or a paragraph."""
        named = named_item(line.text) or (piped_item(line.text) if line.marker else None)
        if named is None:
            return False
        current = self.project
        before = next((ln.text for ln in reversed(self.lines[: self.i - 1]) if ln.text), "")
        if (
            current is None
            and self.job is not None
            and not re.search(r"[:：]\s*$", before)  # `Key Projects:` opened a list of work
            and _facet_of_point(self.job, line)
        ):
            return False
        setting = False
        if current is not None and line.marker and not line.bold_lead:
            setting = current.indent < 0 and self._setting_of(current, line)
            if current.indent < 0 and not setting:
                return False  # a point under a project named by a heading or label
            if not setting and (line.indent > current.indent or line.style != current.style):
                return False  # a sub-point of the current project, not a sibling
        name, rest = named
        self._start_project(name, line)
        assert self.project is not None
        if setting:
            self.project.indent = -1  # the setting's other points are this work's points
        self._fill_header(self.project, rest)
        return True

    def _setting_over_named(self, line: Line) -> bool:
        """`DataKind UK — DataDive volunteer (2022)` over `Donor churn analysis: cleaned…`: a dated
        `Org — post` line with nothing more, over a line that names a piece of work and tells
        it, is where that work was done (a position), not a piece of work."""
        if not line.period or line.marker or self.section not in _WORK_SECTIONS:
            return False
        body = clean_text(PARENS_RE.sub(" ", PERIOD_RE.sub(" ", line.text))).strip(" |｜·,，-–—")
        parts = [clean_text(p) for p in re.split(r"\s+[—–-]\s+|\s*[|｜]\s*", body) if p.strip()]
        if len(parts) != 2 or any(
            len(p.split()) > 5 or re.search(r"[.;:。；：]", p) for p in parts
        ):
            return False
        org, post = parts
        nxt = self._peek()
        if nxt is None or nxt.period or nxt.heading or (nxt.marker and nxt.indent <= line.indent):
            return False
        told = named_item(nxt.text)
        if told is None or len(told[1].split()) < 6:
            return False
        self._start_job(Job(title=post, org=org, period=line.period), 0)
        return True

    def _setting_of(self, current: Entry, line: Line) -> bool:
        """A dated line whose first point names a piece of work by its kind (`浙江大学 某实验室 ·
        本科生科研（2023—至今）` over `- 课题：X`, `MIT CSAIL · researcher (2023)` over `- Thesis
        project: X`) was the work's setting — a lab or a post, kept as a position — not work."""
        if not current.period or len(current.bullets) > 1 or not names_kind_of_work(line.text):
            return False
        if current in self.out.projects:
            self.out.projects.remove(current)
        self.job = Entry(title=current.role, org=current.name, period=current.period)
        self.out.positions.append(self.job)
        self.project = None
        return True

    def _dated_work(self, line: Line) -> bool:
        """`2022.09 - 2023.12　主导 X 项目：…` under a job: dates, then a deed told as a sentence —
        a piece of work dated, not a job (its period is when it was done, never its name)."""
        if self.section != "experience" or self.job is None or self.project is not None:
            return False
        lead = PERIOD_RE.match(line.text)
        if lead is None or lead.start() > 0:
            return False
        rest = clean_text(line.text[lead.end() :]).lstrip(" ：:-–—|｜,，")
        sentence = bool(re.search(r"[。.！!；;]$", rest))
        if (
            not rest
            or not sentence
            and (job_line(line.text) is not None or not is_achievement(rest))
        ):
            return False  # `2017.07 - 2021.05　百度　凤巢　高级研发工程师` is the next job
        self.job.bullets.append(rest)
        return True

    def _record_employer(self, line: Line) -> bool:
        """`Employer: X` or `Job title: X` in a record of fields (an ATS export, a web form)
        opens the next job when the open job already holds that field; else it fills it."""
        if line.label not in ("org", "title") or not line.value or self.section != "experience":
            return False
        value = clean_text(line.value)
        if self.project is not None:
            return False
        if line.label == "org":
            if self.job is not None and not self.job.org:
                return False
            self._start_job(Job(title="", org=value, period=""), 0)
            return True
        if self.job is not None and not self.job.title:
            return False
        if self.job is not None and not self.job.org and not self.job.bullets:
            return False  # `Title:` twice in one header: the label reads the first
        self._start_job(Job(title=value, org="", period=""), 0)
        return True

    def _fresh_role(self, line: Line) -> bool:
        """Right under a project's name, `Lead engineer | 2021 – 2022` is its role, not a job."""
        if self.project is None or self.project.bullets or self.project.role:
            return False
        return self._role(line)

    def _role(self, line: Line) -> bool:
        """`Tech lead | 2022 – 2023` after a project name: the role, never a project."""
        found = role_line(line.text) if not line.marker else None
        if found is None:
            return False
        target = self.project or self.job
        if target is not None:
            role, period = found
            if target is self.project or project_role(role):
                target.role = target.role or role
            else:
                target.title = target.title or role
            target.period = target.period or (norm_period(period) if period else "")
        return True

    def _dates(self, line: Line) -> bool:
        if not dates_line(line):
            return False
        job = self._job_under_dates(line)
        if job is not None:
            self._start_job(job, 0)
            return True
        target = self.project or self.job
        if target is not None and not target.period:
            target.period = line.period
        return True

    def _job_under_dates(self, line: Line) -> Job | None:
        """`2018.7 ~ 2021.2` alone over `某手机厂商 / 影像算法工程师`: the dates open the job the
        next line names (an employer and a job title), not the job above."""
        nxt = self._peek()
        if self.section != "experience" or nxt is None:
            return None
        if nxt.marker or nxt.heading or nxt.period or nxt.label or nxt.section:
            return None
        job = job_line(nxt.text)
        if job is None:
            parts = [clean_text(p) for p in SPLIT_RE.split(clean_text(nxt.text)) if clean_text(p)]
            roles = [p for p in parts if ROLE_RE.search(p)]  # one part a title, one an employer
            if len(parts) != 2 or len(roles) != 1 or project_role(roles[0]):
                return None
            org = next(p for p in parts if p not in roles)
            if len(org.split()) > 6 or width_of(roles[0]) > 30 or not title_like(org):
                return None
            job = Job(title=roles[0], org=org, period="")
        self.i += self._skip_blank() + 1
        return Job(title=job.title, org=job.org, period=line.period)

    def _title(self, line: Line) -> bool:
        """A short title-like line that opens its content (points, dates, a role, labels), or a
        list item that is a sibling of the item that opened the current project."""
        if not title_like(line.text) and not (not line.marker and _stack_titled(line.text)):
            return False
        current = self.project
        listed = current is not None and line.marker != "" and current.indent >= 0
        sibling = (
            listed
            and current is not None
            and line.style == current.style
            and (line.indent <= current.indent)
        )
        if listed and not sibling and not line.bold_lead:
            return False  # "(1) 条款检索模块" under "1. 智能合同审查系统" is a point of it
        if current is not None and current.indent < 0 and line.marker and not line.bold_lead:
            return False  # a list item under a project named by a heading or label is a point
        if sibling or (line.marker == "number" and self.section == "projects"):
            self._start_project(line.text, line)
            return True
        nxt = self._peek()
        if nxt is None:
            return False
        opens = (nxt.marker != "" and not line.marker) or nxt.label in (
            "period",
            "role",
            "desc",
            "work",
            "org",  # "所属公司：…" under a project's name
        )
        opens = (
            opens or nxt.period_only or role_line(nxt.text) is not None or nxt.indent > line.indent
        )
        # a bold name (or a name with its dates) over a paragraph that tells the work
        paragraph = (
            not nxt.marker and not nxt.heading and width_of(nxt.text) > 2 * width_of(line.text)
        )
        opens = opens or (paragraph and (line.bold_lead or bool(line.period)))
        # `大模型 SFT 微调（2024.01 - 2024.06）` over one sentence telling the work, no role line
        # between: a name with its dates opens the next project, however short the sentence
        told = not nxt.marker and not nxt.heading and width_of(nxt.text) > width_of(line.text)
        told = told and (bool(_SENTENCE_END_RE.search(nxt.text)) or is_achievement(nxt.text))
        opens = opens or (told and bool(line.period) and not _names_a_post(line.text))
        if not opens:
            return False
        self._start_project(line.text, line)
        return True

    def _sibling_of_named(self, line: Line) -> bool:
        """A bullet beside a `Name: text` bullet, at its level and in its style, that names no
        work of its own: a result of that item stays with it; an achievement with a measured
        result is an askable unit of the job; anything else is the job's."""
        p, job = self.project, self.job
        if p is None or job is None or not line.marker or p.indent < 0:
            return False
        if line.indent != p.indent or line.style != p.style or named_item(line.text) is not None:
            return False
        if line.bold_lead:
            return False  # "- **Reduced latency by 40%** …" under bold names: told as one of them
        text = clean_text(line.text)
        if is_result_line(text):
            return False
        self.project = None
        if is_achievement(text) and _measured(text):
            self._job_unit(text, job)
        else:
            job.bullets.append(text)
        return True

    def _deed_beside_named(self, line: Line) -> bool:
        """A paragraph line under a job, after a `Name: text` paragraph that already has its head
        and content, that opens with a deed on an object the unit above does not name and tells a
        result of its own ('Migrated the reporting stack …; nightly job time 4h -> 50 min.' under
        'Merchant churn early warning: …'): a unit of the job of its own, not more of that one.
        A result alone, more of the same object, or a wrap of the sentence above stays with it."""
        p, job = self.project, self.job
        if p is None or job is None or line.marker or line.label or line.heading or not p.bullets:
            return False
        before = next((ln for ln in reversed(self.lines[: self.i - 1]) if ln.text), None)
        if before is None or before.marker or not _SENTENCE_END_RE.search(before.text):
            return False
        opened = named_item(before.text)
        if opened is None or clean_text(opened[0]) != clean_text(p.name):
            return False  # the unit above is not one paragraph naming and telling it
        text = clean_text(line.text)
        if not opens_with_deed(text) or not _measured(text):
            return False
        if shares_object(text, " ".join([p.name, *p.bullets])):
            return False
        self.project = None
        self._job_unit(text, job)
        return True

    def _job_unit(self, text: str, job: Entry) -> None:
        """A line of `job` that is a unit of work of its own, named by its own words."""
        self.out.projects.append(
            Entry(
                name=unit_name(text, ""),
                bullets=[text],
                position=len(self.out.positions) - 1,
                role=job.title,
                period=job.period,
                level=-1,
            )
        )

    def _content(self, line: Line) -> None:
        if self._sibling_of_named(line) or self._deed_beside_named(line):
            return
        target = self.project or self.job
        if target is not None:
            if target is self.job:
                _job_point(target, line)
            target.bullets.append(clean_text(line.text))
        elif self.section == "projects":
            text = clean_text(line.text)
            if _NOTE_RE.match(line.text.strip()):
                return  # a note on the list ("以下项目均为主导", "💡 All led by me"), not a project
            bare = clean_text(strip_period(text))  # the dates at its end are no words of it
            sentence = bool(re.search(r"[.!?。！？]$", bare)) or width_of(bare) > 60
            if title_like(text) or not sentence:
                self._start_project(line.text[:40], line)
            elif is_achievement(text):  # a piece of work told with no name: named by its object
                self.out.projects.append(Entry(name=unit_name(text, ""), bullets=[text], level=-1))
            # else a sentence about the candidate ("I like building search systems."): no work
        elif self.section == "experience":
            self._orphan(line)

    def _orphan(self, line: Line) -> None:
        """A line of the experience section under no job the reader recognised (prose jobs, a
        client list, an unusual job line): the pieces of work it tells are still askable, as units
        with no position (a deed and its object make a unit, not the layout around it)."""
        if not self.out.areas or self.out.areas[-1].name != _ORPHANS:
            self.out.areas.append(Entry(name=_ORPHANS))
        area = self.out.areas[-1]
        _job_point(area, line)
        area.bullets.append(clean_text(line.text))

    # ------------------------------------------------------------------ helpers


_ENDS_RE = re.compile(r"(?i)\s*(?:end date|until|to|till|through|结束时间|离职时间)\s*[:：]")
_DASH_RE = re.compile(r"\s+[—–-]\s+|\s*[—–]\s*")


_JOB_DESCRIPTION_RE = re.compile(
    r"\s*(?:(?i:(?:job|role|position)\s+description|(?:key\s+|main\s+)?responsibilities|duties)"
    r"|工作描述|职位描述|岗位描述|工作职责|岗位职责|主要职责|职责)\s*[:：]"
)
"""A field that describes the job ('Job Description:', 工作描述：, 'Responsibilities:', 工作职责：),
not a piece of work: a line of it is work only where it tells a result."""


_SENTENCE_END_RE = re.compile(r"[。.！!；;]\s*$")


def _run_line(line: Line) -> bool:
    """A line that may be part of a job's header run: short, unmarked, no label, no sentence."""
    if not line.text or line.marker or line.label or line.section or line.cells:
        return False
    if line.heading not in (0, 9):
        return False
    text = clean_text(line.text)
    return width_of(text) <= 72 and not re.search(r"[。；;!?！？:：]$|[a-z]{2}\.$", text)


def _place(text: str) -> bool:
    """Where a job was (`Austin`, `Berlin, DE`, `TX`), in capitals as in Title Case: an ATS
    résumé's `EMPLOYER, CITY, ST` line writes its places as it writes its employer."""
    for form in (text, text.title()) if text.isupper() else (text,):
        if _PLACE_RE.fullmatch(form) or _PLACE_LINE_RE.fullmatch(form) or len(form) <= 3:
            return True
    return False


def _run_job(run: list[Line]) -> Job | None:
    """The job a header run tells (see Reader._header_run), or None: every line gives the
    title, the employer (with where), both (`Swiggy — Senior Data Engineer`), or the dates."""
    if len(run) < 2:
        return None
    dated = [ln for ln in run if PERIOD_RE.search(ln.text)]
    if len(dated) != 1:
        return None
    period = PERIOD_RE.search(dated[0].text).group()  # type: ignore[union-attr]
    title = org = ""
    for ln in run:
        body = clean_text(PERIOD_RE.sub(" ", ln.text)).strip(" |｜·•,，-–—")
        if not body:
            continue  # the dates alone
        parts = [clean_text(p) for p in SPLIT_RE.split(body) if clean_text(p)]
        if ln is dated[0] and org and all(_place(p) for p in parts):
            continue  # `Jan 2021 – Present · Barcelona` under `Glovo — ML Engineer`: where it was
        roles = [
            p
            for p in parts
            if ROLE_RE.search(p)
            and width_of(p) <= 48
            and not project_role(p)
            and not ORG_RE.search(p)
        ]
        names = [p for p in parts if p not in roles]
        head = names[0] if names else ""
        places = names[1:]
        if len(roles) > 1 or len(parts) > 4 or (roles and title) or (head and org):
            return None
        if not all(_place(p) for p in places):
            return None
        if roles:
            title = roles[0]
        if head:
            placed = bool(places) or bool(roles)
            if not (org_like(head) or placed or _CAPS_RE.fullmatch(head) or title_like(head)):
                return None
            if width_of(head) > 48 or (describes_work(head) and not (placed or org_like(head))):
                return None
            org = re.sub(r"\s*[（(][^()（）]*[)）]\s*$", "", head) or head
    if not (title and org):
        return None
    return Job(title=title, org=org, period=period)


_WORK_NOUN_END_RE = re.compile(r"(?:项目|课题|设计|作业|(?i:projects?|work|hackathon|coursework))$")
"""A bracketed aside that ends in a noun for a piece of work (`个人项目`, `side project`) tells
the work's setting: the post of a job ends in a role noun (`项目经理`, `Project Lead`)."""


def _names_a_post(text: str) -> bool:
    """The line reads as a job: it names a post, or the words before its bracketed setting are an
    employer. `语音合成加速（实验室项目，2022）`, `Name (Org, 2021–2022)`: a name, then where and
    when — the heading of a piece of work, not a job."""
    job = job_line(text)
    if job is None:
        return False
    if job.title and not _WORK_NOUN_END_RE.search(job.title.strip()):
        return True  # `个人项目`, `side project` in the brackets are the work's setting, no post
    head = clean_text(re.split(r"\s*[（(]", text, maxsplit=1)[0])
    return not head or org_like(head) or bool(ROLE_RE.search(head))


def _stack_titled(text: str) -> bool:
    """`Shelfie | Swift, Core ML`, `Tiny-DPO | PyTorch, TRL<TAB>2023`: a title-like name, then
    cells that only list tools or give a date — the heading of a project, not a point of one."""
    cells = [c.strip() for c in re.split(r"\s[|｜]\s", strip_period(text).replace("\t", " | "))]
    cells = [c for c in cells if c]
    if len(cells) < 2 or not title_like(re.split(r"\s[—–]\s", cells[0])[0]):
        return False
    for cell in cells[1:]:
        items = [i.strip() for i in re.split(r"[,，、;/]", cell) if i.strip()]
        if not items or any(len(i.split()) > 3 or not title_like(i) for i in items):
            return False
    return True


def _period_field(period: str, line: Line) -> str:
    """`Start Date: 04/2021` then `End Date: Present`: one period."""
    value = line.period or line.value
    if period and _ENDS_RE.match(line.text):
        return norm_period(f"{period} – {value}")
    return norm_period(value)


def _sibling_job(text: str) -> Job | None:
    """A heading at the level of the job above, with dates and a title (`Tech Lead, Payments —
    Acme (2016–2019)`, `阿里巴巴 ｜ 技术负责人 ｜ 2018 – 2021`) is the next job, even when its title
    is one a project role could have: a project is not dated in the job list's own headings. The
    employer is the part after a dash when one separates it from the title and its team."""
    body = clean_text(PERIOD_RE.sub(" ", PARENS_RE.sub(lambda m: " " + m.group(1) + " ", text)))
    parts = [clean_text(p) for p in SPLIT_RE.split(body)]
    parts = [p for p in parts if p and p.lower() not in ("present", "now", "至今", "今")]
    roles = [p for p in parts if ROLE_RE.search(p) or project_role(p)]
    if len(parts) < 2 or not roles:
        return None
    title = roles[0]
    dashed = [clean_text(p) for p in _DASH_RE.split(body)]
    org = dashed[-1] if len(dashed) == 2 and title not in dashed[-1] else ""
    org = org or next(p for p in parts if p != title)
    found = PERIOD_RE.search(text)
    return Job(title=title, org=org, period=found.group() if found else "")


_LIST_OPENER_RE = re.compile(
    r"(?i)\b(?:several|multiple|various|these|following|\d+|two|three|four|five|six)\s+"
    r"(?:[\w-]+\s+)?(?:initiatives|projects|efforts|workstreams|programs|programmes|products|systems)\b"
    r"|(?:多个|以下|如下|[两三四五六七八九十\d]+\s*个)[^，。；]{0,6}(?:项目|工作|系统|产品|方向)"
)
"""An item that announces the pieces of work listed under it (`Led three initiatives`, `负责以下
项目`), its colon lost or never written."""


def _under_point(job: Entry, line: Line) -> bool:
    """A list item indented (or of a deeper glyph) under the job's previous item."""
    if not line.marker or not job.bullets:
        return False
    top = GLYPH_DEPTH.get(job.point_style, -1)
    return 0 <= job.point_indent < line.indent or (
        line.indent == job.point_indent and 0 <= top < GLYPH_DEPTH.get(line.style, -1)
    )


def _facet_of_point(job: Entry, line: Line) -> bool:
    """`▪ 成本：…` / `◦ Speed: …` under the job's item `负责推荐服务的稳定性与成本治理`: an aspect of
    that one piece of work, not a piece named by the aspect; under an item that opens a list
    (`Led three initiatives:`) a named sub-point is its own work."""
    if not _under_point(job, line):
        return False
    top = max((i for i in range(len(job.bullets)) if i not in job.subs), default=-1)
    parent = job.bullets[top] if top >= 0 else ""
    return (
        bool(parent) and not re.search(r"[:：]\s*$", parent) and not _LIST_OPENER_RE.search(parent)
    )


def _job_point(job: Entry, line: Line) -> None:
    """A list item indented under the job's previous item is a sub-point of that item (its
    result, how it was done): part of the same piece of work, never a piece of its own."""
    if not line.marker:
        return
    if _under_point(job, line):
        job.subs.add(len(job.bullets))
    else:
        job.point_indent, job.point_style = line.indent, line.style


def _measured(text: str) -> bool:
    from interviewer.quantities import extract_quantities

    return any(q.role in ("result", "intermediate") for q in extract_quantities(text))


def _section_key(line: Line) -> bool:
    """`Skills: a, b` names the skills section inline (a project's `Tech: …` does not)."""
    key = line.text.split("：" if "：" in line.text else ":", 1)[0].strip().lower()
    return key in _INLINE_SKILL_SECTIONS
