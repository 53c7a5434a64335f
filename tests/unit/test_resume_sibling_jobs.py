"""A heading at the level of the job above, with dates and a title, is the next job (session 7,
resume10; the family fresh3's manager résumé showed, here in other words).

'Tech Lead, Payments — Acme (2016–2019)' under '### Staff Engineer, Search — Acme (2019–2022)'
is a second job even though 'Tech Lead' could be a project role: read as a project it took the
first job's work away (a job with a project yields no askable units of its own).
"""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _read(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, int | None]]]:
    r = parse_resume_text(text)
    return [(p.title, p.org) for p in r.positions], [(p.name, p.position) for p in r.projects]


def test_project_role_title_at_the_job_level_is_a_job() -> None:
    jobs, units = _read(
        "## Experience\n\n### Staff Engineer, Search — Acme (2019–2022)\n"
        "- Rebuilt the query parser; zero-result searches down 18%.\n\n"
        "### Tech Lead, Payments — Acme (2016–2019)\n"
        "- Introduced idempotency keys for refunds; duplicate refunds from 40 a month to 0.\n"
    )
    assert len(jobs) == 2 and jobs[1] == ("Tech Lead", "Acme")
    assert [u[1] for u in units] == [0, 1]
    assert "query parser" in units[0][0]


def test_zh_project_role_title_at_the_job_level() -> None:
    jobs, units = _read(
        "## 工作经历\n### 字节跳动 ｜ 高级工程师 ｜ 2021.07 – 至今\n- 重构推荐召回链路，召回率提升 6%\n"
        "### 阿里巴巴 ｜ 技术负责人 ｜ 2018.03 – 2021.06\n- 搭建商品标签体系，标签覆盖率从 40% 提升到 85%\n"
    )
    assert [j[1] for j in jobs] == ["字节跳动", "阿里巴巴"]
    assert [u[0] for u in units] == ["推荐召回链路", "商品标签体系"]


def test_bold_lines_of_the_same_shape_are_sibling_jobs() -> None:
    jobs, units = _read(
        "EXPERIENCE\n**Principal Engineer, Data — Northwind (2020 – present)**\n"
        "- Replaced the nightly Hadoop jobs with Spark on Kubernetes; compute cost down 35%.\n"
        "**Team Lead, Ingestion — Northwind (2017 – 2020)**\n"
        "- Built the CDC pipeline from Postgres to the lake; data freshness from 24 h to 15 min.\n"
    )
    assert len(jobs) == 2
    assert len(units) == 2 and {u[1] for u in units} == {0, 1}


def test_a_dated_project_heading_deeper_than_the_job_stays_a_project() -> None:
    jobs, units = _read(
        "## Experience\n### Acme — Senior Engineer (2019–2023)\n"
        "#### Fraud scoring | Tech Lead | 2021–2022\n- Built the scoring service; p99 from 300 ms to 80 ms.\n"
    )
    assert len(jobs) == 1 and [u[0] for u in units] == ["Fraud scoring"]
