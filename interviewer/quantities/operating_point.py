"""The point a measure is read at: 'fraud recall at a fixed 0.5% false-positive rate went from 71%
to 76%', 'precision at 90% recall', 在 1% 误报率下 / 误报率控制在 2% 的情况下.

A figure told after 'at' (or 在) with a measure of its own beside it is a setting of the measure
read there, not a result (role `other`); a change told after it in the sentence that was taken to
be about the setting's measure is about the measure named before 'at'."""

from __future__ import annotations

import re

from interviewer.quantities.model import Quantity
from interviewer.quantities.scan import figure_at
from interviewer.quantities.subject import clause_start, family_of, subject_before

_AT_EN_RE = re.compile(
    r"(?i:(?<![\w-])(?:at|@)\s+(?:a\s+|an\s+)?(?:fixed\s+|constant\s+|given\s+)?$)"
)
_MEASURE_EN_RE = re.compile(r"\s*(?P<m>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})")
_AT_ZH_RE = re.compile(r"在\s*$")
_UNDER_ZH_RE = re.compile(r"\s*(?P<m>[A-Za-z\u3400-\u9fff]{0,8}?)\s*(?:的)?(?:情况|条件)?下")
_FULL_STOP_RE = re.compile(r"[.。!?！？;；\n](?!\d)")


def _measure_en(words: str) -> str:
    parts = words.split()
    for cut in range(len(parts), 0, -1):
        if family_of(" ".join(parts[:cut])):
            return " ".join(parts[:cut])
    return ""


def operating_points(text: str, qs: list[Quantity]) -> None:
    """Each figure told as an operating point becomes a setting; the change after it is about the
    measure read at that point."""
    for i, q in enumerate(qs):
        if q.unit not in ("%", "") or q.baseline is not None:
            continue
        at = figure_at(text, q.start, q.end)
        head, point = "", ""
        cue = None
        if _AT_EN_RE.search(text, max(0, at - 24), at):
            m = _MEASURE_EN_RE.match(text, q.end)
            point = _measure_en(m["m"]) if m else ""
            cue = _AT_EN_RE.search(text, max(0, at - 24), at)
            lo = clause_start(text, at)
            head = subject_before(text, lo, cue.start()).strip() if cue else ""
        elif _AT_ZH_RE.search(text, max(0, at - 4), at):
            m = _UNDER_ZH_RE.match(text, q.end)
            if m is None:
                continue
            point = m["m"] if family_of(m["m"]) else q.subject
        if not point or not family_of(point):
            continue
        if cue is not None and family_of(head) in ("", family_of(point)):
            continue  # "we were at 70% recall": a level told with 'at', no measure read at it
        stop = _FULL_STOP_RE.search(text, q.end)
        end = stop.start() if stop else len(text)
        if not any(r.start >= q.end and r.start < end and r.role == "result" for r in qs[i + 1 :]):
            continue  # nothing is read at the point: it is a level of its own
        q.role, q.subject, q.family, q.direction = "other", point, family_of(point), None
        for r in qs[i + 1 :]:
            if r.start >= end:
                break
            if head and family_of(head) and r.family == q.family:
                r.subject, r.family = head, family_of(head)
