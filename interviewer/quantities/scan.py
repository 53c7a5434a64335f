"""Find the numbers of a text with their units: digits, magnitudes, numbers and changes in words.

Offsets always refer to the caller's text: full-width characters are folded one to one. Dates,
versions, phone numbers, identifiers (GPT-4, A100, Qwen2.5) and ordinals are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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

_CN_DIGITS = {
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
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_EN_WORDS = {
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
    "eighteen": 18,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "a couple": 2,
    "a few": 3,
    "a hundred": 100,
    "a thousand": 1000,
}
NUM_RE = re.compile(
    r"(?P<ar>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?P<dec>\.\d+)?"
    r"|(?P<cn>[零〇一二两俩三四五六七八九十百千万亿]+)"
    r"|(?i:(?<![A-Za-z-])(?P<en>"
    + "|".join(
        sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _EN_WORDS), key=len, reverse=True)
    )
    + r")(?![A-Za-z]))"
)
# Changes told in words: (pattern, value, unit, direction).
CHANGE_WORDS: list[tuple[str, float, str, str]] = [
    (
        r"(?i:(?<![A-Za-z])(?:doubled|doubling|doubles|twice as (?:fast|many|much|high)))",
        2,
        "x",
        "up",
    ),
    (r"(?i:(?<![A-Za-z])(?:tripled|tripling|triples|three times as \w+))", 3, "x", "up"),
    (r"(?i:(?<![A-Za-z])(?:quadrupled|quadrupling))", 4, "x", "up"),
    (
        r"(?i:(?<![A-Za-z])(?:halved|halving|halves|cut (?:\w+ ){0,3}in half|by half|in half"
        r"|dropped by half|by fifty percent))",
        50,
        "%",
        "down",
    ),
    (r"翻了?两番", 4, "x", "up"),
    (r"翻了?一番|翻了?一倍|翻倍|(?:提升|提高|增加|增长|涨)了?一倍", 2, "x", "up"),
    (
        r"减半|砍半|(?:降|减|缩短|缩减|少|降低|减少|下降|压缩|节省|省)了?(?:近|约|将近)?一半",
        50,
        "%",
        "down",
    ),
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
_COUNTED_AFTER_RE = re.compile(r"\s?(?:[条个篇名人项次家张台份例]|(?:[a-z]+\s)?[a-z]{3,}s\b)")
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


def cn_value(s: str) -> float | None:
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


def fold(text: str) -> str:
    """Full-width digits, letters and signs folded to ASCII, offsets unchanged."""
    return text.translate(FULL_WIDTH)


def scan(text: str) -> list[Num]:
    """Every number in `text` (already folded) that states a quantity, in order."""
    skipped = [m.span() for m in _SKIP_RE.finditer(text)]
    found: list[Num] = []
    changes = [_change(m) for m in CHANGE_RE.finditer(text)]
    for m in NUM_RE.finditer(text):
        if any(a <= m.start() < b for a, b in skipped):
            continue
        if any(c.start <= m.start() < c.end for c in changes):
            continue
        if found and m.start() < found[-1].end:
            continue
        num = _number(text, m)
        if num is not None:
            found.append(num)
    found.extend(c for c in changes if not any(c.start < n.end and n.start < c.end for n in found))
    return sorted(found, key=lambda n: n.start)


def _change(m: re.Match[str]) -> Num:
    assert m.lastgroup is not None
    _, value, unit, direction = CHANGE_WORDS[int(m.lastgroup[1:])]
    return Num(m.start(), m.end(), float(value), unit, m.group(), words=True, change=direction)


def _number(text: str, m: re.Match[str]) -> Num | None:
    start, end = m.span()
    if m.group("en"):
        return _word_number(text, m)
    if m.group("cn"):
        return _cn_number(text, m)
    if _is_identifier(text, start, end):
        return None
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
    if num.unit == "" and not num.scaled:
        if _is_year(digits, m.group("dec"), text, end) and not _COUNTED_AFTER_RE.match(text, end):
            return None
        if len(digits.replace(",", "")) >= 7 and decimals == 0:
            return None  # ids and phone numbers
    return num


def _is_year(digits: str, dec: str | None, text: str, end: int) -> bool:
    return (
        not dec
        and len(digits) == 4
        and 1950 <= int(digits) <= 2099
        and not text.startswith(("+", "万", "k", "K"), end)
    )


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
        return any(c.isalpha() for c in text[i : start - 1])
    after = text[end : end + 1]
    return bool(after) and after.isascii() and after.isalpha() and _glued_name(text, end)


def _glued_name(text: str, end: int) -> bool:
    """ "3090" in "RTX3090" is caught before; "2d" / "4o" / "5th" are names or ordinals."""
    word = re.match(r"[A-Za-z]+", text[end:])
    assert word is not None
    w = word.group().lower()
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


def _with_unit(text: str, start: int, end: int, value: float, decimals: int) -> Num:
    """Currency before, magnitude and unit after the digits at [start, end)."""
    pos = end
    more = re.match(r"\s?(?:\+|多|余)", text[pos:])
    pos += more.end() if more else 0
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
        key = mag.group().strip().lower()
        factor, scaled, pos = MAGNITUDES[key], True, mag.end()
        more = re.match(r"\+|多|余", text[pos:])
        pos += more.end() if more else 0
        found = unit_at(text, pos)
        if key == "b" and not found:  # "14B" alone is a model size
            found = ("params", 1.0, "B", pos)
    if found:
        unit, unit_factor, raw_unit, pos = found
        factor *= unit_factor
    prefix = text[start - 1] if start else ""
    if prefix in CURRENCY_PREFIX and unit in ("", "params"):
        unit, raw_unit, start = CURRENCY_PREFIX[prefix], prefix, start - 1
        if found and found[0] == "params":
            factor = 1e9
    elif unit == "" and text.startswith("百分之", max(0, start - 3)) and start >= 3:
        unit, raw_unit, start = "%", "百分之", start - 3
    elif unit == "" and text.startswith("成", pos):
        unit, raw_unit, factor, pos = "%", "成", factor * 10, pos + 1
    return Num(start, pos, value * factor, unit, raw_unit, decimals, scaled=scaled, factor=factor)


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


def _word_number(text: str, m: re.Match[str]) -> Num | None:
    """ "three engineers", "two weeks", "a dozen bugs": a number in words needs its unit or noun."""
    word = re.sub(r"\s+", " ", m.group("en").lower())
    num = _with_unit(text, m.start(), m.end(), float(_EN_WORDS[word]), 0)
    num.words = True
    if num.unit in WORD_NUMBER_UNITS or num.unit in ("tokens", "qps"):
        return num
    noun = re.match(r"\s+(?:[a-z][\w-]*\s+)?(?P<n>[a-z][\w-]*s)\b", text[num.end :])
    if num.unit == "" and noun and word not in ("one", "a few", "a couple", "a couple of"):
        return num  # "nine regressions": counted later
    return None


def _cn_number(text: str, m: re.Match[str]) -> Num | None:
    """ "三个人", "两周", "十二万条": a Chinese numeral needs a unit or a measure word."""
    s = m.group("cn")
    if not re.search(r"[一二两俩三四五六七八九十]", s):
        return None
    value = cn_value(s)
    if value is None:
        return None
    pos = m.end()
    classifier = re.match(r"个(?=人|月|小时|星期|礼拜|工作日|百分点)", text[pos:])
    num = _with_unit(text, m.start(), pos, value, 0)
    num.words = True
    if num.unit in WORD_NUMBER_UNITS and not (s == "一" and num.unit not in ("x", "pp")):
        return num
    if classifier or re.match(r"(?:个|名|位|条|篇|项|次|家|款|套|张|台|份)", text[pos:]):
        if s == "一" or s.endswith(("千", "百")) and len(s) == 1:
            return None
        num.raw_unit = ""
        return num  # counted later ("发现九个缺陷")
    return None
