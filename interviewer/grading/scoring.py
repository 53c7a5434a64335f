"""Pure maths on scores: weighted overall, caps, averages."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from interviewer.schemas import Rubric
from interviewer.types import CriterionGrade, GradeResult, SessionRecord

#: Interviewer turns that open a new discussion (a main question); follow-ups belong to it.
MAIN_QUESTION_KINDS = ("question",)
#: The flag of a turn that asked the interviewer about the job instead of answering.
COUNTER_FLAG = "counter"
#: The flag of a turn that asked what the question meant instead of answering it.
CLARIFY_FLAG = "clarify"
#: Flags of grades that count in no session score, no strongest or weakest answer.
UNSCORED_FLAGS = frozenset({COUNTER_FLAG, CLARIFY_FLAG})


def scored(grade: GradeResult) -> bool:
    """Whether an answer's grade counts in the session's scores and the report."""
    return UNSCORED_FLAGS.isdisjoint(grade.flags)


def overall(rubric: Rubric, grades: Iterable[CriterionGrade]) -> float:
    """Weighted mean of the 1–5 scores mapped to 0–100 (1 → 0, 5 → 100), over graded criteria."""
    return weighted_overall(rubric, {g.criterion: float(g.score) for g in grades}) or 0.0


def weighted_overall(rubric: Rubric, scores: Mapping[str, float]) -> float | None:
    """The overall of criterion scores (1–5, possibly fractional) with the rubric's weights:
    the one formula behind every overall (an answer's, a session's). None without scores."""
    weights = {c.id: c.weight for c in rubric.criteria}
    total = weight_sum = 0.0
    for cid, score in scores.items():
        w = weights.get(cid)
        if w is None:
            continue
        total += w * (score - 1) / 4 * 100
        weight_sum += w
    return round(total / weight_sum, 1) if weight_sum else None


@dataclass
class SessionScores:
    """One session's numbers, as the report, the review and "practise next" all show them."""

    criteria: dict[str, float] = field(default_factory=dict)
    """Criterion id -> session score: the mean over the session's questions of the question's
    discussion score (the best score the main answer or a follow-up reached)."""
    counts: dict[str, int] = field(default_factory=dict)
    """Criterion id -> n, the number of questions its score is the mean of."""
    overall: float | None = None
    """`weighted_overall` of `criteria` (the per-answer formula, on session scores)."""
    questions: int = 0
    """Questions (discussions) with at least one graded answer."""


def session_scores(session: SessionRecord, rubric: Rubric) -> SessionScores:
    """The session's criterion scores and overall (one definition for every place)."""
    best: dict[str, dict[int, int]] = {}
    group = -1
    asked = False
    graded: set[int] = set()
    for turn in session.turns:
        if turn.role == "interviewer":
            if turn.kind in MAIN_QUESTION_KINDS:
                group += 1
            asked = True
            continue
        sets = [g for g in turn.grades if g.rubric == rubric.id]
        if not asked or not sets or not turn.text.strip() or not scored(sets[-1]):
            continue
        discussion = max(group, 0)
        graded.add(discussion)
        for c in sets[-1].criteria:
            per = best.setdefault(c.criterion, {})
            per[discussion] = max(per.get(discussion, 0), c.score)
    out = SessionScores(questions=len(graded))
    for crit in rubric.criteria:
        marks = best.get(crit.id)
        if marks:
            out.criteria[crit.id] = round(sum(marks.values()) / len(marks), 2)
            out.counts[crit.id] = len(marks)
    out.overall = weighted_overall(rubric, out.criteria)
    return out


def cap(grades: list[CriterionGrade], limit: int) -> list[CriterionGrade]:
    """Every score at most `limit` (used for flagged answers)."""
    return [g.model_copy(update={"score": min(g.score, limit)}) for g in grades]


def mean(values: Iterable[float]) -> float | None:
    vals = list(values)
    return round(sum(vals) / len(vals), 2) if vals else None
