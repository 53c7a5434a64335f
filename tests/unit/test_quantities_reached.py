"""A count told as reached or crossed (突破, 达到, 'passed', 'crossed', 'hit') is an outcome the work
won — a result; the same count told as 'more than' (超过, 'over') or bare is a size."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("订单量首次突破 10 万单。", 100_000),
        ("Monthly API calls passed 2 million in March.", 2_000_000),
        ("we crossed ten thousand paying customers last quarter", 10_000),
        ("Weekly searches hit 3 million by the end of the year.", 3_000_000),
        ("日均工单处理量达到 1.2 万件。", 12_000),
        ("上线半年，累计生成报告破 50 万份。", 500_000),
    ],
)
def test_a_count_reached_is_a_result(text: str, value: float) -> None:
    found = [q for q in extract_quantities(text) if abs(q.value - value) < 1e-6]
    assert [q.role for q in found] == ["result"], extract_quantities(text)


@pytest.mark.parametrize(
    "text",
    [
        "each request passed through 5 services",
        "we process over 2 million documents a day",
        "每天处理 3 万个工单。",
    ],
)
def test_a_count_told_as_size_is_no_result(text: str) -> None:
    assert all(q.role != "result" for q in extract_quantities(text))
