"""Rendering escapes everything a candidate or a data file wrote, and highlights evidence."""

from __future__ import annotations

from datetime import UTC, datetime

from interviewer.types import CriterionGrade, GradeResult, GradeSet, SessionRecord, TurnRecord
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
    assert "2/5" in html and "injection" in html


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
                GradeSet(
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
                {"criterion": "metrics", "why": "<i>no base</i>", "suggestion": "say from what"}
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
