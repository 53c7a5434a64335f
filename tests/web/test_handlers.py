"""Web handlers as plain functions, on a real SQLite file and the real offline engine."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from interviewer.errors import InputError, NotFoundError
from interviewer.web import handlers as h
from interviewer.web import review_handlers as rh
from interviewer.web import state as ws
from interviewer.web.identity import valid_owner
from interviewer.web.strings import t

GOOD = (
    "I led the search rewrite myself. Recall was 72% on 2,000 queries; I compared a two-stage "
    "ranker with one large model and chose two stages for latency, reaching 86%."
)
RESUME = "Search ranking revamp (2023): led the rewrite; recall from 72% to 86%. Skills: Python."


def last(views):
    out = None
    for v in views:
        out = v
    return out


@pytest.fixture
def ctx(services):
    return ws.WebContext(services)


def _start(ctx, lang="en", **kw):
    views = list(
        h.start_interview(
            ctx,
            None,
            persona_id=kw.pop("persona_id", "leader"),
            lang=lang,
            model="offline",
            resume_text=RESUME,
            **kw,
        )
    )
    return views[-1]


def test_start_streams_first_question_and_makes_an_owner(ctx):
    v = _start(ctx)
    assert v.state["session_id"] and valid_owner(v.state["owner"])
    assert v.active and v.chat[-1]["role"] == "assistant" and v.chat[-1]["content"]
    assert "offline mode" in v.status and f"#{v.state['session_id']}" in v.status


def test_answer_shows_score_card_then_next_question(ctx, services):
    st = _start(ctx).state
    views = list(h.submit_answer(ctx, st, GOOD))
    first, final = views[0], views[-1]
    # Nothing is shown as sent until it is stored: while grading, the answer stays in the box.
    assert not first.clear_answer and not first.active and first.chat[-1]["role"] == "assistant"
    assert views[1].clear_answer and any(m["role"] == "user" for m in views[1].chat)
    # Every view until the box opens again empties it (the browser keeps only the last of
    # updates that arrive together), and the one that opens it too.
    assert all(v.clear_answer for v in views[1:]) and final.clear_answer
    assert final.active and final.chat[-1]["role"] == "assistant"
    assert "<table" in final.scorecard and "/5" in final.scorecard
    rec = services.repo.get_session(st["session_id"])
    assert [t.role for t in rec.turns] == ["interviewer", "candidate", "interviewer"]
    assert rec.turns[1].grades


def test_escaped_answer_in_chat(ctx):
    st = _start(ctx).state
    v = last(h.submit_answer(ctx, st, "<script>alert(1)</script> ![x](http://evil/p.png)"))
    user = [m for m in v.chat if m["role"] == "user"][-1]["content"]
    assert "<script>" not in user and "&lt;script&gt;" in user and "\\!\\[x\\]" in user


def test_empty_answer_and_no_session_are_plain_errors(ctx):
    st = _start(ctx).state
    with pytest.raises(InputError, match="empty"):
        last(h.submit_answer(ctx, st, "   "))
    with pytest.raises(InputError):
        last(h.submit_answer(ctx, ws.new_state("en"), GOOD))


def test_refresh_restores_the_same_chat_from_the_database(services):
    ctx = ws.WebContext(services)
    st = _start(ctx, lang="zh").state
    before = last(h.submit_answer(ctx, st, "我负责检索重写，召回率从72%提升到86%。")).chat
    fresh = ws.WebContext(services)  # a refresh may land on an empty runner cache
    kept = ws.browser_value(st)
    assert "owner" not in kept, "the owner id must not be kept in the browser"
    page = {**kept, "lang": "en"}  # the page was switched to English meanwhile
    restored = last(h.restore_on_load(fresh, ws.state_from_browser(page, "en", st["owner"])))
    assert restored.chat == before and restored.active
    # The page keeps its own language; the session keeps Chinese.
    assert restored.state["lang"] == "en" and restored.state["session_lang"] == "zh"
    assert "Session #" in restored.status and "Chinese" in restored.status


def test_other_owner_cannot_resume_or_review(ctx):
    st = _start(ctx).state
    stranger = ws.new_state("en")
    with pytest.raises(NotFoundError):
        last(h.resume_interview(ctx, stranger, st["session_id"]))
    with pytest.raises(NotFoundError):
        rh.transcript(ctx.services, stranger["owner"], st["session_id"], "en")
    with pytest.raises(NotFoundError):
        rh.export(ctx.services, stranger["owner"], st["session_id"], "md", "en")
    assert rh.sessions_rows(ctx.services, stranger["owner"], "en") == []
    bad = last(h.restore_on_load(ctx, {**stranger, "session_id": st["session_id"]}))
    assert bad.chat == [] and bad.state["session_id"] is None


def test_end_gives_report_and_review_lists_exports_and_deletes(ctx, services):
    st = _start(ctx).state
    last(h.submit_answer(ctx, st, GOOD))
    v = h.end_interview(ctx, st)
    assert "Interview report" in v.report and not v.active
    owner, sid = st["owner"], st["session_id"]
    rows = rh.sessions_rows(services, owner, "en")
    assert rows[0][0] == sid and rows[0][4] == "finished"
    html = rh.transcript(services, owner, sid, "en")
    assert "<mark>" in html and "Interview report" in html
    for fmt, head in (("md", "# Interview session"), ("json", "{"), ("csv", "session_id,")):
        assert (
            Path(rh.export(services, owner, sid, fmt, "en"))
            .read_text(encoding="utf-8")
            .startswith(head)
        )
    with pytest.raises(InputError):
        rh.export(services, owner, sid, "exe", "en")
    assert rh.delete(services, owner, sid, "en") == t("deleted", "en", id=sid)
    assert rh.sessions_rows(services, owner, "en") == []


def test_progress_and_weakest_criterion_then_practise_it(ctx, services):
    st = _start(ctx).state
    last(h.submit_answer(ctx, st, GOOD))
    # Unfinished sessions are not drawn and do not count.
    assert rh.progress_points(services, st["owner"], "en") == []
    assert rh.weakest_criterion(services, st["owner"]) is None
    report = h.end_interview(ctx, st)
    rec = services.repo.get_session(st["session_id"])
    points = rh.progress_points(services, st["owner"], "en")
    assert len(points) == 1 and points[0].label.startswith(f"#{rec.id} ")
    # One definition: the chart, the weakest line and the report show the same numbers.
    names = {c.id: c.name.get("en") for c in services.rubrics.get("star").criteria}
    assert points[0].scores == {names[c]: v for c, v in rec.report["criteria"].items()}
    cid, mean, persona = rh.weakest_criterion(services, st["owner"])
    assert mean == min(rec.report["criteria"].values()) and persona == "leader"
    assert "last 1 finished" in rh.weakest_text(services, st["owner"], "en")
    html = rh.progress_chart(services, st["owner"], "en")
    # one session draws, its criteria named (which ones: what its questions asked)
    assert "<svg" in html and "<circle" in html and all(n in html for n in points[0].scores)
    assert report.report
    # An HR session adds its own criteria to the same chart.
    hr = _start(ctx, persona_id="hr").state
    last(h.submit_answer(ctx, hr, GOOD))
    h.end_interview(ctx, hr)
    hr_names = {c.name.get("en") for c in services.rubrics.get("hr").criteria}
    drawn = {n for p in rh.progress_points(services, hr["owner"], "en") for n in p.scores}
    assert hr_names & drawn
    v = last(h.start_interview(ctx, st, persona_id=persona, lang="en", model="offline", focus=cid))
    assert services.repo.get_session(v.state["session_id"]).focus == cid
    assert rh.weakest_criterion(services, ws.new_state("en")["owner"]) is None


def test_report_says_how_the_overall_is_computed_with_n(ctx, services):
    st = _start(ctx).state
    for text in (GOOD, "I chose caching over a rewrite because it was cheaper."):
        last(h.submit_answer(ctx, st, text))
    v = h.end_interview(ctx, st)
    rec = services.repo.get_session(st["session_id"])
    from interviewer.grading.scoring import session_scores

    scores = session_scores(rec, services.rubrics.get("star"))
    assert rec.report["overall"] == scores.overall and rec.overall == scores.overall
    assert rec.report["criterion_counts"] == scores.counts
    assert "How this is computed" in v.report and "questions (n)" in v.report
    assert "averaged" not in v.report.split("How this")[0].split("Practise next")[-1]


def test_unfinished_sessions_offer_resume(ctx):
    st = _start(ctx).state
    choices = h.unfinished_sessions(ctx, st["owner"], "zh")
    assert [sid for _, sid in choices] == [st["session_id"]]
    v = last(h.resume_interview(ctx, h.new_interview(st).state, st["session_id"]))
    assert v.active and v.state["session_id"] == st["session_id"]
    assert t("status_resumed", "en", id=st["session_id"]) in v.notice


def test_voice_unavailable_keeps_text_working(ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("INTERVIEWER_WHISPER_MODEL", str(tmp_path / "no-such-model"))
    from interviewer.config import load_settings

    ctx.services.settings = load_settings()
    st = _start(ctx).state
    wav = tmp_path / "a.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000)
        w.writeframes(b"\x00\x00" * 16000)
    v = last(h.submit_audio(ctx, st, str(wav)))
    assert v.notice.startswith(t("voice_unavailable", "en", error="").split(":")[0])
    assert t("recording_kept", "en") in v.notice
    assert v.active
    assert last(h.submit_answer(ctx, st, GOOD)).active
    # the recording was never lost: it goes with the answer typed instead
    answer = ctx.services.repo.get_session(st["session_id"]).turns[1]
    assert answer.text == GOOD and answer.audio_path and Path(answer.audio_path).is_file()
    assert answer.asr is None


def test_library_views_escape_and_report_broken_files(services, app_home):
    (app_home / "personas").mkdir()
    (app_home / "personas" / "broken.yaml").write_text(
        "id: broken\nname: <b>x</b>\n", encoding="utf-8"
    )
    services.reload_data()
    assert "broken.yaml" in rh.errors_view(services, "en")
    assert "<b>x</b>" not in rh.errors_view(services, "en")
    assert "<h3>" in rh.persona_view(services, "leader", "zh")
    assert rh.rubric_view(services, "star", "en").count("<ol>") >= 3
    assert rh.persona_view(services, "nope", "en") == ""


def test_state_from_garbage_is_fresh():
    assert ws.ensure_state({"owner": "x"})["owner"] != "x"
    owner = ws.new_state("en")["owner"]
    st = ws.state_from_browser("not a dict", "zh", owner)
    assert st["lang"] == "zh" and st["session_id"] is None and st["owner"] == owner


def test_a_state_sent_by_a_client_keeps_only_what_a_page_state_holds():
    """A page (or an API client) may send anything as its state: the handlers get a PageState —
    a numeric session id or none, a known language, `asked` an index or none, nothing else."""
    owner = ws.new_state("en")["owner"]
    st = ws.ensure_state(
        {
            "owner": owner,
            "session_id": "12",
            "lang": "klingon",
            "session_lang": "zh",
            "asked": "2; drop table",
            "is_admin": True,
        }
    )
    assert st == {
        "owner": owner,
        "session_id": 12,
        "lang": "en",
        "session_lang": "zh",
        "asked": None,
    }
    assert ws.ensure_state({"owner": owner, "session_id": "#3", "asked": 4}) == {
        "owner": owner,
        "session_id": None,
        "lang": "en",
        "asked": 4,
    }


def test_an_owner_kept_in_the_browser_is_ignored():
    mine, forged = ws.new_state("en")["owner"], ws.new_state("en")["owner"]
    st = ws.state_from_browser({"owner": forged, "session_id": 3, "lang": "zh"}, "en", mine)
    assert st["owner"] == mine and st["session_id"] == 3


def test_spoken_answer_is_transcribed_stored_and_graded(ctx, tmp_path):
    import shutil
    import subprocess

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
            "I led the search migration myself. Latency fell from eight hundred to three "
            "hundred milliseconds.",
        ],
        check=True,
    )
    st = _start(ctx).state
    v = last(h.submit_audio(ctx, st, str(wav)))
    assert v.notice.startswith("Transcribed:") and "latency" in v.notice.lower()
    assert v.active and "/5" in v.scorecard
    answer = ctx.services.repo.get_session(st["session_id"]).turns[1]
    assert answer.role == "candidate" and "latency" in answer.text.lower()
    assert answer.audio_path and Path(answer.audio_path).is_file()
    assert answer.asr is not None and answer.delivery is not None


def test_spoken_answer_is_checked_in_the_box_then_sent_with_both_texts(ctx, tmp_path):
    import shutil
    import subprocess

    if not shutil.which("espeak-ng"):
        pytest.skip("espeak-ng is not installed (.ci/run installs it)")
    wav = tmp_path / "answer.wav"
    said = "I led the search migration myself. Latency fell by half."
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(wav), said], check=True)
    st = _start(ctx).state
    v = last(h.submit_audio(ctx, st, str(wav), review=True))
    # nothing is sent yet: the recognised text waits in the box, the recording is stored
    assert v.active and v.answer_text and "latency" in v.answer_text.lower()
    assert v.notice == t("transcript_ready", "en")
    turns = ctx.services.repo.get_session(st["session_id"]).turns
    assert [x.role for x in turns] == ["interviewer"]
    corrected = v.answer_text + " It went from 800 to 400 milliseconds."
    last(h.submit_answer(ctx, st, corrected))
    answer = ctx.services.repo.get_session(st["session_id"]).turns[1]
    assert answer.text == corrected  # graded and quoted
    assert answer.asr is not None and answer.asr.text == v.answer_text  # as heard
    assert answer.delivery is not None and answer.audio_path
    assert Path(answer.audio_path).is_file()


def test_a_hint_for_the_question_waiting(ctx):
    st = _start(ctx).state
    html = h.show_hint(ctx, st)
    assert "iv-hint" in html and t("hint_generic", "en")[:20] in html
    assert "iv-error" in h.show_hint(ctx, h.new_interview(st).state)


def test_answer_survives_the_page_leaving_right_after_submit(ctx, services):
    st = _start(ctx).state
    views = h.submit_answer(ctx, st, GOOD)
    first = next(views)
    assert first.notice and not first.clear_answer  # grading: the answer is still in the box
    views.close()  # what a refresh does to the running event
    turns = services.repo.get_session(st["session_id"]).turns
    assert turns[-1].role == "candidate" and turns[-1].text == GOOD and turns[-1].grades
    resumed = last(h.resume_interview(ws.WebContext(services), st, st["session_id"]))
    assert resumed.active and resumed.chat[-1]["role"] == "assistant"


def test_questions_read_aloud_sentence_by_sentence_or_a_plain_notice(ctx, monkeypatch):
    import base64
    import json
    import shutil

    from interviewer.config import load_settings

    if shutil.which("espeak-ng"):
        monkeypatch.setenv("INTERVIEWER_TTS", "espeak")
        ctx.services.settings = load_settings()
        views = list(
            h.start_interview(
                ctx, None, persona_id="hr", lang="zh", model="offline", read_aloud=True
            )
        )
        speech = [json.loads(v.speech) for v in views if v.speech is not None]
        assert speech and not views[-1].notice
        # one clip more per update: the first sentence was sent before the rest was made
        counts = [len(s["clips"]) for s in speech]
        assert counts == list(range(1, len(counts) + 1)) and counts[-1] >= 2
        assert len({s["id"] for s in speech}) == 1
        first = speech[-1]["clips"][0]
        assert first.startswith("data:audio/wav;base64,")
        assert base64.b64decode(first.split(",", 1)[1])[:4] == b"RIFF"
        sid = views[-1].state["session_id"]
        question = ctx.services.repo.get_session(sid).turns[0]
        assert question.role == "interviewer" and question.audio_path
        assert Path(question.audio_path).stat().st_size > 1000
        assert Path(question.audio_path).parent == ctx.services.settings.audio_dir / str(sid)
    monkeypatch.setenv("INTERVIEWER_TTS", "off")
    ctx.services.settings = load_settings()
    v = last(
        h.start_interview(ctx, None, persona_id="hr", lang="en", model="offline", read_aloud=True)
    )
    assert v.speech is None and v.notice.startswith("Cannot read the question aloud")
    assert v.active
