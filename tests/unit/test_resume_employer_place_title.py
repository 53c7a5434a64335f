"""An employer line with its dates, then where the job was (and numeric form fields), then the
job title: one job, never a project (family seen in fresh5; cases in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _jobs(text: str) -> list[tuple[str, str]]:
    return [(p.title, p.org) for p in parse_resume_text(text).positions]


def test_employer_dates_then_city_then_title() -> None:
    text = (
        "EXPERIENCE\n\nNorthwind Traders Wholesale Group          03/2019 - Present\n"
        "Portland, OR\nSenior Data Analyst\n- Built the weekly stock-out report for 40 stores\n"
    )
    assert ("Senior Data Analyst", "Northwind Traders Wholesale Group") in _jobs(text)


def test_employer_dates_then_city_and_field_then_graded_title() -> None:
    text = (
        "WORK EXPERIENCE\n\nDepartment of Veterans Affairs (VA)          01/2018 - 12/2022\n"
        "Denver, CO United States\nHours per week: 40\nStatistician, GS-1530-13\n"
        "- Designed the survey weighting pipeline for the patient experience survey\n"
    )
    jobs = _jobs(text)
    assert ("Statistician", "Department of Veterans Affairs") in jobs, jobs
    names = [p.name for p in parse_resume_text(text).projects]
    assert not any("Veterans" in n or "Hours" in n for n in names), names


def test_a_project_line_with_dates_over_a_sentence_is_no_job() -> None:
    text = (
        "PROJECTS\n\nHarbour Tide Logger          2021 - 2022\n"
        "Seattle, WA\nLogs tide gauges every minute and alerts the harbour office on surges.\n"
    )
    assert _jobs(text) == []
