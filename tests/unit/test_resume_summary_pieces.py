"""A heading that names a section (a summary, a profile, 自我评价) is never the name of a piece of
work: when the work is told only in the paragraph under it (the jobs list duties), each piece that
paragraph tells is a unit of its own, named by the name it gives (a quoted or capitalised name),
and a sentence that tells no deed (years of experience, what one knows) is none (fresh13 family,
in other words and languages)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

ZH_FORMAL = """自我评价
五年后端与算法经验。在某物流公司期间主导了“智能分单系统”，用图神经网络预测网点负荷，分单错误率从 6% 降到 2%；后来搭建了“司机问答助手”，把运营手册做成向量检索知识库，司机咨询电话量下降 40%。熟悉 Python 与 Go。

工作经历
某物流公司 ｜ 算法工程师 ｜ 2019.07-至今
负责分单与调度相关算法。
"""

ZH_SPOKEN = """个人简介
做了六年推荐。在上家公司主要做《短视频冷启动》项目，用 bandit 做新视频探索，新视频首日播放量提升 35%；之后又做了《评论审核模型》，微调 BERT 识别违规评论，人工审核量减少 50%。

工作经历
某视频公司 ｜ 推荐算法工程师 ｜ 2018.03-2024.02
负责推荐算法的日常迭代。
"""

EN_TERSE = """ABOUT ME
Backend engineer turned ML engineer. Built "DocHound", a search assistant over 30k support articles; ticket deflection up 22%. Shipped "Pager Triage", an LLM agent that groups alerts and drafts incident notes; time to acknowledge from 14 to 6 minutes.

EXPERIENCE
Kestrel Cloud — Software Engineer — 2019–2024
On-call and maintenance of the alerting stack.
"""

EN_PROFILE = """Profile
Six years in applied ML. At Hollis Retail I built the "Markdown Optimizer", a pricing model that sets clearance discounts, and waste fell 18%. Later I led "Shelf Scan", an image model that spots empty shelves from store cameras, cutting out-of-stocks by 12%. Comfortable with Python and SQL.

Experience
Hollis Retail | Data Scientist | 2018 – present
Responsible for pricing analytics.
"""


@pytest.mark.parametrize(
    "text,names,heading",
    [
        (ZH_FORMAL, ["智能分单系统", "司机问答助手"], "自我评价"),
        (ZH_SPOKEN, ["短视频冷启动", "评论审核模型"], "个人简介"),
        (EN_TERSE, ["DocHound", "Pager Triage"], "ABOUT ME"),
        (EN_PROFILE, ["Markdown Optimizer", "Shelf Scan"], "Profile"),
    ],
)
def test_summary_pieces_are_units(text: str, names: list[str], heading: str) -> None:
    projects = parse_resume_text(text).projects
    assert all(p.name != heading for p in projects)
    got = [p.name for p in projects]
    assert len(got) == len(names), got
    for name, found in zip(names, got, strict=True):
        assert name in found
    assert all(p.metrics for p in projects)  # each keeps the result told with it
