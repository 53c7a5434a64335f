"""Quantities of an answer with their role in THIS answer, from the quantities module.

`interviewer.quantities` (interfaces §1) reads every number; this module only re-reads the
role in the answer's context: years of experience, market figures and dates say nothing about
the work asked about, so they become `incidental`. Until the quantities module is installed the
old `interviewer.metrics` extractor stands in (no spans of its own, coarser roles).
"""

from __future__ import annotations

import re
from typing import Any

from interviewer.reading.model import Quantity
from interviewer.reading.vocab import require, vocab

require("substance", "incidental")

#: Roles that are facts about the work, compared with résumé claims and earlier answers.
COMPARED_ROLES = frozenset(
    {
        "result",
        "baseline",
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
    """Every quantity of `text`, roles read in the answer's context."""
    try:
        from interviewer.quantities import extract_quantities
    except ImportError:
        found = _legacy(text)
    else:
        found = [_convert(q) for q in extract_quantities(text, lang)]
    for q in found:
        if _incidental(text, q):
            q.role = "incidental"
    return found


def same_measure(a: Quantity, b: Quantity) -> bool:
    try:
        from interviewer.quantities import Quantity as Q
        from interviewer.quantities import same_measure as sm
    except ImportError:
        return _legacy_same(a, b)
    return bool(sm(Q(**_fields(a)), Q(**_fields(b))))


def consistent(said: Quantity, claim: Quantity) -> bool:
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
    return not ka or not kb or ka == kb


def _legacy_consistent(said: Quantity, claim: Quantity) -> bool:
    path = [v for v in (claim.baseline, claim.result, claim.value) if v is not None]
    values = [v for v in (said.baseline, said.value) if v is not None]
    lo, hi = min(path), max(path)
    return all(lo - 0.5 <= v <= hi + 0.5 for v in values)
