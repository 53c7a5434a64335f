"""Work told under no job the reader recognised is still askable (session 7, resume10; the
family fresh3's prose jobs showed, here in other words).

A deed and its object make a unit, not the layout around it: in the experience section, a line
under no recognised job (a job told as a sentence, an unusual job line) that tells a piece of
work becomes a unit with no position; a sentence about the job or the candidate does not. A unit
told after a sentence about the job is named by its deed, not by the job sentence.
"""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _units(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, p.bullets) for p in parse_resume_text(text).projects]


def test_a_job_told_as_a_sentence_keeps_its_piece_of_work() -> None:
    units = _units(
        "Jordan Pike\njordan@example.com\n\nExperience\n\n"
        "Lumen Grid (2019 to now), Platform Lead. I was hired to steady the billing stack. I "
        "rebuilt the billing export on Kafka, which took the nightly delay from 6 hours to 20 "
        "minutes. I also run hiring for the platform team.\n\nEducation\nBSc Physics, 2012\n"
    )
    assert len(units) == 1
    assert "billing export" in units[0][0]


def test_zh_paragraph_under_no_job_line() -> None:
    units = _units(
        "张伟\n\n工作经历\n\n在一家物流公司做了三年算法，之前在高校读研。我搭建了运单时效预测模型，"
        "准点率从 82% 提升到 90%。平时也负责面试和带新人。\n\n教育背景\n同济大学 硕士\n"
    )
    assert [u[0] for u in units] == ["运单时效预测模型"]


def test_bullets_under_an_unusual_job_sentence() -> None:
    units = _units(
        "WORK\nSince 2020 I have been the first ML hire at a small health start-up.\n"
        "- Designed the triage-priority model for the nurse line; callbacks within an hour "
        "rose from 55% to 83%.\n"
        "- Answered data questions from the clinical team.\n"
    )
    assert len(units) == 1 and "triage-priority" in units[0][0]


def test_an_experience_section_with_no_work_told_has_no_unit() -> None:
    assert (
        _units(
            "Experience\nTen years in retail analytics across three companies.\n\nSkills\nSQL, Python\n"
        )
        == []
    )
