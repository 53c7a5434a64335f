"""Reject what Whisper invents: silence, loops, repeated prompts and subtitle boilerplate."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from interviewer.voice.base import voice_config

#: Whisper's own thresholds (openai/whisper transcribe.py): a segment with a high no-speech
#: probability and a low average log-probability is silence; a compression ratio above 2.4
#: means the text repeats itself.
NO_SPEECH_PROB = 0.6
LOW_LOGPROB = -1.0
MAX_COMPRESSION_RATIO = 2.4


@dataclass(frozen=True)
class SegmentScores:
    """The per-segment numbers Whisper reports."""

    text: str
    no_speech_prob: float = 0.0
    avg_logprob: float = 0.0
    compression_ratio: float = 1.0


def normalise(text: str) -> str:
    """Lower-case, width-folded, punctuation and spaces removed: for phrase comparison."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in folded if ch.isalnum())


def _spaced(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.sub(r"[^\w]+", " ", folded).split())


def boilerplate_phrase(text: str, phrases: Iterable[str] | None = None) -> str | None:
    """The hallucination phrase from voice.yaml that `text` contains, if any."""
    if phrases is None:
        phrases = voice_config().get("hallucinations", [])
    spaced = f" {_spaced(text)} "
    squashed = normalise(text)
    for phrase in phrases:
        p = _spaced(phrase)
        if not p:
            continue
        # Latin phrases must match whole words; CJK ones anywhere (no spaces between words).
        if (p.isascii() and f" {p} " in spaced) or (not p.isascii() and normalise(p) in squashed):
            return phrase
    return None


def repeats_prompt(text: str, prompt: str | None) -> bool:
    """True when the text is (most of a piece of) the initial prompt echoed back."""
    if not prompt:
        return False
    # letters only: Whisper echoes the prompt with punctuation swapped (e.g. "，" -> "０")
    t = "".join(ch for ch in normalise(text) if ch.isalpha())
    p = "".join(ch for ch in normalise(prompt) if ch.isalpha())
    if len(t) < 4:
        return False
    match = SequenceMatcher(None, t, p, autojunk=False).find_longest_match(0, len(t), 0, len(p))
    return match.size >= 0.8 * len(t)


def reject_reason(seg: SegmentScores, prompt: str | None = None) -> str | None:
    """Why a segment should be dropped, or None to keep it."""
    if not normalise(seg.text):
        return "empty"
    if seg.no_speech_prob > NO_SPEECH_PROB and seg.avg_logprob < LOW_LOGPROB:
        return "silence"
    if seg.compression_ratio > MAX_COMPRESSION_RATIO:
        return "repetition"
    if repeats_prompt(seg.text, prompt):
        return "prompt echo"
    phrase = boilerplate_phrase(seg.text)
    if phrase is not None:
        return f"boilerplate: {phrase}"
    return None
