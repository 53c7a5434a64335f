"""Interfaces inside the interview engine.

The runner (session.py) owns state and storage; it asks a Planner for topics, a Reader (reader.py)
for one Reading of each answer, the shared follow-up policy (policy.py) for what to do next, and a
QuestionWriter for the words of the next question. Offline and LLM implementations plug in here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, Protocol

from pydantic import BaseModel, Field

from interviewer.reading import Reading, TopicMemory
from interviewer.schemas import Persona
from interviewer.types import Resume


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
    template: str = ""
    """The question template before filling (no template is used twice in a session)."""
    key: str | None = None
    """Id of the answer-key (bank) question this slot asks, when it comes from the bank."""
    hint: str = ""
    """The answer key's hint in the session language: the reframe after "I don't know"."""


class Plan(BaseModel):
    topics: list[PlannedTopic]


class Exchange(BaseModel):
    """One question and its answer, as the reader and writer see them."""

    question: str
    kind: str
    topic: str
    probes: list[str] = Field(default_factory=list)
    answer: str | None = None
    reading: Reading | None = None


class InterviewContext(BaseModel):
    """Everything a planner, reader or writer may read. Candidate text here is data only."""

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
    memory: TopicMemory | None = None
    """What the current question's discussion has established (the writer must not ask for it)."""


class NextAction(BaseModel):
    """What the policy decided to do next."""

    kind: Literal["question", "followup", "wrapup"]
    slot: int | None = None
    """Index into the plan for a main question (and the slot a follow-up belongs to)."""
    probe: str | None = None
    """Gap id a follow-up probes, or the act it responds to (stuck, offtopic, clarify...)."""
    quote: str = ""
    """The exact clause of the latest answer the follow-up picks up; empty when none fits."""
    other: str = ""
    """The résumé claim (or earlier answer) a contradiction follow-up sets against the quote."""
    other_source: str = ""
    """Where `other` comes from: `resume` or `earlier`."""
    detail: str = ""
    reason: str = ""
    """Why, in plain words; stored on the turn."""
    after: str | None = None
    """The act of the answer that made the interview move on (stuck, offtopic, refusal...), so
    the next question can acknowledge it without judgement."""


class Planner(Protocol):
    def plan(self, ctx: InterviewContext) -> Plan: ...


class QuestionWriter(Protocol):
    """Words the next interviewer turn; yields chunks (one chunk is fine for offline).

    Contract: the words of a follow-up with a `quote` contain the quote exactly.
    """

    name: str

    def write(self, ctx: InterviewContext, action: NextAction) -> Iterator[str]: ...
