"""A figure the speaker withdraws and replaces ("nine, sorry, eleven", "四个人，哦不对，是五个人",
"40 ms, not 400") is no quantity: the figure that replaces it is the one told, read with the
measure, unit and role the sentence gives it. A repair is a relation between two figures of one
measure with nothing but the repair between them; words that only sit near a number repair
nothing."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "role", "value", "unit"),
    [
        ("conversion was up nine, sorry, eleven percent after the redesign", "result", 11, "%"),
        ("团队当时四个人，哦不对，是五个人。", "team_size", 5, "people"),
        ("we were paying $3k, I mean $3.5k, every month for the cluster", "cost", 3500, "usd"),
        ("P99 是 450 毫秒，说错了，是 540 毫秒。", "result", 540, "ms"),
        ("Accuracy hit 0.91 — or rather 0.89 on the held-out set.", "result", 0.89, ""),
        ("召回率涨到了百分之七十，不是七十五。", "result", 70, "%"),
        ("p95 is 40 ms, not 400", "result", 40, "ms"),
        ("the error rate is like three, um, no, two percent now", "result", 2, "%"),
        ("日活差不多八十万，呃，应该是九十万左右。", "count", 900_000, ""),
    ],
)
def test_the_replacing_figure_is_the_one_told(
    text: str, role: str, value: float, unit: str
) -> None:
    found = extract_quantities(text)
    assert len(found) == 1, [(q.text, q.value) for q in found]
    q = found[0]
    assert (q.role, q.unit) == (role, unit) or (role == "result" and unit == "" and q.role == role)
    assert abs(q.value - value) <= 1e-6 * max(1.0, value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a repair word with other words around it: both figures stand
        ("p95 is 200 ms; sorry for the delay, the report has 12 pages", [200, 12]),
        ("we had 3 GPUs, no budget for more, and 2 engineers", [3, 2]),
        ("准确率 92%，不是所有类别都一样，长尾类只有 70%。", [92, 70]),
        ("latency fell from 400 ms to 90 ms, not bad", [90]),
    ],
)
def test_words_near_a_number_repair_nothing(text: str, values: list[float]) -> None:
    found = extract_quantities(text)
    assert [q.value for q in found if q.role != "baseline"] == values
