"""The résumé's numbers as ClaimedMetric: the quantities reader, shaped for the résumé contract."""

from __future__ import annotations

import re

from interviewer.quantities import Quantity, extract_quantities
from interviewer.types import ClaimedMetric


def to_claim(q: Quantity) -> ClaimedMetric:
    """One quantity as a résumé metric; `what` and `subject` both name what it is about."""
    return ClaimedMetric(
        text=q.text,
        value=q.value,
        unit=q.unit,
        what=q.subject,
        baseline=q.baseline,
        result=q.result,
        direction=q.direction,
        role="result" if q.role in ("result", "intermediate", "baseline") else q.role,
        subject=q.subject,
        raw_unit=q.raw_unit,
        bound=q.bound,
    )


_LABEL_BEFORE_RE = re.compile(
    r"(?P<label>[A-Za-z\u3400-\u9fff][^:：;；.。|｜]{0,50}?)\s*[:：]\s*(?:about|around|~|≈|约)?\s*[$€¥£]?\s*$"
)


def claims_in(text: str) -> list[ClaimedMetric]:
    """Every number of a résumé line, results and facts alike (facts feed contradiction checks).
    A number right after `Measure:` is about that measure ("Working capital released: $45M")."""
    out = []
    for q in extract_quantities(text):
        claim = to_claim(q)
        label = _LABEL_BEFORE_RE.search(text[: q.start]) if not q.subject.strip() else None
        if label:
            words = label.group("label").split()
            claim.subject = claim.what = " ".join(words[-6:])
        out.append(claim)
    return out


_LEVELS = frozenset({"result", "duration", "cost"})
"""Roles of a number that can be how a measure stood before the work (a time per item, a rate,
a cost), as opposed to a count, a data size or a team."""


def unit_claims(lines: list[str]) -> list[ClaimedMetric]:
    """The claims of one unit's lines read together: a level of a measure told in the unit's
    background ('背景：…平均一单要6分钟', 'Context: … about 9 minutes each') and a level of the same
    measure in its result with no start of its own ('成果：单均录入时间降到1.5分钟') are one change, the
    background's level its baseline — when the background holds one level in that unit (or one
    about the same measure) and the direction the result tells agrees."""
    from interviewer.resume.lines import BACKGROUND_KEYS

    told = [(line, claims_in(line)) for line in lines]
    background = [
        m
        for line, found in told
        if re.split(r"\s*[:：]", line, maxsplit=1)[0].strip().lower() in BACKGROUND_KEYS
        for m in found
        if m.role in _LEVELS
    ]
    used: set[int] = set()
    out: list[ClaimedMetric] = []
    earlier: list[tuple[ClaimedMetric, str]] = []
    for line, found in told:
        for m in found:
            before, earlier = earlier, [*earlier, *_told_levels(line, [m])]
            if any(m is b for b in background) or m.role != "result" or m.baseline is not None:
                out.append(m)
                continue
            start = _start_of(m, [b for b in background if id(b) not in used])
            if start is None and m.direction is not None:
                said = [b for b, after in before if id(b) not in used and _about(b, after, m)]
                start = _start_of(m, said)
            if start is None:
                out.append(m)
                continue
            used.add(id(start))
            direction = m.direction or ("down" if start.value > m.value else "up")
            out.append(
                m.model_copy(
                    update={"baseline": start.value, "result": m.value, "direction": direction}
                )
            )
    return [m for m in out if id(m) not in used]


_CLAUSE_END_RE = re.compile(r"[;；。,，)）]|\s(?:with|and|while|but)\s")


def _told_levels(line: str, found: list[ClaimedMetric]) -> list[tuple[ClaimedMetric, str]]:
    """The plain levels among `found` (no change of their own), each with the words of its
    clause after it ('9% of loan applications for manual review') kept to say what it measures."""
    out = []
    for m in found:
        if m.role not in _LEVELS or m.direction is not None or m.baseline is not None:
            continue
        at = line.find(m.text)
        rest = line[at + len(m.text) :] if at >= 0 else ""
        out.append((m, _CLAUSE_END_RE.split(rest, maxsplit=1)[0]))
    return out


def _about(level: ClaimedMetric, after: str, change: ClaimedMetric) -> bool:
    """The earlier level is told of the measure the change names ('… sent 12% of tickets to human
    review' and 'human review dropped to 4%'): a word, or two Chinese characters in a row, shared."""
    from interviewer.resume.naming import object_marks

    said = f"{level.subject} {level.text} {after}"
    return bool(object_marks(change.subject or change.what) & object_marks(said))


def _start_of(m: ClaimedMetric, levels: list[ClaimedMetric]) -> ClaimedMetric | None:
    """The one background level of `m`'s measure: same unit, a different value on the side the
    result's direction says; several in that unit: the one about the same measure."""
    from interviewer.quantities.subject import family_of

    if m.unit == "count" or m.direction is None:
        return None  # a count told before the work is its scale ('翻几十份文件'), not a level
    same = [
        b
        for b in levels
        if b.unit == m.unit and b.value != m.value and _comparable(b.value, m.value)
    ]
    if m.direction is not None:
        same = [b for b in same if (b.value > m.value) == (m.direction == "down")]
    fam = family_of(m.subject or m.what)
    if len(same) > 1:
        same = [b for b in same if fam and family_of(b.subject or b.what) == fam]
    if len(same) != 1:
        return None
    other = family_of(same[0].subject or same[0].what)
    return None if fam and other and other != fam else same[0]  # a rate of another measure


def _comparable(a: float, b: float) -> bool:
    """Two levels within an order of magnitude and a half of each other: a measure before and
    after one piece of work, not two measures of one dimension (a clerk's 10 minutes per case and a
    model's 200 ms per call)."""
    low, high = sorted((abs(a), abs(b)))
    return low > 0 and high / low <= 30


def has_claim(text: str) -> bool:
    """True when the text states a quantity (a project name never does)."""
    return bool(extract_quantities(text))
