"""The interview page as a candidate sees it (issue 18), in a real chromium at a laptop's
1366×900 and a phone's 390×844, in Chinese and English: what is on screen after each step."""

from __future__ import annotations

import re

import pytest

from tests.web.pages import ANSWERS_EN, ANSWERS_ZH, RESUME_EN, RESUME_ZH, InterviewPage, wait_ready

pytestmark = pytest.mark.browser

VIEWPORTS = {"desktop": (1366, 900), "phone": (390, 844)}

IN_VIEW = """sel => { const el = document.querySelector(sel); if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight + 1; }"""
OVERLAYS = """() => [...document.querySelectorAll('.toast-body, .error, [data-testid="toast-body"]')]
  .filter(e => e.offsetParent && !e.classList.contains('iv-error'))
  .map(e => e.innerText)"""


ANSWER_READY = (
    "() => { const t = document.querySelector('#answer textarea'); return t && !t.disabled; }"
)


def _sessions(served_db, home) -> int:
    return len(served_db(home).repo.list_sessions(owner=None, limit=10_000))


def _viewport_shot(page, shot, name: str) -> None:
    """What is on screen (not the full page): that is what the candidate sees."""
    from tests.web.conftest import ARTIFACTS

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


@pytest.mark.parametrize("size", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_interview_view_keeps_feedback_and_report_in_sight(
    server, browser, shot, served_db, lang, size
):
    url, home = server
    width, height = VIEWPORTS[size]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="en-US")
    page = context.new_page()
    ui = InterviewPage(page)
    ui.open(url)
    ui.set_lang(lang)
    name = f"page-{lang}-{size}"
    if size == "desktop":
        assert page.evaluate(IN_VIEW, "#start"), "Start must be above the fold"
    else:  # tabs visible (none behind a "more" menu), the title not squeezed
        assert page.locator("#tabs [role='tab']").count() == 3
        assert page.evaluate("() => document.querySelector('#title').offsetWidth") > 300
    _viewport_shot(page, shot, f"{name}-1-setup")

    # One session per double click, Start disabled while it is being created.
    page.fill("#resume-text textarea", RESUME_ZH if lang == "zh" else RESUME_EN)
    page.click("#job textarea")  # leaving the résumé box reads it
    project = "智能客服" if lang == "zh" else "Search ranking"
    page.wait_for_function(
        "p => document.querySelector('#resume-preview').innerText.includes(p)",
        arg=project,
        timeout=30_000,
    )  # the preview names the résumé's projects before Start
    preview = page.inner_text("#resume-preview")
    # in the page's language, kinds by name (the empty preview was built before the switch)
    assert ("面试官会围绕" in preview) if lang == "zh" else ("will ask about" in preview)
    assert ("Upload or paste" not in preview) if lang == "zh" else ("上传" not in preview)
    page.click("#resume-rows-acc button")  # the editable rows, folded until wanted
    page.wait_for_selector("#resume-rows table", state="visible", timeout=10_000)
    rows = page.inner_text("#resume-rows")
    assert ("成果数字" in rows and "检索增强" in rows) if lang == "zh" else ("claims" in rows)
    if lang == "zh":  # nothing left in English from the server's first render
        assert "Projects (editable)" not in rows
        assert "No interview" not in page.inner_text("#status")
    page.locator("#resume-preview .resume-project").first.scroll_into_view_if_needed()
    _viewport_shot(page, shot, f"{name}-1b-resume-preview")
    page.evaluate("() => window.scrollTo(0, 0)")
    before = _sessions(served_db, home)
    page.dblclick("#start")
    ui._wait_turn_done(0)
    page.wait_for_timeout(800)
    assert _sessions(served_db, home) == before + 1
    progress = page.inner_text("#progress")
    assert (
        re.search(r"第 1 题，共 \d+ 题", progress) if lang == "zh" else "Question 1 of" in progress
    )
    # Setup folded into one line naming round, language, model and résumé.
    setup = page.inner_text("#setup")
    assert ("粘贴" if lang == "zh" else "pasted") in setup
    assert page.locator("#setup [data-testid='accordion-content']").first.is_hidden()

    # An empty answer cannot be sent: no request, no overlay, no toast.
    page.wait_for_function("() => document.querySelector('#send').disabled", timeout=5000)
    page.fill("#answer textarea", "   ")
    page.wait_for_timeout(400)
    assert page.evaluate("() => document.querySelector('#send').disabled")
    page.evaluate("() => document.querySelector('#send').click()")
    page.wait_for_timeout(500)
    assert page.evaluate(OVERLAYS) == [] and ui.count("user") == 0

    # A hint for the question waiting, under the answer box; it goes with that question.
    page.click("#hint")
    page.wait_for_selector("#hint-text .iv-hint", state="visible", timeout=30_000)
    assert ("提示" if lang == "zh" else "Hint") in page.inner_text("#hint-text")
    _viewport_shot(page, shot, f"{name}-1c-hint")

    ui.answer((ANSWERS_ZH if lang == "zh" else ANSWERS_EN)[0])
    page.wait_for_selector("#score-summary .iv-summary")
    assert page.evaluate(IN_VIEW, "#score-summary .iv-sum-overall"), "summary out of sight"
    assert page.input_value("#answer textarea") == "", "the sent answer is still in the box"
    summary = page.inner_text("#score-summary")
    assert re.search(r"\d+/100", summary) and "/5" in summary
    assert ("第 2 题" if lang == "zh" else "Question 2 of") in page.inner_text("#progress")
    assert page.locator("#hint-text .iv-hint").count() == 0
    _viewport_shot(page, shot, f"{name}-2-score-summary")
    page.click("#scorecard-acc button")
    page.wait_for_selector("#scorecard .iv-answer mark", state="visible")
    shot(page, f"{name}-3-full-card")

    page.click("#end")
    page.wait_for_selector("#report .iv-report", state="visible", timeout=30_000)
    page.wait_for_timeout(800)
    assert page.evaluate(IN_VIEW, "#report .iv-closing"), "report out of sight"
    assert page.locator("#chat").is_hidden()
    report = page.inner_text("#report")
    assert ("面试报告" if lang == "zh" else "Interview report") in report
    _viewport_shot(page, shot, f"{name}-4-report")
    page.click("#to-transcript")
    page.wait_for_selector("#chat", state="visible")
    assert ui.count("user") == 1
    page.click("#to-report")
    page.wait_for_selector("#report .iv-report", state="visible")
    assert page.evaluate(OVERLAYS) == [] and ui.dialogs == []
    context.close()


def test_broken_upload_is_named_under_the_upload(server, browser, shot, tmp_path):
    url, _home = server
    broken = tmp_path / "my-resume.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a pdf")
    page = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    ui = InterviewPage(page)
    ui.open(url)
    ui.set_lang("en")
    page.set_input_files("#resume-file input[type=file]", str(broken))
    page.wait_for_selector("#resume-error .iv-error", timeout=20_000)
    text = page.inner_text("#resume-error")
    assert "my-resume.pdf" in text
    assert "/tmp" not in text and "gradio" not in text and "hint:" not in text
    assert page.evaluate(OVERLAYS) == []
    _viewport_shot(page, shot, "page-en-desktop-5-upload-error")
    page.context.close()


def test_draft_survives_refresh_but_sent_answers_leave_no_trace(server, browser):
    url, _home = server
    page = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    ui = InterviewPage(page)
    ui.open(url)
    ui.set_lang("en")
    page.click("#timer-on input")  # the optional per-question timer
    ui.start(RESUME_EN)
    page.wait_for_function(
        "() => /⏱ 0:0[1-9]/.test(document.querySelector('#timer').innerText)", timeout=15_000
    )
    draft = "Half-written DRAFT7 about the ranking rewrite"
    page.fill("#answer textarea", draft)
    page.wait_for_timeout(400)
    page.reload()
    page.wait_for_function(
        "d => document.querySelector('#answer textarea') && "
        "document.querySelector('#answer textarea').value === d",
        arg=draft,
        timeout=30_000,
    )
    page.wait_for_function("() => !document.querySelector('#send').disabled", timeout=5000)
    before = ui.count("bot")
    page.click("#send")
    ui._wait_turn_done(before)
    drafts = page.evaluate(
        "() => Object.keys(localStorage).filter(k => k.startsWith('interviewer-draft-'))"
        ".map(k => localStorage.getItem(k)).join(' ')"
    )
    assert "DRAFT7" not in drafts  # a sent answer is not kept as a draft
    # (Gradio's own run history in localStorage is the security issue's: see tests/security.)
    page.reload()
    page.wait_for_function(ANSWER_READY, timeout=30_000)
    wait_ready(page)
    page.wait_for_timeout(800)  # page.js would have put a kept draft back by then
    assert page.input_value("#answer textarea") == ""
    page.context.close()


def test_session_keeps_its_language_and_setup_after_refresh(server, browser, shot):
    url, _home = server
    page = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    ui = InterviewPage(page)
    ui.open(url)
    ui.set_lang("en")
    page.click("#persona input")
    page.get_by_role("option", name=re.compile("HR")).first.click()
    page.click("#focus input")
    page.get_by_role("option").nth(1).click()
    focus = page.input_value("#focus input")
    ui.start(RESUME_EN)
    ui.set_lang("zh")
    page.wait_for_timeout(500)
    page.reload()
    page.wait_for_function(ANSWER_READY, timeout=30_000)
    page.wait_for_function(
        "() => document.querySelector('#start').innerText.includes('开始面试')", timeout=10_000
    )
    # The page stays Chinese; the session stays English, with its round and focus shown.
    assert "开始面试" in page.inner_text("#start")
    assert "英文" in page.inner_text("#status")
    assert "HR" in page.input_value("#persona input")
    assert page.input_value("#focus input") not in ("", "不限", "Any")
    assert focus
    assert not re.search(
        r"[\u4e00-\u9fff]", page.locator("#chat [data-testid='bot']").last.inner_text()
    )
    # Gradio's own widget texts follow the chosen language too.
    page.evaluate("() => { const a = document.querySelector('#setup button'); a && a.click(); }")
    page.wait_for_timeout(500)
    assert "拖放" in page.inner_text("#resume-file") or "点击上传" in page.inner_text(
        "#resume-file"
    )
    _viewport_shot(page, shot, "page-zh-desktop-6-english-session-in-chinese-ui")
    page.context.close()


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_review_filters_chart_and_folded_transcript(server, browser, shot, size):
    url, _home = server
    width, height = VIEWPORTS[size]
    page = browser.new_context(viewport={"width": width, "height": height}).new_page()
    ui = InterviewPage(page)
    ui.open(url)
    ui.open_review("en")
    page.wait_for_function(
        "() => document.querySelector('#review-empty').innerText.includes('No interviews yet')"
    )
    assert "No interviews yet" not in page.inner_text("#transcript")
    page.get_by_role("tab", name="Interview").click()
    for lang, resume, answers in (("en", RESUME_EN, ANSWERS_EN), ("zh", RESUME_ZH, ANSWERS_ZH)):
        ui.set_lang(lang)
        if lang == "zh":
            page.click("#new-after")  # from the report: setup opens again
            page.wait_for_selector("#start", state="visible")
        ui.start(resume)
        ui.answer(answers[0])
        ui.end()
    ui.set_lang("en")
    ui.open_review("en")
    page.wait_for_function(
        "() => document.querySelectorAll('#progress-plot .iv-legend li').length >= 3",
        timeout=20_000,
    )
    page.wait_for_function("() => document.querySelector('#review-empty').innerText.trim() === ''")
    assert page.locator("#progress-plot svg.iv-chart circle").count() >= 2
    assert "English" in page.inner_text("#sessions-table")
    page.click("#review-lang input")
    page.get_by_role("option", name="Chinese").click()
    page.wait_for_function(
        "() => !document.querySelector('#sessions-table').innerText.includes('English')",
        timeout=20_000,
    )
    assert "Chinese" in page.inner_text("#sessions-table")
    page.locator("#sessions-table [role='gridcell'][data-col='0']").first.click()
    page.wait_for_selector("#transcript details.iv-qa", timeout=20_000)
    assert page.locator("#transcript details.iv-qa[open]").count() == 0
    assert page.locator("#transcript .iv-report").count() == 1
    _viewport_shot(page, shot, f"page-en-{size}-7-review")
    shot(page, f"page-en-{size}-7-review-full")
    page.context.close()


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_pdf_of_the_report_opens_and_shows_chinese(server, browser, shot, tmp_path, size):
    import shutil
    import subprocess

    if not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils is not installed (.ci/run installs it)")
    url, _home = server
    width, height = VIEWPORTS[size]
    page = browser.new_context(viewport={"width": width, "height": height}).new_page()
    ui = InterviewPage(page)
    ui.open(url)
    ui.set_lang("zh")
    ui.start(RESUME_ZH)
    ui.answer(ANSWERS_ZH[0])
    ui.end()
    page.click("#export-pdf")
    page.wait_for_selector("#report-file a", timeout=30_000)
    assert page.evaluate(OVERLAYS) == []
    href = page.locator("#report-file a").first.get_attribute("href")
    body = page.request.get(href if href.startswith("http") else url + href).body()
    assert body.startswith(b"%PDF")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(body)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "面试报告" in text and "总分" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "NotoSansCJK" in fonts  # drawn with the CJK font the project installs, not boxes
    from tests.web.conftest import ARTIFACTS

    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            "1",
            "-l",
            "1",
            str(pdf),
            str(ARTIFACTS / f"page-zh-{size}-pdf"),
        ],
        check=True,
    )
    page.locator("#report-file").scroll_into_view_if_needed()
    _viewport_shot(page, shot, f"page-zh-{size}-8-pdf-link")
    page.context.close()
