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
