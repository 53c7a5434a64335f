"""Fields and remarks are not names (session 7, resume10; families fresh3's ATS export and
freelancer résumé showed, here in other words).

- A record of fields (an ATS or job-board export): `Employer:` opens the next job, `Start Date:` /
  `End Date:` are its period (never a project), `Description:` tells its work.
- A remark after a section's name ('CLIENT WORK (selected)', '项目经历（部分）') does not change the
  section it opens.
"""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text
from interviewer.resume.layout import section_kind


def test_ats_record_fields_open_jobs_and_date_fields_name_nothing() -> None:
    r = parse_resume_text(
        "WORK HISTORY\n\nCompany: Kestrel Insurance\nTitle: Data Scientist\nStart Date: 01/2019\n"
        "End Date: 06/2022\nDescription: Built the claims-fraud triage model; investigator hit "
        "rate rose from 22% to 41%.\n\nCompany: Alder Bank\nTitle: Analyst\nStart Date: 07/2016\n"
        "End Date: 12/2018\nDescription: Automated the monthly liquidity report; preparation "
        "time from 3 days to 4 hours.\n"
    )
    assert [(p.org, p.period) for p in r.positions] == [
        ("Kestrel Insurance", "01/2019 – 06/2022"),
        ("Alder Bank", "07/2016 – 12/2018"),
    ]
    names = [p.name for p in r.projects]
    assert not any("date" in n.lower() for n in names)
    assert len(names) == 2 and "claims-fraud triage model" in names[0]


def test_zh_record_fields() -> None:
    r = parse_resume_text(
        "工作经历\n公司：蓝鲸物流\n职位：算法工程师\n入职时间：2020.03\n离职时间：2023.05\n"
        "工作描述：搭建了干线运输时效预测模型，准点率从 78% 提升到 91%。\n"
    )
    assert [p.org for p in r.positions] == ["蓝鲸物流"]
    assert [p.name for p in r.projects] == ["干线运输时效预测模型"]


def test_a_remark_after_a_section_name() -> None:
    assert section_kind("CLIENT WORK (2021 – now, selected)") == "projects"
    assert section_kind("项目经历（部分）") == "projects"
    assert section_kind("Work Experience (most recent first)") == "experience"
    assert section_kind("Python (5 years)") == ""


def test_client_lines_under_a_remarked_section_give_units() -> None:
    r = parse_resume_text(
        "INDEPENDENT WORK (selected, 2020 – now)\n\nHarbor Dental (clinic group, 3 months)\n"
        "  → Appointment no-show model; no-shows from 14% to 9%.\n\nPaperkite (SaaS, 6 weeks)\n"
        "  → Moved their nightly ETL to dbt; failed runs per month from 12 to 1.\n"
    )
    bodies = [" ".join([p.name, *p.bullets]) for p in r.projects]
    assert len(bodies) == 2
    assert "no-show model" in bodies[0] and "dbt" in bodies[1]


def test_a_grants_list_is_a_record_not_work() -> None:
    """Like publications and awards, a grant is a record of recognition; the research it funds
    is the unit."""
    r = parse_resume_text(
        "## Research\n### Sepsis early warning\nA temporal model over vitals; alerts 6 h earlier "
        "than the rule-based score, AUROC 0.86 vs 0.74.\n\n## Funding\n"
        "| Funder | Title | Role |\n|---|---|---|\n| Wellcome Trust | Early warning for sepsis | PI |\n"
        "| EPSRC | Robust clinical ML | Co-I |\n"
    )
    assert [p.name for p in r.projects] == ["Sepsis early warning"]
    assert section_kind("Grants and funding") == "other"
    assert section_kind("科研基金") == "other"


def test_europass_fields_and_legal_forms() -> None:
    """'Business or sector: …' is a field about the job, never a project; an employer written
    with its legal form (Sp. z o.o., SE, AG, N.V.) is an employer."""
    r = parse_resume_text(
        "WORK EXPERIENCE\n01/2020 – CURRENT – Poznań, Poland\n"
        "DATA SCIENTIST – ALLEGRO ANALYTICS SP. Z O.O.\nBusiness or sector: Retail\n"
        "▪ Price elasticity model: replaced the rule table; margin +1.5 pp.\n\n"
        "06/2016 – 12/2019\nANALYST – SIEMENS AG\n"
        "Type of business or sector: Manufacturing\n▪ Built the scrap-rate dashboard; scrap down 9%.\n"
    )
    assert [p.org for p in r.positions] == ["ALLEGRO ANALYTICS SP. Z O.O.", "SIEMENS AG"]
    names = [p.name for p in r.projects]
    assert not any("sector" in n.lower() for n in names)
    assert "Price elasticity model" in names


def test_dates_and_place_over_title_and_employer() -> None:
    """`dd/mm/yyyy – dd/mm/yyyy – City, Country` over `TITLE – EMPLOYER` (Europass): the place
    is where the job was, not its employer; day-month-year dates keep both ends."""
    r = parse_resume_text(
        "WORK EXPERIENCE\n06/2016 – 12/2019 – Munich, Germany\nANALYST – SIEMENS AG\n"
        "▪ Built the scrap-rate dashboard; scrap down 9%.\n\n"
        "15/09/2012 – 28/02/2016 – Lyon, France\nENGINEER – SOPRA STERIA SA\n"
        "▪ Automated the test-data refresh; refresh from 2 days to 3 hours.\n"
    )
    assert [(p.title, p.org, p.period) for p in r.positions] == [
        ("ANALYST", "SIEMENS AG", "06/2016 – 12/2019"),
        ("ENGINEER", "SOPRA STERIA SA", "15/09/2012 – 28/02/2016"),
    ]
    assert len(r.projects) == 2
