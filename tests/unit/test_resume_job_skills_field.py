"""`Skills: a · b` under a job, followed by the next job's employer / title / dates run, is that
job's field — not a skills section swallowing the jobs after it (family seen in fresh5; cases in
other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _jobs(text: str) -> list[tuple[str, str]]:
    return [(p.title, p.org) for p in parse_resume_text(text).positions]


def test_skills_field_then_employer_title_dates() -> None:
    text = (
        "Experience\nBrightpath Tutoring\nData Analyst\nMay 2020 - June 2023 (3 years 2 months)\n"
        "Rebuilt the attendance report as a dbt model.\n"
        "Skills: SQL · dbt · Looker\n"
        "Harbor Freight Lines\nAnalytics Intern\nJune 2019 - August 2019 (3 months)\n"
        "Cleaned two years of shipment records for the pricing team.\n"
    )
    jobs = _jobs(text)
    assert ("Analytics Intern", "Harbor Freight Lines") in jobs, jobs


def test_skills_field_then_title_over_employer_dates() -> None:
    text = (
        "Experience\nMarlow Bank\nRisk Analyst\n2019 - 2022\n"
        "Built the early-warning score for small-business loans.\n"
        "Skills: Python, SAS\n"
        "Quantitative Analyst\nTeller Insurance\n2016 - 2019\n"
        "Priced the flood add-on for home policies.\n"
    )
    titles = [t for t, _ in _jobs(text)]
    assert "Quantitative Analyst" in titles, _jobs(text)


def test_a_closing_skills_line_still_lists_skills() -> None:
    text = (
        "Experience\nData Engineer, Acme Freight (2020 - 2023)\n"
        "- Moved the nightly loads to Airflow\n\nSkills: Python, Airflow, Snowflake\n"
    )
    resume = parse_resume_text(text)
    assert {"Python", "Airflow", "Snowflake"} <= set(resume.skills), resume.skills
