"""A figure that sets what a measure counts is part of the measure's name, not a quantity of its
own: the window its events are counted in ('recovery within 30 days', 30天内还款率), the horizon a
prediction or a label looks ahead ('churned in the following 30 days', 未来14天, 30 天内有没有逾期),
the cut-off of the ranked list it is read on ('precision at top-500', 前200名的命中率). Such a figure
is no duration the work took and no count of things; the claim is the measure's level or change.
A span of time that tells how long the work took stays a duration."""

from __future__ import annotations

import pytest

from interviewer.quantities import Quantity, extract_quantities


def _roles(found: list[Quantity]) -> list[str]:
    return [q.role for q in found]


@pytest.mark.parametrize(
    ("text", "value", "baseline"),
    [
        # lead probe L2: the window is the measure's, the A/B test's 8 weeks are time taken
        ("Recovery within 30 days went from 41% to 47% in an A/B test over 8 weeks.", 47, 41),
        ("share of tickets reopened within 48 hours fell from 9% to 4%", 4, 9),
        (
            "so the percentage of loans paid back within ninety days went up from sixty to sixty "
            "six percent",
            66,
            60,
        ),
        ("30天内还款率从 41% 提到了 47%", 47, 41),
        ("七天内的复访率由 22% 涨到 30%", 30, 22),
        ("48小时内解决率从六成提到了八成", 80, 60),
    ],
)
def test_a_window_in_the_measure_name_is_no_duration(
    text: str, value: float, baseline: float
) -> None:
    found = extract_quantities(text)
    results = [q for q in found if q.role == "result"]
    assert [(q.value, q.baseline) for q in results] == [(value, baseline)], found
    durations = [q.value for q in found if q.role == "duration"]
    assert durations == ([1344.0] if "8 weeks" in text else []), found


@pytest.mark.parametrize(
    "text",
    [
        # lead probes L5 and L14: an evaluation window or a label horizon, no run time
        "Every Monday we compared the top-500 list against merchants who actually churned in the "
        "following 30 days",
        "Labels were whether the merchant churned in the following 30 days.",
        "The model flags accounts likely to default in the coming 60 days; AUC 0.79.",
        "we predict which customers will cancel over the next two weeks, and recall among the top "
        "200 is 0.55",
        "预测未来14天是否流失，前200名的命中率是 0.58",
        "标签定义是 30 天内有没有逾期",
        "label 就是接下来 7 天会不会下单",
    ],
)
def test_a_horizon_is_no_duration_and_a_cutoff_no_count(text: str) -> None:
    found = extract_quantities(text)
    assert not {"duration", "count", "team_size"} & set(_roles(found)), found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # lead probe L3: the 500 is the k of the metric
        ("precision at top-500 was 0.62", 0.62),
        ("Precision among the top 1,000 scored merchants: 0.48", 0.48),
        ("排名前 100 的精确率是 0.66", 0.66),
        ("前50名的准确率做到了 0.9", 0.9),
        ("hit rate in the top 20 is about 0.4", 0.4),
    ],
)
def test_a_cutoff_is_part_of_the_measure_name(text: str, value: float) -> None:
    found = extract_quantities(text)
    assert [(q.role, q.value) for q in found] == [("result", value)], found


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("we shipped it within 3 months and latency dropped to 80 ms", 2190.0),
        ("三个月内把延迟从 300ms 降到了 80ms", 2190.0),
        ("It took 6 weeks to bring churn from 5% to 3%.", 1008.0),
        ("三个月内上线，日活涨到 5 万", 2190.0),
        ("Over the next 2 quarters we migrated all 40 services.", 4380.0),
    ],
)
def test_time_the_work_took_stays_a_duration(text: str, hours: float) -> None:
    found = extract_quantities(text)
    assert [q.value for q in found if q.role == "duration"] == [hours], found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # lead probe L20: the claim's measure is "recovery within 30 days", not "recovery"
        ("Recovery within 30 days went from 41% to 47% in an A/B test over 8 weeks.", "within 30"),
        ("share of tickets reopened within 48 hours fell from 9% to 4%", "within 48 hours"),
        ("the share of users who came back within a week went up from 18 to 24 percent", "week"),
        ("30天内还款率从 41% 提到了 47%", "30天内还款率"),
        ("precision at top-500 was 0.62", "top-500"),
        # a figure of its own inside the name: the change has no subject but the name's
        ("the share of sellers with 5 sales within 30 days rose from 20% to 33%", "within 30 days"),
        ("orders with 2 or more refunds within a month went from 3% to 1.2%", "within a month"),
    ],
)
def test_the_measure_keeps_its_window_or_cutoff_in_its_name(text: str, name: str) -> None:
    found = [q for q in extract_quantities(text) if q.role == "result"]
    assert [name in q.subject for q in found] == [True], found
