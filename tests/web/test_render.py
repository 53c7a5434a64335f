"""Rendering escapes everything a candidate or a data file wrote, and highlights evidence."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from interviewer.types import CriterionGrade, GradeResult, SessionRecord, TurnRecord
from interviewer.web import render
from interviewer.web.strings import load_strings, t

ATTACK = (
    "<script>alert(1)</script> <img src=x onerror=alert(2)> ![p](http://x/a.png) "
    "[l](javascript:alert(3))"
)


def test_chat_text_escapes_html_and_markdown_links():
    out = render.chat_text(ATTACK)
    assert "<script" not in out and "<img" not in out
    assert "&lt;script&gt;" in out
    assert "\\!\\[p\\]" in out and "\\[l\\](javascript" in out


def test_highlight_marks_quotes_on_escaped_text():
    answer = "I cut p99 from <800 ms> to 300 ms & kept recall."
    html = render.highlight(answer, ["to 300 ms", "not in answer", ""])
    assert "<mark>to 300 ms</mark>" in html
    assert "&lt;800 ms&gt;" in html and "&amp;" in html
    assert html.count("<mark>") == 1


def test_highlight_merges_overlapping_quotes():
    html = render.highlight("abcdefgh", ["bcd", "cdef"])
    assert html == "a<mark>bcdef</mark>gh"


def test_scorecard_escapes_evidence_and_suggestion():
    grade = GradeResult(
        criteria=[
            CriterionGrade(
                criterion="metrics",
                score=2,
                evidence=["<b>40%</b>"],
                suggestion="<img src=x onerror=alert(1)>",
            )
        ],
        overall=25.0,
        grader="offline",
        rubric="star",
        flags=["injection"],
    )
    html = render.scorecard_html(grade, None, "en")
    assert "<img" not in html and "&lt;img" in html
    assert "<mark>&lt;b&gt;40%&lt;/b&gt;</mark>" in html
    assert "2/5" in html and "instructions to the grader were ignored" in html
    assert "offline grading" in html and "· offline<" not in html


def test_empty_scorecard_in_both_languages():
    assert t("scorecard_empty", "zh") in render.scorecard_html(None, None, "zh")
    assert t("scorecard_empty", "en") in render.scorecard_html(None, None, "en")


def _session() -> SessionRecord:
    now = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    answer = "We shipped it. <script>x()</script> Latency fell 40%."
    turns = [
        TurnRecord(
            session_id=1,
            index=0,
            role="interviewer",
            kind="question",
            text="Tell me <more>",
            probes=["metrics"],
        ),
        TurnRecord(
            session_id=1,
            index=1,
            role="candidate",
            kind="answer",
            text=answer,
            grades=[
                GradeResult(
                    grader="offline",
                    rubric="star",
                    overall=40.0,
                    criteria=[
                        CriterionGrade(
                            criterion="metrics",
                            score=3,
                            evidence=["Latency fell 40%."],
                            suggestion="Give the baseline.",
                        )
                    ],
                )
            ],
        ),
    ]
    return SessionRecord(
        id=1,
        persona="leader",
        rubric="star",
        lang="en",
        model="offline",
        status="finished",
        created_at=now,
        updated_at=now,
        turns=turns,
        report={
            "overall": 40,
            "criteria": {"metrics": 3.0},
            "practice_next": [
                {"criterion": "metrics", "score": 3.0, "suggestion": "<i>no base</i> say from what"}
            ],
        },
    )


def test_transcript_highlights_evidence_and_escapes_script():
    html = render.transcript_html(_session(), "en")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<mark>Latency fell 40%.</mark>" in html
    assert "Tell me &lt;more&gt;" in html
    assert "&lt;i&gt;no base&lt;/i&gt;" in html


def test_chat_history_skips_pending_and_maps_roles():
    turns = _session().turns
    msgs = render.chat_history(turns, skip_index=0)
    assert [m["role"] for m in msgs] == ["user"]
    assert [m["role"] for m in render.chat_history(turns)] == ["assistant", "user"]


def test_every_ui_string_has_both_languages():
    strings = load_strings()
    assert len(strings) > 50
    for key, texts in strings.items():
        assert texts["zh"].strip() and texts["en"].strip(), key
    assert t("no_such_key", "zh") == "no_such_key"
    assert t("status_session", "zh", id=3, persona="P", lang="L", model="M").startswith("第 3 场")


def test_every_fact_role_and_project_kind_has_a_name_in_both_languages():
    """The résumé preview names what each number tells; a role added to the quantities package
    (or a kind to the reader) must get its words here, not fall back to its id."""
    from interviewer.quantities import FACT_ROLES
    from interviewer.resume.kinds import KINDS

    strings = load_strings()
    keys = [f"fact_role_{r}" for r in FACT_ROLES] + [f"project_kind_{k}" for k in KINDS]
    missing = [k for k in keys if k not in strings or set(strings[k]) != {"zh", "en"}]
    assert not missing, missing


def test_a_broken_strings_file_names_the_key(tmp_path):
    from interviewer.errors import DataFileError

    path = tmp_path / "ui_strings.yaml"
    path.write_text("start: {zh: 开始}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as e:
        load_strings.__wrapped__(path)
    assert "start" in str(e.value) and "en" in str(e.value)


def test_report_delivery_in_both_languages():
    report = {
        "overall": 55,
        "delivery": {
            "rate": 141.0,
            "rate_unit": "wpm",
            "fillers": {"um": 3, "<x>": 1},
            "filler_count": 4,
            "long_pauses": 2,
            "longest_pause_s": 3.4,
        },
    }
    en = render.report_html(report, "en")
    assert "Pace: 141 words per minute" in en and "um ×3" in en and "&lt;x&gt;" in en
    assert "Long pauses: 2 (longest 3.4 s)" in en
    zh = render.report_html(
        {**report, "delivery": {**report["delivery"], "rate_unit": "cpm"}}, "zh"
    )
    assert "字/分钟" in zh and "长停顿" in zh


# ---------------------------------------------------------------- per-turn voice


def _spoken(
    path: str | None,
    *,
    lang: str = "en",
    role: str = "candidate",
    fillers: dict[str, int] | None = None,
) -> TurnRecord:
    from interviewer.types import AsrInfo, Delivery

    answer = role == "candidate"
    return TurnRecord(
        session_id=7,
        index=3,
        role=role,  # type: ignore[arg-type]
        kind="answer" if answer else "question",
        text="spoken",
        audio_path=path,
        asr=AsrInfo(
            model="base<b>",
            language=lang,
            language_probability=0.97,
            audio_seconds=12.34,
            processing_ms=812.4,
        )
        if answer
        else None,
        delivery=Delivery(
            rate=138.6 if lang == "en" else 212.0,
            rate_unit="wpm" if lang == "en" else "cpm",
            fillers=fillers if fillers is not None else {"um": 2, "uh": 1},
            long_pauses=1,
            longest_pause_s=2.04,
            speaking_seconds=11.5,
        )
        if answer
        else None,
    )


def _clip(app_home, name: str = "turn-003.wav") -> str:
    folder = app_home / "audio" / "7"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"RIFF....WAVE")
    return str(path)


def test_voice_html_english_player_delivery_and_asr(app_home):
    html = render.voice_html(_spoken(_clip(app_home)), "en")
    assert html.count("<audio ") == 1 and "controls" in html and "preload='none'" in html
    assert "src='/media/audio/7/turn-003.wav'" in html, (
        "played through the app's owner-checked route"
    )
    assert str(app_home) not in html, "no server path in the page"
    assert "pace 139 wpm" in html and "fillers 3 (um ×2, uh ×1)" in html
    assert "long pauses 1 (longest 2.0 s)" in html and "spoke 11.5 s" in html
    assert "model base&lt;b&gt;" in html and "<b>" not in html.replace("<b>Delivery</b>", "")
    assert "language en (probability 0.97)" in html and "12.3 s of audio in 812 ms" in html


def test_voice_html_chinese_uses_characters_per_minute(app_home):
    html = render.voice_html(
        _spoken(_clip(app_home), lang="zh", fillers={"嗯": 2, "那个": 1}), "zh"
    )
    assert "语速 212 字/分钟" in html and "口头禅 3 次（嗯 ×2, 那个 ×1）" in html
    assert "长停顿 1 次（最长 2.0 秒）" in html and "语音识别" in html and "812 毫秒" in html
    assert "wpm" not in html
    # A Chinese answer reviewed in the English interface keeps its unit.
    assert "212 chars/min" in render.voice_html(_spoken(_clip(app_home), lang="zh"), "en")


def test_voice_html_escapes_filler_labels_and_paths(app_home):
    odd = _clip(app_home, "turn 'x'<y>.wav")
    html = render.voice_html(_spoken(odd, fillers={"<i>um</i>": 1}), "en")
    assert "<i>" not in html and "&lt;i&gt;um&lt;/i&gt;" in html
    assert "turn%20%27x%27%3Cy%3E.wav" in html and "<y>" not in html


def test_voice_html_missing_file_shows_a_note_not_a_player(app_home):
    gone = str(app_home / "audio" / "7" / "turn-009.wav")
    for lang in ("en", "zh"):
        html = render.voice_html(_spoken(gone), lang)
        assert "<audio" not in html and render.esc(t("audio_missing", lang)) in html
        assert t("answer_delivery", lang) in html  # the analytics stay readable


def test_voice_html_never_points_outside_the_audio_folder(app_home, tmp_path):
    outside = tmp_path / "elsewhere.wav"
    outside.write_bytes(b"RIFF")
    sneaky = app_home / "audio" / "7" / ".." / ".." / "interviewer.db"
    for path in (outside, sneaky, "relative/turn-003.wav"):
        html = render.voice_html(_spoken(str(path)), "en")
        assert "<audio" not in html and "gradio_api" not in html
        assert render.esc(t("audio_outside", "en")) in html


def test_voice_html_is_empty_without_audio_or_analytics():
    bare = TurnRecord(session_id=7, index=0, role="interviewer", kind="question", text="Q?")
    assert render.voice_html(bare, "en") == "" and render.voice_html(bare, "zh") == ""


def test_transcript_puts_players_under_questions_and_answers(app_home):
    rec = _session()
    rec.id = 7
    question = _spoken(_clip(app_home, "question-000.wav"), role="interviewer")
    question.index = 0
    answer = _spoken(_clip(app_home, "turn-001.wav"))
    answer.index = 1
    rec.turns = [question, answer]
    html = render.transcript_html(rec, "en", audio_dir=app_home / "audio")
    assert html.count("<audio ") == 2
    assert html.index("question-000.wav") < html.index("turn-001.wav")
    assert html.count("pace 139 wpm") == 1  # delivery only under the answer
    elsewhere = render.transcript_html(rec, "en", audio_dir=app_home / "other")
    assert "<audio" not in elsewhere and render.esc(t("audio_outside", "en")) in elsewhere


def test_a_corrected_spoken_answer_shows_what_was_heard():
    from interviewer.types import AsrInfo

    asr = AsrInfo(model="base", language="en", audio_seconds=3, processing_ms=10, text="I lead <b>")
    turn = TurnRecord(
        session_id=1, index=1, role="candidate", kind="answer", text="I led it.", asr=asr
    )
    html = render.voice_html(turn, "en")
    assert "Recognised as" in html and "I lead &lt;b&gt;" in html
    same = turn.model_copy(update={"asr": asr.model_copy(update={"text": None})})
    assert "Recognised as" not in render.voice_html(same, "en")


def test_report_moments_show_the_question_not_the_greeting_and_one_answer_once():
    from interviewer.web.render import report_html

    moment = {
        "question": "Hi, I lead the team.\n\nWhich project proves you are right for this role?",
        "answer": "The ranking rewrite.",
        "overall": 40,
    }
    html = report_html({"overall": 40, "strongest": moment, "weakest": dict(moment)}, "en")
    assert "Which project proves" in html and "Hi, I lead" not in html
    assert "Strongest answer" in html and "Weakest answer" not in html
    other = {**moment, "answer": "Another one.", "overall": 20}
    assert "Weakest answer" in report_html({"strongest": moment, "weakest": other}, "en")
