"""A measure at a ranking cutoff (Recall@10, Hit@5, 'recall at 20') told bare is a score on a 0-100
scale, not a share; a plain share measure told bare above one ('accuracy got to 79') is still %."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value", "baseline"),
    [
        ("Recall@10 由 61.3 提升至 72.8", 72.8, 61.3),
        ("Hit@5 went from 48 to 57", 57, 48),
        ("R@1 从 33.2 提到 39.5", 39.5, 33.2),
        ("recall at 20 is now 88.1, up from 80.4", 88.1, 80.4),
    ],
)
def test_a_score_at_a_cutoff_is_no_share(text: str, value: float, baseline: float) -> None:
    (q,) = [q for q in extract_quantities(text) if q.value == value]
    assert (q.unit, q.baseline, q.role) == ("", baseline, "result")


@pytest.mark.parametrize(
    ("text", "value"),
    [("召回率由 61.3 提升至 72.8", 72.8), ("accuracy got to 79", 79), ("准确率到了 85", 85)],
)
def test_a_share_told_bare_is_still_a_percentage(text: str, value: float) -> None:
    (q,) = [q for q in extract_quantities(text) if q.value == value]
    assert q.unit == "%"
