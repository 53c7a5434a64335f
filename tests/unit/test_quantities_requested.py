"""A figure someone asked for (要求, 'asked for', 'wanted', 希望), told before a figure achieved on
the same measure later in the sentence, is a target; asked for with nothing achieved after it
('按要求将时效压缩到 10 分钟') it is the work done and stays a result."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "target", "result"),
    [
        ("客户要求 P99 低于 200ms，实际做到了 150ms。", 200, 150),
        ("the PM asked for 95% recall and we got 96.5%", 95, 96.5),
        ("领导的要求是准确率 90%，最后做到 93%。", 90, 93),
        ("They wanted it under one second, and we delivered 700 ms.", 1000, 700),
        ("业务方希望召回率到 80%，上线时是 84%。", 80, 84),
        ("Sales requested a 20% cost cut; in the end we found 26%.", 20, 26),
    ],
)
def test_asked_for_then_achieved(text: str, target: float, result: float) -> None:
    found = extract_quantities(text)
    assert [q.value for q in found if q.role == "target"] == [target], found
    assert [q.value for q in found if q.role == "result"] == [result], found


@pytest.mark.parametrize(
    "text",
    ["按要求将时效压缩到 10 分钟。", "The client wanted faster answers, so we cut p95 to 400 ms."],
)
def test_asked_for_alone_is_the_work_done(text: str) -> None:
    assert [q.role for q in extract_quantities(text)] == ["result"]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("客户要求 P99 低于 200ms，实际做到了 150ms。", "latency"),
        ("the PM asked for 95% recall and in the end it was 96.5%", "recall"),
    ],
)
def test_the_achieved_figure_is_about_the_measure_asked_for(text: str, family: str) -> None:
    found = [q for q in extract_quantities(text) if q.role == "result"]
    assert [q.family for q in found] == [family]
