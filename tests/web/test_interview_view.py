"""The interview view's pieces as plain functions: progress line, score summary, inline errors."""

from __future__ import annotations

from interviewer.errors import DataFileError, InputError
from interviewer.types import CriterionGrade, GradeResult, TurnRecord
from interviewer.web import interview_html as ih
from interviewer.web import render
from interviewer.web.tabs.interview_events import inline


def _turn(i: int, role: str, kind: str, text: str = "x") -> TurnRecord:
    return TurnRecord(session_id=1, index=i, role=role, kind=kind, text=text)


def test_progress_counts_main_questions_and_followups_in_both_languages():
    turns = [
        _turn(0, "interviewer", "question"),
        _turn(1, "candidate", "answer"),
        _turn(2, "interviewer", "followup"),
        _turn(3, "candidate", "answer"),
        _turn(4, "interviewer", "question"),
    ]
    assert ih.progress_text(turns, 8, False, "en") == "Question 2 of 8"
    assert ih.progress_text(turns[:3], 8, False, "en") == "Question 1 of 8 · follow-up 1"
    assert ih.progress_text(turns, 8, False, "zh") == "第 2 题，共 8 题"
    assert ih.progress_text(turns, 8, True, "en") == "Interview over — answers given: 2"
    html = ih.progress_html("Question 2 of 8", 7)
    assert "data-sid='7'" in html and "Question 2 of 8" in html


def _grade() -> GradeResult:
    return GradeResult(
        grader="offline",
        rubric="star",
        overall=44.0,
        criteria=[
            CriterionGrade(criterion="star", score=2, evidence=[], suggestion="Open with context."),
            CriterionGrade(
                criterion="metrics",
                score=4,
                evidence=["<b>72% to 86%</b>"],
                suggestion="Say how you measured it.",
            ),
            CriterionGrade(criterion="tradeoffs", score=1, evidence=[], suggestion=""),
        ],
    )


def test_summary_names_overall_strongest_and_one_suggestion_escaped(services):
    rubric = services.rubrics.get("star")
    html = ih.score_summary_html(_grade(), rubric, "en")
    assert "<b>44</b>/100" in html and "offline grading" in html
    assert "Quantified impact 4/5" in html  # a name, never the id
    assert "&lt;b&gt;72% to 86%&lt;/b&gt;" in html and "<b>72%" not in html
    assert html.count("Open with context.") == 1 and "Say how you measured" not in html
    zh = ih.score_summary_html(_grade(), rubric, "zh")
    assert "本题得分" in zh and "离线评分" in zh
    assert ih.score_summary_html(None, rubric, "en") == ""


def test_user_message_names_the_file_never_the_server_path():
    e = DataFileError("/tmp/gradio/abc/My CV.pdf", "the PDF is damaged", "paste its text")
    text = render.user_message(e, "en")
    assert text == "Could not read “My CV.pdf”: the PDF is damaged. Paste its text."
    assert "/tmp" not in render.user_message(InputError("bad /var/tmp/x/y.wav file"), "en")
    assert "hint:" not in text


def test_inline_errors_leave_the_view_and_fill_one_slot():
    @inline("answer", 5)
    def handler(st, text):
        raise InputError("回答是空的。")

    out = handler({"lang": "zh"}, "")
    assert len(out) == 5 and "回答是空的。" in out[-3] and "iv-error" in out[-3]

    @inline("start", 5, extra=1)
    def gen(st, lg):
        yield from ()
        raise DataFileError("/tmp/x/cv.docx", "is empty")

    out = list(gen({"lang": "en"}, "en"))[-1]
    assert len(out) == 6 and "cv.docx" in out[-2] and "/tmp" not in out[-2]


def test_voice_widgets_only_when_recognition_can_run(monkeypatch, tmp_path, app_home):
    import importlib.util

    from interviewer.config import load_settings
    from interviewer.services import Services
    from interviewer.web import handlers as h
    from interviewer.web.app import build_app

    missing = load_settings(whisper_model=str(tmp_path / "no-model"))
    assert "not a directory" in h.voice_reason(missing)
    real_find = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "faster_whisper" else real_find(name, *a),
    )
    assert "pip install 'interviewer[voice]'" in h.voice_reason(load_settings())
    svc = Services(load_settings())
    try:
        app = build_app(svc)
        config = app.get_config_file()
        by_id = {c["props"].get("elem_id"): c["props"] for c in config["components"]}
        assert by_id["mic"]["visible"] is False
        assert by_id["voice-off"]["visible"] is True
        assert "interviewer[voice]" in by_id["voice-off"]["value"]
    finally:
        svc.close()


def test_any_error_of_an_event_is_one_plain_line_without_paths(caplog):
    """A fault of ours (not an InterviewerError) is logged with its traceback and shown as one
    line by its control; a toast's message has no "hint:" run into it and no server path."""
    import gradio as gr
    import pytest

    from interviewer.web.ui import guarded

    @inline("answer", 5)
    def broken(st, text):
        raise OSError("[Errno 28] No space left on device: '/tmp/gradio/abc/answer.wav'")

    with caplog.at_level("ERROR"):
        out = broken({"lang": "en"}, "x")
    shown = out[-3]
    assert "went wrong" in shown and "/tmp" not in shown and "Errno" not in shown
    assert "\n" not in shown and "Traceback" not in shown
    assert any(r.exc_info for r in caplog.records)  # the details are in the server log
    assert "出了点问题" in broken({"lang": "zh"}, "x")[-3]

    @guarded
    def toast(st, lg):
        raise DataFileError("/var/tmp/x/cv.docx", "is empty", "paste the text instead")

    with pytest.raises(gr.Error) as e:
        toast({}, "en")
    assert e.value.message == "Could not read “cv.docx”: is empty. Paste the text instead."

    @guarded
    def bug(st, lg):
        yield from ()
        raise KeyError("/home/someone/.interviewer/db.sqlite")

    with pytest.raises(gr.Error) as e:
        list(bug({}, "zh"))
    assert e.value.message.startswith("出了点问题") and "/home" not in e.value.message


def test_a_question_back_about_the_job_shows_no_score_in_the_summary(services):
    rubric = services.rubrics.get("star")
    grade = _grade().model_copy(update={"flags": ["counter"]})
    for lang in ("en", "zh"):
        html = ih.score_summary_html(grade, rubric, lang)
        assert "/100" not in html and render.esc(render.flag_label("counter", lang)) in html
