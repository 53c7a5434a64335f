"""The résumé's numbers as ClaimedMetric: the quantities reader, shaped for the résumé contract."""

from __future__ import annotations

import re

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


_LABEL_BEFORE_RE = re.compile(
    r"(?P<label>[A-Za-z\u3400-\u9fff][^:：;；.。|｜]{0,50}?)\s*[:：]\s*(?:about|around|~|≈|约)?\s*[$€¥£]?\s*$"
)


def claims_in(text: str) -> list[ClaimedMetric]:
    """Every number of a résumé line, results and facts alike (facts feed contradiction checks).
    A number right after `Measure:` is about that measure ("Working capital released: $45M")."""
    out = []
    for q in extract_quantities(text):
        claim = to_claim(q)
        label = _LABEL_BEFORE_RE.search(text[: q.start]) if not q.subject.strip() else None
        if label:
            words = label.group("label").split()
            claim.subject = claim.what = " ".join(words[-6:])
        out.append(claim)
    return out


def has_claim(text: str) -> bool:
    """True when the text states a quantity (a project name never does)."""
    return bool(extract_quantities(text))
