"""The served app in a real chromium, as a new user would use it, in Chinese and in English."""

from __future__ import annotations

import re

import pytest

from tests.web.pages import (
    ANSWERS_EN,
    ANSWERS_ZH,
    RESUME_EN,
    RESUME_ZH,
    XSS,
    InterviewPage,
    wait_ready,
)

pytestmark = pytest.mark.browser


def review_choices(page) -> list[str]:
    """The options of the review tab's session dropdown, read with the list opened."""
    page.click("#review-pick input")
    options = page.locator("#review-pick [role='option'], ul[role='listbox'] [role='option']")
    options.first.wait_for(timeout=10_000)
    texts = [t.strip() for t in options.all_inner_texts()]
    page.keyboard.press("Escape")
    return texts


def _check_db(svc, sid: int, answers: int, lang: str) -> None:
    rec = svc.repo.get_session(sid)
    cands = [t for t in rec.turns if t.role == "candidate"]
    assert rec.lang == lang
    assert len(cands) >= answers
    assert all(t.grades for t in cands)
    mine = svc.repo.list_sessions(owner=None)
    assert sid in {r.id for r in mine}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_full_interview_then_review(server, browser, shot, served_db, lang):
    url, home = server
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    page = context.new_page()
    ui = InterviewPage(page)
    ui.open(url)
    ui.set_lang(lang)
    ui.start(RESUME_ZH if lang == "zh" else RESUME_EN)
    sid = ui.session_id()
    first_question = page.locator("#chat [data-testid='bot']").last.inner_text()
    if lang == "zh":
        assert re.search(r"[\u4e00-\u9fff]", first_question)
    shot(page, f"{lang}-1-first-question")
    for i, text in enumerate(ANSWERS_ZH if lang == "zh" else ANSWERS_EN):
        ui.answer(text)
        assert "/100" in page.inner_text("#score-summary")
        if i == 0:
            page.click("#scorecard-acc button")  # the full card, folded under the summary
            page.wait_for_selector("#scorecard table", state="visible")
            assert "/5" in page.inner_text("#scorecard")
            shot(page, f"{lang}-2-score-card")
    assert ui.count("user") == 3
    ui.end()
    report = page.inner_text("#report .iv-report")
    assert ("面试报告" if lang == "zh" else "Interview report") in report
    shot(page, f"{lang}-3-report")
    _check_db(served_db(home), sid, 3, lang)

    ui.open_review(lang)
    page.wait_for_function(
        f"() => document.querySelector('#sessions-table').innerText.includes('{sid}')"
    )
    page.locator("#sessions-table [role='gridcell'][data-col='0']", has_text=str(sid)).first.click()
    page.wait_for_selector("#transcript details.iv-qa", timeout=20_000)
    page.evaluate(
        "() => document.querySelectorAll('#transcript details').forEach(d => d.open = true)"
    )  # folded by question
    page.wait_for_selector("#transcript mark", timeout=20_000)
    assert (ANSWERS_ZH if lang == "zh" else ANSWERS_EN)[2][:10] in page.inner_text("#transcript")
    page.wait_for_selector("#progress-plot canvas, #progress-plot svg", timeout=20_000)
    page.click("#export")
    page.wait_for_selector("#export-file a", timeout=20_000)
    assert f"interview-{sid}" in page.inner_text("#export-file")
    href = page.locator("#export-file a").first.get_attribute("href")
    body = page.request.get(href if href.startswith("http") else url + href).text()
    assert f"# Interview session {sid}" in body
    shot(page, f"{lang}-4-review")
    assert ui.dialogs == []
    context.close()


def test_refresh_mid_interview_resumes_and_escapes(server, browser, shot, served_db):
    url, home = server
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    ui = InterviewPage(page)
    ui.open(url)
    ui.set_lang("en")
    ui.start(RESUME_EN + f"\nSide project: {XSS}\n")
    sid = ui.session_id()
    ui.answer(ANSWERS_EN[0])
    ui.answer(f"{XSS} {ANSWERS_EN[1]}")
    pending = page.locator("#chat [data-testid='bot']").last.inner_text()

    page.reload()
    page.wait_for_selector("#start", state="visible")
    page.wait_for_function(
        "() => document.querySelectorAll(\"#chat [data-testid='user']\").length === 2 && "
        "!document.querySelector('#answer textarea').disabled",
        timeout=30_000,
    )
    assert ui.session_id() == sid
    assert page.locator("#chat [data-testid='bot']").last.inner_text() == pending
    shown = page.locator("#chat [data-testid='user']").last.inner_text()
    assert "<script>alert(1)</script>" in shown and "<img src=x onerror=alert(2)>" in shown
    assert page.locator("#chat script, #chat img[src='x']").count() == 0
    shot(page, "en-5-after-refresh")

    before = ui.count("bot")
    page.fill("#answer textarea", ANSWERS_EN[2])
    page.dblclick("#send")  # an impatient double click submits once
    ui._wait_turn_done(before)
    page.wait_for_timeout(1000)
    assert ui.count("user") == 3
    _check_db(served_db(home), sid, 3, "en")
    answers = [t for t in served_db(home).repo.get_session(sid).turns if t.role == "candidate"]
    assert len(answers) == 3
    assert ui.dialogs == []

    # Another browser never sees this browser's sessions. It starts one of its own, so the lists
    # read below are known to be loaded (its own session is in them), and the dropdown is opened
    # (a closed one shows no options, which would prove nothing).
    other = browser.new_context().new_page()
    other_ui = InterviewPage(other)
    other_ui.open(url)
    other_ui.set_lang("en")
    other_ui.start(RESUME_EN)
    own = other_ui.session_id()
    assert other.locator("#chat [data-testid='user']").count() == 0
    other_ui.open_review("en")
    other.wait_for_function(
        """own => [...document.querySelectorAll("#sessions-table [data-col='0']")]
                  .some(c => c.innerText.trim() === String(own))""",
        arg=own,
        timeout=20_000,
    )
    ids = [c.strip() for c in other.locator("#sessions-table [data-col='0']").all_inner_texts()]
    assert str(own) in ids and str(sid) not in ids, ids
    choices = " ".join(review_choices(other))
    assert f"#{own} " in choices and f"#{sid} " not in choices, choices
    assert ui.count("user") == 3
    context.close()


def test_library_tab_shows_personas_and_broken_files(server, browser, shot):
    url, home = server
    (home / "personas").mkdir(exist_ok=True)
    (home / "personas" / "broken.yaml").write_text("id: broken\nname: <b>x</b>\n", encoding="utf-8")
    page = browser.new_context().new_page()
    ui = InterviewPage(page)
    ui.open(url)
    page.get_by_role("tab", name="Personas & rubrics").click()
    page.click("#lib-reload")
    page.wait_for_function(
        "() => document.querySelector('#lib-errors').innerText.includes('broken.yaml')",
        timeout=20_000,
    )
    assert page.locator("#lib-persona-view h3").count() == 1
    assert page.locator("#lib-rubric-view li").count() > 3
    ui.set_lang("zh")
    page.wait_for_function(
        "() => document.querySelector('#lib-rubric-view').innerText.match(/[\\u4e00-\\u9fff]/)"
    )
    shot(page, "zh-6-library")
    (home / "personas" / "broken.yaml").unlink()


def test_uploaded_resume_voice_answer_and_practise_weakest(
    server, browser, shot, served_db, tmp_path
):
    import shutil
    import subprocess
    from pathlib import Path

    if not shutil.which("espeak-ng"):
        pytest.skip("espeak-ng is not installed (.ci/run installs it)")
    wav = tmp_path / "answer.wav"
    subprocess.run(
        [
            "espeak-ng",
            "-v",
            "en-us",
            "-w",
            str(wav),
            "I led the search migration "
            "myself. Latency fell from eight hundred to three hundred milliseconds.",
        ],
        check=True,
    )
    url, home = server
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    ui = InterviewPage(page)
    ui.open(url)
    ui.set_lang("en")
    resume = Path(__file__).resolve().parents[1] / "data" / "resumes" / "en_markdown.md"
    page.set_input_files("#resume-file input[type=file]", str(resume))
    page.wait_for_function(
        "() => document.querySelector('#resume-file').innerText.includes('en_markdown')"
    )
    before = ui.count("bot")
    page.click("#start")
    ui._wait_turn_done(before)
    sid = ui.session_id()

    page.set_input_files("#audio-in input[type=file]", str(wav))
    page.wait_for_function("() => !document.querySelector('#send-audio').disabled")
    before = ui.count("bot")
    page.click("#send-audio")
    # the recognised text waits in the answer box to be checked (the default), then is sent
    page.wait_for_function(
        "() => { const t = document.querySelector('#answer textarea');"
        " return t && !t.disabled && /latency/i.test(t.value); }",
        timeout=60_000,
    )
    assert "answer box" in page.inner_text("#notice") and ui.count("user") == 0
    page.click("#send")
    ui._wait_turn_done(before)
    assert "latency" in page.locator("#chat [data-testid='user']").last.inner_text().lower()
    # the recording went with that answer: the recorder is empty for the next one
    page.wait_for_function(
        "() => document.querySelector('#audio-in').innerText.includes('Drop Audio Here')",
        timeout=10_000,
    )
    shot(page, "en-7-voice-answer")
    ui.end()  # the weakest criterion counts finished interviews (as the progress chart does)
    svc = served_db(home)
    rec = svc.repo.get_session(sid)
    assert rec.resume_id is not None
    spoken = [t for t in rec.turns if t.role == "candidate"][0]
    assert spoken.audio_path and Path(spoken.audio_path).is_file() and spoken.grades

    ui.open_review("en")
    page.wait_for_function("() => document.querySelector('#weakest').innerText.includes('weakest')")
    page.click("#practise")
    page.wait_for_function(
        f"() => !document.querySelector('#status').innerText.includes('#{sid} ')"
        " && document.querySelector('#status').innerText.includes('practising')"
    )
    assert page.locator("#chat [data-testid='bot']").count() == 1
    new_sid = ui.session_id()
    assert svc.repo.get_session(new_sid).focus
    shot(page, "en-8-practise-weakest")


@pytest.mark.slow  # twenty chromium pages took over 3 minutes on a loaded 2-core machine
def test_twenty_browsers_at_once(server, browser, shot, served_db):
    """Twenty separate browsers interview at the same time; each sees only its own session."""
    url, home = server
    pages = []
    for _ in range(20):
        page = browser.new_context(viewport={"width": 1200, "height": 900}).new_page()
        page.goto(url)
        pages.append(page)
    for page in pages:
        wait_ready(page)
        page.click("#start")  # all twenty start before any is waited for
    sids = []
    for page in pages:
        InterviewPage(page)._wait_turn_done(0)
        sids.append(InterviewPage(page).session_id())
    for n, page in enumerate(pages):
        page.fill("#answer textarea", f"{ANSWERS_EN[0]} BROWSER{n:02d}X")
        page.click("#send")
    for n, page in enumerate(pages):
        InterviewPage(page)._wait_turn_done(1)
        mine = page.inner_text("#chat")
        assert f"BROWSER{n:02d}X" in mine
        assert sum(f"BROWSER{m:02d}X" in mine for m in range(20)) == 1
    shot(pages[-1], "en-9-twenty-at-once")
    assert len(set(sids)) == 20
    svc = served_db(home)
    for n, sid in enumerate(sids):
        answers = [t for t in svc.repo.get_session(sid).turns if t.role == "candidate"]
        assert [f"BROWSER{n:02d}X" in t.text for t in answers] == [True]
    for page in pages:
        page.context.close()


def test_first_visit_follows_browser_language_then_remembers_choice(server, browser):
    url, _home = server
    page = browser.new_context(locale="zh-CN").new_page()
    ui = InterviewPage(page)
    ui.open(url)
    page.wait_for_function("() => document.querySelector('#start').innerText.includes('开始面试')")
    assert "回顾与进步" in page.inner_text("#tabs")
    ui.set_lang("en")
    page.reload()
    page.wait_for_selector("#start", state="visible")
    page.wait_for_function("() => document.querySelector('#start').innerText.includes('Start')")
    page.context.close()
