"""A total over the steps told before it sums them: its totals words never name what it is about,
and it takes its steps' unit (when told bare) and their direction (when they agree)."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "direction", "subject"),
    [
        ("第一版提了 5 个点，第二版又提了 3 个点，一共 8 个点。", 8, "pp", "up", ""),
        ("v1 gained 4 points and v2 another 3, 7 altogether", 7, "pp", "up", ""),
        ("前后加起来，延迟一共降了 300 毫秒", 300, "ms", "down", "延迟"),
        ("all told 12 points", 12, "pp", None, ""),
        ("剪枝降了 20 毫秒，量化又降了 30 毫秒，累计 50 毫秒", 50, "ms", "down", ""),
    ],
)
def test_a_total_of_steps(
    text: str, value: float, unit: str, direction: str | None, subject: str
) -> None:
    (q,) = [q for q in extract_quantities(text) if q.value == value]
    assert (q.unit, q.role, q.direction) == (unit, "result", direction)
    assert q.subject == subject or (subject and subject in q.subject)


@pytest.mark.parametrize(
    "text", ["一共 8 个点", "all told 12 points", "in total 40% cheaper", "总共提升了 6%"]
)
def test_totals_words_are_never_the_subject(text: str) -> None:
    for q in extract_quantities(text):
        assert q.subject.lower() not in {"一共", "told", "all told", "in total", "total", "总共"}


def test_a_raise_told_as_ti_le_is_up() -> None:
    (q,) = extract_quantities("F1 提了 0.03")
    assert (q.direction, q.role) == ("up", "result")


def test_a_total_of_people_stays_a_team() -> None:
    (q,) = extract_quantities("we hired 3 people in total")
    assert q.role == "team_size"
