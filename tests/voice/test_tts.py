"""Text to speech: edge-tts fails without its service, offline engines answer in the same call."""

from __future__ import annotations

import io
import socket
import threading
import wave

import numpy as np
import pytest
from voice_helpers import word_error_rate

from interviewer.config import load_settings
from interviewer.errors import InputError, ProviderError, VoiceUnavailable
from interviewer.voice import tts as tts_mod
from interviewer.voice.audio import wav_bytes
from interviewer.voice.base import Capabilities, SpeechAudio, TTSBase
from interviewer.voice.tts import (
    EdgeTTS,
    EspeakTTS,
    SpeechChain,
    split_for_speech,
    synthesize_speech,
    synthesize_to_file,
)

pytestmark = pytest.mark.skipif(
    __import__("shutil").which("espeak-ng") is None, reason="needs the Debian package espeak-ng"
)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def edge_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point edge-tts at a closed local port: the real client fails as it would offline."""
    import edge_tts.communicate

    monkeypatch.setattr(
        edge_tts.communicate,
        "WSS_URL",
        f"wss://127.0.0.1:{_closed_port()}/edge/v1?TrustedClientToken=x",
    )
    monkeypatch.setattr(tts_mod, "_chains", {})


def _wav_seconds(data: bytes) -> float:
    with wave.open(io.BytesIO(data), "rb") as w:
        return w.getnframes() / w.getframerate()


class CountingTTS(TTSBase):
    """A real engine that always fails like an unreachable service, counting attempts."""

    name = "counting"
    capabilities = Capabilities(offline=False)

    def __init__(self) -> None:
        self.calls = 0

    def _synthesize_impl(self, text: str, lang: str) -> SpeechAudio:
        self.calls += 1
        raise ProviderError("service unreachable", retryable=True)


class GatedTTS(TTSBase):
    """Produces a tiny WAV per sentence; sentences after the first wait for `gate`."""

    name = "gated"

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.spoken: list[str] = []

    def _synthesize_impl(self, text: str, lang: str) -> SpeechAudio:
        if self.spoken:
            assert self.gate.wait(10), "the second sentence was requested before the first played"
        self.spoken.append(text)
        return SpeechAudio(wav_bytes(np.zeros(1600, np.float32), 16_000), "audio/wav", self.name)


def test_split_for_speech_keeps_numbers_and_joins_short_pieces() -> None:
    assert split_for_speech("你好。请介绍一下你负责的项目？重点说说效果！") == [
        "你好。请介绍一下你负责的项目？",
        "重点说说效果！",
    ]
    assert split_for_speech("It got 3.4x faster. Why? How did you measure p99 at 0.5 s?") == [
        "It got 3.4x faster.",
        "Why? How did you measure p99 at 0.5 s?",
    ]
    assert split_for_speech("   ") == []


def test_espeak_reads_chinese_characters_into_a_real_wav() -> None:
    audio = EspeakTTS({"zh": "cmn-latn-pinyin+f3", "en": "en-us"}).synthesize(
        "请介绍一下你的项目。", "zh"
    )
    assert audio.mime == "audio/wav" and audio.engine == "espeak-ng"
    assert _wav_seconds(audio.data) > 1.0


def test_edge_tts_offline_raises_a_retryable_provider_error(edge_unreachable) -> None:
    engine = EdgeTTS({"zh": "zh-CN-XiaoxiaoNeural", "en": "en-US-AriaNeural"}, timeout=3)
    with pytest.raises(ProviderError) as err:
        engine.synthesize("Hello there.", "en")
    assert err.value.retryable
    assert "edge-tts" in str(err.value)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_auto_falls_back_offline_within_the_same_call(app_home, edge_unreachable, lang) -> None:
    settings = load_settings(tts="auto")
    text = {
        "zh": "你好。请介绍一下你最有代表性的项目。",
        "en": "Hello. Tell me about your strongest project.",
    }[lang]
    clips = list(synthesize_speech(settings, text, lang))
    assert clips, "no audio at all"
    for clip in clips:
        assert clip.mime == "audio/wav"
        assert _wav_seconds(clip.data) > 0.3
    chain = tts_mod.get_tts(settings)
    assert chain is not None and chain.online_down() and chain.last_error


def test_a_failed_online_engine_is_not_retried_on_every_sentence() -> None:
    online = CountingTTS()
    gated = GatedTTS()
    gated.gate.set()
    chain = SpeechChain(online, {"en": gated, "zh": gated}, retry_after=60)
    for sentence in ("One sentence here.", "Another sentence.", "And a third one."):
        assert chain.synthesize(sentence, "en").engine == "gated"
    assert online.calls == 1


def test_edge_only_mode_has_no_fallback() -> None:
    online = CountingTTS()
    chain = SpeechChain(online, {}, retry_after=60)
    with pytest.raises(ProviderError):
        chain.synthesize("Hello there.", "en")


def test_first_sentence_is_yielded_before_the_rest_is_made(app_home, monkeypatch) -> None:
    engine = GatedTTS()
    settings = load_settings(tts="espeak")
    monkeypatch.setattr(
        tts_mod, "get_tts", lambda s: SpeechChain(None, {"en": engine, "zh": engine})
    )
    stream = synthesize_speech(
        settings, "First question here. Second part follows. Third part.", "en"
    )
    first = next(stream)
    assert first.engine == "gated" and engine.spoken == ["First question here."]
    engine.gate.set()
    rest = list(stream)
    assert len(rest) == 2
    assert engine.spoken == ["First question here.", "Second part follows.", "Third part."]


def test_tts_off_speaks_nothing(app_home) -> None:
    settings = load_settings(tts="off")
    assert list(synthesize_speech(settings, "Hello there.", "en")) == []
    with pytest.raises(VoiceUnavailable):
        synthesize_to_file(settings, "Hello there.", "en", app_home / "q.wav")


def test_unknown_tts_setting_is_an_input_error(app_home) -> None:
    from interviewer.errors import ConfigError

    # Settings refuse it when read (one line naming `tts`), before any speech is tried.
    with pytest.raises((ConfigError, InputError), match="tts"):
        list(synthesize_speech(load_settings(tts="loud"), "Hello.", "en"))


def test_spoken_question_file_round_trips_through_whisper(app_home, tiny_stt) -> None:
    from interviewer.voice.audio import load_audio

    question = "How did you measure the improvement? What was the baseline before the change?"
    path = synthesize_to_file(load_settings(tts="espeak"), question, "en", app_home / "q.mp3")
    assert path.suffix == ".wav" and path.is_file()
    result = tiny_stt.transcribe(load_audio(path), 16_000, "en")
    assert word_error_rate(question, result.text) <= 0.3, result.text


def test_a_long_first_sentence_is_split_at_a_clause_so_audio_starts_sooner(
    app_home, monkeypatch
) -> None:
    engine = GatedTTS()
    engine.gate.set()
    monkeypatch.setattr(
        tts_mod, "get_tts", lambda s: SpeechChain(None, {"en": engine, "zh": engine})
    )
    settings = load_settings(tts="espeak")
    question = (
        "You said the new index made search much faster for most users, "
        "but how did you measure it? What was the baseline?"
    )
    list(synthesize_speech(settings, question, "en"))
    assert engine.spoken[0] == "You said the new index made search much faster for most users,"
    assert engine.spoken[1:] == ["but how did you measure it?", "What was the baseline?"]
    engine.spoken.clear()
    list(
        synthesize_speech(
            settings, "你刚才提到新的索引让大部分用户的搜索快了很多，这个提升是怎么衡量的？", "zh"
        )
    )
    assert engine.spoken == [
        "你刚才提到新的索引让大部分用户的搜索快了很多，",
        "这个提升是怎么衡量的？",
    ]
