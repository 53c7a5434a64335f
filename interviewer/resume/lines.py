"""A résumé's text as logical lines with their layout evidence, wrapped lines rejoined.

Each line says what it looks like (heading, list item, `label: value`, table row, dates, a
section name), not what it is: the reader decides that from these features and its neighbours.
A line that continues the previous one (indented under a list item, starting in lower case,
or following a line as wide as the text block) is joined to it, whatever the source format.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from interviewer.resume.layout import (
    BULLET_RE,
    DECOR_RE,
    HEADING_RE,
    NUMBERING_RE,
    PERIOD_RE,
    PROJECT_PREFIX_RE,
    SENTENCE_END_RE,
    marker_style,
    norm_period,
    section_kind,
    table_row,
)
from interviewer.resume.layout import (
    ROLE_RE as ROLE_WORD_RE,
)

# Label words (`key: value` lines), one kind each. Kept here so one place decides what a label is.
LABELS: dict[str, tuple[str, ...]] = {
    "name": (
        "项目名称",
        "项目名",
        "project name",
        "project",
        "项目",
        "project title",
        "name of the project",
        "project name & client",
    ),
    "period": (
        "时间",
        "项目时间",
        "起止时间",
        "周期",
        "项目周期",
        "期间",
        "开发周期",
        "开发时间",
        "起止日期",
        "项目时段",
        "时间段",
        "period",
        "duration",
        "dates",
        "date",
        "when",
        "time",
        "start date",
        "end date",
        "from",
        "until",
        "开始时间",
        "结束时间",
        "入职时间",
        "离职时间",
        "在职时间",
    ),
    "role": (
        "角色",
        "担任角色",
        "我的角色",
        "项目角色",
        "职责角色",
        "项目职位",
        "项目职务",
        "担任职务",
        "担任职位",
        "项目中角色",
        "role",
        "my role",
        "position in project",
    ),
    "title": (
        "职位",
        "职务",
        "岗位",
        "职位名称",
        "职务名称",
        "岗位名称",
        "position",
        "title",
        "job title",
        "position title",
    ),
    "org": (
        "公司",
        "公司名称",
        "单位",
        "所在公司",
        "所属公司",
        "所在单位",
        "所属单位",
        "服务公司",
        "company",
        "employer",
        "organization",
        "organisation",
    ),
    "skills": (
        "技术栈",
        "技术",
        "使用技术",
        "技术选型",
        "关键技术",
        "开发环境",
        "tech stack",
        "tech",
        "stack",
        "tools",
        "technologies",
        "skills used",
        "tech used",
        "tools used",
        "environment",
        "skills",
        "技能",
        "专业技能",
        "technical skills",
        "top skills",
        "核心技能",
    ),
    "desc": (
        "项目描述",
        "项目简介",
        "项目介绍",
        "项目背景",
        "描述",
        "简介",
        "背景",
        "description",
        "summary",
        "overview",
        "about",
        "context",
        "background",
        "problem",
        "challenge",
        "challenges",
        "situation",
        "scope",
        "goal",
        "goals",
        "aim",
        "aims",
        "purpose",
        "mission",
        "objective",
        "motivation",
        "client",
        "customer",
        "难点",
        "技术难点",
        "项目难点",
        "挑战",
        "问题",
        "目标",
        "项目目标",
        "目的",
        "项目目的",
        "客户",
    ),
    "work": (
        # a changelog's kinds of change (Keep a Changelog: Added / Changed / Fixed …; 新增 / 修复)
        "added",
        "changed",
        "fixed",
        "removed",
        "improved",
        "deprecated",
        "新增",
        "修复",
        "改进",
        "变更",
        "移除",
        "业务内容",
        "工作描述",
        "岗位描述",
        "职位描述",
        "job description",
        "role description",
        "position description",
        "主要工作",
        "工作内容",
        "项目职责",
        "主要职责",
        "工作职责",
        "职责",
        "负责内容",
        "个人职责",
        "个人工作",
        "我的工作",
        "我做的",
        "我做了什么",
        "本人工作",
        "本人职责",
        "我的职责",
        "我的贡献",
        "主要贡献",
        "个人贡献",
        "项目内容",
        "项目成果",
        "成果",
        "项目业绩",
        "业绩",
        "亮点",
        "responsibilities",
        "key responsibilities",
        "roles & responsibilities",
        "roles and responsibilities",
        "role & responsibilities",
        "role and responsibilities",
        "responsibilities & achievements",
        "responsibilities and achievements",
        "what i did",
        "contributions",
        "achievements",
        "key achievements",
        "results",
        "result",
        "impact",
        "outcomes",
        "outcome",
        "highlights",
        "approach",
        "solution",
        "task",
        "action",
        "actions",
        "key results",
        "metrics",
        "business impact",
        "key achievement",
        "my contribution",
        "my contributions",
        "my part",
        "my work",
        "my role and work",
        "deliverables",
        "方案",
        "解决方案",
        "技术方案",
        "收益",
        "项目收益",
        "业务价值",
        "项目亮点",
        "技术亮点",
        "技术要点",
        "效果",
        "项目效果",
        "结果",
    ),
}
LABELS["meta"] = (
    "规模",
    "项目规模",
    "languages",
    "spoken languages",
    "awards",
    "certifications",
    "certificates",
    "reference",
    "references",
    "domain",
    "industry",
    "business or sector",
    "type of business or sector",
    "sector",
    "employment type",
    "contract type",
    "team size",
    "team",
    "methodology",
    "stakeholders",
    "reporting line",
    "reporting to",
    "location",
    "budget",
    "clients",
    "users",
    "key technologies",
    "technologies used",
    "tools & frameworks",
    "tools and frameworks",
    "frameworks",
    "行业",
    "团队规模",
    "所属行业",
    "语言",
    # what the candidate is looking for (the page's head, a job-site export): never a project
    "应聘职位",
    "应聘岗位",
    "求职意向",
    "期望职位",
    "期望岗位",
    "意向岗位",
    "意向职位",
    "目标岗位",
    "期望薪资",
    "期望城市",
    "期望地点",
    "工作年限",
    "到岗时间",
    "求职状态",
    "当前状态",
    "desired position",
    "target role",
    "years of experience",
    "expected salary",
    "notice period",
    "availability",
)
"""Fields about a job or project that are neither work nor its skills: read, never a project."""
LABEL_OF = {w: kind for kind, words in LABELS.items() for w in words}
BACKGROUND_KEYS = frozenset(
    {
        "background",
        "context",
        "situation",
        "problem",
        "背景",
        "项目背景",
        "业务背景",
        "现状",
        "痛点",
    }
)
"""Keys of the field telling how things stood before the work (STAR's situation): its words
set the work's context, they do not tell what it did."""
_LABEL_RE = re.compile(r"^\s*(?P<key>[^:：]{1,40}?)\s*[：:]\s*(?P<value>.*)$")
_LIST_HEADS = (
    "accomplishments accomplishment achievements achievement results contributions highlights "
    "responsibilities duties impact outcomes wins deliverables activities"
).split()
_LIST_QUALIFIERS = (
    "key main major selected notable significant principal core primary recent other related "
    "skills and & , / my our career professional"
).split()


_KEY_QUALIFIER_RE = re.compile(
    r"^(?:(?:project|job|work|position|employment|assignment|engagement|internship|the|my|our)\s+)+"
)


def _qualified_key(key: str) -> str:
    """`Project description`, `Job responsibilities`, `Project achievements`: a field label
    named for what it belongs to — the label word's kind; the key itself when none is known
    (`Project name`, `Job title`, in LABELS already, keep theirs)."""
    bare = _KEY_QUALIFIER_RE.sub("", key)
    if bare == key:  # `岗位职责`, `主要业绩`, `个人工作业绩`: the same in Chinese
        bare = re.sub(r"^(?:主要|工作|项目|个人|核心|岗位)+", "", key)
    if bare == key and re.fullmatch(r"[\u3400-\u9fff]{3,6}", key):
        # `责任描述`, `任务描述`, `实施背景`, `职责描述`: a Chinese key is named by its last word;
        # one whose last word is a field of text (描述, 背景, 职责, 业绩…) is that field
        tail = next((key[i:] for i in range(1, len(key) - 1) if key[i:] in LABEL_OF), "")
        if LABEL_OF.get(tail) in ("desc", "work"):
            return tail
    return bare if bare != key and bare in LABEL_OF and LABEL_OF[bare] != "name" else key


_END_KEY_RE = re.compile(r"(?i)^\s*(?:to|till|through)\s*[:：]\s*(?P<value>.+)$")
_PRESENT_RE = re.compile(r"(?i)^(?:present|now|current|today|ongoing|至今|现在)$")


def _list_label(key: str) -> str:
    """`work` when a line only names a list of what was done — 'KEY ACCOMPLISHMENTS', 'Selected
    accomplishments', 'Duties, Accomplishments and Related Skills', 'Major results & impact' —
    qualifiers and list nouns only, at least one list noun; else ''."""
    words = re.findall(r"[a-z]+|[&,/]", key.lower())
    if not words or len(words) > 7 or not any(w in _LIST_HEADS for w in words):
        return ""
    return "work" if all(w in _LIST_HEADS or w in _LIST_QUALIFIERS for w in words) else ""


_BOLD_ALL_RE = re.compile(r"^(?:\*\*|__)([^*_]+)(?:\*\*|__)\s*[:：]?$")


@dataclass
class Line:
    raw: str
    text: str
    """Content without list marker, heading hashes and emphasis."""
    indent: int = 0
    heading: int = 0
    """Markdown heading level, or 9 for a bold line standing alone."""
    marker: str = ""
    """`bullet`, `number` or ``."""
    style: str = ""
    label: str = ""
    """Kind of a `key: value` line (LABELS), `` otherwise."""
    value: str = ""
    section: str = ""
    period: str = ""
    cells: list[str] | None = None
    wraps: int = 0
    """How many wrapped lines were joined into this one."""
    bold_lead: bool = False
    """The content starts with a bold name (`**Name** — …`)."""
    bracketed: bool = False
    """The whole line is in 【】 or [] (a section marker in Chinese plain text)."""
    prefixed: bool = False
    """The content started with a project prefix (`Project:`, `项目一：`, `【项目】`), now removed."""

    @property
    def period_only(self) -> bool:
        return bool(self.period) and not PERIOD_RE.sub("", self.text).strip(" -–—|｜,，()（）·*_")


def width(text: str) -> int:
    """Display width: CJK characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def read_lines(text: str) -> list[Line]:
    """Logical lines of the text, blank lines kept as separators (text ``)."""
    raw_lines: list[str] = []
    for raw in text.splitlines():
        for part in _run_together(raw):
            raw_lines.extend(_split_labels(part))
    lines = [_line(r) for r in _underlined_headings(_marked_headings(raw_lines))]
    _outline_numbering(lines)
    _repeated_labels(lines)
    _glyph_sections(lines)
    return _rejoin(lines)


def _glyph_sections(lines: list[Line]) -> None:
    """`● Work`, `■ 项目经历`, `► SKILLS`: a glyph that marks two or more lines, every one of
    them naming a section, marks the page's sections, not a list; those lines lose their marker
    and open their sections. A list that holds a section word among other items stays a list."""
    by_style: dict[str, list[Line]] = {}
    for line in lines:
        if line.marker == "bullet":
            by_style.setdefault(line.style, []).append(line)
    for marked in by_style.values():
        if len(marked) >= 2 and all(line.section for line in marked):
            for line in marked:
                line.marker, line.style = "", ""


_STAR_HEADING_RE = re.compile(r"^(\*+)\s+(\S.*?)(?:\s+:[\w@#%:-]+:)?\s*$")


_EQUALS_HEADING_RE = re.compile(r"^(=+)\s+(\S.*?)(?:\s+=+)?\s*$")


def _marked_headings(raw_lines: list[str]) -> list[str]:
    """An outline whose headings are runs of one mark at the line's start is written as Markdown
    headings of the same depth: org-mode stars (`* Experience`, `** Org — Title  :tags:`, tags
    left out) and AsciiDoc / wiki equals signs (`= Name`, `== Experience`, `=== Project`, a
    closing run of `=` left out). Told by two or more lines opening with a run of two or more
    marks and a space, which no Markdown list, bold text or sentence does; a single `* item`
    list is left alone."""
    out = raw_lines
    asciidoc = sum(bool(re.match(r"==+\s+\S", r)) for r in out) >= 2
    if asciidoc:
        out = [_asciidoc_block(r) for r in out]
    for deeper, pattern in ((r"\*\*+\s+\S", _STAR_HEADING_RE), (r"==+\s+\S", _EQUALS_HEADING_RE)):
        if sum(bool(re.match(deeper, r)) for r in out) < 2:
            continue
        marked = []
        for raw in out:
            m = pattern.match(raw)
            marked.append(f"{'#' * min(len(m.group(1)), 6)} {m.group(2)}" if m else raw)
        out = marked
    return out


_BLOCK_TITLE_RE = re.compile(r"^\.([^\s.].*?)\s*$")
_NESTED_STARS_RE = re.compile(r"^(\*{2,})\s+(\S.*)$")


def _asciidoc_block(raw: str) -> str:
    """AsciiDoc: a block title (`.Receipt agent`) is a bold name standing alone over its block,
    and `**` / `***` items are list items one and two levels deeper than `*`."""
    title = _BLOCK_TITLE_RE.match(raw)
    if title:
        return f"**{title.group(1)}**"
    nested = _NESTED_STARS_RE.match(raw)
    if nested:
        return "  " * (len(nested.group(1)) - 1) + "* " + nested.group(2)
    return raw


_RULE_LINE_RE = re.compile(r"^\s*([=\-~^\"'`#*+:.])\1{2,}\s*$")


def _underlined_headings(raw_lines: list[str]) -> list[str]:
    """A title at the line's start underlined (and maybe overlined) by a run of one punctuation
    mark about as wide as it (reStructuredText, Setext `Experience` / `==========`) is a heading. Its depth is
    the order in which the page first uses each mark, as reStructuredText defines it, so
    `===` sections hold `---` entries hold `~~~` projects whatever marks the writer chose. Told
    by two or more such titles; a lone rule under a sentence, or a page-wide rule under a
    wrapped line, is left as it is."""
    titled: list[int] = []
    for i in range(1, len(raw_lines)):
        rule, title = _RULE_LINE_RE.match(raw_lines[i]), raw_lines[i - 1].strip()
        if (
            rule
            and title
            and not _RULE_LINE_RE.match(title)
            and width(title) <= len(raw_lines[i].strip()) + 2 <= 2 * width(title) + 6
            and not raw_lines[i - 1][:1].isspace()
            and not re.match(r"^(?:[-*+•]|\d+[.)])\s", title)
        ):
            titled.append(i)
    if len(titled) < 2:
        return raw_lines
    depth: dict[str, int] = {}
    out = list(raw_lines)
    for i in titled:
        mark = raw_lines[i].strip()[0]
        over = (
            i >= 2
            and bool(_RULE_LINE_RE.match(raw_lines[i - 2]))
            and raw_lines[i - 2].strip()[0] == mark
        )
        key = ("over" if over else "") + mark
        level = depth.setdefault(key, len(depth) + 1)
        out[i - 1] = f"{'#' * min(level, 6)} {raw_lines[i - 1].strip()}"
        out[i] = ""
        if over:
            out[i - 2] = ""
    return out


def _numbering(line: Line) -> str:
    """The numbering a numbered line uses: its marker's shape and its numerals' script
    (`一、` and `1、` share a shape, not a numbering)."""
    raw = line.raw.lstrip(" \t\u3000#>*")
    script = (
        "zh"
        if re.match(r"[（(]?[一二三四五六七八九十]", raw)
        else "roman"
        if re.match(r"[IVX]+\.", raw)
        else "arabic"
    )
    return f"{line.style}/{script}"


def _outline_numbering(lines: list[Line]) -> None:
    """Section names numbered alike (`一、基本信息` … `三、项目经历`, `1. Experience` …
    `2. Projects`) are the page's outline: each opens its section; it is no list item."""
    counts: dict[str, int] = {}
    for line in lines:
        if line.section and line.marker == "number":
            counts[_numbering(line)] = counts.get(_numbering(line), 0) + 1
    for line in lines:
        if line.section and line.marker == "number" and counts[_numbering(line)] >= 2:
            line.marker, line.style = "", ""


def _repeated_labels(lines: list[Line]) -> None:
    """A short key or bold heading that recurs (`内容：…` / `**结果**` under every project) is a
    field label of the entries, not the name of one: names are not repeated."""
    keys: dict[str, int] = {}
    for line in lines:
        key = _field_key(line)
        if key:
            keys[key] = keys.get(key, 0) + 1
    for line in lines:
        key = _field_key(line)
        if key and keys[key] >= 2:
            if line.heading:
                line.heading, line.label, line.value = 0, "work", ""
            else:
                match = _LABEL_RE.match(line.text)
                line.label, line.value = "desc", match.group("value").strip() if match else ""


def _field_key(line: Line) -> str:
    if line.section or line.cells is not None or line.period or line.marker:
        return ""
    if line.heading and line.heading >= 3 and width(line.text) <= 16:
        text = line.text.rstrip(":：").strip().lower()
        return "" if ROLE_WORD_RE.search(text) else f"h:{text}"
    if line.label:
        return ""
    match = _LABEL_RE.match(line.text)
    if match and match.group("value").strip():
        key = match.group("key").strip().lower()
        if width(key) <= 12 and not re.search(r"\d", key):
            return f"k:{key}"
    return ""


_NEXT_LABEL_RE = re.compile(r"\s{2,}|\t")


_INLINE_BREAK_RE = re.compile(
    r"(?:(?<=\s)|(?<=[。；;]))(?=项目\s*[一二三四五六七八九十\d]{1,2}\s*[：:]|"
    r"(?P<key>[\u3400-\u9fff]{2,6})\s*[：:])"
)
_HEAD_RE = re.compile(r"(?P<head>[\u3400-\u9fff]{2,6})\s+(?=\S)")
_DATED_AFTER_STOP_RE = re.compile(r"(?<=[。；;])\s*(?=(?:19|20)\d\d\s*[./年-])")


def _run_together(raw: str, headed: bool = False) -> list[str]:
    """Text pasted with its line breaks lost (`项目经历 项目一：X 2022.01-2023.06 项目描述：… 我的
    职责：… 项目成果：… 项目二：…`): a long Chinese line holding several labels is broken again
    before each label (`项目N：` or a label word) and before dates after a full stop; a section
    name at its head stands on its own line. Lines holding fewer than two such breaks stay whole."""
    text = raw.strip()
    head = _HEAD_RE.match(text)
    if head and len(head.group("head")) >= 4 and section_kind(head.group("head")):
        # `专业技能 Python、Spark`, `教育背景 2013-2017 武汉大学`: a section name over its line
        return [head.group("head"), *_run_together(text[head.end() :], headed=True)]
    if width(text) < (40 if headed else 80) or not re.search(r"[\u3400-\u9fff]", text):
        return [raw]
    cuts = [
        m.start()
        for m in _INLINE_BREAK_RE.finditer(text)
        if not m.group("key")
        or m.group("key") in LABEL_OF
        or re.sub(r"^(?:我的|本人|个人)", "", m.group("key")) in LABEL_OF
    ]
    cuts += [m.end() for m in _DATED_AFTER_STOP_RE.finditer(text)]
    if len(cuts) < (1 if headed else 2):
        return [raw]
    bounds = sorted({0, *cuts, len(text)})
    parts: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        part = text[a:b].strip()
        if PERIOD_RE.match(part):  # `2020.03-至今 Org Dept Title 负责…。`: the job, then its duty
            parts.extend(re.split(r"\s+(?=(?:主要)?负责)", part, maxsplit=1))
        elif part:
            parts.append(part)
    return parts


_SPACED_HEAD_RE = re.compile(
    r"^\s*(?P<head>[A-Za-z][A-Za-z &/]{2,30}?|[\u3400-\u9fff]{2,6})(?:\s{2,}|\t)(?P<rest>\S.*)$"
)
"""`SKILLS  Python, SQL`, `技能    Python、SQL`: a section name, a wide gap, the section's content."""


def _split_labels(raw: str) -> list[str]:
    """`项目名称：X    项目时间：Y    项目角色：Z` holds three labels on one line; `SKILLS  Python`
    a section name and its content."""
    spaced = _SPACED_HEAD_RE.match(raw)
    if spaced and section_kind(spaced.group("head").strip()) not in ("", "projects", "experience"):
        return [spaced.group("head").strip(), spaced.group("rest").strip()]
    parts = [p for p in _NEXT_LABEL_RE.split(raw.strip()) if p]
    if len(parts) < 2:
        return [raw]
    keys = [_LABEL_RE.match(p) for p in parts]
    if all(k and k.group("key").strip().lower() in LABEL_OF for k in keys):
        return parts
    return [raw]


_GAP_RE = re.compile(r"(?<=\S)[ \u00a0]+(?=\S)")


def _unjustify(raw: str) -> str:
    """A justified PDF line comes out with every word gap widened alike (`Home  feed  ranking`);
    aligned columns do not have four equal gaps."""
    gaps = {len(g) for g in _GAP_RE.findall(raw)}
    if len(_GAP_RE.findall(raw)) >= 4 and len(gaps) == 1 and gaps.pop() in (2, 3):
        return _GAP_RE.sub(" ", raw)
    return raw


_MD_LINK_RE = re.compile(r"\[([^\]\n]{1,80})\]\((?:https?://|www\.|mailto:|/)[^)\s]*\)")
"""A Markdown link `[tiny-rag](https://…)`: its text is what the line says."""


_MARKUP_RE = re.compile(
    r"(?i)</?(?:aside|details|summary|div|p|span|img|a|sup|sub|center|picture|source|kbd|b|i|em|"
    r"strong|h[1-6]|hr|section|article|header|footer|table|tr|td|th|ul|ol|li)\b[^<>]{0,300}?/?>"
)
"""HTML inside Markdown (a GitHub README, a Notion export's <aside>): layout, not content.
`<br>` stays — the DOCX reader writes it inside table cells."""


_BRACKET_FIELD_RE = re.compile(
    r"^[【\[［〔]\s*(?P<key>[^】\]］〕]{1,12}?)\s*[】\]］〕]\s*(?P<value>.*)$"
)
"""`【期间】2021年10月～至今`, `[时间] 2021.03 – 2021.12`, `【成果】`: a field's key in brackets."""


def _strip_markup(raw: str) -> str:
    if "<" not in raw:
        return raw
    raw = re.sub(
        r"(?i)^(\s*)<h([1-6])\b[^>]*>", lambda m: m.group(1) + "#" * int(m.group(2)) + " ", raw
    )
    raw = re.sub(
        r"(?i)<summary\b[^>]*>.*?</summary>", "", raw
    )  # a toggle's label ("Click to expand")
    return _MARKUP_RE.sub("", raw)


def _line(raw: str) -> Line:
    raw = _strip_markup(raw)
    raw = _MD_LINK_RE.sub(r"\1", raw)
    raw = _unjustify(raw)
    expanded = raw.expandtabs(4)
    indent = len(expanded) - len(expanded.lstrip())
    stripped = raw.strip()
    line = Line(raw=raw, text="", indent=indent)
    if not stripped:
        return line
    cells = table_row(stripped)
    if cells is not None:
        line.cells = cells
        line.text = " | ".join(cells)
        return line
    stripped = re.sub(r"^(?:>\s*)+", "", stripped)  # a Markdown quote is read as its text
    field = _BRACKET_FIELD_RE.match(stripped)
    if field and field.group("key").strip().lower() in LABEL_OF:
        stripped = f"{field.group('key').strip()}：{field.group('value')}"  # 【期间】2021年～至今
    line.bracketed = bool(re.fullmatch(r"[【\[].{1,20}[】\]]", stripped))
    heading = HEADING_RE.match(stripped)
    body = heading.group(2) if heading else stripped
    line.heading = len(heading.group(1)) if heading else 0
    bold = _BOLD_ALL_RE.match(body)
    if bold and not line.heading:
        line.heading, body = 9, bold.group(1)
    marker = BULLET_RE.match(body) if not line.heading else None
    if marker:
        line.marker = "number" if re.search(r"\d|[①-⑳]", marker.group()) else "bullet"
        line.style = marker_style(marker.group())
        body = body[marker.end() :]
    elif not line.heading and NUMBERING_RE.match(body):
        numbering = NUMBERING_RE.match(body)
        assert numbering is not None
        line.marker, line.style = "number", marker_style(numbering.group())
        body = body[numbering.end() :]
    line.bold_lead = body.startswith(("**", "__"))
    prefix = PROJECT_PREFIX_RE.match(body)
    if prefix and body[prefix.end() :].strip():
        line.prefixed, body = True, body[prefix.end() :]
    line.text = _clean(_title_first(body))
    line.section = section_kind(line.text) if len(line.text) <= 40 else ""
    named_field = LABEL_OF.get(line.text.rstrip(":：").strip().lower(), "name")
    if line.heading and not line.section and named_field != "name":
        line.heading, line.label = 0, named_field  # "**Results**" opens a field, names nothing
    label = _LABEL_RE.match(line.text)
    if label and not line.section:
        key = label.group("key").strip().lower()
        key = key if key in LABEL_OF else _qualified_key(key)
        if key in LABEL_OF:
            line.label, line.value = LABEL_OF[key], label.group("value").strip()
        elif not label.group("value").strip() and (width(key) <= 16 or _list_label(key)):
            line.label = "work"  # "Highlights:" / "工作亮点：" opens a list; it names nothing
    if not line.label and not line.marker and not line.section and not line.cells:
        # a label alone on its line ("主要业绩", "Key achievements") opens a list; it names nothing
        key = line.text.rstrip(":：").strip().lower()
        kind = (
            LABEL_OF.get(key)
            or LABEL_OF.get(re.sub(r"^(?:主要|工作|项目|个人|核心)+", "", key))
            or _list_label(key)
        )
        if kind in ("work", "desc"):
            line.label = kind
    end = _END_KEY_RE.match(line.text) if not line.label else None
    if end and (PERIOD_RE.search(end.group("value")) or _PRESENT_RE.match(end.group("value"))):
        line.label, line.value = "period", end.group("value").strip()  # `From:` … `To: Present`
    found = PERIOD_RE.search(line.text)
    line.period = norm_period(found.group()) if found else ""
    return line


_LEAD_GLYPH_RE = re.compile(r"^[▍▌▎▏▋▊▉█▐❖✦✧◼◾▸▹▻§¶]+\s*")
"""A heading's leading bar or glyph (`▍作业答疑助手`, `❖ Parts search`): decoration, no marker."""


def _lead_pictographs(text: str) -> str:
    """`🛠️ Things I've built`, `🔎 menu-search — …`: leading emoji decorate, they name nothing."""
    i = 0
    while i < len(text) and (
        unicodedata.category(text[i]) in ("So", "Sk", "Cf", "Mn")
        and not text[i].isalnum()
        or text[i] == " "
    ):
        i += 1
    return text[i:] if i and i < len(text) else text


def _title_first(body: str) -> str:
    """`横向课题（与某车企）“X”（编号），2023，负责人` → `横向课题：X（与某车企）（编号），2023，负责人`: a
    project told by its kind or funder with its title in quotes is written as a kind and its
    title (the way `基金项目：X（years，role）` is read), since the quotes that mark the title are
    decoration the line loses."""
    from interviewer.resume.evidence import quoted_work_title

    found = quoted_work_title(body)
    if found is None:
        return body
    title, setting, rest = found
    remark = re.search(r"\s*[（(][^()（）]*[)）]\s*$", setting)
    kind = setting[: remark.start()] if remark else setting
    sep = "：" if re.search(r"[\u3400-\u9fff]", kind) else ": "
    return (
        f"{kind}{sep}{title}"
        + (remark.group().strip() if remark else "")
        + (f" {rest}" if rest else "")
    )


def _clean(text: str) -> str:
    text = _lead_pictographs(_LEAD_GLYPH_RE.sub("", text))
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    return DECOR_RE.sub("", text).strip().strip("*").strip()


def _rejoin(lines: list[Line]) -> list[Line]:
    widths = sorted(width(x.raw.strip()) for x in lines if x.text)
    full = widths[int(0.9 * (len(widths) - 1))] if widths else 0
    out: list[Line] = []
    for i, line in enumerate(lines):
        prev = out[-1] if out else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            nxt is not None
            and nxt.marker
            and prev is not None
            and _looks_like_header(prev, line, full)
        ):
            out.append(line)  # a short line right before a list is its header, not a wrap
            continue
        if prev is not None and _continues(prev, line, full):
            joiner = " "
            if _cjk_end(prev.text) or _cjk_start(line.text):
                joiner = ""
            elif prev.text[-1:].isdigit() and re.match(r"[\d.%]", line.text):
                joiner = ""  # a number cut by the wrap
            elif re.search(r"[a-z]{2}-$", prev.text) and re.match(r"[a-z]{2}", line.text):
                prev.text, joiner = prev.text[:-1], ""  # "promo-" + "tion days": a word hyphenated
            prev.text = f"{prev.text}{joiner}{line.text}"
            if prev.label and prev.value:  # "项目成果：… 从 2 万次" + "增长到 15 万次。"
                prev.value = f"{prev.value}{joiner}{line.text}"
            prev.raw = f"{prev.raw}\n{line.raw}"
            prev.wraps += 1
            if not prev.period and line.period:
                prev.period = line.period
            continue
        out.append(line)
    return out


def _looks_like_header(prev: Line, line: Line, full: int) -> bool:
    """A short line before a list that opens it: not lower case, not the rest of a full line."""
    if line.marker or width(line.text) > 60 or re.match(r"[a-z(（,，;；。、.]", line.text):
        return False
    if prev.marker and line.indent > prev.indent:
        return False  # indented under a list item: its rest, not a header
    if re.search(r"[;；]", line.text) or (
        SENTENCE_END_RE.search(line.text) and len(line.text.split()) >= 6
    ):
        return False  # a clause or a sentence is the rest of a line, not a list's header
    if re.match(r"[A-Z]", line.text) and not _DANGLING_RE.search(prev.text):
        return True
    last = width(prev.raw.splitlines()[-1].strip()) if prev.text else 0
    return not (
        prev.marker and full and last >= 0.85 * full and not SENTENCE_END_RE.search(prev.text)
    )


def _continues(prev: Line, line: Line, full: int) -> bool:
    """`line` is the wrapped rest of `prev`."""
    if not prev.text or not line.text or line.marker or line.heading or line.cells is not None:
        return False
    if prev.heading or prev.section or line.section or prev.cells is not None:
        return False
    if line.label or (prev.label and not prev.value):
        return False
    if SENTENCE_END_RE.search(prev.text) and not line.text[:1].islower():
        return False
    if line.period_only or (line.period and PERIOD_RE.match(line.text)):
        return False  # a line opening with its dates starts an entry
    if re.search(r"\d$", prev.text) and _UNIT_START_RE.match(line.text):
        return True  # "…降到 20" / "秒；上线后…": a number cut from its unit by the wrap
    if _clause_tail(prev, line):
        return True  # "· …再蒸" / "馏到 BERT 上线；": a Chinese item cut mid-word
    last_width = width(prev.raw.splitlines()[-1].strip())
    # a short item is a header over its indented lines, unless it fills its (narrow) column
    # or stops on a word that needs the next one ("Rebuilt the pipeline on" / "  Kafka and …")
    short = width(prev.text) < 40 and (
        last_width < 0.85 * full or bool(re.search(r"[:：]", prev.text)) or _named(prev.text)
    )
    header_like = bool(prev.period and re.search(r"[)）]$", prev.text)) or (
        short and not _DANGLING_RE.search(prev.text)
    )
    if prev.marker and line.indent > prev.indent and not header_like and last_width >= 0.6 * full:
        return True  # indented under a long list item
    if (prev.marker or width(prev.text) >= 40) and re.match(r"[a-z0-9(（]", line.text):
        return True  # a sentence goes on in lower case
    if (
        prev.marker
        and full >= _MIN_WRAP_WIDTH
        and last_width >= 0.85 * full
        and not line.period
        and not (prev.period and re.search(r"[)）]$", prev.text))  # a header ending in its dates
        and re.search(r"[;；:]|\s\d", line.text)
        and len(line.text.split()) >= 5
    ):
        return (
            True  # a full list line goes on with a clause ("ONNX" / "Runtime; p99 went from 180")
        )
    # a full line of prose that stops inside a phrase (on a word that wants the next one, inside
    # a bracket, after a figure) goes on below, even in capitals ("… (Feast on" / "Redis and …")
    open_phrase = (
        not prev.period
        and full >= _MIN_WRAP_WIDTH
        and last_width >= 0.85 * full
        and SENTENCE_END_RE.search(prev.text) is None
        and (
            bool(_DANGLING_RE.search(prev.text))
            or len(re.findall(r"[(（]", prev.text)) > len(re.findall(r"[)）]", prev.text))
            or _cjk_end(prev.text)
            or bool(re.search(r"\s\d+$", prev.text))
        )
    )
    if line.period or (re.match(r"[A-Z]", line.text) and not _DANGLING_RE.search(prev.text)):
        return open_phrase and not line.period
    if full < _MIN_WRAP_WIDTH or (prev.period and re.search(r"[)）]$", prev.text)):
        return False  # too narrow a text to be wrapped, or a header ending with its dates
    return last_width >= 0.85 * full and (
        prev.marker != "" or prev.wraps > 0 or _cjk_end(prev.text) or open_phrase
    )


def _clause_tail(prev: Line, line: Line) -> bool:
    """`line` ends the clause a Chinese list item was cut in: the item stops on a character or a
    figure with no punctuation after it, and the line, no longer than the item, starts with a character and stops on
    a clause's or a sentence's end (a name or a header never does)."""
    cut = _cjk_end(prev.text) or (
        bool(re.search(r"\d\s*[%％]?$", prev.text))
        and bool(re.search(r"[\u3400-\u9fff]", prev.text))
    )  # "…漏检率由 7.5%" / "降至 2.1%。": a change cut after its first figure
    if not (prev.marker and cut and _cjk_start(line.text)):
        return False
    if line.period or not _CLAUSE_END_RE.search(line.text):
        return False
    return width(line.text) <= width(prev.raw.splitlines()[-1].strip())


_CLAUSE_END_RE = re.compile(r"[。；;，,！？]$")


def _named(text: str) -> bool:
    """Reads like a name (`Support Copilot`), not a clause cut by the column's edge."""
    from interviewer.resume.evidence import title_like

    return title_like(text)


_UNIT_START_RE = re.compile(
    r"(?:秒|分钟|小时|天|周|个月|月|万|亿|千|百|次|个|倍|条|张|份|人|元|块|毫秒|[%％‰])"
)
"""The unit that a number at the end of the line above needs (a Latin unit starts in lower
case, which already continues a line)."""
_MIN_WRAP_WIDTH = 56
"""Text blocks narrower than this (CJK counts twice) are not wrapped by a page width."""
_DANGLING_RE = re.compile(
    r"(?i:[,\-–/&(]|\b(?:the|a|an|and|or|of|to|with|for|from|in|on|by|at|into|over|via|using|as|than|"
    r"that|which|its|our|their|was|were|is|are|per))$"
)


def _cjk_end(text: str) -> bool:
    return bool(text) and "\u3400" <= text[-1] <= "\u9fff"


def _cjk_start(text: str) -> bool:
    return bool(text) and "\u3400" <= text[0] <= "\u9fff"
