"""The repository API: takes a Database, returns pydantic objects, never ORM rows."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from interviewer.errors import NotFoundError
from interviewer.types import (
    CriterionGrade,
    GradeResult,
    GradeSet,
    Resume,
    SessionRecord,
    TurnRecord,
)
from storage.db import Database
from storage.models import GradeRow, LlmCallRow, ResumeRow, SessionRow, TurnRow, utcnow


def _turn(row: TurnRow, session_id: int) -> TurnRecord:
    sets: dict[tuple[str, str, datetime | None], GradeSet] = {}
    for g in row.grades:
        key = (g.grader, g.rubric, None)
        gs = sets.get(key)
        if gs is None:
            gs = sets[key] = GradeSet(
                grader=g.grader,
                rubric=g.rubric,
                overall=g.overall,
                flags=list(g.flags or []),
                criteria=[],
                created_at=g.created_at,
            )
        gs.criteria.append(
            CriterionGrade(
                criterion=g.criterion,
                score=g.score,
                evidence=list(g.evidence or []),
                suggestion=g.suggestion,
            )
        )
    return TurnRecord(
        id=row.id,
        session_id=session_id,
        index=row.index,
        role=row.role,  # type: ignore[arg-type]
        kind=row.kind,  # type: ignore[arg-type]
        text=row.text,
        topic=row.topic,
        probes=list(row.probes or []),
        reason=row.reason,
        audio_path=row.audio_path,
        asr=row.asr,  # type: ignore[arg-type]
        delivery=row.delivery,  # type: ignore[arg-type]
        started_at=row.started_at,
        ended_at=row.ended_at,
        duration_ms=row.duration_ms,
        created_at=row.created_at,
        grades=list(sets.values()),
    )


def _session(row: SessionRow, with_turns: bool) -> SessionRecord:
    return SessionRecord(
        id=row.id,
        persona=row.persona,
        rubric=row.rubric,
        lang=row.lang,  # type: ignore[arg-type]
        model=row.model,
        status=row.status,  # type: ignore[arg-type]
        created_at=row.created_at,
        updated_at=row.updated_at,
        resume_id=row.resume_id,
        job_description=row.job_description,
        focus=row.focus,
        persona_snapshot=row.persona_snapshot,
        rubric_snapshot=row.rubric_snapshot,
        state=row.state or {},
        report=row.report,
        overall=row.overall,
        owner=row.owner,
        turns=[_turn(t, row.id) for t in row.turns] if with_turns else [],
    )


#: Exports of session N are files named `interview-N.<format>` (see export_path).
EXPORT_STEM = "interview-"


class Repository:
    """Every read and write the app makes. Each method is its own committed transaction."""

    def __init__(
        self,
        db: Database,
        audio_dir: Path | None = None,
        cache_dirs: Sequence[Path] = (),
    ) -> None:
        self.db = db
        self.audio_dir = audio_dir
        self.cache_dirs = list(cache_dirs)

    # -------------------------------------------------------------- résumés

    def add_resume(self, resume: Resume) -> int:
        with self.db.session() as s:
            row = ResumeRow(
                source=resume.source[:255],
                lang=resume.lang,
                text=resume.text,
                parsed=resume.model_dump(mode="json", exclude={"text"}),
            )
            s.add(row)
            s.flush()
            return row.id

    def get_resume(self, resume_id: int) -> Resume:
        with self.db.session() as s:
            row = s.get(ResumeRow, resume_id)
            if row is None:
                raise NotFoundError(f"no résumé {resume_id}")
            return Resume.model_validate({**row.parsed, "text": row.text})

    # -------------------------------------------------------------- sessions

    def create_session(
        self,
        *,
        persona: str,
        rubric: str,
        lang: str,
        model: str,
        persona_snapshot: dict[str, Any],
        rubric_snapshot: dict[str, Any],
        resume_id: int | None = None,
        job_description: str = "",
        focus: str | None = None,
        owner: str | None = None,
        state: dict[str, Any] | None = None,
    ) -> int:
        with self.db.session() as s:
            row = SessionRow(
                persona=persona,
                rubric=rubric,
                lang=lang,
                model=model,
                status="active",
                persona_snapshot=persona_snapshot,
                rubric_snapshot=rubric_snapshot,
                resume_id=resume_id,
                job_description=job_description,
                focus=focus,
                owner=owner,
                state=state or {},
            )
            s.add(row)
            s.flush()
            return row.id

    def _get_row(self, s: Session, session_id: int) -> SessionRow:
        row = s.get(SessionRow, session_id)
        if row is None:
            raise NotFoundError(
                f"no session {session_id}", "`interviewer sessions list` shows the stored ids"
            )
        return row

    def get_session(
        self, session_id: int, *, with_turns: bool = True, owner: str | None = None
    ) -> SessionRecord:
        """One session; with `owner`, only that owner's (another's is "not found", like none)."""
        with self.db.session() as s:
            stmt = select(SessionRow).where(SessionRow.id == session_id)
            if owner is not None:
                stmt = stmt.where(SessionRow.owner == owner)
            if with_turns:
                stmt = stmt.options(selectinload(SessionRow.turns).selectinload(TurnRow.grades))
            row = s.scalars(stmt).first()
            if row is None:
                raise NotFoundError(
                    f"no session {session_id}", "`interviewer sessions list` shows the stored ids"
                )
            return _session(row, with_turns)

    def list_sessions(
        self, *, owner: str | None = None, status: str | None = None, limit: int = 200
    ) -> list[SessionRecord]:
        with self.db.session() as s:
            stmt = select(SessionRow).order_by(SessionRow.created_at.desc(), SessionRow.id.desc())
            if owner is not None:
                stmt = stmt.where(SessionRow.owner == owner)
            if status is not None:
                stmt = stmt.where(SessionRow.status == status)
            return [_session(r, False) for r in s.scalars(stmt.limit(limit))]

    def count_turns(self, session_id: int) -> int:
        with self.db.session() as s:
            return s.scalar(select(func.count()).where(TurnRow.session_id == session_id)) or 0

    def save_state(self, session_id: int, state: dict[str, Any]) -> None:
        with self.db.session() as s:
            self._get_row(s, session_id).state = state

    def finish_session(
        self,
        session_id: int,
        report: dict[str, Any],
        overall: float | None,
        status: str = "finished",
    ) -> None:
        with self.db.session() as s:
            row = self._get_row(s, session_id)
            row.report, row.overall, row.status = report, overall, status

    def set_status(self, session_id: int, status: str) -> None:
        with self.db.session() as s:
            self._get_row(s, session_id).status = status

    def delete_session(self, session_id: int) -> None:
        """Delete a session, its turns, grades, audio files and every export of it kept on disk
        (ours and the web server's cached copies, named `interview-<id>.<format>`)."""
        with self.db.session() as s:
            row = self._get_row(s, session_id)
            paths = [t.audio_path for t in row.turns if t.audio_path]
            s.delete(row)
        for p in paths:
            Path(p).unlink(missing_ok=True)
        if self.audio_dir is not None:
            shutil.rmtree(self.audio_dir / str(session_id), ignore_errors=True)
        for folder in self.cache_dirs:
            if folder.is_dir():
                for copy in folder.rglob(f"{EXPORT_STEM}{int(session_id)}.*"):
                    copy.unlink(missing_ok=True)

    # -------------------------------------------------------------- turns

    def add_turn(self, turn: TurnRecord) -> int:
        """Write one turn at once (its index must be the next free one in the session)."""
        with self.db.session() as s:
            row = TurnRow(
                session_id=turn.session_id,
                index=turn.index,
                role=turn.role,
                kind=turn.kind,
                text=turn.text,
                topic=turn.topic,
                probes=list(turn.probes),
                reason=turn.reason,
                audio_path=turn.audio_path,
                asr=turn.asr.model_dump(mode="json") if turn.asr else None,
                delivery=turn.delivery.model_dump(mode="json") if turn.delivery else None,
                started_at=turn.started_at,
                ended_at=turn.ended_at,
                duration_ms=turn.duration_ms,
            )
            s.add(row)
            sess = self._get_row(s, turn.session_id)
            sess.updated_at = utcnow()
            s.flush()
            return row.id

    def replace_audio_path(self, old: str, new: str | None) -> int:
        """Point every turn that names the file `old` at `new` (None: no audio); returns how many."""
        with self.db.session() as s:
            rows = list(s.scalars(select(TurnRow).where(TurnRow.audio_path == old)))
            for row in rows:
                row.audio_path = new
            return len(rows)

    def set_turn_audio(self, turn_id: int, audio_path: str) -> None:
        with self.db.session() as s:
            row = s.get(TurnRow, turn_id)
            if row is None:
                raise NotFoundError(f"no turn {turn_id}")
            row.audio_path = audio_path

    # -------------------------------------------------------------- grades

    def add_grades(self, turn_id: int, result: GradeResult) -> None:
        with self.db.session() as s:
            for c in result.criteria:
                s.add(
                    GradeRow(
                        turn_id=turn_id,
                        rubric=result.rubric,
                        criterion=c.criterion,
                        score=c.score,
                        evidence=list(c.evidence),
                        suggestion=c.suggestion,
                        grader=result.grader,
                        overall=result.overall,
                        flags=list(result.flags),
                    )
                )

    def criterion_history(self, *, owner: str | None = None) -> list[dict[str, Any]]:
        """Per finished-or-active session and criterion, the mean score: rows for progress charts."""
        with self.db.session() as s:
            stmt = (
                select(
                    SessionRow.id,
                    SessionRow.created_at,
                    SessionRow.persona,
                    GradeRow.criterion,
                    func.avg(GradeRow.score),
                )
                .join(TurnRow, TurnRow.session_id == SessionRow.id)
                .join(GradeRow, GradeRow.turn_id == TurnRow.id)
                .where(GradeRow.rubric == SessionRow.rubric)
                .group_by(
                    SessionRow.id, SessionRow.created_at, SessionRow.persona, GradeRow.criterion
                )
                .order_by(SessionRow.created_at)
            )
            if owner is not None:
                stmt = stmt.where(SessionRow.owner == owner)
            return [
                {
                    "session_id": sid,
                    "created_at": ts,
                    "persona": p,
                    "criterion": c,
                    "score": float(avg),
                }
                for sid, ts, p, c, avg in s.execute(stmt)
            ]

    # -------------------------------------------------------------- llm calls

    def record_llm_call(
        self,
        *,
        purpose: str,
        model: str,
        messages: Sequence[dict[str, Any]],
        options: dict[str, Any],
        response: str | None,
        duration_ms: float,
        session_id: int | None = None,
        resolved_model: str | None = None,
        error: str | None = None,
        prompt_tokens: int | None = None,
        completion_tokens: int | None = None,
    ) -> int:
        safe_opts = {k: v for k, v in options.items() if "key" not in k.lower()}
        with self.db.session() as s:
            row = LlmCallRow(
                session_id=session_id,
                purpose=purpose,
                model=model,
                resolved_model=resolved_model,
                messages=list(messages),
                options=safe_opts,
                response=response,
                error=error,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                duration_ms=duration_ms,
            )
            s.add(row)
            s.flush()
            return row.id

    def llm_calls(self, session_id: int | None = None, limit: int = 100) -> list[dict[str, Any]]:
        with self.db.session() as s:
            stmt = select(LlmCallRow).order_by(LlmCallRow.id.desc()).limit(limit)
            if session_id is not None:
                stmt = stmt.where(LlmCallRow.session_id == session_id)
            return [
                {c.name: getattr(r, c.name) for c in LlmCallRow.__table__.columns}
                for r in s.scalars(stmt)
            ]
