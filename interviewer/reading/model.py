"""The Reading of one answer and what it is read against (question, discussion, topic memory).

Every span is a pair of offsets into the ORIGINAL answer text (never into a normalised copy),
so `text[start:end]` is exactly what the candidate wrote.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Act = Literal[
    "answer", "partial", "stuck", "clarify", "counter", "offtopic", "refusal", "injection", "empty"
]
#: The act a counter-question is given: "counter" once the follow-up policy answers that act
#: (defer to the closing questions, then ask again); until then "offtopic" (a redirect to the
#: question), with the questions themselves in Reading.counter either way. The one place the
#: policy's side of the decision is named.
COUNTER_ACT = "counter"
ACTS: tuple[str, ...] = tuple(
    a
    for a in Act.__args__  # type: ignore[attr-defined]
    if a != "counter" or COUNTER_ACT == "counter"
)

FactKind = Literal[
    "method",
    "own_action",
    "team_action",
    "alternative",
    "choice",
    "cost",
    "failure",
    "cause",
    "fix",
    "lesson",
    "mechanism",
    "term_only",
    "situation",
    "task",
    "result",
    "motivation",
    "constraint",
    "question_back",
]
FACT_KINDS: tuple[str, ...] = FactKind.__args__  # type: ignore[attr-defined]

QuestionKind = Literal["project", "behavioral", "technical", "design", "motivation", "closing"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """An exact piece of the answer: `text == answer[start:end]`."""

    start: int
    end: int
    text: str


class QuestionInfo(_Model):
    """What the answer is read against."""

    text: str
    kind: QuestionKind = "project"
    probes: list[str] = Field(default_factory=list)
    """Gap ids this question probes (a follow-up's probes say what it asked for)."""
    topic: str = ""
    project: str | None = None
    """The résumé project under discussion, by name."""
    asks: list[str] = Field(default_factory=list)
    """What the question asks for (fact kinds or gap ids: failure, metrics, choice...); when
    empty the reader infers it from the question's words."""
    keywords: list[str] = Field(default_factory=list)
    """Topic keywords (persona topic, bank topic) that count as on-topic words."""


class Quantity(_Model):
    """A number in the answer with its role in THIS answer (see interfaces §1)."""

    text: str
    start: int
    end: int
    value: float
    unit: str = ""
    raw_unit: str = ""
    role: str = "other"
    """One of quantities.model.QuantityRole (kept a plain string so stored sessions load
    whatever roles later versions add or drop)."""
    subject: str = ""
    baseline: float | None = None
    result: float | None = None
    direction: Literal["up", "down"] | None = None
    bound: Literal["exact", "about", "at_least", "at_most", "range"] = "exact"
    low: float | None = None
    high: float | None = None
    words: bool = False
    family: str = ""
    """The measure family (`latency`, `recall`, `cost`...), empty when unknown."""


class Fact(_Model):
    """One thing the answer establishes, with the exact clause that says it."""

    kind: FactKind
    start: int
    end: int
    text: str
    sentence: int
    """Index into Reading.sentences."""
    cue: str = ""
    """The word or structure that decided it (for debugging, never shown as evidence)."""


class SentenceInfo(_Model):
    """One sentence: is it about the question, and does it carry content?"""

    start: int
    end: int
    text: str
    about_question: bool
    content: bool
    why_not: str = ""
    """When not content: filler | padding | repeat | stuffed | flattery | injection | offtopic |
    incidental | admission | question."""
    markers: list[str] = Field(default_factory=list)
    """Fact kinds found in this sentence (grading counts them only where `content`)."""


class Conflict(_Model):
    """A number said now against the same measure claimed in the résumé or an earlier answer;
    or (`kind`) the candidate's role on the project (led vs helped), or the tool used for one
    job (pgvector vs Elasticsearch as the vector store), told against the claimed one."""

    said: Span
    said_value: float
    other_text: str
    """The claim it contradicts, as written there."""
    other_value: float
    source: Literal["resume", "earlier"]
    measure: str = ""
    unit: str = ""
    kind: Literal["number", "role", "tool"] = "number"


class KeyPointHit(_Model):
    id: str
    span: Span | None = None


class KeyPointMisconception(_Model):
    id: str
    span: Span | None = None
    correction: str = ""


class KeyPoints(_Model):
    """The bank's `detect` result for a keyed question, spans in the original answer."""

    question_id: str = ""
    hit: list[KeyPointHit] = Field(default_factory=list)
    missed: list[str] = Field(default_factory=list)
    contradicted: list[KeyPointHit] = Field(default_factory=list)
    """Key points stated the wrong way round (also in `missed`)."""
    misconceptions: list[KeyPointMisconception] = Field(default_factory=list)
    coverage: float = 0.0
    """Weight of the points hit over the weight of all points, 0..1."""


class TopicMemory(_Model):
    """What the candidate has established on one question (and its project) across follow-ups.

    JSON-serialisable; stored in engine state so it survives a restart.
    """

    question: str = ""
    project: str | None = None
    turns: int = 0
    facts: dict[str, list[str]] = Field(default_factory=dict)
    """Fact kind -> the clauses that established it (latest last, at most a few each)."""
    roles: dict[str, list[str]] = Field(default_factory=dict)
    """Quantity role -> the quantities said in that role."""
    given: list[str] = Field(default_factory=list)
    """Everything the discussion has given, in the names a question asks for (see
    Reading.given): a follow-up asking for one of these asks for what was already said."""
    asked: list[str] = Field(default_factory=list)
    """Gap ids already probed on this question (so a gap is asked once)."""
    acts: list[str] = Field(default_factory=list)
    """The act of each answer in order."""

    def has(self, kind: str) -> bool:
        """True when a fact kind, a quantity role or an asked-for name has been established."""
        return bool(self.facts.get(kind) or self.roles.get(kind) or kind in self.given)


class PriorExchange(_Model):
    """An earlier question and answer of this interview (the discussion so far)."""

    question: str
    answer: str
    same_question: bool = True
    """True for the main question and follow-ups of the question now being answered."""


class Reading(_Model):
    """One reading of one answer, consumed by the follow-up policy and the grader alike."""

    version: str = "reading-1"
    act: Act
    relevance: float = Field(ge=0, le=1)
    relevance_evidence: list[str] = Field(default_factory=list)
    """The answer's words that tie it to the question (or nothing, for drift)."""
    lang: Literal["zh", "en"]
    text: str
    graded_text: str
    """The answer with injected instructions removed: what a grader may read."""
    injection: list[Span] = Field(default_factory=list)
    flattery: list[Span] = Field(default_factory=list)
    """Praise of the interviewer or the answer: not an instruction, but it earns nothing."""
    admission: list[Span] = Field(default_factory=list)
    """"I don't know" clauses: never quoted back, never content."""
    counter: list[Span] = Field(default_factory=list)
    """The candidate's own questions to the interviewer about the job, the team, pay or the
    process (act `counter` when the answer is little else; inside an answer they stay here).
    Empty on a closing question ("any questions for us?"), where such questions are the answer."""
    sentences: list[SentenceInfo] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    key_points: KeyPoints | None = None
    gaps: list[str] = Field(default_factory=list)
    """What is still missing given the topic memory, biggest first (gap ids)."""
    given: list[str] = Field(default_factory=list)
    """What this answer gives, in the names a question asks for (`relevance.asks_of`: fact
    kinds such as `method` or `alternative`; `result`, `amount`, `team`, `setting`) and the
    roles of its numbers (`baseline`, `sample_size`, `duration`...). Empty unless the act is
    an answer or a partial one: what was admitted, refused or said off the question is not
    given. The policy never asks next for one of these (see memory.already_given)."""

    def has(self, kind: str) -> bool:
        return any(f.kind == kind for f in self.facts)

    def of(self, kind: str) -> list[Fact]:
        return [f for f in self.facts if f.kind == kind]

    def content_sentences(self) -> list[SentenceInfo]:
        """Sentences about the question that carry content: the only place markers count."""
        return [s for s in self.sentences if s.content and s.about_question]
