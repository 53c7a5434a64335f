"""Plain-text lines on a spoken turn, shared by the markdown export and `sessions show`."""

from __future__ import annotations

from interviewer.types import TurnRecord


def voice_lines(turn: TurnRecord) -> list[str]:
    """Delivery (pace, fillers, pauses) and speech-recognition info; empty for a typed turn."""
    out = []
    d = turn.delivery
    if d is not None:
        from interviewer.voice.analytics import fillers_text  # numpy: only for spoken turns

        unit = "chars/min" if d.rate_unit == "cpm" else "wpm"
        top = fillers_text(d.fillers)
        out.append(
            f"delivery: {d.rate:.0f} {unit}; fillers {sum(d.fillers.values())}"
            f"{f' ({top})' if top else ''}; long pauses {d.long_pauses} "
            f"(longest {d.longest_pause_s:.1f} s); spoke {d.speaking_seconds:.1f} s"
        )
    a = turn.asr
    if a is not None:
        prob = "" if a.language_probability is None else f" (p={a.language_probability:.2f})"
        out.append(
            f"speech recognition: {a.model}, language {a.language}{prob}, "
            f"{a.audio_seconds:.1f} s of audio in {a.processing_ms:.0f} ms"
        )
    return out
