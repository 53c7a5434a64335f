"""Person-time is effort, never a headcount (issue #14, lead probe Q2: 每月节省人力约40人天 read as
40 people).

A figure counted in people × time (人天, 人月, person-days, man-months, FTE-days, engineer-hours) is
an amount of effort (unit `h`, its span counted like the calendar's: a person-day is 24 h, as
résumé labels of 'person-days' count it): saved or cut it is a result, spent it is a cost of the work.
Inputs written before the fix, in other words than the splits.
"""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


def _effort(text: str) -> list[tuple[str, str, float]]:
    return [(q.role, q.unit, q.value) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("自动化之后每个月能省下 25 人天左右。", 25),
        ("Freed up about 6 engineer-weeks per quarter.", 42),
        ("the tooling saved us like 120 person-hours a month", 5),
        ("标注成本从每周 10 人日降到了 2 人日", 2),
        ("Reduced on-call toil by roughly 4 FTE-days a sprint.", 4),
    ],
)
def test_person_time_saved_is_a_result_in_working_hours(text: str, days: float) -> None:
    got = _effort(text)
    assert any(r == "result" and u == "h" and abs(v - 24 * days) < 0.1 for r, u, v in got), got
    assert not any(r == "team_size" for r, _, _ in got), got


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("整个项目前后投入了大概 6 人月。", 6 * 730 / 24),
        ("The rewrite cost around 30 man-days in total.", 30),
        ("we spent maybe two person-months on the labelling tool", 2 * 730 / 24),
        ("这次迁移花了 15 人天。", 15),
    ],
)
def test_person_time_spent_is_a_cost_not_a_team(text: str, days: float) -> None:
    got = _effort(text)
    assert any(r == "cost" and u == "h" and abs(v - 24 * days) < 0.1 for r, u, v in got), got
    assert not any(r in ("team_size", "result") for r, _, _ in got), got
