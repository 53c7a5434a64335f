"""Audio clips live beside the database, per session, and go when the session is deleted."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from interviewer.errors import InputError
from interviewer.types import TurnRecord
from interviewer.voice.audio import load_audio, read_wav, session_audio_dir, store_audio, wav_bytes


def _session(services) -> int:
    return services.repo.create_session(
        persona="leader",
        rubric="star",
        lang="en",
        model="offline",
        persona_snapshot={},
        rubric_snapshot={},
    )


def test_clips_are_stored_beside_the_db_and_deleted_with_the_session(services, speech) -> None:
    settings = services.settings
    sid, other = _session(services), _session(services)
    answer = store_audio(settings, sid, 1, speech("My answer is short.", "en"))
    question = store_audio(settings, sid, 0, speech("Tell me about it.", "en").read_bytes())
    kept = store_audio(settings, other, 1, speech("My answer is short.", "en"))
    db_file = settings.database_url.removeprefix("sqlite:///")
    assert session_audio_dir(settings, sid).parent.parent == settings.home
    assert Path(db_file).resolve().parent == settings.home.resolve()
    for index, path in ((0, question), (1, answer)):
        services.repo.add_turn(
            TurnRecord(
                session_id=sid,
                index=index,
                role="candidate" if index else "interviewer",
                kind="answer" if index else "question",
                text="x",
                audio_path=path,
            )
        )
    stored = services.repo.get_session(sid)
    assert [t.audio_path for t in stored.turns] == [question, answer]
    assert load_audio(answer).size > 16_000  # replayable: decodes to real samples

    services.repo.delete_session(sid)
    assert not session_audio_dir(settings, sid).exists()
    assert not Path(answer).exists()
    assert Path(kept).exists(), "another session's audio must stay"


def test_stored_wav_round_trips(app_home) -> None:
    import numpy as np

    from interviewer.config import load_settings

    tone = np.sin(np.linspace(0, 2 * np.pi * 440, 16_000)).astype(np.float32) * 0.5
    path = store_audio(load_settings(), 7, 3, wav_bytes(tone, 16_000))
    assert re.search(r"audio/7/turn-003-[0-9a-f]{16}\.wav$", path), path
    again = store_audio(load_settings(), 7, 3, wav_bytes(tone, 16_000))
    assert again != path, "clip names must not be guessable from the turn number"
    back = read_wav(Path(path))
    assert back.size == 16_000
    assert np.allclose(back, tone, atol=1e-3)


@pytest.mark.parametrize("data", [b"data", b"<html><script>x</script></html>", b"RIFF....WAVE"])
def test_what_is_not_a_recording_is_refused_and_nothing_is_kept(app_home, data) -> None:
    from interviewer.config import load_settings

    settings = load_settings()
    with pytest.raises(InputError, match="not a recording"):
        store_audio(settings, 1, 0, data)
    assert not any(p.is_file() for p in settings.audio_dir.rglob("*"))


def test_missing_source_file_is_an_input_error(app_home, tmp_path) -> None:
    from interviewer.config import load_settings

    with pytest.raises(InputError, match="not found"):
        store_audio(load_settings(), 1, 0, tmp_path / "nope.wav")
