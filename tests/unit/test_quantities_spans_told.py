"""How long something took is a fact of the work (`duration`), however roughly it is said: "a bit
over a year", "a little more than two months", "ended up taking ten months", 一年多一点. The words
that bound it ("over", "more than") bound the span, they tell no change; "up" of "ended up" is no
rise; and no filler word ("bit", "little") is what the span measures."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities

_FILLERS = {"bit", "little", "up", "taking", "spending", "ended", "just"}


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("the rollout took a bit over two months", 1460),
        ("it took a little more than a year to get sign-off", 8760),
        ("we ended up spending about six weeks on it", 1008),
        ("I ended up staying there for three years", 26280),
        ("the whole rebuild ran just over eighteen months", 13140),
        ("honestly it was a bit more than a quarter before anyone used it", 2190),
        ("整个迁移花了一年多一点。", 8760),
        ("项目最后拖了十个多月。", 7300),
        ("前前后后搞了差不多两年。", 17520),
    ],
)
def test_a_span_said_roughly_is_a_duration(text: str, hours: float) -> None:
    found = extract_quantities(text)
    spans = [q for q in found if q.role == "duration"]
    assert len(spans) == 1, found
    q = spans[0]
    assert q.unit == "h" and abs(q.value - hours) <= 0.011 * hours, q
    assert q.direction is None and q.subject.lower() not in _FILLERS, q
    assert not [x for x in found if x.role == "result"], found


@pytest.mark.parametrize(
    "text",
    [
        "More than 25 squads rely on our feature flags service.",
        "Over 40 teams now depend on the platform.",
        "Nearly 60 services build on our SDK these days.",
        "more than 30 product groups rely on it every day",
    ],
)
def test_a_bound_before_adoption_keeps_it_a_result(text: str) -> None:
    """'More than' bounds the count; the adoption told after it (rely on our…) is the outcome."""
    (q,) = extract_quantities(text)
    assert q.role == "result" and q.bound != "exact" and q.direction is None, q
