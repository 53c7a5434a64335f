"""A job told over two or three short lines in any order (a title alone, the employer with
where, the dates on either line) is one job, and the achievements under it are its units; a
project name over its role line, or over a client and a year, is no job (family seen in fresh6;
cases in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _jobs(text: str) -> list[tuple[str, str]]:
    return [(p.title, p.org) for p in parse_resume_text(text).positions]


def test_title_over_employer_place_and_dates() -> None:
    text = (
        "WORK HISTORY\n\nStaff Data Engineer\nCarvana, Tempe, AZ | Jan 2020 – Present\n"
        "Lead the inventory data platform team.\n"
        "- Rebuilt the vehicle-pricing feed on Kafka, cutting price staleness from 6 h to 10 min\n"
        "\nData Engineer\nGoDaddy, Phoenix, AZ | May 2016 – Dec 2019\n"
        "- Moved billing reports from cron scripts to Airflow\n"
    )
    jobs = _jobs(text)
    assert ("Staff Data Engineer", "Carvana") in jobs, jobs
    assert ("Data Engineer", "GoDaddy") in jobs, jobs
    names = [p.name for p in parse_resume_text(text).projects]
    assert not any("Engineer" in n for n in names), names


def test_caps_employer_over_title_with_dates() -> None:
    text = (
        "EXPERIENCE\n\nNORDSTROM\nMachine Learning Scientist      2019 - 2023\n"
        "- Trained a size-recommendation model that lowered returns by 9%\n"
    )
    assert ("Machine Learning Scientist", "NORDSTROM") in _jobs(text)


def test_employer_then_title_then_dates_alone() -> None:
    text = (
        "Experience\n\nRoche Diagnostics, Basel\nPrincipal Statistician\n03/2017 – 08/2022\n"
        "Designed the adaptive trial simulator used by 4 study teams.\n"
    )
    jobs = _jobs(text)
    assert ("Principal Statistician", "Roche Diagnostics") in jobs, jobs


def test_project_name_over_role_line_stays_a_project() -> None:
    text = (
        "EXPERIENCE\n\nAcme Corp — Senior Engineer (2019 – 2023)\n\nInvoice OCR pipeline\n"
        "Tech lead | 2021 – 2022\n- Cut manual keying from 9 min to 2 min per invoice\n"
    )
    resume = parse_resume_text(text)
    assert [p.name for p in resume.projects] == ["Invoice OCR pipeline"]
    assert len(resume.positions) == 1
