"""A measure named right after a figure and joined to it ('six points of precision', '120 ms off
p95', '30 ms back on p99', 6 个点的召回, 3 个点的准确率) is what the figure measures, wherever the
sentence's subject is; points of a share measure are percentage points, and a change word after
the measure (提升, 下降) or taken 'off' it gives the direction."""

from __future__ import annotations

import pytest
from quantity_expect import results

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "subject"),
    [
        ("this alone gained us six points of precision", 6, "pp", "precision"),
        ("that got us 2 extra points of F1 on the dev set", 2, "pp", "F1"),
        ("we got about 30 ms back on p99 with that change", 30, "ms", "p99"),
        ("The cache took 120 ms off p95.", 120, "ms", "p95"),
        ("这一步带来了 6 个点的召回提升。", 6, "pp", "召回"),
        ("多拿了 3 个点的准确率。", 3, "pp", "准确率"),
        ("the rerank step added 4 more points of recall@10", 4, "pp", "recall"),
        ("换了 embedding 之后多了 5 个点的命中率。", 5, "pp", "命中率"),
    ],
)
def test_the_measure_named_after_the_figure(
    text: str, value: float, unit: str, subject: str
) -> None:
    found = results(text)
    assert [(q.value, q.unit) for q in found] == [(value, unit)], found
    assert subject.lower() in found[0].subject.lower()
    assert found[0].family


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The cache took 120 ms off p95.", "down"),
        ("这一步带来了 6 个点的召回提升。", "up"),
        ("换来了 20% 的成本下降。", "down"),
        ("this alone gained us six points of precision", "up"),
    ],
)
def test_the_direction_told_after_the_measure(text: str, direction: str) -> None:
    found = results(text)
    assert [q.direction for q in found] == [direction]


@pytest.mark.parametrize(
    "text",
    [
        # a thing after the figure that is no measure: nothing is renamed
        "we shipped 6 points of presence in Europe",
        "训练用了 8 个点的数据中心资源。",
    ],
)
def test_no_measure_after_renames_nothing(text: str) -> None:
    assert all(not q.family for q in extract_quantities(text))
