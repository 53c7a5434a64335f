"""Interfaces inside the interview engine.

The runner (session.py) owns state and storage; it asks a Planner for topics, an Analyser for the
gaps in each answer, the shared follow-up policy (policy.py) for what to do next, and a
QuestionWriter for the words of the next question. Offline and LLM implementations plug in here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, Protocol

from pydantic import BaseModel, Field

from interviewer.schemas import Persona
from interviewer.types import GapAnalysis, Resume


class PlannedTopic(BaseModel):
    """One slot of the plan: a main question to ask, possibly about a résumé project."""

    topic: str
    """Persona topic id."""
    kind: str
    """Topic kind (project, behavioral, technical, motivation, design, closing)."""
    project: str | None = None
    """Name of the candidate's project this slot is about, when it is about one."""
    question: str
    """The main question, already filled in and in the session language."""
    probes: list[str] = Field(default_factory=list)
    reason: str = ""
    """Why this is in the plan (e.g. "résumé claims 'recall 72%→86%' in project X")."""


class Plan(BaseModel):
    topics: list[PlannedTopic]


class Exchange(BaseModel):
    """One question and its answer, as the analyser and writer see them."""

    question: str
    kind: str
    topic: str
    probes: list[str] = Field(default_factory=list)
    answer: str | None = None
    analysis: GapAnalysis | None = None


class InterviewContext(BaseModel):
    """Everything a planner, analyser or writer may read. Candidate text here is data only."""

    session_id: int | None = None
    persona: Persona
    lang: Literal["zh", "en"]
    resume: Resume | None = None
    job_description: str = ""
    focus: str | None = None
    """Criterion/gap id the candidate wants to practise; the plan and policy lean on it."""
    plan: Plan | None = None
    history: list[Exchange] = Field(default_factory=list)
    asked: list[str] = Field(default_factory=list)
    """Every question text asked so far (never ask the same twice)."""


class NextAction(BaseModel):
    """What the policy decided to do next."""

    kind: Literal["question", "followup", "wrapup"]
    slot: int | None = None
    """Index into the plan for a main question (and the slot a follow-up belongs to)."""
    probe: str | None = None
    """Gap id a follow-up probes."""
    quote: str = ""
    """What the candidate said that the follow-up picks up (or the résumé claim)."""
    detail: str = ""
    reason: str = ""
    """Why, in plain words; stored on the turn."""


class Planner(Protocol):
    def plan(self, ctx: InterviewContext) -> Plan: ...


class Analyser(Protocol):
    """Finds what an answer lacks. Contract: never raises for odd answers; empty/off-topic/
    instruction-like answers become gaps (`empty`, `offtopic`, `injection`)."""

    name: str

    def analyse(self, ctx: InterviewContext, exchange: Exchange) -> GapAnalysis: ...


class QuestionWriter(Protocol):
    """Words the next interviewer turn; yields chunks (one chunk is fine for offline)."""

    name: str

    def write(self, ctx: InterviewContext, action: NextAction) -> Iterator[str]: ...
