"""Bank misconceptions asserted in free text that answers no matched question (a project answer, a
résumé line, a chat turn): "AWQ quantises the activations", "LoRA can't overfit because it trains
few parameters", "lower top-p gives more diverse output".

Built for precision, since nothing tells which question the text answers:
- every concept of the misconception's claim is named in the text (no subject or premise the
  question would imply: "if you lower top-p…" is not assumed, the text must say top-p);
- the clause that asserts it also names what the question is about (its subject, or a concept its
  own wording names), so "lossless compression of the logs" is not a claim about quantisation;
- the detector's reading of negation, hypotheticals, reported beliefs ("people think…") and
  questions applies as for an answer.

    for m in asserted_misconceptions("We lowered top-p to get more varied replies.", "en"):
        print(m.id, m.span.text, m.correction.en)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from interviewer.bank.cues import prepare
from interviewer.bank.detector import _evaluate, _roles
from interviewer.bank.lexicon import expand
from interviewer.bank.loader import Bank, load_dirs
from interviewer.bank.schema import BankQuestion, Claim, Misconception, Span, Text
from interviewer.bank.text import find, normalise


@dataclass(frozen=True)
class FreeMisconception:
    """A bank misconception asserted in free text: where, which question's key holds it, what
    it says and its correction."""

    question_id: str
    topic: str
    id: str
    span: Span
    statement: Text
    correction: Text


@dataclass(frozen=True)
class _Prepared:
    question: BankQuestion  # a copy without subject or premise: nothing is implied
    subject: frozenset[str]  # what the question is about
    named: frozenset[str]  # concepts its own wording names
    # each misconception claim with its index and every concept's terms (all to be named)
    claims: tuple[tuple[Misconception, int, Claim, tuple[tuple[str, ...], ...]], ...]


_PREPARED: dict[int, tuple[BankQuestion, _Prepared]] = {}


def _terms(question: BankQuestion, cid: str) -> tuple[str, ...]:
    c = question.concepts.get(cid)
    if c is None:
        return ()
    terms = c.terms.all() + (c.opposite.all() if c.opposite is not None else [])
    return expand(tuple(terms))


def _prepared(question: BankQuestion) -> _Prepared:
    hit = _PREPARED.get(id(question))
    if hit is not None and hit[0] is question:
        return hit[1]
    wording = normalise(" \n".join([*question.text.zh, *question.text.en])).text
    named = {cid for cid in question.concepts if find(_terms(question, cid), wording)}
    bare = question.model_copy(update={"subject": [], "premise": {}})
    claims = tuple(
        (m, k, cl, tuple(_terms(question, cid) for cid in cl.all))
        for m in question.misconceptions
        for k, cl in enumerate(m.claims)
    )
    out = _Prepared(bare, frozenset(question.subject), frozenset(named), claims)
    _PREPARED[id(question)] = (question, out)
    return out


@lru_cache(maxsize=1)
def _builtin() -> Bank:
    from interviewer.loader import builtin_dir

    return load_dirs([builtin_dir("bank")])


def _found(terms: tuple[str, ...], text: str, memo: dict[tuple[str, ...], bool]) -> bool:
    """Whether a term set is named in the text, once per set and text (questions share
    concepts)."""
    got = memo.get(terms)
    if got is None:
        got = memo[terms] = bool(terms) and bool(find(terms, text))
    return got


def _about(question: BankQuestion, prep: _Prepared, claim: Claim, clause: str) -> bool:
    """The clause names what the question is about: its subject, or another concept of its
    wording than the claim's own, in words apart from the claim's. A claim of one concept (a
    whole phrase: "lossless", "re-running") needs the subject itself."""
    if any(find(_terms(question, a), clause) for a in prep.subject):
        return True
    if len(claim.all) < 2:
        return False
    taken = [s for cid in claim.all for s in find(_terms(question, cid), clause)]
    for a in prep.named - set(claim.all):
        for s, e in find(_terms(question, a), clause):
            if not any(s < te and ts < e for ts, te in taken):
                return True
    return False


def asserted_misconceptions(
    text: str,
    lang: str | None = None,
    topics: Iterable[str] | None = None,
    bank: Bank | None = None,
) -> list[FreeMisconception]:
    """Bank misconceptions the text asserts, in order of position, one per statement (the same
    misconception held by several questions of a topic is reported once). `topics` narrows the
    questions read (say, the topics a project or a persona names); `lang` is accepted for symmetry
    with `detect` (terms of both languages are read)."""
    del lang
    if not text or not text.strip():
        return []
    bank = bank or _builtin()
    wanted = set(topics) if topics is not None else None
    norm = normalise(text).text
    found: list[FreeMisconception] = []
    memo: dict[tuple[str, ...], bool] = {}
    seen: set[tuple[str, str, int]] = set()
    for qid in bank.ids():
        question = bank.get(qid)
        if not question.misconceptions or (wanted is not None and question.topic not in wanted):
            continue
        prep = _prepared(question)
        claims = [
            (m, k, cl)
            for m, k, cl, terms in prep.claims
            if all(_found(t, norm, memo) for t in terms)
        ]
        if not claims:
            continue
        rd = prepare(prep.question, text)
        for m, k, claim in claims:
            got = _evaluate(claim, prep.question, rd, True, _roles(prep.question, m, k))
            if got is None or got[0] <= 0:
                continue
            span = got[1]
            if not _about(question, prep, claim, normalise(span.text).text):
                continue
            key = (question.topic, m.en, span.start)
            if key in seen or any(
                f.topic == question.topic and f.id == m.id and f.span.start == span.start
                for f in found
            ):
                continue
            seen.add(key)
            found.append(
                FreeMisconception(
                    question_id=question.id,
                    topic=question.topic,
                    id=m.id,
                    span=span,
                    statement=Text(zh=m.zh, en=m.en),
                    correction=m.correction,
                )
            )
            break
    return sorted(found, key=lambda f: f.span.start)
