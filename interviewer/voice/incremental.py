"""Live transcription of an answer while it is spoken, for any recogniser with the STT contract.

The microphone sends blocks every few hundred milliseconds; this module keeps them (resampled as
one stream), cuts the answer at pauses and has each piece recognised in the background, so little
is left to decode when the candidate stops. It knows nothing about Whisper: it only calls
`STT.transcribe` and reads `STT.name`.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from interviewer.types import AsrInfo
from interviewer.voice import audio as audio_mod
from interviewer.voice.base import (
    ASR_SAMPLE_RATE,
    STT,
    StreamResampler,
    Transcript,
    lower_thread_priority,
)


class IncrementalTranscriber:
    """Transcribes a live answer while it is being spoken, so little is left when it ends.

    `feed` only stores a microphone block (it runs in the web server's event handler, which must
    keep up with the microphone). One background thread looks for places to cut: a pause of at
    least `pause_seconds` that comes `min_chunk_seconds` after the previous cut (each piece costs
    an encoder pass, but the candidate is talking and the CPU is idle; short pieces leave less
    to decode after the answer ends; shorter pauses than these are commas, and pieces cut there
    are recognised worse), or `trailing_seconds` of silence after
    the last speech: usually the candidate has finished, and by the time they press stop their
    last sentence is transcribed already. It transcribes each piece as it is cut. After
    `guess_seconds` of silence (a comma, or the end) it also transcribes the rest without
    cutting: kept if nothing more is said, dropped otherwise, so sentences are not split at
    commas (pieces cut there are recognised worse) yet the end is ready early. `finish`
    transcribes what is left and returns one Transcript for the whole answer (times relative to
    its start; processing_ms is the total compute spent). Safe to call from different threads.
    """

    def __init__(
        self,
        stt: STT,
        lang: str | None,
        *,
        min_chunk_seconds: float = 2.0,
        pause_seconds: float = 0.45,
        trailing_seconds: float = 0.5,
        guess_seconds: float = 0.25,
        scan_seconds: float = 0.25,
    ) -> None:
        self.stt = stt
        self.lang = lang
        self.min_chunk = int(min_chunk_seconds * ASR_SAMPLE_RATE)
        self.pause_seconds = pause_seconds
        self.trailing_seconds = trailing_seconds
        self.guess_seconds = guess_seconds
        self._guess: tuple[int, int, Transcript] | None = None  # (start, end, transcript)
        self.scan_every = int(scan_seconds * ASR_SAMPLE_RATE)
        self._resampler = StreamResampler()
        self._blocks: list[np.ndarray] = []
        self._size = 0
        self._cut = 0  # samples already handed to a background piece
        self._scanned = 0
        self._scan_queued = False
        self._pieces: list[tuple[int, Transcript]] = []
        self._worker = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="asr-live", initializer=lower_thread_priority
        )
        self._lock = threading.Lock()
        self._finished = False

    def heard_so_far(self) -> str:
        """The text of the pieces transcribed so far, in order ("" before the first)."""
        with self._lock:
            parts = sorted(self._pieces, key=lambda p: p[0])
        sep = "" if (self.lang or (parts[0][1].info.language if parts else "")) == "zh" else " "
        return sep.join(p.text for _, p in parts if p.text).strip()

    @property
    def seconds(self) -> float:
        """Audio received so far, in seconds."""
        return self._size / ASR_SAMPLE_RATE

    def audio(self) -> np.ndarray:
        """Everything received so far: 16 kHz mono float32."""
        with self._lock:
            return self._audio().copy()

    def feed(self, samples: np.ndarray, sample_rate: int) -> None:
        """Store a block of audio (any rate, mono or stereo); never waits for recognition.

        Blocks that arrive after `finish` are ignored (the answer is over).
        """
        with self._lock:
            if self._finished:
                return
            block = self._resampler.feed(samples, sample_rate)
            self._blocks.append(block)
            self._size += block.size
            due = self._size - self._scanned >= self.scan_every
            if due and not self._scan_queued:
                self._scan_queued = True
                self._worker.submit(self._scan)

    def _audio(self) -> np.ndarray:
        if len(self._blocks) > 1:
            self._blocks = [np.concatenate(self._blocks)]
        return self._blocks[0] if self._blocks else np.zeros(0, np.float32)

    def _scan(self) -> None:
        """Background: transcribe up to a cut in the audio not yet transcribed, or guess ahead."""
        with self._lock:
            self._scan_queued = False
            if self._finished:
                return
            self._scanned = self._size
            start = self._cut
            pending = self._audio()[start:]
        spans = audio_mod.speech_spans(pending) if pending.size >= self.scan_every else []
        if spans:
            self._cut_or_guess(start, pending, spans)
        with self._lock:  # audio that came in meanwhile is looked at without waiting for more
            if not self._finished and not self._scan_queued and self._size > self._scanned:
                self._scan_queued = True
                self._worker.submit(self._scan)

    def _cut_or_guess(
        self, start: int, pending: np.ndarray, spans: list[tuple[float, float]]
    ) -> None:
        cut_at = self._find_cut(pending, spans)
        speech_end = int(spans[-1][1] * ASR_SAMPLE_RATE)
        silence = pending.size / ASR_SAMPLE_RATE - spans[-1][1]
        guess = self._guess
        # the guess's transcript, if it covers this piece and nothing was said after it
        held = guess[2] if guess and guess[0] == start and start + speech_end <= guess[1] else None
        if cut_at is not None:
            with self._lock:
                if self._finished:  # finish() took over: the rest is decoded in one pass there
                    return
                self._cut = start + cut_at
            result = held if held is not None else self._run(pending[:cut_at])
            with self._lock:
                self._pieces.append((start, result))
            return
        if silence >= self.guess_seconds and held is None:
            # A short silence may be a comma or the end of the answer: transcribe up to here
            # without cutting. If the candidate stops now, this is the transcript; if they go
            # on, it is dropped and the sentence is decoded whole later.
            end = min(pending.size, speech_end + int(self.guess_seconds / 2 * ASR_SAMPLE_RATE))
            result = self._run(pending[:end])
            self._guess = (start, start + end, result)

    def _find_cut(self, pending: np.ndarray, spans: list[tuple[float, float]]) -> int | None:
        cut_at = None
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            if start - end >= self.pause_seconds and end * ASR_SAMPLE_RATE >= self.min_chunk:
                cut_at = int((end + start) / 2 * ASR_SAMPLE_RATE)
        last_end = spans[-1][1]
        if pending.size / ASR_SAMPLE_RATE - last_end >= self.trailing_seconds:
            cut_at = int((last_end + self.trailing_seconds / 2) * ASR_SAMPLE_RATE)
        return cut_at

    def _run(self, chunk: np.ndarray) -> Transcript:
        result = self.stt.transcribe(chunk, ASR_SAMPLE_RATE, self.lang)
        if self.lang is None and result.info.language:
            self.lang = result.info.language  # later pieces keep the detected language
        return result

    def close(self) -> None:
        """Drop the answer without finishing it (stops background work)."""
        with self._lock:
            self._finished = True
        self._worker.shutdown(wait=False, cancel_futures=True)

    def finish(self) -> Transcript:
        """Wait for the piece being transcribed, transcribe the rest, and merge everything."""
        with self._lock:
            self._finished = True
            tail = self._resampler.flush()
            if tail.size:
                self._blocks.append(tail)
                self._size += tail.size
        self._worker.shutdown(wait=True, cancel_futures=True)
        audio = self._audio()
        parts = sorted(self._pieces, key=lambda p: p[0])
        tail = audio[self._cut :]
        guess = self._guess
        if (
            guess is not None
            and guess[0] == self._cut
            and not audio_mod.speech_spans(audio[guess[1] :])
        ):
            parts.append((self._cut, guess[2]))  # the answer ended where the guess did
        elif tail.size and (not parts or audio_mod.speech_spans(tail)):
            parts.append((self._cut, self._run(tail)))
        return merge_transcripts(parts, audio.size, self.stt.name)


def merge_transcripts(
    parts: list[tuple[int, Transcript]], total_samples: int, name: str
) -> Transcript:
    """One Transcript from consecutive pieces (offset in samples, transcript)."""
    texts, segments, rejected = [], [], []
    language, probability, processing = "", None, 0.0
    for offset, part in parts:
        shift = offset / ASR_SAMPLE_RATE
        if part.text:
            texts.append(part.text)
        rejected.extend(part.rejected)
        processing += part.info.processing_ms
        language = language or part.info.language
        probability = probability if probability is not None else part.info.language_probability
        for seg in part.info.segments:
            moved = dict(seg)
            for key in ("start", "end"):
                moved[key] = round(float(seg[key]) + shift, 3)  # type: ignore[arg-type]
            segments.append(moved)
    model = parts[0][1].info.model if parts else name
    info = AsrInfo(
        model=model,
        language=language,
        language_probability=probability,
        audio_seconds=total_samples / ASR_SAMPLE_RATE,
        processing_ms=processing,
        segments=segments,
    )
    return Transcript(("" if language == "zh" else " ").join(texts).strip(), info, rejected)
