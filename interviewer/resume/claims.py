"""The résumé's numbers as ClaimedMetric: the quantities reader, shaped for the résumé contract."""

from __future__ import annotations

from interviewer.quantities import Quantity, extract_quantities
from interviewer.types import ClaimedMetric


def to_claim(q: Quantity) -> ClaimedMetric:
    """One quantity as a résumé metric; `what` and `subject` both name what it is about."""
    return ClaimedMetric(
        text=q.text,
        value=q.value,
        unit=q.unit,
        what=q.subject,
        baseline=q.baseline,
        result=q.result,
        direction=q.direction,
        role="result" if q.role in ("result", "intermediate", "baseline") else q.role,
        subject=q.subject,
        raw_unit=q.raw_unit,
        bound=q.bound,
    )


def claims_in(text: str) -> list[ClaimedMetric]:
    """Every number of a résumé line, results and facts alike (facts feed contradiction checks)."""
    return [to_claim(q) for q in extract_quantities(text)]


def has_claim(text: str) -> bool:
    """True when the text states a quantity (a project name never does)."""
    return bool(extract_quantities(text))
