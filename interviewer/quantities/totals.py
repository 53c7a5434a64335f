"""A total over the steps told before it: "第一版提了 5 个点，第二版又提了 3 个点，一共 8 个点",
"v1 gained 4 points and v2 another 3, 7 altogether", "前后加起来，延迟一共降了 300 毫秒".

The totals words (一共, 累计, 'all told', 'in total'; quantities.yaml `totals`) say the figure sums
what was told; they never name what it is about. A total takes the unit of its steps when it is
told bare, and their direction when they all agree."""

from __future__ import annotations

import re

from interviewer.quantities.model import Quantity
from interviewer.quantities.subject import clause_end, clause_start, family_of
from interviewer.quantities.vocab import vocab

_SENTENCE_END_RE = re.compile(r"[.。!?！？;；\n]")
_BARE = frozenset({"", "count"})
_STEP_UNITS = frozenset({"pp", "%", "x", "ms", "h", "usd", "cny", "eur", "gbp"})


def _sentence_start(text: str, pos: int) -> int:
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, 0, pos)]
    return ends[-1] if ends else 0


def _told_as_total(text: str, q: Quantity) -> bool:
    v = vocab()
    lo = clause_start(text, q.start)
    if v.totals_re.search(text, lo, q.end):
        return True
    after = v.totals_re.search(text, q.end, clause_end(text, q.end, 24))
    return after is not None and not text[q.end : after.start()].strip(" ,，")


def sum_totals(text: str, qs: list[Quantity]) -> None:
    """Each total: its subject without the totals words, the unit and direction of its steps."""
    v = vocab()
    for i, q in enumerate(qs):
        if q.baseline is not None or not _told_as_total(text, q):
            continue
        stripped = v.totals_re.sub("", q.subject).strip(" ,，、")
        if stripped and any(t.lower().endswith(" " + stripped.lower()) for t in v.data.totals):
            stripped = ""  # "all told 12 points": the subject read was the phrase's last word
        if stripped != q.subject.strip():
            q.subject = stripped
            q.family = family_of(stripped)
        lo = _sentence_start(text, q.start)
        steps = [
            p for p in qs[:i] if p.start >= lo and p.role == "result" and p.unit in _STEP_UNITS
        ]
        if not steps:
            continue
        units = {p.unit for p in steps}
        bare = not q.raw_unit.strip() or v.totals_re.fullmatch(q.raw_unit.strip())
        if q.unit in _BARE and bare and len(units) == 1:
            q.unit = units.pop()
            q.raw_unit = steps[-1].raw_unit
        if q.unit not in {p.unit for p in steps}:
            continue
        q.role = "result"
        directions = {p.direction for p in steps}
        if q.direction is None and len(directions) == 1 and None not in directions:
            q.direction = directions.pop()
        if q.subject in {p.subject for p in steps} and not family_of(q.subject):
            q.subject = ""  # "量化又降了 30 毫秒，累计 50 毫秒": a step's name is not the total's
        named = [p for p in steps if p.family]
        if not q.subject and named:
            q.subject, q.family = named[0].subject, named[0].family
