"""A difference against a named baseline: "比纯关键词检索高 15 个百分点", "召回率比纯向量检索高出 6
个点", "beats BM25 by 6.4 points in nDCG@10", "three points behind GPT-4 on the same eval".

The figure is the gap between two systems on one measure: a result in the comparative's direction
(not a level, and not a baseline because the other system is called 'the baseline'). It is about
the measure named beside it (before 比, or 'on / in / of <measure>' after the figure), never the
other system's name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from interviewer.quantities.model import Quantity
from interviewer.quantities.scan import figure_at
from interviewer.quantities.subject import clause_end, clause_start, family_of, subject_before
from interviewer.quantities.vocab import vocab

_GAP_UNITS = frozenset({"pp", "%", "x", "ms", "h", "usd", "cny", "eur", "gbp", "count", ""})
_MEASURE_AFTER_RE = re.compile(
    r"(?i:\b(?:on|in|of|for)\s+(?:the\s+|our\s+)?(?P<m>[A-Za-z][\w@.-]*(?:\s+[A-Za-z][\w@.-]*)?))"
)


def _measure_after(text: str, end: int) -> str:
    """ "by 9 points on recall", "2.3 points lower than production on MRR": a measure named
    after the figure, in its clause."""
    for m in _MEASURE_AFTER_RE.finditer(text, end, clause_end(text, end)):
        found = m.group("m").rstrip(".").split()
        for cut in range(len(found), 0, -1):
            head = " ".join(found[:cut])
            if family_of(head):
                return head
    return ""


@dataclass(frozen=True)
class _Gap:
    up: bool
    base: str
    """The other system's name, as told."""
    head: int
    """Where the comparison opens (the measure is named before it)."""


def _gap(m: re.Match[str], base: str | None = None) -> _Gap:
    return _Gap(bool(m.group("up")), (m.group("base") if base is None else base).strip(), m.start())


def _told_gap(text: str, q: Quantity, lo: int, at: int) -> _Gap | None:
    """The comparison a figure is the gap of: 比 X 高 <figure>, 'beats X by <figure>',
    '<figure> points behind X', or a comparative after a clause that names X (跟 X 比，…高了)."""
    v = vocab()
    if m := v.than_zh_re.search(text, lo, at):
        return _gap(m)
    tail = v.comparative_zh_re.search(text, lo, at)
    prev = v.than_clause_zh_re.search(text, clause_start(text, lo - 1), lo) if lo > 1 else None
    if tail and prev and prev.group("base").strip():
        return _gap(tail, prev.group("base"))
    if m := v.beats_en_re.search(text, lo, at):
        return _gap(m)
    if m := v.behind_en_re.match(text, q.end):
        return _Gap(bool(m.group("up")), m.group("base").strip(), at)
    return None


def against_named(text: str, qs: list[Quantity]) -> None:
    """Each gap told against a named system: direction, role `result`, and the measure."""
    for q in qs:
        if q.unit not in _GAP_UNITS or q.baseline is not None:
            continue
        at = figure_at(text, q.start, q.end)
        lo = clause_start(text, at)
        gap = _told_gap(text, q, lo, at)
        if gap is None:
            continue
        if q.direction is None:
            q.direction = "up" if gap.up else "down"
        if q.role in ("baseline", "other"):
            q.role = "result"
        measure = _measure_after(text, q.end) or subject_before(text, lo, gap.head).strip()
        if measure and gap.base not in measure:
            q.subject = measure
            q.family = family_of(measure) or q.family
        elif gap.base and (gap.base in q.subject or q.subject.strip() in gap.base):
            q.subject = ""
            q.family = ""
