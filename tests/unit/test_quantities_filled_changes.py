"""A change said aloud with fillers or a word for 'the old one' between its words and its figures
("from 81 percent to uh 89 percent", "from two seconds to like 700 ms", 从原来的百分之六十二提到了百分之
七十八) is still one change: what sits between 'from'/'to' (从/到) and a figure is no figure and
names no other measure, so the two figures are the start and the end of one measure."""

from __future__ import annotations

import pytest

from tests.unit.quantity_expect import results


@pytest.mark.parametrize(
    ("text", "value", "baseline", "direction"),
    [
        ("we got the error rate down from 12 percent to um 7 percent", 7, 12, "down"),
        ("p95 went from 3 seconds to like 800 milliseconds after the rewrite", 800, 3000, "down"),
        ("recall went from uh 60 percent to er 75 percent", 75, 60, "up"),
        ("so we moved the hit rate from 40% to you know 65%", 65, 40, "up"),
        ("转化率从原来的百分之三提到了百分之五", 5, 3, "up"),
        ("错误率从原先的 8% 降到了 3%", 3, 8, "down"),
        ("延迟由之前的 400ms 压到了 150ms", 150, 400, "down"),
    ],
)
def test_fillers_do_not_break_a_change(
    text: str, value: float, baseline: float, direction: str
) -> None:
    found = results(text)
    assert [(q.value, q.baseline, q.direction) for q in found] == [(value, baseline, direction)], (
        found
    )
