"""Conditions: a figure told as the circumstance another figure of its sentence was read under.

"With a context length of 8k, accuracy is 71%", 在 batch size 为 64 的情况下，吞吐提升了 2.3 倍,
"given a chunk size of 512 our hit rate was 74%", "batch size 设为 128 时，显存占用 60G": the first
figure says under what the second was measured. It is a setting of that reading (role `other`), not
a claimed result. The condition is a clause of its own, opened by a cue of circumstance (with, at,
under, when, given) or closed by one (的情况下, 条件下, 的时候, 时); without a comma, an opened
condition reaches up to the next figure of its clause. A figure changed, bounded by a comparison
or told as reached stays what it was; hardware, team, sample and model sizes keep their own role.
"""

from __future__ import annotations

import re

from interviewer.quantities.model import Quantity
from interviewer.quantities.vocab import vocab

_SENTENCE_END_RE = re.compile(r"[.。!?！？;；\n](?!\d)")
_CLAUSE_END_RE = re.compile(r"[,，、:：]|[.。!?！？;；\n](?!\d)")
#: roles a condition's figure may have been given before it was read as a condition
_SETTABLE = frozenset({"result", "count", "other"})
#: roles of a figure read under a condition (显存占用 60G is a size measured there)
_MEASURED = frozenset({"result", "data_size", "cost", "duration"})


def _clause(text: str, pos: int) -> tuple[int, int]:
    lo = max([m.end() for m in _CLAUSE_END_RE.finditer(text, 0, pos)] or [0])
    m = _CLAUSE_END_RE.search(text, pos)
    return lo, m.start() if m else len(text)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    lo = max([m.end() for m in _SENTENCE_END_RE.finditer(text, 0, pos)] or [0])
    m = _SENTENCE_END_RE.search(text, pos)
    return lo, m.start() if m else len(text)


def _settable(q: Quantity) -> bool:
    if q.role == "data_size" and q.unit == "tokens":
        return True  # "at a context window of 32k tokens"
    return (
        q.role in _SETTABLE
        and q.baseline is None
        and q.direction is None
        and q.bound not in ("at_least", "at_most")
    )


def mark_conditions(text: str, qs: list[Quantity]) -> None:
    """Each figure told as the condition of another figure's reading becomes a setting."""
    v = vocab()
    for q in qs:
        if not _settable(q):
            continue
        lo, hi = _clause(text, q.start)
        clause = text[lo:hi]
        opened = v.condition_open_re.match(clause) is not None
        closed = v.condition_close_re.match(text, q.end, min(len(text), hi + 1)) is not None
        if not (opened or closed):
            continue
        s_lo, s_hi = _sentence(text, q.start)
        if closed or hi < s_hi:  # the condition is a clause of its own: read outside it
            read = [
                o for o in qs if o is not q and s_lo <= o.start < s_hi and not lo <= o.start < hi
            ]
            read = [o for o in read if o.start > q.start or closed]
        else:  # "given a chunk size of 512 our hit rate was 74%": up to the next figure
            read = [o for o in qs if o.start > q.end and o.start < hi]
        if any(o.role in _MEASURED for o in read):
            q.role, q.direction, q.result = "other", None, None
