"""A start and its end told apart: "之前准确率大概是百分之八十左右，改完之后到了九十一", "coverage started at
about 55 percent and ended up at 80 percent", "误报率原来在 12% 上下，加了规则过滤以后压到了 4%".

A level the reader has taken for where a measure started (role `baseline`, with no result of its
own) and the first level of the same measure told after it in the same sentence (a result with no
start of its own, in the same unit) are one change: the later level is the result, the start its
baseline, the direction the one the two levels tell. Another measure's level, a level told with
its own start, or a direction that disagrees ends the search: the start stays alone.
"""

from __future__ import annotations

import re

from interviewer.quantities.compare import same_measure
from interviewer.quantities.model import Quantity

_SENTENCE_END_RE = re.compile(r"[.。!?！？\n](?!\d)")


def _end_of(start: Quantity, later: list[Quantity], text: str) -> Quantity | None:
    for q in later:
        if _SENTENCE_END_RE.search(text, start.end, q.start):
            return None
        if q.role != "result":
            continue
        if q.baseline is not None or q.unit != start.unit or q.value == start.value:
            return None
        if q.subject.strip() and not same_measure(start, q):
            return None
        direction = "up" if q.value > start.value else "down"
        return q if q.direction in (None, direction) else None
    return None


def join_starts(text: str, qs: list[Quantity]) -> None:
    """Each start left alone takes the later level of its measure as its end (see above)."""
    for i, start in enumerate(qs):
        if start.role != "baseline" or start.baseline is not None or start.result is not None:
            continue
        end = _end_of(start, qs[i + 1 :], text)
        if end is not None:
            end.baseline, end.result = start.value, end.value
            end.direction = "up" if end.value > start.value else "down"
