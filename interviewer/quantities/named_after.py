"""A measure named right after its figure: 'six points of precision', '120 ms off p95', '30 ms
back on p99', 6 个点的召回提升, 3 个点的准确率.

The figure measures the measure joined to it after it (by of / in / on / off / 的), whatever the
sentence's grammatical subject is; 'points' of a measure are percentage points; a change word
right after the measure (提升, 下降) or a figure taken 'off' it gives the direction. A thing after
the figure that names no measure ('6 points of presence') renames nothing."""

from __future__ import annotations

import re

from interviewer.quantities.model import Quantity
from interviewer.quantities.subject import family_of
from interviewer.quantities.vocab import vocab

_JOINED_EN_RE = re.compile(
    r"(?i:\s*(?:(?:extra|more|additional|whole|full)\s+)?(?P<pts>(?:percentage\s+)?points?\s+|pts?\s+)?"
    r"(?P<back>back\s+)?(?P<prep>of|in|on|off|for)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?P<np>[A-Za-z][\w@.-]*(?:\s+[A-Za-z][\w@.-]*){0,2}))"
)
_JOINED_ZH_RE = re.compile(r"\s*的\s*(?P<np>(?:[A-Za-z][\w@.-]*\s*)?[\u3400-\u9fff]{0,8})")
_POINTS_RE = re.compile(
    r"(?i:^(?:(?:extra|more|additional)\s+)?(?:percentage\s+)?(?:points?|pts?)$|^个?点$)"
)
_RENAMED_ROLES = frozenset({"result", "count", "other", "intermediate"})


def _measure_en(np: str) -> str:
    words = np.rstrip(".").split()
    for cut in range(len(words), 0, -1):
        head = " ".join(words[:cut])
        if family_of(head):
            return head
    return ""


def _measure_zh(np: str) -> tuple[str, str]:
    """The measure at the head of `np` and the words after it."""
    last = None
    for m in vocab().family_re.finditer(np):
        last = m
    if last is None or last.start() > 0 and not re.match(r"[A-Za-z\u3400-\u9fff]", np):
        return "", ""
    return np[: last.end()].strip(), np[last.end() :]


def _direction_after(tail: str) -> str | None:
    v = vocab()
    head = tail[:4]
    if v.up_re.match(head):
        return "up"
    if v.down_re.match(head):
        return "down"
    return None


def measure_named_after(text: str, qs: list[Quantity]) -> None:
    """Each figure whose own subject names no measure takes the measure joined after it."""
    for q in qs:
        if q.role not in _RENAMED_ROLES:
            continue
        direction: str | None = None
        points = False
        en = _JOINED_EN_RE.match(text, q.end)
        if en:
            measure = _measure_en(en.group("np"))
            points = en.group("pts") is not None
            if en.group("prep").lower() == "off":
                direction = "down"
        else:
            zh = _JOINED_ZH_RE.match(text, q.end)
            measure, tail = _measure_zh(zh.group("np")) if zh else ("", "")
            direction = _direction_after(tail) if measure else None
        if not measure or (q.family and q.family != family_of(measure)):
            continue
        if not q.family:
            q.subject, q.family = measure, family_of(measure)
        if (q.unit == "count" and _POINTS_RE.match(q.raw_unit.strip())) or (
            points and q.unit in ("", "count")
        ):
            q.unit = "pp"
        if q.role == "count" and q.unit != "count":
            q.role = "result"
        if q.direction is None and direction is not None:
            q.direction = "up" if direction == "up" else "down"
