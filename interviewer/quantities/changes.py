"""Numbers that belong together: a change (A → B, from A to B, 从A提升到B) or a range (A–B)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from interviewer.quantities.scan import Num
from interviewer.quantities.subject import change_verbs, clause_start
from interviewer.quantities.vocab import vocab

_HEDGE = (
    r"(?:just|only|about|around|roughly|approximately|nearly|almost|under|over|below|above|a|"
    r"little|bit|barely|well|less than|more than|~|≈)"
)
"""Words between 'to' and the level a change ended at: "to just over 5", "to a little under 700 ms"."""
_FILLER = r"(?:um+|uh+|er+|erm|like|you\s+know|i\s+mean|maybe|say|basically)"
"""Words said aloud while finding the figure: "from 81 percent to uh 89", "to like 700 ms"."""
_ARROW_RE = re.compile(r"→|->|—>|=>|⇒|➡|~>|➜|-->|[↑↓⬆⬇▲▼]")
_RATE = r"(?:(?:a|an|per|each|every|/)\s*(?:day|week|month|year|quarter|hour|wk|mo|yr|sprint)\b\.?\s*,?\s*)?"
_PAIR_GAP_RE = re.compile(  # "$18k/month to $7k/month": the period told on the way
    r"^\s*(?:(?:/|per|a|an|each|every|每)\s*(?:month|mo|year|yr|day|week|hour|quarter|sprint|query|request|call|user|seat|"
    r"月|年|天|周)s?\b\s*)?(?:(?:→|->|—>|=>|⇒|➡|~>|➜|-->|[↑↓⬆⬇▲▼])|(?:(?:up|down|all the way|further|then|and then)\s+)?(?:to|until|till)"
    r"(?:\s*,\s*(?:like|um|uh|er|you know|i think|i'd say|maybe|say|basically)\s*,)?"  # "to, like, three days"
    r"(?:\s+" + _FILLER + r"){0,2}"  # "to uh 89 percent", "to like 700 ms"
    r"(?:\s+" + _HEDGE + r"){0,3}"
    r"|[^\d\s，。,;；！？]{0,6}?(?:到|至|变成|变为|调整为|调为|改为|改成|设为|设置为|换成|升为|降为|增至|减至)了?"
    r"(?:\s*[，,]\s*(?:嗯|呃|那个|就是|大概|差不多)\s*[，,]?)?"  # 缩短到了，嗯，三天
    r"(?:约|近|大约|不到|仅|只有|将近|接近)?)\s*$",
    re.IGNORECASE,
)
_ASIDE_IN_GAP_RE = re.compile(
    r"\s*(?:[(（][^()（）\n]{1,40}[)）]|(?i:in|as of|by)\s+(?:FY\s?)?(?:19|20)\d\d(?!\d)|(?:19|20)\d\d\s*年的?)\s*"
)
_FROM_GAP_RE = re.compile(
    r"\s*(?:日均|每天|每日|每月|每周|每年|月均|周均|年均|平均|一年|一个月|一周|一天)?\s*"
    r"(?:(?:原来|原先|原本|之前|以前)的\s*)?"  # 从原来的百分之六十二: the old value is the start
    r"(?:(?:um+|uh+|er+|erm|you\s+know)\s+)?"
    r"(?:了|的|约|大约|将近|近|超过|不到|about|around|roughly|like|~|(?:just\s+)?(?:over|under)|more than|"
    r"less than|nearly|almost|upwards of)?\s*",
    re.IGNORECASE,
)
_RANGE_GAP_RE = re.compile(r"^\s*(?:-|–|—|~|～|to|到|至|and|or|或)\s*$", re.IGNORECASE)
_AGAINST_RE = re.compile(
    r"^\s*" + _RATE + r"from(?:\s+(?:about|around|roughly|~))?\s*$|"
    r"^\s*(?:[A-Za-z][\w'-]*\s*){0,3},?\s*(?:instead of|rather than|compared (?:with|to)|versus|vs\.?|against)"
    r"(?:\s+(?:the|our|an?|about|around|roughly))?\s*$"
    r"|^[^()\d]{0,40}[(（](?:the\s+|an?\s+)?[\w -]{0,30}?\s(?:managed|had|was|got|scored|reached|gave)"
    r"(?:\s+(?:about|around|roughly|only|just))?\s*$",
    re.IGNORECASE,
)
"""What joins a result to the figure it is compared with, told after it: the figure after is the
baseline ("in 6 minutes instead of 11", "(the prompt-only pilot managed 23%)")."""
_SHARE_NOUN_RE = re.compile(r"^\s*(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*s(?=\s+to\b)")
"""The population a share is told of, between it and the share it changed to."""
_BETWEEN_RE = re.compile(r"(?i:between|anywhere from)\s*$|介于\s*$|在\s*$")
_SAID_BETWEEN_RE = re.compile(r"(?i:\bbetween)\s*[$€£¥]?\s*$|介于\s*$")
"""A range said as one even after a change verb ("saved somewhere between 20 and 30 thousand")."""


@dataclass(slots=True)
class Claim:
    start: int
    end: int
    num: Num
    baseline: Num | None = None
    low: Num | None = None
    direction: str | None = None
    to_level: bool = False
    verb_at: int | None = None
    """Where the change verb before the number starts."""


def group(text: str, nums: list[Num]) -> list[Claim]:
    """Consecutive numbers joined as a change (A → B) or a range (A–B); the rest stand alone."""
    out: list[Claim] = []
    nums = [n for n in nums if not _told_year(text, n)]
    i = 0
    while i < len(nums):
        a = nums[i]
        b = nums[i + 1] if i + 1 < len(nums) else None
        told = b  # "€40–60k": the high end as written keeps the magnitude the low end shares
        if b is not None and not b.unit and a.unit and a.factor == 1 and not (a.change or b.change):
            b = _adopt(
                b, a
            )  # "从百分之七十二提升到九十一": the later figure is told in the same unit
        if (
            b is not None
            and not (a.change or b.change)
            and _AGAINST_RE.match(text[a.end : b.start])
        ):
            other = _adopt(b, a)  # "in 6 minutes instead of 11", "0.62, against 0.31 for ROUGE"
            if other.unit == a.unit:
                out.append(Claim(a.start, b.end, a, baseline=other))
                i += 2
                continue
        if b is not None and _compatible(a, b):
            gap = text[a.end : b.start]
            if a.raw_unit == b.raw_unit == "share":  # "from 1 in 5 alerts to 1 in 20"
                gap = _SHARE_NOUN_RE.sub("", gap, count=1)
            lo = clause_start(text, a.start)
            frm = vocab().from_re.search(text, max(lo, a.start - 14), a.start)
            if frm and not _FROM_GAP_RE.fullmatch(
                _ASIDE_IN_GAP_RE.sub(" ", text[frm.end() : a.start])
            ):
                frm = None
            spoken = _comma_range(text, a, b, gap)  # "eighty-five, eighty-six percent"
            if (
                (_RANGE_GAP_RE.match(gap) or (gap == "" and a.words and b.words) or spoken)
                and (
                    _BETWEEN_RE.search(text, lo, a.start) or (not frm and not _ARROW_RE.search(gap))
                )
                and (
                    not change_verbs(text, lo, a.start)
                    or _DASH_GAP_RE.fullmatch(gap)
                    or _size_of_fall(text, lo, a, b)  # "shaved off maybe 15 to 20 percent"
                    or _SAID_BETWEEN_RE.search(
                        text, lo, a.start
                    )  # "cut spend by between $10k and $15k"
                    or (gap == "" and a.words and b.words)  # "省下七八十万": one spoken range
                    or spoken
                )
                and not _changes_in(gap)
                and not _falling(a, b, gap)
                and _adopt(a, b).value < b.value  # a range runs upwards: "5 and 2" is two figures
            ):
                high = told if told is not None and told.scaled and not b.scaled else b
                out.append(Claim(a.start, b.end, _adopt(b, a), low=_scaled_low(a, high)))
                i += 2
                continue
            if frm or _ARROW_RE.search(gap):
                # "from 0.72 (their GPT-3.5 prompt) to 0.89", "6 in 2021 → 1 in 2023": an aside
                # naming the start, or the year of each end, is no part of the change's words
                gap = _ASIDE_IN_GAP_RE.sub(" ", gap)
            if (
                len(gap) <= 24
                and _PAIR_GAP_RE.match(gap)
                and (
                    frm
                    or _ARROW_RE.search(gap)
                    or _changes_in(gap)
                    or change_verbs(text, lo, a.start)
                    or _falling(a, b, gap)
                )
            ):
                start = frm.start() if frm else a.start
                out.append(Claim(start, b.end, b, baseline=_adopt(a, b)))
                i += 2
                continue
        if b is not None and _into(text, a, b):  # "merged 37 models into 9", "精简为 3 个"
            out.append(Claim(a.start, b.end, _adopt(b, a), baseline=a))
            i += 2
            continue
        if (
            b is not None
            and a.unit
            and not b.unit
            and not (a.change or b.change)
            and len(text[a.end : b.start]) <= 24
            and _PAIR_GAP_RE.match(text[a.end : b.start])
            and re.search(r"(?i:\b(?:to|until|till)\s)", text[a.end : b.start])
            and vocab().from_re.search(
                text, max(clause_start(text, a.start), a.start - 24), a.start
            )
        ):  # "from 20 minutes to just over 5": the level told after hedges keeps the unit
            out.append(Claim(a.start, b.end, _adopt(b, a), baseline=a))
            i += 2
            continue
        out.append(Claim(a.start, a.end, a))
        i += 1
    return out


_YEAR_BEFORE_RE = re.compile(r"(?i:\b(?:in|as of|by|since|during|for)\s*$)|[(（]\s*$")
_YEAR_AFTER_RE = re.compile(r"\s*(?:[)）]|年(?![度级]))")


_BY_BEFORE_RE = re.compile(r"(?i:\bby\s+(?:maybe\s+|about\s+|around\s+|roughly\s+|some\s+)?$)")


def _size_of_fall(text: str, lo: int, a: Num, b: Num) -> bool:
    """'A to B' rising after a fall's verb, or after 'by', is how much it fell, a range: a fall
    cannot end above its start ('shaved off maybe 15 to 20 percent', 'cut cost by 10 to 15%')."""
    if _adopt(a, b).value >= b.value:
        return False
    verbs = change_verbs(text, lo, a.start)
    fell = bool(verbs) and vocab().down_re.search(verbs[-1].group()) is not None
    return fell or _BY_BEFORE_RE.search(text, lo, a.start) is not None


def _told_year(text: str, n: Num) -> bool:
    """ "6 in 2021 → 1 in 2023", "从 5 人（2021）…": a year told beside a figure is no figure."""
    if n.unit or n.words or n.scaled or not re.fullmatch(r"(?:19|20)\d\d", text[n.start : n.end]):
        return False
    if _YEAR_AFTER_RE.match(text, n.end):
        return True
    counted = re.match(r"\s*[A-Za-z]{3,}", text[n.end :])  # "used in 2000 repos" counts repos
    return counted is None and bool(_YEAR_BEFORE_RE.search(text, max(0, n.start - 8), n.start))


def _scaled_low(a: Num, b: Num) -> Num:
    """The low end of a range whose magnitude is said once, on its high end ("3 to 4k",
    "3 到 5 万", "between 2 and 3M"): the low end has it too."""
    low = _adopt(a, b)
    magnitude = b.factor / (b.unit_factor or 1.0)
    if b.scaled and not a.scaled and magnitude > 1 and a.value < b.value / b.factor:
        unit, raw = (b.unit, b.raw_unit) if b.unit else (a.unit, a.raw_unit)
        low = Num(a.start, a.end, a.value * magnitude, unit, raw, a.decimals)
        low.words, low.factor, low.scaled = a.words, b.factor, True
    return low


def _comma_range(text: str, a: Num, b: Num, gap: str) -> bool:
    """ "like 80, 85 percent", "eighty-five, eighty-six percent": two close figures said one
    after the other, the unit only on the second, are a spoken range (not a list: no third
    figure follows)."""
    if not re.fullmatch(r"\s*,\s*", gap) or a.unit or not b.unit or a.scaled:
        return False
    low = _adopt(a, b).value
    if re.match(r"\s*(?:,|and|or|、)\s*\d", text[b.end :]):
        return False
    return 0 < low < b.value <= low * 1.25


_DASH_GAP_RE = re.compile(r"\s?[-–~～]\s?")
"""A dash between two numbers after a change verb is still a range ("improved 3-4x", "提升 2~3 倍")."""


_INTO_GAP_RE = re.compile(
    r"^\s*(?:[A-Za-z][\w-]*\s+){0,3}into(?:\s+(?:just|only|about|around|a\s+single))?\s*$"
    r"|^\s*(?:个|条|项|套|家|名|张|台|份|种|类)?[^\d，。,;；！？]{0,8}?"
    r"(?:精简|合并|缩减|压缩|收敛|整合|减少|降低|下降|降|减|砍|扩展|扩充|扩大|提升|增加|增长)(?:为|成)了?\s*$",
    re.IGNORECASE,
)
_INTO_VERB_RE = re.compile(
    r"(?i:\b(?:merged|merging|consolidated|consolidating|collapsed|folded|combined|reduced|cut|"
    r"shrank|compressed|trimmed|narrowed|brought|grew|expanded|split|turned)\b)|从|由|将|把"
)


def _into(text: str, a: Num, b: Num) -> bool:
    """ "Consolidated 14 dashboards into 3", "将 37 个模型合并为 9 个": one count becoming another."""
    if a.change or b.change or not ({a.unit, b.unit} <= {"count", ""} or a.unit == b.unit):
        return False
    if not _INTO_GAP_RE.match(text[a.end : b.start]):
        return False
    lo = clause_start(text, a.start)
    return bool(_INTO_VERB_RE.search(text, max(lo, a.start - 30), a.start))


_FALL_GAP_RE = re.compile(
    r"\s*(?:to|到|至)\s*(?:~|≈|约|大约|大概|(?:about|around|roughly|approximately)\s)?\s*",
    re.IGNORECASE,
)
"""'to' between two levels, the second maybe hedged ("2.1 MB to ~600 KB", "2GB 到约 600MB")."""


def _falling(a: Num, b: Num, gap: str) -> bool:
    """ "MAPE 31 to 18": a range never runs downwards, so a higher figure to a lower one is a
    change."""
    return bool(_FALL_GAP_RE.fullmatch(gap)) and _adopt(a, b).value > b.value


def _changes_in(gap: str) -> bool:
    v = vocab()
    return bool(v.up_re.search(gap) or v.down_re.search(gap)) and bool(re.search(r"到|至|to", gap))


def _compatible(a: Num, b: Num) -> bool:
    if a.change or b.change:
        return False
    return (
        a.unit == b.unit
        or not a.unit
        or (a.unit == "h" and b.unit == "ms")
        or (a.unit == "ms" and b.unit == "h")
    )


def _adopt(a: Num, b: Num) -> Num:
    """`a` in `b`'s unit: "from 12 to 19%" reads 12 as 12 %, "3 days → 40 minutes" as ms."""
    if a.unit == b.unit:
        return a
    if not a.unit:
        # "from 12k to 5k dollars": 12k has its own magnitude and takes only the unit
        factor = b.unit_factor if a.scaled else b.factor
        num = Num(a.start, a.end, a.value * factor, b.unit, b.raw_unit, a.decimals, factor=factor)
        num.words, num.bound = a.words, a.bound
        return num
    if {a.unit, b.unit} == {"ms", "h"}:
        value = a.value * 3_600_000 if a.unit == "h" else a.value / 3_600_000
        return Num(a.start, a.end, value, b.unit, a.raw_unit, a.decimals)
    return a
