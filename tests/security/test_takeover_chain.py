"""The account-takeover chain of issue 13, item 1, replayed in a real chromium against `serve`.

An attacker answers with a recording that is also an HTML page, uploaded as `answer.html`, and
sends its link around. Opening that link (theirs, or Gradio's file route with the stored path)
runs no script; a page cannot read the browser's identity; and a browser given everything the
victim's page keeps (its localStorage), or a made-up identity naming the victim's owner id, gets
none of the victim's sessions, transcripts or recordings.
"""

from __future__ import annotations

import re
import shutil
from urllib.parse import quote

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from security_samples import polyglot_wav, spoken_wav

from bench._servers import served_app
from tests.web.pages import wait_ready

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng"),
]
ANSWER = "I led the migration of our search service and cut latency by half."
VICTIM_ANSWER = "I owned the SECRETPLAN rollout and measured recall on two thousand queries."


def _start(page, url: str) -> int:
    page.goto(url)
    wait_ready(page)
    page.locator("#ui-lang label", has_text="English").click()
    page.fill("#resume-text textarea", "Search engineer. Led a ranking rewrite.")
    page.uncheck("#review-transcript input")  # a recording is sent at once, not checked first
    page.click("#start")
    page.wait_for_function(
        "() => /#\\d+/.test(document.querySelector('#status').innerText) &&"
        " !document.querySelector('#send').disabled",
        timeout=30_000,
    )
    return int(re.search(r"#(\d+)", page.inner_text("#status")).group(1))


def _wait_answers(page, n: int) -> None:
    page.wait_for_function(
        "n => document.querySelectorAll(\"#chat [data-testid='user']\").length >= n",
        arg=n,
        timeout=90_000,
    )


def _answer_with_file(page, name: str, data: bytes) -> None:
    # The page's picker only offers audio; a hostile client names the type it likes.
    page.locator("#audio-in input[type=file]").set_input_files(
        {"name": name, "mimeType": "audio/wav", "buffer": data}
    )
    page.wait_for_function("() => !document.querySelector('#send-audio').disabled")
    page.click("#send-audio")
    _wait_answers(page, 1)


def _review_rows(page) -> str:
    page.get_by_role("tab", name="Review & progress").click()
    page.wait_for_selector("#sessions-table", state="visible")
    page.wait_for_timeout(1500)  # the table is filled by the tab's select event
    return page.inner_text("#sessions-table")


def _open_transcript(page, sid: int) -> None:
    _review_rows(page)
    cell = page.locator("#sessions-table [role='gridcell'][data-col='0']").filter(
        has_text=re.compile(rf"^\s*{sid}\s*$")
    )
    for _ in range(6):  # a click on a row being re-rendered is lost: click until it shows
        if f"#{sid} ·" in page.inner_text("#transcript"):
            return
        cell.first.wait_for(timeout=20_000)
        cell.first.click()
        try:
            page.wait_for_function(
                "h => document.querySelector('#transcript').innerText.includes(h)",
                arg=f"#{sid} ·",
                timeout=5_000,
            )
        except PlaywrightTimeout:
            continue


def _open_link(context, link: str) -> tuple[object, str]:
    """Open `link` as a user clicking it would; returns (the page, what happened)."""
    page = context.new_page()
    try:
        with page.expect_download(timeout=10_000) as download:
            try:
                page.goto(link)
            except PlaywrightError as e:  # the navigation became a download
                assert "Download is starting" in str(e), e
        return page, f"download {download.value.suggested_filename}"
    except PlaywrightTimeout:
        return page, "shown"


def _owner_of(home, sid: int) -> str:
    from interviewer.config import load_settings
    from interviewer.services import Services
    from storage.models import SessionRow

    svc = Services(load_settings(home=home))
    try:
        with svc.db.session() as s:
            return str(s.get(SessionRow, sid).owner)
    finally:
        svc.close()


def test_stored_polyglot_runs_no_script_and_identity_cannot_be_forged(chromium, tmp_path) -> None:
    from gradio_client import Client

    polyglot = polyglot_wav(spoken_wav(ANSWER, tmp_path / "speech.wav"))
    home = tmp_path / "home"
    with served_app(home, {"INTERVIEWER_WHISPER_MODEL": "tiny.en"}) as url:
        ran: list[str] = []
        attacker = chromium.new_context(viewport={"width": 1400, "height": 1000})
        victim = chromium.new_context(viewport={"width": 1400, "height": 1000})
        for context in (attacker, victim):
            context.on("request", lambda r: ran.append(r.url) if "/pwned" in r.url else None)

        # The victim practises; the attacker plants the polyglot in a session of their own.
        vpage = victim.new_page()
        vsid = _start(vpage, url)
        vpage.fill("#answer textarea", VICTIM_ANSWER)
        vpage.click("#send")
        _wait_answers(vpage, 1)
        assert "interviewer_id" not in vpage.evaluate("document.cookie"), "must be HttpOnly"
        kept = vpage.evaluate("() => JSON.stringify(Object.assign({}, localStorage))")
        assert "SECRETPLAN" not in kept and "run-history" not in kept, (
            "answers stay off the browser"
        )
        apage = attacker.new_page()
        asid = _start(apage, url)
        _answer_with_file(apage, "answer.html", polyglot)
        _open_transcript(apage, asid)
        src = apage.locator("#transcript audio").first.get_attribute("src") or ""
        stored = next((home / "audio" / str(asid)).iterdir())
        assert b"<script>" in stored.read_bytes()

        # The review page's link, opened by the victim and by its owner, and the old way in
        # (Gradio's file route with the stored path): no script runs, no page shows.
        for context in (victim, attacker):
            for link in (url + src, f"{url}/gradio_api/file={quote(str(stored))}"):
                page, what = _open_link(context, link)
                page.wait_for_timeout(500)
                assert ran == [], f"the hidden page ran: {link}"
                assert page.evaluate("() => window.__pwned") is None, link
                if context is attacker and link == url + src:
                    assert what.startswith("download") and what.endswith(".wav"), what
        assert src.startswith(f"/media/audio/{asid}/") and src.endswith(".wav"), src
        assert stored.suffix == ".wav"
        assert victim.request.get(url + src).status == 404, "a clip goes to its owner only"

        # A browser given everything the victim's page keeps sees none of the victim's sessions.
        kept = vpage.evaluate("() => JSON.stringify(Object.assign({}, localStorage))")
        thief_ctx = chromium.new_context(viewport={"width": 1400, "height": 1000})
        thief_ctx.add_init_script(
            f"Object.entries(JSON.parse({kept!r})).forEach(([k, v]) => localStorage.setItem(k, v));"
        )
        thief = thief_ctx.new_page()
        thief.goto(url)
        wait_ready(thief)  # page-load events restore what the page kept
        assert "SECRETPLAN" not in thief.inner_text("#chat")
        assert str(vsid) not in re.findall(r"\d+", _review_rows(thief))

        # Nor does a made-up identity naming the victim's owner id, through the API.
        owner = _owner_of(home, vsid)
        real = next(c["value"] for c in victim.cookies() if c["name"] == "interviewer_id")
        assert real.startswith(owner + ".")
        for forged in (owner, f"{owner}.{'A' * 43}", f"{owner}.{real.split('.')[1][:-1]}x"):
            client = Client(
                url,
                verbose=False,
                download_files=False,
                httpx_kwargs={"cookies": {"interviewer_id": forged}},
            )
            with pytest.raises(Exception, match="No such interview"):
                client.predict(vsid, "en", api_name="/review_show")
            # The interview tab shows its errors inline (next to Start), not as an exception.
            out = client.predict(vsid, False, api_name="/resume")
            assert re.search(f"no session {vsid}|No such interview", out[-2]), out[-2]
            assert "SECRETPLAN" not in str(out)
            table, *_ = client.predict("en", api_name="/review_list")
            assert vsid not in [row[0] for row in table["data"]]
        # The victim still has everything.
        _open_transcript(vpage, vsid)
        assert "SECRETPLAN" in vpage.text_content("#transcript")  # folded by question
        for context in (attacker, victim, thief_ctx):
            context.close()
