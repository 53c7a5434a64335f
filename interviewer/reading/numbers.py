"""Quantities of an answer with their role in THIS answer, from the quantities module.

`interviewer.quantities` (interfaces §1) reads every number; this module only re-reads the
role in the answer's context: years of experience, market figures and dates say nothing about
the work asked about, so they become `incidental`; a change in money is a result, a count of
people a team size. Whether two numbers can be squared is `values`; which claim a number is
about, `conflicts`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from interviewer import quantities
from interviewer.quantities import extract_quantities
from interviewer.reading.model import Quantity
from interviewer.reading.text import unfill
from interviewer.reading.vocab import require, vocab

require("substance", "incidental")
require(
    "numbers",
    "people",
    "rank",
    "compare_cue",
    "sample_verb",
    "users_cue",
    "kept_cue",
    "setting",
    "limit_set",
    "denied",
    *(f"per_{p}" for p in ("day", "week", "month")),
)

#: Roles that are facts about the work, compared with résumé claims and earlier answers.
COMPARED_ROLES = frozenset(
    {
        "result",
        "baseline",
        "intermediate",
        "other",
        "team_size",
        "duration",
        "cost",
        "hardware",
        "model_size",
        "data_size",
        "count",
        "sample_size",
    }
)


def extract(text: str, lang: str | None = None) -> list[Quantity]:
    """Every quantity of `text`, roles read in the answer's context (fresh copies: callers may
    change them; résumé lines and earlier answers are read again every turn, so it is cached)."""
    return [q.model_copy() for q in _extract(text, lang)]


@lru_cache(maxsize=1024)
def _extract(text: str, lang: str | None) -> tuple[Quantity, ...]:
    plain = unfill(text)  # offsets unchanged; spans are cut from the original below
    found = [_convert(q) for q in extract_quantities(plain, lang)]
    for q in found:
        q.text = text[q.start : q.end]
    rank = vocab()["numbers.rank"]
    found = [q for q in found if not (q.unit == "" and rank.search(q.text))]
    _carry_units(text, found)
    for q in found:
        if q.role == "result" and q.baseline is None and _told_as_start(text, q):
            q.role = "baseline"  # "(baseline GPT-3.5: 47%)", "compared with 52% before"
    for q in found:
        if _incidental(text, q) or _setting(text, q) or _denied(text, q):
            q.role = "incidental"
        elif q.role == "cost" and q.direction is not None:
            q.role = "result"  # "dropped to 11 cents per release": a change in money is a result
        elif q.role == "sampling_rate" and q.family and not _SAMPLED.search(q.subject):
            q.role = "result"  # "factual accuracy 92% on 600 audited claims": a named measure
        elif q.role == "team_size" and _users(text, q):
            q.role, q.unit = "count", "count"
        elif (
            q.unit == "count" and q.role in ("count", "sample_size", "data_size") and _pool(text, q)
        ):
            q.role = "intermediate"
        elif q.role == "count" and _run_through(text, q, found):
            q.role = "sample_size"  # "re-ran 1,500 past emails through both; routing went 64 → 79%"
        elif q.role == "count" and _people(q):
            q.role = "team_size"  # "nine other engineers", "三个同事": the people on it
            q.unit = "people"
    found = sorted(found + _elided_people(text, found), key=lambda q: q.start)
    mark_intermediates(found, text)
    return tuple(found)


_ELIDED = re.compile(
    r"(?i)(?:,|\band\b|，|、)\s*(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+(?=(?:in|at|on|from|for|doing|handling|who)\b)"
)


def _elided_people(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "Three engineers in Berlin and two in Austin": the second count's noun is left out."""
    from interviewer.quantities.words import find

    out: list[Quantity] = []
    taken = [(q.start, q.end) for q in found]
    for q in found:
        if q.unit != "people":
            continue
        stop = min(
            [i for i in (text.find(c, q.end) for c in ".。!?！？;；") if i >= 0] or [len(text)]
        )
        for m in _ELIDED.finditer(text, q.end, stop):
            at, end = m.span("n")
            if any(a < end and at < b for a, b in taken):
                continue
            raw = m.group("n")
            spoken = find(raw)
            value = float(raw) if raw.isdigit() else spoken[0].value if spoken else None
            if not value:
                continue
            taken.append((at, end))
            out.append(
                q.model_copy(
                    update={"text": raw, "start": at, "end": end, "value": value, "subject": ""}
                )
            )
    return out


_RATES = frozenset({"%", "pp", "x", ""})
#: Words before a number that make it a level reached ("down to seven minutes", "降到 2.5 万").
LEVEL = re.compile(r"\b(?:to|at|reached|hit|hits|reach)\b|到|至|为", re.IGNORECASE)
#: Units a bare number next to one of them takes over ("2.4 s at launch; now it's 1.8").
_CARRIED = frozenset({"ms", "h", "usd", "cny", "eur", "gbp", "bytes", "tokens"})
_DIGITS = re.compile(r"(?<![A-Za-z@\d.])\d[\d,]*(?:\.\d+)?")
#: How far (characters) a bare number may be from the number whose unit it takes.
CARRY_WITHIN = 60


def _carry_units(text: str, found: list[Quantity]) -> None:
    """A bare number just after a number with a unit, and written like it, is in that unit and
    about the same measure ("p95 was 2.4 s; after the cache it's 1.8", "以前 8 万，现在 3")."""
    for prev, q in zip(found, found[1:], strict=False):
        if q.unit or (q.family and q.family != prev.family) or q.start - prev.end > CARRY_WITHIN:
            continue
        digits = _DIGITS.findall(prev.text)
        own = _DIGITS.findall(q.text)
        if not digits or not own or "\n" in text[prev.end : q.start]:
            continue
        if prev.unit not in _CARRIED and not (
            prev.unit in ("%", "pp") and _alike(digits[-1], own[-1])
        ):
            continue  # "false positives were 1.1 percent; now 0.3": a rate written alike
        written = float(digits[-1].replace(",", ""))
        if not written:
            continue
        factor = prev.value / written
        q.unit, q.raw_unit = prev.unit, prev.raw_unit
        q.value *= factor
        q.baseline = None if q.baseline is None else q.baseline * factor
        q.result = None if q.result is None else q.result * factor
        q.subject, q.family = prev.subject, prev.family
        if q.role in ("count", "other"):
            q.role = "result"


_SAMPLED = re.compile(r"(?i)sampl|traffic|requests|users|抽样|抽检|灰度|流量|请求")


def _alike(a: str, b: str) -> bool:
    """Two figures written with the same number of decimals ("1.1" and "0.3")."""
    return ("." in a) == ("." in b) and len(a.partition(".")[2]) == len(b.partition(".")[2])


def _users(text: str, q: Quantity) -> bool:
    """People told per day or week, or who use the thing, are its users, not its team
    ("four hundred people a week use it")."""
    clause = text[max(0, q.start - 12) : min(len(text), q.end + 30)]
    v = vocab()
    per = any(v[f"numbers.per_{p}"].search(clause) for p in ("day", "week", "month"))
    return per or v["numbers.users_cue"].search(clause) is not None


def _pool(text: str, q: Quantity) -> bool:
    """A count later cut down in the same sentence ("sampled 500, kept 350"): a step."""
    end = min([i for i in (text.find(p, q.end) for p in ".。!?！？\n") if i >= 0] or [len(text)])
    return vocab()["numbers.kept_cue"].search(text[q.end : end]) is not None


def _run_through(text: str, q: Quantity, found: list[Quantity]) -> bool:
    """Things run through the system to measure a result told in the same sentence."""
    lo = max(text.rfind(p, 0, q.start) for p in ".。!?！？\n") + 1
    head = text[max(lo, q.start - 25) : q.start]
    hi = min([i for i in (text.find(p, q.end) for p in ".。!?！？\n") if i >= 0] or [len(text)])
    measured = any(o is not q and o.role == "result" and lo <= o.start < hi for o in found)
    return measured and vocab()["numbers.sample_verb"].search(head) is not None


_HEAD_CUT = re.compile(r"[,;，；。(（)）]")


def _told_as_start(text: str, q: Quantity) -> bool:
    """ "compared with 52% before", or a level the clause says things were at before ("before
    it was around 62%", 原来是 6 分钟) — not one they were brought to ("before launch we got it
    to 83%")."""
    head = _HEAD_CUT.split(text[max(0, q.start - 30) : q.start])[-1]
    if vocab()["numbers.compare_cue"].search(head) is not None:
        return True
    return (
        vocab()["numbers.baseline_cue"].search(head) is not None
        and _WAS.search(head) is not None
        and _BROUGHT_TO.search(head) is None
    )


_WAS = re.compile(r"\b(?:was|were|used to be|stood at|sat at)\b|是|为|在", re.I)
_BROUGHT_TO = re.compile(r"\b(?:to|reached|hit|got)\b|到|达到|提升|降", re.I)


def same_measure(a: Quantity, b: Quantity) -> bool:
    """Same measure by the quantities module (family, or most subject words), except that a
    number without a unit never meets one with a unit."""
    if bool(a.unit) != bool(b.unit) and not (
        {a.unit, b.unit} <= _RATES and a.family and a.family == b.family
    ):
        return False
    return bool(
        quantities.same_measure(
            quantities.Quantity(**_fields(a)), quantities.Quantity(**_fields(b))
        )
    )


def mark_intermediates(found: list[Quantity], text: str = "") -> None:
    """Earlier values of a measure the answer goes on to give again are steps on the way
    ("the reranker took it to 0.52, negative sampling to 0.58": 0.52 is a step). A share of
    things ("62% of real bugs") is no step toward a later figure that names another measure
    ("with a 9% false-alarm rate")."""
    for i, q in enumerate(found):
        share = bool(text) and _SHARE_OF.match(text, q.end) is not None
        if q.role == "result" and any(
            _again(q, later)
            and not (share and (later.family or later.subject) and later.family != q.family)
            for later in found[i + 1 :]
        ):
            q.role = "intermediate"


_SHARE_OF = re.compile(r"\s*(?:of|of the|of all|of our|的)\s*[^\W\d]", re.IGNORECASE)


def _again(q: Quantity, later: Quantity) -> bool:
    if (
        later.baseline is None
        and later.result is None
        and (later.direction or later.unit == "pp")
        and not LEVEL.search(later.text)
    ):
        return False  # "…, about six points": a change, not a later value
    if later.role == "result" and (
        same_measure(q, later) or (q.unit == later.unit and not (q.family and later.family))
    ):
        return True
    # a bare rate after it, with no measure of its own, continues the same measure
    return (
        q.unit in _RATES
        and later.unit == q.unit
        and later.role in ("count", "other")
        and not later.family
        and later.direction is None
        and later.baseline is None
    )


def _fields(q: Quantity) -> dict[str, Any]:
    data = q.model_dump()
    if data["role"] == "incidental":
        data["role"] = "other"
    return data


def _convert(q: Any) -> Quantity:
    data = q.model_dump() if hasattr(q, "model_dump") else dict(q)
    keep = set(Quantity.model_fields)
    return Quantity(**{k: v for k, v in data.items() if k in keep})


def _people(q: Quantity) -> bool:
    people = vocab()["numbers.people"]
    return bool(people.search(q.raw_unit) or people.search(q.subject.split(" ")[-1]))


def _setting(text: str, q: Quantity) -> bool:
    """A value given right after the setting it configures ("LoRA rank 16"): how it was set up,
    not a measured fact a résumé claim or an earlier answer could contradict."""
    lead = re.split(r"\d", q.text, maxsplit=1)[0]
    before = text[max(0, q.start - 30) : q.start] + lead
    if q.role in ("count", "other", ""):
        return vocab()["numbers.setting"].search(before) is not None
    # "capped the queue delay at 5 ms", "超时设成 3 秒": a configured limit, even in a unit
    return (
        q.role == "result"
        and q.baseline is None
        and q.direction is None
        and vocab()["numbers.limit_set"].search(before) is not None
    )


def _denied(text: str, q: Quantity) -> bool:
    """A figure the answer refuses ("not the 120 you see there", 不是 6 个, "rather than five"):
    the claim quoted to be denied, no value told. Not a bound ("not quite 90%", "not more than
    ten", 不到一半), which tells a level."""
    m = _NUMERAL.search(q.text)
    at = q.start + (m.start() if m else 0)
    return vocab()["numbers.denied"].search(text[max(0, at - 24) : at]) is not None


_NUMERAL = re.compile(
    r"(?i)\d|[零一二两兩三四五六七八九十百千万萬半]|\b(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half)\b"
)


def _incidental(text: str, q: Quantity) -> bool:
    if q.role == "date":
        return True
    lo = max(0, text.rfind("\n", 0, q.start) + 1)
    left = max(text.rfind(p, lo, q.start) for p in "。！？!?；;.,，") + 1
    right_stop = [text.find(p, q.end) for p in "。！？!?；;，,\n"]
    right = min([r for r in right_stop if r >= 0] or [len(text)])
    clause = text[max(lo, left) : right]
    return vocab()["substance.incidental"].search(clause) is not None
