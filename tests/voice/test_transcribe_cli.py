"""`interviewer transcribe FILE`, through the real command and a real Whisper model."""

from __future__ import annotations

import json

from click.testing import CliRunner
from voice_helpers import word_error_rate

from interviewer.cli import cli

ANSWER = "We cut the cost of each query in half by caching embeddings."


def test_transcribe_json(app_home, speech, monkeypatch) -> None:
    monkeypatch.setenv("INTERVIEWER_WHISPER_MODEL", "tiny.en")
    result = CliRunner().invoke(
        cli, ["transcribe", str(speech(ANSWER, "en", "piper")), "--lang", "en", "--json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert word_error_rate(ANSWER, out["text"]) <= 0.25, out["text"]
    assert out["model"] == "tiny.en" and out["language"] == "en"
    assert out["audio_seconds"] > 2 and out["processing_ms"] > 0
    assert out["delivery"]["rate_unit"] == "wpm" and out["delivery"]["rate"] > 60
    assert any(s["kind"] == "speech" for s in out["segments"])


def test_transcribe_plain_text_chinese_with_base(app_home, speech, base_model) -> None:
    path = speech("你好，我是一名软件工程师，主要负责检索系统。", "zh")
    result = CliRunner().invoke(
        cli, ["transcribe", str(path), "--whisper-model", str(base_model.path)]
    )
    assert result.exit_code == 0, result.output
    text = result.stdout.strip()
    assert text and any("\u4e00" <= ch <= "\u9fff" for ch in text), text


def test_missing_model_says_what_to_configure(app_home, speech) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "transcribe",
            str(speech("Hello there.", "en")),
            "--whisper-model",
            str(app_home / "none"),
        ],
    )
    assert result.exit_code == 1
    assert "whisper_model" in result.output and "INTERVIEWER_WHISPER_MODEL" in result.output
    assert "Traceback" not in result.output


def test_unreadable_audio_is_a_clean_error(app_home, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("INTERVIEWER_WHISPER_MODEL", "tiny.en")
    bad = tmp_path / "answer.wav"
    bad.write_text("this is not audio")
    result = CliRunner().invoke(cli, ["transcribe", str(bad)])
    assert result.exit_code == 1
    assert "cannot decode audio" in result.output
