"""Small interfaces for the two outside speech capabilities, and the shared voice data file.

The engine and the web app depend only on these: `STT.transcribe(pcm, sample_rate, lang)` and
`TTS.synthesize(text, lang)`. The public methods own timing, logging and error mapping; an
implementation only writes `_transcribe_impl` / `_synthesize_impl`.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from interviewer.errors import InputError, InterviewerError, ProviderError
from interviewer.types import AsrInfo

log = logging.getLogger(__name__)

#: Whisper works on 16 kHz mono float32 samples.
ASR_SAMPLE_RATE = 16_000
VOICE_DATA = Path(__file__).resolve().parent.parent / "data" / "voice.yaml"


@lru_cache(maxsize=1)
def voice_config() -> dict[str, Any]:
    """The parsed `interviewer/data/voice.yaml` (fillers, hallucinations, prompts, splitting)."""
    from interviewer.loader import read_yaml

    data = read_yaml(VOICE_DATA)
    if not isinstance(data, dict):
        from interviewer.errors import DataFileError

        raise DataFileError(VOICE_DATA, "expected a mapping at the top level")
    return data


#: How much lower than the web server's own threads recognition runs (Linux nice increment).
RECOGNITION_NICENESS = 5


def lower_thread_priority() -> None:
    """Lower the calling thread's OS priority by RECOGNITION_NICENESS (where the OS allows)."""
    if hasattr(os, "setpriority"):
        tid = threading.get_native_id()
        try:
            current = os.getpriority(os.PRIO_PROCESS, tid)
            os.setpriority(os.PRIO_PROCESS, tid, current + RECOGNITION_NICENESS)
        except OSError:
            log.debug("cannot lower the priority of thread %s", tid)


@dataclass(frozen=True)
class Capabilities:
    """What an STT or TTS implementation can do."""

    languages: tuple[str, ...] = ("zh", "en")
    offline: bool = True
    """Works without network."""


@dataclass
class Transcript:
    """The text heard in one answer and how it was recognised."""

    text: str
    info: AsrInfo
    rejected: list[str] = field(default_factory=list)
    """Why segments were dropped (silence, repeated prompt, subtitle boilerplate...)."""


@dataclass(frozen=True)
class SpeechAudio:
    """Synthesised speech for one piece of text."""

    data: bytes
    mime: str
    """`audio/wav` or `audio/mpeg`."""
    engine: str

    @property
    def suffix(self) -> str:
        return ".mp3" if self.mime == "audio/mpeg" else ".wav"


@runtime_checkable
class STT(Protocol):
    """Speech to text.

    `transcribe` takes mono float32 samples in [-1, 1] at any sample rate and the expected
    language (`zh`, `en` or None to detect). It returns the recognised text (empty when nothing
    but silence or boilerplate was heard) with AsrInfo. It raises VoiceUnavailable when the
    engine or model is not installed, InputError for unusable audio, ProviderError otherwise.
    """

    name: str
    capabilities: Capabilities

    def transcribe(self, pcm: np.ndarray, sample_rate: int, lang: str | None) -> Transcript: ...


@runtime_checkable
class TTS(Protocol):
    """Text to speech.

    `synthesize` turns one sentence (or short text) in `zh` or `en` into audio bytes. It raises
    VoiceUnavailable when the engine is not installed and ProviderError (retryable) when a
    network service cannot be reached, so a caller can fall back to another engine.
    """

    name: str
    capabilities: Capabilities

    def synthesize(self, text: str, lang: str) -> SpeechAudio: ...


def to_mono(pcm: np.ndarray) -> np.ndarray:
    """Mono float32 in [-1, 1]: integer samples scaled, channels averaged."""
    a = np.asarray(pcm)
    if a.dtype.kind in "iu":
        a = a.astype(np.float32) / float(np.iinfo(a.dtype).max)
    a = a.astype(np.float32, copy=False)
    if a.ndim == 2:
        # (frames, channels) is the usual layout; (channels, frames) when channels come first
        a = a.mean(axis=1) if a.shape[0] >= a.shape[1] else a.mean(axis=0)
    if a.ndim != 1:
        raise InputError(f"audio must be mono or stereo samples, got shape {a.shape}")
    return a


def _check_rate(sample_rate: int) -> None:
    if sample_rate <= 0:
        raise InputError(f"sample rate must be positive, got {sample_rate}")


def to_mono_16k(pcm: np.ndarray, sample_rate: int) -> np.ndarray:
    """Mono float32 at 16 kHz, the whole signal resampled at once (soxr, high quality)."""
    a = to_mono(pcm)
    _check_rate(sample_rate)
    if sample_rate != ASR_SAMPLE_RATE and a.size:
        import soxr

        a = np.asarray(soxr.resample(a, sample_rate, ASR_SAMPLE_RATE), dtype=np.float32)
    return a


class StreamResampler:
    """Resamples consecutive blocks of one recording to 16 kHz mono.

    Resampling each block on its own is wrong at every block edge (the filter sees a cliff
    instead of the neighbouring samples); soxr's stream keeps the filter state between blocks,
    so the blocks joined equal `to_mono_16k` of the whole recording. The filter holds back a few
    milliseconds: `flush` returns them when the recording ends. Not thread-safe.
    """

    def __init__(self) -> None:
        self._stream: Any = None
        self._rate = ASR_SAMPLE_RATE

    def feed(self, pcm: np.ndarray, sample_rate: int) -> np.ndarray:
        """The 16 kHz samples that this block completes (a rate change flushes the old one)."""
        a = to_mono(pcm)
        _check_rate(sample_rate)
        head = np.zeros(0, np.float32)
        if sample_rate != self._rate:
            head = self.flush()
            self._rate = sample_rate
        if sample_rate == ASR_SAMPLE_RATE:
            return np.concatenate([head, a]) if head.size else a
        if self._stream is None:
            import soxr

            self._stream = soxr.ResampleStream(sample_rate, ASR_SAMPLE_RATE, 1, dtype="float32")
        out = np.asarray(self._stream.resample_chunk(a), dtype=np.float32)
        return np.concatenate([head, out]) if head.size else out

    def flush(self) -> np.ndarray:
        """The samples still held in the filter; the next block starts a fresh stream."""
        stream, self._stream = self._stream, None
        if stream is None:
            return np.zeros(0, np.float32)
        return np.asarray(stream.resample_chunk(np.zeros(0, np.float32), last=True), np.float32)


#: Recognitions running at once in this process (uploads, finished and live answers alike).
#: Whisper already uses every core for one; more at once only slows everyone else down.
RECOGNITION_SLOTS = threading.BoundedSemaphore(1)


class STTBase(ABC):
    """Template for STT engines: input checks, timing, logging and error mapping live here."""

    name = "stt"
    capabilities = Capabilities()

    def transcribe(self, pcm: np.ndarray, sample_rate: int, lang: str | None) -> Transcript:
        """Recognise speech; see the STT protocol for the contract."""
        if lang is not None and lang not in self.capabilities.languages:
            raise InputError(f"language '{lang}' is not supported", "use zh or en")
        audio = to_mono_16k(pcm, sample_rate)
        self.prepare()
        try:
            with RECOGNITION_SLOTS:  # one process-wide limit for every recognition
                started = time.perf_counter()
                result = self._transcribe_impl(audio, lang)
        except InterviewerError:
            raise
        except Exception as e:  # noqa: BLE001 - any engine failure becomes one plain error
            log.exception("speech recognition failed")
            raise ProviderError(
                f"speech recognition failed: {e}", "try again or type the answer"
            ) from e
        result.info.processing_ms = (time.perf_counter() - started) * 1000
        result.info.audio_seconds = audio.size / ASR_SAMPLE_RATE
        log.info(
            "stt %s lang=%s audio=%.1fs took=%.0fms chars=%d rejected=%s",
            self.name,
            result.info.language,
            result.info.audio_seconds,
            result.info.processing_ms,
            len(result.text),
            result.rejected,
        )
        return result

    def prepare(self) -> None:  # noqa: B027 - optional hook, most engines need nothing
        """Load what the engine needs (kept out of the measured processing time)."""

    @abstractmethod
    def _transcribe_impl(self, audio16k: np.ndarray, lang: str | None) -> Transcript:
        """Recognise 16 kHz mono float32 audio."""


class TTSBase(ABC):
    """Template for TTS engines: input checks, timing, logging and error mapping live here."""

    name = "tts"
    capabilities = Capabilities()

    def synthesize(self, text: str, lang: str) -> SpeechAudio:
        """Speak `text`; see the TTS protocol for the contract."""
        if not text.strip():
            raise InputError("nothing to speak: the text is empty")
        started = time.perf_counter()
        try:
            audio = self._synthesize_impl(text, lang)
        except InterviewerError:
            raise
        except Exception as e:  # noqa: BLE001 - mapped to one retryable error for the fallback
            raise ProviderError(f"{self.name} failed: {e}", retryable=True) from e
        log.debug(
            "tts %s lang=%s chars=%d took=%.0fms",
            self.name,
            lang,
            len(text),
            (time.perf_counter() - started) * 1000,
        )
        return audio

    @abstractmethod
    def _synthesize_impl(self, text: str, lang: str) -> SpeechAudio:
        """Produce audio for `text`."""
