"""The product says what offline grading can and cannot check wherever an offline grade is shown."""

from __future__ import annotations

import pytest

from interviewer.grading.offline_note import offline_limits
from interviewer.types import CriterionGrade, GradeResult
from interviewer.web import render
from interviewer.web.strings import t
from tests.web.test_render import _session


def _grade(grader: str) -> GradeResult:
    return GradeResult(
        grader=grader,
        rubric="star",
        overall=40.0,
        criteria=[CriterionGrade(criterion="metrics", score=3, evidence=[], suggestion="x")],
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_live_card_of_an_offline_grade_folds_the_limits_in_the_page_language(lang):
    html = render.scorecard_html(_grade("offline"), None, lang, limits=True)
    assert "<details class='iv-limits'>" in html
    assert t("offline_limits_title", lang) in html
    # the note names what it cannot check, in the page's language
    assert ("Use --model" in html) == (lang == "en")
    assert ("请用 --model" in html) == (lang == "zh")


def test_a_model_grade_carries_no_offline_note():
    html = render.scorecard_html(_grade("openai/gpt-4o-mini"), None, "en", limits=True)
    assert "iv-limits" not in html


def test_the_note_is_escaped_text_from_the_data_file():
    note = offline_limits("en")
    html = render.offline_limits_html("en")
    assert "cannot check facts outside a key" in note
    assert render.esc(note) in html


def test_a_transcript_graded_offline_says_it_once_at_the_end():
    html = render.transcript_html(_session(), "en")
    assert html.count("iv-limits'") == 1
    assert html.index("iv-limits") > html.index("Latency fell")
