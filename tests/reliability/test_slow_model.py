"""A dead or slow model never loses a turn.

`practice` with a model that never answers (or answers after the deadline) keeps going on the
offline engine call by call: every answer is stored and graded (flag `fallback`), and the session
resumes on the offline engine. Killed with SIGKILL while a model call hangs, the answer that was
being graded is already in the database and is graded when the session is continued.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from reliability_helpers import (
    blocks,
    cli_env,
    db_rows,
    last_json,
    load_fake_server_module,
    run_cli,
)

ANSWERS = [
    "I owned the retrieval layer and cut p95 latency from 900 ms to 300 ms by caching embeddings.",
    "I chose caching over a bigger GPU because it was a tenth of the cost; the trade-off was "
    "stale answers for up to an hour, which I measured on 400 logged queries.",
]
LATER = "The hardest part was invalidation: I keyed the cache on the document version."


@pytest.fixture
def server():  # type: ignore[no-untyped-def]
    srv = load_fake_server_module().FakeOpenAIServer(slow_seconds=20).start()
    yield srv
    srv.stop()


def _model_env(srv: Any, timeout: str) -> dict[str, str]:
    return dict(
        INTERVIEWER_API_BASE=srv.base_url,
        INTERVIEWER_API_KEY="sk-test-unused",
        INTERVIEWER_TIMEOUT=timeout,
        INTERVIEWER_MAX_RETRIES="0",
    )


def _candidates(home: Path, sid: int) -> list[tuple[int, str, int]]:
    """(index, text, number of grade rows) of the stored answers."""
    return db_rows(
        home,
        'SELECT t."index", t.text, count(g.id) FROM turns t LEFT JOIN grades g '
        "ON g.turn_id = t.id WHERE t.session_id = ? AND t.role = 'candidate' "
        'GROUP BY t.id ORDER BY t."index"',
        sid,
    )


def _continue_offline(home: Path, sid: int, answer: str) -> dict[str, Any]:
    proc = run_cli(
        ["practice", "--continue", str(sid), "--model", "offline", "--json"], home, blocks([answer])
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    return last_json(proc.stdout)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def unresponsive_runs(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """practice against a model that never replies, one that replies late, one that is down."""
    srv = load_fake_server_module().FakeOpenAIServer(slow_seconds=20).start()
    runs = {}
    try:
        for mode, sent in (("hang", ANSWERS), ("slow", ANSWERS[:1]), ("dead", ANSWERS[:1])):
            home = tmp_path_factory.mktemp(mode) / "home"
            home.mkdir()
            srv.mode = mode if mode != "dead" else "normal"
            env = _model_env(srv, "1")
            if mode == "dead":  # nothing listens there: every call is refused at once
                env["INTERVIEWER_API_BASE"] = f"http://127.0.0.1:{_closed_port()}/v1"
            proc = run_cli(
                [
                    "practice",
                    "--persona",
                    "leader",
                    "--lang",
                    "en",
                    "--model",
                    "openai/fake",
                    "--json",
                ],
                home,
                blocks(sent),
                **env,
            )
            runs[mode] = (home, sent, proc)
        yield runs
    finally:
        srv.stop()


@pytest.mark.parametrize(
    "mode", ["hang", "slow", "dead"], ids=["no-reply", "late-reply", "connection-refused"]
)
def test_practice_with_an_unresponsive_model_keeps_every_turn(unresponsive_runs, mode: str) -> None:
    home, sent, proc = unresponsive_runs[mode]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = last_json(proc.stdout)
    sid = out["session_id"]
    stored = _candidates(home, sid)
    assert [text for _, text, _ in stored] == sent
    assert all(n > 0 for _, _, n in stored)  # graded, by the offline grader
    flags = [
        json.loads(f)
        for (f,) in db_rows(
            home,
            "SELECT DISTINCT g.flags FROM grades g JOIN turns t ON t.id = g.turn_id "
            "WHERE t.session_id = ?",
            sid,
        )
    ]
    assert flags and all("fallback" in f for f in flags)
    assert out["turns"][-1]["role"] == "interviewer"  # the interview went on
    errors = db_rows(home, "SELECT error FROM llm_calls WHERE error IS NOT NULL")
    assert errors  # the failures were recorded, not hidden

    resumed = _continue_offline(home, sid, LATER)
    assert [t["text"] for t in resumed["turns"] if t["role"] == "candidate"] == [*sent, LATER]
    assert [t["text"] for t in resumed["turns"][: len(out["turns"])]] == [
        t["text"] for t in out["turns"]
    ]


def test_practice_says_when_the_model_did_not_reply(unresponsive_runs) -> None:
    _, _, proc = unresponsive_runs["hang"]
    assert proc.returncode == 0
    said = proc.stderr.lower()
    assert "offline" in said and (
        "did not reply" in said
        or "timed out" in said
        or "no reply" in said
        or "not respond" in said
    )


def _wait(pred: Any, timeout: float = 150.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return
        time.sleep(0.1)
    raise AssertionError("timed out waiting")


def test_sigkill_while_the_model_hangs_loses_no_answer(app_home: Path, server) -> None:
    server.mode = "hang"
    server.script(["normal"])  # the opening question is written; every later call hangs
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "interviewer",
            "practice",
            "--persona",
            "leader",
            "--lang",
            "en",
            "--model",
            "openai/fake",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        env=cli_env(app_home, **_model_env(server, "120")),
    )
    out: list[str] = []
    threading.Thread(target=lambda: out.extend(proc.stdout), daemon=True).start()
    db = app_home / "interviewer.db"

    def count(where: str) -> int:
        if not db.exists():
            return -1
        try:
            return db_rows(app_home, f"SELECT count(*) FROM turns WHERE {where}")[0][0]
        except Exception:  # noqa: BLE001 - the tables may not exist yet
            return -1

    try:
        _wait(lambda: count("role = 'interviewer'") >= 1)
        proc.stdin.write(blocks(ANSWERS[:1]))
        proc.stdin.flush()
        _wait(lambda: count("role = 'candidate'") >= 1 and len(server.requests) >= 2)
        time.sleep(0.3)  # the grading call is now hanging on the model
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    (sid,) = db_rows(app_home, "SELECT id FROM sessions")[0]
    assert _candidates(app_home, sid) == [(1, ANSWERS[0], 0)]  # stored, not graded yet

    resumed = _continue_offline(app_home, sid, LATER)
    stored = _candidates(app_home, sid)
    assert [text for _, text, _ in stored] == [ANSWERS[0], LATER]
    assert all(n > 0 for _, _, n in stored)  # the killed answer was graded on resume
    assert resumed["status"] == "active"
