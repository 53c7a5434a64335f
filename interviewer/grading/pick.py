"""Which rubric and topic kind to grade an answer with, when the caller does not say.

`interviewer grade` without --rubric (and without INTERVIEWER_RUBRIC) reads the question:
behavioural and motivation questions are graded on `hr`, the rest on `star` with the question's
kind, so `applies_to` is honoured (a technical explanation is not asked for a STAR story).

Two signals decide the kind. Cue phrases by family (interviewer/data/grading/question_kinds.yaml)
name what a question is about: pay, plans and reasons to move; conflict, feedback and mistakes;
"how would you design". A naive Bayes model over the words (English) and character pairs (Chinese)
of every question whose kind is known — the shipped personas' topic questions and the answer
bank's questions — weighs how a question is put: about the candidate's own project, a general
mechanism, or a system to build. Measured on tests/data/grading/question_kinds/ (bench: `bench/run
--only grading`, row "question kind").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

KINDS_FILE = Path(__file__).resolve().parent.parent / "data" / "grading" / "question_kinds.yaml"
DEFAULT_RUBRIC = "star"
DEFAULT_KIND = "project"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_EN_WORD = re.compile(r"[a-z][a-z0-9'+-]*")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
#: How much one cue weight counts against the model's log-likelihood (chosen on the tuning split
#: and the personas' questions, never on the untouched split).
CUE_WEIGHT = 2.0
#: Kinds about the person rather than the work (graded on `hr`), and the cue weight that is sure.
PERSONAL_KINDS = frozenset({"motivation", "behavioral", "closing"})
SURE_CUE = 3
#: Add-alpha smoothing of the model's feature counts.
ALPHA = 0.3


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


def _features(text: str) -> list[str]:
    """English words and word pairs, Chinese characters and character pairs."""
    words = _EN_WORD.findall(text)
    out = [f"w:{w}" for w in words] + [f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    for run in _CJK_RUN.findall(text):
        out += [f"u:{ch}" for ch in run] + [f"c:{run[i : i + 2]}" for i in range(len(run) - 1)]
    return out


def known_questions() -> list[tuple[str, str]]:
    """(question, kind) for every shipped persona topic question and answer-bank question (the
    user's own files are left out: what a kind looks like is the project's to say)."""
    from interviewer.loader import builtin_dir, load_catalog
    from interviewer.schemas import Persona

    out: list[tuple[str, str]] = []
    personas = load_catalog(Persona, "personas", [builtin_dir("personas")])
    for persona in personas.items.values():
        for topic in persona.topics:
            for lang in ("zh", "en"):
                out += [
                    (_PLACEHOLDER.sub("", q), topic.kind) for q in getattr(topic.questions, lang)
                ]
    from interviewer.bank.loader import load_dirs

    bank = load_dirs([builtin_dir("bank")])
    for q in bank.questions.values():
        out += [(t, q.kind) for lang in ("zh", "en") for t in getattr(q.text, lang)]
    return out


class _KindModel:
    """Multinomial naive Bayes with equal priors (the bank's many technical questions must not
    make every question technical)."""

    def __init__(self, labelled: list[tuple[str, str]]) -> None:
        self.counts: dict[str, Counter[str]] = {}
        for text, kind in labelled:
            self.counts.setdefault(kind, Counter()).update(_features(text.lower()))
        self.vocab = {f for c in self.counts.values() for f in c}
        self.totals = {k: sum(c.values()) for k, c in self.counts.items()}

    def scores(self, text: str) -> dict[str, float]:
        feats = [f for f in _features(text) if f in self.vocab]
        size = len(self.vocab)
        return {
            kind: sum(
                math.log((counts[f] + ALPHA) / (self.totals[kind] + ALPHA * size)) for f in feats
            )
            for kind, counts in self.counts.items()
        }


@lru_cache(maxsize=1)
def _model() -> _KindModel:
    return _KindModel(known_questions())


def _cue_totals(text: str) -> dict[str, int]:
    lang = "zh" if _CJK.search(text) else "en"
    totals: dict[str, int] = {}
    for kind, cue_lang, weight, pattern in _cues().patterns:
        if cue_lang != lang:
            continue
        hits = len(pattern.findall(text))
        if hits:
            totals[kind] = totals.get(kind, 0) + weight * min(hits, 2)
    return totals


def question_kind(question: str) -> str:
    """The topic kind a question asks about (project, behavioral, technical, design, motivation,
    closing); `project` when nothing in the question says otherwise.

    A sure cue of a personal subject (what the candidate wants and plans, how they acted with
    people, questions for us) decides at once when no work cue outweighs it: those words are few
    and plain, while the known questions hold few such questions to learn from. Otherwise the
    model weighs how the question is put, with every cue added at CUE_WEIGHT."""
    text = " ".join(question.lower().split())
    if not text:
        return DEFAULT_KIND
    cues = _cue_totals(text)
    personal = {k: v for k, v in cues.items() if k in PERSONAL_KINDS}
    work = max((v for k, v in cues.items() if k not in PERSONAL_KINDS), default=0)
    order = [k.kind for k in _cues().data.kinds]
    if personal and max(personal.values()) >= SURE_CUE and max(personal.values()) >= work:
        return max(personal, key=lambda k: (personal[k], -order.index(k)))
    model = _model().scores(text)
    if not personal:
        # no word of a personal subject: the model only weighs how a work question is put (its
        # few personal questions share openings such as "tell me about" with project questions)
        model = {k: v for k, v in model.items() if k not in PERSONAL_KINDS}
    if not model or all(v == 0.0 for v in model.values()):
        return max(cues, key=lambda k: (cues[k], -order.index(k))) if cues else DEFAULT_KIND
    top = max(model.values())
    return max(
        set(model) | set(cues),
        key=lambda k: (model.get(k, top - 50.0) - top) + CUE_WEIGHT * cues.get(k, 0),
    )


def pick_rubric(question: str, rubric_ids: Iterable[str]) -> tuple[str, str]:
    """(rubric id, topic kind) for grading an answer to `question` with no rubric given."""
    kind = question_kind(question)
    ids = set(rubric_ids)
    rubric = _cues().data.rubrics.get(kind, DEFAULT_RUBRIC)
    if rubric not in ids:
        rubric = DEFAULT_RUBRIC
    return rubric, kind
