"""A count of steps told before a change ('两轮调优', '4 rounds of tuning', '三次迭代') names only its
steps: the change word after the steps belongs to the figure that follows, which is the result
with that change's direction and measure."""

from __future__ import annotations

import pytest
from quantity_expect import results

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value", "direction", "family"),
    [
        ("经过两轮调优降低成本 35%。", 35, "down", "cost"),
        ("两个版本累计提升准确率 9 个点。", 9, "up", "accuracy"),
        ("三轮迭代压缩延迟 40%。", 40, "down", "latency"),
        ("after 4 rounds of tuning we cut latency 50%", 50, "down", "latency"),
        ("五次实验合计减少误报 60%。", 60, "down", ""),
        ("the two fixes together reduced p95 by 120 ms", 120, "down", "latency"),
    ],
)
def test_the_change_after_the_steps_is_the_figure_s(
    text: str, value: float, direction: str, family: str
) -> None:
    found = results(text)
    assert [(q.value, q.direction) for q in found] == [(value, direction)], found
    assert found[0].family == family or not family


@pytest.mark.parametrize(
    ("text", "noun"),
    [("经过两轮调优降低成本 35%。", "调优"), ("两个版本累计提升准确率 9 个点。", "版本")],
)
def test_the_steps_are_counted_alone(text: str, noun: str) -> None:
    steps = extract_quantities(text)[0]
    assert steps.value == 2 and steps.role != "result"
    assert noun in steps.subject and "成本" not in steps.subject and "提升" not in steps.subject
