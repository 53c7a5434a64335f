"""Delivery analytics of a spoken answer from ASR output: pace, filler words, long pauses."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from interviewer.types import AsrInfo, Delivery
from interviewer.voice.base import voice_config

_EN_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
# A Chinese "unit" is one Han character; Latin words and numbers inside Chinese count once each.
_ZH_UNIT = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[A-Za-z0-9]+(?:\.[0-9]+)?")


@lru_cache(maxsize=2)
def _filler_patterns(lang: str) -> dict[str, re.Pattern[str]]:
    table = voice_config().get("fillers", {}).get(lang, {}) or {}
    return {label: re.compile(rx, re.IGNORECASE) for label, rx in table.items()}


def count_units(text: str, lang: str) -> int:
    """Words (en) or characters (zh) spoken in `text`."""
    return len((_ZH_UNIT if lang == "zh" else _EN_WORD).findall(text))


def count_fillers(text: str, lang: str) -> dict[str, int]:
    """Filler words found in `text`, by label from voice.yaml (only those present)."""
    counts = {label: len(rx.findall(text)) for label, rx in _filler_patterns(lang).items()}
    return {k: v for k, v in counts.items() if v}


def _spans(asr: AsrInfo, kind: str) -> list[tuple[float, float]]:
    out = []
    for seg in asr.segments:
        if seg.get("kind") == kind:
            out.append((float(seg["start"]), float(seg["end"])))  # type: ignore[arg-type]
    return sorted(out)


def _text(asr: AsrInfo, lang: str) -> str:
    parts = [str(s.get("text", "")) for s in asr.segments if s.get("kind") == "text"]
    return ("" if lang == "zh" else " ").join(parts)


def delivery_from_asr(asr: AsrInfo, lang: str, text: str | None = None) -> Delivery:
    """Pace, fillers and pauses of one answer (text defaults to the ASR segments' text)."""
    lang = "zh" if lang == "zh" else "en"
    text = _text(asr, lang) if text is None else text
    spans = _spans(asr, "speech") or _spans(asr, "text")
    if spans:
        duration = max(e for _, e in spans) - spans[0][0]
    else:
        duration = asr.audio_seconds
    gaps = [b[0] - a[1] for a, b in zip(spans, spans[1:], strict=False) if b[0] > a[1]]
    threshold = float(voice_config().get("long_pause_seconds", 1.5))
    units = count_units(text, lang)
    rate = units / duration * 60 if duration > 0 else 0.0
    return Delivery(
        rate=round(rate, 1),
        rate_unit="cpm" if lang == "zh" else "wpm",
        fillers=count_fillers(text, lang),
        long_pauses=sum(1 for g in gaps if g >= threshold),
        longest_pause_s=round(max(gaps, default=0.0), 2),
        speaking_seconds=round(duration, 2),
    )


def fillers_text(fillers: Mapping[str, int], limit: int | None = None) -> str:
    """Filler words with their counts, most frequent first: "um ×3, uh ×1" ("" for none)."""
    ranked = sorted(fillers.items(), key=lambda kv: -kv[1])[:limit]
    return ", ".join(f"{k} ×{v}" for k, v in ranked)


def pace_label(rate: float, lang: str) -> str:
    """`slow`, `good` or `fast` against the comfortable range in voice.yaml."""
    low, high = voice_config().get("pace", {}).get("zh" if lang == "zh" else "en", [0, 1e9])
    return "slow" if rate < low else "fast" if rate > high else "good"
