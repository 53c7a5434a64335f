"""Scenarios told as not having happened: a figure there is no told result.

"我们没压测过流量翻三倍的情况", "if traffic doubled we'd need 4 more nodes", 理论上能省一半的显存: the
figure belongs to something untried or supposed. A supposition (if, 假如, 要是, 理论上) makes every
figure of its sentence supposed; an untried test or measurement (never tested, 没压测过) makes the
figures after it in its clause so. Such a figure is `incidental` (it tells nothing done); facts
about the work (hardware, model size, team) keep their role. Hedges that only look like a
supposition ("if I remember right", 如果没记错) suppose nothing. Counterfactuals ('would have') are
not read yet (see `mark_not_told`).
"""

from __future__ import annotations

import re

from interviewer.quantities.model import Quantity
from interviewer.quantities.vocab import vocab

_SENTENCE_END_RE = re.compile(r"[.。!?！？;；\n](?!\d)")
_CLAUSE_END_RE = re.compile(r"[,，:：—]|[.。!?！？;；\n](?!\d)")
_DIGIT_RE = re.compile(
    r"\d|[零一二两三四五六七八九十百半]|(?i:\b(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|a|an|half|double|twice|triple)\b)"
)
#: roles that tell something done; a supposed or untried one tells nothing
_TOLD = frozenset({"result", "baseline", "intermediate"})


def _span(text: str, pos: int, ends: re.Pattern[str]) -> tuple[int, int]:
    lo = max([m.end() for m in ends.finditer(text, 0, pos)] or [0])
    m = ends.search(text, pos)
    return lo, m.start() if m else len(text)


def _supposed(text: str, lo: int, hi: int) -> bool:
    v = vocab()
    part = v.not_told_hedge_re.sub(" ", text[lo:hi])
    return v.suppose_re.search(part) is not None


def mark_not_told(text: str, qs: list[Quantity]) -> None:
    """Each told figure of a supposed sentence, or after an untried cue in its clause,
    becomes incidental."""
    v = vocab()
    for q in qs:
        if q.role not in _TOLD:
            continue
        s_lo, s_hi = _span(text, q.start, _SENTENCE_END_RE)
        c_lo, _ = _span(text, q.start, _CLAUSE_END_RE)
        said = _DIGIT_RE.search(text, q.start, q.end)
        clause = text[c_lo : said.start() if said else q.end]  # the cue comes before the figure
        # a counterfactual ('would have', 本来能) is not read yet: "Caught 7 models that would have
        # raised alert volume by more than 20%" tells what the caught models would have done, and
        # the résumé reader still finds that project through the 20% (fresh10)
        if _supposed(text, s_lo, s_hi) or v.untried_re.search(clause) is not None:
            q.role, q.direction = "incidental", None
