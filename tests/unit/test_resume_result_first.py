"""A point that opens with its result and then tells the deed that produced it, after a dash or
a colon ('Churn down from 7% to 5% — rebuilt the reminder model', '点击率提升 9%——换成双塔模型')
is a piece of work of its own, named by its deed; only a point telling a result and no deed adds
to the point above (fresh13 family, in other words and languages)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

EN = """EXPERIENCE
Data Scientist, Harbor Insurance, 2020 – 2024
• Churn down from 7% to 5% — rebuilt the renewal reminder model on usage features.
• Support costs cut by 30% — shipped a returns chatbot over the order API.
"""

EN_TERSE = """Experience
ML Engineer | Quanta Shop | 2021 – now
- +18% conversion: redesigned the search ranking with learning-to-rank
- 40 ms p95 (was 120 ms): moved model inference to ONNX Runtime
"""

ZH = """工作经历
某电商公司 ｜ 算法工程师 ｜ 2020.07-至今
- 点击率提升 9%——把召回从协同过滤换成双塔模型
- 人工审核量减少 40%：微调 BERT 做违规评论识别
"""

MIXED = """Experience
算法工程师 @ 某内容平台 (2019 – 2023)
- 延迟降低 60% — migrated the ranker to Triton with dynamic batching
- 标注成本减少 50%: built an active-learning labelling tool
"""


@pytest.mark.parametrize(
    "text,words",
    [
        (EN, ["reminder model", "returns chatbot"]),
        (EN_TERSE, ["search ranking", "inference"]),
        (ZH, ["召回", "违规评论"]),
        (MIXED, ["ranker", "labelling tool"]),
    ],
)
def test_result_first_points_are_units(text: str, words: list[str]) -> None:
    projects = parse_resume_text(text).projects
    assert len(projects) == 2, [p.name for p in projects]
    for word, project in zip(words, projects, strict=True):
        assert word in project.name or word in project.bullets[0]
        assert not project.name[:1].isdigit() and not project.name.startswith(("+", "the +"))
        assert project.metrics
