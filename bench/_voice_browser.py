"""Voice turn latency in a real chromium: the candidate presses stop → the next question's audio
starts playing in the page.

Chromium's fake microphone plays the benchmark answer (then silence); the app is a real
`interviewer serve` with the offline engine, Whisper base int8 and piper. The page's speech
player logs when each clip starts playing (`window.ivSpeechLog`), so the figure includes
everything the candidate waits for: the end of recognition, grading, the next question, its
first sentence synthesised, sent and decoded. Each turn uses a fresh browser, because the fake
microphone keeps playing its file from where the last recording left it.
"""

from __future__ import annotations

import statistics
import tempfile
import wave
from pathlib import Path
from typing import Any

import numpy as np

from bench._servers import CHROMIUM, CHROMIUM_ARGS, served_app

#: Seconds between the last word and the click on stop (approximate: the fake microphone starts
#: with the recording, give or take a few hundred milliseconds).
PAUSE_BEFORE_STOP = 1.0
TARGET_S = 1.2


def _fake_mic_file(audio: np.ndarray, folder: Path) -> Path:
    path = folder / "answer.wav"
    pcm = np.concatenate([audio, np.zeros(40 * 16_000, np.float32)])
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16_000)
        w.writeframes((np.clip(pcm, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def fake_mic_browser(p: Any, wav: Path) -> Any:
    """A headless chromium whose microphone plays `wav` (looping) and that may autoplay."""
    return p.chromium.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=[
            *CHROMIUM_ARGS,
            "--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream",
            f"--use-file-for-fake-audio-capture={wav}",
            "--autoplay-policy=no-user-gesture-required",
        ],
    )


def start_spoken_interview(page: Any, url: str, ui_lang: str, review: bool = False) -> str:
    """Open the app, start an interview with questions read aloud (UI language label `ui_lang`),
    wait until the first question plays; returns that turn's key in the page's speech log.
    `review`: the recognised text waits in the answer box to be checked (else stop sends)."""
    page.goto(url, timeout=60_000)
    page.wait_for_selector("#mic .record-button", timeout=60_000)
    # the page-load event (restoring a session) covers the page until it is done: on a busy
    # machine that can take longer than Playwright's default 30 s
    page.click(f"#ui-lang label:has-text('{ui_lang}')", timeout=120_000)
    page.click("#read-aloud input")
    # measured: stop sends at once (checking the recognised text first is the default)
    page.set_checked("#review-transcript input", review)
    page.click("#start")
    page.wait_for_function(
        "() => (window.ivSpeechLog || []).some(e => e.clip === 0)", timeout=60_000
    )
    return str(page.evaluate("window.ivSpeechLog.find(e => e.clip === 0).key"))


def stop_and_wait_for_next_question(page: Any, asked_key: str) -> float:
    """Click stop; seconds until the first clip of a question other than `asked_key` plays."""
    stop_at = page.evaluate("performance.now()")
    page.click("#mic .stop-button")
    played = page.wait_for_function(
        f"""() => {{
            const e = (window.ivSpeechLog || []).find(
                e => e.key !== '{asked_key}' && e.clip === 0 && e.t > {stop_at});
            return e ? e.t : null;
        }}""",
        timeout=60_000,
    ).json_value()
    return (float(played) - stop_at) / 1000


def _one_turn(p: Any, url: str, wav: Path, speech_seconds: float) -> float:
    browser = fake_mic_browser(p, wav)
    try:
        page = browser.new_context(permissions=["microphone"]).new_page()
        first_key = start_spoken_interview(page, url, "English")
        page.click("#mic .record-button")
        page.wait_for_timeout((speech_seconds + PAUSE_BEFORE_STOP) * 1000)
        return stop_and_wait_for_next_question(page, first_key)
    finally:
        browser.close()


def browser_rows(audio: np.ndarray, turns: int) -> list[dict[str, Any]]:
    """p50/p95 of stop → question audio playing, in seconds, over `turns` spoken answers."""
    from playwright.sync_api import sync_playwright

    times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        wav = _fake_mic_file(audio, Path(tmp))
        with served_app(Path(tmp) / "home", {"INTERVIEWER_TTS": "piper"}, timeout=180) as url:
            # One turn first, not timed: the server prepares and loads Whisper once (the
            # in-process rows load it before timing too).
            _one_turn(p, url, wav, audio.size / 16_000)
            for _ in range(turns):
                times.append(_one_turn(p, url, wav, audio.size / 16_000))
    label = (
        f"browser: stop ≈{PAUSE_BEFORE_STOP:.0f} s after the last word → question audio "
        "playing in chromium, base int8, piper"
    )
    p50 = statistics.median(times)
    p95 = sorted(times)[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return [
        {
            "metric": f"{label}, p50 (s, n={len(times)})",
            "value": p50,
            "target": f"< {TARGET_S}",
            "status": "ok" if p50 < TARGET_S else "MISS",
        },
        {"metric": f"{label}, p95 (s)", "value": p95, "target": "", "status": "info"},
    ]
