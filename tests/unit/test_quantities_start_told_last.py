"""A level told first and what it was before told last ("We get 35 BLEU after fine-tune, before it
was 28", "以前只有 0.80") is one change, even with the event between them; a level said bare after
"now" ("used to close forty tickets a day, now it's more like sixty-five") is the end of the change."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value", "baseline"),
    [
        ("We get 35 BLEU after fine-tune, before it was 28.", 35, 28),
        ("we hit 0.91 AUC after the rewrite; before that it was 0.84", 0.91, 0.84),
        ("CSAT is 4.6 now, previously it was 4.1", 4.6, 4.1),
        ("上线后 F1 到了 0.88，以前只有 0.80", 0.88, 0.80),
    ],
)
def test_the_start_told_last(text: str, value: float, baseline: float) -> None:
    q = next(q for q in extract_quantities(text) if q.value == value)
    assert (q.role, q.baseline, q.direction) == ("result", baseline, "up")


def test_then_and_after_told_in_order_stay_so() -> None:
    found = extract_quantities("before the cache it took two seconds and after it was 300 ms")
    q = next(q for q in found if q.value == 300)
    assert (q.role, q.baseline, q.direction) == ("result", 2000, "down")


@pytest.mark.parametrize(
    ("text", "value", "baseline"),
    [
        (
            "each agent used to close maybe forty tickets a day, now it's more like sixty-five",
            65,
            40,
        ),
        (
            "the dashboard used to take like twelve seconds to load, now it's about three",
            3000,
            12000,
        ),
        ("we had about twenty flaky tests, now it's like two", 2, 20),
        ("our bill was ninety thousand a month, now it's closer to fifty thousand", 50000, 90000),
    ],
)
def test_a_level_said_bare_after_now(text: str, value: float, baseline: float) -> None:
    q = next(q for q in extract_quantities(text) if q.value == value)
    assert (q.role, q.baseline) == ("result", baseline)


def test_a_number_after_now_with_no_level_before_is_no_level() -> None:
    assert [q.value for q in extract_quantities("I have three kids, now it's five o'clock")] == [3]
