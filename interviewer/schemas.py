"""Schemas of the data files users may edit: personas and rubrics (pydantic, extra="forbid")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

#: Gap ids the analyser reports and questions probe; rubric criteria share the first names.
GAP_IDS = (
    "empty",
    "offtopic",
    "injection",
    "contradiction",
    "metrics",
    "baseline",
    "ownership",
    "tradeoffs",
    "result",
    "star",
    "failure",
    "depth",
    "motivation",
    "specificity",
    # from the reading layer (README "Gap ids"): what a measured claim or a failure story lacks
    "method",
    "cause",
    "lesson",
    # acts the next turn responds to: a reframe, a clarification, a refusal respected
    "stuck",
    "clarify",
    "refusal",
)


#: Kinds of résumé project (the résumé reader decides them; personas' topics name them).
PROJECT_KINDS = ("rag", "agent", "finetune", "serving", "eval", "data", "ml", "other")


def _check_gap_ids(ids: Iterable[str]) -> None:
    bad = [p for p in ids if p not in GAP_IDS]
    if bad:
        raise ValueError(f"unknown gap id(s) {bad}; expected some of {list(GAP_IDS)}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """A text in both languages. In YAML write `{zh: ..., en: ...}`; a plain string serves both."""

    zh: str
    en: str

    @model_validator(mode="before")
    @classmethod
    def _from_plain(cls, v: object) -> object:
        if isinstance(v, str):
            return {"zh": v, "en": v}
        return v

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class TextList(_Strict):
    """A list of texts per language (`{zh: [...], en: [...]}`)."""

    zh: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)

    def get(self, lang: str) -> list[str]:
        return self.zh if lang == "zh" else self.en


TopicKind = Literal["project", "behavioral", "technical", "motivation", "design", "closing"]


class Topic(_Strict):
    """One area the interviewer covers, with its question bank."""

    id: str
    """Stable id, e.g. `ownership` or `rag`."""
    name: Text
    """Shown in the plan and the report."""
    kind: TopicKind = "behavioral"
    """`project` topics are asked about the candidate's own résumé projects."""
    questions: TextList
    """Question bank; `{project}`, `{role}`, `{metric}`, `{skill}` are filled from the résumé."""
    probes: list[str] = Field(default_factory=list)
    """Gap ids this topic cares about most; they rank gaps when choosing a follow-up."""
    weight: float = Field(default=1.0, gt=0)
    """Relative priority when the plan has fewer slots than topics."""
    keywords: TextList = Field(default_factory=TextList)
    """Words a relevant answer tends to use (used to detect off-topic answers)."""
    bank_topics: list[str] = Field(default_factory=list)
    """Which of the persona's `bank_topics` this topic draws its questions from when the bank has
    unused ones (a bank topic the persona does not name is not used); such a question is graded
    against its key points and its hint reframes "I don't know". Empty: own questions only."""
    project_kinds: list[str] = Field(default_factory=list)
    """Project kinds (rag, agent, finetune, serving, eval, data, ml, other) this topic is for: a
    `project` topic is asked only about projects of these kinds; any other topic is planned more
    often for a résumé with such projects. Empty: any résumé."""

    @field_validator("probes")
    @classmethod
    def _known_probes(cls, v: list[str]) -> list[str]:
        _check_gap_ids(v)
        return v

    @field_validator("project_kinds")
    @classmethod
    def _known_kinds(cls, v: list[str]) -> list[str]:
        bad = [k for k in v if k not in PROJECT_KINDS]
        if bad:
            raise ValueError(
                f"unknown project kind(s) {bad}; expected some of {list(PROJECT_KINDS)}"
            )
        return v


class Persona(_Strict):
    """An interviewer: who they are, what they ask, how hard they dig."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    """File-name-like id used on the command line (`--persona deep_dive`)."""
    name: Text
    description: Text
    """One line shown when choosing a round."""
    tone: Text
    """How the interviewer speaks; also given to an LLM interviewer as style."""
    rubric: str = "star"
    """Id of the rubric answers are graded with."""
    questions: int = Field(default=6, ge=1, le=30)
    """Number of main questions (follow-ups not counted)."""
    followup_depth: int = Field(default=2, ge=0, le=5)
    """Most follow-ups probing a gap on one main question before moving on (answering an act, a
    reframe after "I don't know", a redirect or a clarification, is not counted)."""
    resume_share: float = Field(default=0.5, ge=0.0, le=1.0)
    """Share of main questions asked about the candidate's own résumé projects."""
    focus: list[str] = Field(default_factory=list)
    """Gap ids this round cares about most, in order (ranks follow-ups)."""
    opening: Text
    """First words of the interviewer; `{questions}` is the planned number of questions."""
    wrapup: Text
    """Last words of the interviewer."""
    topics: list[Topic] = Field(min_length=1)
    bank_topics: list[str] = Field(default_factory=list)
    """Answer-key topics (`bank/<topic>.yaml`, e.g. `sampling`, `vllm`) this round may draw technical
    and design questions from, by level; the inline `topics` stay for rounds and users without a
    bank. Opinion topics (industry views, motivation) have no key."""
    followups: dict[str, TextList] = Field(default_factory=dict)
    """Per gap id, follow-up templates overriding the shared ones (`{quote}`, `{project}`...)."""
    system_prompt: Text | None = None
    """Extra instructions for an LLM interviewer playing this persona."""

    @field_validator("focus")
    @classmethod
    def _known_focus(cls, v: list[str]) -> list[str]:
        _check_gap_ids(v)
        return v

    @field_validator("followups")
    @classmethod
    def _known_followups(cls, v: dict[str, TextList]) -> dict[str, TextList]:
        _check_gap_ids(v)
        return v

    @field_validator("bank_topics")
    @classmethod
    def _bank_topic_ids(cls, v: list[str]) -> list[str]:
        bad = [t for t in v if not t or not t.replace("_", "").replace("-", "").isalnum()]
        if bad or len(set(v)) != len(v):
            raise ValueError(f"bank topic ids are unique lower_snake names like `vllm`; got {v}")
        return v

    @field_validator("topics")
    @classmethod
    def _unique_topics(cls, v: list[Topic]) -> list[Topic]:
        # A field validator (not a model one) so the error names the field `topics`.
        ids = [t.id for t in v]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"topic ids must be unique; repeated: {sorted(dup)}")
        return v


class Level(_Strict):
    """One anchored level of a 1–5 scale."""

    score: int = Field(ge=1, le=5)
    description: Text


class Criterion(_Strict):
    """One thing answers are graded on."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    """`star`, `metrics`, `tradeoffs`, `ownership`, `depth`, `failure` and `correctness` have
    built-in offline detectors; any other id is graded offline from its `signals`."""
    name: Text
    weight: float = Field(gt=0)
    """Relative weight in the 0–100 overall score."""
    description: Text
    """What this criterion asks of an answer."""
    levels: list[Level]
    """Exactly the scores 1, 2, 3, 4 and 5, each anchored in words."""
    evidence: Text
    """What counts as evidence (told to the LLM judge and shown to the user)."""
    signals: TextList = Field(default_factory=TextList)
    """Words or phrases that count as evidence for the offline grader (custom criteria)."""
    applies_to: list[str] = Field(default_factory=list)
    """Topic kinds this criterion is graded on; empty means every answer."""
    only_when_asked: list[str] = Field(default_factory=list)
    """Graded only when the question probes one of these gaps (GradeContext.probes), when the
    question text asks for it, or when the answer volunteers evidence for it; otherwise left out
    of the answer's grades and its overall. Empty means always graded."""
    only_with_key: bool = False
    """Graded only when the question has an answer key in the bank (`correctness`: key points
    covered, misconceptions asserted); otherwise left out of the answer's grades and overall."""

    @field_validator("only_when_asked")
    @classmethod
    def _known_gaps(cls, v: list[str]) -> list[str]:
        _check_gap_ids(v)
        return v

    @field_validator("levels")
    @classmethod
    def _five_levels(cls, v: list[Level]) -> list[Level]:
        scores = sorted(level.score for level in v)
        if scores != [1, 2, 3, 4, 5]:
            raise ValueError(f"needs one level for each score 1..5, got scores {scores}")
        return sorted(v, key=lambda level: level.score)

    def level(self, score: int) -> Level:
        return self.levels[score - 1]


class Rubric(_Strict):
    """A set of weighted criteria."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: Text
    description: Text
    criteria: list[Criterion] = Field(min_length=1)

    @field_validator("criteria")
    @classmethod
    def _unique_criteria(cls, v: list[Criterion]) -> list[Criterion]:
        ids = [c.id for c in v]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"criterion ids must be unique; repeated: {sorted(dup)}")
        return v

    def criterion(self, cid: str) -> Criterion:
        for c in self.criteria:
            if c.id == cid:
                return c
        raise KeyError(cid)
