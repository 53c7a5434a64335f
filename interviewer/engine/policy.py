"""The follow-up policy shared by the offline and LLM engines: a pure function of the state.

Probe the biggest gap that is worth it (severity × persona focus × topic probes), at most
`persona.followup_depth` times per main question and never the same gap twice on one question;
a strong answer (no gap above the threshold) moves on to the next planned topic.
"""

from __future__ import annotations

from interviewer.engine.base import InterviewContext, NextAction, Plan, PlannedTopic
from interviewer.engine.templates import load_engine_strings
from interviewer.types import Gap, GapAnalysis

#: A gap must score at least this (after weighting) to deserve a follow-up.
THRESHOLD = 0.5
#: Gaps that make the rest of the analysis moot; they are handled before anything else.
BLOCKING = ("injection", "empty", "offtopic", "contradiction")
#: A criterion the candidate wants to practise, mapped to the gaps that show it.
FOCUS_GAPS: dict[str, tuple[str, ...]] = {
    "metrics": ("metrics", "baseline"),
    "star": ("star", "result"),
    "reflection": ("failure",),
    "failure": ("failure",),
    "tradeoffs": ("tradeoffs",),
    "ownership": ("ownership",),
    "depth": ("depth",),
    "specificity": ("specificity", "metrics"),
    "motivation": ("motivation",),
}


def focus_gaps(focus: str | None) -> tuple[str, ...]:
    """Gap ids a practice focus (criterion or gap id) leans on."""
    if not focus:
        return ()
    return FOCUS_GAPS.get(focus, (focus,))


def gap_weight(ctx: InterviewContext, slot: PlannedTopic | None, gap_id: str) -> float:
    """How much this session cares about a gap: practice focus, persona focus, topic probes."""
    w = 1.0
    if gap_id in focus_gaps(ctx.focus):
        w *= 1.6
    if gap_id in ctx.persona.focus:
        w *= max(1.05, 1.25 - 0.05 * ctx.persona.focus.index(gap_id))
    if slot is not None and slot.probes:
        # The topic says what it is about; gaps outside its probes matter less here.
        w *= 1.15 if gap_id in slot.probes else 0.85
    return w


def rank_gaps(
    ctx: InterviewContext, slot: PlannedTopic | None, analysis: GapAnalysis
) -> list[tuple[float, Gap]]:
    """Gaps with their weighted scores, biggest first; blocking gaps always lead."""
    scored = [
        (
            min(1.0, g.severity) + 1.0
            if g.id in BLOCKING
            else g.severity * gap_weight(ctx, slot, g.id),
            g,
        )
        for g in analysis.gaps
    ]
    order = {g.id: i for i, g in enumerate(analysis.gaps)}
    scored.sort(key=lambda sg: (-sg[0], order[sg[1].id]))
    return scored


def _main(plan: Plan, slot: int, reason: str) -> NextAction:
    if slot >= len(plan.topics):
        return NextAction(kind="wrapup", slot=None, reason=reason)
    return NextAction(kind="question", slot=slot, reason=reason or plan.topics[slot].reason)


def decide(
    ctx: InterviewContext,
    plan: Plan,
    *,
    slot: int,
    followups_used: int,
    probed: list[str],
    analysis: GapAnalysis | None,
    last_probe: str | None = None,
) -> NextAction:
    """What to do after the latest answer (or at the start when `slot` is -1)."""
    strings = load_engine_strings()
    if slot < 0:
        return _main(plan, 0, "")
    current = plan.topics[slot] if slot < len(plan.topics) else None
    if analysis is not None and followups_used < ctx.persona.followup_depth:
        for score, gap in rank_gaps(ctx, current, analysis):
            if score < THRESHOLD:
                break
            if gap.id in probed:
                continue
            return NextAction(
                kind="followup",
                slot=slot,
                probe=gap.id,
                quote=gap.evidence,
                detail=gap.detail,
                reason=gap.detail or gap.id,
            )
    nxt = slot + 1
    if nxt >= len(plan.topics):
        why = "wrapup"
    elif last_probe and analysis is not None and analysis.has(last_probe):
        why = "move_on_still"
    elif (
        analysis is not None
        and followups_used >= ctx.persona.followup_depth
        and any(s >= THRESHOLD for s, _ in rank_gaps(ctx, current, analysis))
    ):
        why = "move_on_budget"
    else:
        why = "move_on_strong"
    reason = strings.text("reasons", why, ctx.lang)
    if nxt < len(plan.topics) and plan.topics[nxt].reason:
        reason = (
            f"{reason}; {plan.topics[nxt].reason}"
            if ctx.lang == "en"
            else (f"{reason}；{plan.topics[nxt].reason}")
        )
    return _main(plan, nxt, reason)
