"""Under a section of built work (named `Projects`, or unnamed like `WHAT I'VE BUILT`), a line
`<Name> (<dates>), <Org>` / `<Name> — <Org>, <dates>` over points is a project done at that
employer, never a job at it; and a `名称（日期）` line opens the next project whether or not a role
line follows it (family the lead met in session 11; cases in other words)."""

from __future__ import annotations

import pytest

from interviewer.resume.assemble import parse_resume_text
from interviewer.types import Resume

_SHIPPED = (
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
_DASH_ORG = (
    "Selected Projects\n\n"
    "Demand forecaster — Contoso Retail Inc., 03/2021 – 11/2022\n"
    "  • Replaced a moving average with a gradient-boosted model; stock-outs down 18%.\n"
    "Returns classifier — Contoso Retail Inc., 2020\n"
    "  • Text model over return notes; manual review load halved.\n"
)
_ZH_NAMED = (
    "【项目】\n"
    "推荐重排服务（2022.03 - 2023.01），某物流科技公司\n"
    "  - 基于 LightGBM 的重排模型，点击率提升 5%。\n"
    "  - 负责线上 A/B 实验设计。\n\n"
    "运单异常检测（2021.05 - 2021.12），某物流科技公司\n"
    "  - 用孤立森林识别异常运单，人工复核量减少 40%。\n"
)
_AMONG_JOBS = (
    "Experience\n\n"
    "Ticket routing model (2023 – 2024), Helpdesk Co.\n"
    "  - Fine-tuned a DeBERTa classifier on 90k tickets; misroutes fell from 15% to 6%.\n\n"
    "商品搜索重排（2021.01 - 2022.12），某电商科技公司\n"
    "  - 搭建 LambdaMART 重排，点击率提升 4%。\n"
)
_NO_ROLE_ZH = (
    "【项目经历】\n"
    "日志检索平台（2022.02 - 2022.08）\n"
    "角色：后端负责人\n"
    "基于 Elasticsearch 重建日志检索，查询 P99 从 3 秒降到 400 毫秒。\n\n"
    "图像质检模型（2023年3月 - 2023年9月）\n"
    "用 YOLOv8 检测产线缺陷，漏检率从 5% 降到 1.2%，4 张 T4 部署。\n"
)
_NO_ROLE_EN = (
    "PROJECTS\n"
    "Churn early-warning model (Jan 2022 – Jun 2022)\n"
    "Role: tech lead\n"
    "Survival model over billing events; retention team saved 1,200 accounts a quarter.\n\n"
    "Contract clause search (Aug 2022 – Dec 2022)\n"
    "Embedding search over 80k contracts; lawyers' lookup time from 20 min to 4 min.\n"
)
_TITLED_JOBS = (
    "EXPERIENCE\n"
    "Machine Learning Engineer (2019 – 2021), Acme Analytics Inc.\n"
    "  - Built the churn model; retention up 4%.\n"
    "数据科学家（2021.03 - 2023.06），某支付科技公司\n"
    "  - 搭建风控模型，坏账率下降 15%。\n"
)


def _employer(r: Resume, i: int) -> str:
    p = r.projects[i]
    return r.positions[p.position].org if p.position is not None else ""


@pytest.mark.parametrize(
    ("text", "names", "employers"),
    [
        (
            _SHIPPED,
            ["Fraud rules engine", "Card spend forecaster", "Feature store"],
            ["Northwind Bank Ltd.", "Northwind Bank Ltd.", "Kestrel Labs"],
        ),
        (
            _DASH_ORG,
            ["Demand forecaster", "Returns classifier"],
            ["Contoso Retail Inc.", "Contoso Retail Inc."],
        ),
        (_ZH_NAMED, ["推荐重排服务", "运单异常检测"], ["某物流科技公司", "某物流科技公司"]),
        (
            _AMONG_JOBS,
            ["Ticket routing model", "商品搜索重排"],
            ["Helpdesk Co.", "某电商科技公司"],
        ),
    ],
)
def test_named_work_with_dates_and_org_is_a_project_at_that_employer(
    text: str, names: list[str], employers: list[str]
) -> None:
    """`Name (dates), Org`, `Name — Org, dates`, `名称（日期），公司`: a project done at the
    employer (one position per employer, no title), never a job at it."""
    r = parse_resume_text(text)
    assert [p.name for p in r.projects] == names
    assert [_employer(r, i) for i in range(len(names))] == employers
    assert len(r.positions) == len(set(employers))
    assert not any(p.title for p in r.positions), r.positions
    assert all(p.period for p in r.projects)


@pytest.mark.parametrize(
    ("text", "names", "last_only"),
    [
        (_NO_ROLE_ZH, ["日志检索平台", "图像质检模型"], "1.2"),
        (_NO_ROLE_EN, ["Churn early-warning model", "Contract clause search"], "80k"),
    ],
)
def test_a_name_with_dates_opens_the_next_project_without_a_role_line(
    text: str, names: list[str], last_only: str
) -> None:
    r = parse_resume_text(text)
    assert [p.name for p in r.projects] == names
    assert any(last_only in b for b in r.projects[-1].bullets), r.projects[-1].bullets
    assert not any(last_only in b for b in r.projects[0].bullets), r.projects[0].bullets


def test_a_titled_job_line_stays_a_job() -> None:
    r = parse_resume_text(_TITLED_JOBS)
    assert [p.title for p in r.positions] == ["Machine Learning Engineer", "数据科学家"]
