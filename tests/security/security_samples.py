"""Hostile files for the security tests, built from real speech so they still transcribe."""

from __future__ import annotations

import io
import struct
import subprocess
import wave
from pathlib import Path

#: The page a hostile recording hides: it marks the window, reads what it can and calls home.
HTML_PAYLOAD = (
    b"<!DOCTYPE html><html><head><title>PWNED</title></head><body><script>"
    b"window.__pwned = 1; document.title = 'PWNED';"
    b"fetch('/pwned?' + encodeURIComponent(document.cookie + '|' + JSON.stringify(localStorage)));"
    b"</script></body></html>"
)
AUDIO_SUFFIXES = {".wav", ".webm", ".ogg", ".mp3", ".m4a"}


def spoken_wav(text: str, out: Path) -> bytes:
    """English speech from espeak-ng as a 16-bit PCM WAV (what a microphone answer looks like)."""
    subprocess.run(
        ["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(out), text],
        check=True,
        capture_output=True,
    )
    return out.read_bytes()


def polyglot_wav(wav: bytes, html: bytes = HTML_PAYLOAD) -> bytes:
    """A valid WAV that is also an HTML page: the page sits in a RIFF `junk` chunk after `fmt `."""
    with wave.open(io.BytesIO(wav), "rb") as w:
        channels, width, rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
        frames = w.readframes(w.getnframes())
    fmt = struct.pack(
        "<HHIIHH", 1, channels, rate, rate * channels * width, channels * width, 8 * width
    )
    junk = html + (b" " if len(html) % 2 else b"")
    body = (
        b"WAVE"
        + b"fmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"junk"
        + struct.pack("<I", len(junk))
        + junk
        + b"data"
        + struct.pack("<I", len(frames))
        + frames
    )
    return b"RIFF" + struct.pack("<I", len(body)) + body


def encoded_tone(container: str, codec: str, rate: int = 16_000) -> bytes:
    """Half a second of a tone encoded by PyAV (FFmpeg) in `container` with `codec`."""
    import av
    import numpy as np

    buf = io.BytesIO()
    with av.open(buf, mode="w", format=container) as out:
        stream = out.add_stream(codec, rate=rate)
        tone = np.sin(np.linspace(0, 2 * np.pi * 220, rate // 2)).astype(np.float32) * 0.3
        frame = av.AudioFrame.from_ndarray(tone.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = rate
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    return buf.getvalue()


def stored_files(home: Path) -> list[Path]:
    """Every file under the home's audio folder."""
    root = home / "audio"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []
