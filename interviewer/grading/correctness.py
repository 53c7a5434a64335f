"""Correctness from an answer key: key points covered and misconceptions asserted.

The bank's detector (interviewer.bank.detect) reads the answer; this module turns what it found
into the `correctness` criterion's score, evidence and feedback, and the cap an asserted
misconception puts on depth. Offline grading can judge correctness only for questions with a key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from interviewer.grading.limits import MISCONCEPTION_CAP
from interviewer.types import CriterionGrade, KeyPointSummary

#: Coverage (weight of key points hit / total) needed for scores 5, 4, 3; any hit earns 2.
COVERAGE_LEVELS = ((0.75, 5), (0.5, 4), (0.25, 3))

_TEXT = {
    "misconception": {
        "en": "This is a known misconception: {wrong} In fact: {right}",
        "zh": "这是一个常见误解：{wrong}实际上：{right}",
    },
    "reversed": {
        "en": "This states a key point the wrong way round: \u201c{clause}\u201d In fact: {right}",
        "zh": "这一句把要点说反了：\u201c{clause}\u201d实际上：{right}",
    },
    "missed": {
        "en": "A complete answer also covers: {points}",
        "zh": "完整的回答还应讲到：{points}",
    },
    "strong": {
        "en": "Covers the key points; add the limits or edge cases you know of.",
        "zh": "要点都讲到了；可以再补充适用边界或特殊情况。",
    },
    "none": {
        "en": "None of the key points came through. Start from what the mechanism does and why.",
        "zh": "没有讲到关键点。先讲清这个机制做了什么、为什么这样做。",
    },
}


@dataclass
class KeyReading:
    """What the answer covered of its key (the bank detector's result, plus the key itself)."""

    key: Any
    hit: list[tuple[str, str]] = field(default_factory=list)
    """(key point id, exact clause of the answer)."""
    missed: list[str] = field(default_factory=list)
    wrong: list[tuple[str, str, str]] = field(default_factory=list)
    """(misconception or contradicted key point id, exact clause, correction in the answer's
    language): a wrong mechanism either way."""
    misconceptions: list[str] = field(default_factory=list)
    """Ids of the misconceptions asserted (contradicted key points are in `missed`)."""
    coverage: float = 0.0

    @property
    def summary(self) -> KeyPointSummary:
        return KeyPointSummary(
            hit=[i for i, _ in self.hit],
            missed=list(self.missed),
            misconceptions=list(self.misconceptions),
        )


def read_key(key: Any, text: str, lang: str) -> KeyReading:
    """Run the bank's detector over the graded text (injected instructions already removed)."""
    from interviewer.bank import detect

    r = detect(key, text, lang)
    wrong = [(m.id, m.span.text, m.correction.get(lang)) for m in r.misconceptions]
    for c in r.contradicted:
        point = key.key_point(c.id)
        wrong.append((c.id, c.span.text, getattr(point, lang)))
    return KeyReading(
        key=key,
        hit=[(h.id, h.span.text) for h in r.hit],
        missed=list(r.missed),
        wrong=wrong,
        misconceptions=[m.id for m in r.misconceptions],
        coverage=r.coverage,
    )


def correctness(kr: KeyReading, lang: str) -> CriterionGrade:
    """1–5 from coverage; an asserted misconception (or a key point stated the wrong way round)
    caps it at MISCONCEPTION_CAP and the feedback names it with its correction."""
    score = 1
    if kr.hit:
        score = next((s for bound, s in COVERAGE_LEVELS if kr.coverage >= bound), 2)
    if kr.wrong:
        score = min(score, MISCONCEPTION_CAP)
    evidence = list(dict.fromkeys(q for _, q in kr.hit))[:3]
    return CriterionGrade(
        criterion="correctness",
        score=score if evidence or score == 1 else 1,
        evidence=evidence,
        suggestion=feedback(kr, lang),
    )


def feedback(kr: KeyReading, lang: str) -> str:
    """Name the first misconception with its correction, else the key points missed."""
    lang = "zh" if lang == "zh" else "en"
    if kr.wrong:
        wid, clause, right = kr.wrong[0]
        belief = next((m for m in kr.key.misconceptions if m.id == wid), None)
        wrong = getattr(belief, lang) if belief else ""
        if not wrong.strip():
            # a key point contradicted (no misconception of the key names it): quote the clause
            # that says it the wrong way round, never an empty "known misconception"
            return _TEXT["reversed"][lang].format(
                clause=clause.strip(), right=_sentence(right or "", lang)
            )
        return _TEXT["misconception"][lang].format(wrong=_sentence(wrong, lang), right=right)
    if kr.missed:
        points = [getattr(kr.key.key_point(i), lang) for i in kr.missed[:2]]
        sep = "；" if lang == "zh" else " "
        return _TEXT["missed"][lang].format(points=sep.join(_sentence(p, lang) for p in points))
    return _TEXT["strong" if kr.hit else "none"][lang]


#: Topic kinds whose answers are read for bank misconceptions when the question has no key: a
#: project deep-dive asserts one in passing ("we used AWQ, which quantises the activations").
#: Technical and design questions on a bank topic get their own key; reading their unkeyed
#: answers too cost 18% of grading speed, gained no pair on any split and lost one (a right GQA
#: answer read as "caches the queries"), so they are not read.
FREE_KINDS = frozenset({"project"})


@dataclass
class FreeWrong:
    """Bank misconceptions an unkeyed answer asserts (interviewer.bank.asserted_misconceptions)."""

    found: list[Any] = field(default_factory=list)

    @property
    def clauses(self) -> list[str]:
        return [m.span.text for m in self.found]

    def feedback(self, lang: str) -> str:
        """Name the first misconception with its correction."""
        lang = "zh" if lang == "zh" else "en"
        first = self.found[0]
        wrong = getattr(first.statement, lang, "") or getattr(first.statement, "en", "")
        right = getattr(first.correction, lang, "") or getattr(first.correction, "en", "")
        return _TEXT["misconception"][lang].format(
            wrong=_sentence(wrong, lang), right=_sentence(right, lang)
        )


def free_misconceptions(text: str, lang: str) -> FreeWrong:
    """Known misconceptions the text asserts, from every bank topic it names (high precision:
    a claim counts only when every concept it names is named and the clause is about them)."""
    try:
        from interviewer.bank import asserted_misconceptions
    except ImportError:  # pragma: no cover - a bank without the free-text reader
        return FreeWrong()
    return FreeWrong(found=list(asserted_misconceptions(text, lang)))


def _sentence(text: str, lang: str) -> str:
    text = text.strip()
    if not text:
        return text
    end = "。" if lang == "zh" else "."
    return text if text[-1] in "。.!?！？" else text + end
