"""Layout helpers for the résumé reader: project names in bullet lists and Markdown tables.

Covers `1. 名称（2023.03-2024.01）`, `(2) 名称`, `四、名称`, `- **Name** — description (2023)`
and `| 项目 | 时间 | 角色 |` tables, which carry no section-style header line per project.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from interviewer.metrics import extract_metrics

MAX_NAME_CHARS = 40
"""A project name longer than this is a sentence, not a name."""

_BOLD_LEAD_RE = re.compile(r"^(?:\*\*|__)(?P<name>[^*_]{1,60}?)(?:\*\*|__)(?P<rest>.*)$")
_NUMBERED_RE = re.compile(
    r"^\s*(?:\d{1,2}\s*[.)、．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳]"
    r"|[一二三四五六七八九十]{1,3}\s*[、.．])\s*"
)
_SENTENCE_END_RE = re.compile(r"[。.;；!！?？]$")
_CLAUSE_RE = re.compile(r"[，,；;。]")
_NAMED_HEAD_RE = re.compile(r"^(?P<name>[^:：—–]{2,60}?)\s*(?:[:：]|\s[-–—]\s|—|–)\s*(?P<rest>\S.*)$")
_TABLE_ROW_RE = re.compile(r"^\|(.+)\|$")
_TABLE_RULE_RE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_COLUMN_KINDS: dict[str, tuple[str, ...]] = {
    "name": ("项目", "项目名称", "名称", "项目名", "project", "project name", "name"),
    "period": ("时间", "项目时间", "周期", "起止时间", "period", "dates", "date", "when", "duration"),
    "role": ("角色", "项目角色", "担任角色", "职责角色", "role", "my role", "position"),
}
_COLUMN_OF = {alias: kind for kind, aliases in _COLUMN_KINDS.items() for alias in aliases}


@dataclass
class BulletHeader:
    """A list item that names a project: its name and the rest of the line."""

    name: str
    rest: str
    numbered: bool
    bold: bool


def numbered_marker(line: str) -> re.Match[str] | None:
    """`1.`, `(2)`, `（三）`, `④`, `四、` at the start of a line."""
    return _NUMBERED_RE.match(line)


def bullet_header(content: str, numbered: bool,
                  strip_period: Callable[[str], str]) -> BulletHeader | None:
    """The project a list item names, or None when the item is a point about one.

    `content` is the item without its marker; `strip_period` removes dates from a text.
    A leading bold part is the name (`**Support Copilot** — ...`); labels such as
    `**Result**: ...` are read as key/value lines before this is asked. Without bold, a short
    head before `:` or ` — ` is the name (`Pocket Tutor: spaced-repetition app`), and a numbered
    item that reads like a title (short, no sentence end, no clause, no number claim) is one.
    """
    bold = _BOLD_LEAD_RE.match(content)
    if bold:
        name, rest = bold.group("name").strip(), bold.group("rest")
        if not name or len(name) > MAX_NAME_CHARS or extract_metrics(name):
            return None
        return BulletHeader(name=name.strip(" :：-–—"), rest=rest, numbered=numbered, bold=True)
    head = _NAMED_HEAD_RE.match(content)
    if head:
        name = re.sub(r"[（(]\s*[)）]", "", strip_period(head.group("name"))).strip(" -–—|｜")
        if _is_title(name):
            return BulletHeader(name=name, rest=head.group("rest"), numbered=numbered, bold=False)
    if not numbered:
        return None
    text = strip_period(content)
    text = re.sub(r"[（(]\s*[)）]", "", text).strip(" -–—|｜:：")
    if not _is_title(text):
        return None
    return BulletHeader(name="", rest=content, numbered=True, bold=False)


def _is_title(text: str) -> bool:
    """Short, no sentence end, no clause, no number claim: reads like a project's name."""
    return bool(text) and len(text) <= MAX_NAME_CHARS and not _SENTENCE_END_RE.search(text) \
        and not _CLAUSE_RE.search(text) and not extract_metrics(text)


def table_row(line: str) -> list[str] | None:
    """Cells of a Markdown table row `| a | b |`, `[]` for the `|---|` rule, None otherwise."""
    if _TABLE_RULE_RE.match(line) and "-" in line:
        return []
    row = _TABLE_ROW_RE.match(line.strip())
    if not row:
        return None
    cells = [c.strip() for c in row.group(1).split("|")]
    return cells if len(cells) >= 2 else None


def table_columns(cells: list[str]) -> list[str] | None:
    """Column kinds (`name`, `period`, `role`, `` for other) of a project table's header row."""
    kinds = [_COLUMN_OF.get(re.sub(r"[*_`]", "", c).strip().lower(), "") for c in cells]
    if "name" in kinds and ("period" in kinds or "role" in kinds):
        return kinds
    return None
