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
from interviewer.reading import Quantity, Reading, quote

#: Probes that answer an act rather than ask for content; they do not use the follow-up budget.
ACT_PROBES = ("stuck", "offtopic", "clarify", "injection", "empty", "refusal")
#: How many times one question may answer each act before moving on.
ACT_LIMIT = {"stuck": 1, "offtopic": 1, "clarify": 2, "injection": 1, "empty": 1, "refusal": 0}
#: A gap must score at least this (after weighting) to deserve a follow-up.
THRESHOLD = 0.5
#: The specificity a thin first answer calls for (before weighting), whatever the topic kind.
THIN = 0.8
#: Topic kinds whose thin first answer is followed up for specificity.
THIN_KINDS = ("project", "behavioral", "motivation")
#: Facts that make an answer checkable (a thin answer has none of them and no number).
CONCRETE = frozenset(
    {"own_action", "method", "mechanism", "alternative", "cost", "cause", "fix", "lesson"}
)
#: Quantity roles that are a measured outcome (what a baseline or a method is asked about).
MEASURED = ("result", "baseline", "intermediate", "cost")
#: A technique is asked about (depth) only in an answer of at most this many content sentences.
DEPTH_MAX_SENTENCES = 2
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
    gaps = list(reading.gaps)
    # a first answer to a story or motivation question that says nothing checkable; not a
    # reply to a reframe or a redirect, not questions back, not an explanation (technical and
    # design answers are read for their mechanism, which the reader may not see)
    thin = not probed and kind in THIN_KINDS and _thin(reading)
    if thin and "specificity" not in gaps:
        gaps.append("specificity")
    out = []
    for pos, gap in enumerate(gaps):
        if gap in probed or gap in ACT_PROBES or gap == "contradiction":
            continue
        if not _evidence_for(reading, gap, slot, probed):
            continue
        severity = strings.severity_of(kind, gap)
        if gap == "specificity" and thin:
            severity = max(severity, THIN)
        score = severity * gap_weight(ctx, slot, gap)
        if gap in QUOTE_FROM or gap in QUOTE_QUANTITY:
            # Picking up what was just said comes before going back to an earlier answer.
            score *= 1.0 if gap_quote(reading, gap) else STALE
        out.append((score - 0.01 * pos, gap))
    out.sort(key=lambda sg: -sg[0])
    return out


def _work_quantities(reading: Reading) -> list[Quantity]:
    return [q for q in reading.quantities if q.role not in ("incidental", "date")]


def _thin(reading: Reading) -> bool:
    """An answer that says nothing checkable: no number of the work, and no own action, method,
    mechanism, alternative, cost, cause, fix or lesson ("it depends, you try a few things";
    "想换个环境，想有更好的发展"; "I'm a really good communicator")."""
    if _work_quantities(reading) or reading.has("question_back"):
        return False
    return not any(f.kind in CONCRETE for f in reading.facts)


def _comparison_said(reading: Reading) -> bool:
    """The latest answer states a before→after or a comparator itself: a quantity with its
    baseline or direction, or two measured values in one sentence ("went from 1.9 s to 0.6";
    "11 cents per run instead of 42")."""
    work = [q for q in _work_quantities(reading) if q.role in MEASURED]
    if any(q.baseline is not None or q.direction is not None for q in work):
        return True
    # "54% to 79%", "71% 到 90%": a result given as a span is read as a before→after here (a
    # range leaves no baseline question worth a turn either way)
    if any(q.role == "result" and q.bound == "range" for q in work):
        return True
    for s in reading.sentences:
        inside = [q for q in work if s.start <= q.start < s.end]
        if len(inside) >= 2:
            return True
    return False


def _evidence_for(reading: Reading, gap: str, slot: PlannedTopic | None, probed: list[str]) -> bool:
    """Whether the LATEST answer carries what the gap is about (a follow-up asks about what was
    just said, not about an answer two turns back) and does not already answer it."""
    if gap == "result":
        # "and what came of it?" is for a short story with no outcome in sight, not for a long
        # one or one with numbers of the work (its outcome is usually there in other words)
        return not _work_quantities(reading) and len(reading.content_sentences()) <= 2
    if gap == "motivation":
        # asked of the first answer only: a reply to a reframe or a redirect is not re-probed
        return not probed
    if gap in ("cause", "lesson"):
        # a failure's cause and lesson are asked where failures are the subject
        return slot is not None and "failure" in slot.probes
    if gap == "metrics":
        # "what number?" is not asked of an answer that just gave numbers of the work (a count,
        # a data size, a duration), even when none of them reads as the outcome
        return not _work_quantities(reading)
    if gap == "baseline":
        # not of a comparison the latest answer already states
        return not _comparison_said(reading)
    if gap == "depth":
        # a technique named in passing in a short answer, not one the answer goes on to explain
        if not gap_quote(reading, gap):
            return False
        return len(reading.content_sentences()) <= DEPTH_MAX_SENTENCES
    return True


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
    if act == "offtopic" and reading.admission:
        # "No idea, honestly. Anyway, the offsite in Lisbon…": the admission is all the question
        # got (the rest is about something else); it is met as "I don't know" (one reframe),
        # never with a redirect
        act = "stuck"
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
