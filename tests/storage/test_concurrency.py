"""Many writers at once, each with its own Database/Repository: nothing locked, nothing lost."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from interviewer.types import CriterionGrade, GradeResult, TurnRecord
from storage.db import Database
from storage.repository import Repository

TURNS = 10
THREADS = 20
PROCESSES = 4


def write_one_session(url: str, worker: int) -> int:
    """Create a session and write TURNS turns, grading every candidate turn."""
    db = Database(url)
    try:
        repo = Repository(db)
        sid = repo.create_session(
            persona="leader",
            rubric="star",
            lang="en",
            model="offline",
            persona_snapshot={"worker": worker},
            rubric_snapshot={},
            owner=f"w{worker}",
        )
        for i in range(TURNS):
            role, kind = ("interviewer", "question") if i % 2 == 0 else ("candidate", "answer")
            tid = repo.add_turn(
                TurnRecord(
                    session_id=sid, index=i, role=role, kind=kind, text=f"worker {worker} turn {i}"
                )
            )
            if role == "candidate":
                repo.add_grades(
                    tid,
                    GradeResult(
                        criteria=[
                            CriterionGrade(criterion="star", score=1 + i % 5),
                            CriterionGrade(criterion="metrics", score=3),
                        ],
                        overall=50.0,
                        grader="offline",
                        rubric="star",
                    ),
                )
            repo.save_state(sid, {"position": i})
        repo.finish_session(sid, {"worker": worker}, 50.0)
        return sid
    finally:
        db.dispose()


# Children get ready (interpreter up, modules imported, database opened) before anyone starts:
# each says so with a file, then waits for `go`, which the parent makes once all are ready. A child
# that found `go` already there would start alone while the others were still importing.
_READY = """
import os, pathlib, time
ready, go = pathlib.Path({ready!r}), pathlib.Path({go!r})
(ready / str(os.getpid())).touch()
while not go.exists():
    time.sleep(0.001)
"""

_WORKER = (
    """
import sys
sys.path.insert(0, {tests_dir!r})
from test_concurrency import write_one_session
from storage.db import Database
Database({url!r}).dispose()  # the connection code is loaded and warm
"""
    + _READY
    + """
print(write_one_session({url!r}, int(sys.argv[1])))
"""
)


def _start_together(
    scripts: list[str], ready: Path, go: Path, then: Callable[[], None] = lambda: None
) -> list[tuple[int, str, str]]:
    """Run the scripts as processes released at one moment; returns (code, stdout, stderr)."""
    ready.mkdir()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(w)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w, script in enumerate(scripts)
    ]
    deadline = time.monotonic() + 120
    while len(list(ready.iterdir())) < len(procs):
        early = [p for p in procs if p.poll() is not None]
        if early or time.monotonic() > deadline:
            for p in procs:
                p.kill()
            out = [p.communicate() for p in procs]
            pytest.fail(f"a child did not get ready: {[o[1][-500:] for o in out]}")
        time.sleep(0.005)
    go.touch()
    then()
    outputs = [p.communicate(timeout=300) for p in procs]
    return [(p.returncode, out, err) for p, (out, err) in zip(procs, outputs, strict=True)]


def _assert_all_rows(url: str, writers: int, sids: list[int]) -> None:
    assert len(set(sids)) == writers
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            count = conn.execute(text("SELECT count(*) FROM sessions")).scalar()
            turns = conn.execute(text("SELECT count(*) FROM turns")).scalar()
            grades = conn.execute(text("SELECT count(*) FROM grades")).scalar()
            finished = conn.execute(
                text("SELECT count(*) FROM sessions WHERE status = 'finished'")
            ).scalar()
        assert (count, finished) == (writers, writers)
        assert turns == writers * TURNS
        assert grades == writers * (TURNS // 2) * 2
        repo = Repository(db)
        for sid in sids:
            rec = repo.get_session(sid)
            assert [t.index for t in rec.turns] == list(range(TURNS))
            worker = rec.persona_snapshot["worker"]
            assert all(t.text.startswith(f"worker {worker} ") for t in rec.turns)
            assert rec.state == {"position": TURNS - 1}
    finally:
        db.dispose()


def _threads(url: str) -> None:
    Database(url).dispose()  # schema first: concurrent first-time migration is another story
    sids: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def run(worker: int) -> None:
        try:
            start.wait()
            sids.append(write_one_session(url, worker))
        except BaseException as e:  # noqa: BLE001 - reported by the assertion below
            errors.append(e)

    threads = [threading.Thread(target=run, args=(w,)) for w in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, f"{len(errors)} writers failed, first: {errors[0]!r}"
    _assert_all_rows(url, THREADS, sids)


def _processes(url: str, tmp_path: Path) -> None:
    Database(url).dispose()
    ready, go = tmp_path / "ready", tmp_path / "go"
    script = _WORKER.format(
        tests_dir=str(Path(__file__).parent), url=url, ready=str(ready), go=str(go)
    )
    results = _start_together([script] * PROCESSES, ready, go)
    for code, _out, err in results:
        assert code == 0, err
        assert "database is locked" not in err
    _assert_all_rows(url, PROCESSES, [int(out.strip().splitlines()[-1]) for _, out, _ in results])


def test_threads_write_one_sqlite_file(tmp_path: Path) -> None:
    _threads(f"sqlite:///{tmp_path / 'shared.db'}")


def test_processes_write_one_sqlite_file(tmp_path: Path) -> None:
    _processes(f"sqlite:///{tmp_path / 'shared.db'}", tmp_path)


def test_threads_write_postgres(pg_url: str) -> None:
    _threads(pg_url)


def test_processes_write_postgres(pg_url: str, tmp_path: Path) -> None:
    _processes(pg_url, tmp_path)


_FIRST_START = (
    """
from alembic import command  # noqa: F401 - imported before the start, as the app has it
from storage.db import Database, current_revision, head_revision
head_revision({url!r})  # migration scripts read and compiled
"""
    + _READY
    + """
db = Database({url!r})
print(current_revision(db.engine))
db.dispose()
"""
)


def _first_start(url: str, tmp_path: Path) -> None:
    """Several processes and threads open a blank database at once: one migrates, all work."""
    ready, go = tmp_path / "ready-first", tmp_path / "go-first"
    script = _FIRST_START.format(go=str(go), url=url, ready=str(ready))
    errors: list[BaseException] = []
    release = threading.Event()

    def run() -> None:
        release.wait()
        try:
            Database(url).dispose()
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        results = _start_together([script] * PROCESSES, ready, go, then=release.set)
    finally:
        release.set()
        for t in threads:
            t.join()
    assert not errors, repr(errors[0])
    from storage.db import head_revision

    for code, out, err in results:
        assert code == 0, err
        assert out.strip() == head_revision(url)
    _assert_all_rows_after_first_start(url)


def _assert_all_rows_after_first_start(url: str) -> None:
    sid = write_one_session(url, 0)
    _assert_all_rows(url, 1, [sid])


def test_first_start_migrates_once_on_sqlite(tmp_path: Path) -> None:
    _first_start(f"sqlite:///{tmp_path / 'blank.db'}", tmp_path)


def test_first_start_migrates_once_on_postgres(pg_url: str, tmp_path: Path) -> None:
    _first_start(pg_url, tmp_path)


_MIGRATE = """
import pathlib
from storage.db import Database, current_revision
pathlib.Path({ready!r}).touch()
db = Database({url!r})
print(current_revision(db.engine))
db.dispose()
"""


def _waits_for_the_schema_lock(url: str, tmp_path: Path) -> None:
    """While one process holds the schema lock, another opening the blank database migrates nothing.

    A timing race alone rarely catches a missing lock on PostgreSQL (its whole migration is one
    short transaction); holding the lock here makes the check deterministic.
    """
    from storage.db import _lock_schema, head_revision, make_engine

    ready = tmp_path / "migrator-ready"
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            _lock_schema(conn)
            proc = subprocess.Popen(
                [sys.executable, "-c", _MIGRATE.format(url=url, ready=str(ready))],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            deadline = time.monotonic() + 120
            while not ready.exists() and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(3)  # the child connects, finds the schema behind and asks for the lock
            assert proc.poll() is None, "migrated while another process held the schema lock"
            with engine.connect() as other:
                tables = other.exec_driver_sql(
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = 'sessions'"
                    if engine.dialect.name == "postgresql"
                    else "SELECT count(*) FROM sqlite_master WHERE name = 'sessions'"
                ).scalar()
            assert tables == 0, "the schema was created while the lock was held"
        out, err = proc.communicate(timeout=120)
    finally:
        engine.dispose()
    assert proc.returncode == 0, err
    assert out.strip() == head_revision(url)


def test_a_migration_waits_for_the_schema_lock_on_postgres(pg_url: str, tmp_path: Path) -> None:
    _waits_for_the_schema_lock(pg_url, tmp_path)


class _SwitchingCursor:
    """A DB-API cursor over a file in rollback mode whose switch to WAL fails `failures` times."""

    def __init__(self, failures: int, error: str = "database is locked", mode: str = "delete"):
        self.failures, self.error, self.mode = failures, error, mode
        self.switches = 0

    def execute(self, sql: str) -> None:
        if sql.endswith("=WAL"):
            self.switches += 1
            if self.switches <= self.failures:
                import sqlite3

                raise sqlite3.OperationalError(self.error)
            self.mode = "wal"

    def fetchone(self) -> tuple[str]:
        return (self.mode,)


def test_turning_on_wal_retries_while_another_connection_switches_the_file(tmp_path: Path) -> None:
    """The rare "database is locked" and "disk I/O error" of a concurrent first start on SQLite
    came from the switch to WAL (SQLite skips the busy handler there to avoid a deadlock); it is
    retried, a lasting failure is not, and a file already in WAL is never switched again."""
    import sqlite3

    from storage.db import _journal_mode_wal

    for error in ("database is locked", "disk I/O error"):
        cur = _SwitchingCursor(failures=2, error=error)
        _journal_mode_wal(cur, tmp_path / "x.db")
        assert (cur.switches, cur.mode) == (3, "wal")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _journal_mode_wal(_SwitchingCursor(failures=1000), tmp_path / "x.db")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        _journal_mode_wal(
            _SwitchingCursor(failures=1, error="attempt to write a readonly database")
        )
    already = _SwitchingCursor(failures=1000, mode="wal")
    _journal_mode_wal(already, tmp_path / "x.db")
    assert already.switches == 0


def test_a_new_database_file_is_private_and_made_once_by_racing_threads(tmp_path: Path) -> None:
    """Threads making one new file at once: one file, mode 600, no temporary files left behind."""
    from storage.db import _private_file

    path = tmp_path / "race.db"
    go = threading.Event()

    def make() -> None:
        go.wait()
        _private_file(path)

    threads = [threading.Thread(target=make) for _ in range(8)]
    for t in threads:
        t.start()
    go.set()
    for t in threads:
        t.join()
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir() if "race.db" in p.name] == ["race.db"]
