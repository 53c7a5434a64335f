"""An outcome verb is still the count's verb when hedges stand between them ("caught something
like forty bugs", "flagged, I want to say, around thirty"): what the work caught, found, resolved or
blocked is a result, however the speaker softens the figure."""

from __future__ import annotations

import pytest
from quantity_expect import results


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the new linter caught something like forty real bugs in the first month", 40),
        ("we caught, I want to say, around thirty regressions before release", 30),
        ("the model flagged somewhere around 200 fraudulent sellers", 200),
        ("the bot resolved roughly about 1,200 tickets on its own", 1200),
        ("上线后拦截了，我印象里，大概有三百多次攻击。", 300),
    ],
)
def test_a_hedged_outcome_count_is_a_result(text: str, value: float) -> None:
    assert [q.value for q in results(text)] == [value]
