"""What a line of a résumé is, judged from its own words: a name, a role, a job, dates.

Each function answers one question from the line's content; the reader (reader.py) combines the
answers with the line's place in the document. Vocabulary (role words, organisation words,
action verbs) lives in layout.py; nothing here depends on one résumé's wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interviewer.resume.claims import has_claim
from interviewer.resume.layout import (
    AT_RE,
    CJK_RE,
    DESCRIPTION_RE,
    ORG_RE,
    PARENS_RE,
    PERIOD_RE,
    ROLE_RE,
    SENTENCE_END_RE,
    SPLIT_RE,
    clean_text,
    is_role_only,
    strip_period,
)
from interviewer.resume.lines import LABEL_OF, width

MAX_NAME_WIDTH = 56
"""A project name wider than this (CJK counts twice) is a sentence, not a name."""
_ACTION_RE = re.compile(
    # a one-character verb (用, 在, 对, 将) opens an action, not the compound noun it starts
    # (用户画像, 用电负荷, 在线学习, 对话系统, 对账平台)
    r"^(?:负责|参与|主导|带领|协助|完成|从事|牵头|支持|推动|设计|开发|实现|维护|搭建|构建|优化|引入|使用|基于|通过|"
    r"建设|制定|组织|将(?!军)|把|对(?!话|账|象|联)|在(?!线)|用(?!户|电|量|例)|利用|采用|针对|提升|降低|减少|上线|落地|接入|"
    r"(?:[A-Za-z]+ed|built|led|ran|wrote|made|drove|grew|won|cut|set|shipped|own|owned|build|lead|"
    r"developed|designed|managed|created|implemented|maintained|mentored|improved|reduced|"
    r"migrated|launched|partnered|collaborated|responsible|worked|helped|using|used|with|"
    r"introduced|replaced|rebuilt|rewrote|moved|added|trained|fine-tuned|deployed)\b)",
    re.IGNORECASE,
)
_CLAUSE_RE = re.compile(
    r"[，,；;。]|\s(?:and|with|to|for|that|which|by)\s.*\s(?:and|with|to|for|by)\s"
)
_DESCRIBED_RE = re.compile(r"(?-i:An?)\s+(?!/)[\w-]+\s|一(?:个|套|款|种|项|份|条|组)[^：:]{1,30}的")
"""An indefinite noun phrase ("A model that flags…", "An agent for…", "一套…的系统"): a piece of
work described, never its name."""
_SPOKEN_CLAUSE_RE = re.compile(
    r"(?-i:I|We|My|Our|Me|You|Your)\b(?!-)|(?i:(?:i|we|you)\s+[a-z]+)\b"
    r"|[\w&/-]+(?:\s+[\w&/-]+)?\s+(?i:include[sd]?|includes|are|is|were|was|has|have|cover|covers|"
    r"span|spans)(?:\s|$)|我(?!国)|本人"
)
"""A clause with a person or a verb of being (`I help…`, `Clients include`, `Our focus is`, `我们…`),
never the name of a piece of work."""
_NAME_SEP_RE = re.compile(r"^(?P<name>[^:：—–]{2,60}?)\s*(?:[:：]|\s[-–—]\s|—|–)\s*(?P<rest>\S.*)$")
_NAME_META_RE = re.compile(
    r"^(?P<name>[^()（）.。:：]{2,60}?)\s*[（(](?P<meta>[^()（）]{2,60})[)）]"
    r"(?:\s*[.。:：;；—–]|\s-|\s{2,}|\t|(?<=\d[)）])\s)\s*(?P<rest>\S.*)$"
)
_ROLE_META_RE = re.compile(
    r"(?i:(?:about\s+)?\d+\s*(?:months?|years?|weeks?|consultants?|people|engineers?|persons?)|"
    r"team of \d+|\d+[- ]person team)|\d+\s*(?:人|名)(?:团队)?|(?:团队|小组)\s*\d+\s*人"
)
"""What a role line may add about the engagement: its length and the team's size."""
_PERIOD_WORDS_RE = re.compile(
    r"(?i:\b(?:\d+\s*(?:yrs?|years?|mos?|months?)\b|present|now)\b|至今|年|个月)"
)
_LOCATION_RE = re.compile(
    r"(?i:^(?:remote|hybrid|on-?site|onsite|[A-Z][a-z]+,\s*[A-Z]{2})$)|^(?:北京|上海|深圳|杭州|广州|成都|"
    r"南京|武汉|西安|苏州|远程)(?:市)?$"
)


_CONTACT_RE = re.compile(
    # a contact key stands alone before its value (`Address: …`, `Email  a@b.c`, `地址：…`); a
    # name that opens with the same word (`Address normaliser`, `电话外呼智能体`) is no key
    r"(?i:^(?:e-?mail|phone|mobile|tel|github|linkedin|website|site|blog|address|location|wechat|"
    r"contact)(?![\w-])(?=\s*(?:[:：|｜]|$|\s{2,}|\t|\s*[+(\d]|\s*\S+@)))"
    r"|^(?:邮箱|电话|手机|微信|地址|所在地|现居|个人主页|博客)(?=\s*(?:[:：|｜]|$|\s|[\d+(]))"
    r"|[\w.+-]+@[\w-]+\.\w|https?://"
    r"|\+\d{1,3}[ -]?\d{3}|(?<!\d)1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)|\(\d{3}\)\s?\d{3}-\d{4}"
)


_PERSONAL_KEY_RE = re.compile(
    r"(?i:(?:full |first |last |family )?name|candidate|position(?: appl(?:y|ied|ying))?(?: for)?|"
    r"appl(?:y|ied|ying)(?: for)?(?: (?:the )?(?:position|role|job))?|"
    r"(?:desired|target|applied|applying for the) (?:position|role|job)|objective|date of birth|"
    r"d\.?o\.?b\.?|birth ?date|born|nationality|citizenship|gender|sex|marital status|age|"
    r"visa(?: status)?|work permit|notice period|availability|salary(?: expectation)?|"
    r"expected salary|languages?|hobbies|interests|driving licen[cs]e|references)"
    r"|姓\s*名|性\s*别|年\s*龄|出生(?:年月|日期)?|籍\s*贯|民\s*族|政治面貌|婚姻状况|求职意向|期望职位|"
    r"期望城市|期望薪资|工作年限|到岗时间|学\s*历|毕业院校|兴趣爱好|语言能力"
)
"""Keys of the personal-details block (`Name: …`, `Position apply: …`, `姓名：…`): no work."""
_TRAILING_PARENS_RE = re.compile(r"\s*[（(][^()（）]{0,40}[)）]\s*$")


_OWNER_KEY_RE = re.compile(
    r"(?i:^(?:e-?mail|phone|mobile|tel|wechat|address|contact)\s*[:：])|^(?:邮箱|电话|手机|微信|地址|所在地|现居)\s*[:：]"
    r"|[\w.+-]+@[\w-]+\.\w|\+\d{1,3}[ -]?\d{3}|(?<!\d)1[3-9]\d(?:[- ]?\d{4}[- ]?\d{4}(?!\d)|x{2,})"
)


def owner_details(text: str) -> bool:
    """`手机：139xxxx | 邮箱：…`, `Phone: … | Email: …`, `姓名：…`: the owner's details, never a
    piece of work, whatever section the reader believes it is in (a URL alone may name a repository)."""
    if _OWNER_KEY_RE.search(text):
        return True
    key = re.match(r"\s*([^:：]{1,30})[:：]", text)
    return bool(key and _PERSONAL_KEY_RE.fullmatch(key.group(1).strip()))


def title_like(text: str, *, counts_ok: bool = False) -> bool:
    """Reads like the name of a piece of work: short, no sentence, no claim, not an action. With
    `counts_ok`, a count of what the work covered ('… pilot with two depots', '两个前置仓的…试点')
    is a setting of the named work, not a claim."""
    if _CONTACT_RE.search(text):
        return False  # contact details name no work
    key = re.match(r"\s*([^:：]{1,30})[:：]", text)
    if key and _PERSONAL_KEY_RE.fullmatch(key.group(1).strip()):
        return False  # "Name: …", "姓名：…": the owner's details
    text = clean_text(re.sub(r"[（(]\s*[)）]", "", strip_period(text)))
    text = clean_text(_TRAILING_PARENS_RE.sub("", text))  # "Name (Org, 2023)": the name is judged
    if not text or width(text) > MAX_NAME_WIDTH or len(text.split()) > 8:
        return False
    if SENTENCE_END_RE.search(text) or _CLAUSE_RE.search(text) or _ACTION_RE.match(text):
        return False
    if _DESCRIBED_RE.match(text):
        return False  # "An agent for filing declarations", "一套…的系统": what it is, no name
    if re.search(r"[a-z]{2}[.!?]\s+[A-Z]", text):
        return False  # "Mostly on Mastodon or by email. Pronouns": a sentence ends inside
    if _SPOKEN_CLAUSE_RE.match(text):
        return False  # "I help small teams ship…", "Clients include", "我们做的": a clause
    if text.lower() in LABEL_OF or is_role_only(text):
        return False
    if has_claim(text) and not (counts_ok and _counts_only(text)):
        return False
    return not re.match(r"^[\d\W]", text)


def _tells_own_work(rest: str) -> bool:
    """What follows a name tells a result of its own (a measure that changed)."""
    from interviewer.quantities import extract_quantities

    return any(q.role == "result" for q in extract_quantities(rest))


def _counts_only(text: str) -> bool:
    """Every number the text states counts things (`two depots`, `3 regions`, `两个前置仓`)."""
    from interviewer.quantities import extract_quantities

    return all(q.role == "count" for q in extract_quantities(text))


def quoted_work_title(text: str) -> tuple[str, str, str] | None:
    """(title, setting, rest) of a project told by its kind or funder with its title in quotes
    (`国家自然科学基金青年项目“X”（编号），2023–2025，主持`, `横向课题（与某车企）「X」，2023`,
    `NSF CAREER award "X" (2021–2026), PI`): the quoted title names the work, the words before
    it are its setting, the remark after it its dates and role."""
    m = _QUOTED_TITLE_RE.match(text.strip())
    if m is None or width(m.group("setting")) > 40 or not _SETTING_KIND_RE.search(m["setting"]):
        return None
    title = clean_text(m.group("title"))
    if width(title) > MAX_NAME_WIDTH or SENTENCE_END_RE.search(title) or has_claim(title):
        return None  # the quotes mark a title, so it may open like an action ("基于…")
    return title, m.group("setting").strip(), m.group("rest").strip(" ，,。.;；")


_QUOTED_TITLE_RE = re.compile(
    r"(?P<setting>[^“”\"「」《》:：。；;]{2,60}?)\s*(?:“|\"|「|《)(?P<title>[^“”\"「」《》]{2,60})"
    r"(?:”|\"|」|》)(?P<rest>.*)$"
)
_SETTING_KIND_RE = re.compile(
    r"(?:项目|课题|计划|基金|专项)(?:[（(][^()（）]*[)）])?\s*$|"
    r"(?i:\b(?:award|grant|project|programme|program|contract|fellowship|fund)\b)"
    r"(?:\s*[（(][^()（）]*[)）])?\s*$"
)


def named_item(text: str) -> tuple[str, str] | None:
    """`Name: description`, `Name - description`, `Name — description`: the name and the rest."""
    masked = PERIOD_RE.sub(
        lambda p: "0" * len(p.group()), text
    )  # a date range's dash separates nothing
    m = _NAME_SEP_RE.match(masked)
    if not m:
        meta = _NAME_META_RE.match(
            text
        )  # "Wind turbine alarms (Nordlight, ML engineer, 2023). We …"
        if meta is None or not title_like(meta.group("name")):
            return None
        return clean_text(
            meta.group("name")
        ), f"({meta.group('meta')}) {meta.group('rest')}".strip()
    name = clean_text(text[m.start("name") : m.end("name")])
    if _PERSONAL_KEY_RE.fullmatch(name.strip()):
        return None
    if name.lower() in LABEL_OF or _CONTACT_RE.search(text):
        return None
    if not title_like(name, counts_ok=_tells_own_work(text[m.start("rest") :])):
        return None
    rest = text[m.start("rest") :].strip()
    bare = rest
    if width(name) <= 24 and _WORK_KIND_RE.search(name):  # 基金项目：X（2021—2023，负责人）
        bare = re.sub(r"[（(][^()（）]*[)）]", "", rest)  # the remark's commas list nothing
    items = [i.strip() for i in re.split(r"[,，、;；]|\s·\s|\s/\s", bare) if i.strip()]
    if len(items) >= 2 and all(len(i.split()) <= 3 and title_like(i) for i in items):
        return None  # "Key technologies — Python, Spark, Airflow": a list is a field, not work
    if not re.search(r"[A-Za-z]{2,}|[\u3400-\u9fff]", rest):
        return None  # "Hours per week: 40", "GPA: 3.8/4.0": a form field and its value, no work
    if has_claim(rest) and len(re.findall(r"[A-Za-z]{2,}|[\u3400-\u9fff]", rest)) <= 1:
        return None  # "Working capital released: $45M" is a measure and its value
    dashed = not re.match(r"\s*[:：]", masked[m.end("name") :])
    named = _kind_then_name(name, rest) if not dashed else None
    if named is not None:
        return named
    meta = _TRAILING_PARENS_RE.search(rest)
    what = rest[: meta.start()] if meta else rest  # "… — engagement (2023, 9 months, team of 6)"
    if dashed and len(what.split()) <= 4 and title_like(what) and not CJK_RE.search(what):
        # "Tier-1 European bank — KYC document assistant": the client and its engagement
        whole = clean_text(text[: len(text) - len(rest) + len(what)])
        return whole, (meta.group().strip() if meta else "")
    return name, rest


_WORK_KIND_RE = re.compile(
    r"(?:课程设计|大作业|课程项目|毕业设计|毕业项目|研究课题|课题|"
    # a funded or contracted project's kind (国家自然科学基金青年项目, 企业合作项目, 横向课题)
    r"(?:基金|计划|专项|合作|横向|纵向|科研|校企|重点|青年|面上|一般|重大|[校院省市部]级|国家级|教改|"
    r"教研|委托)(?:项目|课题)|研发计划|基金|"
    r"(?i:(?:course|class|capstone|final|thesis|semester|term|group|university)\s+project|capstone|"
    r"coursework|(?:award|grant|fellowship|programme)))$"
)
"""The kind of a piece of work written where its name would be (`《编译原理》大作业：X`, `Course
project: X`): the name follows it."""


def names_kind_of_work(text: str) -> bool:
    """`课题：X`, `Thesis project: X`: the line opens with the kind of a piece of work, then its name."""
    m = _NAME_SEP_RE.match(PERIOD_RE.sub(lambda p: "0" * len(p.group()), text))
    if m is None:
        return False
    return _kind_then_name(clean_text(m.group("name")), m.group("rest")) is not None


def _kind_then_name(kind: str, rest: str) -> tuple[str, str] | None:
    """`毕业设计：基于知识图谱的药物推荐（2024）`: the name is the rest's first clause, the kind (and the
    course it was done for) its setting."""
    if width(kind) > 24 or not _WORK_KIND_RE.search(kind):
        return None
    head = re.match(r"\s*([^（(。;；,，]+?)\s*(?=[（(。;；,，]|$)", rest)
    name = clean_text(head.group(1)) if head else ""
    if not name or width(name) > MAX_NAME_WIDTH or has_claim(name) or _CONTACT_RE.search(name):
        return None  # "基于知识图谱的药物推荐" names the work though it starts like an action
    assert head is not None
    return name, rest[head.end() :].strip(" 。;；,，")


def piped_item(text: str) -> tuple[str, str] | None:
    """`offer-dedup | Spark, MinHash | dup listings 4.1% ↓ 0.3%`: a list item of three or more
    cells whose first names the work and whose last tells its result — the name and the rest."""
    cells = [c.strip() for c in re.split(r"\s[|｜]\s", text)]
    if len(cells) < 3 or not all(cells) or not has_claim(cells[-1]):
        return None
    name = clean_text(cells[0])
    if not title_like(name) or PERIOD_RE.search(name) or _PERSONAL_KEY_RE.fullmatch(name):
        return None
    return name, " | ".join(cells[1:])


def role_line(text: str) -> tuple[str, str] | None:
    """`Tech lead | 2022 – 2023`, `后端负责人`: a role (and its dates) alone on a line."""
    period = PERIOD_RE.search(text)
    rest = strip_period(text)
    parts = [
        clean_text(p) for p in SPLIT_RE.split(PARENS_RE.sub(lambda m: "|" + m.group(1) + "|", rest))
    ]
    parts = [p for p in parts if p and not _PERIOD_WORDS_RE.fullmatch(p)]
    parts = [p for p in parts if not _ROLE_META_RE.fullmatch(p)]  # "7 months", "team of 6"
    if not parts or len(parts) > 2:
        return None
    if not all(ROLE_RE.search(p) and is_role_only(p) for p in parts):
        return None
    return parts[0], period.group() if period else ""


@dataclass
class Job:
    title: str
    org: str
    period: str


def job_line(text: str, *, heading: bool = False) -> Job | None:
    """`Org, City - Title   2021 - present`, `Title — Org (2019-2022)`, `公司 | 职位 | 时间`."""
    if CJK_RE.search(text) and PARENS_RE.search(strip_period(text)):
        # `美团 机器学习工程师（到店事业群）`, `腾讯科技（深圳）有限公司`: a bracketed remark belongs to
        # the word before it (a department, a city, 校招), no field of its own — unless without
        # it the line names no employer and title (`算法工程师（某物流科技公司）`)
        bare = _job_fields(PARENS_RE.sub("", strip_period(text)), PERIOD_RE.search(text), heading)
        if bare is not None and bare.title and bare.org:
            return bare
    return _job_fields(strip_period(text), PERIOD_RE.search(text), heading)


def _job_fields(body: str, period: re.Match[str] | None, heading: bool) -> Job | None:
    parts: list[str] = []
    for chunk in SPLIT_RE.split(PARENS_RE.sub(lambda m: "|" + m.group(1) + "|", body)):
        parts.extend(p for p in AT_RE.split(chunk) if p)
    parts = [clean_text(p) for p in parts]
    parts = [
        p for p in parts if p and not _LOCATION_RE.match(p) and not _PERIOD_WORDS_RE.fullmatch(p)
    ]
    if len(parts) == 1 and CJK_RE.search(parts[0]) and re.search(r"\s", parts[0]):
        parts = parts[0].split()
    roles = [p for p in parts if ROLE_RE.search(p) and width(p) <= 48 and not project_role(p)]
    orgs = [p for p in parts if ORG_RE.search(p) and p not in roles]
    if not roles and not orgs:
        return None
    if not (period or heading or (roles and orgs)):
        return None
    if len(parts) < 2 and not (period and (roles or orgs)):
        return None
    title = roles[0] if roles else ""
    others = [p for p in parts if p != title]
    org = orgs[0] if orgs else (others[0] if others else "")
    if not org and not title:
        return None
    return Job(title=title, org=org, period=period.group() if period else "")


_PROJECT_ROLE_RE = re.compile(
    r"^(?:(?:tech(?:nical)?|project|team|sole|core|main|lead)?\s*(?:lead|leader|owner|member|contributor|"
    r"developer|maintainer|pm)|负责人|技术负责人|项目负责人|核心开发|核心成员|主要开发|开发|成员|独立开发|参与者?|"
    r"后端负责人|前端负责人|算法负责人|组长|队长)$",
    re.IGNORECASE,
)


def project_role(text: str) -> bool:
    """A role one holds in a project ("Tech lead", "负责人"), not a job title."""
    return bool(_PROJECT_ROLE_RE.match(clean_text(text)))


def org_like(text: str) -> bool:
    """A line that only names an employer ("Northwind Retail Inc.", "某科技公司")."""
    t = clean_text(text)
    return bool(t) and width(t) <= 48 and bool(ORG_RE.search(t)) and not ROLE_RE.search(t)


def describes_work(text: str) -> bool:
    """Starts like a sentence about work done ("Built …", "负责…")."""
    return bool(_ACTION_RE.match(clean_text(text)) or DESCRIPTION_RE.match(clean_text(text)))
