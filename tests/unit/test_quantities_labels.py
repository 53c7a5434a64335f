"""A measure's name is cut whole: never with the time phrase before it (刚接手的时候, 上线以后,
那段时间) nor the adverb between it and its verb (现在, 直接, 已经, 一度, 基本稳定), nor, in English,
the verb that places the figure ("finishes in", "sits near")."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("刚接手的时候准确率才七十出头", "准确率"),
        ("上线以后召回率涨到了 90%", "召回率"),
        ("P 九十九 现在压到了三百毫秒以内", "P 九十九"),
        ("跟老版本比，召回直接高了 9 个点", "召回"),
        ("延迟已经降到 80 毫秒", "延迟"),
        ("那段时间错误率基本稳定在 2% 以下", "错误率"),
        ("改版期间转化率一度掉到 1.2%", "转化率"),
    ],
)
def test_the_measure_is_cut_whole(text: str, subject: str) -> None:
    (q,) = extract_quantities(text)
    assert q.subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("p95 still sits near two hundred milliseconds", "p95"),
        ("the index build now finishes in about 12 minutes", "index build"),
        ("nightly ETL now completes within 40 minutes", "nightly ETL"),
        ("the reranker usually runs at 30 ms per query", "reranker"),
        ("p99 latency sits at 180 ms", "p99 latency"),
    ],
)
def test_an_en_verb_before_the_figure_is_not_the_measure(text: str, subject: str) -> None:
    (q,) = extract_quantities(text)
    assert q.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "we used to get maybe thirty complaints a week, these days it's closer to five",
        "these days it's closer to five",
    ],
)
def test_these_days_is_no_unit_of_a_number_in_words(text: str) -> None:
    assert all(q.unit != "h" for q in extract_quantities(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [("saved about twelve hundred engineer-hours", 1200), ("1,200 engineer-hours", 1200)],
)
def test_hours_counted_as_a_noun_stay_hours(text: str, value: float) -> None:
    q = next(q for q in extract_quantities(text) if q.value == value)
    assert q.unit == "h"
