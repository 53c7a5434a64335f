"""几 after a round ten (三十几, 八十几) says 'and some more': thirty-odd is 30 to 39, told like 三十多
— the round ten with room above it — and the unit said after 几 is its unit (五十几毫秒)."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "high"),
    [
        ("延迟五十几毫秒", 50, "ms", 59),
        ("团队二十几个人", 20, "people", 29),
        ("每天九十几单", 90, "count", 99),
        ("首包时间要三十几秒", 30000, "ms", 39000),
    ],
)
def test_tens_and_some_is_the_ten_with_room_above(
    text: str, value: float, unit: str, high: float
) -> None:
    found = extract_quantities(text)
    assert [(q.value, q.unit, q.high) for q in found] == [(value, unit, high)], found


@pytest.mark.parametrize(
    ("text", "value", "baseline"),
    [
        ("准确率从八十几提到了九十五", 95, 80),
        ("GPU 利用率从三十几拉到了六十", 60, 30),
        ("命中率从七十几涨到了百分之九十", 90, 70),
    ],
)
def test_tens_and_some_as_a_start(text: str, value: float, baseline: float) -> None:
    found = [q for q in extract_quantities(text) if q.role == "result"]
    assert [(q.value, q.baseline) for q in found] == [(value, baseline)], found
