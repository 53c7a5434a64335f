"""Twenty simultaneous sessions on one SQLite file, web and CLI at once.

tests/storage covers many writers through the repository and tests/web many browser sessions;
here both kinds run together: `practice` processes (as a terminal user runs them) next to threads
driving interviews the way the web server does (one Services, a RunnerCache, one lock per
session). No 'database is locked', no lost or reordered turn, every answer graded.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from reliability_helpers import blocks, cli_env, db_rows, last_json

CLI_SESSIONS = 8
WEB_SESSIONS = 12
ANSWERS = 3


def _answers(tag: str) -> list[str]:
    return [
        f"[{tag}-{i}] I owned the cache layer and cut p95 latency from 900 ms to "
        f"{300 + i} ms, measured on 400 logged queries."
        for i in range(ANSWERS)
    ]


def _web_session(
    services, cache, owner: str, done: dict[str, int], errors: list[str], start: threading.Barrier
) -> None:  # type: ignore[no-untyped-def]
    from interviewer.engine.session import InterviewRunner

    try:
        start.wait(timeout=120)
        runner = InterviewRunner.start(services, persona_id="leader", lang="en", owner=owner)
        cache.put(owner, runner)
        sid = runner.session_id
        for answer in _answers(owner):
            with cache.use(owner, sid) as r:
                r.next_question()
            with cache.use(owner, sid) as r:
                r.submit_answer(answer)
        with cache.use(owner, sid) as r:
            r.next_question()
        done[owner] = sid
    except Exception as e:  # noqa: BLE001 - reported below with the session it broke
        errors.append(f"{owner}: {type(e).__name__}: {e}")


def test_twenty_simultaneous_web_and_cli_sessions_on_one_sqlite_file(
    app_home: Path, services
) -> None:
    from interviewer.web.runners import RunnerCache

    services.repo.list_sessions()  # the schema exists before anyone races to create it
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "interviewer",
                "practice",
                "--persona",
                "leader",
                "--lang",
                "en",
                "--json",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=cli_env(app_home),
        )
        for _ in range(CLI_SESSIONS)
    ]
    cache = RunnerCache(services)
    done: dict[str, int] = {}
    errors: list[str] = []
    start = threading.Barrier(WEB_SESSIONS)
    threads = [
        threading.Thread(
            target=_web_session, args=(services, cache, f"web{i}", done, errors, start)
        )
        for i in range(WEB_SESSIONS)
    ]
    for t in threads:
        t.start()
    results = [p.communicate(blocks(_answers(f"cli{i}")), timeout=280) for i, p in enumerate(procs)]
    for t in threads:
        t.join(timeout=280)

    assert not errors, errors
    assert len(done) == WEB_SESSIONS
    cli_sessions: dict[str, int] = {}
    for i, (p, (out, err)) in enumerate(zip(procs, results, strict=True)):
        assert p.returncode == 0, err[-2000:]
        assert "locked" not in err.lower() and "Traceback" not in err
        cli_sessions[f"cli{i}"] = last_json(out)["session_id"]

    sessions = {**cli_sessions, **done}
    assert len(set(sessions.values())) == CLI_SESSIONS + WEB_SESSIONS
    assert db_rows(app_home, "SELECT count(*) FROM sessions")[0][0] == len(sessions)
    for tag, sid in sessions.items():
        turns = db_rows(
            app_home,
            'SELECT "index", role, text, id FROM turns WHERE session_id = ? ORDER BY "index"',
            sid,
        )
        assert [t[0] for t in turns] == list(range(len(turns))), tag
        assert [t[2] for t in turns if t[1] == "candidate"] == _answers(tag), tag
        assert turns[-1][1] == "interviewer"
        for index, role, _, turn_id in turns:
            if role == "candidate":
                assert turns[index - 1][1] == "interviewer"
                assert (
                    db_rows(app_home, "SELECT count(*) FROM grades WHERE turn_id = ?", turn_id)[0][
                        0
                    ]
                    > 0
                ), f"{tag}: answer {index} lost its grades"
