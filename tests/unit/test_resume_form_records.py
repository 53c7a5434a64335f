"""A résumé pasted from a web form: numbered record headings ('Employment 2'), `Job title:` /
`Company:` / `From:` / `To:` fields opening one job each, and field labels named for what they
belong to ('Project description:', 'Position responsibilities:') that are never projects
(family seen in fresh6; cases in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def test_numbered_records_with_title_first_open_one_job_each() -> None:
    text = (
        "Employment 1\nPosition: Analytics Engineer\nEmployer: Monzo\nFrom: 02/2021\nTo: Current\n"
        "Description: Rebuilt the finance dbt models; month-end close went from 5 days to 2.\n"
        "Employment 2\nPosition: BI Developer\nEmployer: Ocado\nFrom: 09/2017\nTo: 01/2021\n"
        "Description: Built the warehouse picking dashboard used by 30 site managers.\n"
    )
    resume = parse_resume_text(text)
    jobs = [(p.title, p.org, p.period) for p in resume.positions]
    assert ("Analytics Engineer", "Monzo", "02/2021 – Current") in jobs, jobs
    assert [j[1] for j in jobs] == ["Monzo", "Ocado"], jobs


def test_job_title_field_opens_the_next_job() -> None:
    text = (
        "Work Experience 1\nJob title: Platform Engineer\nCompany: Zalando\n"
        "Job description: Migrated the search cluster to OpenSearch, cutting p95 from 800 ms to 300 ms.\n"
        "Work Experience 2\nJob title: Backend Developer\nCompany: Trivago\n"
        "Job description: Maintained the hotel-rates API.\n"
    )
    jobs = [(p.title, p.org) for p in parse_resume_text(text).positions]
    assert jobs == [("Platform Engineer", "Zalando"), ("Backend Developer", "Trivago")], jobs


def test_qualified_field_labels_name_no_project() -> None:
    text = (
        "Projects\nProject name: Tide table bot\n"
        "Project description: A Telegram bot answering tide questions from harbour PDFs.\n"
        "Project achievements: 2,000 monthly users.\n"
        "Project title: Bird call classifier\n"
        "Project summary: Trained a CNN on 40k clips; top-1 accuracy from 71% to 84%.\n"
    )
    names = [p.name for p in parse_resume_text(text).projects]
    assert names == ["Tide table bot", "Bird call classifier"], names
