"""A question that presumes how the work was built is asked only of work built that way (lead
probe Q23): "which features or signals matter most in the model?" presumes a model learned from
engineered features; a project that prompted a large (multimodal) model to read documents is
asked what it did instead — its baseline, its examples and labels."""

from __future__ import annotations

import pytest

from interviewer.engine.base import InterviewContext
from interviewer.engine.planner import ResumePlanner
from interviewer.types import Project, Resume

FEATURES = ("features or signals", "特征或者信号")

#: Work done by prompting a large model, no features engineered (several voices and layouts).
PROMPTED = [
    (
        "en",
        "Invoice reader",
        [
            "A vision-language model reads scanned supplier invoices after layout OCR; prompted with "
            "six worked examples per template, no training; field accuracy 82% to 95%."
        ],
    ),
    (
        "en",
        "Lab report extraction",
        [
            "GPT-4o pulls analyte names and values out of photographed lab reports with few-shot "
            "prompts and a JSON schema; low-confidence fields go to a nurse."
        ],
    ),
    (
        "zh",
        "理赔单据抽取",
        [
            "医疗发票、病历首页先做版面分析，再用多模态大模型加少量示例抽取字段，不做训练；字段准确率从 82% 提升到 95%。"
        ],
    ),
    (
        "zh",
        "合同要素抽取",
        [
            "用 Qwen-VL 读扫描合同，提示词里给几个示例，把甲乙方、金额、期限抽成结构化字段，低置信度的转人工复核。"
        ],
    ),
]
#: Work that learned a model from engineered features.
FEATURED = [
    (
        "en",
        "Churn model",
        [
            "LightGBM on 140 usage features (logins, tickets, seat changes) predicts churn 60 days "
            "ahead; AUC 0.71 to 0.83."
        ],
    ),
    (
        "zh",
        "信用评分卡",
        ["基于逻辑回归的评分卡，做了 80 多个特征的分箱和 WOE 编码，KS 从 0.32 提升到 0.41。"],
    ),
]


def _questions(services, lang: str, name: str, bullets: list[str], sessions=range(1, 9)):
    project = Project(name=name, bullets=bullets, kind="ml", kinds=["ml"])
    resume = Resume(lang=lang, projects=[project], text="\n".join([name, *bullets]))
    persona = services.personas.get("deep_dive")
    rubric = services.rubrics.get(persona.rubric)
    out = []
    for sid in sessions:
        ctx = InterviewContext(session_id=sid, persona=persona, lang=lang, resume=resume)
        plan = ResumePlanner(rubric=rubric, bank=services.bank).plan(ctx)
        out += [s for s in plan.topics if s.project == name]
    return out


@pytest.mark.parametrize(("lang", "name", "bullets"), PROMPTED)
def test_prompted_work_is_never_asked_which_features_matter(services, lang, name, bullets):
    slots = _questions(services, lang, name, bullets)
    assert any(s.topic == "model_work" for s in slots)  # the topic is still asked, other wording
    asked = [s.question for s in slots if any(f in s.question for f in FEATURES)]
    assert not asked, asked


def test_feature_work_may_still_be_asked_which_features_matter(services):
    asked = [
        s.question
        for lang, name, bullets in FEATURED
        for s in _questions(services, lang, name, bullets)
        if any(f in s.question for f in FEATURES)
    ]
    assert asked
