"""`interviewer practice --voice`: WAV answers are transcribed, stored and analysed per turn, and
every question is read aloud into the session's audio folder, replayable and deleted with it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from voice_helpers import word_error_rate

from bench._servers import free_port
from interviewer.cli import cli

ANSWERS = [
    "I led the rebuild of our retrieval pipeline. I chose a hybrid index over pure vector search "
    "because keyword queries failed. Recall went from 72 to 86 percent on our fixed test set.",
    "Um, I measured it with an offline set of 500 questions, and then, uh, a two week online test.",
]
ZH_ANSWERS = [
    "我负责重建检索系统。我选择了混合索引，因为关键词查询经常失败。召回率从百分之七十二提高到八十六。",
    "嗯，我们用五百个问题做离线评测，然后做了两周的线上实验。",
]


@pytest.fixture
def edge_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default tts = auto with edge-tts pointed at a closed local port (never the internet):
    the real chain fails once and falls back to piper (en) / espeak-ng (zh)."""
    import edge_tts.communicate

    from interviewer.voice import tts as tts_mod

    monkeypatch.setattr(
        edge_tts.communicate,
        "WSS_URL",
        f"wss://127.0.0.1:{free_port()}/edge/v1?TrustedClientToken=x",
    )
    monkeypatch.setattr(tts_mod, "_chains", {})


def _practise(wavs: list[Path], lang: str) -> tuple[dict, str]:
    result = CliRunner().invoke(
        cli,
        ["practice", "--voice", "--persona", "leader", "--lang", lang, "--json"],
        input="\n\n".join(str(p) for p in wavs) + "\n",
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def _stored_turns(session_id: int) -> list:
    from interviewer.services import Services

    svc = Services()
    try:
        return list(svc.repo.get_session(session_id).turns)
    finally:
        svc.close()


def _check_question_audio(turns: list, folder: Path) -> None:
    """Every interviewer turn has a decodable, non-empty clip inside the session's folder."""
    from interviewer.voice.audio import load_audio

    questions = [t for t in turns if t.role == "interviewer"]
    assert len(questions) >= 3
    for q in questions:
        assert q.audio_path, f"question {q.index} has no audio"
        path = Path(q.audio_path)
        assert path.parent == folder and re.fullmatch(
            rf"question-{q.index:03d}-[0-9a-f]{{16}}\.(wav|mp3)", path.name
        )
        samples = load_audio(path)
        assert samples.size > 16_000 * 0.5 and float(abs(samples).max()) > 0.01


def _show_then_delete(session_id: int, folder: Path, unit: str) -> None:
    shown = CliRunner().invoke(cli, ["sessions", "show", str(session_id)])
    assert shown.exit_code == 0, shown.output
    assert shown.output.count(f" {unit}; fillers ") == 2, shown.output
    assert shown.output.count("speech recognition: ") == 2
    md = CliRunner().invoke(cli, ["sessions", "export", str(session_id)])
    assert md.output.count("- delivery: ") == 2 and "- audio: question-000-" in md.output
    assert any(folder.iterdir())
    gone = CliRunner().invoke(cli, ["sessions", "delete", str(session_id), "--yes"])
    assert gone.exit_code == 0, gone.output
    assert not folder.exists()


def test_voice_session_is_scripted_from_wav_files(
    app_home, speech, monkeypatch, edge_unreachable
) -> None:
    monkeypatch.setenv("INTERVIEWER_WHISPER_MODEL", "tiny.en")
    wavs = [speech(text, "en", "piper") for text in ANSWERS]
    out, _ = _practise(wavs, "en")
    answers = [t for t in out["turns"] if t["role"] == "candidate"]
    assert len(answers) == 2
    for spoken, turn in zip(ANSWERS, answers, strict=True):
        assert word_error_rate(spoken, turn["text"]) <= 0.25, turn["text"]

    stored = _stored_turns(out["session_id"])
    folder = app_home / "audio" / str(out["session_id"])
    for turn in (t for t in stored if t.role == "candidate"):
        assert turn.audio_path and Path(turn.audio_path).is_file()
        assert Path(turn.audio_path).parent == folder
        assert turn.asr is not None and turn.asr.model == "tiny.en" and turn.asr.processing_ms > 0
        assert turn.delivery is not None and turn.delivery.rate_unit == "wpm"
    said = [t for t in stored if t.role == "candidate"][1].delivery
    assert said.fillers.get("um", 0) + said.fillers.get("uh", 0) >= 1
    _check_question_audio(stored, folder)
    _show_then_delete(out["session_id"], folder, "wpm")


def test_chinese_voice_session_with_the_multilingual_model(
    app_home, speech, base_model, monkeypatch, edge_unreachable
) -> None:
    monkeypatch.setenv("INTERVIEWER_WHISPER_MODEL", str(base_model.path))
    wavs = [speech(text, "zh") for text in ZH_ANSWERS]
    out, _ = _practise(wavs, "zh")
    stored = _stored_turns(out["session_id"])
    answers = [t for t in stored if t.role == "candidate"]
    assert len(answers) == 2
    folder = app_home / "audio" / str(out["session_id"])
    for turn in answers:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in turn.text), turn.text
        assert turn.asr is not None and turn.asr.language == "zh"
        assert turn.delivery is not None and turn.delivery.rate_unit == "cpm"
        assert turn.delivery.rate > 0
        assert Path(turn.audio_path).parent == folder
    _check_question_audio(stored, folder)
    _show_then_delete(out["session_id"], folder, "chars/min")


def test_without_speech_the_interview_goes_on_and_says_so_once(
    app_home, speech, monkeypatch
) -> None:
    monkeypatch.setenv("INTERVIEWER_WHISPER_MODEL", "tiny.en")
    monkeypatch.setenv("INTERVIEWER_TTS", "off")
    out, err = _practise([speech(ANSWERS[0], "en", "piper")], "en")
    assert err.count("questions are not spoken") == 1, err
    assert "text-to-speech is off" in err
    stored = _stored_turns(out["session_id"])
    assert [t.role for t in stored][:3] == ["interviewer", "candidate", "interviewer"]
    assert all(t.audio_path is None for t in stored if t.role == "interviewer")
    assert all(t.audio_path for t in stored if t.role == "candidate")
