"""`interviewer practice --voice`: WAV answers are transcribed, stored and analysed per turn."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from voice_helpers import word_error_rate

from interviewer.cli import cli

ANSWERS = [
    "I led the rebuild of our retrieval pipeline. I chose a hybrid index over pure vector search "
    "because keyword queries failed. Recall went from 72 to 86 percent on our fixed test set.",
    "Um, I measured it with an offline set of 500 questions, and then, uh, a two week online test.",
]


def test_voice_session_is_scripted_from_wav_files(app_home, speech, monkeypatch) -> None:
    monkeypatch.setenv("INTERVIEWER_WHISPER_MODEL", "tiny.en")
    wavs = [speech(text, "en", "piper") for text in ANSWERS]
    result = CliRunner().invoke(
        cli, ["practice", "--voice", "--persona", "leader", "--lang", "en", "--json"],
        input="\n\n".join(str(p) for p in wavs) + "\n",
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout.strip().splitlines()[-1])
    answers = [t for t in out["turns"] if t["role"] == "candidate"]
    assert len(answers) == 2
    for spoken, turn in zip(ANSWERS, answers, strict=True):
        assert word_error_rate(spoken, turn["text"]) <= 0.25, turn["text"]

    from interviewer.services import Services

    svc = Services()
    try:
        stored = [t for t in svc.repo.get_session(out["session_id"]).turns if t.role == "candidate"]
    finally:
        svc.close()
    for turn in stored:
        assert turn.audio_path and Path(turn.audio_path).is_file()
        assert Path(turn.audio_path).parent == app_home / "audio" / str(out["session_id"])
        assert turn.asr is not None and turn.asr.model == "tiny.en" and turn.asr.processing_ms > 0
        assert turn.delivery is not None and turn.delivery.rate_unit == "wpm"
    assert stored[1].delivery.fillers.get("um", 0) + stored[1].delivery.fillers.get("uh", 0) >= 1
