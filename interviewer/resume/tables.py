"""Tables in a résumé: a project table, key/value rows, or a layout table of ordinary lines."""

from __future__ import annotations

import re

from interviewer.resume.evidence import role_line, title_like
from interviewer.resume.layout import (
    _COLUMN_OF,
    PERIOD_RE,
    ROLE_RE,
    clean_text,
    is_role_only,
    norm_period,
    table_columns,
)
from interviewer.resume.lines import Line
from interviewer.resume.naming import is_achievement, tells_deed, tells_duty
from interviewer.resume.structure import Cursor, label_line

_FULL_ROW_RE = re.compile(r"\|\s*([^|]+?)\s*\|")
"""A row of one cell spanning a table (`| Klarna — Senior Engineer — 2020–present |`)."""


class TableRows(Cursor):
    """The reader's handling of Markdown rows (`| a | b |`, DOCX tables arrive this way)."""

    def _table_line(self, line: Line) -> bool:
        """A table's row, or a full-width row inside a table (an employer over its projects'
        rows): its text is a line of its own, and the table goes on under it."""
        if line.cells is not None:
            self._table_row(line.cells)
            return True
        found = _FULL_ROW_RE.fullmatch(line.raw.strip()) if self.table is not None else None
        if found is None:
            return False
        table = self.table
        self.feed(label_line(found.group(1)))
        self.table = table
        return True

    def _table_row(self, cells: list[str]) -> None:
        """A table: a header naming project columns, key/value rows, or a layout table whose
        cells are ordinary lines."""
        while len(cells) >= 2 and not cells[-1] and not cells[-2]:
            cells = cells[:-2]  # empty trailing key/value pairs of a template table
        if not cells:
            return
        if len(cells) == 2 and _period_only(cells[0]) and cells[1].strip():
            self._dated_row(clean_text(cells[0]), cells[1])
            return
        if _key_value(cells):
            for key, value in zip(cells[::2], cells[1::2], strict=True):
                self.feed(label_line(f"{key}：{value.replace('<br>', ' ')}"))
            return
        if self._transposed(cells) or self._grouped_header(cells):
            return
        columns = table_columns([c.replace("<br>", " ") for c in cells])
        if columns:
            self.table = columns
            return
        changes = _change_columns(cells)
        if changes:
            self.table = changes
            return
        if (
            self.table is None
            and (self.job is not None or self.section == "projects")
            and _header_row(cells)
        ):
            self.table = ["name", *[""] * (len(cells) - 1)]  # "Initiative | My part | Outcome"
            return
        if (
            self._metric_change_row(cells)
            or self._labelled_columns(cells)
            or self._read_by_content(cells)
        ):
            return
        if self.table is not None and len(cells) == len(self.table):
            self._project_row(dict(zip(self.table, cells, strict=True)), cells)
            return
        for cell in cells:
            for part in cell.split("<br>"):
                if part.strip():
                    self.feed(label_line(part))

    def _labelled_columns(self, cells: list[str]) -> bool:
        """A header row of short labels no vocabulary reads (`时间 | 课题 | 内容与成果`,
        `When | Topic | What I did`) over rows of the same width: the header is a label, never a
        job or a project, and each row below is read by what its cells say (see _content_row)."""
        if self.table is not None or len(cells) < 3 or not _labels_only(cells):
            return False
        nxt = self._peek()
        if nxt is None or nxt.cells is None or len(nxt.cells) != len(cells):
            return False
        if _labels_only(nxt.cells):
            return False  # two rows of labels: not a header over records
        self.table = ["by-content", *[""] * (len(cells) - 1)]
        return True

    def _read_by_content(self, cells: list[str]) -> bool:
        """A row under a header of labels (see _labelled_columns)."""
        if self.table is None or self.table[:1] != ["by-content"]:
            return False
        if len(cells) != len(self.table):
            self.table = None
            return False
        self._content_row(cells)
        return True

    def _content_row(self, cells: list[str]) -> None:
        """A row read by what its cells say, whatever the header calls them: a cell of dates is
        its period; a cell telling work done (a deed on an object, a result) is the work; a
        short cell beside the work names it — or, when it names a role, is the job the work
        was done in. A row telling no work (a school, a job, a prize) is a dated line."""
        texts = [clean_text(c.replace("<br>", " ")) for c in cells]
        period = next((t for t in texts if t and _dates_cell(t)), "")
        work_cells = [
            c for c, t in zip(cells, texts, strict=True) if t and t != period and _tells_work(t)
        ]
        short = [
            t
            for c, t in zip(cells, texts, strict=True)
            if t and t != period and c not in work_cells
        ]
        work = [p for c in work_cells for p in (clean_text(x) for x in c.split("<br>")) if p]
        job = any(role_line(t) is not None or ROLE_RE.search(t) for t in short)
        if job or self.section == "education" or not short:
            self.job = self.project = None  # a job (or a school) on one line, its points below
            table = self.table
            self.feed(label_line(" ｜ ".join([*short, *([period] if period else [])])))
            for part in work:
                self.feed(label_line(part))
            self.table = table  # the rows below are read the same way
            return
        if not work:
            self.project = None  # a prize, a label: no work told
            return
        head = short[0]
        self._start_project(head, None)
        assert self.project is not None
        found = PERIOD_RE.search(period)
        self.project.period = norm_period(found.group()) if found else self.project.period
        self.project.bullets.extend([*short[1:], *work])

    def _transposed(self, cells: list[str]) -> bool:
        """A table turned on its side: an empty corner over a row of names (`| | Price
        suggestions | Counterfeit detection |`), then rows of a label and each column's value
        (`| **Result** | 38% → 52% | down 64% |`). Each column is a piece of work."""
        if self.table is not None and self.table[:1] == ["transposed"]:
            projects = self.transposed
            if len(cells) != len(projects) + 1 or not clean_text(cells[0]):
                self.table = None
                return False
            kind = _COLUMN_OF.get(clean_text(cells[0]).lower(), "")
            for project, cell in zip(projects, cells[1:], strict=True):
                value = clean_text(cell.replace("<br>", " "))
                found = PERIOD_RE.search(value) if kind == "period" else None
                if found:
                    project.period = norm_period(found.group())
                elif kind == "role" and value:
                    role, deed = role_cell(value)
                    project.role = role or project.role
                    if deed:
                        project.bullets.append(deed)
                elif value:
                    project.bullets.append(value)
            return True
        names = [clean_text(c.replace("<br>", " ")) for c in cells[1:]]
        nxt = self._peek()
        if (
            self.table is not None
            or clean_text(cells[0])
            or len(names) < 2
            or not all(title_like(n) for n in names)
            or nxt is None
            or nxt.cells is None
        ):
            return False
        self.transposed = []
        for name in names:
            self._start_project(name, None)
            if self.project is not None:
                self.transposed.append(self.project)
        self.table = ["transposed", *names]
        if len(self.transposed) != len(names):
            self.table = None
        return True

    def _grouped_header(self, cells: list[str]) -> bool:
        """A header of short labels over a full-width row (`When | Initiative | Role | Impact`
        then `| Shopify — Staff Engineer — 2021–present |`): a table of pieces of work grouped
        under their employers; the first column that tells no dates or role names the work."""
        if self.table is not None or len(cells) < 3 or not _labels_only(cells):
            return False
        nxt = self._peek()
        if nxt is None or nxt.cells is not None or not _FULL_ROW_RE.fullmatch(nxt.raw.strip()):
            return False
        kinds = [_COLUMN_OF.get(clean_text(c).lower(), "") for c in cells]
        if "name" not in kinds:
            if "" not in kinds:
                return False
            kinds[kinds.index("")] = "name"
        self.table = kinds
        return True

    def _dated_row(self, when: str, text: str) -> None:
        """A date column beside the text: a short row is a job (or schooling) with its dates, a
        sentence is a point of the job above, told with its own dates. A cell holding a stack of
        paragraphs (a page laid out as one table: title, employer, points) is that stack: its
        first line is what the dates belong to, the others are lines of their own."""
        first, *rest = [p.strip() for p in text.split("<br>") if clean_text(p)] or [""]
        if rest:
            self._dated_row(when, clean_text(first))
            for part in rest:
                self.feed(label_line(part))
            return
        text = clean_text(first)
        if re.search(r"[，。；;]|[.!?](?:\s|$)", text) or len(text) > 60:
            self.feed(label_line(text))
            return
        if _SCHOOL_RE.search(text):
            self.section, self.job, self.project = "education", None, None
            return
        self.feed(label_line(f"{text} ｜ {when}"))

    def _metric_change_row(self, cells: list[str]) -> bool:
        """A row under a Before/After header, or `| 无结果率 | 下降 40% |` under 指标 | 变化: one
        claim line of the open item."""
        if self.table is not None and "before" in self.table and len(cells) == len(self.table):
            self._change_row(dict(zip(self.table, (clean_text(c) for c in cells), strict=True)))
            return True
        if self.table != ["metric", "change"] or len(cells) != 2:
            return False
        label, change = (clean_text(c) for c in cells)
        target = self.project or self.job
        if target is not None and label and change:
            target.bullets.append(f"{label} {change}")
        return True

    def _change_row(self, values: dict[str, str]) -> None:
        """`| p95 latency | 180 ms | 60 ms |` under Metric/Before/After: one claim line."""
        target = self.project or self.job
        label, before, after = (
            values.get("metric", ""),
            values.get("before", ""),
            values.get("after", ""),
        )
        if target is not None and label and before and after:
            target.bullets.append(f"{label} {before} → {after}")

    def _project_row(self, values: dict[str, str], cells: list[str]) -> None:
        assert self.table is not None
        name = clean_text(values.get("name", "").replace("<br>", " "))
        if not name:
            return
        role, deed = role_cell(values.get("role", ""))
        told = [
            clean_text(c.replace("<br>", " "))
            for k, c in zip(self.table, cells, strict=True)
            if not k
        ]
        told = [deed, *told] if deed else told
        if any(tells_duty(t) for t in told) and not any(is_achievement(t) for t in told):
            return  # "On-call and service ownership | Second-line on-call …": a duty, no work
        self._start_project(name, None)
        assert self.project is not None
        period = values.get("period", "")
        found = PERIOD_RE.search(period)
        self.project.period = norm_period(found.group()) if found else self.project.period
        self.project.role = role or self.project.role
        if deed:
            self.project.bullets.append(deed)
        for kind, cell in zip(self.table, cells, strict=True):
            if not kind:
                self.project.bullets.extend(
                    b for b in (clean_text(x) for x in cell.split("<br>")) if b
                )


_ROLE_HEAD_RE = re.compile(r"^(?P<role>[^:：]{1,30})[:：]\s*(?P<told>.+)$")


def role_cell(cell: str) -> tuple[str, str]:
    """(role, what was done) of a cell under a role column: `Tech lead`, `负责人` are a role;
    `Lead: trained a ranker`, `负责人：把日志迁到 Flink` a role then the work; `Moved the extract
    to Kafka`, `微调 BERT 做识别` only the work (the cell tells a deed or a duty, no role)."""
    value = clean_text(cell.replace("<br>", " "))
    head = _ROLE_HEAD_RE.match(value)
    if head and (is_role_only(head["role"].strip()) or ROLE_RE.search(head["role"])):
        return clean_text(head["role"]), clean_text(head["told"])
    if is_role_only(value) or not (is_achievement(value) or tells_deed(value) or tells_duty(value)):
        return value, ""
    return "", value  # a deed, or a duty kept up (`Mentored 8 teams`): what the row tells


_SCHOOL_RE = re.compile(
    r"(?i:\b(?:university|college|school|bachelor|master|bsc|msc|phd)\b)|大学|学院|本科|硕士|博士|学士"
)
_BEFORE_RE = re.compile(
    r"(?i:^(?:before|baseline|old|previous|prior|was|from|then)$)|^(?:之前|优化前|改造前|上线前|原来|基线|旧)$"
)
_AFTER_RE = re.compile(
    r"(?i:^(?:after|now|new|current|result|to|today)$)|^(?:之后|优化后|改造后|上线后|现在|结果|新)$"
)


def _change_columns(cells: list[str]) -> list[str] | None:
    """A header naming a before and an after column (Metric | Before | After, 指标 | 优化前 | 优化后),
    or a measure and its change (指标 | 变化)."""
    words = [clean_text(c).lower() for c in cells]
    kinds = [
        "before" if _BEFORE_RE.match(w) else "after" if _AFTER_RE.match(w) else "" for w in words
    ]
    if kinds.count("before") != 1 or kinds.count("after") != 1 or "" not in kinds:
        return _metric_change_columns(cells)
    return ["metric" if k == "" and i == kinds.index("") else k for i, k in enumerate(kinds)]


_METRIC_RE = re.compile(r"(?i:^(?:metrics?|kpis?|measures?)$)|^(?:核心|关键|业务)?指标(?:名称)?$")
_CHANGE_RE = re.compile(
    r"(?i:^(?:change|impact|results?|outcomes?|delta|improvement|effect|values?|figures?|levels?|"
    r"numbers?|now|current|achieved)$)"
    r"|^(?:变化|变化幅度|提升|提升幅度|效果|收益|结果|成效|优化效果|数值|数据|取值|当前值|现值|达成)$"
)


def _metric_change_columns(cells: list[str]) -> list[str] | None:
    """A header naming a measure and its change (指标 | 变化, Metric | Impact): each row under it
    is one claim, the measure then the change told in words (`无结果率 | 下降 40%`)."""
    words = [clean_text(c).lower() for c in cells]
    if len(words) == 2 and _METRIC_RE.match(words[0]) and _CHANGE_RE.match(words[1]):
        return ["metric", "change"]
    return None


def _key_value(cells: list[str]) -> bool:
    """`项目名称 | X | 时间 | Y`: cells alternate label and value."""
    from interviewer.resume.lines import LABEL_OF

    keys = [clean_text(k).lower() for k in cells[::2]]
    values = [clean_text(v).lower() for v in cells[1::2]]
    return (
        len(cells) % 2 == 0
        and all(k in LABEL_OF for k in keys)
        and all(v and v not in LABEL_OF for v in values)  # a header row names columns only
    )


def _header_row(cells: list[str]) -> bool:
    """A header no vocabulary names: three or more short labels, no figure, no sentence, the
    first not a date column ("Initiative | My part | Stack | Outcome", "客户 | 做了什么 | 结果")."""
    if len(cells) < 3 or any(not c.strip() for c in cells):
        return False
    if any(_COLUMN_OF.get(clean_text(c).lower()) for c in cells):
        return False  # dates or a role without a name column: a table of jobs, not of work
    for cell in cells:
        text = clean_text(cell)
        if re.search(r"\d|[.。,，;；:：]", text) or len(text.split()) > 3 or len(text) > 20:
            return False
    return True


def _dates_cell(cell: str) -> bool:
    """A cell that holds dates and at most a word beside them ('2022.03 – 至今', 'Summer 2023')."""
    found = PERIOD_RE.search(cell)
    return bool(found) and len(clean_text(PERIOD_RE.sub("", cell)).split()) <= 1 and len(cell) <= 30


def _tells_work(cell: str) -> bool:
    """A cell that tells a piece of work done or its outcome, not a label or a name."""
    return len(cell) >= 12 and is_achievement(cell)


def _labels_only(cells: list[str]) -> bool:
    """Every cell a short label: no figure, no sentence."""
    for cell in cells:
        text = clean_text(cell)
        if (
            not text
            or re.search(r"\d|[.。,，;；:：]", text)
            or len(text.split()) > 3
            or len(text) > 20
        ):
            return False
    return True


def _period_only(cell: str) -> bool:
    """A cell that holds nothing but dates ("2022.03 – 至今", "Jan 2020 - Mar 2021")."""
    text = clean_text(cell)
    found = PERIOD_RE.search(text)
    return bool(found) and not clean_text(PERIOD_RE.sub("", text)).strip(" -–—~|｜")
