"""Targets, goals, plans and requirements beside what was achieved.

A figure set as a target ("the goal was a 30% cost cut", "目标是召回率 85%", "OKR 要求把人工审核率
降到 10% 以下", "the 95% accuracy target") is no claimed result: its role is `other`, and it is
never the start of the change achieved. The cue must lie in the figure's own clause (no comma,
semicolon, bracket or "and"/"but" between), with no word of achievement between them ("OKR: cut
churn to 5% (achieved 5.8%)"); a target said to be met or beaten before it ("Hit our 99.9% uptime
target") is what was achieved, and a figure after a target met or beaten ("beat the 95% target
with 97%") too. A bare figure achieved after a target in the same sentence takes
the target's unit and measure ("we aimed for 50 ms at p99 and landed at 65").
"""

from __future__ import annotations

import re

from interviewer.quantities.model import Quantity
from interviewer.quantities.vocab import vocab

_CLAIMED = ("result", "baseline", "intermediate", "other")
_FIGURE_RE = re.compile(r"(?<![A-Za-z@\d.])\d|[零一二两三四五六七八九十半]")
_BREAK_RE = re.compile(r"[,，;；()（）\[\]]|(?i:\b(?:and|but|while|whereas|then|so)\b)|但|而|然后")
_SENTENCE_END_RE = re.compile(r"[.。!?！？;；\n](?!\d)")
_DIGITS_RE = re.compile(r"\d+(?:\.\d+)?")


def _figure_at(text: str, q: Quantity) -> int:
    """Where the number itself starts (a subject such as 'p99' or 'Recall@20' is skipped)."""
    m = _FIGURE_RE.search(text, q.start, q.end)
    return m.start() if m else q.start


def _sentence_start(text: str, pos: int) -> int:
    starts = [m.end() for m in _SENTENCE_END_RE.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def _is_target(text: str, q: Quantity) -> bool:
    v = vocab()
    at = _figure_at(text, q)
    lo = _sentence_start(text, at)
    before = v.not_target_re.sub(lambda m: " " * len(m.group()), text[lo:at])
    forward = re.match(
        r"\s*(?:[%A-Za-z\u3400-\u9fff@.-]+\s*){0,3}?" + v.target_after_re.pattern + r"(?![A-Za-z])",
        text[q.end : q.end + 40],
        re.IGNORECASE,
    )
    if forward and not v.not_target_re.match(text, q.end + forward.start(), q.end + 40):
        clause = _BREAK_RE.split(before)[-1]
        return not v.met_re.search(clause)  # "Hit our 99.9% uptime target": met, achieved
    cues = list(v.target_before_re.finditer(before))
    if not cues:
        return False
    cue = cues[-1]
    between = before[cue.end() :]
    if _BREAK_RE.search(between) or v.achieved_re.search(between):
        return False
    told = before[max(0, cue.start() - 24) : cue.start()]
    return not (v.met_re.search(told) or v.beaten_re.search(told))


def _written(text: str, q: Quantity) -> float | None:
    m = _DIGITS_RE.search(text, _figure_at(text, q), q.end)
    return float(m.group()) if m else None


def mark_targets(text: str, qs: list[Quantity]) -> None:
    """Targets become role `other`; a bare achieved figure after one takes its unit."""
    targets: list[Quantity] = []
    for q in qs:
        if q.role in _CLAIMED and _is_target(text, q):
            q.role = "other"
            targets.append(q)
    for q in qs:
        if q.unit or q.role not in ("result", "other", "count") or q in targets:
            continue
        earlier = [
            t
            for t in targets
            if t.end <= q.start
            and t.unit
            and _sentence_start(text, _figure_at(text, t)) == _sentence_start(text, q.start)
        ]
        if not earlier or not vocab().achieved_re.search(text, earlier[-1].end, q.start):
            continue
        t = earlier[-1]
        written = _written(text, t)
        if not written:
            continue
        factor = t.value / written
        q.unit, q.raw_unit, q.value = t.unit, t.raw_unit, q.value * factor
        q.role = "result"
        q.subject = q.subject or t.subject
        q.family = q.family or t.family
