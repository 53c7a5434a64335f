"""Replaying a voice session in the review tab of the served app, in a real chromium.

The session is made with the engine API and real audio: espeak-ng speaks the answers, a real
Whisper model transcribes them, piper / espeak-ng read the questions aloud. The browser must
really load every clip, show each answer's delivery and speech-recognition lines in both UI
languages, and the server must give the clips to their owner only and nothing else of the home.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.web.pages import wait_ready

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs Debian espeak-ng"),
]

ANSWERS = {
    "en": [
        "I led the move of our search service to a new index. Um, latency fell from eight "
        "hundred to three hundred milliseconds.",
        "I chose batch updates over streaming because cost mattered more than freshness.",
    ],
    "zh": [
        "我负责把搜索服务迁移到新的索引。嗯，延迟从八百毫秒降到三百毫秒。",
        "我选择了批量更新，因为成本比实时性更重要。",
    ],
}
#: Whisper model per language: English-only tiny for en, the multilingual base for zh.
MODELS = {"en": "tiny.en", "zh": "base"}
#: espeak-ng's Mandarin voice reading pinyin it derives from the characters (as tests/voice use).
ESPEAK_VOICES = {"en": "en-us", "zh": "cmn-latn-pinyin+f3"}
UNIT = {
    ("en", "en"): "wpm",
    ("en", "zh"): "词/分钟",
    ("zh", "en"): "chars/min",
    ("zh", "zh"): "字/分钟",
}
ASR = {"en": "Speech recognition", "zh": "语音识别"}
MISSING = {"en": "The audio file is gone", "zh": "录音文件已不存在"}


def _spoken_answer(text: str, lang: str, out: Path) -> Path:
    subprocess.run(
        ["espeak-ng", "-v", ESPEAK_VOICES[lang], "-s", "150", "-w", str(out), text],
        check=True,
        capture_output=True,
    )
    return out


def _browser_owner(svc, page, url: str) -> str:
    """Start a text interview in the page; the owner id the browser got is stored with it."""
    from storage.models import SessionRow

    page.goto(url)
    wait_ready(page)
    page.locator("#ui-lang label", has_text="English").click()
    page.fill("#resume-text textarea", "Search engineer. Led a ranking rewrite.")
    page.click("#start")
    page.wait_for_function(
        "() => /#\\d+|第 \\d+ 场/.test(document.querySelector('#status').innerText)",
        timeout=30_000,
    )
    found = re.search(r"#(\d+)|第 (\d+) 场", page.inner_text("#status"))
    sid = int(found.group(1) or found.group(2))
    with svc.db.session() as s:
        owner = s.get(SessionRow, sid).owner
    assert owner
    return owner


def _voice_session(svc, owner: str, lang: str, tmp: Path) -> int:
    """Two spoken answers and three questions read aloud, all stored as the app stores them."""
    from interviewer.engine.session import InterviewRunner
    from interviewer.voice.analytics import delivery_from_asr
    from interviewer.voice.audio import session_audio_dir, store_audio
    from interviewer.voice.stt import transcribe_file
    from interviewer.voice.tts import synthesize_to_file

    settings = svc.settings
    runner = InterviewRunner.start(svc, persona_id="leader", lang=lang, owner=owner)
    folder = session_audio_dir(settings, runner.session_id)

    def ask() -> None:
        q = runner.next_question()
        assert q is not None
        clip = synthesize_to_file(settings, q.text, lang, folder / f"question-{q.index:03d}.wav")
        runner.attach_audio(q, str(clip))

    for i, text in enumerate(ANSWERS[lang]):
        ask()
        wav = _spoken_answer(text, lang, tmp / f"{lang}-{i}.wav")
        heard, asr = transcribe_file(settings, str(wav), lang)
        stored = store_audio(settings, runner.session_id, len(runner.turns()), str(wav))
        runner.submit_answer(
            heard, audio_path=stored, asr=asr, delivery=delivery_from_asr(asr, lang)
        )
    ask()
    return runner.session_id


def _open_session(page, sid: int, ui_lang: str) -> None:
    """Switch the UI language, open the review tab and show session `sid` in that language."""
    page.locator("#ui-lang label", has_text="中文" if ui_lang == "zh" else "English").click()
    page.get_by_role("tab", name="回顾与进步" if ui_lang == "zh" else "Review & progress").click()
    heading = f"#{sid} ·"
    cell = page.locator("#sessions-table [role='gridcell'][data-col='0']").filter(
        has_text=re.compile(rf"^\s*{sid}\s*$")
    )
    # The table is re-rendered when the tab opens and when the language changes; a click that
    # lands on a row being replaced is lost, so click again until the transcript shows.
    for _ in range(6):
        if heading in page.inner_text("#transcript"):
            break
        cell.first.wait_for(timeout=20_000)
        cell.first.click()
        try:
            page.wait_for_function(
                "h => document.querySelector('#transcript').textContent.includes(h)",
                arg=heading,
                timeout=5_000,
            )
        except PlaywrightTimeout:
            continue
    # Picked, and re-rendered after a language switch (the ASR label is in the new language).
    page.wait_for_function(
        "([h, label]) => { const t = document.querySelector('#transcript').textContent;"
        " return t.includes(h) && t.includes(label); }",
        arg=[heading, ASR[ui_lang]],
        timeout=20_000,
    )
    # The transcript is folded by question: open every question to see it all.
    page.evaluate(
        "() => document.querySelectorAll('#transcript details').forEach(d => d.open = true)"
    )


LOAD_ALL = """async () => Promise.all([...document.querySelectorAll('#transcript audio')].map(
  a => new Promise(done => {
    const report = ok => done({src: a.currentSrc, duration: ok ? a.duration : -1});
    if (a.readyState >= 1) return report(true);
    a.addEventListener('loadedmetadata', () => report(true), {once: true});
    a.addEventListener('error', () => report(false), {once: true});
    a.preload = 'metadata';
    a.load();
  })))"""


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return int(r.status)
    except urllib.error.HTTPError as e:
        return int(e.code)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_review_replays_voice_session_with_analytics(server, browser, shot, tmp_path, lang) -> None:
    from interviewer.config import load_settings
    from interviewer.services import Services

    url, home = server
    svc = Services(load_settings(home=home, tts="piper", whisper_model=MODELS[lang]))
    context = browser.new_context(viewport={"width": 1400, "height": 1100}, locale="en-US")
    page = context.new_page()
    try:
        owner = _browser_owner(svc, page, url)
        sid = _voice_session(svc, owner, lang, tmp_path)
        turns = svc.repo.get_session(sid).turns
        answers = [t for t in turns if t.role == "candidate"]
        assert len(answers) == 2 and all(t.asr and t.delivery for t in answers)
        assert all(t.text.strip() and t.delivery.rate > 0 for t in answers), answers
        assert sum(1 for t in turns if t.audio_path) == 5
        # One question clip deleted by hand: a short note in its place, no broken player.
        lost = next(t for t in turns if t.role == "interviewer" and t.index > 0)
        Path(lost.audio_path).unlink()

        for ui_lang in (lang, "zh" if lang == "en" else "en"):
            _open_session(page, sid, ui_lang)
            loaded = page.evaluate(LOAD_ALL)
            assert len(loaded) == 4, loaded
            assert all(item["duration"] > 0 for item in loaded), loaded
            assert all("/media/audio/" in item["src"] for item in loaded), loaded
            text = page.inner_text("#transcript")
            assert text.count(UNIT[(lang, ui_lang)]) == 2, text
            assert text.count(ASR[ui_lang]) == 2, text
            assert MISSING[ui_lang] in text
            delivery = page.locator("#transcript .iv-delivery").first
            assert delivery.is_visible()
            if ui_lang == lang:
                shot(page, f"review-voice-{lang}")

        # Clips go out through the app's route, to this browser only, as audio that no browser
        # renders as a page; Gradio's file route serves nothing of the home, nor does "..".
        served = Path(answers[0].audio_path)
        link = f"{url}/media/audio/{sid}/{served.name}"
        mine = context.request.get(link)
        assert mine.status == 200 and mine.headers["content-type"].startswith("audio/")
        assert mine.headers["x-content-type-options"] == "nosniff"
        assert mine.headers["content-disposition"].startswith("attachment")
        assert _status(link) == 404, "another browser (no identity cookie) must not get it"
        stray = home / "stray.wav"
        shutil.copyfile(served, stray)
        outside = tmp_path / "outside.wav"
        shutil.copyfile(served, outside)
        sneaky = f"{home / 'audio'}/{sid}/../../interviewer.db"
        for path in (str(served), str(stray), str(outside), str(home / "interviewer.db"), sneaky):
            assert _status(url + "/gradio_api/file=" + quote(path)) in (403, 404), path
        for odd in (f"{sid}/..%2F..%2Finterviewer.db", f"{sid}/stray.wav", f"x/{served.name}"):
            assert context.request.get(f"{url}/media/audio/{odd}").status == 404, odd
    finally:
        context.close()
        svc.close()
