"""A start and its end told apart: "之前准确率大概是百分之八十左右，改完之后到了九十一", "coverage started at
about 55 percent and ended up at 80 percent", "误报率原来在 12% 上下，加了规则过滤以后压到了 4%".

A level the reader has taken for where a measure started (role `baseline`, with no result of its
own) and the first level of the same measure told after it in the same sentence (a result with no
start of its own, in the same unit) are one change: the later level is the result, the start its
baseline, the direction the one the two levels tell. A bare figure told after the start (no unit,
no counted noun, on the start's scale: "召回一开始 0.5，换了 embedding 0.63") is the measure's later
level too, whatever words the reader took for its subject. Another measure's level, a level told
with its own start, or a direction that disagrees ends the search: the start stays alone. So
does a start told as a range ("七成多", 'seventy-something'): a change's baseline is one figure,
and a range read as its low end would be held against the résumé's start as exact.
"""

from __future__ import annotations

import re

from interviewer.quantities.compare import same_measure
from interviewer.quantities.model import Quantity

_SENTENCE_END_RE = re.compile(r"[.。!?！？\n](?!\d)")


def _bare_level(start: Quantity, q: Quantity) -> bool:
    """A figure with nothing of its own to say what it counts, on the start's scale."""
    if q.role != "count" or q.unit or q.raw_unit or q.baseline is not None or start.unit:
        return False
    return (q.value <= 1) == (start.value <= 1) and 0.1 <= q.value / start.value <= 10


def _end_of(start: Quantity, later: list[Quantity], text: str) -> Quantity | None:
    for q in later:
        if _SENTENCE_END_RE.search(text, start.end, q.start):
            return None
        bare = start.value > 0 and _bare_level(start, q)
        if q.role != "result" and not bare:
            continue
        if q.baseline is not None or q.unit != start.unit or q.value == start.value:
            return None
        if not bare and q.subject.strip() and not same_measure(start, q):
            return None
        direction = "up" if q.value > start.value else "down"
        if q.direction not in (None, direction):
            return None
        if bare:
            q.role, q.subject, q.family = "result", start.subject, start.family
        return q
    return None


def join_starts(text: str, qs: list[Quantity]) -> None:
    """Each start left alone takes the later level of its measure as its end (see above)."""
    for i, start in enumerate(qs):
        if start.role != "baseline" or start.baseline is not None or start.result is not None:
            continue
        if start.low is not None and start.high is not None:
            continue
        end = _end_of(start, qs[i + 1 :], text)
        if end is not None:
            end.baseline, end.result = start.value, end.value
            end.direction = "up" if end.value > start.value else "down"
