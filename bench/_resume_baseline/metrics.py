"""Find claimed numbers (metrics) in Chinese or English text, deterministically, with regexes.

`extract_metrics` returns `ClaimedMetric`s whose `text` is an exact span of the input. Units are
normalised to language-neutral forms so a Chinese résumé and an English answer compare:
`%` (relative), `pp` (percentage points), `x`, `ms`, `s`, `min`, `h`, `day`, `week`, `month`,
`year`, `qps`, `tokens/s`, `tokens`, `gpu`, `people`, `docs`, `items`, `users`, `calls`,
`machines`, `gb`, `tb`, `mb`, `b` (model size in billions of parameters), `cny`, `usd`, `eur`,
`gbp`, `lines`, or `` (a plain number such as an F1 of 0.85). Magnitudes are folded into the
value (`12万篇` → 120000 docs, `2k QPS` → 2000 qps) except model sizes (`7B` → 7 `b`).
Years, dates, versions, phone numbers and ordinals are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interviewer.types import ClaimedMetric

# Full-width digits/letters/punctuation map 1:1 to ASCII, so spans found on the copy fit the input.
_FULL_WIDTH = {0xFF10 + i: 0x30 + i for i in range(10)}
_FULL_WIDTH.update({0xFF21 + i: 0x41 + i for i in range(26)})
_FULL_WIDTH.update({0xFF41 + i: 0x61 + i for i in range(26)})
_FULL_WIDTH.update({ord("％"): ord("%"), ord("．"): ord("."), ord("＜"): ord("<")})

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}

_EN_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}
_NUM_RE = re.compile(
    r"(?P<ar>\d+(?:,\d{3})+(?!\d)|\d+)(?P<dec>\.\d+)?|(?P<cn>[零〇一二两三四五六七八九十百千万亿]+)"
    r"|(?i:(?<![A-Za-z-])(?P<en>" + "|".join(_EN_NUMBERS) + r")(?![A-Za-z]))"
)
_MAG_RE = re.compile(
    r"\s?(?:(?P<zh>百万|千万|万|亿|千)|(?P<en>[kK](?![A-Za-z])|M(?![A-Za-z])|million\b"
    r"|billion\b|thousand\b|bn\b))"
)
_MAGNITUDES = {
    "百万": 1e6,
    "千万": 1e7,
    "万": 1e4,
    "亿": 1e8,
    "千": 1e3,
    "k": 1e3,
    "m": 1e6,
    "million": 1e6,
    "billion": 1e9,
    "thousand": 1e3,
    "bn": 1e9,
}

# (canonical unit, pattern); longer alternatives first. Whitespace before a unit is allowed
# except for `x`/`B`, which must touch the number ("3.4x", "7B").
_UNIT_PATTERNS: list[tuple[str, str]] = [
    ("pp", r"个百分点|百分点|个点|percentage points?\b|pp\b|points?\b|pts?\b"),
    ("%", r"%|percent\b|per cent\b"),
    ("x", r"倍|(?<=[\d.])[x×](?![A-Za-z0-9])|times\b(?!\s+(?:a|per|an|each)\b)|-?fold\b"),
    ("ms", r"毫秒|ms\b|milliseconds?\b|msec\b"),
    ("s", r"秒钟|秒|s\b|secs?\b|seconds?\b"),
    ("min", r"分钟|mins?\b|minutes?\b"),
    ("h", r"个小时|小时|h\b|hrs?\b|hours?\b"),
    ("day", r"天|days?\b"),
    ("week", r"个星期|个礼拜|星期|周|weeks?\b|wks?\b"),
    ("month", r"个月|months?\b"),
    ("year", r"年|years?\b|yrs?\b"),
    ("tokens/s", r"tokens?/s\b|tok/s\b|tokens per second\b"),
    ("qps", r"QPS\b|TPS\b|RPS\b|req(?:uest)?s?/s\b|requests per second\b"),
    ("gpu", r"张\s*(?:[AHVLT]\d{2,3}|GPU|显卡|卡)|块\s*(?:GPU|显卡|卡)|显卡|卡|GPUs?\b|cards\b"),
    (
        "people",
        r"人团队|个人(?!贡献|能力|项目|博客|主页|技能|成长|负责)|人|名(?:工程师|成员|同学|开发)|-person\b|-people\b|people\b|persons?\b"
        r"|engineers?\b|members?\b|developers?\b|devs\b|headcount\b",
    ),
    ("tokens", r"个?tokens?\b"),
    ("docs", r"篇|份文档|份|页|docs?\b|documents?\b|articles?\b|pages?\b|papers?\b"),
    (
        "items",
        r"条|-?(?:records?|rows?|samples?|entries|items?|examples?|quer(?:y|ies)|questions?|"
        r"cases?|prompts?|labels?)\b",
    ),
    ("users", r"用户|客户|users?\b|customers?\b"),
    ("calls", r"次调用|次请求|次|calls?\b|requests?\b|visits?\b"),
    ("machines", r"台(?:机器|服务器)?|节点|machines?\b|nodes?\b|servers?\b"),
    ("gb", r"GB\b|G(?=\s*(?:显存|内存|存储|数据))"),
    ("tb", r"TB\b"),
    ("mb", r"MB\b"),
    ("b", r"(?<=\d)B(?![A-Za-z])(?:\s*(?:params|parameters|参数))?|亿参数"),
    ("cny", r"元|块钱|块|RMB\b|CNY\b|rmb\b"),
    ("usd", r"美元|美金|USD\b|dollars?\b"),
    ("lines", r"行代码|lines? of code\b|LOC\b"),
]
_UNIT_RE = re.compile(
    r"\s{0,2}(?:" + "|".join(f"(?P<u{i}>{p})" for i, (_, p) in enumerate(_UNIT_PATTERNS)) + ")",
    re.IGNORECASE,
)
_CURRENCY_PREFIX = {"$": "usd", "¥": "cny", "￥": "cny", "€": "eur", "£": "gbp"}
# Units a Chinese numeral may carry: "一个" / "一些" / "十分" must not become numbers.
_CN_OK_UNITS = {
    "pp",
    "%",
    "x",
    "ms",
    "s",
    "min",
    "h",
    "day",
    "week",
    "month",
    "year",
    "gpu",
    "people",
    "docs",
    "items",
    "users",
    "machines",
    "cny",
    "usd",
    "b",
}
_SELF_DESCRIBING = {
    "gpu",
    "people",
    "docs",
    "items",
    "users",
    "machines",
    "qps",
    "tokens/s",
    "tokens",
    "lines",
    "b",
}
_TIME_UNITS = {"ms": 0.001, "s": 1.0, "min": 60.0, "h": 3600.0, "day": 86400.0}
_COARSE_TIME = {"day", "week", "month", "year"}

_MEASURES_EN = [
    "p50",
    "p90",
    "p95",
    "p99",
    "p999",
    "tp99",
    "tp95",
    "recall",
    "precision",
    "accuracy",
    "acc",
    "f1",
    "f1 score",
    "auc",
    "ndcg",
    "mrr",
    "map",
    "bleu",
    "rouge",
    "hit rate",
    "cache hit rate",
    "latency",
    "response time",
    "ttft",
    "time to first token",
    "first-token latency",
    "throughput",
    "qps",
    "tps",
    "rps",
    "cost",
    "costs",
    "spend",
    "memory",
    "gpu memory",
    "vram",
    "cpu",
    "error rate",
    "failure rate",
    "success rate",
    "pass rate",
    "resolution rate",
    "deflection rate",
    "conversion",
    "conversion rate",
    "ctr",
    "cvr",
    "click-through rate",
    "retention",
    "dau",
    "mau",
    "uptime",
    "availability",
    "coverage",
    "hallucination rate",
    "win rate",
    "acceptance rate",
    "satisfaction",
    "csat",
    "nps",
    "revenue",
    "ticket volume",
    "tickets",
    "load time",
    "build time",
    "training time",
    "inference time",
    "speed",
    "speedup",
    "traffic",
    "loss",
    "perplexity",
    "wer",
    "cer",
    "mae",
    "mean absolute error",
    "rmse",
    "mape",
    "exact match",
    "team",
    "gmv",
    "recall@k",
    "adoption",
]
_MEASURES_ZH = [
    "准确率",
    "正确率",
    "召回率",
    "精确率",
    "精准率",
    "命中率",
    "延迟",
    "时延",
    "耗时",
    "响应时间",
    "响应速度",
    "首字延迟",
    "首token延迟",
    "吞吐量",
    "吞吐",
    "成本",
    "费用",
    "显存",
    "内存",
    "转化率",
    "点击率",
    "留存率",
    "留存",
    "日活",
    "月活",
    "满意度",
    "解决率",
    "错误率",
    "失败率",
    "成功率",
    "通过率",
    "幻觉率",
    "覆盖率",
    "可用性",
    "人工成本",
    "工单量",
    "工单",
    "效率",
    "训练时间",
    "推理时间",
    "推理速度",
    "速度",
    "胜率",
    "采纳率",
    "拦截率",
    "误报率",
    "漏报率",
    "收入",
    "营收",
    "数据量",
    "样本量",
    "调用量",
    "访问量",
    "流量",
    "用户量",
    "团队",
    "困惑度",
    "字错率",
    "召回",
    "准确度",
    "训练时长",
    "处理时间",
    "时长",
]


def _trie_pattern(words: list[str]) -> str:
    """One regex for many words, factored by prefix (Python's re tries alternatives one by one)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word may end here; the longer branch is tried first
            return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
        return body

    return emit(trie)


_MEASURE_RE = re.compile(
    r"(?<![A-Za-z])(?:t?p\d{2,3}(?![\d])|recall@\d+|ndcg@\d+|hit@\d+|"
    + _trie_pattern(_MEASURES_EN + _MEASURES_ZH)
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
# Synonyms so that a Chinese résumé and an English answer name the same measure.
_MEASURE_KEYS = {
    "召回率": "recall",
    "召回": "recall",
    "准确率": "accuracy",
    "正确率": "accuracy",
    "准确度": "accuracy",
    "acc": "accuracy",
    "精确率": "precision",
    "精准率": "precision",
    "命中率": "hit rate",
    "延迟": "latency",
    "时延": "latency",
    "耗时": "latency",
    "响应时间": "latency",
    "response time": "latency",
    "首字延迟": "ttft",
    "首token延迟": "ttft",
    "time to first token": "ttft",
    "first-token latency": "ttft",
    "吞吐量": "throughput",
    "吞吐": "throughput",
    "成本": "cost",
    "costs": "cost",
    "费用": "cost",
    "spend": "cost",
    "显存": "gpu memory",
    "vram": "gpu memory",
    "内存": "memory",
    "转化率": "conversion",
    "conversion rate": "conversion",
    "点击率": "ctr",
    "click-through rate": "ctr",
    "留存率": "retention",
    "留存": "retention",
    "日活": "dau",
    "月活": "mau",
    "满意度": "satisfaction",
    "csat": "satisfaction",
    "解决率": "resolution rate",
    "错误率": "error rate",
    "失败率": "failure rate",
    "成功率": "success rate",
    "通过率": "pass rate",
    "幻觉率": "hallucination rate",
    "覆盖率": "coverage",
    "可用性": "availability",
    "uptime": "availability",
    "工单量": "tickets",
    "工单": "tickets",
    "ticket volume": "tickets",
    "训练时间": "training time",
    "训练时长": "training time",
    "推理时间": "inference time",
    "胜率": "win rate",
    "收入": "revenue",
    "营收": "revenue",
    "团队": "team",
    "困惑度": "perplexity",
    "字错率": "cer",
    "f1 score": "f1",
    "tp99": "p99",
    "tp95": "p95",
}

_UP = (
    r"提升|提高|增加|增长|上升|上涨|增至|涨|翻|improv\w*|increas\w*|boost\w*|rais\w*|grew|"
    r"grow\w*|gain\w*|lift\w*|doubl\w*|went up|up"
)
_DOWN = (
    r"降低|下降|减少|缩短|压缩|降至|降到|节省|节约|缩减|减|降|reduc\w*|decreas\w*|cut\w*|"
    r"drop\w*|lower\w*|fell|shr[ai]nk\w*|slash\w*|sav\w*|trimm?\w*|went down|down"
)
_VERB_RE = re.compile(rf"(?P<up>{_UP})|(?P<down>{_DOWN})", re.IGNORECASE)
_AFTER_DIR_RE = re.compile(
    r"\s*的?\s*(?:(?P<up>faster|quicker|higher|more|better|increase|improvement|gain|uplift|"
    r"boost|提升|提高|增长|增加)|(?P<down>lower|less|fewer|cheaper|smaller|shorter|reduction|"
    r"decrease|drop|savings?|下降|降低|减少|节省))(?![A-Za-z])",
    re.IGNORECASE,
)
_BOUNDARY_RE = re.compile(r"[。；;！？!?\n,，、：:|()（）]")
_SENTENCE_RE = re.compile(r"[。；;！？!?\n]")
_MORE_RE = re.compile(r"\s?(?:\+|多|余)")
_ARROW = r"(?:→|->|—>|=>|⇒|➡|~>|➜)"
_PAIR_GAP_RE = re.compile(
    rf"^\s*(?:{_ARROW}|(?:(?:up|down|all the way)\s+)?to|"
    r"[^\d\s，。,;；！？]{0,6}?(?:到|至)了?)\s*$",
    re.IGNORECASE,
)
_FROM_RE = re.compile(
    r"(?:from|从|由)\s*(?:about|around|roughly|approximately|~|原来的|原先的|原本的|最初的|"
    r"之前的|此前的|约|大约)?\s*$",
    re.IGNORECASE,
)
_TO_LEVEL_RE = re.compile(
    r"(?:到|至|达到|to|reach\w*|hit)\s*(?:了|约|about|around)?\s*$", re.IGNORECASE
)
_TEAM_OF_RE = re.compile(r"team of\s*$", re.IGNORECASE)
_SKIP_BEFORE_RE = re.compile(
    r"(?:第|No\.\s?|#|version\s|ver\.\s?|版本\s?|python\s|java\s|jdk\s?|cuda\s|vue\s|react\s|"
    r"node\s|go\s|ios\s|android\s|windows\s|top\s?)$",
    re.IGNORECASE,
)
_SKIP_SPANS_RE = re.compile(
    r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)"  # mobile numbers
    r"|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)|\(\d{3}\)\s?\d{3}-\d{4}|(?<!\d)\d{3}-\d{3}-\d{4}(?!\d)",
)
_LINK_RE = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+")
_YEAR_DATE_BEFORE_RE = re.compile(r"(?:19|20)\d\d\s?[-./年]\s?$")
_ANY_NUMBER_RE = re.compile(
    r"[\d一二两三四五六七八九十]|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|hundred)"
)
_CN_HAS_DIGIT = re.compile(r"[一二两三四五六七八九十]")
# A measure right before a number ("QPS 2000", "数据量: 2019") makes it a value, not a year.
_MEASURE_TAIL_RE = re.compile(
    _MEASURE_RE.pattern + r"\s*(?:[:：=]|达到|为|是|of|at|约|about)?\s*$", re.IGNORECASE
)
_GENERIC_MEASURE_RE = re.compile(
    r"[\u4e00-\u9fff]{1,3}率|(?<![A-Za-z])(?!(?:the|this|that|same|first|each|every|any|some|"
    r"long|short|full|part|real|one|on|in|at|of)\s)[A-Za-z]{2,} (?:rate|time)\b",
    re.IGNORECASE,
)
_PARTICLES = set("的了和与将把从使让在是为及并而但其其中被")
_COUNTED_NOUN_RE = re.compile(r" [A-Za-z][A-Za-z-]{2,}\b")
_RANGE_GAP_RE = re.compile(r"^\s*(?:[-~～–—]|到|至)\s*$")
_PERCENTILE_RE = re.compile(r"(?<![A-Za-z])t?p\d{2,3}\s?$", re.IGNORECASE)


@dataclass(slots=True)
class _Num:
    """A number found in the text with its unit; `start`/`end` cover prefix and unit."""

    start: int
    end: int
    value: float
    unit: str
    decimals: int
    scaled: bool = False
    """Written with a magnitude ("40k", "3万"): a quantity even without a unit."""


def _cn_value(s: str) -> float | None:
    """Value of a Chinese numeral ("十二万", "两", "三千五百"), None when it is not one."""
    if len(s) > 1 and all(ch in _CN_DIGITS for ch in s):
        return float("".join(str(_CN_DIGITS[ch]) for ch in s))
    total = section = number = 0.0
    prev_digit = False
    for ch in s:
        if ch in _CN_DIGITS:
            if prev_digit and ch not in "零〇":
                return None
            number, prev_digit = float(_CN_DIGITS[ch]), True
            continue
        prev_digit = False
        if ch in _CN_UNITS:
            section += (number or 1) * _CN_UNITS[ch]
        elif ch == "万":
            total += (section + number) * 1e4
            section = 0
        else:  # 亿
            total = (total + section + number) * 1e8
            section = 0
        number = 0
    return total + section + number


def _unit_at(text: str, pos: int) -> tuple[str, float, int]:
    """Unit (canonical), magnitude and end position of what follows a number at `pos`."""
    more = _MORE_RE.match(text, pos)  # "2000+ 用户", "100多人", "3万+ 次"
    pos = more.end() if more else pos
    factor = 1.0
    mag = _MAG_RE.match(text, pos)
    if mag:
        more = _MORE_RE.match(text, mag.end())
        after_mag = more.end() if more else mag.end()
        unit = _UNIT_RE.match(text, after_mag)
        if unit and unit.lastgroup and _UNIT_PATTERNS[int(unit.lastgroup[1:])][0] != "b":
            return _UNIT_PATTERNS[int(unit.lastgroup[1:])][0], _mag_factor(mag), unit.end()
    unit = _UNIT_RE.match(text, pos)
    if unit and unit.lastgroup:
        return _UNIT_PATTERNS[int(unit.lastgroup[1:])][0], factor, unit.end()
    if mag:
        return "", _mag_factor(mag), mag.end()
    return "", factor, pos


def _mag_factor(mag: re.Match[str]) -> float:
    return _MAGNITUDES[mag.group().strip().lower()]


def _is_identifier_part(text: str, start: int) -> bool:
    """True when the number at `start` is glued to a name: "Qwen2.5", "GPT-4", "A100", "v2"."""
    if start == 0:
        return False
    before = text[start - 1]
    if before.isascii() and (before.isalpha() or before == "_"):
        return True
    if before == "@":
        return True
    if before == "." or (
        before == "-" and start >= 2 and text[start - 2].isascii() and text[start - 2].isalnum()
    ):
        i = start - 1
        floor = max(0, start - 40)  # bounded: a long run of "2023.2023." must stay linear
        while (
            i > floor and text[i - 1].isascii() and (text[i - 1].isalnum() or text[i - 1] in "._")
        ):
            i -= 1
        return before == "." or any(c.isalpha() for c in text[i : start - 1])
    return False


def _scan(text: str) -> list[_Num]:  # noqa: C901 - replaced with the quantities module
    """All numbers that state a quantity (years, dates, versions, phones, ordinals dropped)."""
    if not _ANY_NUMBER_RE.search(text):
        return []
    skip = [m.span() for m in _SKIP_SPANS_RE.finditer(text)]
    if "@" in text or "http" in text or "www." in text:
        skip = sorted(skip + [m.span() for m in _LINK_RE.finditer(text)])
    next_skip = 0
    found: list[_Num] = []
    for m in _NUM_RE.finditer(text):
        start, end = m.span()
        while next_skip < len(skip) and skip[next_skip][1] <= start:
            next_skip += 1  # numbers come in order, so one pass over the skipped spans suffices
        if next_skip < len(skip) and skip[next_skip][0] <= start:
            continue
        if found and start < found[-1].end:
            continue
        if m.group("en"):
            value, decimals = float(_EN_NUMBERS[m.group("en").lower()]), 0
        elif m.group("cn"):
            if not _CN_HAS_DIGIT.search(m.group("cn")):
                continue
            cn_value = _cn_value(m.group("cn"))
            if cn_value is None:
                continue
            value, decimals = cn_value, 0
        else:
            if _is_identifier_part(text, start) and not text.startswith("B", end):
                continue
            if text.startswith(".", end) and end + 1 < len(text) and text[end + 1].isdigit():
                continue  # 1.2.3 or 2023.06.01
            value = float(m.group("ar").replace(",", "") + (m.group("dec") or ""))
            decimals = len(m.group("dec") or "") - 1 if m.group("dec") else 0
        if _SKIP_BEFORE_RE.search(text, max(0, start - 10), start):
            continue
        if end < len(text) and text[end] in "月日号" and not m.group("cn"):
            continue  # a date: 6月, 15日
        unit, factor, unit_end = _unit_at(text, end)
        prefix = text[start - 1] if start else ""
        if prefix in _CURRENCY_PREFIX and unit in ("", "b"):
            unit, start = _CURRENCY_PREFIX[prefix], start - 1
            if text.startswith("B", end):
                factor, unit_end = 1e9, end + 1
        elif text.startswith("百分之", max(0, start - 3)) and start >= 3 and unit == "":
            unit, start = "%", start - 3
        if m.group("cn"):
            if unit not in _CN_OK_UNITS or (m.group("cn") == "一" and unit not in ("x", "pp")):
                if not (factor > 1 and unit == ""):
                    continue
        if (
            m.group("en")
            and (unit not in _CN_OK_UNITS or unit == "b")
            and not (unit == "" and _TEAM_OF_RE.search(text, max(0, start - 10), start))
        ):
            continue  # "two of them", "ten minutes" yes, "three B" no
        if _looks_like_date(text, m, start, unit):
            continue
        if unit == "" and factor == 1 and decimals == 0 and len(m.group("ar") or "") >= 7:
            continue  # long digit runs without unit are ids or phone numbers
        if unit != "b":
            value *= factor
        found.append(_Num(start, unit_end, value, unit, max(decimals, 0), factor > 1))
    return found


def _looks_like_date(text: str, m: re.Match[str], start: int, unit: str) -> bool:
    ar = m.group("ar")
    if m.group("en"):
        return False
    if ar is None:
        return unit == "year" and m.group("cn") is not None and len(m.group("cn")) == 4
    if _YEAR_DATE_BEFORE_RE.search(text, max(0, start - 6), start):
        return True
    end = m.end()
    if len(ar) <= 2 and re.match(r"/(?:19|20)\d\d", text[end : end + 5]):
        return True  # 06/2023
    is_year = len(ar) == 4 and 1950 <= int(ar) <= 2099 and not m.group("dec")
    if is_year and unit == "" and _MEASURE_TAIL_RE.search(text, max(0, start - 30), start):
        return False
    if m.group("dec") and len(ar) == 4 and 1950 <= int(ar) <= 2099 and len(m.group("dec")) <= 3:
        return int(m.group("dec")[1:]) <= 12  # 2023.06
    return is_year and unit in ("", "year")


def _clause_before(text: str, start: int, width: int = 40) -> int:
    """Start of the window before `start` that stays within the same clause."""
    lo = max(0, start - width)
    last = lo
    for b in _BOUNDARY_RE.finditer(text, lo, start):
        last = b.end()
    return last


def _clause_after(text: str, end: int, width: int = 24) -> int:
    b = _BOUNDARY_RE.search(text, end, min(len(text), end + width))
    return b.start() if b else min(len(text), end + width)


def _measure(text: str, start: int, end: int, unit: str) -> tuple[str, int, int] | None:
    """Nearest measure named before the number in its clause, else right after it."""
    lo = _clause_before(text, start)
    adjacent_only = unit in _COARSE_TIME or unit in _SELF_DESCRIBING
    if adjacent_only:
        lo = max(lo, start - 4)  # "两个月里召回率..." must not make the duration a recall
    before: re.Match[str] | _Span | None = None
    for w in _MEASURE_RE.finditer(text, lo, start):
        before = w
    if before is None:
        before = _generic_measure(text, lo, start, last=True)
    if before:
        wstart = before.start()
        pct = _PERCENTILE_RE.search(text, max(lo, wstart - 6), wstart)
        if pct and measure_key_of(before.group()) == "latency":
            wstart = pct.start()  # "p99 latency" names the percentile
        return text[wstart : before.end()].lower(), wstart, before.end()
    if adjacent_only:
        return None
    stop = _clause_after(text, end, 16)
    after = _MEASURE_RE.search(text, end, stop) or _generic_measure(text, end, stop, last=False)
    if after:
        return after.group().lower(), after.start(), after.end()
    return None


class _Span:
    """A trimmed regex match (what `_measure` needs of one)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start : self._end]


def _generic_measure(text: str, lo: int, hi: int, *, last: bool) -> _Span | None:
    """A rate the vocabulary lacks: "转人工率", "escalation rate" (leading particles trimmed)."""
    window = text[lo:hi]
    if "率" not in window and " rate" not in window.lower() and " time" not in window.lower():
        return None  # cheap test first: this runs for every number without a named measure
    found = list(_GENERIC_MEASURE_RE.finditer(text, lo, hi))
    if not found:
        return None
    m = found[-1] if last else found[0]
    start = m.start()
    while start < m.end() - 2 and text[start] in _PARTICLES:
        start += 1
    return _Span(text, start, m.end())


def _measure_in_sentence(text: str, start: int) -> str:
    """The measure named earlier in the sentence (not adjacent, so the span does not grow)."""
    lo = max(0, start - 60)
    for b in _SENTENCE_RE.finditer(text, lo, start):
        lo = b.end()
    last: re.Match[str] | _Span | None = None
    for w in _MEASURE_RE.finditer(text, lo, start):
        last = w
    last = last or _generic_measure(text, lo, start, last=True)
    return last.group().lower() if last else ""


def _direction_before(text: str, lo: int, start: int) -> tuple[str | None, int, int]:
    verb = None
    for v in _VERB_RE.finditer(text, lo, start):
        verb = v
    if verb is None:
        return None, start, start
    return ("up" if verb.group("up") else "down"), verb.start(), verb.end()


def _to_metric(text: str, start: int, end: int, **fields: object) -> ClaimedMetric:
    return ClaimedMetric(text=text[start:end], **fields)  # type: ignore[arg-type]


def _convert_time(value: float, unit: str, to: str) -> float:
    return value * _TIME_UNITS[unit] / _TIME_UNITS[to]


def extract_metrics(text: str) -> list[ClaimedMetric]:
    """Every quantity the text claims, in order, each with its exact span, unit and measure."""
    if not text:
        return []
    norm = text.translate(_FULL_WIDTH)
    nums = _scan(norm)
    out: list[tuple[int, ClaimedMetric]] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        b = nums[i + 1] if i + 1 < len(nums) else None
        if b is not None and (pair := _pair(norm, text, a, b)) is not None:
            out.append(pair)
            i += 2
            continue
        if b is not None and a.unit in ("", b.unit) and _RANGE_GAP_RE.match(norm[a.end : b.start]):
            a = _Num(a.start, b.end, b.value, b.unit, b.decimals)  # "5-7%": one claim, upper end
            i += 1
        single = _single(norm, text, a)
        if single is not None:
            out.append(single)
        i += 1
    return [m for _, m in sorted(out, key=lambda t: t[0])]


def _pair(norm: str, text: str, a: _Num, b: _Num) -> tuple[int, ClaimedMetric] | None:
    """`from A to B` / `从A提升到B` / `A → B` as one metric with baseline and result."""
    gap = norm[a.end : b.start]
    if len(gap) > 12 or not _PAIR_GAP_RE.match(gap):
        return None
    lo = _clause_before(norm, a.start)
    frm = _FROM_RE.search(norm, lo, a.start)
    arrow = re.search(_ARROW, gap) is not None
    verb_in_gap = _VERB_RE.search(gap) is not None and re.search(r"到|至|to", gap) is not None
    if not (frm or arrow or verb_in_gap):
        return None
    unit_a = a.unit or b.unit
    if b.unit and unit_a != b.unit and not (unit_a in _TIME_UNITS and b.unit in _TIME_UNITS):
        return None
    baseline = a.value
    if unit_a != b.unit and b.unit:
        baseline = _convert_time(a.value, unit_a, b.unit)
    start = frm.start() if frm else a.start
    direction, vstart, _ = _direction_before(norm, lo, b.start)
    if direction is None and baseline != b.value:
        direction = "up" if b.value > baseline else "down"
    what = _measure(norm, start, b.end, b.unit)
    end = b.end
    if what:
        start, end = min(start, what[1]), max(end, what[2] if what[1] > b.end else end)
    start = min(start, vstart)
    name = what[0] if what else _measure_in_sentence(norm, start)
    metric = _to_metric(
        text,
        start,
        end,
        value=b.value,
        unit=b.unit or unit_a,
        what=name,
        baseline=baseline,
        result=b.value,
        direction=direction,
    )
    return start, metric


def _single(norm: str, text: str, n: _Num) -> tuple[int, ClaimedMetric] | None:  # noqa: C901 - replaced with the quantities module
    """One number: a delta ("下降了30%"), a level ("降到300ms"), a bound or a plain figure."""
    lo = _clause_before(norm, n.start)
    unit = n.unit
    what = _measure(norm, n.start, n.end, unit)
    start, end = n.start, n.end
    team_of = _TEAM_OF_RE.search(norm, lo, n.start) if unit == "" else None
    if team_of:
        unit, what = "people", ("team", team_of.start(), team_of.start() + 4)
    if unit == "" and what and _MEASURE_KEYS.get(what[0], what[0]) in ("qps", "tps", "rps"):
        unit = "qps"
    if unit == "qps" and not what:
        what = ("qps", n.end, n.end)
    if (
        unit == ""
        and what
        and n.decimals == 0
        and not n.scaled
        and what[1] < n.start
        and n.start - what[2] > 12
    ):
        what = None  # "accuracy on a labelled set of 500": a bare count, not the accuracy
    if unit == "" and not what and n.decimals == 0 and not n.scaled:
        return None  # a bare integer with nothing said about it is not a claim
    if unit == "" and n.scaled and not what:
        noun = _COUNTED_NOUN_RE.match(norm, end)  # "40k contracts"
        end = noun.end() if noun else end
    if unit == "people" and "团队" in norm[n.start : n.end]:
        what = ("团队", n.start, n.start)
    direction, vstart, vend = _direction_before(norm, lo, n.start)
    result = None
    if direction is not None:
        start = min(start, vstart)
        if _TO_LEVEL_RE.search(norm, vend, n.start):
            result = n.value
    elif _TO_LEVEL_RE.search(norm, lo, n.start) and re.search(r"达到|reach", norm[lo : n.start]):
        result = n.value
    after = _AFTER_DIR_RE.match(norm, n.end)
    if direction is None and after:
        direction = "up" if after.group("up") else "down"
        end = after.end()
    sign = norm[n.start - 1] if n.start else ""
    if (
        direction is None
        and sign in "+-−"
        and sign
        and (n.start < 2 or not norm[n.start - 2].isalnum())
    ):
        direction, start = ("up" if sign == "+" else "down"), min(start, n.start - 1)
    if what:
        if what[1] < n.start:
            start = min(start, what[1])
        elif what[1] >= n.end:
            end = max(end, what[2])
    name = what[0] if what else ""
    if not name and unit not in _COARSE_TIME and unit not in _SELF_DESCRIBING:
        name = _measure_in_sentence(norm, n.start)  # "召回率…，最后评测到了 84%"
    metric = _to_metric(
        text, start, end, value=n.value, unit=unit, what=name, result=result, direction=direction
    )
    return start, metric


def has_number(text: str) -> bool:
    """True when the text states any quantity (years, dates, versions and phone numbers aside)."""
    return bool(text) and bool(_scan(text.translate(_FULL_WIDTH)))


def measure_key_of(what: str) -> str:
    """The language-neutral name of a measure ("召回率" → "recall", "P99 latency" → "p99")."""
    what = what.lower().strip()
    pct = re.match(r"t?(p\d{2,3})\b", what)
    if pct:
        return pct.group(1)
    return _MEASURE_KEYS.get(what, what)


def measure_key(metric: ClaimedMetric) -> str:
    """The language-neutral name of what a metric measures."""
    return measure_key_of(metric.what)


def _decimals(x: float) -> int:
    s = repr(float(x))
    return 0 if s.endswith(".0") or "e" in s else len(s.split(".")[1])


def _differ(a: float, b: float) -> bool:
    """Clearly different, allowing for rounding ("86" vs "85.6") and a 2% slack."""
    tol = max(0.5 * 10 ** -min(_decimals(a), _decimals(b)), 0.02 * max(abs(a), abs(b)))
    return abs(a - b) > tol + 1e-9


def _is_delta(m: ClaimedMetric) -> bool:
    return m.direction is not None and m.result is None and m.baseline is None


def _as_percent(m: ClaimedMetric, other: ClaimedMetric) -> ClaimedMetric:
    """A unitless rate ("recall 0.8", "from 68 to 83") in percent when the other one is in %."""
    if m.unit or other.unit != "%" or _is_delta(m) or _is_delta(other):
        return m
    values = [v for v in (m.value, m.baseline, m.result) if v is not None]
    if not all(0 <= v <= 100 for v in values):
        return m  # not a rate at all
    factor = 100.0 if all(v <= 1 for v in values) else 1.0

    def scaled(v: float | None) -> float | None:
        return None if v is None else v * factor

    return m.model_copy(
        update={
            "unit": "%",
            "value": m.value * factor,
            "baseline": scaled(m.baseline),
            "result": scaled(m.result),
        }
    )


def metric_values_conflict(a: ClaimedMetric, b: ClaimedMetric) -> bool:
    """True when both state the same measure in the same unit with clearly different values."""
    key_a, key_b = measure_key(a), measure_key(b)
    if key_a != key_b or (not key_a and a.unit not in _SELF_DESCRIBING):
        return False
    a, b = _as_percent(a, b), _as_percent(b, a)
    if _is_delta(a) != _is_delta(b):
        delta, level = (a, b) if _is_delta(a) else (b, a)
        if level.baseline is None or level.result is None:
            return False
        if delta.direction and level.direction and delta.direction != level.direction:
            return True
        change = level.result - level.baseline
        if delta.unit == "pp" and level.unit == "%":
            return _differ(abs(change), delta.value)
        if delta.unit == level.unit == "%" and level.baseline:
            # "10%" after "75% → 85%" may mean points or relative change; only both wrong conflicts
            return _differ(abs(change), delta.value) and _differ(
                abs(change) / abs(level.baseline) * 100, delta.value
            )
        return False
    if a.unit != b.unit:
        if a.unit in _TIME_UNITS and b.unit in _TIME_UNITS:
            return _differ(_convert_time(a.value, a.unit, b.unit), b.value)
        return False
    if _is_delta(a) and a.direction != b.direction:
        return True
    if a.baseline is not None and b.baseline is not None and _differ(a.baseline, b.baseline):
        return True
    bound_a, bound_b = _bound(a), _bound(b)
    if bound_a or bound_b:
        # "p95 under 800 ms" and "p95 was 780 ms" agree; only a value past the bound conflicts
        if bound_a and bound_b:
            return False
        limit, level, kind = (a, b, bound_a) if bound_a else (b, a, bound_b)
        past = level.value > limit.value if kind == "upper" else level.value < limit.value
        return past and _differ(a.value, b.value)
    return _differ(a.value, b.value)


_UPPER_BOUND = re.compile(
    r"(?:\bunder\b|\bbelow\b|\bless than\b|\bat most\b|\bwithin\b|\bup to\b|[<≤]|"
    r"低于|小于|不超过|不到|以内|以下|之内)",
    re.IGNORECASE,
)
_LOWER_BOUND = re.compile(
    r"(?:\bover\b|\babove\b|\bmore than\b|\bat least\b|\bexceed\w*|[>≥]|\+\s*$|"
    r"超过|高于|大于|不低于|不少于|以上|多于)",
    re.IGNORECASE,
)


def _bound(m: ClaimedMetric) -> str | None:
    """`upper` for "under 800 ms" / "低于300ms", `lower` for "over 2k QPS" / "10万以上", else None."""
    if _UPPER_BOUND.search(m.text):
        return "upper"
    if _LOWER_BOUND.search(m.text):
        return "lower"
    return None
