"""A unit of work is a passage that says something was done to an object, whatever line holds
it (issue 14). A line carrying only a plan label (KR1, H2), a count of things (两件事) or a
stretch of time at an employer (美团期间, While at X) names no work: the passages under it are the
units, named by their own name or their object; a key result that only adds a result belongs to
the unit above; an objective that tells no deed is none. Inputs written before the fix, zh and en."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text
from interviewer.resume.units import names_no_work

_OKR_ZH = """工作经历
2019.03 – 至今　某某保险　智能客服负责人

个人 OKR（2023 上半年）
O：让客服更快解决问题
KR1：上线基于知识库检索的问答机器人，人工转接率由 35% 降到 20%（已完成）
KR2：搭建意图识别评测集（已完成）
O：降低坐席培训成本
KR1：用通话录音微调语音识别模型，字错率从 14% 降到 8%（完成 70%）
"""
_OKR_EN = """EXPERIENCE
Northbeam Bank — Senior ML Engineer — 2020 to present

My OKRs, H1 2023
Objective: Make customer onboarding faster
KR1: Shipped an ID-document extraction model for onboarding checks; manual review fell from 40% to 12% (done)
KR2: Built the onboarding funnel dashboard in dbt (done)
KR3: Retrained the card-fraud model with graph features, lifting recall from 61% to 74%
"""
_SPAN_ZH = """工作经历
| 时间 | 公司 | 职位 |
| 2020.05 – 至今 | 字节跳动 | 算法工程师 |
| 2017.07 – 2020.04 | 美团 | 算法工程师 |

美团期间
● 外卖排序模型：从 LR 升级到 DIN，下单转化率相对提升 4.5%
● 商户评分反作弊：对刷评行为做图挖掘，每月识别刷评账号约 2 万个
"""
_SPAN_EN = """Experience
| Years | Company | Title |
| 2020 – now | Etsy | Senior Data Scientist |
| 2016 – 2020 | Booking.com | Data Scientist |

While at Booking.com
● Hotel ranking model: moved from GBDT to a two-tower network, lifting bookings per session by 3.1%
● Review fraud detection: graph mining over reviewer accounts, removing about 9,000 fake reviews a month
"""


@pytest.mark.parametrize(
    ("text", "inside", "not_names"),
    [
        (_OKR_ZH, ["问答机器人", "意图识别评测集", "语音识别模型"], ["KR1", "KR2", "O"]),
        (
            _OKR_EN,
            ["ID-document extraction model", "funnel dashboard", "card-fraud model"],
            ["KR1", "KR2", "KR3"],
        ),
        (_SPAN_ZH, ["外卖排序模型", "商户评分反作弊"], ["美团期间"]),
        (_SPAN_EN, ["Hotel ranking model", "Review fraud detection"], ["While at Booking.com"]),
    ],
)
def test_passages_under_a_label_are_the_units(
    text: str, inside: list[str], not_names: list[str]
) -> None:
    projects = parse_resume_text(text).projects
    assert len(projects) == len(inside)
    for project, words in zip(projects, inside, strict=True):
        assert words in " ".join([project.name, *project.bullets])
    assert not {p.name for p in projects} & set(not_names)


@pytest.mark.parametrize(
    ("name", "orgs", "label"),
    [
        ("KR2", [], True),
        ("2023 H2", [], True),
        ("两件事", [], True),
        ("three things", [], True),
        ("携程期间", ["携程"], True),
        ("While at Monzo", ["Monzo"], True),
        ("Multi-agent data analyst", [], False),
        ("酒店排序模型", ["携程"], False),
        ("Payments ledger", ["Monzo"], False),
        ("At-risk student alerts", [], False),
        ("SQL 生成 Agent", [], False),
    ],
)
def test_what_names_no_work(name: str, orgs: list[str], label: bool) -> None:
    assert names_no_work(name, orgs) is label


_ENUM_ZH = """工作经历
2020.07 – 至今　某电商公司　算法工程师
我在这家公司主要做了两件事。第一件是把推荐的召回换成了双塔模型，点击率提升了 5% 左右。第二件是搭了一个数据质量监控平台，每天检查 3000 多张表，告警漏报从 20 个降到 3 个。
"""
_ENUM_ZH2 = """工作经历
2018.07 – 至今　某某银行　数据工程师
在行里主要负责了三块工作。其一，把监管报送从手工 Excel 改成自动化流水线，报送准备时间从 5 天缩短到 1 天。其二，搭建了客户标签平台，名为“星图”，目前被 12 个业务部门使用。其三，日常的数据质量巡检。
"""
_ENUM_EN = """EXPERIENCE
Corvid Travel — Backend Engineer — 2019 to present
Two things stand out from my time there. First, I rebuilt the fare-pricing service in Rust, which cut p99 latency from 300 ms to 40 ms. Second, I set up an experimentation platform called Kestrel that 40 teams now use to run A/B tests.
"""
_ENUM_EN2 = """Work history
Halden Logistics, Data Scientist, 2020 - 2024
I worked on a handful of things, mostly forecasting. The first was a demand model for the 30 depots, which brought forecast error down from 24% to 15%. The second one was a route-delay alert named Pathwatch; dispatchers now see 70% of delays an hour earlier.
"""


@pytest.mark.parametrize(
    ("text", "inside", "names"),
    [
        (_ENUM_ZH, ["双塔模型", "数据质量监控平台"], []),
        (_ENUM_ZH2, ["监管报送", "客户标签平台"], ["星图"]),
        (_ENUM_EN, ["fare-pricing service", "experimentation platform"], ["Kestrel"]),
        (_ENUM_EN2, ["demand model", "route-delay alert"], ["Pathwatch"]),
    ],
)
def test_each_enumerated_piece_is_a_unit(text: str, inside: list[str], names: list[str]) -> None:
    """'第一件是… 第二件是…', '其一… 其二…', 'First, … Second, …', 'The first was … The second
    one was …': one unit per ordinal, the count before them ('two things') none; a piece given a
    name in passing (叫/名为/called/named X) is named by it."""
    projects = parse_resume_text(text).projects
    assert len(projects) == len(inside)
    for project, words in zip(projects, inside, strict=True):
        assert words in project.bullets[0]
        assert not project.name.startswith(("第", "其", "First", "Second", "The first"))
    assert set(names) <= {p.name for p in projects}


def test_a_key_result_that_only_adds_a_result_joins_the_unit_above() -> None:
    text = (
        "工作经历\n2021.01 – 至今　某内容平台　算法工程师\n\n2022 H1\nO：降低笔记打标成本\n"
        "KR1：用 LoRA 微调 7B 模型自动生成笔记标签，标签覆盖率从 45% 提升至 90%（已完成）\n"
        "KR2：标注成本每月减少 8 万元（完成 80%）\n"
    )
    (project,) = parse_resume_text(text).projects
    assert any("8 万元" in b for b in project.bullets)


_DATED_ZH = """工作经历
滴滴 · 调度算法组 · 算法工程师    2019.07 – 至今
项目经验
司机调度模型    2019.09 – 2021.06
技术栈：Python、LightGBM
· 用强化学习重做派单策略，高峰期应答率从 82% 提升到 90%
订单异常检测    2021.07 – 至今
技术栈：Flink、Kafka
· 实时识别刷单订单，每周拦截异常订单约 3000 单
"""
_DATED_EN = """EXPERIENCE
Shopwise · Platform team · Staff Engineer    2018 – present
Projects
Checkout gateway    2018 – 2020
Stack: Go, Envoy
• Consolidated four payment providers behind one gateway; failed checkouts fell from 2.1% to 0.8%
Refund anomaly detector    2021 – present
Stack: Python, Kafka
• Built a streaming detector that flags refund abuse, catching 1,200 fraudulent refunds a month
"""
_DATED_ZH2 = """项目经历
智能排班系统\t2020.03～2021.01
- 用整数规划替代人工排班，门店排班耗时从 2 小时降到 10 分钟
门店客流预测\t2021.02～2022.06
- 基于 LightGBM 预测分时段客流，预测误差从 25% 降到 14%
"""
_DATED_EN2 = """Projects
Payments API | 2019 - 2020
- Rewrote the card-payments API in Kotlin; p99 latency fell from 800 ms to 120 ms
Merchant risk scores | 2021 - 2022
- Trained a gradient-boosted model of merchant chargeback risk, cutting losses by 18%
"""


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (_DATED_ZH, ["司机调度模型", "订单异常检测"]),
        (_DATED_EN, ["Checkout gateway", "Refund anomaly detector"]),
        (_DATED_ZH2, ["智能排班系统", "门店客流预测"]),
        (_DATED_EN2, ["Payments API", "Merchant risk scores"]),
    ],
)
def test_a_dated_title_among_a_projects_lines_opens_the_next(text: str, names: list[str]) -> None:
    """A line holding only a name and dates over lines of its own starts the next piece of work,
    whatever the separator; its dates are that piece's period."""
    projects = parse_resume_text(text).projects
    assert [p.name for p in projects] == names
    assert all(p.period and p.bullets for p in projects)
