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


_NUMBERED = [
    (
        "PROJECTS\nPROJECT 2:\nProject Title: Claims Fraud Scoring\nClient: Regional insurer\n"
        "Responsibilities:\n- Built the scoring features; precision rose from 0.61 to 0.74\n",
        ["Claims Fraud Scoring"],
    ),
    (
        "Project Experience\nProject No. 3\nName of the project : Vendor Portal Revamp\n"
        "Team Size : 4\nRole & Responsibilities:\n- Rebuilt the portal in React; page load 4 s to 1.2 s\n",
        ["Vendor Portal Revamp"],
    ),
    (
        "PROJECT DETAILS\nProject #4\nInventory Forecasting Engine\nTeam size: 6\n"
        "- Reduced stock-outs by 18%\n\nProject #5\nTitle : Supplier Risk Dashboard\n"
        "Roles and Responsibilities:\n- Cut report preparation from 3 days to 4 hours\n",
        ["Inventory Forecasting Engine", "Supplier Risk Dashboard"],
    ),
]


@pytest.mark.parametrize(("text", "names"), _NUMBERED)
def test_a_numbered_project_block_is_named_by_its_title(text, names):
    from interviewer.resume import parse_resume_text

    r = parse_resume_text(text)
    assert [p.name for p in r.projects] == names
    assert all(p.bullets for p in r.projects)


@pytest.mark.parametrize(
    "head",
    ["PROFESSIONAL SUMMARY", "Career Summary", "Summary of Qualifications"],
)
def test_a_result_in_a_summary_section_is_no_unit_of_its_own(head):
    from interviewer.resume import parse_resume_text

    text = (
        f"{head}\n• Cut cloud spend by 30% across two business units.\n\n"
        "EXPERIENCE\nAcme Corp, Data Engineer (2019 – 2023)\n"
        "- Moved nightly ETL to Spark; runtime from 6 h to 40 min\n"
    )
    r = parse_resume_text(text)
    assert len(r.projects) == 1 and "Spark" in r.projects[0].bullets[0]


@pytest.mark.parametrize(
    "line",
    [
        "[pg-lens](https://github.com/example/pg-lens) — Postgres query profiler, 1.2k stars",
        "[Quill](https://quill.example.com): note-taking app for lawyers, 300 paying users",
        "[地图纠错工具](https://example.cn/fix) —— 众包纠错平台，日均 2 万条反馈",
    ],
)
def test_a_markdown_link_names_a_project_and_keeps_its_description(line):
    from interviewer.resume import parse_resume_text

    r = parse_resume_text(f"## Side projects\n* {line}\n")
    assert len(r.projects) == 1 and r.projects[0].bullets, r.projects
    assert "http" not in r.projects[0].name


@pytest.mark.parametrize(
    "line",
    [
        "Owned on-call for the data platform",
        "Shared the pager rota for payments",
        "负责平台值班与故障响应",
    ],
)
def test_an_on_call_rota_is_a_duty(line):
    assert not is_achievement(line)


@pytest.mark.parametrize(
    ("text", "title", "org"),
    [
        (
            "## Experience\n### Staff Engineer\nOrbit Labs | 2019 – 2023\n"
            "#### Search relevance revamp\n- Rebuilt ranking; NDCG@10 0.41 → 0.52\n",
            "Staff Engineer",
            "Orbit Labs",
        ),
        (
            "## Work\n### Data Analyst\nNordic Telecom, 2016 – 2020\n"
            "- Built a churn model that cut churn from 2.1% to 1.7%\n",
            "Data Analyst",
            "Nordic Telecom",
        ),
        (
            "## 工作经历\n### 算法工程师\n某电商公司 | 2019.07 - 2022.06\n- 搭建推荐召回模块，点击率提升 8%\n",
            "算法工程师",
            "某电商公司",
        ),
    ],
)
def test_a_job_title_heading_over_its_employer_line_is_a_job_not_a_project(text, title, org):
    from interviewer.resume import parse_resume_text

    r = parse_resume_text(text)
    assert (r.positions[0].title, r.positions[0].org) == (title, org)
    assert title not in [p.name for p in r.projects]


def _json(**parts):
    import json

    from interviewer.resume import parse_resume_text

    base = {
        "basics": {"name": "A. Person"},
        "work": [
            {
                "name": "Acme",
                "position": "Engineer",
                "highlights": ["Rebuilt the billing ETL in Spark; runtime from 6 h to 40 min"],
            }
        ],
    }
    return parse_resume_text(json.dumps({**base, **parts}))


@pytest.mark.parametrize(
    "extra",
    [
        {
            "volunteer": [
                {
                    "organization": "Code Club",
                    "position": "Mentor",
                    "highlights": ["Built the club's signup site; 3,000 sign-ups"],
                }
            ]
        },
        {
            "volunteer": [
                {
                    "organization": "PyData Oslo",
                    "position": "Organiser",
                    "summary": "Organised 12 meetups with 80 attendees each",
                }
            ]
        },
        {
            "projects": [
                {
                    "name": "Scaling RAG in production",
                    "type": "talk",
                    "description": "Talk at PyCon 2023",
                }
            ]
        },
    ],
)
def test_json_resume_volunteering_and_talks_are_no_units(extra):
    r = _json(**extra)
    assert len(r.projects) == 1 and "Spark" in r.projects[0].bullets[0], r.projects


def test_linkedin_copied_from_the_page_title_then_employer_then_dates():
    from interviewer.resume import parse_resume_text

    text = (
        "Experience\nStaff Engineer\nNorthwind Labs · Full-time\nMar 2022 - Present · 2 yrs\n"
        "Oslo, Norway · Hybrid\nRebuilt the billing ETL in Spark; runtime from 6 h to 40 min.\n"
        "Skills: Spark · Airflow\n\nSoftware Engineer\nFjord Bank · Contract\n"
        "Jan 2019 - Feb 2022 · 3 yrs 2 mos\nMoved card-fraud scoring online; p99 from 900 ms to 80 ms.\n"
        "Wrote the audit documentation for regulators.\n"
    )
    r = parse_resume_text(text)
    assert [(p.title, p.org) for p in r.positions] == [
        ("Staff Engineer", "Northwind Labs"),
        ("Software Engineer", "Fjord Bank"),
    ]
    assert len(r.projects) == 2


@pytest.mark.parametrize(
    ("employer", "title"),
    [
        ("Andela (contract), Remote", "Data Engineer"),
        ("Mercado Pago, Buenos Aires", "Machine Learning Engineer"),
        ("Zalando SE", "Senior Data Scientist"),
    ],
)
def test_a_dated_employer_line_over_a_title_opens_a_job_after_named_items(employer, title):
    from interviewer.resume import parse_resume_text

    text = (
        "EXPERIENCE\nAcme Ltd, Lagos          2020 – Present\nMachine Learning Engineer\n"
        "• Fraud scoring: gradient-boosted model; chargebacks from 0.42% to 0.17%.\n"
        f"{employer}          2017 – 2020\n{title}\n"
        "• Moved client reporting to Airflow; failed runs per month went from 30 to 2.\n"
    )
    r = parse_resume_text(text)
    assert [p.title for p in r.positions] == ["Machine Learning Engineer", title]
    assert len(r.projects) == 2 and "Airflow" in r.projects[1].bullets[0]


@pytest.mark.parametrize(
    "sibling",
    [
        "* Cleaned up the trip-events pipeline, cutting dashboard lag from 6 hours to 15 minutes.",
        "* Migrated billing exports to dbt; monthly close went from 9 days to 4.",
        "* 把对账脚本迁到 Airflow，失败任务从每周 20 个降到 2 个。",
    ],
)
def test_a_measured_achievement_beside_named_items_is_its_own_unit(sibling):
    from interviewer.resume import parse_resume_text

    text = (
        "EXPERIENCE\nAcme Ltd — Data Scientist (2021–present)\n"
        "* Delivery promise: quantile model for ETA windows; complaints fell 33%.\n"
        f"{sibling}\n* Weekly reporting for regional managers.\n"
    )
    r = parse_resume_text(text)
    assert len(r.projects) == 2, [(p.name, p.bullets) for p in r.projects]
    assert len(r.projects[0].bullets) == 1
