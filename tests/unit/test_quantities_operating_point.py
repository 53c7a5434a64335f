"""A figure told as the point a measure is read at ('recall at a fixed 0.5% false-positive rate',
'precision at 90% recall', 在 1% 误报率下的召回) is a setting of that measure, not a result; the change
told after it is about the measure named before 'at', not about the setting's measure."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "setting", "value", "family"),
    [
        (
            "fraud recall at a fixed 0.5% false-positive rate went from 71% to 76%.",
            0.5,
            76,
            "recall",
        ),
        ("precision at 90% recall rose from 0.62 to 0.71", 90, 0.71, "precision"),
        ("在 1% 误报率下，召回从 60% 提升到 72%。", 1, 72, "recall"),
        ("Recall at 1% FPR improved from 0.48 to 0.66.", 1, 0.66, "recall"),
        ("误报率控制在 2% 的情况下，召回率由 55% 提高到 70%。", 2, 70, "recall"),
    ],
)
def test_the_operating_point_is_a_setting(
    text: str, setting: float, value: float, family: str
) -> None:
    found = extract_quantities(text)
    assert [q.role for q in found if q.value == setting] == ["other"], found
    results = [q for q in found if q.role == "result"]
    assert [(q.value, q.family) for q in results] == [(value, family)], found
