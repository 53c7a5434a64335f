"""A unit's lines are read together: a level of a measure told in its background (how things
stood before) and a change of that measure to a new level told in its result are one claim, the
background's level its baseline (lead probe Q2, session 13, in other words)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text


def _claims(text: str) -> list[tuple[float | None, float]]:
    r = parse_resume_text(text)
    return [
        (m.baseline, m.result if m.result is not None else m.value)
        for p in r.projects
        for m in p.metrics
        if m.role == "result"
    ]


JOINED = [
    (
        "项目经历\n项目一：保单录入助手\n背景：客服手工录入保单信息，平均一单要6分钟，错误率高。\n"
        "我的工作：用多模态模型抽取字段，低置信度的字段转人工复核。\n成果：单均录入时间降到1.5分钟。\n",
        (360_000.0, 90_000.0),
    ),
    (
        "项目经历\n项目一：工单自动分类\n背景：每天3000张工单靠人工分派，分派准确率只有70%左右。\n"
        "我的工作：微调 BERT 做多标签分类。\n成果：分派准确率提升到91%。\n",
        (70.0, 91.0),
    ),
    (
        "Projects\nInvoice capture\nContext: finance clerks keyed every invoice by hand, about 9 "
        "minutes each.\nWhat I did: built an OCR + LLM extraction step with a review queue.\n"
        "Result: handling time fell to 2 minutes per invoice.\n",
        (540_000.0, 120_000.0),
    ),
    (
        "Projects\nSearch relevance\nBackground: click-through on the first result was stuck at "
        "21%.\nMy work: trained a cross-encoder reranker on click logs.\nOutcome: click-through on "
        "the first result rose to 29%.\n",
        (21.0, 29.0),
    ),
]


@pytest.mark.parametrize(("text", "change"), JOINED)
def test_the_background_level_is_the_start(text: str, change: tuple[float, float]) -> None:
    claims = _claims(text)
    assert change in claims, claims
    assert not [c for c in claims if c[1] == change[0]], claims  # no second claim of the start


@pytest.mark.parametrize(
    "text",
    [
        # another measure in the same unit
        "项目经历\n项目一：推荐召回\n背景：首页转化率只有2%。\n我的工作：训练双塔召回模型。\n"
        "成果：召回准确率提升到95%。\n",
        # a scale told before the work is no level of an adoption count
        "项目经历\n项目二：知识助手\n背景：客户经理查询政策要翻几十份文件。\n"
        "结果：上线三个月推广到 8 家分行。\n",
        # a clerk's minutes and a model's milliseconds are two measures
        "Projects\nClaims triage\nContext: each claim took an adjuster 10 minutes to route.\n"
        "Result: model latency fell to 200 ms per claim.\n",
    ],
)
def test_other_measures_stay_apart(text: str) -> None:
    assert all(baseline is None for baseline, _ in _claims(text))
