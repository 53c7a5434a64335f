"""A start told as what a measure was before, then a later level told as what it is or was after
(no 'to'), in one spoken sentence: one change, the start its baseline (issue #15, quant14; ASR
without punctuation). Inputs written before the fix."""

from __future__ import annotations

import pytest
from quantity_expect import results

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value", "baseline"),
    [
        (
            "so yeah the error rate was around eight percent before and after the new parser it was like two percent",
            2,
            8,
        ),
        ("the accuracy was 81 percent before and after fine-tuning it is 88 percent", 88, 81),
        ("churn was about 6% before and now it's 4%", 4, 6),
        ("p95 was like 900 ms before the cache and after it was around 250 ms", 250, 900),
    ],
)
def test_a_later_level_after_a_told_start_is_one_change(
    text: str, value: float, baseline: float
) -> None:
    got = results(text)
    assert any(q.value == value and q.baseline == baseline for q in got), [
        (q.text, q.role, q.value, q.baseline) for q in extract_quantities(text)
    ]
