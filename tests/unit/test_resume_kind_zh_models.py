"""A Chinese project named as a model of what it does (作文批改模型, 评论审核模型) with no other word
naming its kind is `ml`, as an English 'X model' is; a large or base model (对话大模型, 基座模型),
or a model only deployed, is no such name (family fresh7/l07 and fresh8/m03 showed, seen; cases
in other words)."""

from __future__ import annotations

from interviewer.resume.kinds import classify


def test_a_model_named_by_its_task_is_ml() -> None:
    assert classify("简历筛选模型", ["上线后 HR 初筛时间减少 50%"]).kind == "ml"
    assert (
        classify(
            "工单情绪判断模型", ["多任务 BERT 同时判断意图和情绪，差评漏判率下降 3 个百分点"]
        ).kind
        == "ml"
    )
    assert classify("", ["做了商品标题质量模型，低质标题拦截量提升 2 倍"]).kind == "ml"


def test_a_large_or_deployed_model_is_no_task_model() -> None:
    assert classify("对话大模型", ["支撑 3 个业务线"]).kind != "ml"
    assert classify("", ["负责把算法同学的模型部署到线上，接口可用性 99.9%"]).kind != "ml"
