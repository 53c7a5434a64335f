"""The engine's reader: one Reading of each answer, read in its context (the question it answers,
the discussion so far, the résumé, what this question's discussion has established).

The offline reader is interviewer.reading.read_answer; the LLM reader (llm_interviewer.py) makes
the model's reading primary and keeps this one as its veto and check.
"""

from __future__ import annotations

from typing import Any, Protocol, cast

from interviewer.engine.base import Exchange, InterviewContext, PlannedTopic
from interviewer.engine.policy import ACT_PROBES
from interviewer.reading import PriorExchange, QuestionInfo, Reading, TopicMemory, read_answer
from interviewer.reading import memory_after as _memory_after
from interviewer.schemas import TopicKind


def _answers_act(exchange: Exchange) -> bool:
    """A follow-up that answers an act ("I don't know", drift, a question back, an instruction):
    its words ("take your time, roughly?", 不要紧，慢慢来) ask nothing of their own, so the reply
    is read against the question it continues."""
    return (
        exchange.kind == "followup" and bool(exchange.probes) and (exchange.probes[0] in ACT_PROBES)
    )


class Reader(Protocol):
    """Reads one answer. Contract: never raises for odd answers (empty, huge, hostile text); a
    model reader that fails falls back to the offline reading and says so in `last_error`."""

    name: str

    def read(
        self, ctx: InterviewContext, exchange: Exchange, memory: TopicMemory, key: Any = None
    ) -> Reading:
        """`key` is the answer-key (bank) question being answered, when there is one."""
        ...


def current_slot(ctx: InterviewContext) -> PlannedTopic | None:
    """The plan slot of the latest main question in the history."""
    if ctx.plan is None:
        return None
    main = next((e for e in reversed(ctx.history) if e.kind == "question"), None)
    return _slot_of(ctx, main.question) if main is not None else None


def question_info(ctx: InterviewContext, exchange: Exchange) -> QuestionInfo:
    """What the reading layer reads an answer against: this turn's words, the main question's
    topic kind, project and keywords."""
    slot = current_slot(ctx)
    topic = next((t for t in ctx.persona.topics if slot is not None and t.id == slot.topic), None)
    kind = topic.kind if topic else cast(TopicKind, slot.kind if slot else "behavioral")
    keywords = [*topic.keywords.get(ctx.lang)] if topic else []
    # A main question's probes are what its topic cares about, not what its words ask for: only
    # a follow-up's probe says what it asked (the reader infers a main question's asks itself).
    # A main question is read without the opening or transition around it ("about 8 main
    # questions", "我会穿插几个技术问题" are not what the candidate was asked).
    own = exchange.kind == "question" and slot is not None and slot.question in exchange.question
    text = slot.question if own and slot is not None else exchange.question
    if slot is not None and slot.question and _answers_act(exchange):
        # a reframe or a redirect continues the main question: a reply about moving house is
        # read against "how was the suite scored?", not against "take your time, roughly?"
        text = f"{slot.question}\n{exchange.question}"
    return QuestionInfo(
        text=text,
        kind=kind,
        probes=list(exchange.probes) if exchange.kind == "followup" else [],
        topic=slot.topic if slot else exchange.topic,
        project=slot.project if slot else None,
        keywords=keywords,
    )


def _slot_of(ctx: InterviewContext, question: str) -> PlannedTopic | None:
    if ctx.plan is None:
        return None
    return next((s for s in ctx.plan.topics if s.question and s.question in question), None)


def discussion(ctx: InterviewContext, exchange: Exchange) -> list[PriorExchange]:
    """The earlier answered exchanges a number may be checked against: this question's (marked
    `same_question`) and earlier ones about the same résumé project. Another project's numbers
    ("500 questions" there, "LoRA rank 16" here) are not claims about this one."""
    start = max((i for i, e in enumerate(ctx.history) if e.kind == "question"), default=0)
    here = current_slot(ctx)
    project = here.project if here else None
    out: list[PriorExchange] = []
    slot: PlannedTopic | None = None
    for i, e in enumerate(ctx.history):
        if e.kind == "question":
            slot = _slot_of(ctx, e.question)
        if e is exchange or e.answer is None:
            continue
        same = i >= start
        if same or (project is not None and slot is not None and slot.project == project):
            out.append(PriorExchange(question=e.question, answer=e.answer, same_question=same))
    return out


def memory_after(
    ctx: InterviewContext, exchange: Exchange, reading: Reading, memory: TopicMemory
) -> TopicMemory:
    """The topic memory once `reading` is remembered (the reading layer's rule)."""
    return _memory_after(question_info(ctx, exchange), reading, memory)


class OfflineReader:
    """The deterministic reading layer (no model)."""

    name = "offline"

    def read(
        self, ctx: InterviewContext, exchange: Exchange, memory: TopicMemory, key: Any = None
    ) -> Reading:
        """One Reading of the exchange's answer (its key points too, when keyed)."""
        return read_answer(
            question_info(ctx, exchange),
            exchange.answer or "",
            discussion=discussion(ctx, exchange),
            resume=ctx.resume,
            lang=ctx.lang,
            key=key,
            memory=memory,
        )
