"""Talks given, pieces written and medals won are records of work, not work to ask about
(fresh11 family, session 13, in other words): 'Talks & writing', 'Conference talks', '技术博客',
a competition's medal told with only its rank. A project whose name only contains such a word
('Blog recommender') and tells its work stays."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

CHURN = "**Churn model** — trained a survival model; churn fell 8%.\n\n"
ZH = "**用户流失预测** ｜ 2022\n用 LightGBM 做流失预测，留存提升 3 个百分点。\n\n"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "## Projects\n\n" + CHURN + "**Talks & writing** — PyData Berlin 2023 talk on "
            "demand forecasting; a blog series on feature stores.\n",
            ["Churn model"],
        ),
        (
            "## Projects\n\n" + CHURN + "**Conference talks** — spoke at two meetups about ML "
            "platform migrations.\n",
            ["Churn model"],
        ),
        (
            "## 项目经历\n\n" + ZH + "**技术博客** ｜ 2021 – 至今\n时间序列特征工程十问\n",
            ["用户流失预测"],
        ),
        (
            "## 项目经历\n\n" + ZH + "**天池 销量预测大赛 银牌** ｜ 2020\n排名前 3%。\n",
            ["用户流失预测"],
        ),
        (
            "## Projects\n\n" + CHURN + "**Kaggle Home Credit — silver medal** — top 2% of 7,000 "
            "teams.\n",
            ["Churn model"],
        ),
        (
            "## Projects\n\n**Blog recommender** — built a two-tower model recommending posts; "
            "CTR up 11%.\n",
            ["Blog recommender"],
        ),
    ],
)
def test_records_of_work_are_not_units(text: str, names: list[str]) -> None:
    assert [p.name for p in parse_resume_text(text).projects] == names
