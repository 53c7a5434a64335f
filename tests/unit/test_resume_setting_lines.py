"""Lines that set the scene and are never the work (families seen in fresh5, cases in other
words): list labels made of several words ('KEY ACCOMPLISHMENTS:'), form fields whose value is
only a number ('Hours per week: 40'), and a dated client line over a paragraph that opens with the
engagement's title as its own sentence."""

from __future__ import annotations

from tests.unit.resume_names import project_names


def test_selected_accomplishments_label_names_nothing() -> None:
    text = (
        "EXPERIENCE\n\nSenior Analyst, Harbour Water Utility, 2019 - 2024\n"
        "Selected Accomplishments:\n"
        "- Leak Detection Pilot: trained an acoustic anomaly model on hydrophone data; "
        "leaks found per month rose from 4 to 11.\n"
    )
    names = project_names(text)
    assert "Leak Detection Pilot" in names
    assert not any("accomplishment" in n.lower() for n in names), names


def test_duties_and_related_skills_label_names_nothing() -> None:
    text = (
        "WORK HISTORY\n\nData Engineer, Riverside County Library, 2018 - 2023\n"
        "Duties, Achievements and Related Skills:\n"
        "- Catalogue Dedup Service: matched duplicate book records across 9 branches with a "
        "fuzzy-join pipeline; duplicate records fell from 12% to 2%.\n"
    )
    names = project_names(text)
    assert "Catalogue Dedup Service" in names
    assert not any("duties" in n.lower() for n in names), names


def test_major_results_and_impact_label_names_nothing() -> None:
    text = (
        "Experience\n\nML Engineer at Orbit Grocers (2020 – 2023)\n"
        "MAJOR RESULTS & IMPACT\n"
        "• Shelf Gap Finder: a camera model that spots empty shelves; restock delay cut from 5 hours to 1 hour.\n"
    )
    names = project_names(text)
    assert not any("result" in n.lower() or "impact" in n.lower() for n in names), names


def test_numeric_form_fields_are_not_work() -> None:
    text = (
        "EXPERIENCE\n\nAnalyst, Port Authority of Lisbon, 2017 - 2022\n"
        "Hours per week: 40\nGrade: 12\nTeam size: 6\n"
        "- Berth Scheduler: built an optimisation model for berth allocation; "
        "ship waiting time fell from 20 hours to 8 hours.\n"
    )
    names = project_names(text)
    for field in ("Hours per week", "Grade", "Team size"):
        assert field not in names, names


def test_engagement_title_sentence_names_the_work() -> None:
    text = (
        "Analytics Consultant\n\nCLIENT HIGHLIGHTS\n\n"
        "Regional hospital group (2022, 5 months)\n"
        "Bed occupancy forecaster. Built a daily occupancy forecast for 6 hospitals from admissions "
        "data; forecast error fell from 14% to 8%.\n\n"
        "Mid-size European airline (2021, 3 months)\n"
        "Crew rostering audit. Reviewed the rostering rules engine against union agreements and "
        "wrote the test suite the airline now runs before each release.\n"
    )
    names = project_names(text)
    assert "Bed occupancy forecaster" in names and "Crew rostering audit" in names, names
    assert not any("airline" in n or "hospital group" in n for n in names), names


def test_project_showcase_heading_opens_projects() -> None:
    from interviewer.resume.layout import section_kind

    assert section_kind("PROJECT HIGHLIGHTS") == "projects"
    assert section_kind("Engagement portfolio") == "projects"
    assert section_kind("Selected case studies") == "projects"
    assert section_kind("Career") == "experience"
