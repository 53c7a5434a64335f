"""Figures the candidate says are not this work's.

"That 2 days is for the other model, not this", "the 4 hours to 50 minutes is not the churn model,
that was the Airflow migration", 那个 800 到 200 不是这个项目的, 三千万是另一个业务线的, 我记混了:
a figure so disowned is no claim about the work under discussion — not a said value of this
answer, not an earlier answer's claim, and not a résumé claim to hold against later answers.
The clause that disowns names its figures (or the clause next to it in the sentence does; or,
when the sentence only points back — "Sorry, that was another project" — the sentence before)."""

from __future__ import annotations

import re

from interviewer.reading import numbers
from interviewer.reading.model import Quantity
from interviewer.reading.said import kind_of
from interviewer.reading.text import sentence_spans, unfill
from interviewer.reading.vocab import require, vocab

require("numbers", "disowned", "disowned_ahead")

_CLAUSE = re.compile(r"[,，;；:：]|\s[—–-]\s")
_POINTS_BACK = re.compile(
    r"(?i)^\W*(?:(?:sorry|actually|wait|no|oh|hmm|um|uh|honestly|well)\W+)*(?:that|this|those|these|"
    r"it|i)\b|^\W*(?:(?:哦|啊|嗯|不对|抱歉|不好意思|其实|说错了)\W*)*(?:那|这|我)"
)
_SAME = 0.01


def figures(text: str) -> list[Quantity]:
    """The quantities of `text` its speaker says are not this work's."""
    plain = unfill(text)
    found = numbers.extract(text)
    back, ahead = vocab()["numbers.disowned"], vocab()["numbers.disowned_ahead"]
    spans: list[tuple[int, int]] = []
    sentences = sentence_spans(plain)
    for k, (s, e) in enumerate(sentences):
        sentence = plain[s:e]
        if back.search(sentence) is None and ahead.search(sentence) is None:
            continue
        cues = [m for cue in (back, ahead) for m in cue.finditer(sentence)]
        # the cue's own words are no figure ("mixed two things up")
        told = [q for q in found if not any(m.start() <= q.start - s < m.end() for m in cues)]
        clauses = _clauses(s, sentence)
        for at, c in enumerate(clauses):
            clause = plain[c[0] : c[1]]
            mixed = ahead.search(clause) is not None
            if back.search(clause) is None and not mixed:
                continue
            # the clause's own figures, else the nearest clause's before it ("The 35 clients is
            # the sales org's number, not my project's"); a mix-up may point ahead too
            order = [*clauses[at::-1], *(clauses[at + 1 :] if mixed else [])]
            near = [x for x in order if _holds(told, x)]
            if near:
                spans.append(near[0])
            elif k > 0 and _POINTS_BACK.search(sentence):
                spans.append(sentences[k - 1])  # "Sorry, that was another project."
    return [q for q in found if any(a <= q.start < b for a, b in spans)]


def _clauses(start: int, sentence: str) -> list[tuple[int, int]]:
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(sentence)), len(sentence)]
    return [(start + a, start + b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _holds(found: list[Quantity], span: tuple[int, int]) -> bool:
    return any(span[0] <= q.start < span[1] for q in found)


def matches(q: Quantity, gone: list[Quantity]) -> bool:
    """Whether `q` (a claim) tells a figure disowned: its value or its start is one of theirs, in
    the same kind of measure or as a bare number ("那个 800 到 200" for "800ms → 200ms")."""
    own = [v for v in (q.value, q.baseline) if v is not None]
    for g in gone:
        if g.unit and kind_of(g) != kind_of(q):
            continue
        theirs = [v for v in (g.value, g.baseline) if v is not None]
        if any(_same(a, b) for a in own for b in theirs):
            return True
    return False


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= _SAME * max(abs(a), abs(b), 1e-9)
