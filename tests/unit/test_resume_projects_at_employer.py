"""Under a section of built work (named `Projects`, or unnamed like `WHAT I'VE BUILT`), a line
`<Name> (<dates>), <Org>` / `<Name> — <Org>, <dates>` over points is a project done at that
employer, never a job at it; and a `名称（日期）` line opens the next project whether or not a role
line follows it (family the lead met in session 11; cases in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text
from interviewer.types import Resume


def _read(text: str) -> Resume:
    return parse_resume_text(text)


def _employer(r: Resume, i: int) -> str:
    p = r.projects[i]
    return r.positions[p.position].org if p.position is not None else ""


def test_unnamed_section_of_built_work_with_bracketed_dates_and_org() -> None:
    text = (
        "ARVID LINDQVIST\nData Engineer · Malmö\n\nTHINGS I SHIPPED\n"
        "Fraud rules engine (2020 – 2021), Northwind Bank Ltd.\n"
        "    * Rewrote 300 hand rules as a scored model; false declines down 22%.\n"
        "    * Ran shadow traffic for six weeks before cut-over.\n\n"
        "Card spend forecaster (2019), Northwind Bank Ltd.\n"
        "    * Weekly forecasts per merchant category; MAPE from 14% to 9%.\n\n"
        "Feature store (2017 – 2018), Kestrel Labs\n"
        "    * Built an offline/online store on Redis; training-serving skew incidents fell to zero.\n\n"
        "SKILLS\nPython, Spark, Redis\n"
    )
    r = _read(text)
    names = [p.name for p in r.projects]
    assert names == ["Fraud rules engine", "Card spend forecaster", "Feature store"], names
    assert [_employer(r, i) for i in range(3)] == [
        "Northwind Bank Ltd.",
        "Northwind Bank Ltd.",
        "Kestrel Labs",
    ]
    assert r.projects[0].period and r.projects[2].period
    assert not any(p.title for p in r.positions), r.positions


def test_projects_section_with_dash_org_then_dates() -> None:
    text = (
        "Selected Projects\n\n"
        "Demand forecaster — Contoso Retail Inc., 03/2021 – 11/2022\n"
        "  • Replaced a moving average with a gradient-boosted model; stock-outs down 18%.\n"
        "Returns classifier — Contoso Retail Inc., 2020\n"
        "  • Text model over return notes; manual review load halved.\n"
    )
    r = _read(text)
    names = [p.name for p in r.projects]
    assert names == ["Demand forecaster", "Returns classifier"], names
    assert _employer(r, 0) == _employer(r, 1) == "Contoso Retail Inc."
    assert len(r.positions) == 1


def test_named_projects_section_keeps_names_in_zh() -> None:
    text = (
        "【项目】\n"
        "推荐重排服务（2022.03 - 2023.01），某物流科技公司\n"
        "  - 基于 LightGBM 的重排模型，点击率提升 5%。\n"
        "  - 负责线上 A/B 实验设计。\n\n"
        "运单异常检测（2021.05 - 2021.12），某物流科技公司\n"
        "  - 用孤立森林识别异常运单，人工复核量减少 40%。\n"
    )
    r = _read(text)
    names = [p.name for p in r.projects]
    assert names == ["推荐重排服务", "运单异常检测"], names
    assert _employer(r, 1) == "某物流科技公司"


def test_name_with_dates_opens_a_project_without_a_role_line_zh() -> None:
    text = (
        "【项目经历】\n"
        "日志检索平台（2022.02 - 2022.08）\n"
        "角色：后端负责人\n"
        "基于 Elasticsearch 重建日志检索，查询 P99 从 3 秒降到 400 毫秒。\n\n"
        "图像质检模型（2023年3月 - 2023年9月）\n"
        "用 YOLOv8 检测产线缺陷，漏检率从 5% 降到 1.2%，4 张 T4 部署。\n"
    )
    r = _read(text)
    names = [p.name for p in r.projects]
    assert names == ["日志检索平台", "图像质检模型"], names
    assert any("1.2" in b for b in r.projects[1].bullets), r.projects[1].bullets
    assert not any("1.2" in b for b in r.projects[0].bullets), r.projects[0].bullets


def test_name_with_dates_opens_a_project_without_a_role_line_en() -> None:
    text = (
        "PROJECTS\n"
        "Churn early-warning model (Jan 2022 – Jun 2022)\n"
        "Role: tech lead\n"
        "Survival model over billing events; retention team saved 1,200 accounts a quarter.\n\n"
        "Contract clause search (Aug 2022 – Dec 2022)\n"
        "Embedding search over 80k contracts; lawyers' lookup time from 20 min to 4 min.\n"
    )
    r = _read(text)
    names = [p.name for p in r.projects]
    assert names == ["Churn early-warning model", "Contract clause search"], names
    assert any("80k" in b for b in r.projects[1].bullets), r.projects[1].bullets


def test_a_titled_job_line_stays_a_job() -> None:
    text = (
        "EXPERIENCE\n"
        "Machine Learning Engineer (2019 – 2021), Acme Analytics Inc.\n"
        "  - Built the churn model; retention up 4%.\n"
        "数据科学家（2021.03 - 2023.06），某支付科技公司\n"
        "  - 搭建风控模型，坏账率下降 15%。\n"
    )
    r = _read(text)
    titles = [p.title for p in r.positions]
    assert titles == ["Machine Learning Engineer", "数据科学家"], r.positions


def test_named_work_at_an_employer_among_jobs_over_points_of_work() -> None:
    text = (
        "Experience\n\n"
        "Ticket routing model (2023 – 2024), Helpdesk Co.\n"
        "  - Fine-tuned a DeBERTa classifier on 90k tickets; misroutes fell from 15% to 6%.\n\n"
        "商品搜索重排（2021.01 - 2022.12），某电商科技公司\n"
        "  - 搭建 LambdaMART 重排，点击率提升 4%。\n"
    )
    r = _read(text)
    names = [p.name for p in r.projects]
    assert names == ["Ticket routing model", "商品搜索重排"], names
    assert [_employer(r, i) for i in range(2)] == ["Helpdesk Co.", "某电商科技公司"]
