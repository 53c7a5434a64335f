"""Re-grade a stored session under a rubric (and grader), keeping the old grades beside the new."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from interviewer.grading import scoring
from interviewer.grading.base import GradeContext
from interviewer.types import GradeResult, SessionRecord, TurnRecord

if TYPE_CHECKING:
    from interviewer.services import Services


class CriterionChange(BaseModel):
    """One criterion's mean score over the session's answers, before and after."""

    criterion: str
    old_mean: float | None = None
    """None when the old grades had no such criterion (a rubric that did not have it)."""
    new_mean: float | None = None
    delta: float | None = None


class TurnChange(BaseModel):
    """One answer's overall score before and after."""

    turn_id: int
    index: int
    old_overall: float | None = None
    new_overall: float
    written: bool = True
    """False when this grader had already graded this turn under this rubric (nothing added)."""


class RegradeResult(BaseModel):
    """What a re-grade changed: per criterion means and per answer overall, old vs new."""

    session_id: int
    old_rubric: str
    rubric: str
    old_grader: str | None = None
    grader: str
    criteria: list[CriterionChange] = Field(default_factory=list)
    turns: list[TurnChange] = Field(default_factory=list)
    old_overall: float | None = None
    new_overall: float | None = None

    def rows(self) -> list[list[str]]:
        """Table rows (criterion, old, new, change) for display."""

        def fmt(x: float | None, signed: bool = False) -> str:
            if x is None:
                return "—"
            return f"{x:+.2f}" if signed else f"{x:.2f}"

        out = [
            [c.criterion, fmt(c.old_mean), fmt(c.new_mean), fmt(c.delta, True)]
            for c in self.criteria
        ]
        delta = (
            None
            if self.old_overall is None or self.new_overall is None
            else round(self.new_overall - self.old_overall, 1)
        )
        out.append(
            ["overall (0–100)", fmt(self.old_overall), fmt(self.new_overall), fmt(delta, True)]
        )
        return out


def _old_set(turn: TurnRecord, rubric_id: str) -> GradeResult | None:
    """The grades first given to this turn under the session's rubric (else its first set)."""
    for gs in turn.grades:
        if gs.rubric == rubric_id:
            return gs
    return turn.grades[0] if turn.grades else None


def _topic_kinds(session: SessionRecord) -> dict[str, str]:
    topics: Any = session.persona_snapshot.get("topics", [])
    kinds: dict[str, str] = {}
    for t in topics if isinstance(topics, list) else []:
        if isinstance(t, dict) and "id" in t:
            kinds[str(t["id"])] = str(t.get("kind", "behavioral"))
    return kinds


def regrade_session(
    services: Services, session_id: int, rubric_id: str, model: str | None = None
) -> RegradeResult:
    """Grade every answer of a stored session again; new grades are stored beside the old ones."""
    from interviewer.grading.factory import make_grader
    from interviewer.grading.keys import key_for

    session = services.repo.get_session(session_id)
    rubric = services.rubrics.get(rubric_id)
    grader = make_grader(services.settings, model, services.repo)
    kinds = _topic_kinds(session)
    old_scores: dict[str, list[int]] = {}
    new_scores: dict[str, list[int]] = {}
    changes: list[TurnChange] = []
    old_grader: str | None = None
    question: TurnRecord | None = None
    for turn in session.turns:
        if turn.role == "interviewer":
            question = turn
            continue
        if turn.id is None:
            continue
        old = _old_set(turn, session.rubric)
        if old is not None:
            old_grader = old_grader or old.grader
            for c in old.criteria:
                old_scores.setdefault(c.criterion, []).append(c.score)
        kind = kinds.get(turn.topic or "", None)
        # the key as `interviewer grade` chooses it (grading/keys.py): only for a keyed kind
        # (technical, design) or a sure match, so a project answer is not graded on a bank key
        choice = key_for(services.bank, question.text, session.lang, kind) if question else None
        ctx = GradeContext(
            lang=session.lang,
            topic_kind=kind,
            probes=list(question.probes) if question else [],
            session_id=session.id,
            key=choice.key if choice else None,
            key_confidence=choice.confidence if choice else None,
        )
        result = grader.grade(question.text if question else "", turn.text, rubric, ctx)
        for c in result.criteria:
            new_scores.setdefault(c.criterion, []).append(c.score)
        # rows are keyed by grader + rubric: a second identical set would be merged into the
        # first when read back, so an existing set is left as it is rather than duplicated
        exists = any(
            gs.grader == result.grader and gs.rubric == result.rubric for gs in turn.grades
        )
        if not exists:
            services.repo.add_grades(turn.id, result)
        changes.append(
            TurnChange(
                turn_id=turn.id,
                index=turn.index,
                old_overall=old.overall if old else None,
                new_overall=result.overall,
                written=not exists,
            )
        )
    ids = [c.id for c in rubric.criteria]
    ids += [c for c in old_scores if c not in ids]
    criteria = []
    for cid in ids:
        o, n = scoring.mean(old_scores.get(cid, [])), scoring.mean(new_scores.get(cid, []))
        criteria.append(
            CriterionChange(
                criterion=cid,
                old_mean=o,
                new_mean=n,
                delta=round(n - o, 2) if o is not None and n is not None else None,
            )
        )
    olds = [t.old_overall for t in changes if t.old_overall is not None]
    return RegradeResult(
        session_id=session_id,
        old_rubric=session.rubric,
        rubric=rubric.id,
        old_grader=old_grader,
        grader=grader.name,
        criteria=criteria,
        turns=changes,
        old_overall=scoring.mean(olds),
        new_overall=scoring.mean(t.new_overall for t in changes),
    )
