"""The follow-up policy shared by the offline and LLM engines: a pure function of the Reading,
the topic memory and the state.

First the act: "I don't know" gets one reframe (a hint when the question has an answer key), drift
one redirect, a clarifying question a clarification, an instruction to the interviewer a calm
redirect, a refusal or a second non-answer moves on. Then a contradiction, which makes the rest
moot. Then the biggest open gap the Reading found (it is a gap only if the topic memory lacks
it), weighted by the topic kind, the persona's focus, the topic's probes and the practice focus,
at most `persona.followup_depth` content follow-ups per main question, never the same gap twice.
The quote is the exact clause of the LATEST answer that shows the gap, or nothing.
"""

from __future__ import annotations

from interviewer.engine.base import InterviewContext, NextAction, Plan, PlannedTopic
from interviewer.engine.templates import load_engine_strings
from interviewer.reading import Reading, quote

#: Probes that answer an act rather than ask for content; they do not use the follow-up budget.
ACT_PROBES = ("stuck", "offtopic", "clarify", "injection", "empty", "refusal")
#: How many times one question may answer each act before moving on.
ACT_LIMIT = {"stuck": 1, "offtopic": 1, "clarify": 2, "injection": 1, "empty": 1, "refusal": 0}
#: A gap must score at least this (after weighting) to deserve a follow-up.
THRESHOLD = 0.5
#: A gap shown by an earlier answer only, not the latest one, counts this much less.
STALE = 0.8
#: What a full answer shows; one showing RICH of them (numbers' roles included) already gave the
#: interviewer plenty, so only a gap this much above the threshold is still worth a turn.
FULL_ANSWER = (
    "own_action",
    "situation",
    "task",
    "choice",
    "alternative",
    "cost",
    "method",
    "mechanism",
    "result",
    "fix",
    "lesson",
)
RICH = 6
RICH_MARGIN = 0.4
#: A criterion the candidate wants to practise, mapped to the gaps that show it.
FOCUS_GAPS: dict[str, tuple[str, ...]] = {
    "metrics": ("metrics", "baseline", "method"),
    "star": ("star", "result"),
    "reflection": ("failure", "lesson"),
    "failure": ("failure", "cause", "lesson"),
    "tradeoffs": ("tradeoffs",),
    "ownership": ("ownership",),
    "depth": ("depth",),
    "specificity": ("specificity", "metrics"),
    "motivation": ("motivation",),
}
#: The facts whose clause a follow-up on a gap quotes (first found in the latest answer).
QUOTE_FROM: dict[str, tuple[str, ...]] = {
    "metrics": ("result",),
    "ownership": ("team_action",),
    "tradeoffs": ("choice",),
    "depth": ("term_only",),
    "result": ("own_action", "team_action"),
    "cause": ("failure",),
    "lesson": ("fix", "failure"),
}
#: Gaps quoted by the number they are about (a result or a before→after change).
QUOTE_QUANTITY = ("baseline", "method")


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
        w *= 1.15 if gap_id in slot.probes else 0.85
    return w


def rank_gaps(
    ctx: InterviewContext, slot: PlannedTopic | None, reading: Reading, probed: list[str]
) -> list[tuple[float, str]]:
    """Open content gaps with their weighted scores, biggest first (the Reading's order breaks
    ties: it puts what the question asked for first)."""
    strings = load_engine_strings()
    kind = slot.kind if slot else "behavioral"
    out = []
    for pos, gap in enumerate(reading.gaps):
        if gap in probed or gap in ACT_PROBES or gap == "contradiction":
            continue
        score = strings.severity_of(kind, gap) * gap_weight(ctx, slot, gap)
        if gap in QUOTE_FROM or gap in QUOTE_QUANTITY:
            # Picking up what was just said comes before going back to an earlier answer.
            score *= 1.0 if gap_quote(reading, gap) else STALE
        out.append((score - 0.01 * pos, gap))
    out.sort(key=lambda sg: -sg[0])
    return out


def gap_quote(reading: Reading, gap: str) -> str:
    """The exact clause of the latest answer a follow-up on `gap` picks up, or ""."""
    text = reading.text
    if gap == "contradiction" and reading.conflicts:
        said = reading.conflicts[0].said
        return quote(text, said)
    if gap in QUOTE_QUANTITY:
        for role in ("result", "baseline", "intermediate"):
            q = next((x for x in reading.quantities if x.role == role), None)
            if q is not None:
                return quote(text, (q.start, q.end))
        kinds: tuple[str, ...] = ("result",)
    else:
        kinds = QUOTE_FROM.get(gap, ())
    for kind in kinds:
        facts = reading.of(kind)
        if facts:
            f = facts[-1] if gap == "result" else facts[0]
            return quote(text, (f.start, f.end))
    return ""


def _main(plan: Plan, slot: int, reason: str, after: str | None = None) -> NextAction:
    if slot >= len(plan.topics):
        return NextAction(kind="wrapup", slot=None, reason=reason, after=after)
    return NextAction(
        kind="question", slot=slot, reason=reason or plan.topics[slot].reason, after=after
    )


def _move_on(
    ctx: InterviewContext, plan: Plan, slot: int, why: str, after: str | None
) -> NextAction:
    strings = load_engine_strings()
    nxt = slot + 1
    reason = strings.text("reasons", "wrapup" if nxt >= len(plan.topics) else why, ctx.lang)
    if nxt < len(plan.topics) and plan.topics[nxt].reason:
        sep = "; " if ctx.lang == "en" else "；"
        reason = f"{reason}{sep}{plan.topics[nxt].reason}"
    return _main(plan, nxt, reason, after)


def decide(
    ctx: InterviewContext,
    plan: Plan,
    *,
    slot: int,
    followups_used: int,
    probed: list[str],
    reading: Reading | None,
) -> list[NextAction]:
    """What to do after the latest answer (or at the start when `slot` is -1), best first.

    The runner takes the first action the writer can word without repeating an earlier turn;
    the last one always moves on. `followups_used` counts content follow-ups only (answers to an
    act do not use the persona's depth).
    """
    if slot < 0:
        return [_main(plan, 0, "")]
    if reading is None:
        return [_move_on(ctx, plan, slot, "move_on_strong", None)]
    act = reading.act
    if act not in ("answer", "partial"):
        return _after_act(ctx, plan, slot, act, probed)
    current = plan.topics[slot] if slot < len(plan.topics) else None
    actions: list[NextAction] = []
    if reading.conflicts and "contradiction" not in probed:
        actions.append(_contradiction(ctx, slot, reading))
    ranked = rank_gaps(ctx, current, reading, probed)
    bar = THRESHOLD + (RICH_MARGIN if _rich(reading) else 0.0)
    worth = [(s, g) for s, g in ranked if s >= bar]
    if followups_used < ctx.persona.followup_depth:
        actions += [_probe(ctx, slot, reading, gap) for _, gap in worth]
    last = probed[-1] if probed else None
    if worth and followups_used >= ctx.persona.followup_depth:
        why = "move_on_budget"
    elif last in reading.gaps and last not in ACT_PROBES:
        why = "move_on_still"
    else:
        why = "move_on_strong"
    actions.append(_move_on(ctx, plan, slot, why, None))
    return actions


def _rich(reading: Reading) -> bool:
    """The answer shows most of what a full answer has (a measured result with its baseline,
    own actions, a choice and its alternative, the situation...)."""
    kinds = {f.kind for f in reading.facts} & set(FULL_ANSWER)
    roles = {q.role for q in reading.quantities} & {"result", "baseline"}
    return len(kinds) + len(roles) >= RICH


def _after_act(
    ctx: InterviewContext, plan: Plan, slot: int, act: str, probed: list[str]
) -> list[NextAction]:
    """A non-answer: respond to the act once (twice for clarifying questions), then move on."""
    move_on = _move_on(ctx, plan, slot, f"move_on_{act}", act)
    if probed.count(act) >= ACT_LIMIT.get(act, 0):
        return [move_on]
    why = load_engine_strings().text("reasons", f"act_{act}", ctx.lang)
    return [NextAction(kind="followup", slot=slot, probe=act, reason=why), move_on]


def _contradiction(ctx: InterviewContext, slot: int, reading: Reading) -> NextAction:
    c = reading.conflicts[0]
    q = gap_quote(reading, "contradiction")
    return NextAction(
        kind="followup",
        slot=slot,
        probe="contradiction",
        quote=q,
        other=c.other_text,
        other_source=c.source,
        reason=load_engine_strings().text(
            "gap_details", "contradiction", ctx.lang, quote=c.said.text, other=c.other_text
        ),
    )


def _probe(ctx: InterviewContext, slot: int, reading: Reading, gap: str) -> NextAction:
    q = gap_quote(reading, gap)
    strings = load_engine_strings()
    plain = not q and gap in strings.gap_details_plain
    reason = strings.text("gap_details_plain" if plain else "gap_details", gap, ctx.lang, quote=q)
    return NextAction(kind="followup", slot=slot, probe=gap, quote=q, reason=reason)
