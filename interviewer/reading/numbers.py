"""Quantities of an answer with their role in THIS answer, from the quantities module.

`interviewer.quantities` (interfaces §1) reads every number; this module only re-reads the
role in the answer's context: years of experience, market figures and dates say nothing about
the work asked about, so they become `incidental`. Until the quantities module is installed the
old `interviewer.metrics` extractor stands in (no spans of its own, coarser roles).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from interviewer.reading.model import Quantity
from interviewer.reading.vocab import require, vocab

require("substance", "incidental")
require("numbers", "people")

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
_CLAUSE_AROUND = re.compile(r"[^。！？!?；;\n.,，]*")


def extract(text: str, lang: str | None = None) -> list[Quantity]:
    """Every quantity of `text`, roles read in the answer's context (fresh copies: callers may
    change them; résumé lines and earlier answers are read again every turn, so it is cached)."""
    return [q.model_copy() for q in _extract(text, lang)]


@lru_cache(maxsize=1024)
def _extract(text: str, lang: str | None) -> tuple[Quantity, ...]:
    try:
        from interviewer.quantities import extract_quantities
    except ImportError:
        found = _legacy(text)
    else:
        found = [_convert(q) for q in extract_quantities(text, lang)]
    for q in found:
        if _incidental(text, q):
            q.role = "incidental"
        elif q.role == "cost" and q.direction is not None:
            q.role = "result"  # "dropped to 11 cents per release": a change in money is a result
        elif q.role == "count" and _people(q):
            q.role = "team_size"  # "nine other engineers", "三个同事": the people on it
            q.unit = "people"
    mark_intermediates(found)
    return tuple(found)


#: Facts of one project that have a single value (one team, one duration, one GPU count, one
#: model size): the same role on both sides is the same measure whatever the words.
SINGLE_VALUED = frozenset({"team_size", "duration", "hardware", "model_size"})


def same_measure(a: Quantity, b: Quantity) -> bool:
    """Same measure: the quantities module decides, except that a number without a unit never
    meets one with a unit, and single-valued facts of a project meet by role."""
    if bool(a.unit) != bool(b.unit):
        return False
    if a.role == b.role and a.role in SINGLE_VALUED:
        return a.unit == b.unit
    return _same_measure(a, b)


def _same_measure(a: Quantity, b: Quantity) -> bool:
    try:
        from interviewer.quantities import Quantity as Q
        from interviewer.quantities import same_measure as sm
    except ImportError:
        return _legacy_same(a, b)
    return bool(sm(Q(**_fields(a)), Q(**_fields(b))))


def consistent(said: Quantity, claim: Quantity) -> bool:
    """Can `said` be squared with `claim`? Once the measure is known to be the same, the
    quantities module decides (ranges, bounds, rounding, intermediate steps); but a headline
    result (the last value of its measure in the answer) must meet the claim's result, not just
    lie somewhere on its path: "final accuracy was 72%" against 61% → 87% is a contradiction."""
    return not same_measure(said, claim) or values_agree(said, claim)


def values_agree(said: Quantity, claim: Quantity) -> bool:
    """Can `said` be squared with `claim`, both known to measure the same thing?

    The answer's role decides what `said` must meet: a headline result the claim's result, a
    starting point the claim's baseline, a step on the way any point of the claimed path, a
    change the claimed change. Said bounds ("under two seconds"), approximations (±10%),
    rounding ("90%" for 87%) and claimed bounds and ranges are all tolerated.
    """
    s = _in_unit(said, claim.unit)
    if s is None:
        return True
    path = [
        v
        for v in (claim.baseline, claim.result if claim.result is not None else claim.value)
        if v is not None
    ]
    if _is_delta(s):
        if claim.baseline is None:
            return True
        change = abs(path[0] - path[-1])
        rel = 100 * change / abs(path[0]) if path[0] else change
        return (
            _meets(s, change)
            or (said.unit in ("%", "pp") and _meets(s, rel))
            or _claimed(claim, s.value)
        )
    if s.role == "baseline" and s.baseline is None:
        return claim.baseline is None or _meets(s, claim.baseline)
    values = [
        v for v in (s.baseline, s.result if s.result is not None else s.value) if v is not None
    ]
    if s.role == "result":
        end = path[-1]
        ok_end = _meets(s, end) or _claimed(claim, s.result if s.result is not None else s.value, s)
        ok_start = (
            s.baseline is None or _meets(s, path[0], s.baseline) or _between(s.baseline, path)
        )
        return ok_end and ok_start
    return all(
        any(_meets(s, p, v) for p in path) or _between(v, path) or _claimed(claim, v, s)
        for v in values
    )


def _claimed(claim: Quantity, v: float, said: Quantity | None = None) -> bool:
    """`v` satisfies the claim's own bound or range ("under 300 ms" claimed, "about 250" said)."""
    tol = _tol(said, v) if said is not None else 0.0
    if claim.bound == "at_most":
        return v <= claim.value + tol
    if claim.bound == "at_least":
        return v >= claim.value - tol
    if claim.bound == "range" and claim.low is not None and claim.high is not None:
        return claim.low - tol <= v <= claim.high + tol
    if claim.bound == "about":
        return abs(v - claim.value) <= 0.1 * abs(claim.value) + tol
    return False


def _between(v: float, path: list[float]) -> bool:
    return len(path) == 2 and min(path) <= v <= max(path)


def _meets(said: Quantity, target: float, value: float | None = None) -> bool:
    """The said value (with its bound, approximation and rounding) allows `target`."""
    v = said.value if value is None else value
    tol = _tol(said, v) + 0.02 * abs(target)
    if value is None and said.low is not None and said.high is not None:
        return said.low - tol <= target <= said.high + tol
    if value is None and said.bound == "at_most":
        return target <= v + tol
    if value is None and said.bound == "at_least":
        return target >= v - tol
    if said.bound == "about":
        tol = max(tol, 0.1 * abs(target))
    return abs(v - target) <= tol


_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _tol(said: Quantity, value: float) -> float:
    """Half a step of the precision the number was said with ("90" → ±5, "0.9 s" → ±0.05 s,
    "two seconds" → ±0.5 s), in the normalised unit."""
    m = _NUM.search(said.text)
    if not m:
        return 0.5 * abs(value) / max(1.0, abs(round(value))) if value else 0.5
    raw = m.group().replace(",", "")
    number = float(raw)
    if "." in raw:
        step = 10 ** -len(raw.split(".")[1])
    else:
        digits = raw.rstrip("0")
        step = 10 ** (len(raw) - len(digits)) if digits and number >= 10 else 1
    factor = abs(value / number) if number else 1.0
    return 0.5 * step * factor


_TIME_MS = {"ms": 1.0, "h": 3_600_000.0}


def _in_unit(q: Quantity, unit: str) -> Quantity | None:
    """`q` in `unit`: the same unit, time bases, or percent vs a fraction; None if impossible."""
    if q.unit == unit:
        return q
    if q.unit in _TIME_MS and unit in _TIME_MS:
        return _scaled(q, _TIME_MS[q.unit] / _TIME_MS[unit], unit)
    if {q.unit, unit} <= {"%", "pp", ""}:
        fraction = q.unit == "" and all(
            0 <= v <= 1 for v in (q.value, q.baseline, q.result) if v is not None
        )
        return _scaled(q, 100 if fraction and unit in ("%", "pp") else 1, unit)
    return None


def _scaled(q: Quantity, factor: float, unit: str) -> Quantity:
    def f(v: float | None) -> float | None:
        return None if v is None else v * factor

    return q.model_copy(
        update={
            "value": q.value * factor,
            "baseline": f(q.baseline),
            "result": f(q.result),
            "low": f(q.low),
            "high": f(q.high),
            "unit": unit,
        }
    )


def _is_delta(q: Quantity) -> bool:
    return q.direction is not None and q.result is None and q.baseline is None


def mark_intermediates(found: list[Quantity]) -> None:
    """Earlier values of a measure the answer goes on to give again are steps on the way."""
    for i, q in enumerate(found):
        if q.role == "result" and any(
            later.role == "result"
            and (
                same_measure(q, later) or (q.unit == later.unit and not (q.family and later.family))
            )
            for later in found[i + 1 :]
        ):
            q.role = "intermediate"


def _consistent(said: Quantity, claim: Quantity) -> bool:
    try:
        from interviewer.quantities import Quantity as Q
        from interviewer.quantities import consistent as cs
    except ImportError:
        return _legacy_consistent(said, claim)
    return bool(cs(Q(**_fields(said)), Q(**_fields(claim))))


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


def _incidental(text: str, q: Quantity) -> bool:
    if q.role == "date":
        return True
    lo = max(0, text.rfind("\n", 0, q.start) + 1)
    left = max(text.rfind(p, lo, q.start) for p in "。！？!?；;.,，") + 1
    right_stop = [text.find(p, q.end) for p in "。！？!?；;，,\n"]
    right = min([r for r in right_stop if r >= 0] or [len(text)])
    clause = text[max(lo, left) : right]
    return vocab()["substance.incidental"].search(clause) is not None


# ---------------------------------------------------------------- stand-in until quantities lands


def _legacy(text: str) -> list[Quantity]:
    from interviewer.metrics import extract_metrics

    out: list[Quantity] = []
    pos = 0
    for m in extract_metrics(text):
        start = text.find(m.text, pos)
        if start < 0:
            start = text.find(m.text)
        if start < 0:
            continue
        pos = start + 1
        out.append(
            Quantity(
                text=m.text,
                start=start,
                end=start + len(m.text),
                value=m.value,
                unit=m.unit,
                raw_unit=m.unit,
                role=_legacy_role(m.unit, m.what, m.baseline),
                subject=m.what,
                baseline=m.baseline,
                result=m.result,
                direction=m.direction,
            )
        )
    return out


def _legacy_role(unit: str, what: str, baseline: float | None) -> str:
    if baseline is not None or unit in ("%", "pp", "x", "ms", "s"):
        return "result"
    return {
        "people": "team_size",
        "month": "duration",
        "week": "duration",
        "day": "duration",
        "year": "duration",
        "usd": "cost",
        "cny": "cost",
        "items": "count",
        "gpu": "hardware",
    }.get(unit, "other")


def _legacy_same(a: Quantity, b: Quantity) -> bool:
    from interviewer.metrics import measure_key_of

    if a.unit != b.unit:
        return False
    ka, kb = measure_key_of(a.subject), measure_key_of(b.subject)
    return bool(ka) and ka == kb


def _legacy_consistent(said: Quantity, claim: Quantity) -> bool:
    path = [v for v in (claim.baseline, claim.result, claim.value) if v is not None]
    values = [v for v in (said.baseline, said.value) if v is not None]
    lo, hi = min(path), max(path)
    return all(lo - 0.5 <= v <= hi + 0.5 for v in values)
