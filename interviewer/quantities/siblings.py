"""A figure told bare beside a sibling measure of the same family that carries a unit ("p50 is 40
ms and p99 about 120", "TTFT is 300 ms and p99 around 900", "首 token 延迟 300 毫秒，P99 大概 900")
is in that unit: one unit said for a list of measures of one kind."""

from __future__ import annotations

import re

from interviewer.quantities.model import Quantity
from interviewer.quantities.units import unit_at

_SENTENCE_END_RE = re.compile(r"[.。!?！？;；\n]")
#: Units a bare figure cannot be read without; shares stay unread (a bare share is ambiguous).
_SHARED_UNITS = frozenset({"ms", "h", "qps", "tokens/s", "usd", "cny", "eur", "gbp"})


def _per_written_unit(q: Quantity) -> float | None:
    found = unit_at(q.raw_unit, 0) if q.raw_unit else None
    if q.unit in ("qps", "tokens/s"):
        return 1.0
    return found[1] if found is not None and found[0] == q.unit else None


def units_of_siblings(text: str, qs: list[Quantity]) -> None:
    """Each bare figure of a measure family takes the unit of the sibling told just before it."""
    for i, q in enumerate(qs):
        if q.unit or q.raw_unit.strip() or q.baseline is not None or not q.family:
            continue
        for old in reversed(qs[:i]):
            if _SENTENCE_END_RE.search(text, old.end, q.start):
                break
            if old.family != q.family or old.unit not in _SHARED_UNITS:
                continue
            scale = _per_written_unit(old)
            if scale is not None:
                q.value, q.unit, q.raw_unit = q.value * scale, old.unit, old.raw_unit
                q.low = None if q.low is None else q.low * scale
                q.high = None if q.high is None else q.high * scale
            break
