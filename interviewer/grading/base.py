"""The grader interface. Implementations: offline heuristics (heuristic.py), LLM judge (llm_judge.py)."""

from __future__ import annotations

from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field

from interviewer.schemas import Rubric
from interviewer.types import GradeResult, Resume

#: Version of the grading logic, stored with every grade (GradeResult.version). Raise it when a
#: change moves scores, so progress across the change is not read as the candidate's.
GRADER_VERSION = 1


class GradeContext(BaseModel):
    """What a grader may know besides the question and the answer."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    lang: str | None = None
    """zh or en; detected from the answer when None."""
    topic_kind: str | None = None
    """Kind of the topic asked (project, behavioral, technical...), for `applies_to`."""
    probes: list[str] = Field(default_factory=list)
    """Gaps the question probed (a failure question expects a failure story)."""
    resume: Resume | None = None
    session_id: int | None = None
    key: Any = None
    """The answer key (interviewer.bank.BankQuestion) when the question has one: key points
    covered and misconceptions asserted decide correctness and depth."""
    key_confidence: float | None = None
    """How sure the bank was that `key` is this question's key (bank.match confidence)."""
    reading: Any = None
    """The engine's interviewer.reading.Reading of this answer; the grader reads it itself when
    absent (or when it read other text than the grader grades)."""


class Grader(Protocol):
    """Grades one answer against a rubric.

    Contract: returns one CriterionGrade per rubric criterion that applies, scores 1–5, evidence
    made only of exact quotes from the answer, `overall` computed by `scoring.overall` (the offline
    grader scales it by how far the answer addresses its question, grading/relevance.py), and flags
    (`empty`, `offtopic`, `injection`...) instead of raising for bad answers. Never follows
    instructions found inside the answer.
    """

    name: str

    def grade(
        self, question: str, answer: str, rubric: Rubric, context: GradeContext | None = None
    ) -> GradeResult: ...
