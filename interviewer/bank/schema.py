"""Schema of answer-key files (`bank/<topic>.yaml`): pydantic, extra="forbid", fields documented.

A file holds one topic: the `concepts` its claims talk about (terms in both languages) and the
`questions`, each with key points and misconceptions written as claims over those concepts. A claim
is a relation with a polarity ("PagedAttention is NOT an eviction policy") or a direction ("LOWER
top-p gives LESS diverse text"), so the same words asserting the opposite are told apart.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from interviewer.schemas import Text, TextList

ID = r"^[a-z0-9][a-z0-9_.-]*$"
CJK = re.compile(r"[\u3400-\u9fff]")
Direction = Literal["up", "down"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class Terms(_Strict):
    """Words that name one thing, per language. Answers are matched against both lists (code-mixed
    answers are common), case-insensitively, with a space, '-' or '_' between words optional.
    `shard*` matches any ending (shards, sharded, sharding); `re:` starts a regular expression."""

    zh: list[str] = Field(min_length=1)
    """Chinese terms; repeat an English term here if Chinese speakers say it in English."""
    en: list[str] = Field(min_length=1)
    """English terms; a plural s/es is accepted without writing it."""

    @field_validator("zh", "en", mode="before")
    @classmethod
    def _yaml_booleans(cls, v: object) -> object:
        if isinstance(v, list):
            for term in v:
                if isinstance(term, bool | int | float):
                    raise ValueError(
                        f"YAML read a term as {term!r}, not text: put it in quotes "
                        '(e.g. "no", "on", "1")'
                    )
        return v

    @field_validator("zh", "en")
    @classmethod
    def _clean(cls, v: list[str]) -> list[str]:
        for term in v:
            if not term.strip():
                raise ValueError("empty term")
            if term.startswith("re:"):
                try:
                    re.compile(term[3:])
                except re.error as e:
                    raise ValueError(f"bad regular expression {term!r}: {e}") from e
        return v

    def all(self) -> list[str]:
        return [*self.zh, *self.en]


class Concept(_Strict):
    """One thing claims talk about: a component, a quantity, a property."""

    terms: Terms
    """Words that name it."""
    opposite: Terms | None = None
    """Words that name its opposite pole, e.g. for `diversity`: deterministic, conservative, 保守.
    Saying one of these counts as the concept with its sign flipped ("more deterministic" = "less
    diverse")."""
    rivals: list[str] = Field(default_factory=list)
    """Concepts of the same family (zero1 / zero2 / zero3). When a rival is named between this
    concept and the other parts of a claim, the claim binds to the rival instead, so "ZeRO-1
    shards optimizer states and ZeRO-3 parameters" does not say ZeRO-1 shards parameters."""


class Claim(_Strict):
    """A relation an answer can state: all `concepts` named in one sentence, with a polarity.

    The answer's sign is the product of the directions said ("lower" = -1, "raises" = +1), the
    poles named (an `opposite` term = -1) and the negations whose scope covers the terms
    ("not", "不是", "instead of", "rather than"). The claim holds when that sign equals the
    claim's own sign (-1 if `negated`, times the `change` directions); the opposite sign means the
    answer asserts the opposite.
    """

    all: list[str] = Field(min_length=1, max_length=4)
    """Concept ids that must all be named in one sentence (any order)."""
    change: dict[str, Direction] = Field(default_factory=dict)
    """Directions for a co-variation: {top_p: down, diversity: down} reads "lower top-p → less
    diversity" (and equally "higher top-p → more diversity"). With two or more entries the first
    concepts need a said direction; the last may be a bare state ("…makes it deterministic")."""
    negated: bool = False
    """The relation must be denied: "PagedAttention is not an eviction policy"."""

    @model_validator(mode="after")
    def _change_in_all(self) -> Claim:
        stray = [c for c in self.change if c not in self.all]
        if stray:
            raise ValueError(f"`change` names {stray}, which are not in `all` {self.all}")
        return self

    def sign(self) -> int:
        s = -1 if self.negated else 1
        for d in self.change.values():
            s *= 1 if d == "up" else -1
        return s


class KeyPoint(_Strict):
    """One thing a strong answer covers, and the claims that show it was said."""

    id: str = Field(pattern=ID)
    """Short id unique within the question (`blocks`, `no_fragmentation`)."""
    zh: str
    en: str
    weight: float = Field(default=1.0, gt=0, le=5)
    """Relative importance among the question's key points."""
    claims: list[Claim] = Field(min_length=1)
    """Any one of these claims, stated with the right polarity, shows the point."""


class Misconception(_Strict):
    """A wrong belief candidates state, how to spot it, and the correction."""

    id: str = Field(pattern=ID)
    zh: str
    """The wrong belief, stated as a candidate would say it."""
    en: str
    claims: list[Claim] = Field(min_length=1)
    """Any one of these claims, stated with this polarity, asserts the misconception."""
    correction: Text
    """What is actually true, in one or two sentences."""


class Source(_Strict):
    """A paper or documentation page the key points rest on."""

    title: str
    url: str | None = None
    note: str | None = None
    """Which fact it supports (section, figure, table)."""


class BankQuestion(_Strict):
    """One technical or design question with its answer key."""

    id: str = Field(pattern=ID)
    """Unique across the whole bank, by convention `<topic>.<slug>`."""
    topic: str = Field(default="", pattern=r"^$|^[a-z0-9][a-z0-9_-]*$")
    """Filled from the file's `topic`."""
    kind: Literal["technical", "design"] = "technical"
    level: int = Field(ge=1, le=3)
    """1 junior, 2 mid, 3 senior."""
    text: TextList
    """The question in each language; several wordings allowed, the first is shown."""
    subject: list[str] = Field(default_factory=list)
    """Concept ids the question is about. Used to match questions to the bank, and implied in
    answers: a claim over a subject concept also holds in a sentence that leaves it unsaid
    ("it splits the cache into blocks"), unless the sentence names one of its rivals."""
    premise: dict[str, Direction] = Field(default_factory=dict)
    """Directions the question itself sets for subject concepts ("if you LOWER top-p…":
    {top_p: down}); an answer that does not restate them is read with them."""
    key_points: list[KeyPoint] = Field(min_length=2)
    misconceptions: list[Misconception] = Field(default_factory=list)
    hint: Text
    """A nudge for a stuck candidate that does not give the answer away."""
    outline: TextList
    """A model answer in 3–6 lines per language."""
    followups: TextList = Field(default_factory=TextList)
    """Angles to probe after the first answer."""
    sources: list[Source] = Field(min_length=1)
    concepts: dict[str, Concept] = Field(default_factory=dict)
    """Filled from the file's `concepts` (a question may add its own)."""

    @field_validator("text")
    @classmethod
    def _text_both_languages(cls, v: TextList) -> TextList:
        if not v.zh or not v.en:
            raise ValueError("needs at least one wording in zh and one in en")
        return v

    @field_validator("outline")
    @classmethod
    def _outline_lines(cls, v: TextList) -> TextList:
        for lang in ("zh", "en"):
            n = len(v.get(lang))
            if not 3 <= n <= 6:
                raise ValueError(f"{lang} outline has {n} lines; write 3 to 6")
        return v

    @model_validator(mode="after")
    def _premise_on_subject(self) -> BankQuestion:
        stray = [c for c in self.premise if c not in self.subject]
        if stray:
            raise ValueError(f"`premise` names {stray}, which are not in `subject` {self.subject}")
        return self

    @model_validator(mode="after")
    def _unique_ids(self) -> BankQuestion:
        ids = [k.id for k in self.key_points] + [m.id for m in self.misconceptions]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"key point and misconception ids must be unique; repeated: {dup}")
        return self

    def first_text(self, lang: str) -> str:
        return self.text.get(lang)[0]

    def key_point(self, kp_id: str) -> KeyPoint:
        for k in self.key_points:
            if k.id == kp_id:
                return k
        raise KeyError(kp_id)


class BankFile(_Strict):
    """A topic file: shared concepts and the questions that use them."""

    topic: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    """Topic id; personas name it in `bank_topics`. By convention the file name."""
    name: Text
    """Shown in lists: `{zh: ..., en: ...}`."""
    concepts: dict[str, Concept] = Field(default_factory=dict)
    """Concept id → terms. Ids are lower_snake_case."""
    questions: list[BankQuestion] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _share_topic_and_concepts(cls, data: object) -> object:
        """Every question gets the file's topic and concepts (its own concepts win)."""
        if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
            return data
        concepts = data.get("concepts")
        shared: dict[str, Any] = concepts if isinstance(concepts, dict) else {}
        shared = {**_library_for(data, shared), **shared}
        data = {**data, "concepts": shared}
        questions = []
        for q in data["questions"]:
            if isinstance(q, dict):
                q = {**q, "topic": q.get("topic") or data.get("topic", "")}
                mine = q.get("concepts")
                own: dict[str, Any] = mine if isinstance(mine, dict) else {}
                q["concepts"] = {**shared, **own}
            questions.append(q)
        return {**data, "questions": questions}


RELATIONS_FILE = Path(__file__).with_name("relations.yaml")


class Relations(_Strict):
    """The shared library of relation words (`relations.yaml`): concepts every topic file may name
    in its claims without defining them ("shard", "freeze", "evict", "zero", "every_time")."""

    concepts: dict[str, Concept]


@lru_cache(maxsize=1)
def relations() -> dict[str, dict[str, Any]]:
    """Library concept id -> its fields (validated once, as plain data to merge into files)."""
    from interviewer.loader import validate_file

    lib = validate_file(RELATIONS_FILE, Relations)
    return {cid: c.model_dump(exclude_defaults=True) for cid, c in lib.concepts.items()}


def _named_ids(data: dict[str, Any]) -> set[str]:
    """Concept ids a raw topic file names in claims, subjects and rivals."""
    names: set[str] = set()
    for c in (data.get("concepts") or {}).values():
        if isinstance(c, dict):
            names.update(r for r in c.get("rivals") or [] if isinstance(r, str))
    for q in data.get("questions") or []:
        if not isinstance(q, dict):
            continue
        names.update(s for s in q.get("subject") or [] if isinstance(s, str))
        for c in (q.get("concepts") or {}).values():
            if isinstance(c, dict):
                names.update(r for r in c.get("rivals") or [] if isinstance(r, str))
        for group in ("key_points", "misconceptions"):
            for item in q.get(group) or []:
                for claim in (item.get("claims") or []) if isinstance(item, dict) else []:
                    if isinstance(claim, dict):
                        names.update(c for c in claim.get("all") or [] if isinstance(c, str))
    return names


def _library_for(data: dict[str, Any], defined: dict[str, Any]) -> dict[str, Any]:
    """The library concepts a file names and does not define itself, with their rivals."""
    lib = relations()
    todo = [n for n in _named_ids(data) if n in lib and n not in defined]
    out: dict[str, Any] = {}
    while todo:
        n = todo.pop()
        if n in out or n in defined:
            continue
        out[n] = lib[n]
        todo.extend(r for r in lib[n].get("rivals", []) if r in lib)
    return out


# ------------------------------------------------------------------ detection results


class Span(_Strict):
    """Where something was said: offsets into the original answer and the exact text."""

    start: int
    end: int
    text: str


class HitPoint(_Strict):
    id: str
    span: Span


class AssertedMisconception(_Strict):
    id: str
    span: Span
    correction: Text


class KeyPointResult(_Strict):
    """What an answer covered of a question's key."""

    question_id: str
    hit: list[HitPoint] = Field(default_factory=list)
    """Key points stated with the right polarity, with the clause that shows each."""
    missed: list[str] = Field(default_factory=list)
    """Key points not stated (or stated the wrong way round)."""
    contradicted: list[HitPoint] = Field(default_factory=list)
    """Key points the answer states the opposite of (also listed in `missed`)."""
    misconceptions: list[AssertedMisconception] = Field(default_factory=list)
    """Misconceptions asserted, with the clause and the correction."""
    coverage: float = 0.0
    """Weight of the points hit over the weight of all points, 0..1."""

    def hit_ids(self) -> list[str]:
        return [h.id for h in self.hit]


def has_cjk(text: str) -> bool:
    return bool(CJK.search(text))
