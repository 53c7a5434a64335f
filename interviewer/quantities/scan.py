"""Find the numbers of a text with their units: digits, magnitudes, numbers and changes in words.

Offsets always refer to the caller's text: full-width characters are folded one to one. Dates,
versions, phone numbers, identifiers (GPT-4, A100, Qwen2.5) and ordinals are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from interviewer.quantities import words
from interviewer.quantities.measure_names import join_cutoffs, name_parts
from interviewer.quantities.units import (
    CURRENCY_PREFIX,
    MAGNITUDE_RE,
    MAGNITUDES,
    WORD_NUMBER_UNITS,
    unit_at,
)

FULL_WIDTH = {0xFF10 + i: 0x30 + i for i in range(10)}
FULL_WIDTH.update({0xFF21 + i: 0x41 + i for i in range(26)})
FULL_WIDTH.update({0xFF41 + i: 0x61 + i for i in range(26)})
FULL_WIDTH.update(
    {ord(a): ord(b) for a, b in zip("％．＜＞～：，；（）＄", "%.<>~:,;()$", strict=True)}
)

NUM_RE = re.compile(r"(?P<ar>\d{1,3}(?:,\d{3})+(?!\d)|\d+|(?<![\w.])(?=\.\d))(?P<dec>\.\d+)?")
"""Digits, or a decimal written without its leading zero (".72")."""
_COPULA = r"(?<![A-Za-z])(?:becomes?|became|is|are|was|were|got|gets|be)\s+(?:(?:almost|about|nearly|roughly|now)\s+)?"
# Changes told in words: (pattern, value, unit, direction).
CHANGE_WORDS: list[tuple[str, float, str, str]] = [
    (
        r"(?i:(?<![A-Za-z])(?:doubled|doubling|doubles|twice as (?:fast|many|much|high)|twice the\b))",
        2,
        "x",
        "up",
    ),
    (
        r"(?i:(?<![A-Za-z])(?:tripled|tripling|triples|three times as \w+|three times the\b))",
        3,
        "x",
        "up",
    ),
    (r"(?i:(?<![A-Za-z])(?:quadrupled|quadrupling))", 4, "x", "up"),
    # "the throughput become triple", "is double now": the non-native adjective after a copula
    (rf"(?i:{_COPULA}double\b)", 2, "x", "up"),
    (rf"(?i:{_COPULA}triple\b)", 3, "x", "up"),
    (rf"(?i:{_COPULA}quadruple\b)", 4, "x", "up"),
    (
        r"(?i:(?<![A-Za-z])(?:halved|halving|halves|cut (?:\w+ ){0,3}in half|in half"
        r"|(?:dropped|fell|shrank|cut|reduced|decreased|lowered) by (?:half|fifty percent)))",
        50,
        "%",
        "down",
    ),
    (r"翻了?两番", 4, "x", "up"),
    (r"翻了?三番", 8, "x", "up"),
    (
        r"翻了?一番|翻了?一倍|翻倍|(?:提升|提高|增加|增长|涨|快)了?(?:将近|接近|近|约|大约)?一倍",
        2,
        "x",
        "up",
    ),
    (
        r"减半|砍半|(?:降|减|缩短|缩减|少|降低|减少|下降|压缩|节省|省)了?(?:近|约|将近)?一半",
        50,
        "%",
        "down",
    ),
]
# "tenfold", "threefold": a multiple in one word; its direction comes from the verb around it
# ("cut … tenfold" is down, "a threefold increase" up)
CHANGE_WORDS += [
    (rf"(?i:(?<![A-Za-z-])(?:{word})fold(?![A-Za-z]))", value, "x", "")
    for word, value in (
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("twenty", 20),
        ("fifty", 50),
        ("hundred", 100),
    )
]
# "by an order of magnitude", "提升了一个数量级": a multiple of ten per order
CHANGE_WORDS += [
    (r"(?i:(?<![A-Za-z])an order of magnitude)|一个数量级", 10, "x", ""),
    (r"(?i:(?<![A-Za-z])two orders of magnitude)|两个数量级", 100, "x", ""),
]
CHANGE_RE = re.compile("|".join(f"(?P<c{i}>{p})" for i, (p, *_) in enumerate(CHANGE_WORDS)))
_SKIP_RE = re.compile(
    r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)"  # mobile numbers
    r"|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)|\(\d{3}\)\s?\d{3}-\d{4}|(?<!\d)\d{3}-\d{3}-\d{4}(?!\d)"
    r"|https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+"
    r"|(?<![\d.])(?:19|20)\d\d\s?[./\-年]\s?\d{1,2}(?:\s?[./\-月]\s?\d{1,2}日?)?(?![\d%])"  # dates
    r"|(?<!\d)\d{1,2}/(?:19|20)\d\d(?!\d)"
    r"|(?<![\d.])\d+\.\d+\.\d+"  # versions 1.2.3
)
_SKIP_BEFORE_RE = re.compile(
    r"(?:第|No\.\s?|#|版本\s?|(?<![A-Za-z])[TD]\+|(?<![A-Za-z])(?:version\s|ver\.\s?|python\s?|java\s?|jdk\s?|cuda\s?|vue\s?|"
    r"react\s?|node\s?|ios\s?|android\s?|windows\s?|top[\s-]?|iso\s?|level\s|step\s|phase\s|round\s|"
    r"grade\s|tier\s|gen\s|series\s))$",
    re.IGNORECASE,
)
_COUNTED_AFTER_RE = re.compile(
    r"\s?(?:(?:多|余|来)?[条个篇名人项次家张台份例通起单位件笔款套]|(?:[a-z]+\s)?[a-z]{3,}s\b)"
)
_MODEL_SIZE_GLUED_RE = re.compile(r"\d+(?:\.\d+)?[BM](?![A-Za-z])")


@dataclass(slots=True)
class Num:
    """One number with its unit. `start`/`end` cover currency, number, magnitude and unit."""

    start: int
    end: int
    value: float
    unit: str
    raw_unit: str
    decimals: int = 0
    words: bool = False
    scaled: bool = False
    change: str | None = None
    """Direction of a change told in words ("tripled", "减半")."""
    gpu_model: str = ""
    factor: float = 1.0
    """What the written number was multiplied by (magnitude and unit)."""
    bound: str = ""
    """ "about" / "at_least" told by the numeral itself (十来个, 一万多, 三个多小时)."""
    unit_factor: float = 1.0
    """The unit's part of `factor` (seconds → 1000), without the magnitude (k, 万)."""
    above: float = 0.0
    """Room above the value the numeral leaves (五十多 → 10), in the normalised unit."""


_CUTOFF_RE = re.compile(
    r"(?i:\b(?P<m>recall|precision|ndcg|hit rate|hits|mrr|map|success rate|accuracy)(?P<g1>\s+)at(?P<g2>\s+)"
    r"(?P<k>\d{1,3}|one|two|three|five|ten|twenty|fifty|hundred)\b(?!\s*(?:%|percent|ms\b|s\b|秒|个点|points?)|[.,]\d))"
)
"""A ranking measure's cutoff ("Recall at 10", "hit rate at three"): part of its name."""


_EN_UNIT = "|".join(w for w, v in words.SMALL.items() if 0 < v < 10)
_EN_SMALL = "|".join(sorted(words.SMALL, key=len, reverse=True))
_EN_TENS = "|".join(words.TENS)
_ZH_DIGIT = "一二三四五六七八九"
_SPOKEN_INDEX_RE = re.compile(
    rf"(?i:(?<![\w.@])(?:t?p|top)(?:\s+|-)"
    rf"(?:(?:{_EN_TENS})(?:[\s-](?:{_EN_UNIT}))?|(?:{_EN_SMALL})(?:\s(?:{_EN_UNIT}))?)"
    rf"(?:\s+point\s+(?:{_EN_UNIT}))?(?![\w-])"
    r"(?!\s*(?:%|percent|per\s?cent|pct|points?|pp)\b))"
    rf"|(?<![A-Za-z])[Pp]\s?(?:[{_ZH_DIGIT}]?十[{_ZH_DIGIT}]?|[{_ZH_DIGIT}]{{2}})(?![十百千万亿点%个分])"
)
"""A measure's index said aloud ("p ninety-five", "p fifty", "top one", "P 九十九"): part of its
name, never a number of its own (the digits, "p95", "top-1", are read as names already)."""


def _joined(m: re.Match[str]) -> str:
    return re.sub(r"\s", "_", m.group())


def fold(text: str) -> str:
    """Full-width digits, letters and signs folded to ASCII, offsets unchanged; the spaces of a
    measure's cutoff ("Recall at 10") or index said aloud ("p ninety-five") joined so it reads
    as part of the name."""
    folded = text.translate(FULL_WIDTH)
    folded = join_cutoffs(_CUTOFF_RE.sub(_joined, folded))
    return _SPOKEN_INDEX_RE.sub(_joined, folded)


_HMS = r"(?:\d+(?:\.\d+)?\s?h(?:rs?)?\s?\d+\s?m(?:in)?(?:\s?\d+\s?s)?|\d+\s?m(?:in)?\s?\d+\s?s)(?![\w.])"
_ONE_TIME = r"(?:\d+(?:\.\d+)?\s?(?:h(?:rs?)?|m(?:in)?|s))(?![\w.])"
_TIME_ARROW = r"\s*(?:→|->|=>|↓|↑|⬇|⬆|to)\s*"
_COMPOUND_TIME_RE = re.compile(
    rf"(?<![\w.])(?:(?P<a>{_HMS})(?:{_TIME_ARROW}(?P<b>{_HMS}|{_ONE_TIME}))?"
    rf"|(?P<c>{_ONE_TIME}){_TIME_ARROW}(?P<d>{_HMS}))"
)
_TIME_PART_RE = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s?(?P<u>h|m|s)")
_PART_MS = {"h": 3_600_000.0, "m": 60_000.0, "s": 1_000.0}


def _compound_times(text: str) -> list[Num]:
    """ "1h20m → 35m", "2m30s -> 40s", "3h10m ↓ 25m": hours, minutes and seconds told together
    (and the figure across the arrow from them) are one time each, in ms."""
    out: list[Num] = []
    for m in _COMPOUND_TIME_RE.finditer(text):
        for key in ("a", "b", "c", "d"):
            if m.group(key) is None:
                continue
            said = m.group(key)
            ms = sum(float(p["n"]) * _PART_MS[p["u"]] for p in _TIME_PART_RE.finditer(said))
            start, end = m.span(key)
            out.append(Num(start, end, ms, "ms", said.strip(), 0))
    return out


_ZH_DIGIT = "零一二两三四五六七八九"
_SMALL_MONEY_RE = re.compile(
    r"(?<![\d.一二两三四五六七八九十百千万])(?P<a>\d{1,3}|[一二两三四五六七八九十]{1,3})(?:"
    r"(?P<yuan>块|元)(?P<jiao>[零一二两三四五六七八九\d])(?:毛|角)?(?:(?P<fen>[一二两三四五六七八九\d])分?)?"
    r"|(?P<mao>毛|角)(?!利|巾|病|衣|收入|估|坯)钱?(?:(?P<fen2>[一二两三四五六七八九\d])(?:分)?)?"
    r"|(?P<cent>分钱))"
    r"(?![\d.一二两三四五六七八九十百千万个条张次件]|[分秒]|都|也)"  # 一分钱都没花: not a cent
)
"""Small sums of yuan said the spoken way: 一块二 (1.2), 两毛钱 (0.2), 一毛五 (0.15), 三分钱 (0.03)."""


def _digit_zh(said: str) -> float:
    if said.isdigit():
        return float(said)
    return float(words.cn_value(said) or 0)


_COIN_RE = re.compile(
    r"(?i:(?<![A-Za-z])(?:a|one|half\s+a)\s+(?P<coin>penny|nickel|dime)(?![A-Za-z])"
    r"(?=\s*(?:a|an|per|each|for|every|/)\b|\s*[,.;!?]|\s*$|\s+(?:a|per)\s))"
)
_COINS = {"penny": 0.01, "nickel": 0.05, "dime": 0.10}


def _coins(text: str) -> list[Num]:
    """ "about a penny per image", "a dime a call": a small sum of dollars told by its coin."""
    out = []
    for m in _COIN_RE.finditer(text):
        value = _COINS[m["coin"].lower()] * (0.5 if m.group().lower().startswith("half") else 1)
        out.append(Num(m.start(), m.end(), value, "usd", m["coin"], 2))
    return out


def _small_money(text: str) -> list[Num]:
    out: list[Num] = []
    for m in _SMALL_MONEY_RE.finditer(text):
        a = _digit_zh(m["a"])
        if m["yuan"]:
            value = a + _digit_zh(m["jiao"]) * 0.1 + (_digit_zh(m["fen"]) * 0.01 if m["fen"] else 0)
        elif m["mao"]:
            value = a * 0.1 + (_digit_zh(m["fen2"]) * 0.01 if m["fen2"] else 0)
        else:
            value = a * 0.01
        if value > 0:
            out.append(Num(m.start(), m.end(), round(value, 4), "cny", m.group()[len(m["a"]) :], 2))
    return out


def scan(text: str) -> list[Num]:
    """Every number in `text` (already folded) that states a quantity, in order."""
    skipped = [m.span() for m in _SKIP_RE.finditer(text)] + name_parts(text)
    changes = [_change(m) for m in CHANGE_RE.finditer(text)]
    changes += [
        n
        for n in _compound_times(text)
        if not any(c.start < n.end and n.start < c.end for c in changes)
    ]
    changes += [
        n
        for n in [*_multiples(text), *_shares(text), *_small_money(text), *_coins(text)]
        if not any(c.start < n.end and n.start < c.end for c in changes)
    ]
    spelled = [
        s
        for s in words.find(text)
        if not any(a <= s.start < b for a, b in skipped)
        and not any(c.start <= s.start < c.end for c in changes)
    ]
    found: list[Num] = []
    for sp in spelled:
        found.extend(_spelled(text, sp))
    found.sort(key=lambda n: n.start)
    spans = [(sp.start, sp.end + sp.skip) for sp in spelled]
    for m in NUM_RE.finditer(text):
        if any(a <= m.start() < b for a, b in skipped + spans):
            continue
        if any(c.start <= m.start() < c.end for c in changes):
            continue
        if any(n.start <= m.start() < n.end for n in found):
            continue
        num = _number(text, m)
        if num is not None:
            found.append(num)
    found.extend(c for c in changes if not any(c.start < n.end and n.start < c.end for n in found))
    return sorted(_no_denominators(text, found), key=lambda n: n.start)


_PER_DENOM_RE = re.compile(r"(?i:\b(?:per|for\s+every|for\s+each|every)\s*|/\s?)$|每\s*$")
_MONEY = ("usd", "cny", "eur", "gbp")


def _no_denominators(text: str, found: list[Num]) -> list[Num]:
    """ "$0.02 per 1k tokens", "GPU time per 1M tokens dropped from $4 to $1.6": the round figure
    a price is told per is part of the rate, no quantity; "every 10 minutes" stays a time."""
    if not any(n.unit in _MONEY for n in found):
        return found
    out = []
    for n in found:
        told_per = _PER_DENOM_RE.search(text, max(0, n.start - 12), n.start) is not None
        round_ = (
            n.value >= 10
            and float(f"{n.value:.0e}") == n.value
            and str(int(n.value)).strip("0") == "1"
        )
        if told_per and round_ and n.unit in ("", "count", "tokens"):
            continue
        out.append(n)
    return out


_PREFIX_X_RE = re.compile(r"(?<![A-Za-z0-9.])[x×]\s?(\d{1,3}(?:\.\d+)?)(?![\d.%A-Za-z])")
"""A multiple written with its sign first: "×4", "QPS x3"."""
_FACTOR_OF_RE = re.compile(
    r"(?i:(?<![A-Za-z])(?:by\s+)?a\s+factor\s+of\s+(\d{1,3}(?:\.\d+)?)(?![\d%]|\.\d))"
)
_OLD_SHARE_RE = re.compile(
    r"(?:原来|原先|之前|以前|改造前|优化前)的?\s*(?P<a>\d)\s*/\s*(?P<b>\d{1,3})(?![\d/])"
)
"""A digit fraction of the old value: "降低为原来的 1/3" (a third of it: 3 x, down)."""


_PER_MILLE_RE = re.compile(
    r"(?P<of>千|万)分之\s*(?P<n>\d+(?:\.\d+)?|[零一二两三四五六七八九十]{1,3}(?:点[零一二三四五六七八九]+)?)"
)
"""Rates told per thousand or per ten thousand: "千分之五" (0.5 %), "万分之三" (0.03 %)."""
_CHANGE_SHARE_RE = re.compile(
    r"(?:降低|下降|减少|缩短|压缩|缩减|提升|提高|增加|增长)了?\s*(?:约|近|将近)?\s*(?P<a>\d)\s*/\s*(?P<b>\d{1,2})(?![\d/])"
)
"""A change by a digit fraction: "缩短了 2/3" (66.7 %)."""


_ZH_NUM = r"\d+|[一二两三四五六七八九十百]{1,4}"
_PART_OF_WHOLE_RE = re.compile(
    rf"(?P<whole>{_ZH_NUM})\s?(?P<cl>[个道条次份张单件篇])"
    r"(?P<mid>[^，,。；;！？!?\d零一二两三四五六七八九十百千万]{1,12}?)"
    rf"(?P<part>{_ZH_NUM})\s?(?P=cl)"
)
_PART_MID_RE = re.compile(r"里|中|对|过|召回|命中|有|能")
"""A part of a small whole told in counts: "十个里面也就对七个" (70 %), "十道题能答对七道"."""


_SHARE_WORD = r"one|two|three|four|five|six|seven|eight|nine"
_WHOLE_WORDS = {**words.SMALL, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
_EN_SHARE_RE = re.compile(
    rf"(?i:(?<![\w.,])(?P<a>\d{{1,3}}|{_SHARE_WORD})(?:\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"|(?:\s+(?!in\b|out\b|and\b|or\b)[a-z][\w-]*){1,3}?\s+(?:in\s+every|out\s+of(?:\s+every)?)\s+)"
    rf"(?P<b>\d{{1,3}}(?:,\d{{3}})?|\d{{4,5}}|{'|'.join(_WHOLE_WORDS)})\b(?![\d.,]\d|\s?(?:%|[kmb]\b|x\b)|[\s-]*(?:percent|thousand|million|"
    r"billion|ms\b|s\b|secs?\b|seconds?|mins?\b|minutes?|h\b|hrs?\b|hours?|days?|weeks?|months?|"
    r"quarters?|years?|sprints?|天|小时|分钟|秒|周|个月|年)))"
)
"""A share told as a part of a whole with a digit ("1 in 25", "2 out of 5", "one in every 20"):
a percentage; never a time ("3 in 10 days") or an amount ("1 in 5k")."""
_EN_OF_SHARE_RE = re.compile(
    rf"(?i:(?<![\w.,])(?P<a>\d{{1,3}}|{_SHARE_WORD})\s+of\s+(?:every\s+)?(?P<b>4|5|10|20|100|1000|four|five|ten|"
    r"twenty|hundred)"
    r"(?![\d.,]\d|\s?%|\w)(?:\s+(?P<noun>[a-z][\w-]*)|\s*(?=[.,;!?]|$)))"
)
"""The non-native share without 'out' ("one of five user is using it", "6 of 10 answer is correct",
"now is 9 of 10."): a percentage of the things named, never of a team or a time."""
_NOT_SHARED = frozenset(
    "the a an us them our their these those my your people person persons engineers engineer developers "
    "developer members member colleagues colleague folks devs interns teammates guys team teams years year "
    "months month weeks week days day hours hour minutes minute seconds second which what".split()
)
_LINKS = frozenset("to and or in on at by for now before after then".split())
_FROM_TO_RE = re.compile(r"(?i:\b(?:from|to)\s+$)")
"""A share without its noun stands when it is one end of a change ("from one of four to one of
twenty")."""
_WHO_IS_RE = re.compile(r"(?i:\b(?:i|we|he|she|they|you)\s*(?:was|am|were|are|'m|'re)\s+$)")
_RATED_RE = re.compile(
    r"(?i:\b(?:rat(?:ed|es|ing)|scor(?:ed|es|ing)|stars?|grad(?:ed|e))\b)|打分|评分"
)
_FRACTION_OF_RE = re.compile(
    r"(?<![\d/.])(?P<a>\d)\s?/\s?(?P<b>\d{1,2})(?![\d/.])(?=\s*(?:的|(?i:of)\b))"
)
"""A digit fraction of a population ("1/3 of the requests", "1/4 的流量")."""


def _zh_small(said: str) -> float | None:
    """ "五" → 5, "十五" → 15, "二十" → 20, "一点五" → 1.5; None when not such a numeral."""
    whole, _, dec = said.partition("点")
    if re.fullmatch(r"\d+(?:\.\d+)?", whole):
        return float(whole)
    if "十" in whole:
        tens, _, ones = whole.partition("十")
        value = (words.CN_DIGIT.get(tens, 0) if tens else 1) * 10 + (
            words.CN_DIGIT.get(ones, 0) if ones else 0
        )
    elif len(whole) == 1 and whole in words.CN_DIGIT:
        value = words.CN_DIGIT[whole]
    else:
        return None
    digits = "".join(str(words.CN_DIGIT.get(c, "")) for c in dec)
    return float(f"{value}.{digits}") if digits else float(value)


def _shares(text: str) -> list[Num]:
    out: list[Num] = []
    for m in _PER_MILLE_RE.finditer(text):
        n = _zh_small(m["n"])
        if n is not None:
            scale = 10.0 if m["of"] == "千" else 100.0
            out.append(Num(m.start(), m.end(), n / scale, "%", m.group(), words=True))
    for m in _PART_OF_WHOLE_RE.finditer(text):
        whole, part = (
            float(x) if x.isdigit() else words.cn_value(x) for x in (m["whole"], m["part"])
        )
        if not _PART_MID_RE.search(m["mid"]):
            continue
        if whole is None or part is None:
            continue
        if (
            whole in (10.0, 20.0, 100.0, 1000.0) or _small_whole(text, m, whole)
        ) and 0 < part < whole:
            out.append(Num(m.start(), m.end(), round(100 * part / whole, 4), "%", "share"))
    for m in _CHANGE_SHARE_RE.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if 0 < a < b:
            out.append(Num(m.start("a"), m.end(), round(100 * a / b, 4), "%", m.group()))
    for m in [*_EN_SHARE_RE.finditer(text), *_FRACTION_OF_RE.finditer(text)]:
        part = float(m["a"]) if m["a"].isdigit() else float(words.SMALL[m["a"].lower()])
        said = m["b"].replace(",", "")
        of = float(said) if said.isdigit() else float(_WHOLE_WORDS[said.lower()])
        if _RATED_RE.search(text, max(0, m.start() - 30), m.start()) or 1900 <= of <= 2100:
            continue  # "rated it four out of five": a score; "won one in 2022": a year
        if 0 < part < of and not any(n.start < m.end() and m.start() < n.end for n in out):
            out.append(Num(m.start(), m.end(), round(100 * part / of, 4), "%", "share"))
    out.extend(_of_shares(text, out))
    return out


def _of_shares(text: str, taken: list[Num]) -> list[Num]:
    """ "one of five user", "6 of 10 answer", "now is 9 of 10." (see _EN_OF_SHARE_RE)."""
    out: list[Num] = []
    for m in _EN_OF_SHARE_RE.finditer(text):
        noun = (m["noun"] or "").lower()
        noun = "" if noun in _LINKS else noun
        said = m["b"].lower()
        of = float(said) if said.isdigit() else float(_WHOLE_WORDS[said])
        part = float(m["a"]) if m["a"].isdigit() else float(words.SMALL[m["a"].lower()])
        paired = _FROM_TO_RE.search(text, max(0, m.start() - 6), m.start()) is not None
        if noun in _NOT_SHARED or (not noun and of not in (10.0, 100.0) and not paired):
            continue
        if _WHO_IS_RE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "I am one of 4 reviewers": who one is
        if 0 < part < of and not any(n.start < m.end() and m.start() < n.end for n in taken):
            out.append(Num(m.start(), m.end("b"), round(100 * part / of, 4), "%", "share"))
    return out


def _small_whole(text: str, m: re.Match[str], whole: float) -> bool:
    """ "每五单就有一单", "五个里面就有一个": a share of any small whole told per that whole or
    as a part among it."""
    if whole > 10 or re.search(r"人|同事|同学|工程师|成员", m["mid"]):
        return False  # "四个人里两个做数据": a team told by its parts
    return (
        text[max(0, m.start() - 1) : m.start()] == "每" or re.search(r"里|中", m["mid"]) is not None
    )


def _multiples(text: str) -> list[Num]:
    out = [
        Num(m.start(), m.end(), float(m.group(1)), "x", m.group(), words=False)
        for m in _PREFIX_X_RE.finditer(text)
        if float(m.group(1)) > 1
    ]
    for m in _FACTOR_OF_RE.finditer(text):  # "by a factor of 4": the multiple, no sign
        out.append(Num(m.start(), m.end(), float(m.group(1)), "x", m.group(), words=False))
    for m in _OLD_SHARE_RE.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if 0 < a < b:
            out.append(Num(m.start("a"), m.end(), b / a, "x", m.group(), change="down"))
    return out


def _change(m: re.Match[str]) -> Num:
    assert m.lastgroup is not None
    _, value, unit, direction = CHANGE_WORDS[int(m.lastgroup[1:])]
    return Num(m.start(), m.end(), float(value), unit, m.group(), words=True, change=direction)


def _number(text: str, m: re.Match[str]) -> Num | None:
    start, end = m.span()
    memory = unit_at(text, end)
    if _is_identifier(text, start, end) and not (memory and memory[:1] == ("bytes",)):
        return None  # "A100", "5G"; but "80G 降到 24G" is an amount of memory
    if _SKIP_BEFORE_RE.search(text, max(0, start - 10), start):
        return None
    if text.startswith(".", end) and end + 1 < len(text) and text[end + 1].isdigit():
        return None
    if end < len(text) and text[end] in "月日号届级":
        return None
    digits = m.group("ar")
    value = float(digits.replace(",", "") + (m.group("dec") or ""))
    decimals = len(m.group("dec")) - 1 if m.group("dec") else 0
    num = _with_unit(text, start, end, value, decimals)
    if (
        num.unit == "h"
        and num.raw_unit.startswith("年")
        and _is_year(digits, m.group("dec"), text, end)
    ):
        return None  # "从 2019 年到 2021 年": years of the calendar, not a span of 2019 years
    if num.unit == "" and not num.scaled:
        if (
            _is_year(digits, m.group("dec"), text, end)
            and not _COUNTED_AFTER_RE.match(text, end)
            and not _year_like_per_period(text, start, end)
            and not _set_to(text, start)
        ):
            return None
        if len(digits.replace(",", "")) >= 7 and decimals == 0:
            return None  # ids and phone numbers
    return num


_YEAR_BEFORE_RE = re.compile(
    r"(?i:\b(?:in|since|by|until|till|from|of|during|after|before|early|late|mid|year|circa)\s*-?\s*$)"
)


_SET_TO_RE = re.compile(r"\s*(?:[:：=]|为|是|设为|设成|设置为|调到|of|is|was|set to|=)?\s*$", re.I)


def _set_to(text: str, start: int) -> bool:
    """ "序列长度为 2048", "context length 2048", "max_len 设成 2048": a setting's value, no year."""
    from interviewer.quantities.vocab import vocab

    before = text[max(0, start - 28) : start]
    m = _SET_TO_RE.search(before)
    head = before[: m.start()] if m else before
    found = list(vocab().settings_re.finditer(head))
    return bool(found) and found[-1].end() == len(head.rstrip())


def _year_like_per_period(text: str, start: int, end: int) -> bool:
    """ "around 2000 a month": a figure told per period, not the year 2000 ("in 2000 a …")."""
    if not _PERIOD_AFTER_RE.match(text, end) or re.match(
        r"\s+\w+\s+\w+\s+(?:later|ago|earlier|before|after)\b", text[end:]
    ):
        return False
    return not _YEAR_BEFORE_RE.search(text, max(0, start - 12), start)


def _is_year(digits: str, dec: str | None, text: str, end: int) -> bool:
    return (
        not dec
        and len(digits) == 4
        and 1950 <= int(digits) <= 2099
        and not text.startswith(("+", "万", "k", "K"), end)
        and not _changed_to_no_year(text, end)
    )


_CHANGED_TO_RE = re.compile(
    r"\s*(?:[^\d\s，,。；;]{0,4}?(?:到|至)|\s*(?:→|->|to))\s*(?:了|约|大约|about|around)?\s*"
    r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<s>万|千|亿|k|K|M|%|倍|x)?",
    re.IGNORECASE,
)


def _changed_to_no_year(text: str, end: int) -> bool:
    """ "日活从 2000 增长到 1.5 万", "from 2000 to 15,000": a change to a figure that is no
    year, so the first is no year either ("from 2019 to 2021" stays two years)."""
    m = _CHANGED_TO_RE.match(text, end)
    if m is None:
        return False
    n = m["n"].replace(",", "")
    return bool(m["s"]) or "." in n or not (len(n) == 4 and 1950 <= int(n) <= 2099)


def _is_identifier(text: str, start: int, end: int) -> bool:
    """The number is part of a name: "GPT-4", "A100", "Qwen2.5" (but "Qwen2.5-14B" sizes 14B)."""
    if start == 0:
        return False
    before = text[start - 1]
    if before == "-" and _MODEL_SIZE_GLUED_RE.match(text, start):
        return False
    if (before.isascii() and (before.isalpha() or before == "_")) or before == "@":
        return True
    if before in ".-" and start >= 2 and text[start - 2].isascii() and text[start - 2].isalnum():
        i = start - 1
        floor = max(0, start - 40)
        while (
            i > floor and text[i - 1].isascii() and (text[i - 1].isalnum() or text[i - 1] in "._")
        ):
            i -= 1
        if re.fullmatch(r"\d+(?:\.\d+)?[xX×]", text[i : start - 1]):
            return False  # "2x-3x faster": a range of multiples, not a name
        return any(c.isalpha() for c in text[i : start - 1])
    after = text[end : end + 1]
    return bool(after) and after.isascii() and after.isalpha() and _glued_name(text, end)


_TIME_PAIR_RE = re.compile(
    r"\d(?:\.\d+)?[dwhm]\s*(?:→|->|=>|⇒)\s*\d+(?:\.\d+)?\s*(?:[dwhm]|min|s)\b"
)


def _glued_name(text: str, end: int) -> bool:
    """ "3090" in "RTX3090" is caught before; "2d" / "4o" / "5th" are names or ordinals."""
    word = re.match(r"[A-Za-z]+", text[end:])
    assert word is not None
    w = word.group().lower()
    if word.group() in ("d", "w") and _TIME_PAIR_RE.search(text, max(0, end - 12), end + 12):
        return False  # "9d→2d", "2w→3d": days and weeks in a terse change, not "2D"
    return w in {"d", "o", "th", "st", "nd", "rd", "g", "x86"} or (
        len(w) > 1
        and w
        not in {
            "k",
            "m",
            "b",
            "x",
            "ms",
            "s",
            "h",
            "gb",
            "tb",
            "mb",
            "pb",
            "bn",
            "mn",
            "pp",
            "pt",
            "pts",
            "qps",
            "tps",
            "rps",
            "min",
            "mins",
            "hrs",
            "hr",
            "wks",
            "yrs",
            "mos",
            "rmb",
            "usd",
            "cny",
        }
        and not re.match(r"(?:k|m|b|x)$", w)
    )


_NEXT_PLACE = {"亿": ("千万", 1e7), "万": ("千", 1e3), "千": ("百", 1e2)}
_NEXT_PLACE_RE = re.compile(r"(?P<d>[1-9])(?P<place>千万|千|百)?(?![\d.%％:：/])")
_FOUR_DIGITS_RE = re.compile(r"(?P<d>\d{4})(?![\d.%％])")


def _zh_next_place(text: str, pos: int, key: str) -> tuple[float, int] | None:
    """What a Chinese place word's figure goes on with: "3万5千" (35,000), spoken "1万2"
    (12,000, the next place down), "3万2500" (32,500), "1亿2千万", "3千5"; None when the
    digits after it are a figure of their own."""
    if key not in _NEXT_PLACE:
        return None
    place, step = _NEXT_PLACE[key]
    if key == "万":
        four = _FOUR_DIGITS_RE.match(text, pos)
        if four:
            return float(four["d"]), four.end()
    m = _NEXT_PLACE_RE.match(text, pos)
    if m is None or (m["place"] and m["place"] != place):
        return None
    return int(m["d"]) * step, m.end()


def _with_unit(text: str, start: int, end: int, value: float, decimals: int) -> Num:
    """Currency before, magnitude and unit after the digits at [start, end)."""
    pos = end
    more = re.match(r"\s?(?:\+|多|余)", text[pos:])
    pos += more.end() if more else 0
    ish = re.match(r"(?i:-ish|\s?ish)(?=\s+[a-z])", text[pos:])  # "200-ish milliseconds"
    told_ish = ish and (unit_at(text, pos + ish.end()) or (None,))[0] in ("ms", "h", "usd", "qps")
    if ish and told_ish:
        pos += ish.end()
    factor, scaled = 1.0, False
    unit, raw_unit = "", ""
    gpu = gpu_at(text, pos)
    if gpu is not None:
        model, gpu_end = gpu
        return Num(
            start, gpu_end, value, "gpu", text[pos:gpu_end].strip(), decimals, gpu_model=model
        )
    found = unit_at(text, pos)
    mag = MAGNITUDE_RE.match(text, pos)
    if mag and not (found and found[3] >= mag.end() and found[0] in ("params", "bytes", "x")):
        key = mag.group().strip().lstrip("-").lower()
        factor, scaled, pos = MAGNITUDES[key], True, mag.end()
        rest = _zh_next_place(text, pos, key)
        if rest is not None and decimals == 0:
            value, pos = value + rest[0] / factor, rest[1]
        more = re.match(r"\+|多|余", text[pos:])
        pos += more.end() if more else 0
        found = unit_at(text, pos)
        if key == "b" and not found:  # "14B" alone is a model size
            found = ("params", 1.0, "B", pos)
    if found:
        unit, unit_factor, raw_unit, pos = found
        factor *= unit_factor
        half = _HALF_AFTER_RE.match(text, pos) if unit in ("h", "ms") else None
        if half:
            value, pos = value + 0.5, half.end()  # 一年半, "a year and a half"
    prefix = text[start - 1] if start else ""
    if prefix in CURRENCY_PREFIX and unit in ("", "params"):
        unit, raw_unit, start = CURRENCY_PREFIX[prefix], prefix, start - 1
        if found and found[0] == "params":
            factor = 1e9
    elif unit == "" and text.startswith("百分之", max(0, start - 3)) and start >= 3:
        unit, raw_unit, start = "%", "百分之", start - 3
    elif unit == "" and text.startswith("成", pos):
        unit, raw_unit, factor, pos = "%", "成", factor * 10, pos + 1
        tenth = re.match(r"[一二三四五六七八九](?![十百千万成个])", text[pos:])
        if tenth and factor == 10 and decimals == 0:  # 八成九: 89 %
            value, pos = value + words.cn_value(tenth.group()) / 10, pos + 1  # type: ignore[operator]
    unit_factor = found[1] if found else 1.0
    num = Num(start, pos, value * factor, unit, raw_unit, decimals, scaled=scaled, factor=factor)
    if told_ish:
        num.bound = "about"
    num.unit_factor = unit_factor
    return num


@lru_cache(maxsize=1)
def _gpu_re() -> re.Pattern[str]:
    from interviewer.quantities.vocab import vocab

    models = vocab().gpu_models
    return re.compile(
        rf"\s?(?:[x×]\s?|张\s?|块\s?|\s|(?:-|\s)?(?:way|node)\s)(?P<model>{models})(?:s\b)?"
        rf"|\s?(?P<bare>张|块)(?!\w)",
        re.IGNORECASE,
    )


def gpu_at(text: str, pos: int) -> tuple[str, int] | None:
    """ "8x H100", "8 × A100", "8张A100", "4 GPUs": the accelerator model and the span's end."""
    m = _gpu_re().match(text, pos)
    if not m or m.group("bare"):
        return None
    return m.group("model"), m.end()


_HEDGES = (
    r"(?:(?:about|around|roughly|maybe|like|just|only|approximately|nearly|almost|under|over|"
    r"i\s+(?:want\s+to\s+say|think|guess|believe|reckon)|if\s+i\s+remember(?:\s+right)?|"
    r"say|something\s+like)[\s,]*)*"
)
# "from about eighteen thousand to roughly seven", "got it down to, I want to say, eighteen",
# "brought that down to about eight now": a level a change ended at, told after its verb.
_TO_LEVEL_RE = re.compile(
    r"(?i)(?:\bfrom\b.*\bto|\b(?:down|up|cut|reduced?|brought|dropped|fell|rose|climbed|grew|"
    r"increased|decreased|lowered|raised|improved|shrank|shrunk)\b(?:\s+\w+){0,3}?\s+to)"
    r"[\s,]*" + _HEDGES + r"$"
)
_FULL_RE = re.compile(r"\s+(?:full|whole|entire|solid)(?=\s)", re.IGNORECASE)
_HALF_AFTER_RE = re.compile(r"半|\s+and\s+(?:a\s+)?half\b", re.IGNORECASE)
TEAM_OF_RE = re.compile(
    r"(?i:\b(?:team|squad|crew|group|pod|unit) of|headcount (?:was|is|of)|team size (?:was|is|of)|"
    r"\bwe\s+(?:were|are)(?:\s+(?:just|only|about|around|like|maybe|roughly))?|团队|小组)\s*$"
)
"""A team told before its size ("a squad of nine", "we were nine", 团队 5)."""
_CLASSIFIER_RE = re.compile(
    r"(?:个|名|位|条|篇|项|次|家|款|套|张|台|份|道|通|批|笔|轮|组|段|处|起|例|行)"
)


def _measure_before(text: str, at: int) -> bool:
    from interviewer.quantities.vocab import vocab

    lo = max([at - 32, *(m.end() for m in re.finditer(r"[.;!?,]\s", text[:at]))])
    window = text[max(0, lo) : at]
    named = list(vocab().family_re.finditer(window))
    return bool(named) and _VALUE_VERB_RE.search(window[named[-1].end() :]) is not None


_VALUE_VERB_RE = re.compile(
    r"(?i)^\s*(?:\w+\s+){0,2}?(?:is|was|were|hit|hits|reached|sat|sits|stood|stands|came in|"
    r"ended|landed|got|went|dropped|rose|fell|climbed|of|at|around|about|roughly)\b[^.]*$"
)
_PERIOD_AFTER_RE = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year|hour|quarter)\b", re.IGNORECASE
)
_NOUN_AFTER_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?P<n>[a-z][\w-]*s)\b")
_IDIOM_ONE_RE = re.compile(r"(?:有|某|那|这|哪|每|同|另)$")
_SPAN_BEFORE_RE = re.compile(
    r"(?:了|用|花|要|历时|为期|经过|大概|大约|约|快|小|持续|差不多|将近|才|只|就|前后|整整)$"
)
_FROM_TIME_TO_RE = re.compile(r"\s*(?:左右|多)?\s*(?:[降减缩压优提变]\S{0,3})?(?:到|至|为)")
_ZH_LEVEL_RE = re.compile(
    r"(?:到|至|为|是|约|大概|大约|差不多|将近|接近|只有|才|花|省|赚|亏|投入|付|了)个?\s*"
    r"(?:[A-Za-z][\w-]*\s*)?$"  # code-mixed: "能省 cost 三十万"
)
_ZH_PERIOD_BEFORE_RE = re.compile(
    r"(?:(?:一|每)个?(?:天|日|周|星期|礼拜|月|年|季度|小时|钟头|晚上?)|[日周月年]均|天天|单日)"
    r"[^，,。；;！？!?：:\d零一二两三四五六七八九十百千万]{0,6}$"
)
"""A period before a bare count ("一天也就", "每周大概", "日均处理"): the count is per period."""
_NUMERAL_NEAR_RE = re.compile(r".{0,4}?[\d一二两三四五六七八九十百千万]")
_ALONE_AFTER_RE = re.compile(
    r"\s*(?:出头|左右|上下|多|来|吧|的样子|这样|差不多)*\s*[。.!！~～]?\s*$"
)


def _opens(text: str, at: int) -> bool:
    """Nothing but a hedge opens the sentence before `at`."""
    lo = max((text.rfind(p, 0, at) for p in "。！？!?；;\n"), default=-1) + 1
    return (
        re.fullmatch(r"\s*(?:嗯|呃|大概|大约|差不多|约|就|也就)?[，,\s]*", text[lo:at]) is not None
    )


_ZH_IDIOMS = frozenset({"万一", "千万", "一一", "十分", "百分百", "三三两两", "千千万万"})


def _spelled(text: str, sp: words.Spelled) -> list[Num]:
    """A number in words with its unit; it needs a unit, a counted thing, or to be a share,
    a decimal or a compound ("three hundred") to count as a quantity ("one of them" does not)."""
    at = sp.high_start if sp.low is not None else sp.start
    pos = sp.end + sp.skip
    if sp.share:
        num = Num(sp.start, sp.end, sp.value, "%", "share", 1, words=True)
        return [num]
    if sp.skip == 2:  # 三个多小时, 两个半月: the unit is told with its 个
        found = unit_at("个" + text[pos : pos + 12], 0)
        if found is None and text.startswith("月", pos):
            found = ("h", 730.0, "个月", 2)
        if found is None or found[0] not in ("h", "ms"):
            return []
        unit, factor, raw, end = found
        num = Num(at, pos + end - 1, sp.value * factor, unit, raw, sp.decimals, factor=factor)
    else:
        full = _FULL_RE.match(text, pos)  # "one full day", "two whole weeks"
        if full and (found := unit_at(text, full.end())) is not None and found[0] == "h":
            pos = full.end()
        hyphened = unit_at(text, pos + 1) if text.startswith("-", pos) else None
        if (
            hyphened is not None
            and hyphened[0] in ("h", "ms")
            and not sp.zh
            and not text.startswith("-old", hyphened[3])
        ):
            pos += 1  # "a six-week sprint", "a two-month migration"
        num = _with_unit(text, at, pos, sp.value, sp.decimals)
        if num.unit == "" and not num.scaled:
            # the bound (多, 来) and the counted thing are read after it; 几 (三十几) is read already
            num.end = pos if text.startswith("几", sp.end) else sp.end
    num.words, num.bound = True, sp.bound
    num.above = sp.above * num.value / sp.value if sp.value else 0.0
    if not _spelled_counts(text, sp, num, pos):
        return []
    if sp.low is None:
        return [num]
    low = Num(sp.start, sp.low_end, sp.low, "", "", 0, words=True)
    return [low, num]


_ONE_VALUE_BEFORE_RE = re.compile(
    r"(?:等|需|需要|得|是|为|到|降到|超过|不到|平均|延迟|时延|耗时|响应|用时|大概|大约|约|差不多|将近|接近|"
    r"也就|只要|只需|才|就|(?i:p\d{2,3}|ttft|latency))\s*$"
)
_ONE_BOUND_AFTER_RE = re.compile(r"\s*(?:左右|上下|多|以内|之内|内|出头|不到)")


def _one_of_time(text: str, sp: words.Spelled, num: Num) -> bool:
    """一 before a unit of time: a period before a figure ("一天四十万次", "一秒能处理五百个"),
    else one of that unit when told as a value — after a verb, a hedge or a measure ("等一个小时",
    "P99 大概一秒", 做了一年) or with a bound (一秒左右); 第一个月 is an ordinal."""
    if text[num.end - 1 : num.end] == "半":
        return True  # 一秒半, 一年半: a time told with its half is a value
    if text[max(0, sp.start - 1) : sp.start] == "第":
        return False
    if re.search(r"[从由]$", text[max(0, sp.start - 1) : sp.start]):
        # "从一个小时降到十分钟": the baseline of a change; "从一天处理 5 万单" a period
        return _FROM_TIME_TO_RE.match(text, num.end) is not None
    before = text[max(0, sp.start - 4) : sp.start]
    if num.unit == "h" and _SPAN_BEFORE_RE.search(before):
        return True  # 做了一年, 花一个月
    if _NUMERAL_NEAR_RE.match(text, num.end):
        return False  # a period before a figure
    if num.unit == "h" and _opens(text, sp.start):
        return True  # "一个季度就搞完了": a span answering
    return bool(_ONE_VALUE_BEFORE_RE.search(before) or _ONE_BOUND_AFTER_RE.match(text, num.end))


def _zh_measure_before(text: str, at: int) -> bool:
    """A measure named right before a Chinese numeral ("准确率八十七八", "召回 九十")."""
    from interviewer.quantities.vocab import vocab

    window = text[max(0, at - 12) : at]
    return any(m.end() >= len(window.rstrip()) for m in vocab().family_re.finditer(window))


_ZH_RANGE_ON_RE = re.compile(r"\s?(?:到|至|~|～|-|–)\s?[一二两三四五六七八九十\d]")


def _zh_bare_counts(text: str, sp: words.Spelled) -> bool:
    """A Chinese numeral with neither unit nor classifier counts when told per period, as a
    level, or as the whole answer."""
    if text[sp.start : sp.end] in _ZH_IDIOMS:
        return False
    if _ZH_PERIOD_BEFORE_RE.search(text[max(0, sp.start - 12) : sp.start]):
        return True  # "一天五千。", "一周也就两千单": an amount told per period
    told = _ZH_LEVEL_RE.search(text[max(0, sp.start - 16) : sp.start]) is not None
    told = told or _zh_measure_before(text, sp.start)  # "准确率八十七八"
    alone = _opens(text, sp.start) and _ALONE_AFTER_RE.match(text, sp.end) is not None
    from interviewer.quantities.vocab import vocab

    if _ZH_RANGE_ON_RE.match(text, sp.end) and vocab().family_re.search(
        text, max(0, sp.start - 10), sp.start
    ):
        told = True  # "准确率在八十到八十五之间": the low end of a range of a measure
    return sp.value >= 10 and (told or alone)  # "QPS 大概三十", "提升到九十一", only "两千出头。"


_NOW_LEVEL_RE = re.compile(
    r"(?i:\b(?:now|today|these\s+days|nowadays|currently)\b[\s,]*(?:it'?s|it\s+is|we'?re|we\s+are|"
    r"that'?s|they'?re|we\s+get|we\s+see)?\s*(?:more\s+like|closer\s+to|about|around|like|maybe|"
    r"roughly|only|just|down\s+to|up\s+to|at)?\s*$)"
)
_THEN_LEVEL_RE = re.compile(
    r"(?i:\b(?:used\s+to|was|were|had|before|previously|back\s+then|at\s+first)\b[^.;!?]*?"
    r"(?:\d|\b(?:"
    + "|".join(words.SMALL)
    + "|"
    + "|".join(words.TENS)
    + r"|hundred|thousand|dozen)\b))"
)
"""A level said bare after 'now' ("now it's more like sixty-five") is the level now when a level
was told as what it used to be just before."""


def _spelled_counts(text: str, sp: words.Spelled, num: Num, pos: int) -> bool:
    if num.unit in ("tokens", "qps") or sp.decimals or sp.bound or sp.above:
        return True
    if sp.zh:
        first = text[sp.start : sp.end] == "一"
        if num.unit in WORD_NUMBER_UNITS:
            if not first or num.unit in ("x", "pp", "%", "people"):
                return not (first and _IDIOM_ONE_RE.search(text[max(0, sp.start - 1) : sp.start]))
            return num.unit in ("h", "ms") and _one_of_time(text, sp, num)
        if re.match(r"\s?(?:多|来|余)?", text[sp.end :]) and _CLASSIFIER_RE.match(text, pos):
            return not first and text[sp.start : sp.end] not in ("千", "百")
        return not first and _zh_bare_counts(text, sp)
    if num.unit in WORD_NUMBER_UNITS or num.scaled:
        return True
    if TEAM_OF_RE.search(text[max(0, sp.start - 24) : sp.start]):
        return True
    if _TO_LEVEL_RE.search(text[max(0, sp.start - 60) : sp.start]):
        return True  # "from about eighteen thousand a month to roughly seven"
    word = text[sp.start : sp.end].lower()
    if word in ("one", "a few", "a couple", "a couple of", "zero"):
        return False
    if word in ("a couple dozen", "a couple of dozen"):
        return True  # "a couple dozen customer": said of things, whatever the noun's number
    if sp.value >= 10 and _measure_before(text, sp.start):
        return True  # "Accuracy hit ninety-one": a value of the measure just named
    now = _NOW_LEVEL_RE.search(text, max(0, sp.start - 40), sp.start)
    if now and _THEN_LEVEL_RE.search(text, max(0, now.start() - 100), now.start()):
        return True  # "used to close forty tickets a day, now it's more like sixty-five": the level now
    if sp.value >= 100 and _PERIOD_AFTER_RE.match(text, sp.end):
        return True  # "about a thousand a night": an amount told per period
    return bool(_NOUN_AFTER_RE.match(text[sp.end :])) or sp.tokens >= 2 and sp.value >= 100


_EN_NUMERALS = "|".join(sorted([*words.SMALL, *words.TENS], key=len, reverse=True))
_FIGURES_RE = (
    re.compile(r"(?<![A-Za-z@_\d.-])\d"),
    re.compile(rf"(?i:\b(?:{_EN_NUMERALS})\b)"),
    re.compile(
        r"[零一二两三四五六七八九十百千万半]{2,}|[一二两三四五六七八九十半](?=\s*[个点%倍秒分毫万千百成])"
    ),
)


def figure_at(text: str, start: int, end: int) -> int:
    """Where the figure of a quantity's span starts: digits first, then a number in words; never a
    digit of a name (F1, BM25, p99) or a numeral of a word (第一版, 一致率)."""
    for figure_re in _FIGURES_RE:
        m = figure_re.search(text, start, end)
        if m:
            return m.start()
    return start
