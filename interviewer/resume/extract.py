"""Read the structure of a résumé's text: positions, projects, roles, periods, skills, metrics.

Works on Markdown résumés (`## Projects`, `### Name (2023.03–2024.01)`, bullet lists) and on
plain text (`项目一：名称  2023.06-2024.02`, `Project: Name | 2022–2023 | Tech lead`, section
lines such as `工作经历` or `Experience`). Deterministic and regex-based.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from interviewer.metrics import extract_metrics
from interviewer.resume.layout import (
    BulletHeader,
    bullet_header,
    numbered_marker,
    table_columns,
    table_row,
)
from interviewer.types import ClaimedMetric, Position, Project, Resume

MAX_ANALYSED_CHARS = 100_000
"""Structure is read from this much text (about 30 pages); a longer input is not a résumé."""

_SECTIONS: dict[str, tuple[str, ...]] = {
    "experience": ("工作经历", "工作经验", "实习经历", "实习经验", "任职经历", "职业经历", "工作履历",
                   "experience", "work experience", "professional experience", "employment",
                   "employment history", "work history", "internships", "internship",
                   "career history"),
    "projects": ("项目经历", "项目经验", "项目", "主要项目", "项目介绍", "个人项目", "代表项目",
                 "projects", "project", "project experience", "selected projects",
                 "key projects", "personal projects", "side projects", "open source"),
    "skills": ("技能", "专业技能", "技术技能", "技术栈", "技能清单", "技能特长", "个人技能", "skills",
               "technical skills", "tech stack", "skills & tools", "skills and tools",
               "technologies", "core skills", "toolbox"),
    "education": ("教育经历", "教育背景", "学历", "education", "academic background"),
    "other": ("个人信息", "基本信息", "联系方式", "自我评价", "个人评价", "个人总结", "求职意向", "荣誉",
              "获奖", "获奖经历", "证书", "论文", "发表", "兴趣爱好", "summary", "profile", "about",
              "about me", "objective", "contact", "awards", "honors", "certifications",
              "publications", "interests", "languages", "references"),
}
_SECTION_OF = {alias: kind for kind, aliases in _SECTIONS.items() for alias in aliases}

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (rf"(?:(?:19|20)\d{{2}}(?:\s*[./\-年]\s*\d{{1,2}}(?:\s*月)?)?|{_MONTHS}\s+(?:19|20)\d{{2}}"
         r"|\d{1,2}/(?:19|20)\d{2})")
_PERIOD_RE = re.compile(
    rf"{_DATE}\s*(?:[-–—~～至到]+|to)\s*(?:{_DATE}|至今|今|现在|目前|present|now|current|today)"
    rf"|{_DATE}(?=\s*(?:$|[)）|｜,，\s]))",
    re.IGNORECASE,
)
_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET_RE = re.compile(
    # \uf0b7 and friends: Word's Symbol-font bullets as PDF/DOCX extraction returns them
    r"^\s*(?:[-*+](?=\s)|[•·●▪◦‣○■□➢►→∙⁃◆◇★☆✓✔➤▶\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06c\uf06e]"
    r"|\d{1,2}[.)、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])\s*"
)
_NUMBERING_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|\d{1,2}\s*[、.．](?!\d)|[IVX]+\.\s|[（(][一二三四五六七八九十\d]+[)）])\s*"
)
_PROJECT_PREFIX_RE = re.compile(
    r"^\s*(?:项目\s*[一二三四五六七八九十\d]*\s*[：:]|项目名称\s*[：:]|【\s*项目(?:名称)?\s*】|项目\s*[一二三四五六七八九十\d]+\s*[、.．]"
    r"|project(?:\s*(?:name|#?\d+)|\s+[A-Z](?![A-Za-z]))?\s*[：:\-–—]\s)\s*",
    re.IGNORECASE,
)
_META_RE = re.compile(
    r"^\s*(?P<key>角色|担任角色|我的角色|项目角色|职位|职务|岗位|role|my role|position|title|时间|项目时间|周期|"
    r"period|duration|dates?|when|技术栈|技术|使用技术|技术选型|关键技术|tech stack|tech|stack|tools|"
    r"technologies|公司|company|employer|项目描述|项目简介|描述|简介|description|summary|overview|"
    r"项目内容|职责|主要职责|负责内容|工作内容|个人职责|responsibilities|what i did|项目成果|成果|项目业绩|业绩|"
    r"results?|impact|outcomes?|亮点|highlights|achievements?)\s*[：:]\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_META_KIND = {
    **dict.fromkeys(("角色", "担任角色", "我的角色", "项目角色", "role", "my role"), "role"),
    **dict.fromkeys(("职位", "职务", "岗位", "position", "title"), "title"),
    **dict.fromkeys(("时间", "项目时间", "周期", "period", "duration", "date", "dates", "when"),
                    "period"),
    **dict.fromkeys(("技术栈", "技术", "使用技术", "技术选型", "关键技术", "tech stack", "tech",
                     "stack", "tools", "technologies"), "skills"),
    **dict.fromkeys(("公司", "company", "employer"), "org"),
}
_ROLE_RE = re.compile(
    r"负责人|主导|牵头|核心开发|核心成员|开发者|工程师|架构师|组长|队长|实习生?|产品经理|研究员|独立开发|"
    r"个人项目|主要开发|参与者?|成员|专家|经理|总监|主管|(?<![A-Za-z])(?:owner|tech lead|lead|leader|"
    r"engineer|developer|architect|manager|member|contributor|intern|pm|scientist|maintainer|"
    r"sole developer|analyst|consultant|head of \w+|researcher|founder|director|swe|sde|mle|cto|ceo|vp)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_ROLE_MODIFIERS_RE = re.compile(
    r"算法|后端|前端|核心|主要|技术|项目|开发|高级|资深|全栈|数据|(?<![A-Za-z])(?:senior|junior|principal|"
    r"staff|chief|core|main|sole|lead|backend|front-?end|full-?stack|ml|ai|data|software|project|"
    r"product|technical|tech|team|co-?|and|of)(?![A-Za-z])",
    re.IGNORECASE,
)
# Lines starting like this describe work; they are not the title of a project.
_DESCRIPTION_RE = re.compile(
    r"^(?:负责|参与|主导|带领|协助|完成|从事|牵头|支持|推动|设计|开发|实现|维护|搭建|"
    r"(?:responsible|led|lead|built|build|worked|work|developed|designed|managed|owned|own|drove|"
    r"helped|created|implemented|maintained|mentored|shipped|ran|wrote|improved|reduced|"
    r"migrated|launched|partnered|collaborated)\b)",
    re.IGNORECASE,
)
_ORG_RE = re.compile(
    r"公司|科技|集团|银行|大学|学院|研究院|研究所|实验室|工作室|(?<![A-Za-z])(?:inc|ltd|llc|co|corp|"
    r"corporation|company|gmbh|labs?|university|institute|group|technologies|studio)\b\.?",
    re.IGNORECASE,
)
_SPLIT_RE = re.compile(r"\s*(?:\||｜|·|•|—|–|\s-\s|\t|\s{2,}|，|,\s|/\s|\s/)\s*")
_PARENS_RE = re.compile(r"[（(]([^()（）]*)[)）]")
_AT_RE = re.compile(r"\s+(?:at|@)\s+|\s*@\s*", re.IGNORECASE)
_DECOR_RE = re.compile(r"\*\*|__|`|【|】|\[|\]|《|》|「|」|“|”|\"")
_SKILL_SPLIT_RE = re.compile(r"\s*(?:[,，、;；|｜]|/(?!\w*\s*s\b)|\s+and\s+|及|和|以及)\s*")
_SKILL_VERBS_RE = re.compile(
    r"^(?:熟练掌握|熟练使用|熟悉|精通|掌握|了解|擅长|熟练|proficient (?:in|with)|familiar with|"
    r"experienced (?:in|with)|experience with|knowledge of|strong in)\s*",
    re.IGNORECASE,
)
_LABEL_RE = re.compile(r"^[^:：]{1,24}[：:]\s*")
_SENTENCE_END_RE = re.compile(r"[。.;；!！?？]$")
_RANGE_RE = re.compile(
    rf"{_DATE}\s*(?:[-–—~～至到]+|to)\s*(?:{_DATE}|至今|今|现在|目前|present|now|current|today)",
    re.IGNORECASE,
)
_INLINE_SECTION_RE = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*)?([^:：*]{2,24}?)(?:\*\*)?\s*[：:]\s*(.+)$")
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD_RE = re.compile(r"[A-Za-z]+")


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
    cjk = len(_CJK_RE.findall(text))
    words = len(_WORD_RE.findall(text))
    return "zh" if cjk and cjk >= words else "en"


def parse_resume_text(text: str, source: str = "pasted") -> Resume:
    """Structure of a résumé's plain text; never raises on odd input."""
    text = text or ""
    analysed = text[:MAX_ANALYSED_CHARS]
    reader = _Reader()
    for raw in analysed.splitlines():
        reader.feed(raw)
    reader.close()
    skills = _dedupe(reader.skills)
    projects = [_to_project(item, skills) for item in reader.projects]
    positions = [_to_position(item) for item in reader.positions]
    metrics: list[ClaimedMetric] = []
    for line in analysed.splitlines():
        metrics.extend(extract_metrics(line))
    return Resume(lang=detect_language(text), positions=positions, projects=projects,
                  skills=skills, metrics=metrics, text=text, source=source)


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
        cells = _table_cells(line)
        if cells:
            for key, value in zip(cells[::2], cells[1::2], strict=True):
                self.feed(f"{key}：{value}")
            return
        heading = _HEADING_RE.match(line)
        level = len(heading.group(1)) if heading else 0
        body = heading.group(2) if heading else line
        kind = _section_kind(body)
        if kind and (heading or not _BULLET_RE.match(line)):
            self._flush_pending()
            self._close_item()
            self.position = None
            self.section, self.section_level = kind, level
            return
        if heading and level > self.section_level and self.section in ("experience", "projects"):
            self._flush_pending()
            self._start(body, level)
            return
        inline = _INLINE_SECTION_RE.match(line)
        if inline and _section_kind(inline.group(1)) == "skills" and self.section != "skills" \
                and not _META_RE.match(_unwrap(_BULLET_RE.sub("", line, count=1))):
            self._flush_pending()
            self._close_item()
            self.position, self.section, self.section_level = None, "skills", level
            self.skills.extend(_split_skills(inline.group(2)))
            return
        if _PROJECT_PREFIX_RE.match(line) and not self.section == "skills":
            self._flush_pending()
            first, *fields = re.split(r"\s{2,}|\t", line)
            metas = [_META_RE.match(f) for f in fields]
            if fields and all(metas):  # `项目名称：X    项目时间：…    项目角色：…` on one line
                self._start(first, level, force="project")
                for meta in metas:
                    assert meta is not None
                    self._meta(meta.group("key").lower(), meta.group("value").strip())
                return
            self._start(line, level, force="project")
            return
        if self.section == "skills":
            self.skills.extend(_split_skills(line))
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
        name = _clean_text(values.get("name", ""))
        if not name:
            return True
        self._flush_pending()
        self._start(name, 0, force="project")
        item = self.item
        assert item is not None
        item.name = name
        found = _PERIOD_RE.search(values.get("period", ""))
        item.period = _norm_period(found.group()) if found else item.period
        item.role = _clean_text(values.get("role", "")) or item.role
        item.bullets.extend(_clean_text(c) for kind, c in zip(self.table, cells, strict=True)
                            if not kind and _clean_text(c))
        return True

    def _body_line(self, line: str, indent: int = 0) -> None:
        bullet = _BULLET_RE.match(line)
        content = line[bullet.end():] if bullet else line
        meta = _META_RE.match(_unwrap(content))
        numbered = numbered_marker(line)
        if (bullet or numbered) and not meta and self.section in ("projects", "experience"):
            marker = numbered or bullet
            assert marker is not None
            header = bullet_header(line[marker.end():], bool(numbered), _strip_period)
            style = _marker_style(marker.group())
            if header and self._opens_list_project(header, indent, style):
                self._start_list_project(header, indent, style)
                return
        elif not meta and self.section == "projects" and line.startswith(("**", "__")):
            header = bullet_header(line, False, _strip_period)
            plain_item = self.item is None or (self.item.level == 0 and self.item.indent < 0)
            if header and header.bold and _clean_text(header.rest) and plain_item:
                self._start_list_project(header, -1, "")  # `**Name** — description (2023)`
                return
        item = self.item
        if item is not None and item.indent >= 0 and indent > item.indent and not bullet \
                and not meta:
            self._flush_pending()
            item.bullets.append(_clean_text(line))  # a wrapped or indented line of the item
            return
        if bullet and not meta and _RANGE_RE.search(content) and len(content) <= 60 \
                and not _SENTENCE_END_RE.search(content):
            bullet = None  # "1、知识库问答（2023.05-2024.03）" numbers a project, not a point
        if self._fills_position(line, bullet, meta):
            return
        if self.pending is not None:
            pending, self.pending = self.pending, None
            if not bullet and not meta and _is_period_only(line):
                self._start(f"{pending} ({line})", 0)  # title line, then a line with the dates
                return
            if bullet or meta:
                self._start(pending, 0)
            elif self.item is not None:
                self.item.bullets.append(_clean_text(pending))
        if meta:
            self._meta(meta.group("key").lower(), meta.group("value").strip())
            return
        if bullet:
            if self.item is not None:
                self.item.bullets.append(_clean_text(line[bullet.end():]))
            return
        if self._fills_role(line):
            return
        is_header_like = len(line) <= 90 and not _SENTENCE_END_RE.search(line)
        period = _PERIOD_RE.search(line)
        if period and is_header_like:
            if self.item is not None and not self.item.period and _is_period_only(line):
                self.item.period = _norm_period(period.group())
                return
            self._start(line, 0)
            return
        if is_header_like and len(line) <= 60 and not _DESCRIPTION_RE.match(line) and (
                self.item is None or self.item.bullets or self.item.kind == "position"):
            self.pending = line
            return
        if self.item is not None:
            self.item.bullets.append(_clean_text(line))

    def _fills_position(self, line: str, bullet: object, meta: object) -> bool:
        """A job header split over lines: `Acme Corp  2020 – now` then `Senior Engineer`."""
        job = self.item
        if job is None or job.kind != "position" or job.bullets or bullet or meta \
                or self.pending is not None or len(line) > 50 or _PERIOD_RE.search(line):
            return False
        text = _clean_text(line)
        if not job.title and _ROLE_RE.search(text):
            job.title = text
            return True
        if not job.org and job.title and _ORG_RE.search(text):
            job.org = text
            return True
        return False

    def _opens_list_project(self, header: BulletHeader, indent: int, style: str) -> bool:
        """A list item names a new project first in a section or as a sibling of one.

        In work experience only a bold name under a job does (`- **Name** — ...`).
        """
        if not header.bold and _DESCRIPTION_RE.match(header.name or header.rest):
            return False
        item = self.item
        if self.section == "experience":
            if not header.bold or self.position is None:
                return False
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
            item.name = _clean_text(header.name)
            found = _PERIOD_RE.search(header.rest) or _PERIOD_RE.search(header.name)
            item.period = _norm_period(found.group()) if found else ""
            rest = _DECOR_RE.sub("", _strip_period(header.rest))
            parts = [_clean_text(p) for p in _SPLIT_RE.split(
                _PARENS_RE.sub(lambda m: "|" + m.group(1) + "|", rest))]
            roles = [p for p in parts if p and _ROLE_RE.search(p) and _is_role_only(p)]
            item.role = roles[0] if roles else ""
            if item.role:
                rest = rest.replace(item.role, "", 1)
            description = _clean_text(re.sub(r"\s+([.。,，;；])", r"\1", rest))
            description = re.sub(r"^[|｜()（）:：\s]+", "", description)
            if len(description) > 1:
                item.bullets.append(description)
        assert self.item is not None
        self.item.indent, self.item.marker = indent, style

    def _fills_role(self, line: str) -> bool:
        """`Tech lead` alone on a line of a project that has no role yet (PDF exports)."""
        item = self.item
        text = _clean_text(line)
        if item is None or item.kind != "project" or item.role or len(text) > 30 \
                or not _ROLE_RE.search(text) or not _is_role_only(text):
            return False
        item.role = text
        return True

    def _flush_pending(self) -> None:
        if self.pending is not None and self.item is not None:
            self.item.bullets.append(_clean_text(self.pending))
        self.pending = None

    def _meta(self, key: str, value: str) -> None:
        kind = _META_KIND.get(key, "bullet")
        item = self.item
        if item is None:
            return
        if kind == "skills":
            item.skills.extend(_split_skills(value))
        elif kind == "period" and value:
            found = _PERIOD_RE.search(value)
            item.period = _norm_period(found.group() if found else value)
        elif kind == "role" and value:
            item.role = _clean_text(value)
        elif kind == "title" and value:
            if item.kind == "position":
                item.title = _clean_text(value)
            else:
                item.role = _clean_text(value)
        elif kind == "org" and value and item.kind == "position":
            item.org = _clean_text(value)
        elif value:
            item.bullets.append(_clean_text(value))

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
        return "position" if _PERIOD_RE.search(header) else "project"

    def _close_item(self) -> None:
        item, job = self.item, self.position
        if item is not None and item.kind == "project" and job is not None:
            item.role = item.role or job.title
            item.period = item.period or job.period
        self.item = None

    def close(self) -> None:
        self._flush_pending()
        self._close_item()


def _section_kind(line: str) -> str:
    """The section a heading line opens (`projects`, `experience`...), or ``."""
    if len(line) > 40:
        return ""
    s = _DECOR_RE.sub("", _NUMBERING_RE.sub("", line)).strip().rstrip(":：").strip().lower()
    if s in _SECTION_OF:
        return _SECTION_OF[s]
    for part in re.split(r"\s*[/|｜&]\s*|\s+", s):  # "项目经历 / Projects"
        if part in _SECTION_OF and len(part) >= 2:
            rest = s.replace(part, "").strip(" /|｜&")
            if not rest or rest in _SECTION_OF:
                return _SECTION_OF[part]
    return ""


def _parse_header(header: str, kind: str) -> _Item:
    """Name/title/org/role/period from a header line such as `Name (2023.03–2024.01) | Lead`."""
    text = _PROJECT_PREFIX_RE.sub("", header, count=1)
    text = _NUMBERING_RE.sub("", _BULLET_RE.sub("", text, count=1), count=1)
    text = _DECOR_RE.sub("", text)
    period_match = _PERIOD_RE.search(text)
    period = _norm_period(period_match.group()) if period_match else ""
    text = re.sub(r"[（(]\s*\|\s*[)）]", " | ", _PERIOD_RE.sub(" | ", text))
    parts: list[str] = []
    for chunk in _SPLIT_RE.split(_PARENS_RE.sub(lambda m: "|" + m.group(1) + "|", text)):
        parts.extend(p for p in _AT_RE.split(chunk) if p) if kind == "position" else parts.append(
            chunk)
    parts = [_clean_text(p) for p in parts]
    parts = [p for p in parts if p]
    if kind == "position" and len(parts) == 1 and _CJK_RE.search(parts[0]):
        parts = parts[0].split()  # "某科技公司 算法工程师"
    item = _Item(kind=kind, period=period, header=header.strip())
    roles = [p for p in parts if _ROLE_RE.search(p) and len(p) <= 40]
    if kind == "position":
        item.title = roles[0] if roles else (parts[1] if len(parts) > 1 else "")
        others = [p for p in parts if p != item.title]
        item.org = others[0] if others else ""
        item.name = item.title or item.org
        return item
    # The name comes first; it only yields to a later part when it is nothing but a role.
    first_is_role = bool(parts) and parts[0] in roles and _is_role_only(parts[0]) and len(parts) > 1
    item.name = (parts[1] if first_is_role else parts[0]) if parts else ""
    item.role = next((r for r in roles if r != item.name and _is_role_only(r)), "")
    return item


def _marker_style(marker: str) -> str:
    """`1.` and `2.` share a style, `(1)` and `1.` do not: a sub-list is not a sibling."""
    return re.sub(r"[0-9一二三四五六七八九十①-⑳]+", "N", re.sub(r"\s+", "", marker))


def _is_role_only(part: str) -> bool:
    """`Tech lead`, `技术负责人`: nothing but role words, not a name that contains one."""
    rest = _ROLE_MODIFIERS_RE.sub("", _ROLE_RE.sub("", part))
    return len(part) <= 30 and not rest.strip(" -&,/、·")


def _table_cells(line: str) -> list[str]:
    """`项目名称 | 知识库问答 | 时间 | 2023.01-2023.06`: a key/value table row from a DOCX."""
    if " | " not in line:
        return []
    cells = [c.strip() for c in line.split(" | ")]
    if len(cells) % 2 or not all(cells):
        return []
    keys = cells[::2]
    if all(_META_RE.match(f"{k}：x") or _PROJECT_PREFIX_RE.match(f"{k}：x") for k in keys):
        return cells
    return []


def _unwrap(text: str) -> str:
    """Drop Markdown emphasis so `**角色**：负责人` and `*Role: Lead*` read as plain text."""
    return _DECOR_RE.sub("", text).strip().strip("*_").strip()


def _is_period_only(line: str) -> bool:
    """A line that holds nothing but dates, e.g. `2021.07 – present`."""
    return bool(_PERIOD_RE.search(line)) and not _strip_period(line).strip(" -–—|｜,，()（）*_")


def _strip_period(text: str) -> str:
    text = _PERIOD_RE.sub("", text)
    text = re.sub(r"[（(]\s*[)）]|\[\s*\]", "", text)
    return text


def _norm_period(period: str) -> str:
    return re.sub(r"\s*(?:[-–—~～]+|至|到|\bto\b)\s*", " – ", period.strip(), count=1)


def _clean_text(text: str) -> str:
    text = _DECOR_RE.sub("", text).strip()
    return text.strip(" \t-–—|｜:：,，;；/·•*#").strip()


def _split_skills(line: str) -> list[str]:
    line = _BULLET_RE.sub("", line, count=1).strip()
    line = _DECOR_RE.sub("", line)
    if _LABEL_RE.match(line) and not re.match(r"^https?:", line):
        line = _LABEL_RE.sub("", line, count=1)
    out = []
    for token in _SKILL_SPLIT_RE.split(line):
        token = _SKILL_VERBS_RE.sub("", token.strip()).strip(" .。()（）")
        if 0 < len(token) <= 40 and not _SENTENCE_END_RE.search(token):
            out.append(token)
    return out


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.lower()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _mentions(text: str, skill: str) -> bool:
    if skill.isascii():
        return re.search(rf"(?<![A-Za-z0-9]){re.escape(skill)}(?![A-Za-z0-9])", text,
                         re.IGNORECASE) is not None
    return skill in text


def _to_project(item: _Item, skills: list[str]) -> Project:
    body = "\n".join([item.header, *item.bullets])
    found = [s for s in skills if _mentions(body, s)]
    metrics: list[ClaimedMetric] = []
    for line in (item.header, *item.bullets):
        metrics.extend(extract_metrics(line))
    return Project(name=item.name or item.header[:60], period=item.period, role=item.role,
                   bullets=[b for b in item.bullets if b], metrics=metrics,
                   skills=_dedupe([*item.skills, *found]))


def _to_position(item: _Item) -> Position:
    return Position(title=item.title, org=item.org, period=item.period,
                    bullets=[b for b in item.bullets if b])
