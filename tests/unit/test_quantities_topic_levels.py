"""Levels whose unit is left out: a measure named once as the topic, later bare figures told as
reached (到 88, 'got it to 62') are its levels, not counts (issue #15, lead probe Q7: "准确率提升主要
靠版面分析那步，单独加few-shot大概到88，加上版面分析到95" read as two counts, then "有数的话是多少").

Inputs written before the fix, in other words than the splits.
"""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "last", "family"),
    [
        ("召回这块，光调 prompt 到 76，加了重排到 83", 83, "recall"),
        ("准确率这块主要靠清洗数据，清洗完到了 91，再加规则到 94", 94, "accuracy"),
        (
            "hit rate was the thing we chased, warming alone got it to 62 and the prefetcher to 80",
            80,
            "hit_rate",
        ),
        ("命中率的话，预热完大概到七十，加了预取到八十五", 85, "hit_rate"),
        (
            "accuracy mostly came from layout parsing: few-shot by itself got to 88, with layout to 95",
            95,
            "accuracy",
        ),
    ],
)
def test_a_bare_level_after_a_named_measure_is_its_level(
    text: str, last: float, family: str
) -> None:
    found = extract_quantities(text)
    shown = [(q.text, q.role, q.unit, q.value, q.family) for q in found]
    top = [q for q in found if q.value == last]
    assert top and top[0].role == "result" and top[0].family == family, shown
    assert not [q for q in found if q.role in ("count", "other", "sample_size")], shown


@pytest.mark.parametrize(
    "text",
    [
        # a counted noun after the figure, or another measure named between, keeps it apart
        "召回这块，一共招到了 12 个标注员",
        "accuracy was fine; the team grew to 9 people",
    ],
)
def test_a_figure_of_something_else_is_not_the_topic_level(text: str) -> None:
    found = extract_quantities(text)
    assert not [q for q in found if q.family in ("recall", "accuracy")], [
        (q.text, q.role, q.family) for q in found
    ]
