"""The repository API: takes a Database, returns pydantic objects, never ORM rows."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from interviewer.errors import ConflictError, InputError, NotFoundError
from interviewer.types import (
    CriterionGrade,
    GradeResult,
    KeyPointSummary,
    KeyRef,
    Resume,
    SessionRecord,
    TurnRecord,
)
from storage.db import Database
from storage.models import (
    AccountRow,
    GradeRow,
    LlmCallRow,
    ResumeRow,
    SessionRow,
    TurnRow,
    utcnow,
)


def _turn(row: TurnRow, session_id: int) -> TurnRecord:
    sets: dict[tuple[str, str, datetime | None], GradeResult] = {}
    for g in row.grades:
        key = (g.grader, g.rubric, None)
        gs = sets.get(key)
        if gs is None:
            gs = sets[key] = GradeResult(
                grader=g.grader,
                rubric=g.rubric,
                overall=g.overall,
                flags=list(g.flags or []),
                criteria=[],
                created_at=g.created_at,
                version=g.grader_version or 1,
                kind=g.kind,
                key=KeyRef.model_validate(g.answer_key) if g.answer_key else None,
                key_points=KeyPointSummary.model_validate(g.key_points) if g.key_points else None,
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


#: The owner of a team-mode user's rows is ACCOUNT_PREFIX + name (browser owner ids have no ':').
ACCOUNT_PREFIX = "user:"
#: Exports of session N are files named `interview-N.<format>` (see export_path).
EXPORT_STEM = "interview-"


class Repository:
    """Every read and write the app makes. Each method is its own committed transaction.

    A repository bound to an owner (`for_owner`) reads and writes that owner's sessions, turns,
    grades, résumés and model calls only: anything else is "not found", exactly like a missing
    row. The unbound repository is the operator's (CLI without --user) and sees everything.
    """

    def __init__(
        self,
        db: Database,
        audio_dir: Path | None = None,
        cache_dirs: Sequence[Path] = (),
        owner: str | None = None,
    ) -> None:
        self.db = db
        self.audio_dir = audio_dir
        self.cache_dirs = list(cache_dirs)
        self.owner = owner

    def for_owner(self, owner: str | None) -> Repository:
        """The same database seen by one owner only (None: everything, the operator's view)."""
        if owner is None:
            return self
        return Repository(self.db, self.audio_dir, self.cache_dirs, owner=owner)

    def _scope(self, owner: str | None) -> str | None:
        """The owner a query is limited to: the bound one, or the one asked for (never wider)."""
        if self.owner is not None and owner not in (None, self.owner):
            raise NotFoundError("not found")  # asking for another's data through a bound view
        return self.owner if self.owner is not None else owner

    def _session_in_scope(self, s: Session, session_id: int | None) -> None:
        if session_id is not None and self.owner is not None:
            self._get_row(s, session_id)

    # -------------------------------------------------------------- accounts (team mode)

    def add_account(self, name: str, password_hash: str | None) -> None:
        """A new account; InputError when the name is taken."""
        from sqlalchemy.exc import IntegrityError

        try:
            with self.db.session() as s:
                s.add(AccountRow(name=name, password_hash=password_hash))
        except IntegrityError:
            raise InputError(
                f"there is already a user named '{name}'", "choose another name, or `users passwd`"
            ) from None

    def ensure_account(self, name: str) -> None:
        """The account a trusted proxy names, made on first sight (no password)."""
        with self.db.session() as s:
            if s.scalar(select(AccountRow.id).where(AccountRow.name == name)) is not None:
                return
        try:
            self.add_account(name, None)
        except InputError:
            pass  # made meanwhile by another request or process

    def password_hash(self, name: str) -> str | None:
        """The stored hash (None for no such user, or one without a password)."""
        with self.db.session() as s:
            return s.scalar(select(AccountRow.password_hash).where(AccountRow.name == name))

    def set_password(self, name: str, password_hash: str) -> None:
        with self.db.session() as s:
            row = s.scalar(select(AccountRow).where(AccountRow.name == name))
            if row is None:
                raise NotFoundError(f"no user '{name}'", "`interviewer users list` shows them")
            row.password_hash = password_hash

    def list_accounts(self) -> list[dict[str, Any]]:
        """Every account with its number of sessions, by name."""
        with self.db.session() as s:
            counts = dict(
                s.execute(select(SessionRow.owner, func.count()).group_by(SessionRow.owner)).all()
            )
            return [
                {
                    "name": r.name,
                    "password": r.password_hash is not None,
                    "created_at": r.created_at,
                    "sessions": counts.get(ACCOUNT_PREFIX + r.name, 0),
                }
                for r in s.scalars(select(AccountRow).order_by(AccountRow.name))
            ]

    def remove_account(self, name: str, *, delete_sessions: bool = False) -> int:
        """Remove an account; its sessions stay (unowned by anyone who can sign in) unless
        `delete_sessions`. Returns how many sessions were deleted."""
        with self.db.session() as s:
            row = s.scalar(select(AccountRow).where(AccountRow.name == name))
            if row is None:
                raise NotFoundError(f"no user '{name}'", "`interviewer users list` shows them")
            s.delete(row)
        if not delete_sessions:
            return 0
        mine = self.for_owner(ACCOUNT_PREFIX + name)
        ids = [r.id for r in mine.list_sessions(limit=1_000_000)]
        for sid in ids:
            mine.delete_session(sid)
        with self.db.session() as s:
            for r in s.scalars(select(ResumeRow).where(ResumeRow.owner == ACCOUNT_PREFIX + name)):
                s.delete(r)
        return len(ids)

    def adopt(self, name: str, from_owner: str | None = None) -> int:
        """Give sessions (and their résumés) made in local mode to the account `name`: those of
        browser owner `from_owner`, or all that belong to no account. Returns how many."""
        target = ACCOUNT_PREFIX + name
        with self.db.session() as s:
            if s.scalar(select(AccountRow.id).where(AccountRow.name == name)) is None:
                raise NotFoundError(f"no user '{name}'", "add it first with `users add`")
            moved = 0
            for col in (SessionRow.owner, ResumeRow.owner):
                if from_owner is not None:
                    cond = col == from_owner
                else:
                    cond = col.is_(None) | ~col.startswith(ACCOUNT_PREFIX, autoescape=True)
                result = s.execute(update(col.class_).where(cond).values(owner=target))
                if col is SessionRow.owner:
                    moved = int(result.rowcount or 0)  # type: ignore[attr-defined]
            return moved

    # -------------------------------------------------------------- résumés

    def add_resume(self, resume: Resume, owner: str | None = None) -> int:
        with self.db.session() as s:
            row = ResumeRow(
                owner=self._scope(owner),
                source=resume.source[:255],
                lang=resume.lang,
                text=resume.text,
                parsed=resume.model_dump(mode="json", exclude={"text"}),
            )
            s.add(row)
            s.flush()
            return row.id

    def get_resume(self, resume_id: int, owner: str | None = None) -> Resume:
        scope = self._scope(owner)
        with self.db.session() as s:
            row = s.get(ResumeRow, resume_id)
            if row is None or (scope is not None and row.owner != scope):
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
                owner=self._scope(owner),
                state=state or {},
            )
            s.add(row)
            s.flush()
            return row.id

    def _get_row(self, s: Session, session_id: int) -> SessionRow:
        row = s.get(SessionRow, session_id)
        if row is None or (self.owner is not None and row.owner != self.owner):
            raise NotFoundError(
                f"no session {session_id}", "`interviewer sessions list` shows the stored ids"
            )
        return row

    def get_session(
        self, session_id: int, *, with_turns: bool = True, owner: str | None = None
    ) -> SessionRecord:
        """One session; with `owner`, only that owner's (another's is "not found", like none)."""
        owner = self._scope(owner)
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
        owner = self._scope(owner)
        with self.db.session() as s:
            stmt = select(SessionRow).order_by(SessionRow.created_at.desc(), SessionRow.id.desc())
            if owner is not None:
                stmt = stmt.where(SessionRow.owner == owner)
            if status is not None:
                stmt = stmt.where(SessionRow.status == status)
            return [_session(r, False) for r in s.scalars(stmt.limit(limit))]

    def count_turns(self, session_id: int) -> int:
        with self.db.session() as s:
            self._session_in_scope(s, session_id)
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

    def progress(self, session_id: int) -> tuple[int, str]:
        """(stored turns, status) of a session: how a cached copy tells it is behind."""
        with self.db.session() as s:
            row = self._get_row(s, session_id)
            count = s.scalar(select(func.count()).where(TurnRow.session_id == session_id)) or 0
            return int(count), row.status

    def add_turn(self, turn: TurnRecord) -> int:
        """Write one turn at once (its index must be the next free one in the session).

        ConflictError when that index is taken: another process advanced the session first.
        """
        from sqlalchemy.exc import IntegrityError

        try:
            return self._add_turn(turn)
        except IntegrityError:
            with self.db.session() as s:
                self._get_row(s, turn.session_id)  # NotFoundError: no such session (a foreign key)
            raise ConflictError(
                "this interview moved on in another window or process",
                "the page shows it as it is now; send your answer again",
            ) from None

    def _add_turn(self, turn: TurnRecord) -> int:
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
            stmt = select(TurnRow).where(TurnRow.audio_path == old)
            if self.owner is not None:
                stmt = stmt.join(SessionRow).where(SessionRow.owner == self.owner)
            rows = list(s.scalars(stmt))
            for row in rows:
                row.audio_path = new
            return len(rows)

    def set_turn_audio(self, turn_id: int, audio_path: str) -> None:
        with self.db.session() as s:
            row = self._turn_row(s, turn_id)
            row.audio_path = audio_path

    # -------------------------------------------------------------- grades

    def _turn_row(self, s: Session, turn_id: int) -> TurnRow:
        row = s.get(TurnRow, turn_id)
        if row is None:
            raise NotFoundError(f"no turn {turn_id}")
        self._session_in_scope(s, row.session_id)
        return row

    def add_grades(self, turn_id: int, result: GradeResult) -> None:
        with self.db.session() as s:
            if self.owner is not None:
                self._turn_row(s, turn_id)
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
                        grader_version=result.version,
                        kind=result.kind,
                        answer_key=result.key.model_dump() if result.key else None,
                        key_points=result.key_points.model_dump() if result.key_points else None,
                    )
                )

    def criterion_history(self, *, owner: str | None = None) -> list[dict[str, Any]]:
        """Per finished-or-active session and criterion, the mean score: rows for progress charts."""
        owner = self._scope(owner)
        with self.db.session() as s:
            stmt = (
                select(
                    SessionRow.id,
                    SessionRow.created_at,
                    SessionRow.persona,
                    GradeRow.criterion,
                    func.avg(GradeRow.score),
                    func.max(GradeRow.grader_version),
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
                    "grader_version": int(version or 1),
                }
                for sid, ts, p, c, avg, version in s.execute(stmt)
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
            self._session_in_scope(s, session_id)
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

    def llm_calls(
        self, session_id: int | None = None, limit: int = 100, owner: str | None = None
    ) -> list[dict[str, Any]]:
        """Model exchanges, newest first; with an owner, only those of that owner's sessions."""
        owner = self._scope(owner)
        with self.db.session() as s:
            stmt = select(LlmCallRow).order_by(LlmCallRow.id.desc()).limit(limit)
            if session_id is not None:
                stmt = stmt.where(LlmCallRow.session_id == session_id)
            if owner is not None:
                stmt = stmt.join(SessionRow, SessionRow.id == LlmCallRow.session_id).where(
                    SessionRow.owner == owner
                )
            return [
                {c.name: getattr(r, c.name) for c in LlmCallRow.__table__.columns}
                for r in s.scalars(stmt)
            ]
