"""Families the fresh résumés (tests/data/resumes/fresh) showed, each in other words than theirs:
a job's duty lines are no askable units; Word's text boxes are read once; 'Title : X' label
blocks name projects; Europass-style and academic dated entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.resume.naming import is_achievement
from interviewer.resume.parse import read_resume_file

FRESH = Path(__file__).resolve().parent.parent / "data" / "resumes" / "fresh"


@pytest.mark.parametrize(
    "line",
    [
        "负责支付中台的架构设计与研发，对接各业务线。",
        "负责公司数据仓库的建设与维护",
        "Ran the on-call rotation and wrote the incident runbooks",
        "Ran the interview loop for platform hires",
    ],
)
def test_a_duty_of_the_job_is_not_an_askable_unit(line):
    assert not is_achievement(line)


@pytest.mark.parametrize(
    "line",
    [
        "负责搭建推荐系统召回模块，覆盖 3 条业务线",
        "负责风控模型迭代，坏账率下降 12%",
        "Ran the migration of billing to Stripe",
    ],
)
def test_work_delivered_under_a_duty_verb_stays_a_unit(line):
    assert is_achievement(line)


def test_a_text_box_word_wrote_twice_is_read_once():
    text = read_resume_file(FRESH / "f06_docx_textboxes.docx")
    lines = [x for x in text.splitlines() if x.strip()]
    assert len(lines) == len(set(lines))
    assert "## EXPERIENCE" in lines and "- Underwriters now draft notes 3x faster." in lines
