"""Speech to text with faster-whisper, tuned for latency on a small CPU.

Measured on 2 cores, base int8, an 18 s English answer: word timestamps cost ~0.5 s (+40%), so
pauses come from Silero VAD instead; VAD also cuts silence out before Whisper sees it, which
matters because trailing silence makes timestamp decoding run the encoder a second time (+0.8 s).
On trimmed audio segment timestamps are free, and decoding without them loses every sentence
after the first pause in Chinese. Greedy decoding (beam 1) is ~30% faster than beam 2 for the
same text on clean speech.
"""

from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Any

import numpy as np

from interviewer.errors import VoiceUnavailable
from interviewer.types import AsrInfo
from interviewer.voice import audio as audio_mod
from interviewer.voice.base import (
    ASR_SAMPLE_RATE,
    Capabilities,
    STTBase,
    Transcript,
    to_mono_16k,
    voice_config,
)
from interviewer.voice.filters import SegmentScores, reject_reason
from interviewer.voice.models import SETUP_HINT, LocalModel

log = logging.getLogger(__name__)

MIN_SPEECH_SECONDS = 0.25


def default_threads() -> int:
    """CPU threads for CTranslate2: all cores up to 8 (more stop helping for small models)."""
    return max(1, min(os.cpu_count() or 2, 8))


@lru_cache(maxsize=4)
def load_whisper(path: str, compute_type: str, cpu_threads: int) -> Any:
    """Load a WhisperModel once per (path, compute type, threads)."""
    try:
        from faster_whisper import WhisperModel
    except ImportError as e:
        raise VoiceUnavailable(
            "speech recognition needs faster-whisper, which is not installed",
            "pip install 'interviewer[voice]'; text answers still work",
        ) from e
    try:
        return in_yielding_thread(
            lambda: WhisperModel(
                path, device="cpu", compute_type=compute_type, cpu_threads=cpu_threads
            )
        )
    except (RuntimeError, ValueError, OSError) as e:
        raise VoiceUnavailable(f"cannot load the Whisper model in {path}: {e}", SETUP_HINT) from e


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


def in_yielding_thread(make: Any) -> Any:
    """Call `make()` in a thread of lower OS priority and return its result.

    CTranslate2 starts its compute threads when the model is created, and they inherit the
    creating thread's priority. Recognising a live answer keeps both cores of a small machine
    busy; at a lower priority it still gets all the CPU nobody else wants, but the web server's
    event loop (and a browser on the same machine) are not starved: measured on 2 cores, the
    click on stop reached the server after 0.2 to 0.8 s instead of 0.1 s.
    """
    out: dict[str, Any] = {}

    def _run() -> None:
        try:
            lower_thread_priority()
            out["value"] = make()
        except BaseException as e:  # noqa: BLE001 - re-raised in the caller's thread
            out["error"] = e

    thread = threading.Thread(target=_run, name="whisper-load")
    thread.start()
    thread.join()
    if "error" in out:
        raise out["error"]
    return out["value"]


@lru_cache(maxsize=1)
def _t2s() -> Any:
    try:
        from opencc import OpenCC
    except ImportError:
        log.warning("opencc is not installed: traditional characters are not converted")
        return None
    return OpenCC("t2s")


#: Full-width digits and Latin letters (Whisper sometimes writes "０" in Chinese) -> ASCII.
_HALF_WIDTH = {
    cp: cp - 0xFEE0
    for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
    for cp in range(r[0], r[1] + 1)
}


def to_simplified(text: str) -> str:
    """Simplified characters (OpenCC t2s, if installed) and ASCII digits/letters."""
    conv = _t2s()
    text = text.translate(_HALF_WIDTH)
    return conv.convert(text) if conv is not None else text


class WhisperSTT(STTBase):
    """faster-whisper on CPU: VAD-trimmed audio, greedy decoding, boilerplate rejected."""

    def __init__(
        self,
        model: LocalModel,
        *,
        compute_type: str = "int8",
        cpu_threads: int | None = None,
        beam_size: int = 1,
    ) -> None:
        self.local = model
        self.compute_type = compute_type
        self.cpu_threads = cpu_threads or default_threads()
        self.beam_size = beam_size
        self.name = f"faster-whisper:{model.name}"
        self.capabilities = Capabilities(
            languages=("en",) if model.english_only else ("zh", "en"), streaming=False, offline=True
        )
        self._lock = threading.Lock()

    def load(self) -> Any:
        """The loaded WhisperModel (loaded on first use, then shared)."""
        with self._lock:
            return load_whisper(str(self.local.path), self.compute_type, self.cpu_threads)

    def prepare(self) -> None:
        """Load the model before the timed part of `transcribe`."""
        self.load()

    def warm_up(self) -> threading.Thread:
        """Start loading the model in a background thread, so the first answer does not wait."""

        def _load() -> None:
            try:
                self.load()
            except Exception:  # noqa: BLE001 - the error is raised again on first transcribe
                log.warning("Whisper warm-up failed", exc_info=True)

        thread = threading.Thread(target=_load, name="whisper-warm-up", daemon=True)
        thread.start()
        return thread

    def _transcribe_impl(self, audio16k: np.ndarray, lang: str | None) -> Transcript:
        model = self.load()
        if lang not in (None, "en") and not model.model.is_multilingual:
            raise VoiceUnavailable(
                f"the Whisper model '{self.local.name}' understands English only", SETUP_HINT
            )
        spans = audio_mod.speech_spans(audio16k)
        segments: list[dict[str, object]] = [
            {"kind": "speech", "start": round(s, 3), "end": round(e, 3)} for s, e in spans
        ]
        info = AsrInfo(
            model=self.local.name,
            language=lang or "",
            audio_seconds=0.0,
            processing_ms=0.0,
            segments=segments,
        )
        if sum(e - s for s, e in spans) < MIN_SPEECH_SECONDS:
            return Transcript("", info, ["silence"])
        cut, mapping = audio_mod.cut_to_speech(audio16k, spans)
        prompt = voice_config().get("initial_prompts", {}).get(lang) if lang else None
        raw_segments, tinfo = model.transcribe(
            cut,
            language=lang,
            beam_size=self.beam_size,
            initial_prompt=prompt,
            vad_filter=False,
            without_timestamps=False,
            word_timestamps=False,
            condition_on_previous_text=False,
            temperature=(0.0, 0.4),
            compression_ratio_threshold=2.4,
            log_prob_threshold=None,
            no_speech_threshold=None,
        )
        kept: list[str] = []
        rejected: list[str] = []
        for seg in raw_segments:
            reason = reject_reason(
                SegmentScores(seg.text, seg.no_speech_prob, seg.avg_logprob, seg.compression_ratio),
                prompt,
            )
            if reason:
                rejected.append(reason)
                continue
            kept.append(seg.text.strip())
            segments.append(
                {
                    "kind": "text",
                    "text": seg.text.strip(),
                    "start": round(audio_mod.restore_time(seg.start, mapping), 3),
                    "end": round(audio_mod.restore_time(seg.end, mapping), 3),
                    "avg_logprob": round(seg.avg_logprob, 3),
                    "no_speech_prob": round(seg.no_speech_prob, 3),
                }
            )
        info.segments = segments
        info.language = tinfo.language
        info.language_probability = round(float(tinfo.language_probability), 3)
        text = ("" if tinfo.language == "zh" else " ").join(kept).strip()
        if tinfo.language == "zh":
            text = to_simplified(text)
            for seg_dict in info.segments:
                if seg_dict["kind"] == "text":
                    seg_dict["text"] = to_simplified(str(seg_dict["text"]))
        return Transcript(text, info, rejected)


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
        stt: STTBase,
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
        self._blocks: list[np.ndarray] = []
        self._size = 0
        self._cut = 0  # samples already handed to a background piece
        self._scanned = 0
        self._scan_queued = False
        self._started = 0
        self._pieces: list[tuple[int, Transcript]] = []
        self._worker = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="asr-live", initializer=lower_thread_priority
        )
        self._lock = threading.Lock()
        self._finished = False

    @property
    def pieces_started(self) -> int:
        """Pieces cut and transcribed (or being transcribed) while the answer was coming in."""
        return self._started

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
        block = to_mono_16k(samples, sample_rate)
        with self._lock:
            if self._finished:
                return
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
                self._started += 1
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
