"""A level of a measure told as where it started (之前, 一开始, 'started at', 'was … before') and a
later level of the same measure in the same sentence told as reached are one change — the later
one the result, the start its baseline — even when a clause, a comma or the work done stands
between them and the later level carries no 'from'."""

from __future__ import annotations

import pytest

from tests.unit.quantity_expect import results


@pytest.mark.parametrize(
    ("text", "value", "baseline", "direction"),
    [
        ("之前准确率大概是百分之八十左右，改完之后到了九十一", 91, 80, "up"),
        ("召回率一开始只有六十，后来做到了七十八", 78, 60, "up"),
        ("coverage started at about 55 percent and ended up at 80 percent", 80, 55, "up"),
        ("the success rate started around 70 and we finished at 92", 92, 70, "up"),
        ("误报率原来在 12% 上下，加了规则过滤以后压到了 4%", 4, 12, "down"),
        ("Our NPS was 31 before the redesign; after it, we measured 45.", 45, 31, "up"),
    ],
)
def test_a_start_and_a_later_level_are_one_change(
    text: str, value: float, baseline: float, direction: str
) -> None:
    found = results(text)
    assert [(q.value, q.baseline, q.direction) for q in found] == [(value, baseline, direction)], (
        found
    )


@pytest.mark.parametrize(
    "text",
    [
        # another measure's level is no end of the start
        "之前准确率大概是 80%，召回率到了 70%",
        "latency was 800 ms before, and throughput reached 2,000 QPS",
    ],
)
def test_another_measure_is_no_end(text: str) -> None:
    assert all(q.baseline is None for q in results(text)), results(text)


@pytest.mark.parametrize(
    ("text", "value", "baseline"),
    [
        ("召回一开始 0.5，换了 embedding 0.63", 0.63, 0.5),
        ("F1 一开始也就 0.6，调完阈值 0.7 出头", 0.7, 0.6),
        ("precision started at 0.4, with the new features 0.55", 0.55, 0.4),
        ("NDCG 原来 0.3，加了 rerank 0.42", 0.42, 0.3),
    ],
)
def test_a_bare_figure_after_a_start_is_its_later_level(
    text: str, value: float, baseline: float
) -> None:
    found = results(text)
    assert [(q.value, q.baseline) for q in found] == [(value, baseline)], found


def test_a_counted_figure_after_a_start_stays_a_count() -> None:
    from interviewer.quantities import extract_quantities

    found = extract_quantities("召回一开始 0.5，后来换了 3 个 embedding 模型")
    assert [(q.role, q.value) for q in found if q.value == 3] == [("count", 3)], found


@pytest.mark.parametrize(
    "text",
    [
        # reading fresh10-037's family: '七成多' is 70 to 80, no exact start to hold a résumé to
        "召回率一开始六成多，后来做到了八成五",
        "accuracy started at seventy-something and we ended at 92 percent",
        "延迟一开始两百多毫秒，后来压到了八十毫秒",
        "the hit rate started in the 40s and ended at 85%",
    ],
)
def test_a_start_told_as_a_range_stays_alone(text: str) -> None:
    assert all(q.baseline is None for q in results(text)), results(text)
