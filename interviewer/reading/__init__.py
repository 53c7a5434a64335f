"""The reading layer: one Reading of every answer, for the follow-up policy and the grader.

`read_answer(question, answer, ...)` returns the act (answer, partial, stuck, clarify, offtopic,
refusal, injection, empty), relevance to the question, facts with exact clause spans,
quantities with their roles, per-sentence substance, conflicts with the résumé or earlier
answers, key points (when the question has an answer key) and the gaps left given the topic
memory. Vocabularies live in interviewer/data/reading/*.yaml (see `vocab`).
"""

from __future__ import annotations

from interviewer.reading.model import (
    ACTS,
    FACT_KINDS,
    Conflict,
    Fact,
    KeyPoints,
    PriorExchange,
    Quantity,
    QuestionInfo,
    Reading,
    SentenceInfo,
    Span,
    TopicMemory,
)
from interviewer.reading.quote import quote, quote_bounds
from interviewer.reading.read import memory_after, read_answer

__all__ = [
    "ACTS",
    "FACT_KINDS",
    "Conflict",
    "Fact",
    "KeyPoints",
    "PriorExchange",
    "Quantity",
    "QuestionInfo",
    "Reading",
    "SentenceInfo",
    "Span",
    "TopicMemory",
    "memory_after",
    "quote",
    "quote_bounds",
    "read_answer",
]
