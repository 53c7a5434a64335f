"""`interviewer practice`: scripted interviews from stdin, the JSON contract, resume, crash safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from interviewer.cli import cli

DATA = Path(__file__).resolve().parents[1] / "data" / "engine"
ANSWERS = yaml.safe_load((DATA / "answers.yaml").read_text(encoding="utf-8"))
KINDS = {"question", "followup", "wrapup", "answer"}


def _blocks(answers: list[str]) -> str:
    return "".join(f"{a}\n\n" for a in answers)


def _practice(args: list[str], answers: list[str]):
    return CliRunner().invoke(cli, ["practice", *args], input=_blocks(answers))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_json_contract_and_project_questions(lang):
    res = _practice(
        ["--persona", "deep_dive", "--resume", str(DATA / f"resume_{lang}.md"), "--json"],
        ANSWERS[lang]["vague"][:3],
    )
    assert res.exit_code == 0, res.output + res.stderr
    out = json.loads(res.stdout)
    assert set(out) >= {"session_id", "persona", "lang", "model", "status", "turns", "report"}
    assert (out["persona"], out["lang"], out["model"], out["status"]) == (
        "deep_dive",
        lang,
        "offline",
        "active",
    )
    said = ""
    for t in out["turns"]:
        assert t["kind"] in KINDS and t["role"] in {"interviewer", "candidate"}
        assert set(t) >= {"text", "topic", "probes", "grades", "quote"}
        # A follow-up's quote is an exact span of the answer just given, and appears in its text.
        if t["quote"] is not None:
            assert t["kind"] == "followup" and t["quote"] in said and t["quote"] in t["text"]
        said = t["text"] if t["role"] == "candidate" else said
        if t["role"] == "candidate":
            assert t["grades"] and all(1 <= g["score"] <= 5 for g in t["grades"])
            for g in t["grades"]:
                assert all(q in t["text"] for q in g["evidence"])
    first = out["turns"][0]["text"]
    project = "Freight Quote Assistant" if lang == "en" else "售后知识问答助手"
    assert project in first
    kinds = [t["kind"] for t in out["turns"]]
    assert "followup" in kinds[:4]
    fu = out["turns"][kinds.index("followup")]
    assert set(fu["probes"]) & {"metrics", "baseline"}
    assert "--continue" in res.stderr


def test_whole_interview_finishes_with_a_report(tmp_path):
    answers = (ANSWERS["en"]["strong"] + ANSWERS["en"]["vague"]) * 8
    res = _practice(
        ["--persona", "leader", "--resume", str(DATA / "resume_en.md"), "--json"], answers
    )
    assert res.exit_code == 0, res.output + res.stderr
    out = json.loads(res.stdout)
    assert out["status"] == "finished"
    assert out["turns"][-1]["kind"] == "wrapup"
    report = out["report"]
    assert report["overall"] is not None and report["criteria"]
    assert report["strongest"]["answer"] and report["weakest"]["answer"]
    texts = [t["text"] for t in out["turns"] if t["role"] == "interviewer"]
    assert len(texts) == len(set(texts))


def test_lang_defaults_to_the_resume_language():
    res = _practice(["--resume", str(DATA / "resume_zh.md"), "--json"], [])
    assert res.exit_code == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["lang"] == "zh" and out["status"] == "active"
    assert out["turns"] and out["turns"][0]["role"] == "interviewer"


def test_human_output_shows_questions_and_scores():
    res = _practice(["--resume", str(DATA / "resume_en.md")], ANSWERS["en"]["vague"][:1])
    assert res.exit_code == 0, res.stderr
    assert "Q: " in res.stdout and "score " in res.stdout and "/100" in res.stdout


def test_continue_resumes_the_pending_question():
    first = _practice(
        ["--resume", str(DATA / "resume_en.md"), "--json"], ANSWERS["en"]["vague"][:1]
    )
    out = json.loads(first.stdout)
    pending = out["turns"][-1]
    assert pending["role"] == "interviewer"
    second = _practice(["--continue", str(out["session_id"]), "--json"], ["It got 20% better."])
    assert second.exit_code == 0, second.stderr
    assert pending["text"] in second.stderr
    out2 = json.loads(second.stdout)
    assert [t["text"] for t in out2["turns"][: len(out["turns"])]] == [
        t["text"] for t in out["turns"]
    ]
    assert out2["turns"][len(out["turns"])]["text"] == "It got 20% better."


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--persona", "nobody"], "nobody"),
        (["--focus", "charisma"], "charisma"),
        (["--continue", "999"], "999"),
        (["--resume", "missing.md"], "missing.md"),
    ],
)
def test_bad_input_is_a_clean_error(args, needle):
    res = _practice(args, [])
    assert res.exit_code != 0
    assert needle in (res.output + res.stderr)
    assert "Traceback" not in (res.output + res.stderr)


def test_voice_block_that_is_not_a_file_is_a_clean_error():
    res = _practice(["--voice"], ["/nonexistent/answer.wav"])
    assert res.exit_code == 1
    assert "answer.wav" in res.stderr and "Traceback" not in res.stderr


def _wait(pred, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return
        time.sleep(0.05)
    raise AssertionError("timed out waiting")


def test_sigkill_mid_session_loses_nothing_and_resumes(services, app_home):
    env = {**os.environ, "INTERVIEWER_HOME": str(app_home), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "interviewer",
            "practice",
            "--persona",
            "deep_dive",
            "--resume",
            str(DATA / "resume_en.md"),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        encoding="utf-8",
    )
    sink: list[str] = []
    threading.Thread(target=lambda: sink.extend(proc.stdout), daemon=True).start()
    answers = ANSWERS["en"]["vague"][:2]
    try:

        def answered() -> int:
            try:
                sessions = services.repo.list_sessions()
            except Exception:  # noqa: BLE001 - the database may not exist yet
                return -1
            if not sessions:
                return -1
            turns = services.repo.get_session(sessions[0].id).turns
            return sum(t.role == "candidate" for t in turns)

        _wait(lambda: answered() >= 0)
        proc.stdin.write(_blocks(answers))
        proc.stdin.flush()
        _wait(lambda: answered() >= 2)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    sid = services.repo.list_sessions()[0].id
    rec = services.repo.get_session(sid)
    assert rec.status == "active"
    turns = rec.turns
    assert [t.text for t in turns if t.role == "candidate"] == answers
    assert [t.index for t in turns] == list(range(len(turns)))
    for i, t in enumerate(turns):
        if t.role == "candidate":
            assert turns[i - 1].role == "interviewer"
    pending = turns[-1].text if turns[-1].role == "interviewer" else None

    res = subprocess.run(
        [sys.executable, "-m", "interviewer", "practice", "--continue", str(sid)],
        input=_blocks([ANSWERS["en"]["vague"][2]]),
        capture_output=True,
        text=True,
        env=env,
        encoding="utf-8",
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    after = services.repo.get_session(sid).turns
    assert [t.text for t in after[: len(turns)]] == [t.text for t in turns]
    if pending is not None:
        assert pending in res.stdout
        assert after[len(turns)].text == ANSWERS["en"]["vague"][2]
    else:
        assert after[len(turns)].role == "interviewer"
        assert after[len(turns)].text in res.stdout
    assert all(t.grades for t in after if t.role == "candidate")
    asked = [t.text for t in after if t.role == "interviewer"]
    assert len(asked) == len(set(asked))


@pytest.mark.slow
def test_voice_answers_are_transcribed_and_stored(tmp_path, services):
    """Real speech (espeak-ng) through the real Whisper model."""
    import shutil

    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    wav = tmp_path / "answer.wav"
    subprocess.run(
        [
            "espeak-ng",
            "-v",
            "en-us",
            "-w",
            str(wav),
            "We built a retrieval system and improved accuracy a lot.",
        ],
        check=True,
    )
    res = _practice(["--resume", str(DATA / "resume_en.md"), "--voice", "--json"], [str(wav)])
    assert res.exit_code == 0, res.stderr
    out = json.loads(res.stdout)
    answer = next(t for t in out["turns"] if t["role"] == "candidate")
    assert "retrieval" in answer["text"].lower()
    stored = services.repo.get_session(out["session_id"]).turns[1]
    assert stored.audio_path and Path(stored.audio_path).is_file()
    assert stored.asr is not None and stored.delivery is not None
