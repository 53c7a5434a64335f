"""Which criteria a question asks for, so an answer's overall weighs what it was asked.

interviewer/data/grading/asked.yaml holds the decision and its word families. A criterion the
question did not ask for still counts when the answer volunteers it (quoted evidence, at least
VOLUNTEERED), as an unasked `failure` always has.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from interviewer.grading.limits import volunteered
from interviewer.reading.vocab import Terms
from interviewer.types import CriterionGrade

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "grading" / "asked.yaml"


class CriterionAsk(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    probes: list[str] = Field(default_factory=list)
    """Gap ids of the interview that ask for this criterion."""
    q: Terms
    """Words of a question asking for it."""


class AskedFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rubrics: list[str]
    """Rubric ids whose answers are weighed by what their question asked."""
    criteria: dict[str, CriterionAsk]


@lru_cache(maxsize=1)
def _data() -> AskedFile:
    from interviewer.loader import validate_file

    return validate_file(DATA_FILE, AskedFile)


@lru_cache(maxsize=2048)
def _asked_by_words(question: str) -> frozenset[str]:
    return frozenset(cid for cid, ask in _data().criteria.items() if ask.q.search(question))


def asks_setting_only(question: str) -> bool:
    """Whether the question asks for the setting of a story (where it started, who asked, whose
    problem) and not for its result: the story's action and result are parked, not missing."""
    words = _asked_by_words(question)
    return "star" in words and "metrics" not in words


def asked_criteria(question: str, probes: Sequence[str] = ()) -> frozenset[str] | None:
    """The criteria (of those asked.yaml lists) this question asks for: by its own words, else by
    the interview's probes (a topic's probes say what the topic is for, a question's words what
    this question asks); None when neither says (then every criterion counts)."""
    words = _asked_by_words(question)
    if words:
        return words
    by_probe = frozenset(
        cid for cid, ask in _data().criteria.items() if {cid, *ask.probes} & set(probes)
    )
    return by_probe or None


def weighed(rubric: str) -> frozenset[str]:
    """The criteria of `rubric` that count only when asked or volunteered (none: not weighed)."""
    return frozenset(_data().criteria) if rubric in _data().rubrics else frozenset()


def weigh_asked(
    grades: list[CriterionGrade], question: str, rubric: str, probes: Sequence[str] = ()
) -> tuple[list[CriterionGrade], list[CriterionGrade]]:
    """Split grades into (graded, left out) by what the question asked."""
    listed = weighed(rubric)
    asked = asked_criteria(question, probes) if listed else None
    if asked is None:
        return grades, []

    def counts(g: CriterionGrade) -> bool:
        return g.criterion not in listed or g.criterion in asked

    if not any(counts(g) for g in grades):
        return grades, []
    out: list[CriterionGrade] = []
    left: list[CriterionGrade] = []
    for g in grades:
        (out if counts(g) or volunteered(g) else left).append(g)
    return out, left
