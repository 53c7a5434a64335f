"""Answers spoken into the web app's microphone: blocks are transcribed while the candidate speaks,
and stopping the recording submits the answer with its audio, ASR info and delivery analytics.

Real parts: espeak-ng/piper speech, the real multilingual Whisper base model, a real SQLite file
and the real offline interview engine, driven through the web handlers the browser calls.
"""

from __future__ import annotations

import time
import wave
from pathlib import Path

import numpy as np
import pytest
from voice_helpers import read_wav, word_error_rate

from interviewer.web import handlers as h
from interviewer.web import state as ws
from interviewer.web.strings import t

EN = [
    "I owned the retrieval layer of our support assistant.",
    "I added a reranker, and accuracy went from 72 to 86 percent in a month.",
]
ZH = "我负责检索模块。我们把延迟从八百毫秒降到了两百毫秒。"
BLOCK_SECONDS = 0.25


@pytest.fixture
def ctx(services, base_model, monkeypatch):
    from interviewer.config import load_settings

    monkeypatch.setenv("INTERVIEWER_WHISPER_MODEL", str(base_model.path))
    services.settings = load_settings()
    return ws.WebContext(services)


def _speak_into_mic(ctx, state, samples: np.ndarray, rate: int) -> None:
    """Send the recording in microphone-sized int16 blocks, as the browser does."""
    pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)
    block = int(rate * BLOCK_SECONDS)
    h.start_live_answer(ctx, state)
    heard = t("heard_so_far", state["lang"], text="")
    for i in range(0, pcm.size, block):
        notice = h.live_chunk(ctx, state, (rate, pcm[i : i + block]))
        assert notice == "" or notice.startswith(heard), notice


def _answer(speech, sentences: list[str], lang: str, engine: str, silence: float = 1.0):
    pieces, rate = [], 0
    for sentence in sentences:
        samples, rate = read_wav(speech(sentence, lang, engine))
        pieces += [samples, np.zeros(int(0.7 * rate), np.float32)]
    pieces.append(np.zeros(int(silence * rate), np.float32))
    return np.concatenate(pieces), rate


def _start(ctx, lang: str):
    views = list(h.start_interview(ctx, None, persona_id="leader", lang=lang, model="offline"))
    return views[-1].state


def test_spoken_answer_is_submitted_when_recording_stops(ctx, speech) -> None:
    state = _start(ctx, "en")
    samples, rate = _answer(speech, EN, "en", "piper")
    _speak_into_mic(ctx, state, samples, rate)
    live = ctx.live._answers[state["owner"]]
    deadline = time.monotonic() + 60
    while not live.transcriber.heard_so_far() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert live.transcriber.heard_so_far(), "nothing was transcribed before stop"
    # the next block tells the candidate what was heard so far, once
    notice = h.live_chunk(ctx, state, (rate, np.zeros(rate // 4, np.int16)))
    assert notice.startswith("Heard so far: "), notice
    heard_text = notice.removeprefix("Heard so far: ")
    said_first = " ".join(" ".join(EN).split()[: len(heard_text.split())])
    assert word_error_rate(said_first, heard_text) <= 0.3, notice
    assert h.live_chunk(ctx, state, (rate, np.zeros(rate // 4, np.int16))) == ""

    views = list(h.finish_live_answer(ctx, state))
    final = views[-1]
    assert final.notice.startswith(t("transcribed", "en", text="").split("{")[0].strip())
    assert final.active and "/5" in (final.scorecard or "")
    # the score card also shows the recording and its delivery analytics
    assert "<audio" in final.scorecard and "iv-delivery" in final.scorecard
    assert "wpm" in final.scorecard
    turns = ctx.services.repo.get_session(state["session_id"]).turns
    answer = turns[1]
    assert answer.role == "candidate"
    assert word_error_rate(" ".join(EN), answer.text) <= 0.25, answer.text
    assert answer.asr is not None and answer.asr.language == "en"
    recorded = samples.size / rate + 0.5  # the answer and the two blocks above
    assert answer.asr.audio_seconds == pytest.approx(recorded, abs=0.1)
    assert answer.delivery is not None and answer.delivery.rate_unit == "wpm"
    assert 60 < answer.delivery.rate < 260
    stored = Path(answer.audio_path)
    assert stored.parent == ctx.services.settings.audio_dir / str(state["session_id"])
    with wave.open(str(stored), "rb") as w:
        assert w.getnframes() / w.getframerate() == pytest.approx(recorded, abs=0.1)
    assert turns[-1].role == "interviewer", "the next question follows the spoken answer"


def test_chinese_answer_by_microphone(ctx, speech) -> None:
    state = _start(ctx, "zh")
    samples, rate = _answer(speech, [ZH], "zh", "espeak")
    _speak_into_mic(ctx, state, samples, rate)
    final = list(h.finish_live_answer(ctx, state))[-1]
    answer = ctx.services.repo.get_session(state["session_id"]).turns[1]
    assert answer.asr.language == "zh" and answer.text.strip()
    assert answer.delivery.rate_unit == "cpm"
    assert final.notice.startswith("识别结果")


def test_silence_or_no_recording_is_a_notice_and_stores_nothing(ctx) -> None:
    state = _start(ctx, "en")
    views = list(h.finish_live_answer(ctx, state))
    assert views[-1].notice == t("no_audio", "en") and views[-1].active
    _speak_into_mic(ctx, state, np.zeros(3 * 16_000, np.float32), 16_000)
    views = list(h.finish_live_answer(ctx, state))
    assert views[-1].notice == t("nothing_heard", "en") and views[-1].active
    assert len(ctx.services.repo.get_session(state["session_id"]).turns) == 1


def test_a_new_recording_forgets_one_that_was_never_stopped(ctx, speech) -> None:
    state = _start(ctx, "en")
    samples, rate = _answer(speech, EN[:1], "en", "piper")
    _speak_into_mic(ctx, state, samples, rate)
    _speak_into_mic(ctx, state, samples, rate)  # start_recording again, same answer re-spoken
    final = list(h.finish_live_answer(ctx, state))[-1]
    answer = ctx.services.repo.get_session(state["session_id"]).turns[1]
    assert answer.asr.audio_seconds == pytest.approx(samples.size / rate, abs=0.1)
    assert word_error_rate(EN[0], answer.text) <= 0.25, answer.text
    assert final.active


def test_missing_model_is_reported_while_recording_and_text_still_works(
    services, tmp_path, monkeypatch
) -> None:
    from interviewer.config import load_settings

    monkeypatch.setenv("INTERVIEWER_WHISPER_MODEL", str(tmp_path / "no-model"))
    services.settings = load_settings()
    ctx = ws.WebContext(services)
    state = _start(ctx, "en")
    notice = h.live_chunk(ctx, state, (16_000, np.zeros(4000, np.int16)))
    assert notice.startswith("Voice is unavailable") and "whisper_model" in notice
    assert list(h.submit_answer(ctx, state, "I led it myself."))[-1].active
