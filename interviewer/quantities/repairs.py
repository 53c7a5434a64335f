"""Spoken repairs: a figure the speaker withdraws and replaces is no quantity.

A repair is a relation between two figures of one measure that stand next to each other with
nothing but the repair between them — words that withdraw the first ("sorry", "I mean", 不对),
hedges and punctuation ("nine, sorry, eleven percent"; 四个人，哦不对，是五个人), or a negator that
withdraws the second ("40 ms, not 400"; 七十，不是七十五) or the first ("not 3 but 4"). The withdrawn
figure and the repair are blanked out of the folded text (offsets kept), so the replacing figure
is read as if said alone, with the measure and role its sentence gives it.
"""

from __future__ import annotations

from typing import NamedTuple

from interviewer.quantities import words
from interviewer.quantities.scan import Num
from interviewer.quantities.vocab import vocab


class _Figure(NamedTuple):
    start: int
    end: int
    unit: str


def _figures(text: str, nums: list[Num]) -> list[_Figure]:
    """The scanned numbers and, between them, numbers in words the scan leaves alone when bare
    ("six — I mean seven — people", 八十，呃不对，八十三)."""
    out = [_Figure(n.start, n.end, n.unit) for n in nums]
    for s in words.find(text):
        if not any(f.start < s.end and s.start < f.end for f in out):
            out.append(_Figure(s.start, s.end, ""))
    return sorted(out)


def _one_measure(a: _Figure, b: _Figure) -> bool:
    """Both figures can be of one measure: the same unit, or one left without a unit."""
    return not a.unit or not b.unit or a.unit == b.unit


def _blank(text: str, lo: int, hi: int) -> str:
    return text[:lo] + " " * (hi - lo) + text[hi:]


def withdraw_repairs(text: str, nums: list[Num]) -> str:
    """`text` (folded) with every withdrawn figure and its repair words blanked out."""
    v = vocab()
    if not v.repair_word_re.search(text):
        return text
    out = text
    figures = _figures(text, nums)
    for a, b in zip(figures, figures[1:], strict=False):
        if not _one_measure(a, b) or b.start <= a.end:
            continue
        gap = text[a.end : b.start]
        if v.repair_gap_re.fullmatch(gap):
            out = _blank(out, a.start, b.start)
            continue
        told_not = v.repair_not_re.fullmatch(gap)
        if told_not:
            out = _blank(out, a.end + told_not.start("cut"), b.end)
            continue
        before = v.repair_not_before_re.search(text, max(0, a.start - 6), a.start)
        if before and v.repair_but_re.fullmatch(gap):
            out = _blank(out, before.start(), b.start)
    return out
