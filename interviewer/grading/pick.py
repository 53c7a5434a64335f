"""Which rubric and topic kind to grade an answer with, when the caller does not say.

`interviewer grade` without --rubric (and without INTERVIEWER_RUBRIC) reads the question:
behavioural and motivation questions are graded on `hr`, the rest on `star` with the question's
kind, so `applies_to` is honoured (a technical explanation is not asked for a STAR story).
Cues live in interviewer/data/grading/question_kinds.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

KINDS_FILE = Path(__file__).resolve().parent.parent / "data" / "grading" / "question_kinds.yaml"
DEFAULT_RUBRIC = "star"
DEFAULT_KIND = "project"
_CJK = re.compile(r"[\u4e00-\u9fff]")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class KindCues(_Strict):
    """One topic kind and the phrases of a question that point to it, by weight."""

    kind: str = Field(pattern=r"^(project|behavioral|technical|design|motivation|closing)$")
    cues: dict[str, dict[int, list[str]]]
    """Language (zh, en) -> weight -> phrases (English: whole words, `*` ends a word stem)."""


class KindsFile(_Strict):
    kinds: list[KindCues]
    """In tie-break order: on equal weight the kind listed first wins."""
    rubrics: dict[str, str] = Field(default_factory=dict)
    """Topic kind -> rubric id; kinds not listed use `star`."""


class _Compiled:
    def __init__(self, data: KindsFile) -> None:
        self.data = data
        self.patterns: list[tuple[str, str, int, re.Pattern[str]]] = []
        for entry in data.kinds:
            for lang, by_weight in entry.cues.items():
                for weight, phrases in by_weight.items():
                    self.patterns.append((entry.kind, lang, weight, _compile(phrases, lang)))


def _compile(phrases: list[str], lang: str) -> re.Pattern[str]:
    parts = []
    for p in phrases:
        stem = p.endswith("*")
        body = re.escape(p.rstrip("*").lower()).replace(r"\ ", r"\s+")
        if lang == "zh" or _CJK.search(p):
            parts.append(body)
        else:
            parts.append(rf"\b{body}" + (r"\w*" if stem else r"\b"))
    return re.compile("|".join(parts) or r"(?!)")


@lru_cache(maxsize=1)
def _cues() -> _Compiled:
    from interviewer.loader import validate_file

    return _Compiled(validate_file(KINDS_FILE, KindsFile))


def question_kind(question: str) -> str:
    """The topic kind a question asks about (project, behavioral, technical, design, motivation,
    closing); `project` when nothing in the question says otherwise."""
    text = " ".join(question.lower().split())
    if not text:
        return DEFAULT_KIND
    lang = "zh" if _CJK.search(text) else "en"
    cues = _cues()
    totals: dict[str, int] = {}
    for kind, cue_lang, weight, pattern in cues.patterns:
        if cue_lang != lang:
            continue
        hits = len(pattern.findall(text))
        if hits:
            totals[kind] = totals.get(kind, 0) + weight * min(hits, 2)
    if not totals:
        return DEFAULT_KIND
    order = [k.kind for k in cues.data.kinds]
    return max(totals, key=lambda k: (totals[k], -order.index(k)))


def pick_rubric(question: str, rubric_ids: Iterable[str]) -> tuple[str, str]:
    """(rubric id, topic kind) for grading an answer to `question` with no rubric given."""
    kind = question_kind(question)
    ids = set(rubric_ids)
    rubric = _cues().data.rubrics.get(kind, DEFAULT_RUBRIC)
    if rubric not in ids:
        rubric = DEFAULT_RUBRIC
    return rubric, kind
