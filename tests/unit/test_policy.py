"""The follow-up policy: probe the biggest gap within the depth budget, never nag, move on."""

from __future__ import annotations

import pytest

from interviewer.engine.base import InterviewContext, Plan, PlannedTopic
from interviewer.engine.policy import THRESHOLD, decide, rank_gaps
from interviewer.types import Gap, GapAnalysis


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


def _gaps(*items: tuple[str, float]) -> GapAnalysis:
    return GapAnalysis(
        gaps=[Gap(id=i, severity=s, evidence=f"quote {i}", detail=f"lacks {i}") for i, s in items]
    )


def test_start_asks_the_first_planned_question(services):
    ctx = _ctx(services)
    action = decide(ctx, ctx.plan, slot=-1, followups_used=0, probed=[], analysis=None)
    assert (action.kind, action.slot) == ("question", 0)
    assert action.reason == "slot 0"


def test_biggest_gap_is_probed_with_its_quote_and_reason(services):
    ctx = _ctx(services)
    action = decide(
        ctx,
        ctx.plan,
        slot=0,
        followups_used=0,
        probed=[],
        analysis=_gaps(("tradeoffs", 0.55), ("metrics", 0.85)),
    )
    assert (action.kind, action.probe, action.slot) == ("followup", "metrics", 0)
    assert action.quote == "quote metrics"
    assert action.reason == "lacks metrics"


def test_strong_answer_moves_on(services):
    ctx = _ctx(services)
    action = decide(
        ctx, ctx.plan, slot=0, followups_used=0, probed=[], analysis=_gaps(("star", 0.3))
    )
    assert (action.kind, action.slot) == ("question", 1)
    assert "covered" in action.reason


def test_depth_budget_is_respected(services):
    ctx = _ctx(services)
    depth = ctx.persona.followup_depth
    action = decide(
        ctx, ctx.plan, slot=0, followups_used=depth, probed=[], analysis=_gaps(("metrics", 0.9))
    )
    assert (action.kind, action.slot) == ("question", 1)
    assert "budget" in action.reason


def test_same_gap_is_never_probed_twice_on_one_question(services):
    ctx = _ctx(services)
    action = decide(
        ctx,
        ctx.plan,
        slot=0,
        followups_used=1,
        probed=["metrics"],
        analysis=_gaps(("metrics", 0.9)),
        last_probe="metrics",
    )
    assert (action.kind, action.slot) == ("question", 1)
    assert "nagging" in action.reason
    # Another gap still worth probing is asked about instead.
    action = decide(
        ctx,
        ctx.plan,
        slot=0,
        followups_used=1,
        probed=["metrics"],
        analysis=_gaps(("metrics", 0.9), ("baseline", 0.8)),
        last_probe="metrics",
    )
    assert action.probe == "baseline"


def test_blocking_gaps_lead(services):
    ctx = _ctx(services)
    action = decide(
        ctx,
        ctx.plan,
        slot=0,
        followups_used=0,
        probed=[],
        analysis=_gaps(("metrics", 0.95), ("offtopic", 0.6)),
    )
    assert action.probe == "offtopic"


def test_last_slot_wraps_up(services):
    ctx = _ctx(services)
    action = decide(ctx, ctx.plan, slot=2, followups_used=0, probed=[], analysis=_gaps())
    assert action.kind == "wrapup"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_practice_focus_reorders_gaps(services, lang):
    analysis = _gaps(("metrics", 0.6), ("ownership", 0.6))
    plain = decide(
        _ctx(services, lang=lang), _plan(), slot=0, followups_used=0, probed=[], analysis=analysis
    )
    focused = decide(
        _ctx(services, focus="ownership", lang=lang),
        _plan(),
        slot=0,
        followups_used=0,
        probed=[],
        analysis=analysis,
    )
    assert (plain.probe, focused.probe) == ("metrics", "ownership")


def test_ranking_weights_topic_probes(services):
    ctx = _ctx(services)
    ranked = rank_gaps(ctx, ctx.plan.topics[0], _gaps(("tradeoffs", 0.6), ("baseline", 0.6)))
    assert [g.id for _, g in ranked] == ["baseline", "tradeoffs"]
    assert all(s > 0 for s, _ in ranked) and THRESHOLD > 0
