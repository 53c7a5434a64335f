"""Many writers at once, each with its own Database/Repository: nothing locked, nothing lost."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

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


_WORKER = """
import sys, time, pathlib
sys.path.insert(0, {tests_dir!r})
from test_concurrency import write_one_session
go = pathlib.Path({go!r})
while not go.exists():
    time.sleep(0.005)
print(write_one_session({url!r}, int(sys.argv[1])))
"""


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
    go = tmp_path / "go"
    script = _WORKER.format(tests_dir=str(Path(__file__).parent), go=str(go), url=url)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(w)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(PROCESSES)
    ]
    go.touch()
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        assert "database is locked" not in err
    _assert_all_rows(url, PROCESSES, [int(out.strip().splitlines()[-1]) for out, _ in outputs])


def test_threads_write_one_sqlite_file(tmp_path: Path) -> None:
    _threads(f"sqlite:///{tmp_path / 'shared.db'}")


def test_processes_write_one_sqlite_file(tmp_path: Path) -> None:
    _processes(f"sqlite:///{tmp_path / 'shared.db'}", tmp_path)


def test_threads_write_postgres(pg_url: str) -> None:
    _threads(pg_url)


def test_processes_write_postgres(pg_url: str, tmp_path: Path) -> None:
    _processes(pg_url, tmp_path)


_FIRST_START = """
import sys, time, pathlib
from storage.db import Database, current_revision
go = pathlib.Path({go!r})
while not go.exists():
    time.sleep(0.005)
db = Database({url!r})
print(current_revision(db.engine))
db.dispose()
"""


def _first_start(url: str, tmp_path: Path) -> None:
    """Several processes and threads open a blank database at once: one migrates, all work."""
    go = tmp_path / "go-first"
    script = _FIRST_START.format(go=str(go), url=url)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    errors: list[BaseException] = []

    def run() -> None:
        try:
            Database(url).dispose()
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(4)]
    go.touch()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    outputs = [p.communicate(timeout=300) for p in procs]
    assert not errors, repr(errors[0])
    from storage.db import head_revision

    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        assert out.strip() == head_revision(url)
    _assert_all_rows_after_first_start(url)


def _assert_all_rows_after_first_start(url: str) -> None:
    sid = write_one_session(url, 0)
    _assert_all_rows(url, 1, [sid])


def test_first_start_migrates_once_on_sqlite(tmp_path: Path) -> None:
    _first_start(f"sqlite:///{tmp_path / 'blank.db'}", tmp_path)


def test_first_start_migrates_once_on_postgres(pg_url: str, tmp_path: Path) -> None:
    _first_start(pg_url, tmp_path)
