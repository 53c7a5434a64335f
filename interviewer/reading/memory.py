"""Topic memory (what one question's discussion has established) and the gaps it leaves.

A gap is a gap only if the memory lacks it, and only where the evidence calls for it:
ownership only for team work with no own action, trade-offs only when a choice was made,
baseline and method only for a measured result, STAR parts only for a story.
"""

from __future__ import annotations

from interviewer.reading.model import QuestionInfo, Reading, TopicMemory
from interviewer.reading.vocab import require, vocab

#: Quantity roles a follow-up can ask for by its words (questions.ask_role_<role>).
ROLE_ASKS = ("baseline", "sample_size", "team_size", "duration", "cost")
require("questions", *(f"ask_role_{r}" for r in ROLE_ASKS))

#: Gap ids the reading layer emits (documented in README "Gap ids"); the policy chooses.
GAPS = (
    "contradiction",
    "metrics",
    "baseline",
    "method",
    "ownership",
    "tradeoffs",
    "failure",
    "cause",
    "lesson",
    "depth",
    "result",
    "star",
    "motivation",
    "specificity",
)
#: Keep at most this many clauses per fact kind (latest win).
_KEEP = 3
#: Which kinds of question each gap is asked of.
_KINDS: dict[str, frozenset[str]] = {
    "metrics": frozenset({"project", "behavioral"}),
    "baseline": frozenset({"project", "behavioral", "design"}),
    "method": frozenset({"project", "behavioral", "design"}),
    "ownership": frozenset({"project", "behavioral"}),
    "tradeoffs": frozenset({"project", "design", "technical", "behavioral"}),
    "failure": frozenset({"project", "behavioral"}),
    "cause": frozenset({"project", "behavioral"}),
    "lesson": frozenset({"project", "behavioral"}),
    "depth": frozenset({"project", "technical", "design"}),
    "result": frozenset({"project", "behavioral"}),
    "star": frozenset({"behavioral"}),
    "motivation": frozenset({"motivation"}),
    "specificity": frozenset({"project", "behavioral", "motivation"}),
}
_RESULT_ROLES = ("result", "baseline", "intermediate")


def remember(memory: TopicMemory | None, q: QuestionInfo, reading: Reading) -> TopicMemory:
    """The memory after this answer (a new object; the old one is left as it was)."""
    # the caller starts a new memory for a new question; a follow-up in other words (with or
    # without a probe) continues the same discussion, so nothing said in it is asked again
    mem = (
        memory.model_copy(deep=True)
        if memory is not None
        else TopicMemory(question=q.text, project=q.project)
    )
    mem.question = mem.question or q.text
    mem.turns += 1
    mem.acts.append(reading.act)
    if reading.act not in ("answer", "partial"):
        return mem
    for f in reading.facts:
        kept = mem.facts.setdefault(f.kind, [])
        if f.text not in kept:
            kept.append(f.text)
            del kept[:-_KEEP]
    for qty in reading.quantities:
        # "went from 31 to 38 percent" establishes where it started as well as where it ended
        for role in (qty.role, "baseline") if qty.baseline is not None else (qty.role,):
            kept = mem.roles.setdefault(role, [])
            if qty.text not in kept:
                kept.append(qty.text)
                del kept[:-_KEEP]
    mem.given = sorted({*mem.given, *reading.given})
    mem.asked = list(dict.fromkeys([*mem.asked, *q.probes]))
    return mem


def asks_for(question: str) -> set[str]:
    """What a question asks for, in the names of Reading.given: the fact kinds and summaries
    of `relevance.asks_of` and the roles of numbers (a start, the set measured on, the team)."""
    from interviewer.reading.relevance import asks_of

    roles = {r for r in ROLE_ASKS if vocab()[f"questions.ask_role_{r}"].search(question)}
    return asks_of(question) | roles


def already_given(memory: TopicMemory, question: str) -> set[str]:
    """What a planned follow-up would ask for that the discussion has already given ("Was
    there a fixed eval set?" after "on a fixed set of 500 tickets"; "How much better,
    exactly?" after "from 61% to 87%"): the policy drops or changes such a question."""
    return asks_for(question) & set(memory.given)


def answered_already(memory: TopicMemory, question: str) -> bool:
    """Everything a planned follow-up asks for has been given in this discussion: asking it
    would ask for what was just said. A question asking for several things is answered only
    when all are given ("How big was the team?" asks for the team's size, not only who acted)."""
    asks = asks_for(question)
    return bool(asks) and asks <= set(memory.given)


def gaps(q: QuestionInfo, reading: Reading, memory: TopicMemory, asked: set[str]) -> list[str]:
    """Gap ids left open after `reading`, given everything `memory` holds (reading included)."""
    if reading.act not in ("answer", "partial"):
        return ["contradiction"] if reading.conflicts else []
    out = ["contradiction"] if reading.conflicts else []
    has = memory.has
    measured = any(memory.roles.get(r) for r in _RESULT_ROLES)
    claims_outcome = has("result")
    candidates = {
        "metrics": claims_outcome and not measured,
        "baseline": has("result") and measured and not has("baseline") and not _based(reading),
        "method": measured and not has("method") and not has("sample_size"),
        "ownership": has("team_action") and not has("own_action"),
        "tradeoffs": has("choice") and not (has("alternative") or has("cost")),
        "failure": "failure" in asked and not has("failure"),
        "cause": has("failure") and not has("cause"),
        "lesson": has("failure") and not has("lesson"),
        "depth": has("term_only") and not has("mechanism"),
        "result": (has("own_action") or has("team_action")) and not has("result"),
        "star": (has("own_action") or has("team_action")) and not has("situation"),
        "motivation": "motivation" in asked and not has("motivation"),
        "specificity": not reading.facts and not reading.quantities,
    }
    for gap in GAPS[1:]:
        if candidates.get(gap) and q.kind in _KINDS[gap]:
            out.append(gap)
    # what the question itself asked for comes first
    first = [g for g in out if g in asked or _asked_as(g, asked)]
    return list(dict.fromkeys([*(["contradiction"] if reading.conflicts else []), *first, *out]))


def _based(reading: Reading) -> bool:
    """A start is told: a from→to, or a level told against what it is compared with in words
    ("相对于旧版本，召回率提高到 88%", "way better than before")."""
    from interviewer.reading.said import outcome_of
    from interviewer.reading.values import is_delta

    qs = list(reading.quantities)
    return any(qty.baseline is not None for qty in qs) or any(
        outcome_of(reading.text, qty, qs) == "compared"
        for qty in qs
        if qty.role == "result" and not is_delta(qty)  # "dropped 30%": its start is still open
    )


def _asked_as(gap: str, asked: set[str]) -> bool:
    return {"method": "method", "tradeoffs": "alternative", "ownership": "own_action"}.get(
        gap, ""
    ) in asked
