"""Speech to text for the app: one cached recogniser per configured model.

Blocking calls; async callers wrap them in `asyncio.to_thread`.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

import numpy as np

from interviewer.config import Settings
from interviewer.errors import InputError
from interviewer.types import AsrInfo
from interviewer.voice.base import STT

if TYPE_CHECKING:
    from interviewer.voice.incremental import IncrementalTranscriber

_cache: dict[tuple[str, str, str], STT] = {}
_cache_lock = threading.Lock()


def _check_lang(lang: str | None) -> str | None:
    if lang in (None, "", "auto"):
        return None
    if lang not in ("zh", "en"):
        raise InputError(f"language '{lang}' is not supported", "use zh or en")
    return lang


def get_stt(settings: Settings) -> STT:
    """The recogniser for `settings.whisper_model` (model located once; loaded on first use)."""
    key = (settings.whisper_model, settings.whisper_compute_type, str(settings.home))
    with _cache_lock:
        stt = _cache.get(key)
        if stt is None:
            from interviewer.voice.models import resolve_model
            from interviewer.voice.whisper_stt import WhisperSTT

            stt = WhisperSTT(resolve_model(settings), compute_type=settings.whisper_compute_type)
            _cache[key] = stt
        return stt


def warm_up(settings: Settings) -> None:
    """Locate the model now and load it in a background thread (errors surface on first use)."""
    stt = get_stt(settings)
    start = getattr(stt, "warm_up", None)
    if start is not None:
        start()


def transcribe_file(
    settings: Settings, path: str | os.PathLike[str], lang: str | None
) -> tuple[str, AsrInfo]:
    """Recognise an audio file (WAV, MP3, OGG, WebM...); `lang` zh, en or None to detect."""
    from interviewer.voice.audio import load_audio
    from interviewer.voice.base import ASR_SAMPLE_RATE

    lang = _check_lang(lang)
    stt = get_stt(settings)  # fail on a missing model before decoding a large file
    return _unpack(stt, load_audio(path), ASR_SAMPLE_RATE, lang)


def _unpack(stt: STT, samples: np.ndarray, rate: int, lang: str | None) -> tuple[str, AsrInfo]:
    result = stt.transcribe(samples, rate, lang)
    return result.text, result.info


def start_incremental(settings: Settings, lang: str | None) -> IncrementalTranscriber:
    """A live-answer transcriber: feed microphone blocks while the candidate speaks, then finish()."""
    from interviewer.voice.incremental import IncrementalTranscriber

    lang = _check_lang(lang)
    return IncrementalTranscriber(get_stt(settings), lang)
