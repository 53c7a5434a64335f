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
