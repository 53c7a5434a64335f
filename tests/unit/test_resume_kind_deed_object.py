"""A work named by its topic whose first deed acts on a thing of that topic is the deed's kind:
"Story recommendations. Moved the recommender to a real-time service" is serving work whose
object is an ml model. What is moved decides: features moved from batch to streaming stay data
work; a name's kind told inside the act's own words (its actor) keeps the name's kind."""

from __future__ import annotations

import pytest

from interviewer.resume.kinds import classify

SERVING = [
    (
        "Story recommendations for the home feed",
        "Moved the recommender from nightly batch scoring to a real-time service on Kubernetes; "
        "p95 latency dropped from 900 ms to 120 ms.",
    ),
    (
        "Product ranking",
        "Took the ranking model from daily batch predictions to an online endpoint behind the "
        "search API.",
    ),
    ("首页推荐", "把推荐模型从离线批量打分改为在线实时服务，接口p99从300ms降到80ms。"),
    ("商品相似度", "将相似商品推荐模型由每日批量计算迁移到在线实时推理，单机QPS提升3倍。"),
]


@pytest.mark.parametrize(("name", "body"), SERVING)
def test_a_deed_on_the_named_model_is_its_kind(name: str, body: str) -> None:
    assert classify(name, [body]).kind == "serving"


@pytest.mark.parametrize(
    ("name", "body", "kind"),
    [
        (
            "Feature store",
            "Moved 120 features from nightly batch jobs to a streaming Feast store; feature "
            "freshness went from 24 hours to 2 minutes.",
            "data",
        ),
        (
            "基于多智能体的文献综述生成系统",
            "让检索、阅读、写作三个智能体分工协作，自动生成带引用的综述初稿。",
            "agent",
        ),
    ],
)
def test_what_is_moved_or_who_acts_keeps_the_name(name: str, body: str, kind: str) -> None:
    assert classify(name, [body]).kind == kind
