"""Levels whose unit is left out: a measure named once, then bare figures told as reached.

"准确率提升主要靠版面分析那步，单独加few-shot大概到88，加上版面分析到95", "召回这块，光调 prompt 到 76，
加了重排到 83", "hit rate was the thing we chased, warming alone got it to 62": the speaker names the
measure as the topic, then tells the levels it reached without its unit. A bare figure (no unit,
no counted noun) told as reached (到, 'to') in the sentence of a named measure, with no other
figure of its own measure between them, is a level of that measure, a result; a share told above
one is a percentage. The steps before the last become intermediate later (`_mark_intermediates`).
"""

from __future__ import annotations

import re

from interviewer.quantities.model import Quantity
from interviewer.quantities.subject import family_of
from interviewer.quantities.vocab import vocab

_SENTENCE_END_RE = re.compile(r"[.。!?！？;；\n](?!\d)")
_REACHED_RE = re.compile(
    r"(?i:\b(?:to|at|reached|hit)\s*(?:about|around|roughly|like|maybe|~)?\s*$)"
    r"|(?:到|至|达到)了?\s*(?:大概|大约|差不多|约)?\s*$"
)
_DIGIT_RE = re.compile(r"\d|[零一二两三四五六七八九十百]")
_SHARES = frozenset({"recall", "precision", "accuracy", "hit_rate", "error_rate", "success_rate"})
_ROLES = frozenset({"count", "other", "result", "sample_size"})


def _bare(q: Quantity) -> bool:
    return q.unit == "" and not q.raw_unit and not q.family and q.baseline is None


def topic_levels(text: str, qs: list[Quantity]) -> None:
    """Each bare figure reached after a measure named in its sentence becomes its level."""
    family_re = vocab().family_re
    for i, q in enumerate(qs):
        if not _bare(q) or q.role not in _ROLES:
            continue
        said = _DIGIT_RE.search(text, q.start, q.end)
        at = said.start() if said else q.start
        if _REACHED_RE.search(text, max(0, at - 16), at) is None:
            continue
        lo = max([m.end() for m in _SENTENCE_END_RE.finditer(text, 0, at)] or [0])
        named = [m for m in family_re.finditer(text, lo, at) if family_of(m.group())]
        if not named:
            continue
        topic = named[-1]
        family = family_of(topic.group())
        if any(o.start >= topic.end() and o.family not in ("", family) for o in qs[:i]):
            continue  # another measure's figure stands between
        q.subject, q.family, q.role = topic.group(), family, "result"
        if q.family in _SHARES and 1 < q.value <= 100:
            q.unit = "%"
