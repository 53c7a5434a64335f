"""Where work was done, told on a dated `Org — post (years)` line over a `Name: what was done`
paragraph, is a position, not a project; a section named `<a kind of work> career|experience`
holds jobs; teaching classes is a duty (families seen in fresh6; cases in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def test_dated_org_and_post_over_named_work_is_a_position() -> None:
    text = (
        "COMMUNITY PROJECTS\n\nCode for Berlin — Civic tech volunteer (2021 – 2023)\n"
        "Bike-lane complaint map: geocoded 12,000 citizen reports and built a public map that the "
        "district office now uses for planning.\n"
    )
    resume = parse_resume_text(text)
    assert [p.name for p in resume.projects] == ["Bike-lane complaint map"]
    assert [(p.org, p.title) for p in resume.positions] == [
        ("Code for Berlin", "Civic tech volunteer")
    ]


def test_pipe_separated_setting_over_named_work() -> None:
    text = (
        "Experience\n\nRed Cross Kenya | Field data officer | 2019\n"
        "Cholera case dashboard: merged clinic spreadsheets from 40 sites into one daily feed so "
        "outbreaks were seen two days sooner.\n"
    )
    resume = parse_resume_text(text)
    assert [p.name for p in resume.projects] == ["Cholera case dashboard"]
    assert resume.positions and resume.positions[0].org == "Red Cross Kenya"


def test_a_named_project_with_dates_and_its_own_text_stays_a_project() -> None:
    text = (
        "PROJECTS\n\nTrail finder — hiking route search (2022)\n"
        "- Search over 3,000 trail reports with map filters\n"
    )
    names = [p.name for p in parse_resume_text(text).projects]
    assert len(names) == 1 and "Trail finder" in names[0], names


def test_a_kind_of_career_is_a_section_of_jobs() -> None:
    from interviewer.resume.layout import section_kind

    assert section_kind("NURSING CAREER") == "experience"
    assert section_kind("Military Experience") == "experience"
    assert section_kind("Consulting employment") == "experience"
    assert section_kind("Project experience") == "projects"


def test_teaching_classes_is_a_duty() -> None:
    from interviewer.resume.naming import is_achievement

    assert not is_achievement("Taught first-year statistics to 120 students each term")
    assert not is_achievement("Tutored A-level maths students twice a week")
    assert not is_achievement("Lectured on databases for the evening programme")
