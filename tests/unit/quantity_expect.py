"""The rule the quantities sets (tests/data/resumes/tuning/quantities.yaml, `items:` and the
`untouched*:` splits) are scored by, shared by their tests and bench/resume.py."""

from __future__ import annotations

from typing import Any

from interviewer.quantities import Quantity


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-9, 0.011 * max(abs(a), abs(b)))


def matches(expected: dict[str, Any], q: Quantity) -> bool:
    """Role, unit and value (or low/high) agree; `around` lies inside the range read; optional
    fields agree when given."""
    if q.role != expected.get("role", q.role) or q.unit != expected.get("unit", q.unit):
        return False
    if "value" in expected and not _close(q.value, float(expected["value"])):
        return False
    for key in ("low", "high"):
        got = getattr(q, key)
        if key in expected and (got is None or not _close(got, float(expected[key]))):
            return False
    if "around" in expected and (
        q.low is None or q.high is None or not q.low <= float(expected["around"]) <= q.high
    ):
        return False
    if "family" in expected and q.family != expected["family"]:
        return False
    if "baseline" in expected and (
        q.baseline is None or not _close(q.baseline, float(expected["baseline"]))
    ):
        return False
    if "subject" in expected and expected["subject"].lower() not in q.subject.lower():
        return False
    return all(
        getattr(q, key) == expected[key] for key in ("direction", "bound") if key in expected
    )


def read_right(item: dict[str, Any]) -> bool:
    """An untouched item is read right: every expected quantity found, no role the item rules
    out, no more quantities than `count` when given (an upper bound there)."""
    from interviewer.quantities import extract_quantities

    found = extract_quantities(item["text"])
    if not all(any(matches(e, q) for q in found) for e in item.get("expect", [])):
        return False
    if "count" in item and len(found) > int(item["count"]):
        return False
    return not [q for q in found if q.role in item.get("absent", [])]


def results(text: str) -> list[Quantity]:
    """The quantities of `text` read as results, in order (the family tests' common reading)."""
    from interviewer.quantities import extract_quantities

    return [q for q in extract_quantities(text) if q.role == "result"]
