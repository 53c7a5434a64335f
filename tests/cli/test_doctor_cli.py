"""`interviewer doctor`: every check reported, nothing changed, no secret printed."""

from __future__ import annotations

import json
import sqlite3
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from interviewer.cli import cli

SECRET = "sk-doctor-test-9f8e7d6c5b4a"


@pytest.fixture(autouse=True)
def no_model_join(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The voice check joins a 140 MB Whisper model into each fresh home; only one test needs it."""
    if request.node.name != "test_voice_status_is_included":
        monkeypatch.setenv("INTERVIEWER_WHISPER_MODEL", str(tmp_path / "no-whisper-here"))


def doctor(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["doctor", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


class ChatServer:
    """A minimal OpenAI-compatible endpoint: answers "OK", or a 401 that echoes the key back."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.requests: list[dict[str, Any]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append(body)
                if server.status == 401:
                    key = self.headers.get("Authorization", "")
                    payload: dict[str, Any] = {
                        "error": {
                            "message": f"Incorrect API key provided: {key}",
                            "type": "invalid_request_error",
                            "code": "invalid_api_key",
                        }
                    }
                else:
                    payload = {
                        "id": "chatcmpl-1",
                        "object": "chat.completion",
                        "created": 0,
                        "model": body.get("model", "fake"),
                        "choices": [
                            {
                                "index": 0,
                                "finish_reason": "stop",
                                "message": {"role": "assistant", "content": "OK"},
                            }
                        ],
                        "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
                    }
                data = json.dumps(payload).encode()
                self.send_response(server.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> ChatServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def remote_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("INTERVIEWER_MODEL", "openai/fake-model")
    monkeypatch.setenv("INTERVIEWER_API_KEY", SECRET)
    monkeypatch.setenv("INTERVIEWER_TIMEOUT", "60")
    monkeypatch.setenv("INTERVIEWER_MAX_RETRIES", "0")
    yield


def test_offline_report(app_home: Path) -> None:
    code, out = doctor()
    assert code == 0, out
    assert "offline engine (no key needed)" in out
    assert str(app_home / "config.toml") in out and "not present" in out
    assert f"home: {app_home}" in out
    assert f"sqlite:///{app_home / 'interviewer.db'}" in out
    for pid in ("leader", "hr", "deep_dive", "star"):
        assert pid in out
    assert "API keys" in out and "Python" in out
    # Looking must not create the database.
    assert not (app_home / "interviewer.db").exists()


def test_json_report(app_home: Path) -> None:
    code, out = doctor("--json")
    assert code == 0
    r = json.loads(out)
    assert r["status"] in ("ok", "warn")
    assert r["python"].count(".") == 2 and r["packages"]["SQLAlchemy"]
    assert r["config_file"] == {
        "path": str(app_home / "config.toml"),
        "exists": False,
        "status": "ok",
    }
    assert r["home"] == str(app_home)
    assert r["database"]["status"] == "ok" and r["database"]["current"] is None
    assert r["database"]["head"]
    assert {"leader", "hr", "deep_dive"} <= set(r["personas"]["loaded"])
    assert r["personas"]["problems"] == [] and r["personas"]["status"] == "ok"
    assert r["model"]["models"] == [
        {
            "role": "model",
            "name": "offline",
            "status": "ok",
            "detail": "offline engine (no key needed)",
        }
    ]
    assert r["voice"]["status"] in ("ok", "warn")
    assert set(r["api_keys"].values()) <= {"set", "not set"}


def test_config_file_present(app_home: Path) -> None:
    (app_home / "config.toml").write_text('lang = "zh"\n', encoding="utf-8")
    r = json.loads(doctor("--json")[1])
    assert r["config_file"]["exists"] is True


def test_database_behind_head_is_reported_not_changed(app_home: Path) -> None:
    db = app_home / "interviewer.db"
    sqlite3.connect(db).close()  # exists, but no schema
    code, out = doctor("--json")
    r = json.loads(out)
    assert r["database"]["status"] == "warn" and "db upgrade" in r["database"]["detail"]
    assert code == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == []


def test_up_to_date_database(services) -> None:  # type: ignore[no-untyped-def]
    assert services.repo.count_turns(1) == 0  # creates and migrates the database
    r = json.loads(doctor("--json")[1])
    assert r["database"]["status"] == "ok" and r["database"]["current"] == r["database"]["head"]


def test_broken_user_files_are_listed(app_home: Path) -> None:
    (app_home / "personas").mkdir()
    (app_home / "personas" / "mine.yaml").write_text(
        "id: mine\nquestions: lots\n", encoding="utf-8"
    )
    code, out = doctor()
    assert code == 0
    assert str(app_home / "personas" / "mine.yaml") in out and "WARN" in out
    r = json.loads(doctor("--json")[1])
    assert r["personas"]["status"] == "warn"
    assert r["personas"]["problems"][0]["path"] == str(app_home / "personas" / "mine.yaml")


def test_reachable_model(remote_model: None, monkeypatch: pytest.MonkeyPatch) -> None:
    with ChatServer() as server:
        monkeypatch.setenv("INTERVIEWER_API_BASE", server.base_url)
        code, out = doctor("--json")
    assert code == 0, out
    [m] = json.loads(out)["model"]["models"]
    assert (m["name"], m["status"]) == ("openai/fake-model", "ok")
    assert server.requests, "the model was not called"
    assert SECRET not in out
    assert json.loads(out)["api_keys"]["INTERVIEWER_API_KEY"] == "set"


def test_rejected_key_is_an_error_without_the_key(
    remote_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ChatServer(status=401) as server:
        monkeypatch.setenv("INTERVIEWER_API_BASE", server.base_url)
        code, out = doctor()
        code_json, out_json = doctor("--json")
    assert code == 1 and code_json == 1
    assert "FAIL" in out and "openai/fake-model" in out
    assert SECRET not in out and SECRET not in out_json
    assert json.loads(out_json)["model"]["status"] == "error"


def test_judge_model_is_checked_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEWER_JUDGE_MODEL", "offline")
    monkeypatch.setenv("INTERVIEWER_MODEL", "offline")
    assert len(json.loads(doctor("--json")[1])["model"]["models"]) == 1
    with ChatServer() as server:
        monkeypatch.setenv("INTERVIEWER_MODEL", "openai/fake-model")
        monkeypatch.setenv("INTERVIEWER_API_BASE", server.base_url)
        monkeypatch.setenv("INTERVIEWER_API_KEY", SECRET)
        models = json.loads(doctor("--json")[1])["model"]["models"]
    assert [(m["role"], m["name"]) for m in models] == [
        ("model", "openai/fake-model"),
        ("judge_model", "offline"),
    ]


def test_voice_status_is_included() -> None:

    code, out = doctor("--json")
    voice = json.loads(out)["voice"]
    assert voice["status"] in ("ok", "warn") and voice["detail"]
    text = doctor()[1]
    assert "voice: " in text and "speech-to-text" in text


def test_unusable_whisper_setting_is_a_warning_not_a_failure() -> None:

    code, out = doctor("--json")
    r = json.loads(out)
    assert code == 0 and r["voice"]["status"] == "warn"
    assert "no-whisper-here" in r["voice"]["detail"]


def test_missing_optional_modules_are_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEWER_MODEL", "openai/fake-model")
    # None in sys.modules makes `import` fail as if the module were not installed.
    monkeypatch.setitem(sys.modules, "interviewer.llm.health", None)
    monkeypatch.setitem(sys.modules, "interviewer.voice.health", None)
    code, out = doctor("--json")
    r = json.loads(out)
    [m] = r["model"]["models"]
    assert m["status"] == "warn" and "interviewer.llm.health is missing" in m["detail"]
    assert r["voice"]["status"] == "warn" and "voice check unavailable" in r["voice"]["detail"]
    assert code == 0
