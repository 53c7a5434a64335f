"""Numbers written in words, zh and en: compounds ("three hundred", "twelve hundred", "ninety-two",
"two point five", 一万二, 零点八, 百分之四点八), halves ("half a second", "two and a half",
两个半小时, 半年), shares ("two thirds", "one in five", "a fifth of", 三分之二), approximations and
lower bounds (十来个, 一万多, 三个多小时) and spoken ranges ("five or six", 四五个).

`find` only reads the numeral; which unit or counted thing follows is the scanner's business
(scan.py), so a number in words is read with the same units as one in digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SMALL = _SMALL = {
    "zero": 0,
    "one": 1,
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
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = _TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10,
              "twentieth": 20, "hundredth": 100}  # fmt: skip
#: Vague amounts kept as before: "a dozen bugs", "a couple of weeks", "a few engineers".
_DIGIT_WORDS = {**{w: v for w, v in _SMALL.items() if v < 10}, "oh": 0}
#: Words before "a year" / "a month" that make it a span told ("just over a year"), not a
#: period ("twice a year") or a time ("a year ago").
_SPAN_CUE_RE = re.compile(
    r"(?i)\b(?:over|under|about|almost|nearly|around|roughly|than|within|took|takes|took us|take us|"
    r"takes us|took me|lasted|for|in"
    r"|close to|just about|the better part of|a good|spent|spend)\s+$"
)
_TIME_WORDS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
_VAGUE = (
    ("a couple dozen", 24),
    ("a couple of dozen", 24),
    ("a couple of", 2),
    ("a couple", 2),
    ("a few", 3),
    ("a dozen", 12),
    ("dozen", 12),
)
#: Whole numbers a share is told against ("one in five", "four out of ten").
_PER = frozenset({2, 3, 4, 5, 10, 20, 100, 1000})

#: What after "one in <n>" makes <n> an amount or a time, not the whole of a share.
_NOT_A_WHOLE = frozenset(
    "percent thousand million billion hundred seconds second minutes minute hours hour days day "
    "weeks week months month quarters quarter years year sprints sprint".split()
)
_TOKEN = re.compile(r"[A-Za-z]+")
#: "cut false alerts by, like, a third", "churn down a quarter": a share told as the size of a
#: change.
_BY_RE = re.compile(
    r"(?i)\b(?:by|up|down)\b[\s,]*(?:(?:like|about|roughly|around|almost|nearly|maybe|some|just over|"
    r"just under|over|under|a good)[\s,]+)?$"
)
#: Words in a clause that make "by a quarter" a time a plan moved by ("slipped by a quarter").
_MOVED_RE = re.compile(
    r"(?i)\b(?:delay\w*|slip\w*|postpon\w*|push\w*|pull\w*|mov\w*|extend\w*|brought forward|"
    r"back|ahead|early|earlier|late|later|behind|launch\w*|deadline|schedule\w*|timeline|release)\b"
)
#: "cut inference cost to a third": the new value as a share of the old.
_TO_SHARE_RE = re.compile(
    r"(?i)\b(?:cut|cutting|reduced?|reducing|lowered|lowering|shrank|shrunk|brought)\b[^.;,]*\bto\s+$"
)
_JOIN = re.compile(r"[ \t]*-?[ \t]*|[ \t]+")


@dataclass(slots=True)
class Spelled:
    """One number in words. `end` is where the numeral stops (a unit may follow)."""

    start: int
    end: int
    value: float
    decimals: int = 0
    tokens: int = 1
    """Words in the numeral ("three hundred" is 2): a compound needs no unit to be a number."""
    share: bool = False
    """A part of a whole, in percent ("two thirds" → 66.7)."""
    low: float | None = None
    low_end: int = 0
    high_start: int = 0
    """A spoken range ("five or six", 四五个): the low value, where its numeral ends and where
    the high one starts (`start` is the low one's start)."""
    bound: str = ""
    """ "about" or "at_least" told by the numeral itself."""
    above: float = 0.0
    """Room the numeral leaves above its value: 五十多 is 50-60 (10), 十来个 10-15 (5),
    三个多小时 3-4 h (1), 十几 11-19 (8)."""
    skip: int = 0
    """Characters between the numeral and its unit that belong to it (个多, 个半)."""
    zh: bool = False


_DECADES = {
    "twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80,
    "ninet": 90,
}  # fmt: skip
_DECADE_RE = re.compile(
    r"(?i)\b(?:(?P<part>low|lower|mid|middle|high|upper)[\s-]*)?"
    r"(?P<dec>twent|thirt|fort|fift|sixt|sevent|eight|ninet)(?:ies\b|y[\s-]*something\b|y[\s-]*odd\b)"
)
#: Where in a decade ("the low eighties" 80-83, "mid" 84-86, "high" 87-89.9).
_DECADE_PART = {"low": (0.0, 3.0), "mid": (4.0, 2.0), "high": (7.0, 2.9)}


def _decades(text: str) -> list[Spelled]:
    """ "in the low eighties", "mid-seventies", "ninety-something": a range within a decade."""
    out: list[Spelled] = []
    for m in _DECADE_RE.finditer(text):
        base = float(_DECADES[m.group("dec").lower()])
        part = (m.group("part") or "").lower()
        part = {"lower": "low", "middle": "mid", "upper": "high"}.get(part, part)
        at, room = _DECADE_PART.get(part, (0.0, 9.9))
        out.append(Spelled(m.start(), m.end(), base + at, tokens=2, above=room))
    return out


_FIGURE_COUNTS = {"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


@lru_cache(maxsize=1)
def _vague_en_re() -> re.Pattern[str]:
    from interviewer.quantities.vocab import vocab, words_pattern

    v = vocab().data.vague_en
    before = words_pattern(list(v.before_scale))
    scales = words_pattern(list(v.scales))
    plural = words_pattern(list(v.plural_scales))
    parts = words_pattern([p for p in v.figures if p])
    figures = words_pattern(list(_FIGURE_COUNTS))
    return re.compile(
        rf"(?P<q>{before})[\s-]+(?P<s>{scales})(?![A-Za-z])"
        rf"|(?P<p>{plural})(?:\s+of\s+(?P<p2>{plural}))?(?:\s+of)(?=\s+[a-z])"
        rf"|(?:(?:the|a)\s+)?(?:(?P<part>{parts})[\s-]+)?(?P<n>{figures})[\s-]+figures?\b",
        re.IGNORECASE,
    )


_NUMERAL_BEFORE_RE = re.compile(
    r"(?i:(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred))\s*$)"
)


def _vague_english(text: str) -> list[Spelled]:
    """ "several hundred" (300-900), "a few thousand", "hundreds of", "tens of thousands",
    "low six figures": a vague magnitude, as a range (value = the low end)."""
    from interviewer.quantities.vocab import vocab

    v = vocab().data.vague_en
    out: list[Spelled] = []
    for m in _vague_en_re().finditer(text):
        if _NUMERAL_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "two millions files": a numeral with its (plural) magnitude
        if m.group("q"):
            low, high = v.before_scale[re.sub(r"\s+", " ", m.group("q").lower())]
            scale = v.scales[m.group("s").lower()]
        elif m.group("p"):
            low, high = v.plural_scales[m.group("p").lower()]
            scale = v.plural_scales[m.group("p2").lower()][0] / 2 if m.group("p2") else 1.0
            if m.group("p2") and m.group("p").lower() not in ("tens", "hundreds"):
                continue  # "thousands of millions": no phrase anyone says
        else:
            low, high = v.figures[(m.group("part") or "").lower()]
            scale = 10.0 ** (_FIGURE_COUNTS[m.group("n").lower()] - 1)
        s = Spelled(m.start(), m.end(), low * scale, tokens=2)
        if high > low:
            s.above = (high - low) * scale
        else:
            s.bound = "about"  # "a couple hundred"
        out.append(s)
    return out


def find(text: str) -> list[Spelled]:
    """Every number in words of `text` (already folded), in order, not overlapping."""
    found = _decades(text) + _vague_english(text) + _english(text) + _chinese(text)
    found.sort(key=lambda s: (s.start, -s.end))
    out: list[Spelled] = []
    for s in found:
        if out and s.start < out[-1].end + out[-1].skip:
            continue
        out.append(s)
    return out


# ---------------------------------------------------------------- English


def _english(text: str) -> list[Spelled]:
    toks = [(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[Spelled] = []
    i = 0
    while i < len(toks):
        if toks[i][0] not in _EN_STARTERS:
            i += 1
            continue
        got = _en_at(text, toks, i)
        if got is None:
            i += 1
            continue
        spelled, nxt = got
        out.append(spelled)
        i = nxt
    return out


#: The words a number in words can begin with (see _en_at): every other token is skipped at once.
_EN_STARTERS = frozenset(
    {"a", "an", "one", "half", *(p.split()[0] for p, _ in _VAGUE), *_SMALL, *_TENS}
)


def _adjacent(text: str, toks: list[tuple[str, int, int]], i: int, *, hyphen: bool = True) -> bool:
    """Token i+1 follows token i with only spaces (or one hyphen) between them."""
    if i + 1 >= len(toks):
        return False
    gap = text[toks[i][2] : toks[i + 1][1]]
    return bool(re.fullmatch(r"[ \t]+|[ \t]*-[ \t]*" if hyphen else r"[ \t]+", gap))


def _word(toks: list[tuple[str, int, int]], i: int) -> str:
    return toks[i][0] if i < len(toks) else ""


Toks = list[tuple[str, int, int]]
Found = tuple[Spelled, int] | None


def _en_at(text: str, toks: Toks, i: int) -> Found:
    if i and text[toks[i][1] - 1 : toks[i][1]] in ("-", "'", "_"):
        return None  # "GPT-four", "rock'n'roll": part of a name
    got = _en_without_numeral(text, toks, i)
    if got is not None:
        return got
    j, value, tokens = _en_integer(text, toks, i)
    if j == i:
        return _en_a_fraction(text, toks, i)
    for after in (_en_decimal, _en_share, _en_range):
        got = after(text, toks, i, j, value, tokens)
        if got is not None:
            return got
    if [_word(toks, j + k) for k in range(3)] == ["and", "a", "half"]:
        half = 0.5 * _SCALES.get(_word(toks, j - 1), 1)  # "a million and a half": 1.5 M
        return Spelled(toks[i][1], toks[j + 2][2], value + half, 1, tokens + 1), j + 3
    if _word(toks, j) == "dozen" and _adjacent(text, toks, j - 1) and value < 100:
        return Spelled(toks[i][1], toks[j][2], value * 12, 0, tokens + 1), j + 1  # "two dozen"
    return Spelled(toks[i][1], toks[j - 1][2], value, 0, tokens), j


def _en_without_numeral(text: str, toks: Toks, i: int) -> Found:
    """ "half a second", "half the tickets", "a year and a half", "a dozen", "a couple of"."""
    w, start = toks[i][0], toks[i][1]
    nxt = _word(toks, i + 1)
    if w == "half" and nxt in ("a", "an") and _adjacent(text, toks, i):
        return Spelled(start, toks[i + 1][2], 0.5, 1), i + 2
    if w == "half" and nxt in ("of", "the", "off") and _adjacent(text, toks, i):
        return Spelled(start, toks[i][2], 50.0, share=True), i + 1
    if w == "half" and nxt not in ("a", "an") and _share_by(text, start):
        return Spelled(start, toks[i][2], 50.0, share=True), i + 1  # "went up by about half"
    if w in ("a", "an") and nxt == "quarter" and _word(toks, i + 2) in ("million", "billion"):
        scale = _SCALES[_word(toks, i + 2)]  # "a quarter million dollars"
        return Spelled(start, toks[i + 2][2], 0.25 * scale, tokens=2), i + 3
    half = [_word(toks, i + k) for k in (2, 3, 4)] == ["and", "a", "half"]
    if w in ("a", "an") and nxt in _TIME_WORDS and half:
        return Spelled(start, toks[i][2], 1.0), i + 1  # the unit adds the half
    if (
        w in ("a", "an")
        and (nxt in _TIME_WORDS or (nxt == "quarter" and _word(toks, i + 2) != "of"))
        and _SPAN_CUE_RE.search(text[max(0, start - 14) : start])
        and not (nxt == "quarter" and _share_by(text, start))
    ):
        return Spelled(start, toks[i][2], 1.0), i + 1  # "just over a year", "took about a month"
    for phrase, value in _VAGUE:
        words = phrase.split()
        if [_word(toks, i + k) for k in range(len(words))] == words and all(
            _adjacent(text, toks, i + k) for k in range(len(words) - 1)
        ):
            end = toks[i + len(words) - 1][2]
            return Spelled(start, end, float(value), tokens=1), i + len(words)
    return None


def _share_by(text: str, start: int) -> bool:
    """The fraction at `start` is told as the size of a change ("rose by about a quarter",
    "down a fifth"), not a time a plan moved by ("the launch slipped by a quarter")."""
    if _BY_RE.search(text[max(0, start - 24) : start]) is None:
        return False
    lo = max(text.rfind(p, 0, start) for p in ".;!?\n") + 1
    return _MOVED_RE.search(text, lo, start) is None


def _en_a_fraction(text: str, toks: Toks, i: int) -> Found:
    """ "a fifth of the traffic", "cut it by a third"."""
    w, start = toks[i][0], toks[i][1]
    k = i + 1 + (_word(toks, i + 1) == "good")  # "a good third": a third or a bit more
    if w not in ("a", "an", "one") or _word(toks, k) not in _fraction_words(singular=True):
        return None
    by = _share_by(text, start)
    by = by or _TO_SHARE_RE.search(text[max(0, start - 60) : start]) is not None
    off = _word(toks, k + 1) == "off"  # "shaved a quarter off the runtime": taken away
    if (_word(toks, k + 1) == "of" or by or off) and _adjacent(text, toks, i):
        d = _FRACTIONS[_word(toks, k)]
        return Spelled(start, toks[k][2], 100.0 / d, share=True), k + 1
    return None


def _en_decimal(text: str, toks: Toks, i: int, j: int, value: float, tokens: int) -> Found:
    """ "two point five", "zero point eight eight"."""
    if _word(toks, j) != "point" or not _adjacent(text, toks, j - 1, hyphen=False):
        return None
    digits, k = "", j + 1
    while _word(toks, k) in _DIGIT_WORDS and _adjacent(text, toks, k - 1, hyphen=False):
        digits += str(_DIGIT_WORDS[_word(toks, k)])
        k += 1
    if not digits:
        return None
    return Spelled(
        toks[i][1], toks[k - 1][2], value + float("0." + digits), len(digits), tokens + 1
    ), k


_SHARE_VERBS = frozenset(
    "are were is was get got pass passed say said agree agreed use used come came end ended "
    "have had fail failed succeed succeeded seem look land landed match matched".split()
)
_QUARTER_TIME_CUE_RE = re.compile(
    r"(?i)\b(?:took|take|takes|in|for|over|last|past|next|within|after|first|previous|spent|"
    r"those|these|the|about|around|nearly|almost)\s+$"
)


def _quarters_of_things(text: str, toks: Toks, start: int, j: int) -> bool:
    """ "three quarters of the answers", "about three quarters are right": a share; "took three
    quarters", "the last three quarters": a time."""
    after = _word(toks, j + 1)
    if after == "of":
        return True
    if after not in _SHARE_VERBS:
        return False
    cue = _QUARTER_TIME_CUE_RE.search(text[max(0, start - 12) : start])
    return cue is None or cue.group().strip().lower() in ("about", "around", "nearly", "almost")


def _en_share(text: str, toks: Toks, i: int, j: int, value: float, tokens: int) -> Found:
    """ "two thirds", "one in five", "four out of ten"."""
    nxt, start = _word(toks, j), toks[i][1]
    singular_of = (  # "two third of documents": the non-native singular, before "of"
        value > 1
        and nxt in _FRACTIONS
        and nxt not in ("half", "quarter")
        and _word(toks, j + 1) == "of"
    )
    if (nxt in _fraction_words(singular=value == 1) or singular_of) and value < 10 and tokens == 1:
        if nxt == "quarters" and not _quarters_of_things(text, toks, start, j):
            return None  # "shipped in two quarters": a time, not a share (units read it)
        return Spelled(start, toks[j][2], value * 100.0 / _FRACTIONS[_stem(nxt)], share=True), j + 1
    if nxt in ("in", "out") and value == int(value):
        k = j + 2 if nxt == "out" and _word(toks, j + 1) == "of" else j + 1
        k += _word(toks, k) == "every"  # "one out of every ten"
        k2, whole, _ = _en_integer(text, toks, k)
        per = whole in _PER or (whole <= 10_000 and _word(toks, k2) not in _NOT_A_WHOLE)
        if k2 > k and per and whole > value:
            return Spelled(start, toks[k2 - 1][2], value * 100.0 / whole, share=True), k2
    return None


def _en_range(text: str, toks: Toks, i: int, j: int, value: float, tokens: int) -> Found:
    """ "five or six", "ten to fifteen thousand", "between twenty and thirty"."""
    nxt = _word(toks, j)
    between = _word(toks, i - 1) in ("between", "from") if i else False
    if (
        not (nxt in ("or", "to") or nxt == "and" and between)
        or value != int(value)
        or value >= 1000
    ):
        return None
    k2, high, high_tokens = _en_integer(text, toks, j + 1)
    scale = _SCALES.get(_word(toks, k2 - 1), 1)
    if scale > 1 and value * scale < high * 2 and value < high / scale:
        value *= scale  # the scale is said once for both
    if k2 > j + 1 and value < high <= value * 2 + 10:
        spelled = Spelled(toks[i][1], toks[k2 - 1][2], high, tokens=high_tokens)
        spelled.low, spelled.low_end, spelled.high_start = value, toks[j - 1][2], toks[j + 1][1]
        return spelled, k2
    return None


def _stem(word: str) -> str:
    return "half" if word == "halves" else word.rstrip("s")


def _fraction_words(*, singular: bool) -> set[str]:
    if singular:
        return set(_FRACTIONS)
    return {f"{w}s" for w in _FRACTIONS if w != "half"} | {"halves"}


def _en_integer(text: str, toks: list[tuple[str, int, int]], i: int) -> tuple[int, float, int]:
    """(index after the numeral, value, words) of a whole number in words starting at token i;
    (i, 0, 0) when none starts there. "a hundred", "twelve hundred", "ninety-two",
    "two thousand five hundred", "one hundred and twenty"."""
    total = current = 0.0
    j, last, tokens = i, "", 0
    if _word(toks, i) in ("a", "an") and _word(toks, i + 1) in _SCALES:
        current, j, last = 1.0, i + 1, "small"
        if not _adjacent(text, toks, i):
            return i, 0.0, 0
    while j < len(toks):
        w = toks[j][0]
        if j > i and last and not _adjacent(text, toks, j - 1):
            if not (w == "and" and last == "scale"):
                break
        if w == "and" and last == "scale" and _word(toks, j + 1) in (*_SMALL, *_TENS):
            j += 1
            continue
        if (
            w in _SMALL
            and last in ("", "scale")
            or w in _SMALL
            and last == "tens"
            and _SMALL[w] < 10
        ):
            current += _SMALL[w]
            last = "small" if last != "tens" else "unit"
        elif w in _TENS and last in ("", "scale"):
            current += _TENS[w]
            last = "tens"
        elif w in _SCALES and last in ("small", "tens", "unit"):
            scale = _SCALES[w]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0.0
            last = "scale"
        else:
            break
        tokens += 1
        j += 1
    if tokens == 0 or last == "":
        return i, 0.0, 0
    if toks[j - 1][0] == "and":
        j -= 1
    said = _spoken_hundreds(text, toks, i, j, tokens, total + current)
    if said is not None:
        return said
    return j, total + current, tokens


_CLOCK_BEFORE_RE = re.compile(r"(?i:\b(?:at|by|till|until|past|around\s+(?:the\s+)?time)\s+$)")
_CLOCK_AFTER_RE = re.compile(r"(?i:\s*(?:o'clock|am\b|pm\b|a\.m\.|p\.m\.))")


def _spoken_hundreds(
    text: str, toks: Toks, i: int, j: int, tokens: int, value: float
) -> tuple[int, float, int] | None:
    """A digit then its last two figures, as hundreds are said aloud ("two fifty" 250, "six
    fifty" 650, "one twenty" 120, "nine ninety-nine" 999); not a clock time ("at two fifty",
    "one thirty pm") nor an adjective ("one twenty-minute call")."""
    if tokens != 1 or not 1 <= value <= 9 or not _adjacent(text, toks, i, hyphen=False):
        return None
    if _CLOCK_BEFORE_RE.search(text, max(0, toks[i][1] - 20), toks[i][1]):
        return None
    k, rest, told = _en_integer(text, toks, j)
    if k == j or told > 2 or not 10 <= rest <= 99 or _word(toks, j) not in (*_TENS, *_SMALL):
        return None
    after = text[toks[k - 1][2] :]
    if re.match(r"-[A-Za-z]", after) or _CLOCK_AFTER_RE.match(after):
        return None
    return k, value * 100 + rest, tokens + told


# ---------------------------------------------------------------- Chinese

CN_DIGIT = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
# A place word right after digits is that figure's scale ("5 千" is 5,000), never the start of a
# numeral of its own ("5 千一周" is not "千一" = 1,100 weeks).
_CN_RE = re.compile(
    r"(?<![\d.])(?<![\d.]\s)(?:百分之)?(?P<n>[零〇一二两俩三四五六七八九十百千万亿]+)"
    r"(?:点(?P<d>[零〇一二三四五六七八九]+)|分之(?P<of>[一二两三四五六七八九十]+))?"
)
_HALF_RE = re.compile(
    r"(?<![零〇一二两俩三四五六七八九十百千万亿个])半(?=个?(?:年|天|秒|小时|月|分钟|星期|礼拜|周))"
)
_HALF_SHARE_RE = re.compile(r"一半(?!个?(?:年|天|秒|小时|月|分钟|星期|礼拜|周))")
_RANGE_RE = re.compile(
    r"^([一二两三四五六七八])([二三四五六七八九])(十万|百万|千万|[十百千万亿]?)$"
)
_TENS_RANGE_RE = re.compile(r"^([一二三四五六七八九]?)十([一二三四五六七八])([二三四五六七八九])$")
"""八十七八: 87-88, the tens said once."""
_VAGUE_ZH_RE = re.compile(
    r"(?:(?P<good>好)|(?P<big>大))?几(?P<scale>十万|百万|千万|十|百|千|万|亿)(?![零〇一二两三四五六七八九])"
    r"|(?P<over>上|成)(?P<oscale>百|千|万|十万|百万|千万|亿)(?=[个名位条篇项次家人台份单件张笔元块]|的|\s|[，,。；;]|$)"
)
"""几千 (2,000-9,000), 好几百 (300-900), 大几千 (5,000-9,000), 上千 (1,000 or more): a vague
magnitude."""
_NEARLY_ZH_RE = re.compile(r"(?<![大缩减最较变很太微偏从弱渺矮短])小(?=[一两二三四五六七八九十])")
"""小一万, 小十万, 小两百万: nearly that much (80-100 % of it)."""
_ABOUT_ZH_RE = re.compile(
    r"(?P<scale>[十百千万])把(?=[块元人个条台次张])|个把(?=月|星期|礼拜|小时|钟头|周)"
)
"""万把块 (about 10,000), 千把人, 个把月 (a month or so): about one of that."""
_SCALE_ZH = {
    "十": 10,
    "百": 100,
    "千": 1e3,
    "万": 1e4,
    "十万": 1e5,
    "百万": 1e6,
    "千万": 1e7,
    "亿": 1e8,
}


def cn_value(s: str) -> float | None:
    """Value of a Chinese numeral ("十二万", "两", "三千五百", spoken "一万二" = 12,000,
    "三千五" = 3,500), None when it is not one."""
    if len(s) > 1 and all(ch in CN_DIGIT for ch in s):
        return float("".join(str(CN_DIGIT[ch]) for ch in s))
    total = section = number = 0.0
    prev_digit = zero = False
    last_unit = 0.0
    for ch in s:
        if ch in CN_DIGIT:
            if prev_digit and ch not in "零〇":
                return None
            zero = zero or ch in "零〇"
            number, prev_digit = float(CN_DIGIT[ch]), True
            continue
        prev_digit = False
        if ch in _CN_UNIT:
            section += (number or 1) * _CN_UNIT[ch]
            last_unit = _CN_UNIT[ch]
        elif ch == "万":
            total += (section + number) * 1e4
            section, last_unit = 0, 1e4
        else:  # 亿
            total = (total + section + number) * 1e8
            section, last_unit = 0, 1e8
        number, zero = 0, False
    if number and last_unit >= 100 and not zero and s[-2] not in CN_DIGIT:
        number *= last_unit / 10  # 三千五, 一万二, 两百五: the next place down
    return total + section + number


_CHANGED_TO_ZH_RE = re.compile(r"[涨降提升增减跌掉压缩][^，。；\d]{0,2}(?:到|至)了?\s*$")


def _chinese(text: str) -> list[Spelled]:
    out: list[Spelled] = []
    for m in _CN_RE.finditer(text):
        n, at = m.group("n"), m.start("n")
        if not re.search(r"[一二两俩三四五六七八九十]", n + (m.group("d") or "")):
            continue
        pct = m.start() < at
        ranged = _spoken_range(n, at, m.end())
        if ranged is not None:
            out.append(_suffix(text, ranged))
            continue
        value = cn_value(n)
        if value is None or text.startswith("把", m.end()) and _ABOUT_ZH_RE.match(text, at):
            continue
        if not m.group("d") and _NEARLY_ZH_RE.match(text, at - 1) and _round(value):
            nearly = Spelled(at - 1, m.end(), value, tokens=len(n), bound="about", zh=True)
            nearly.low, nearly.low_end, nearly.high_start = 0.8 * value, at, at
            out.append(nearly)
            continue
        if m.group("of"):
            whole, part = value, cn_value(m.group("of"))
            if part is None or not whole or part >= whole:
                continue
            out.append(Spelled(at, m.end(), part * 100.0 / whole, share=True, zh=True))
            continue
        decimals = 0
        if (
            m.group("d")
            and (
                pct
                or value == 0  # 零点九二: a number below one is only ever said as a decimal
                or re.match(r"\s?[秒分倍万亿个%]|毫秒|小时|天|年|周", text[m.end() :])
                # 从百分之四涨到了五点五: a level a change reached, the unit told at its start
                or _CHANGED_TO_ZH_RE.search(text[max(0, at - 6) : at])
            )
        ):
            digits = "".join(str(CN_DIGIT[ch]) for ch in m.group("d"))
            value, decimals = float(f"{int(value)}.{digits}"), len(digits)
            end = m.end()
        else:
            end = m.start("d") - 1 if m.group("d") else m.end()
        out.append(_suffix(text, Spelled(at, end, value, decimals, len(n), zh=True)))
    for m in _HALF_RE.finditer(text):
        out.append(Spelled(m.start(), m.end(), 0.5, 1, zh=True))
    for m in _VAGUE_ZH_RE.finditer(text):
        if m.group("over"):  # 上千个用户: a thousand or more
            value = _SCALE_ZH[m.group("oscale")]
            out.append(Spelled(m.start(), m.end(), value, bound="at_least", zh=True))
            continue
        scale = _SCALE_ZH[m.group("scale")]
        low = 3 if m.group("good") else 5 if m.group("big") else 2
        out.append(Spelled(m.start(), m.end(), low * scale, above=(9 - low) * scale, zh=True))
    for m in _ABOUT_ZH_RE.finditer(text):
        if m.group("scale"):  # 万把块: the numeral is its place, 把 runs on to the unit
            value, skip = _SCALE_ZH[m.group("scale")], 1
            out.append(Spelled(m.start(), m.start() + 1, value, bound="about", skip=skip, zh=True))
        else:  # 个把月: one, its unit told with its 个
            out.append(Spelled(m.start(), m.start(), 1.0, bound="about", skip=2, zh=True))
    for m in _HALF_SHARE_RE.finditer(text):  # 一半左右的通话: a share
        out.append(Spelled(m.start(), m.end(), 50.0, share=True, zh=True))
    return out


def _round(value: float) -> bool:
    """十, 一万, 两百万: one significant figure, ten or more (小 before it is 'nearly')."""
    return value >= 10 and value / place(value) < 10


def _spoken_range(n: str, at: int, end: int) -> Spelled | None:
    """四五个 / 二三十万 (20-30万) / 三五千 (3,000-5,000) / 八十七八 (87-88): a spoken range."""
    tens = _TENS_RANGE_RE.match(n)
    if tens and CN_DIGIT[tens.group(3)] == CN_DIGIT[tens.group(2)] + 1:
        base = 10 * (CN_DIGIT[tens.group(1)] if tens.group(1) else 1)
        s = Spelled(at, end, float(base + CN_DIGIT[tens.group(3)]), zh=True)
        s.low, s.low_end, s.high_start = float(base + CN_DIGIT[tens.group(2)]), end - 1, end - 1
        return s
    ranged = _RANGE_RE.match(n)
    if not ranged:
        return None
    a, b = CN_DIGIT[ranged.group(1)], CN_DIGIT[ranged.group(2)]
    if b != a + 1 and (a, b) != (3, 5):
        return None
    scale = _SCALE_ZH.get(ranged.group(3), 1.0)
    s = Spelled(at, end, b * scale, zh=True)
    s.low, s.low_end, s.high_start = float(a * scale), at + 1, at + 1
    return s


def place(value: float) -> float:
    """The place of the last non-zero digit of a whole number (50 → 10, 40,000 → 10,000, 3 → 1)."""
    n, step = round(value), 1.0
    if n <= 0 or abs(value - n) > 1e-9:
        return 1.0
    while n % 10 == 0:
        n //= 10
        step *= 10
    return step


def _suffix(text: str, s: Spelled) -> Spelled:
    """五十多 / 一万多 / 三个多小时 (up to the next step), 十来个 (a few more), 十几 (11-19), 三十几
    (30-39),
    两个半小时 (and a half)."""
    rest = text[s.end : s.end + 3]
    if rest.startswith("来"):
        s.above, s.skip = place(s.value) / 2, 1
    elif rest.startswith(("多", "余")):
        s.above, s.skip = place(s.value), 1
    elif rest.startswith("几") and s.value == 10:
        s.value, s.above, s.skip = 11.0, 8.0, 1
    elif rest.startswith("几") and s.value in (20, 30, 40, 50, 60, 70, 80, 90):
        s.above, s.skip = 9.0, 1  # 三十几: thirty-odd, 30 to 39, told like 三十多
    elif rest.startswith("成多"):
        s.above = 1.0  # 一成多: 10-20 %
    elif rest.startswith("个多"):
        s.above, s.skip = 1.0, 2
    elif rest.startswith("个半"):
        s.value, s.decimals, s.skip = s.value + 0.5, 1, 2
    return s
