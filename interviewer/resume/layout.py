"""Patterns shared by the résumé reader: section names, dates, roles, organisations, list
markers, Markdown tables, and the skills list."""

from __future__ import annotations

import re

_SECTIONS: dict[str, tuple[str, ...]] = {
    "experience": (
        "经历",
        "履历",
        "工作履历",
        "从业经历",
        "工作经历",
        "工作经验",
        "实习经历",
        "实习经验",
        "任职经历",
        "职业经历",
        "工作履历",
        "experience",
        "work experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "internships",
        "internship",
        "career history",
        "appointments",
        "academic appointments",
        "positions",
        "work",
        "academic positions",
        "relevant experience",
        "industry experience",
        "experience & projects",
        "experience and projects",
        "工作与项目经历",
    ),
    "projects": (
        "项目经历",
        "项目经验",
        "项目",
        "主要项目",
        "项目介绍",
        "个人项目",
        "代表项目",
        "projects",
        "project",
        "project experience",
        "selected projects",
        "key projects",
        "personal projects",
        "side projects",
        "open source",
        "research",
        "research projects",
        "engagements",
        "client engagements",
        "selected engagements",
        "client work",
        "科研经历",
        "研究经历",
        "project details",
        "funded research projects",
        "funded projects",
        "research grants",
        "industry collaborations",
    ),
    "skills": (
        "技能",
        "专业技能",
        "技术技能",
        "技术栈",
        "技能清单",
        "技能特长",
        "个人技能",
        "skills",
        "technical skills",
        "tech stack",
        "skills & tools",
        "skills and tools",
        "technologies",
        "core skills",
        "toolbox",
        "top skills",
        "核心技能",
        "技能特长",
    ),
    "education": (
        "教育经历",
        "教育背景",
        "学历",
        "education",
        "academic background",
        "education and training",
    ),
    "other": (
        "个人信息",
        "基本信息",
        "联系方式",
        "自我评价",
        "个人评价",
        "个人总结",
        "求职意向",
        "荣誉",
        "获奖",
        "获奖经历",
        "证书",
        "论文",
        "发表",
        "兴趣爱好",
        "summary",
        "profile",
        "about",
        "about me",
        "objective",
        "contact",
        "contact info",
        "联系方式",
        "awards",
        "honors",
        "certifications",
        "publications",
        "grants",
        "funding",
        "grants and funding",
        "research funding",
        "grants & funding",
        "grants and awards",
        "科研基金",
        "基金项目",
        "科研经费",
        "interests",
        "languages",
        "references",
        "teaching",
        "volunteer",
        "volunteering",
        "个人优势",
        "核心优势",
        "优势亮点",
        "professional summary",
        "career summary",
        "executive summary",
        "summary of qualifications",
        "professional profile",
        "personal profile",
        "personal statement",
        "career objective",
        "declaration",
        "个人简介",
        "在校经历",
        "校园经历",
        "language skills",
        "digital skills",
        "personal skills",
        "selected publications",
        "supervision",
        "service",
        "academic service",
        "invited talks",
        "career highlights",
        "核心成果",
        "个人亮点",
        "主要成就",
        "个人成就",
        # records of recognition, service and output: their lines name no work of the candidate's
        "talks",
        "presentations",
        "professional service",
        "reviewing",
        "students supervised",
        "students",
        "mentoring",
        "patents",
        "press",
        "media",
        "memberships",
        "affiliations",
        "hobbies",
        "additional information",
        "honors and awards",
        "honours",
        "scholarships",
        "荣誉奖项",
        "获奖情况",
        "获奖荣誉",
        "荣誉证书",
        "发表论文",
        "论文发表",
        "学术成果",
        "学术服务",
        "专利",
        "资格证书",
        "语言能力",
    ),
}
_SECTION_OF = {alias: kind for kind, aliases in _SECTIONS.items() for alias in aliases}

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (
    rf"(?:(?:19|20)\d{{2}}(?:\s*[./\-年]\s*\d{{1,2}}(?:\s*月)?|\s*年)?|{_MONTHS}\s+(?:19|20)\d{{2}}"
    r"|(?:\d{1,2}[./])?\d{1,2}[/.](?:19|20)\d{2})"  # 09/2017, 15/09/2017, 15.09.2017
)
PERIOD_RE = re.compile(
    rf"{_DATE}\s*(?:[-–—~～至到]+|to)\s*(?:{_DATE}|至今|今|现在|目前|present|now|current|today)"
    rf"|{_DATE}(?=\s*(?:$|[)）|｜,，\s]))",
    re.IGNORECASE,
)
HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
BULLET_RE = re.compile(
    # \uf0b7 and friends: Word's Symbol-font bullets as PDF/DOCX extraction returns them
    # "o " before a capital: Word's second-level bullet (Courier New "o") exported as text
    r"^\s*(?:[-*+–](?=\s)|o(?=\s+[A-Z\u3400-\u9fff])|[•·●▪◦‣○■□➢►→∙⁃◆◇★☆✓✔➤▶・･‧⋅\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06c\uf06e]"
    r"|\d{1,2}[.)）、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])\s*"
)
GLYPH_DEPTH = {"•": 0, "\uf0b7": 0, "●": 0, "o": 1, "◦": 1, "○": 1, "▪": 2, "\uf0a7": 2}
"""Word's list glyphs by level (•, then o, then ▪): a plain-text export keeps the glyph, not the
indent, so the glyph tells a sub-point from a point."""
NUMBERING_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|\d{1,2}\s*[、.．）](?!\d)|[IVX]+\.\s|[（(][一二三四五六七八九十\d]+[)）])\s*"
)
PROJECT_PREFIX_RE = re.compile(
    r"^\s*(?:项目\s*[一二三四五六七八九十\d]*\s*[：:]|项目名称\s*[：:]|【\s*项目\s*(?:名称|[一二三四五六七八九十\d]{1,3})?\s*】|项目\s*[一二三四五六七八九十\d]+\s*[、.．]"
    r"|project(?:\s*(?:name|#?\d+)|\s+[A-Z](?![A-Za-z]))?\s*[：:\-–—]\s"
    r"|(?:project|proj\.?)\s*(?:#|no\.?\s*)?\d{1,2}\s*[).]\s)\s*",
    re.IGNORECASE,
)
META_RE = re.compile(
    r"^\s*(?P<key>角色|担任角色|我的角色|项目角色|职位|职务|岗位|role|my role|position|title|时间|项目时间|周期|"
    r"period|duration|dates?|when|技术栈|技术|使用技术|技术选型|关键技术|tech stack|tech|stack|tools|"
    r"technologies|公司|company|employer|项目描述|项目简介|描述|简介|description|summary|overview|"
    r"项目内容|职责|主要职责|负责内容|工作内容|个人职责|responsibilities|what i did|项目成果|成果|项目业绩|业绩|"
    r"results?|impact|outcomes?|亮点|highlights|achievements?)\s*[：:]\s*(?P<value>.*)$",
    re.IGNORECASE,
)
ROLE_RE = re.compile(
    r"负责人|主导|牵头|核心开发|核心成员|开发者|工程师|架构师|组长|队长|实习生?|产品经理|研究员|独立开发|"
    r"分析师|科学家|顾问|设计师|数据官|合伙人|"
    r"个人项目|主要开发|参与者?|成员|专家|经理|总监|主管|(?<![A-Za-z])(?:owner|tech lead|lead|leader|"
    r"engineer|developer|architect|manager|member|contributor|intern|pm|scientist|maintainer|"
    r"sole developer|analyst|consultant|specialist|statistician|economist|head of \w+|researcher|founder|director|swe|sde|mle|cto|ceo|vp)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_ROLE_MODIFIERS_RE = re.compile(
    r"算法|后端|前端|核心|主要|技术|项目|开发|高级|资深|全栈|数据|(?<![A-Za-z])(?:senior|junior|principal|"
    r"staff|chief|core|main|sole|lead|backend|front-?end|full-?stack|ml|ai|data|software|project|"
    r"product|technical|tech|team|co-?|and|of|solutions?|engagement|science|research|delivery|"
    r"program|programme|hands-on)(?![A-Za-z])",
    re.IGNORECASE,
)
# Lines starting like this describe work; they are not the title of a project.
DESCRIPTION_RE = re.compile(
    r"^(?:负责|参与|主导|带领|协助|完成|从事|牵头|支持|推动|设计|开发|实现|维护|搭建|"
    r"(?:responsible|led|lead|built|build|worked|work|developed|designed|managed|owned|own|drove|"
    r"helped|created|implemented|maintained|mentored|shipped|ran|wrote|improved|reduced|"
    r"migrated|launched|partnered|collaborated)\b)",
    re.IGNORECASE,
)
ORG_RE = re.compile(
    r"公司|科技|集团|银行|大学|学院|研究院|研究所|实验室|工作室|(?<![A-Za-z])(?:inc|ltd|llc|co|corp|"
    r"corporation|company|gmbh|labs?|university|institute|group|technologies|studio)\b\.?"
    # legal forms (Sp. z o.o., S.A., B.V., plc; AG, SE, Oy as written): an employer's name
    r"|(?<![A-Za-z])(?:sp\.\s?z\s?o\.\s?o\.?|s\.\s?a\.|s\.r\.l\.|s\.p\.a\.|b\.v\.|n\.v\.|plc|pty)(?![A-Za-z])"
    r"|(?-i:\b(?:AG|SE|SA|BV|NV|AB|ASA|Oy|SAS|SARL|SRL|SpA|KK)\b)",
    re.IGNORECASE,
)
SPLIT_RE = re.compile(r"\s*(?:\||｜|·|•|—|–|\s-\s|\t|\s{2,}|，|,\s|/\s|\s/)\s*")
PARENS_RE = re.compile(r"[（(]([^()（）]*)[)）]")
AT_RE = re.compile(r"\s+(?:at|@)\s+|\s*@\s*", re.IGNORECASE)
DECOR_RE = re.compile(r"\*\*|__|`|【|】|\[|\]|《|》|「|」|“|”|\"")
_SKILL_SPLIT_RE = re.compile(r"\s*(?:[,，、;；|｜]|/(?!\w*\s*s\b)|\s+and\s+|及|和|以及)\s*")
_SKILL_VERBS_RE = re.compile(
    r"^(?:熟练掌握|熟练使用|熟悉|精通|掌握|了解|擅长|熟练|proficient (?:in|with)|familiar with|"
    r"experienced (?:in|with)|experience with|knowledge of|strong in|comfortable with)\s*",
    re.IGNORECASE,
)


def states_skill(text: str) -> bool:
    """`熟悉 Python 与 Go`, `Comfortable with SQL`: what the owner knows, no work done."""
    return bool(_SKILL_VERBS_RE.match(text.strip()))


_LABEL_RE = re.compile(r"^[^:：]{1,24}[：:]\s*")
SENTENCE_END_RE = re.compile(r"[。.;；!！?？]$")
CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
WORD_RE = re.compile(r"[A-Za-z]+")


def section_kind(line: str) -> str:
    """The section a heading line opens (`projects`, `experience`...), or ``."""
    if len(line) > 40:
        return ""
    s = DECOR_RE.sub("", NUMBERING_RE.sub("", line)).strip()
    s = _RULE_RE.sub("", s).strip().rstrip(":：").strip().lower()  # "———— 工作经历 ————"
    # "CLIENT WORK (2021 – now, selected)", "项目经历（部分）": a remark on the section, not its name
    s = re.sub(r"\s*[（(][^()（）]{1,30}[)）]$", "", s).strip().rstrip(":：").strip() or s
    if s in _SECTION_OF:
        return _SECTION_OF[s]
    # "Work Experience 1", "Employment #2", "教育经历 2": one numbered record of a web form's
    # section (a numbered project, "Project 3", is the project block the reader opens instead)
    record = re.sub(r"\s*(?:#|no\.?\s*)?(?:\d{1,2}|[一二三四五六七八九十])$", "", s)
    if record != s and _SECTION_OF.get(record, "projects") != "projects":
        return _SECTION_OF[record]
    head = _SECTION_HEAD_RE.fullmatch(s)
    if head:  # "Notable projects", "Relevant work history", "重点项目"
        return _SECTION_HEADS.get(head.group("head") or head.group("zh"), "")
    if _WORK_SHOWCASE_RE.fullmatch(s):  # "Engagement highlights", "Project portfolio"
        return "projects"
    if s == "career":  # "CAREER" over 'Org — Title (years)' lines
        return "experience"
    if _KIND_OF_CAREER_RE.fullmatch(s):  # "Teaching career", "Military experience": jobs of a kind
        return "experience"
    for part in re.split(r"\s*[/|｜&]\s*|\s+", s):  # "项目经历 / Projects"
        if part in _SECTION_OF and len(part) >= 2:
            rest = s.replace(part, "").strip(" /|｜&")
            if not rest or rest in _SECTION_OF:
                return _SECTION_OF[part]
    return _joined_kind(s) or _zh_section(s)


_JOIN_RE = re.compile(r"\s*(?:[/|｜&+]|\band\b)\s*")
_PLURAL_HEAD_RE = re.compile(r"(?:[a-z-]+\s+){1,2}projects")
"""`Engineering Projects`, `Data Science Projects`: a plural head noun names the collection."""


def _joined_kind(s: str) -> str:
    """`Research & Engineering`, `Professional Experience and Leadership`, `Engineering
    Projects`: parts joined by `&`, `and`, `/` where the parts naming a section all name one kind
    and the others name none (a short field or activity) open a section of that kind; parts
    naming two kinds (`Teaching and Research`) decide nothing."""
    if _PLURAL_HEAD_RE.fullmatch(s):
        return "projects"
    parts = [p for p in _JOIN_RE.split(s) if p]
    if len(parts) < 2 or any(len(p.split()) > 3 or re.search(r"\d", p) for p in parts):
        return ""
    named = {
        _SECTION_OF.get(p) or ("projects" if _PLURAL_HEAD_RE.fullmatch(p) else "") for p in parts
    } - {""}
    return named.pop() if len(named) == 1 else ""


_ZH_HEAD_NOUNS = (
    ("教育", "education"),
    ("学历", "education"),
    ("项目", "projects"),
    ("科研", "projects"),
    ("实习", "experience"),
    ("工作", "experience"),
    ("技能", "skills"),
    ("奖项", "other"),
    ("奖励", "other"),
    ("荣誉", "other"),
    ("证书", "other"),
    ("竞赛", "other"),
    ("资格", "other"),
    ("论文", "other"),
    ("专利", "other"),
    ("爱好", "other"),
    ("评价", "other"),
    ("概要", "other"),
    ("简介", "other"),
    ("总结", "other"),
    ("信息", "other"),
)
"""The last noun of a short Chinese heading and the section it names (教育, 课程项目, 荣誉证书)."""
_LABEL_HEADS = ("项目", "工作", "主要", "个人", "本人")
"""`项目简介`, `工作总结`, `主要工作`, `个人信息`: a project's or job's label (or a listed section), not
a section named by its last noun."""
_ZH_HEADING_RE = re.compile(r"[\u3400-\u9fff]+(?:[与和及、&][\u3400-\u9fff]+)*")


def _zh_section(s: str) -> str:
    """`教育`, `课程项目`, `竞赛与奖项`: a short all-Chinese heading whose parts each end in a
    section noun (at most two characters before it, so `智慧城市项目` stays a project's name)
    opens the section its first part names."""
    if len(s) > 10 or not _ZH_HEADING_RE.fullmatch(s):
        return ""
    kinds = []
    unnamed = 0
    for part in re.split(r"[与和及、&]", s):
        kind = _SECTION_OF.get(part) or next(
            (
                k
                for noun, k in _ZH_HEAD_NOUNS
                if part.endswith(noun)
                and len(part) - len(noun) <= 2
                and (part == noun or not part.startswith(_LABEL_HEADS))
            ),
            "",
        )
        if not kind and len(part) > 4:
            return ""
        unnamed += not kind
        kinds.append(kind)
    named = [k for k in kinds if k]
    if unnamed:  # `项目与开源`, `科研与工程`: a field beside one kind of section is that kind
        return named[0] if len(set(named)) == 1 and len(kinds) > 1 else ""
    return kinds[0]


_RULE_RE = re.compile(r"^[-—–=_~─━═*·•◆◇■□▌|#\s]{2,}|[-—–=_~─━═*·•◆◇■□▌|#\s]{2,}$")
_SECTION_HEAD_RE = re.compile(
    r"(?:(?:selected|notable|key|major|relevant|recent|featured|other|personal|side|professional|"
    r"academic|research|technical|industry|work|career|employment|past|prior|additional|open[- ]source|"
    r"client|consulting|independent|freelance|contract)"
    r"\s+)+(?P<head>projects?|experience|history|skills|education|work|engagements)"
    r"|(?:主要|重点|代表性?|相关|核心|个人|科研|实习|工作|校园|其他|开源)+(?P<zh>项目(?:经历|经验)?|经历|技能)"
)


_KIND_OF_CAREER_RE = re.compile(
    r"(?!(?:project|projects|skills?|education|academic|research|publication)s?\b)"
    r"[a-z][a-z&-]{2,}(?:\s[a-z][a-z&-]{2,})?\s+(?:career|experience|employment|work history)"
)
"""`<a kind of work> career|experience|employment` names jobs, whatever the kind."""

_WORK_SHOWCASE_RE = re.compile(
    r"(?:(?:selected|key|notable|recent)\s+)?(?:project|engagement|client|consulting|research|"
    r"delivery|assignment|case)s?\s+(?:highlights|portfolio|showcase|examples|samples|studies|stories)"
)
"""A heading that shows off pieces of work: a kind of work and a showcase noun."""

_SECTION_HEADS = {
    "project": "projects",
    "projects": "projects",
    "work": "projects",  # "Selected work": pieces of work, each named
    "engagements": "projects",  # a consultant's client engagements
    "experience": "experience",
    "history": "experience",
    "skills": "skills",
    "education": "education",
    "项目": "projects",
    "项目经历": "projects",
    "项目经验": "projects",
    "经历": "experience",
    "技能": "skills",
}


def marker_style(marker: str) -> str:
    """`1.` and `2.` share a style, `(1)` and `1.` do not: a sub-list is not a sibling."""
    return re.sub(r"[0-9一二三四五六七八九十①-⑳]+", "N", re.sub(r"\s+", "", marker))


def is_role_only(part: str) -> bool:
    """`Tech lead`, `技术负责人`: nothing but role words, not a name that contains one."""
    rest = _ROLE_MODIFIERS_RE.sub("", ROLE_RE.sub("", part))
    return len(part) <= 30 and not rest.strip(" -&,/、·")


def table_cells(line: str) -> list[str]:
    """`项目名称 | 知识库问答 | 时间 | 2023.01-2023.06`: a key/value table row from a DOCX."""
    if " | " not in line:
        return []
    cells = [c.strip() for c in line.split(" | ")]
    if len(cells) % 2 or not all(cells):
        return []
    keys = cells[::2]
    if all(META_RE.match(f"{k}：x") or PROJECT_PREFIX_RE.match(f"{k}：x") for k in keys):
        return cells
    return []


def strip_period(text: str) -> str:
    text = PERIOD_RE.sub("", text)
    text = re.sub(r"[（(]\s*[)）]|\[\s*\]", "", text)
    return text


def norm_period(period: str) -> str:
    # "2020.07 至今": the 至 of 至今 is the end's own, no dash
    return re.sub(
        r"\s*(?:[-–—~～]+|至(?!今)|到|\bto\b)\s*|\s*(?=至今)", " – ", period.strip(), count=1
    )


def clean_text(text: str) -> str:
    text = DECOR_RE.sub("", text).strip()
    return text.strip(" \t-–—|｜:：,，;；/·•*#").strip()


def split_skills(line: str) -> list[str]:
    line = BULLET_RE.sub("", line, count=1).strip()
    line = DECOR_RE.sub("", line)
    if _LABEL_RE.match(line) and not re.match(r"^https?:", line):
        line = _LABEL_RE.sub("", line, count=1)
    out = []
    for token in _SKILL_SPLIT_RE.split(line):
        token = _SKILL_VERBS_RE.sub("", token.strip()).strip(" .。()（）")
        if 0 < len(token) <= 40 and not SENTENCE_END_RE.search(token):
            out.append(token)
    return out


def dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.lower()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def mentions(text: str, skill: str) -> bool:
    if skill.isascii():
        return (
            re.search(rf"(?<![A-Za-z0-9]){re.escape(skill)}(?![A-Za-z0-9])", text, re.IGNORECASE)
            is not None
        )
    return skill in text


_TABLE_ROW_RE = re.compile(r"^\|(.+)\|$")
_TABLE_RULE_RE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_COLUMN_KINDS: dict[str, tuple[str, ...]] = {
    "name": ("项目", "项目名称", "名称", "项目名", "project", "project name", "name"),
    "period": (
        "时间",
        "项目时间",
        "周期",
        "起止时间",
        "period",
        "dates",
        "date",
        "when",
        "duration",
        "year",
        "years",
        "年份",
    ),
    "role": ("角色", "项目角色", "担任角色", "职责角色", "role", "my role", "position"),
}
_COLUMN_OF = {alias: kind for kind, aliases in _COLUMN_KINDS.items() for alias in aliases}


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
    if "name" in kinds and ("period" in kinds or "role" in kinds or kinds[0] == "name"):
        return kinds  # a first column naming projects makes a project table
    return None
