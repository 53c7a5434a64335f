"""Comparing two quantities: do they measure the same thing, and do their values agree?"""

from __future__ import annotations

import re

from interviewer.quantities.model import Quantity
from interviewer.quantities.units import to_seconds
from interviewer.quantities.vocab import vocab

_MONEY = {"usd", "cny", "eur", "gbp"}
_WORD_RE = re.compile(r"[a-z]{3,}|[\u3400-\u9fff]{2}")


def same_measure(a: Quantity, b: Quantity) -> bool:
    """Same subject family (or the same subject words) and units that can be compared."""
    if not _comparable_units(a, b):
        return False
    pa, pb = _percentile(a.subject), _percentile(b.subject)
    if pa and pb and pa != pb:
        return False
    fa, fb = a.family, b.family
    if fa and fb:
        return fa == fb
    wa, wb = _words(a), _words(b)
    if wa and wb:
        return len(wa & wb) / min(len(wa), len(wb)) >= 0.5
    return False


def consistent(said: Quantity, claim: Quantity) -> bool:
    """False only when both tell the same measure and `said` cannot be squared with `claim`.

    Tolerant of rounding, of bounds and ranges, of a delta that matches the claimed change, and
    of a value on the claimed baseline → result path (an intermediate step, not a contradiction).
    """
    if not same_measure(said, claim):
        return True
    s, c = _in_unit(said, claim), claim
    if s is None:
        return True
    if _is_delta(s) or _is_delta(c):
        return _delta_consistent(s, c)
    path = _path(c)
    said_values = [
        v for v in (s.baseline, s.result if s.result is not None else s.value) if v is not None
    ]
    if s.low is not None and s.high is not None:
        return any(s.low - _tol(s.low, x) <= x <= s.high + _tol(s.high, x) for x in path)
    return all(_on_path(v, c, path) for v in said_values)


def _on_path(v: float, c: Quantity, path: list[float]) -> bool:
    if any(_close(v, x) for x in path):
        return True
    if len(path) == 2 and min(path) - _tol(v, min(path)) <= v <= max(path) + _tol(v, max(path)):
        return True  # an intermediate step between baseline and result
    if c.bound == "at_most":
        return v <= c.value + _tol(v, c.value)
    if c.bound == "at_least":
        return v >= c.value - _tol(v, c.value)
    if c.bound == "range" and c.low is not None and c.high is not None:
        return c.low - _tol(v, c.low) <= v <= c.high + _tol(v, c.high)
    if c.bound == "about":
        return abs(v - c.value) <= 0.1 * abs(c.value) + _tol(v, c.value)
    return False


def _path(q: Quantity) -> list[float]:
    if q.baseline is not None:
        return [q.baseline, q.result if q.result is not None else q.value]
    return [q.value]


def _is_delta(q: Quantity) -> bool:
    return q.direction is not None and q.baseline is None and q.result is None


def _delta_consistent(s: Quantity, c: Quantity) -> bool:
    if _is_delta(s) and _is_delta(c):
        return s.direction == c.direction and (s.unit != c.unit or _close(s.value, c.value))
    delta, level = (s, c) if _is_delta(s) else (c, s)
    if level.baseline is None:
        return True
    end = level.result if level.result is not None else level.value
    change = end - level.baseline
    if delta.direction and ((change > 0) != (delta.direction == "up")) and change != 0:
        return False
    candidates = [abs(change)]
    if level.baseline:
        candidates.append(abs(change) / abs(level.baseline) * 100)
    if delta.unit == "x" and level.baseline:
        candidates = [end / level.baseline if end else 0, level.baseline / end if end else 0]
    return any(
        _close(delta.value, x) or delta.value <= x + _tol(delta.value, x) for x in candidates
    )


def _in_unit(s: Quantity, c: Quantity) -> Quantity | None:
    """`s` expressed in `c`'s unit (time bases, unitless rates vs %), or None when impossible."""
    if s.unit == c.unit:
        return s
    if s.unit in ("ms", "h") and c.unit in ("ms", "h"):
        factor = (to_seconds(1, s.unit) or 1) / (to_seconds(1, c.unit) or 1)
        return _scaled(s, factor, c.unit)
    if {s.unit, c.unit} <= {"%", "", "pp"}:
        values = [v for v in (s.value, s.baseline, s.result, c.value, c.baseline) if v is not None]
        if s.unit == "" and all(
            0 <= v <= 1 for v in (s.value, s.baseline, s.result) if v is not None
        ):
            if c.unit in ("%", "pp") and any(v > 1 for v in values):
                return _scaled(s, 100, c.unit)
        return _scaled(s, 1, c.unit)
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


def _decimals(x: float) -> int:
    s = repr(float(x))
    return 0 if s.endswith(".0") or "e" in s else len(s.split(".")[1])


def _tol(a: float, b: float) -> float:
    """Rounding of the less precise figure, and 2% slack."""
    return max(0.5 * 10 ** -min(_decimals(a), _decimals(b)), 0.02 * max(abs(a), abs(b)))


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _tol(a, b) + 1e-9


def _comparable_units(a: Quantity, b: Quantity) -> bool:
    if a.unit == b.unit:
        return True
    if {a.unit, b.unit} <= {"ms", "h"}:
        return True
    if {a.unit, b.unit} <= {"%", "pp", ""}:
        return True
    return a.unit in _MONEY and b.unit in _MONEY and a.unit == b.unit


def _percentile(subject: str) -> str:
    m = vocab().percentile_re.search(subject)
    return m.group().lower().lstrip("t") if m else ""


def _words(q: Quantity) -> set[str]:
    return set(_WORD_RE.findall(q.subject.lower()))
