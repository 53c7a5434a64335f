"""Units as written → one normalised unit and the factor to it (time, money, bytes, counts)."""

from __future__ import annotations

import re

_WHO = r"(?:person|man|people|engineer|developer|dev|FTE|staff|analyst)"
"""Who a span of person-time is counted in ('person-days', 'engineer-weeks', 'FTE-days')."""
EFFORT_RE = re.compile(
    r"^(?:个?人/?[时小天日周月年]|" + _WHO + r"[- ]?(?:hours?|days?|weeks?|months?|years?))", re.I
)
"""A unit as written that counts person-time (see `effort`)."""


def effort(raw_unit: str) -> bool:
    """The unit as written counts person-time: effort, never a headcount or a calendar span."""
    return EFFORT_RE.match(raw_unit.strip()) is not None


# (normalised unit, pattern, factor to the normalised unit); longer alternatives first.
# Time has two bases: `ms` for what a user waits (ms, s, minutes) and `h` for calendar spans.
UNIT_TABLE: list[tuple[str, str, float]] = [
    # person-time (people × time) is effort, not a headcount: before `people` so that 人天 or
    # 'engineer-weeks' never read as people; its spans count like the calendar's (a person-day is
    # a day), so a résumé's '2 person-days' and an answer's '两个人天' meet
    ("h", r"个?人(?:/)?(?:时|小时)", 1.0),  # 'analyst hours' are hours counted as a noun
    ("h", r"个?人(?:/)?(?:天|日)|" + _WHO + r"[- ]?days?\b", 24.0),
    ("h", r"个?人(?:/)?周|" + _WHO + r"[- ]?weeks?\b", 168.0),
    ("h", r"个?人(?:/)?月|" + _WHO + r"[- ]?months?\b", 730.0),
    ("h", r"个?人(?:/)?年|" + _WHO + r"[- ]?years?\b", 8760.0),
    (
        "pp",
        r"个百分点|百分点|个点(?![\u3400-\u9fff])|percentage points?\b|per\s?cent(?:age)?\s+points?\b|pp\b|-?points?\b|pts?\b",
        1.0,
    ),
    ("%", r"%|percents?\b|per cent\b|(?:-|\s)ish\s+percent\b", 1.0),
    (
        "x",
        r"倍|(?<=[\d.])\s?[x×](?![A-Za-z0-9])|times\b(?!\s+(?:a|per|an|each)\b)|-?fold\b"
        # "two time faster": the non-native singular, only before a comparative
        r"|time\b(?=\s+(?:faster|quicker|cheaper|slower|more|less|bigger|smaller|higher|lower|better|"
        r"shorter|longer|larger|fewer)\b)",
        1.0,
    ),
    ("ms", r"毫秒|ms\b|milliseconds?\b|msecs?\b|millis\b|millisecs?\b", 1.0),
    ("ms", r"秒钟|秒|s\b|secs?\b|seconds?\b", 1000.0),
    ("ms", r"分钟|mins?\b|minutes?\b", 60_000.0),
    ("h", r"个小时|小时|h\b|hrs?\b|hours?\b", 1.0),
    ("h", r"个工作日|工作日|天|days?\b|business days?\b|working days?\b|(?<=\d)d\b", 24.0),
    ("h", r"个星期|个礼拜|星期|周|weeks?\b|wks?\b|sprints?\b|(?<=\d)w\b", 168.0),
    ("h", r"个月|months?\b|mos?\b", 730.0),
    ("h", r"个季度|季度|quarters?\b(?!\s+of\b)", 2190.0),
    ("h", r"年(?![级度])|years?\b|yrs?\b", 8760.0),
    ("tokens/s", r"tokens?/s\b|tok/s\b|tokens per second\b", 1.0),
    (
        "qps",
        r"QPS\b|TPS\b|RPS\b|req(?:uest)?s?/s\b|(?:requests|queries|calls|reqs)\s+(?:per|a|each)\s+sec(?:ond)?\b"
        r"|(?:an?|per|each)\s+sec(?:ond)?\b(?!\s+(?:time|round|opinion|look|pass|try))",
        1.0,
    ),
    ("gpu", r"张\s*(?:GPU|显卡|卡)|块\s*(?:GPU|显卡|卡)|卡|GPUs?\b|graphics cards?\b", 1.0),
    (
        "people",
        r"人团队|人小组|号人|个人(?!贡献|能力|项目|博客|主页|技能|成长|负责|品牌|网站)|人(?!工|力|民|才|脸|物|员)"
        r"|名(?:工程师|成员|同学|开发|同事|员工)?|位(?:工程师|成员|同事)?|-person\b|-people\b|people\b|persons?\b"
        r"|engineers?\b|members?\b|developers?\b|devs\b|headcount\b|FTEs?\b|reports\b|interns?\b"
        r"|of us\b",
        1.0,
    ),
    ("tokens", r"个?tokens?\b|tok\b", 1.0),
    ("bytes", r"PB\b", 1e15),
    ("bytes", r"TB\b|T(?=\s*(?:数据|存储|日志))", 1e12),
    (
        "bytes",
        r"GB\b|gigs?\b|gigabytes?\b|G(?=\s*(?:显存|内存|存储|数据|日志))"
        r"|(?<=\d)G(?=\s*(?:降|减|到|→|->|[，,。;；]|$))",  # 显存从 80G 降到 24G
        1e9,
    ),
    ("bytes", r"MB\b", 1e6),
    ("bytes", r"KB\b|kB\b|kilobytes?\b", 1e3),
    ("params", r"亿参数|亿个参数", 1e8),
    (
        "params",
        r"B\s*(?:params|parameters|参数)|(?<=\d)B(?![A-Za-z])(?!\s*(?:tokens?|docs?|documents?|rows?|records?|requests?|users?|queries|calls|events|"
        r"messages|images|pages|words|of|in|per|a\b|/|dollars?|usd|revenue|arr|gmv))|billion[- ]param(?:eter)?s?\b",
        1e9,
    ),
    ("params", r"M\s*(?:params|parameters|参数)|million[- ]param(?:eter)?s?\b", 1e6),
    ("params", r"[- ]?param(?:eter)?s?\b(?![- ](?:count|efficient|search|sweep|tuning))", 1.0),
    ("cny", r"万元", 1e4),
    ("cny", r"人民币", 1.0),
    (
        "cny",
        r"元|块钱|块(?!\s*(?:GPU|显卡|卡|板|屏|硬盘|磁盘|盘|内存|地|儿))|RMB\b|CNY\b|rmb\b|yuan\b",
        1.0,
    ),
    (
        "usd",
        r"美元|美金|美刀|(?<=[0-9十百千万])\s?刀(?![\u3400-\u9fff])|USD\b|dollars?\b|bucks?\b",
        1.0,
    ),
    ("eur", r"欧元|euros?\b|EUR\b", 1.0),
    ("gbp", r"英镑|pounds?\s+sterling\b|GBP\b|quid\b", 1.0),
    ("usd", r"grand\b", 1e3),
    ("usd", r"cents?\b|¢", 0.01),
    # "half a mil", "1.5 mil": spoken millions are dollars unless things counted follow ("2 mil
    # rows")
    ("usd", r"mil\b(?!\s+[A-Za-z]+s\b)", 1e6),
]
UNIT_RE = re.compile(
    r"\s{0,2}(?:" + "|".join(f"(?P<u{i}>{p})" for i, (_, p, _) in enumerate(UNIT_TABLE)) + ")",
    re.IGNORECASE,
)
CURRENCY_PREFIX = {"$": "usd", "¥": "cny", "￥": "cny", "€": "eur", "£": "gbp"}
MAGNITUDE_RE = re.compile(
    r"(?:\s|-(?=(?:million|billion)-))?(?:(?P<zh>百万|千万|万|亿|千)|(?P<en>[kK](?![A-Za-z]|8s)|[mM](?![A-Za-z])|[bB](?![A-Za-z])"
    r"|mn\b|bn\b|millions?\b|billions?\b|thousand\b))"
)
MAGNITUDES = {
    "百万": 1e6,
    "千万": 1e7,
    "万": 1e4,
    "亿": 1e8,
    "千": 1e3,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "million": 1e6,
    "billion": 1e9,
    "millions": 1e6,  # "two millions files": a non-native plural, still the magnitude
    "billions": 1e9,
    "thousand": 1e3,
}
TIME_SECONDS = {"ms": 0.001, "h": 3600.0}
"""Seconds per normalised time unit, to compare `ms` with `h`."""
# Units a Chinese numeral or an English number word may carry ("一个" / "one of" are no numbers).
WORD_NUMBER_UNITS = {
    "pp",
    "%",
    "x",
    "ms",
    "h",
    "gpu",
    "people",
    "cny",
    "usd",
    "eur",
    "gbp",
}


def unit_at(text: str, pos: int) -> tuple[str, float, str, int] | None:
    """The unit right after `pos`: (normalised unit, factor, as written, end), else None."""
    m = UNIT_RE.match(text, pos)
    if not m or not m.lastgroup:
        return None
    unit, _, factor = UNIT_TABLE[int(m.lastgroup[1:])]
    return unit, factor, m.group().strip(), m.end()


def unit_of(written: str) -> tuple[str, float] | None:
    """(normalised unit, factor to it) of a unit written on its own ('days', '周', 'seconds');
    None when the text is not one whole spelling of a known unit."""
    raw = written.strip()
    found = unit_at(raw, 0) if raw else None
    if found is None or found[3] != len(raw):
        return None
    return found[0], found[1]


def to_seconds(value: float, unit: str) -> float | None:
    """A normalised time value in seconds; None when `unit` is not time."""
    factor = TIME_SECONDS.get(unit)
    return None if factor is None else value * factor
