"""A measure's index said aloud ("p ninety-five", "top one", "P 九十九") is part of the measure's
name: it is never a number of its own, and the figure after it is about that measure."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("the p fifty is like eighty milliseconds", 80, "ms"),
        ("p ninety-five dropped to about three hundred milliseconds", 300, "ms"),
        ("we got p nine nine under one second", 1000, "ms"),
        ("the tp ninety-nine is around four hundred ms on the gateway", 400, "ms"),
        ("P 九十九 现在是一百二十毫秒左右。", 120, "ms"),
        ("咱们 p九九 大概一百五十毫秒", 150, "ms"),
        ("top one accuracy ended up at ninety-one percent", 91, "%"),
    ],
)
def test_index_said_aloud_is_part_of_the_name(text: str, value: float, unit: str) -> None:
    found = extract_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "p ninety-five dropped to about three hundred milliseconds",
        "线上 P 九十九 大约两百毫秒。",
        "咱们 p九九 大概一百五十毫秒",
    ],
)
def test_a_percentile_said_aloud_is_a_latency(text: str) -> None:
    assert extract_quantities(text)[0].family == "latency"


def test_a_share_after_top_is_still_a_share() -> None:
    found = extract_quantities("we're in the top ten percent of sellers")
    assert [(q.value, q.unit) for q in found] == [(10, "%")]
