"""A job title on its own line above an `EMPLOYER, CITY, ST` line, the dates below them (an ATS
résumé in capitals, and the same in Title Case): the title is the title, the employer the
employer, its place left out (session 10, resume10b; the family fresh9's diagnosis named)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _jobs(text: str) -> list[tuple[str, str]]:
    return [(p.title, p.org) for p in parse_resume_text(text).positions]


def test_caps_title_over_caps_employer_and_city() -> None:
    assert _jobs(
        "EXPERIENCE\n\nPRODUCT ANALYST\nHARBOR FREIGHT TOOLS, CALABASAS, CA\nMar 2020 - Present\n"
        "- Built the store-level demand dashboard; stockouts down 18%.\n\n"
        "BUSINESS ANALYST\nTARGET, MINNEAPOLIS, MN\nJul 2017 - Feb 2020\n"
        "- Automated weekly pricing checks for 900 stores.\n"
    ) == [("PRODUCT ANALYST", "HARBOR FREIGHT TOOLS"), ("BUSINESS ANALYST", "TARGET")]


def test_title_case_title_over_employer_and_city() -> None:
    assert _jobs(
        "Work Experience\n\nResearch Engineer\nDeepGrid Labs, Toronto, ON\n2021 - 2024\n"
        "- Distilled a 1B model to 200M with 2% accuracy loss.\n"
    ) == [("Research Engineer", "DeepGrid Labs")]


def test_caps_title_over_single_city_employer() -> None:
    assert _jobs(
        "PROFESSIONAL EXPERIENCE\n\nDATA ENGINEER\nSTRIPE, DUBLIN\nSep 2019 - Aug 2022\n"
        "- Moved ledger exports to Spark; nightly run from 5 hours to 40 minutes.\n"
    ) == [("DATA ENGINEER", "STRIPE")]


def test_employer_over_title_order_kept() -> None:
    assert _jobs(
        "Experience\n\nNorthwind Analytics\nSenior Data Scientist\nJan 2019 - Dec 2022\n"
        "- Forecasting models for 40 retail clients; MAPE from 22% to 15%.\n"
    ) == [("Senior Data Scientist", "Northwind Analytics")]
