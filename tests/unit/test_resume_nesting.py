"""A sub-point belongs to the point above it (session 7, resume10; the family fresh3's nested
DOCX showed, here in other words and layouts).

Under a job with no named projects, a list item indented under another tells that item's result
or a step of it: it joins the piece of work above and never becomes a unit of its own, even when
it starts with a verb ("Cut p95 latency by 30%"). A duty whose result a sub-point measures was
work delivered after all. Under a bare label ("Key initiatives:") the indented items are the
pieces of work themselves.
"""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _units(text: str) -> list[tuple[str, list[str], list[float]]]:
    r = parse_resume_text(text)
    return [
        (p.name, p.bullets, [m.value for m in p.metrics if m.role == "result"]) for p in r.projects
    ]


def test_verb_led_results_under_a_point_join_it() -> None:
    units = _units(
        "Experience\nAcme Logistics — Senior Engineer (2020–2024)\n"
        "* Rewrote the route-planning service in Go.\n"
        "  - Cut p95 latency by 30%.\n"
        "  - Saved $200k a year in compute.\n"
        "* Introduced contract tests for the partner APIs.\n"
        "  - Partner incidents per quarter down from 12 to 3.\n"
        "* Mentored two graduates.\n"
    )
    assert len(units) == 2
    route, tests = units
    assert "route-planning" in route[0] and 30.0 in route[2] and 200000.0 in route[2]
    assert "contract tests" in tests[0] and 3.0 in tests[2]


def test_zh_sub_points_four_spaces() -> None:
    units = _units(
        "## 工作经历\n### 某电商公司 ｜ 数据工程师 ｜ 2019.07 - 2023.06\n"
        "- 搭建实时特征平台，替换原有的小时级批处理\n"
        "    - 特征延迟从 10 分钟降到 30 秒\n"
        "    - 优化了特征回填脚本，回填耗时减少 70%\n"
        "- 负责数仓日常运维\n"
    )
    assert len(units) == 1
    assert "实时特征平台" in units[0][0] and len(units[0][1]) == 3


def test_a_duty_whose_sub_point_measures_a_result_is_a_unit_named_by_the_duty() -> None:
    units = _units(
        "WORK HISTORY\nNorthwind Bank, Data Engineer, 2018 - 2022\n"
        "- Owned the nightly billing ETL.\n"
        "   - Failed runs per month down from 9 to 1 after adding idempotent retries.\n"
        "- Attended the architecture guild.\n"
    )
    assert [u[0] for u in units] == ["the nightly billing ETL"]
    assert 1.0 in units[0][2]


def test_items_under_a_bare_label_are_pieces_of_work() -> None:
    units = _units(
        "EXPERIENCE\nContoso Retail | ML Engineer | 2021 - present\n"
        "- Key initiatives:\n"
        "  - Rebuilt the markdown-pricing model; gross margin +2 pp.\n"
        "  - Migrated the demand reports from SAS to dbt; refresh time from 6 h to 40 min.\n"
        "- Weekly sync with merchandising.\n"
    )
    assert len(units) == 2
    assert "markdown-pricing" in units[0][0] and "demand reports" in units[1][0]


def test_word_export_second_level_bullets_join_their_point() -> None:
    units = _units(
        "PROFESSIONAL EXPERIENCE\nFabrikam Health, Boston, MA\t\t\t2019 – 2023\nAnalytics Lead\n"
        "•\tBuilt a no-show risk score for outpatient clinics.\n"
        "o\tReduced no-shows by 14% in the pilot clinics.\n"
        "•\tPresented monthly results to clinic directors.\n"
    )
    assert len(units) == 1 and 14.0 in units[0][2]
