"""Delivery analytics: pace, fillers and long pauses, from ASR segments and from real audio."""

from __future__ import annotations

import numpy as np
import pytest
from voice_helpers import read_wav

from interviewer.types import AsrInfo
from interviewer.voice.analytics import (
    count_fillers,
    count_units,
    delivery_from_asr,
    pace_label,
)


def _asr(text: str, spans: list[tuple[float, float]], lang: str) -> AsrInfo:
    segments: list[dict[str, object]] = [{"kind": "speech", "start": s, "end": e} for s, e in spans]
    segments.append({"kind": "text", "text": text, "start": spans[0][0], "end": spans[-1][1]})
    return AsrInfo(
        model="base",
        language=lang,
        audio_seconds=spans[-1][1] + 0.5,
        processing_ms=1.0,
        segments=segments,
    )


def test_english_words_per_minute_fillers_and_pauses() -> None:
    text = "Um, so I, uh, rebuilt the index. It was, like, slow. I'd like to add that, you know, it worked."
    # 20 words over 10 s of answer (0.0 -> 10.0) with one 2 s silence in the middle
    asr = _asr(text, [(0.0, 4.0), (6.0, 10.0)], "en")
    d = delivery_from_asr(asr, "en")
    assert d.rate_unit == "wpm"
    assert count_units(text, "en") == 20
    assert d.rate == pytest.approx(120.0)
    assert d.fillers == {"um": 1, "uh": 1, "like": 1, "you know": 1}
    assert d.long_pauses == 1 and d.longest_pause_s == pytest.approx(2.0)
    assert d.speaking_seconds == pytest.approx(10.0)


def test_chinese_characters_per_minute_and_fillers() -> None:
    text = "嗯，那个，我们就是先做了原型，然后上线了RAG系统。"
    asr = _asr(text, [(0.5, 3.0), (3.4, 6.5)], "zh")
    d = delivery_from_asr(asr, "zh")
    assert d.rate_unit == "cpm"
    # 19 Han characters plus "RAG" as one unit, over 6 s
    assert count_units(text, "zh") == 20
    assert d.rate == pytest.approx(20 / 6 * 60, abs=0.1)
    assert d.fillers == {"嗯": 1, "那个": 1, "就是": 1, "然后": 1}
    assert d.long_pauses == 0 and d.longest_pause_s == pytest.approx(0.4)


def test_like_as_a_verb_is_not_a_filler() -> None:
    assert count_fillers("I would like to explain what we liked about it.", "en") == {}


def test_pace_labels_follow_the_comfortable_range() -> None:
    assert pace_label(60, "en") == "slow" and pace_label(320, "zh") == "fast"


def test_long_pause_found_in_real_speech(base_stt, speech) -> None:
    first, rate = read_wav(speech("We rebuilt the retrieval pipeline last spring.", "en", "piper"))
    second, _ = read_wav(speech("Then we measured recall on a fixed test set.", "en", "piper"))
    gap = np.zeros(int(2.5 * rate), np.float32)
    result = base_stt.transcribe(np.concatenate([first, gap, second]), rate, "en")
    d = delivery_from_asr(result.info, "en", result.text)
    assert d.long_pauses == 1
    assert 2.0 <= d.longest_pause_s <= 3.0
    assert 80 <= d.rate <= 220, d
    assert "recall" in result.text.lower()


def test_spoken_english_fillers_survive_transcription(base_stt, speech) -> None:
    samples, rate = read_wav(
        speech(
            "Um, so, I think, uh, we rebuilt the whole index. It was, like, really slow.",
            "en",
            "piper",
        )
    )
    result = base_stt.transcribe(samples, rate, "en")
    fillers = delivery_from_asr(result.info, "en", result.text).fillers
    assert fillers.get("um", 0) + fillers.get("uh", 0) >= 1, result.text
