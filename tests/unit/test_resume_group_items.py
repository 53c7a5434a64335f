"""A list item that only groups the pieces of work nested under it (an area: 'Search',
'搜索方向') is no piece of work (fresh12 family, in other words and languages)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

EN = """## Work
### Zalando — ML Engineer (2020 – present)
- Growth
  - **Churn model**
    - trained a survival model on two years of orders to flag lapsing customers
    - win-back revenue up 12%
- Ops
  - **Returns classifier**
    - fine-tuned a text classifier on return reasons
    - manual triage time from 4 days to 1 day
"""

ZH = """## 工作经历
### 美团 — 算法工程师（2019 – 2023）
- 搜索方向
  - **查询改写**
    - 训练改写模型处理错别字和方言查询
    - 无结果率从 5.8% 降到 2.1%
- 平台方向
  - **GPU 推理网关**
    - 把排序模型从 CPU 迁到 Triton，开启动态批处理
    - p95 延迟从 140ms 降到 35ms
"""

MIXED = """## Experience
### 字节跳动 — MLE (2021 – 2024)
* 推荐
  * **短视频召回**: 双塔召回模型替换规则召回，人均播放时长 +6%
* Infra
  * **Feature pipeline**: moved the feature jobs from Hive to Flink; freshness from 1 day to 10 minutes
"""

NUMBERED = """## Experience
### Acme Bank — Data Scientist (2017 – 2020)
1. Risk
   - **Fraud scorer**
     - gradient-boosted model on card transactions
     - fraud losses down 30%
2. Marketing
   - **Uplift model**
     - targeted the card-upgrade campaign
     - response rate from 2% to 5%
"""


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (EN, ["Churn model", "Returns classifier"]),
        (ZH, ["查询改写", "GPU 推理网关"]),
        (MIXED, ["短视频召回", "Feature pipeline"]),
        (NUMBERED, ["Fraud scorer", "Uplift model"]),
    ],
)
def test_a_grouping_item_is_no_work(text: str, names: list[str]) -> None:
    assert [p.name for p in parse_resume_text(text).projects] == names


def test_a_named_item_with_no_points_and_nothing_under_it_stays() -> None:
    text = "## Projects\n- **Pothole mapper**\n- **Tide predictor**: LSTM on harbour gauges, MAE 4 cm\n"
    assert "Pothole mapper" in [p.name for p in parse_resume_text(text).projects]
