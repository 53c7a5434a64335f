"""Pure maths on scores: weighted overall, caps, averages."""

from __future__ import annotations

from collections.abc import Iterable

from interviewer.schemas import Rubric
from interviewer.types import CriterionGrade


def overall(rubric: Rubric, grades: Iterable[CriterionGrade]) -> float:
    """Weighted mean of the 1–5 scores mapped to 0–100 (1 → 0, 5 → 100), over graded criteria."""
    weights = {c.id: c.weight for c in rubric.criteria}
    total = weight_sum = 0.0
    for g in grades:
        w = weights.get(g.criterion)
        if w is None:
            continue
        total += w * (g.score - 1) / 4 * 100
        weight_sum += w
    return round(total / weight_sum, 1) if weight_sum else 0.0


def cap(grades: list[CriterionGrade], limit: int) -> list[CriterionGrade]:
    """Every score at most `limit` (used for flagged answers)."""
    return [g.model_copy(update={"score": min(g.score, limit)}) for g in grades]


def mean(values: Iterable[float]) -> float | None:
    vals = list(values)
    return round(sum(vals) / len(vals), 2) if vals else None
