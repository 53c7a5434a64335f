"""Domain objects passed between the résumé parser, engine, graders, storage and interfaces."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, field_validator

Role = Literal["interviewer", "candidate"]
TurnKind = Literal["question", "followup", "wrapup", "answer"]
SessionStatus = Literal["active", "finished", "abandoned"]


# ---------------------------------------------------------------- résumé


class ClaimedMetric(BaseModel):
    """A number the résumé states, e.g. "recall from 72% to 86%" or "8x H100" (issue 14)."""

    text: str
    """The exact span of the résumé that states it."""
    value: float
    """The headline number (the result where a baseline → result is given), in `unit`."""
    unit: str = ""
    """Normalised unit (interviewer.quantities): `%`, `pp`, `x`, `ms`, `h`, `usd`, `gpu`, `params`…"""
    what: str = ""
    """What it measures, as far as the text says (`recall`, `p99 latency`); same as `subject`."""
    baseline: float | None = None
    result: float | None = None
    direction: Literal["up", "down"] | None = None
    role: str = "result"
    """`result` (a claimed change or outcome) or a fact role: `hardware`, `model_size`,
    `team_size`, `duration`, `count`, `cost`, `data_size`, `sample_size`, `other`…"""
    subject: str = ""
    """What the number is about ("p95 latency", "召回率", "support tickets")."""
    raw_unit: str = ""
    """The unit as written."""
    bound: str = "exact"
    """`exact`, `about`, `at_least`, `at_most` or `range`."""


ProjectKind = Literal["rag", "agent", "finetune", "serving", "eval", "data", "ml", "other"]


class Project(BaseModel):
    """A unit of work the candidate can be asked about (a named project or an askable unit)."""

    name: str
    period: str = ""
    role: str = ""
    bullets: list[str] = Field(default_factory=list)
    metrics: list[ClaimedMetric] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    kind: ProjectKind = "other"
    """What the project mainly delivers."""
    kinds: list[str] = Field(default_factory=list)
    """Every kind that applies, primary first."""
    kind_evidence: list[str] = Field(default_factory=list)
    """The words that decided `kind`."""
    position: int | None = None
    """Index into Resume.positions of the job it was done in, when known."""
    named: bool = True
    """False for an askable unit named by its object ("the batch-inference migration")."""


class Position(BaseModel):
    """A job held: title at organisation, for a period."""

    title: str = ""
    org: str = ""
    period: str = ""
    bullets: list[str] = Field(default_factory=list)


class Resume(BaseModel):
    lang: Literal["zh", "en"] = "en"
    positions: list[Position] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    metrics: list[ClaimedMetric] = Field(default_factory=list)
    """Every claimed metric in the document (project metrics included)."""
    text: str = ""
    """The plain text the structure was read from."""
    source: str = ""
    """File name or `pasted`."""


# ---------------------------------------------------------------- analysis and grading


class Gap(BaseModel):
    """Something an answer lacks, with why we think so."""

    id: str
    """One of schemas.GAP_IDS."""
    severity: float = Field(ge=0, le=1)
    """How much it matters here (ranks follow-ups)."""
    evidence: str = ""
    """Quote from the answer (or résumé) that shows the gap, e.g. the unmeasured claim."""
    detail: str = ""
    """Plain-words explanation, e.g. "says 40% faster but gives no baseline"."""


class GapAnalysis(BaseModel):
    gaps: list[Gap] = Field(default_factory=list)
    """Sorted, biggest first."""
    signals: dict[str, object] = Field(default_factory=dict)
    """Raw detector output (numbers found, first-person actions...) for debugging and reports."""
    source: str = "offline"

    def top(self) -> Gap | None:
        return self.gaps[0] if self.gaps else None

    def has(self, gap_id: str) -> bool:
        return any(g.id == gap_id for g in self.gaps)


class CriterionGrade(BaseModel):
    criterion: str
    score: int = Field(ge=1, le=5)
    evidence: list[str] = Field(default_factory=list)
    """Exact quotes from the answer."""
    suggestion: str = ""


class KeyRef(BaseModel):
    """The answer key (bank question) a graded question matched."""

    id: str
    confidence: float = Field(ge=0, le=1)


class KeyPointSummary(BaseModel):
    """Key points of the answer key the answer covered, missed, and misconceptions it asserted."""

    hit: list[str] = Field(default_factory=list)
    missed: list[str] = Field(default_factory=list)
    misconceptions: list[str] = Field(default_factory=list)


class GradeResult(BaseModel):
    """The grades one grader gave one answer under one rubric (graded now or read back)."""

    criteria: list[CriterionGrade]
    overall: float = Field(ge=0, le=100)
    """Computed in code from the rubric weights, never asked of a model."""
    grader: str
    """`offline` or `llm:<model>`."""
    rubric: str
    flags: list[str] = Field(default_factory=list)
    """`empty`, `offtopic`, `injection`, `too_long`, `quote_rejected`, `fallback`..."""
    version: int = 1
    """Version of the grading logic (interviewer.grading.base.GRADER_VERSION when graded); scores
    of different versions are not comparable one to one (the progress chart marks the change)."""
    kind: str | None = None
    """Topic kind the answer was graded as (decides which criteria applied); None when unknown."""
    key: KeyRef | None = None
    key_points: KeyPointSummary | None = None
    created_at: datetime | None = None
    """When the grades were stored (None before they are)."""

    def score(self, criterion: str) -> int | None:
        for c in self.criteria:
            if c.criterion == criterion:
                return c.score
        return None


# ---------------------------------------------------------------- sessions


class AsrInfo(BaseModel):
    model: str
    language: str
    language_probability: float | None = None
    audio_seconds: float
    processing_ms: float
    segments: list[dict[str, object]] = Field(default_factory=list)
    """Segments/words with start/end times, for delivery analytics."""
    text: str | None = None
    """What was recognised, as heard, when the candidate could correct it before sending: the
    answer's own text is what was sent (grading and quotes use it), this one and the segments
    are the recording's (delivery analytics use them). None: sent as recognised."""


class Delivery(BaseModel):
    """Delivery analytics of a spoken answer."""

    rate: float
    """Words per minute (en) or characters per minute (zh)."""
    rate_unit: Literal["wpm", "cpm"]
    fillers: dict[str, int] = Field(default_factory=dict)
    long_pauses: int = 0
    longest_pause_s: float = 0.0
    speaking_seconds: float = 0.0


class TurnRecord(BaseModel):
    id: int | None = None
    session_id: int
    index: int
    role: Role
    kind: TurnKind
    text: str
    topic: str | None = None
    probes: list[str] = Field(default_factory=list)
    reason: str = ""
    """Why this question was asked (e.g. "answer gave no baseline for '40% faster'")."""
    audio_path: str | None = None
    asr: AsrInfo | None = None
    delivery: Delivery | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    duration_ms: float | None = None
    created_at: datetime | None = None
    grades: list[GradeResult] = Field(default_factory=list)
    """Grades on candidate turns, one set per (grader, rubric) that graded it."""

    @field_validator("kind", mode="before")
    @classmethod
    def _old_kinds(cls, kind: object) -> object:
        """Sessions stored by older versions may name a main question `opening` (never produced
        now): it is read as the `question` it was, here, once for every reader."""
        return "question" if kind == "opening" else kind


class SessionRecord(BaseModel):
    id: int
    persona: str
    rubric: str
    lang: Literal["zh", "en"]
    model: str
    status: SessionStatus
    created_at: datetime
    updated_at: datetime
    resume_id: int | None = None
    job_description: str = ""
    focus: str | None = None
    """Criterion this session was aimed at ("practise my weakest")."""
    persona_snapshot: dict[str, object] = Field(default_factory=dict)
    rubric_snapshot: dict[str, object] = Field(default_factory=dict)
    state: dict[str, object] = Field(default_factory=dict)
    """Engine state needed to resume (plan, position, asked questions)."""
    report: dict[str, object] | None = None
    overall: float | None = None
    owner: str | None = Field(default=None, exclude=True)
    """Whose session: a browser's owner id (local mode) or `user:<name>` (team mode); never
    written into exports or JSON output."""
    turns: list[TurnRecord] = Field(default_factory=list)


TurnRecord.model_rebuild()
