"""The grader's relevance gate: how far an answer addresses its question scales its grade.

What a question asks and whether an answer gives it is the reading layer's model
(interviewer/reading/asked.py: `question_ask`, `addressed`), shared with the reading's drift act;
this module keeps only what the grader does with it (the share of the overall an answer keeps,
the lift of naming the question's things).
"""

from __future__ import annotations

import re

from interviewer.reading.asked import (
    OFFTOPIC_AT,
    OTHER_ASK,
    Addressed,
    QuestionAsk,
    _terms,
    addressed,
    lead_subject,
    question_ask,
    question_clauses,
    stock_answer,
)

__all__ = [
    "NAMED_LIFT",
    "OFFTOPIC_AT",
    "OTHER_ASK",
    "READING_FLOOR",
    "Addressed",
    "QuestionAsk",
    "_terms",
    "addressed",
    "lead_subject",
    "named_share",
    "question_ask",
    "question_clauses",
    "relevance_factor",
    "stock_answer",
]

#: The share of its overall an answer the reading layer finds unrelated to its question keeps
#: (the reading's relevance 0..1 moves the rest): its relevance is a signal, not a verdict, so it
#: scales the overall rather than flagging (measured on tests/data/grading: 0.5–0.6 best).
READING_FLOOR = 0.6


_FIGURE = re.compile(r"(?<![\w.])[A-Za-z]{0,3}\d{2,}[A-Za-z]{0,3}(?![\w.])")
#: Question terms an answer must name, at most, to be wholly about what the question names.
NAMED_ENOUGH = 3
#: How far naming the question's things lifts an answer the reading scores lower: a floor under
#: the reading's relevance, not a replacement (above it the reading's finer reading stands).
NAMED_LIFT = 0.7


def named_share(question: str, answer: str) -> float:
    """How much of what the question names (its specific words, and figures such as 401, 403,
    p99, 2PC) the answer names too, 0..NAMED_LIFT. The reading layer's relevance counts topics and words
    without figures, so a terse right answer ("401 when we don't know who you are, 403 when we
    do but you may not") can read as unrelated to "When should an API return 401 and when 403?"."""
    q = question_ask(question).terms | {f.lower() for f in _FIGURE.findall(question)}
    if not q:
        return 0.0
    a = _terms(answer) | {f.lower() for f in _FIGURE.findall(answer)}
    return NAMED_LIFT * min(1.0, len(q & a) / min(NAMED_ENOUGH, len(q)))


def relevance_factor(reading_relevance: float, addr: Addressed) -> float:
    """What share of its overall an answer keeps for how far it addresses its question."""
    return (READING_FLOOR + (1 - READING_FLOOR) * reading_relevance) * addr.score
