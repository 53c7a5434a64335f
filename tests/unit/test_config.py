"""Settings: TOML file, env vars over it, clear errors, and API keys that go nowhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from interviewer.cli import cli
from interviewer.config import config_file, home_dir, load_settings
from interviewer.errors import ConfigError

SECRET = "sk-test-0123456789abcdefSECRET"


def test_home_and_config_file_follow_env(
    app_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert home_dir() == app_home
    assert config_file() == app_home / "config.toml"
    elsewhere = tmp_path / "etc" / "interviewer.toml"
    monkeypatch.setenv("INTERVIEWER_CONFIG", str(elsewhere))
    assert config_file() == elsewhere
    settings = load_settings()
    assert settings.home == app_home
    assert settings.database_url == f"sqlite:///{app_home / 'interviewer.db'}"
    assert settings.model == "offline"  # the default needs no key


def test_toml_values_are_read_and_env_vars_win(
    app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (app_home / "config.toml").write_text(
        'model = "openai/gpt-4o-mini"\nport = 9001\nlang = "zh"\ntimeout = 12.5\n', encoding="utf-8"
    )
    settings = load_settings()
    assert (settings.model, settings.port, settings.lang, settings.timeout) == (
        "openai/gpt-4o-mini",
        9001,
        "zh",
        12.5,
    )
    monkeypatch.setenv("INTERVIEWER_MODEL", "offline")
    monkeypatch.setenv("INTERVIEWER_PORT", "8123")
    settings = load_settings()
    assert (settings.model, settings.port, settings.lang) == ("offline", 8123, "zh")
    # Explicit overrides (CLI flags) beat both.
    assert (
        load_settings(model="deepseek/deepseek-chat", port=None).model == "deepseek/deepseek-chat"
    )


def test_interviewer_config_points_at_another_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "team.toml"
    path.write_text('judge_model = "offline"\nlog_llm_calls = false\n', encoding="utf-8")
    monkeypatch.setenv("INTERVIEWER_CONFIG", str(path))
    settings = load_settings()
    assert settings.judge_model == "offline" and settings.log_llm_calls is False


def test_unknown_settings_are_ignored(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (app_home / "config.toml").write_text(
        'colour = "red"\nport = 7001\n[extra]\nx = 1\n', encoding="utf-8"
    )
    monkeypatch.setenv("INTERVIEWER_FAVOURITE_FOOD", "noodles")
    settings = load_settings()
    assert settings.port == 7001 and not hasattr(settings, "colour")


@pytest.mark.parametrize(
    "content",
    [
        b'model = "unterminated\n',
        b"port = \n",
        b"[[[\n",
        'model = "面试"\n'.encode("gbk"),
    ],
)
def test_broken_toml_is_a_config_error_naming_the_file(app_home: Path, content: bytes) -> None:
    path = app_home / "config.toml"
    path.write_bytes(content)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert str(path) in info.value.message
    assert "delete it" in (info.value.hint or "")


def test_wrong_type_names_the_setting(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (app_home / "config.toml").write_text('port = "eighty"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert "'port'" in info.value.message and "INTERVIEWER_PORT" in (info.value.hint or "")
    (app_home / "config.toml").unlink()
    monkeypatch.setenv("INTERVIEWER_TIMEOUT", "soon")
    with pytest.raises(ConfigError, match="timeout"):
        load_settings()


def test_broken_config_is_a_clean_cli_error(app_home: Path) -> None:
    """Through the real entry point: one message naming the file, exit 1, no traceback."""
    (app_home / "config.toml").write_text("model = [\n", encoding="utf-8")
    env = {**os.environ, "INTERVIEWER_HOME": str(app_home)}
    env.pop("INTERVIEWER_RAISE_ERRORS", None)
    proc = subprocess.run(
        [sys.executable, "-m", "interviewer", "personas", "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 1
    assert str(app_home / "config.toml") in proc.stderr and "not valid TOML" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_broken_config_is_reported_by_doctor(app_home: Path) -> None:
    (app_home / "config.toml").write_text("port = ]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["doctor"])
    assert result.exit_code == 1
    assert "not valid TOML" in result.output and str(app_home / "config.toml") in result.output


def test_api_key_is_secret_everywhere(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEWER_API_KEY", SECRET)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET + "2")
    settings = load_settings()
    assert settings.api_key is not None and settings.api_key.get_secret_value() == SECRET
    assert SECRET not in repr(settings) and SECRET not in str(settings.model_dump())

    for args in (["doctor"], ["doctor", "--json"]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        assert SECRET not in result.output
        assert "INTERVIEWER_API_KEY" in result.output and "OPENAI_API_KEY" in result.output


def test_api_key_never_reaches_the_database(services) -> None:  # type: ignore[no-untyped-def]
    repo = services.repo
    sid = repo.create_session(
        persona="leader",
        rubric="star",
        lang="en",
        model="openai/x",
        persona_snapshot={},
        rubric_snapshot={},
    )
    repo.record_llm_call(
        purpose="question",
        model="openai/x",
        messages=[{"role": "user", "content": "hi"}],
        options={"api_key": SECRET, "temperature": 0.3, "extra_headers_key": SECRET},
        response="hello",
        duration_ms=3.0,
        session_id=sid,
    )
    services.close()
    db_file = services.settings.home / "interviewer.db"
    raw = b"".join(p.read_bytes() for p in db_file.parent.glob("interviewer.db*"))
    assert b"hello" in raw  # the row is there (main file or WAL) ...
    assert SECRET.encode() not in raw  # ... and the key is not
