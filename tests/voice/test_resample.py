"""Microphone blocks resampled as one stream equal the whole recording resampled at once.

The figures printed here are the measurement behind the design: resampling each 0.25 s block on
its own (linear interpolation per block, as the live transcriber once did) is off by a large part
of the signal's amplitude at every block edge; soxr's stream is exact.
"""

from __future__ import annotations

import numpy as np
import pytest

from interviewer.types import AsrInfo
from interviewer.voice.base import (
    Capabilities,
    StreamResampler,
    STTBase,
    Transcript,
    to_mono_16k,
)
from interviewer.voice.incremental import IncrementalTranscriber


def _signal(rate: int, seconds: float = 3.0) -> np.ndarray:
    """Two tones at 0.5 and 0.3 (peak 0.8): speech-band content that edges distort visibly."""
    t = np.arange(int(rate * seconds)) / rate
    return (0.5 * np.sin(2 * np.pi * 440 * t) + 0.3 * np.sin(2 * np.pi * 3000 * t)).astype(
        np.float32
    )


def _blocks(x: np.ndarray, size: int) -> list[np.ndarray]:
    return [x[i : i + size] for i in range(0, x.shape[0], size)]


def _per_block_linear(block: np.ndarray, rate: int) -> np.ndarray:
    """The old way: each block interpolated to 16 kHz on its own."""
    n = int(round(block.size * 16_000 / rate))
    return np.interp(np.linspace(0, block.size - 1, n), np.arange(block.size), block).astype(
        np.float32
    )


@pytest.mark.parametrize("rate", [48_000, 44_100, 22_050, 8_000])
def test_streamed_blocks_equal_the_whole_signal_resampled(rate: int) -> None:
    x = _signal(rate)
    whole = to_mono_16k(x, rate)
    stream = StreamResampler()
    joined = np.concatenate(
        [stream.feed(b, rate) for b in _blocks(x, rate // 4)] + [stream.flush()]
    )
    assert joined.shape == whole.shape
    stream_error = float(np.abs(joined - whole).max())

    # the same linear interpolation once over the whole signal and once per block: what differs
    # is the block edges alone
    naive_whole = _per_block_linear(x, rate)
    naive = np.concatenate([_per_block_linear(b, rate) for b in _blocks(x, rate // 4)])
    n = min(naive.size, naive_whole.size)
    naive_error = float(np.abs(naive[:n] - naive_whole[:n]).max())
    print(
        f"\n{rate} Hz, 0.25 s blocks, signal peak 0.8: max error vs whole-signal resampling "
        f"per-block linear {naive_error:.3f}, soxr stream {stream_error:.3g}"
    )
    assert stream_error == 0.0
    assert naive_error > 0.05  # the baseline this replaces is visibly wrong at block edges


def test_integer_stereo_blocks_and_a_rate_change() -> None:
    x = _signal(48_000, 1.0)
    stereo = (np.stack([x, x], axis=1) * 32767).astype(np.int16)
    stream = StreamResampler()
    first = np.concatenate([stream.feed(b, 48_000) for b in _blocks(stereo, 12_000)])
    # the browser switched devices: the old stream is flushed, a new one starts
    y = _signal(16_000, 0.5)
    second = stream.feed(y, 16_000)
    assert first.size + second.size == 16_000 + 8_000
    assert np.abs(first - to_mono_16k(stereo, 48_000)[: first.size]).max() < 1e-6
    assert np.array_equal(second[-y.size :], y)


class _RecordingSTT(STTBase):
    """Keeps every piece it is given; says how long each was."""

    name = "recording"

    def __init__(self) -> None:
        self.pieces: list[np.ndarray] = []

    def _transcribe_impl(self, audio16k: np.ndarray, lang: str | None) -> Transcript:
        self.pieces.append(audio16k)
        info = AsrInfo(model="rec", language="en", audio_seconds=0, processing_ms=0)
        return Transcript(f"{audio16k.size}", info)


def test_the_live_transcriber_hears_exactly_the_whole_signal_resampled() -> None:
    rate = 44_100
    tone = _signal(rate, 1.5)
    answer = np.concatenate([tone, np.zeros(rate, np.float32), tone])
    stt = _RecordingSTT()
    live = IncrementalTranscriber(stt, "en", guess_seconds=60.0)
    for b in _blocks(answer, rate // 4):
        live.feed(b, rate)
    result = live.finish()
    whole = to_mono_16k(answer, rate)
    assert np.array_equal(np.concatenate(stt.pieces), whole)
    assert result.info.audio_seconds == pytest.approx(whole.size / 16_000)


def test_any_recogniser_with_the_stt_contract_can_be_used_live() -> None:
    """Typed against the protocol: a plain object with name and transcribe works."""

    class Plain:
        name = "plain"
        capabilities = Capabilities()

        def transcribe(self, pcm: np.ndarray, sample_rate: int, lang: str | None) -> Transcript:
            info = AsrInfo(model="plain", language="en", audio_seconds=0, processing_ms=0)
            return Transcript("hello", info)

    live = IncrementalTranscriber(Plain(), "en")
    live.feed(_signal(16_000, 1.0), 16_000)
    assert live.finish().text == "hello"
