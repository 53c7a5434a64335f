"""The follow-up policy: acts first (reframe, redirect, clarify, calm redirect, move on), then a
contradiction, then the biggest open gap of the Reading within the depth budget, quoting the exact
clause of the latest answer that shows it."""

from __future__ import annotations

import pytest

from interviewer.engine.base import InterviewContext, Plan, PlannedTopic
from interviewer.engine.policy import THRESHOLD, decide, gap_quote, rank_gaps
from interviewer.reading import Conflict, Fact, Reading, Span

ANSWER = (
    "We rebuilt the search index over the winter, and answer accuracy went from 61% to 83%. "
    "I chose a cross-encoder reranker."
)


def _plan(n: int = 3) -> Plan:
    return Plan(
        topics=[
            PlannedTopic(
                topic=f"t{i}",
                kind="project",
                project="Atlas",
                question=f"Q{i}?",
                probes=["metrics", "baseline"],
                reason=f"slot {i}",
            )
            for i in range(n)
        ]
    )


def _ctx(services, focus: str | None = None, lang: str = "en") -> InterviewContext:
    return InterviewContext(
        session_id=7,
        persona=services.personas.get("deep_dive"),
        lang=lang,
        focus=focus,
        plan=_plan(),
    )


def _fact(kind: str, text: str, answer: str = ANSWER) -> Fact:
    start = answer.index(text)
    return Fact(kind=kind, start=start, end=start + len(text), text=text, sentence=0)


def _reading(
    gaps: list[str], act: str = "answer", text: str = ANSWER, facts=(), conflicts=()
) -> Reading:
    return Reading(
        act=act,
        relevance=0.8,
        lang="en",
        text=text,
        graded_text=text,
        facts=list(facts),
        conflicts=list(conflicts),
        gaps=gaps,
    )


def _first(ctx, reading, *, slot=0, used=0, probed=()):
    return decide(
        ctx, ctx.plan, slot=slot, followups_used=used, probed=list(probed), reading=reading
    )[0]


def test_start_asks_the_first_planned_question(services):
    ctx = _ctx(services)
    (action,) = decide(ctx, ctx.plan, slot=-1, followups_used=0, probed=[], reading=None)
    assert (action.kind, action.slot, action.reason) == ("question", 0, "slot 0")


def test_the_biggest_gap_is_probed_quoting_the_clause_that_shows_it(services):
    ctx = _ctx(services)
    reading = _reading(
        ["tradeoffs", "ownership"],
        facts=[
            _fact("team_action", "We rebuilt the search index over the winter"),
            _fact("choice", "I chose a cross-encoder reranker"),
        ],
    )
    action = _first(ctx, reading)
    assert (action.kind, action.probe, action.slot) == ("followup", "ownership", 0)
    assert action.quote == "We rebuilt the search index over the winter"
    assert action.quote in ANSWER and action.reason


def test_a_gap_shown_by_nothing_in_the_latest_answer_is_asked_without_a_quote(services):
    ctx = _ctx(services)
    action = _first(ctx, _reading(["metrics"]))
    assert (action.probe, action.quote) == ("metrics", "")


def test_what_the_latest_answer_shows_comes_before_an_earlier_answers_gap(services):
    ctx = _ctx(services)
    team = _fact("team_action", "We rebuilt the search index over the winter")
    choice = _fact("choice", "I chose a cross-encoder reranker")
    shown = _first(ctx, _reading(["ownership", "tradeoffs"], facts=[team, choice]))
    earlier = _first(ctx, _reading(["ownership", "tradeoffs"], facts=[choice]))
    assert (shown.probe, earlier.probe) == ("ownership", "tradeoffs")


def test_a_number_gap_quotes_the_clause_of_the_number(services):
    reading = _reading(["baseline"], text="Recall reached 83% on the new set, which was great.")
    from interviewer.reading import Quantity

    reading.quantities = [Quantity(text="83%", start=15, end=18, value=83, unit="%", role="result")]
    assert gap_quote(reading, "baseline") == "Recall reached 83% on the new set"


def test_a_strong_answer_moves_on(services):
    ctx = _ctx(services)
    action = _first(ctx, _reading([]))
    assert (action.kind, action.slot) == ("question", 1)
    assert "covered" in action.reason


def test_the_depth_budget_counts_content_followups_only(services):
    ctx = _ctx(services)
    depth = ctx.persona.followup_depth
    action = _first(ctx, _reading(["metrics"]), used=depth, probed=["baseline"] * depth)
    assert (action.kind, action.slot) == ("question", 1)
    assert "budget" in action.reason
    # A clarification asked earlier on this question did not use the budget.
    action = _first(ctx, _reading(["metrics"]), used=0, probed=["clarify"])
    assert action.probe == "metrics"


def test_a_gap_is_never_probed_twice_on_one_question(services):
    ctx = _ctx(services)
    action = _first(ctx, _reading(["metrics"]), used=1, probed=["metrics"])
    assert (action.kind, action.slot) == ("question", 1)
    assert "nagging" in action.reason
    action = _first(ctx, _reading(["metrics", "baseline"]), used=1, probed=["metrics"])
    assert action.probe == "baseline"


def test_every_action_list_ends_by_moving_on(services):
    ctx = _ctx(services)
    actions = decide(
        ctx,
        ctx.plan,
        slot=0,
        followups_used=0,
        probed=[],
        reading=_reading(["metrics", "baseline"]),
    )
    assert [a.probe for a in actions[:-1]] == ["metrics", "baseline"]
    assert actions[-1].kind == "question"


@pytest.mark.parametrize("focus", [None, "ownership"])
def test_a_contradiction_leads_every_other_gap(services, focus):
    said = Span(start=ANSWER.index("61%"), end=ANSWER.index("83%") + 3, text="61% to 83%")
    conflict = Conflict(
        said=said,
        said_value=83,
        other_text="accuracy from 61% to 87%",
        other_value=87,
        source="resume",
    )
    reading = _reading(
        ["contradiction", "ownership", "metrics"],
        conflicts=[conflict],
        facts=[_fact("team_action", "We rebuilt the search index over the winter")],
    )
    action = _first(_ctx(services, focus=focus), reading)
    assert (action.probe, action.other, action.other_source) == (
        "contradiction",
        "accuracy from 61% to 87%",
        "resume",
    )
    assert action.quote == "and answer accuracy went from 61% to 83%"


def test_i_dont_know_gets_one_reframe_then_the_interview_moves_on(services):
    ctx = _ctx(services)
    stuck = _reading(["metrics"], act="stuck", text="I don't know.")
    action = _first(ctx, stuck)
    assert (action.kind, action.probe, action.quote) == ("followup", "stuck", "")
    again = _first(ctx, stuck, probed=["stuck"])
    assert (again.kind, again.slot, again.after) == ("question", 1, "stuck")


@pytest.mark.parametrize(
    ("act", "times"), [("offtopic", 1), ("injection", 1), ("empty", 1), ("clarify", 2)]
)
def test_each_act_is_answered_a_limited_number_of_times(services, act, times):
    ctx = _ctx(services)
    reading = _reading(["metrics"], act=act, text="something")
    for n in range(times):
        action = _first(ctx, reading, probed=[act] * n)
        assert (action.kind, action.probe, action.quote) == ("followup", act, "")
    action = _first(ctx, reading, probed=[act] * times)
    assert (action.kind, action.after) == ("question", act)


def test_a_refusal_is_respected(services):
    action = _first(_ctx(services), _reading([], act="refusal", text="I'd rather not say."))
    assert (action.kind, action.slot, action.after) == ("question", 1, "refusal")


def test_a_partial_answer_is_read_as_an_answer(services):
    action = _first(_ctx(services), _reading(["metrics"], act="partial"))
    assert action.probe == "metrics"


def test_last_slot_wraps_up(services):
    ctx = _ctx(services)
    assert _first(ctx, _reading([]), slot=2).kind == "wrapup"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_practice_focus_reorders_gaps(services, lang):
    facts = [
        _fact("team_action", "We rebuilt the search index over the winter"),
        _fact("choice", "I chose a cross-encoder reranker"),
    ]
    reading = _reading(["tradeoffs", "ownership"], facts=facts)
    plain = _first(_ctx(services, lang=lang), reading)
    focused = _first(_ctx(services, focus="tradeoffs", lang=lang), reading)
    assert (plain.probe, focused.probe) == ("ownership", "tradeoffs")


def test_ranking_weights_topic_probes_and_drops_what_was_probed(services):
    ctx = _ctx(services)
    team = _fact("team_action", "We rebuilt the search index over the winter")
    result = _fact("result", "answer accuracy went from 61% to 83%")
    reading = _reading(["ownership", "baseline"], facts=[team, result])
    ranked = rank_gaps(ctx, ctx.plan.topics[0], reading, [])
    assert [g for _, g in ranked] == ["baseline", "ownership"]
    assert all(s >= THRESHOLD for s, _ in ranked)
    assert rank_gaps(ctx, ctx.plan.topics[0], reading, ["baseline", "ownership"]) == []
