"""The first deed says what the work mainly was, and the situation before it says nothing
(session 13, resume13; STAR-shaped projects — 背景/我做了什么/结果, Situation/Action/Result —
whose name and result line carry the words of what was measured): a project named by what it
checks but whose first deed fine-tunes a model is fine-tuning; one named by what it searches
whose first deed builds retrieval is rag; a model moved from a nightly batch to an online
runtime is served."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text
from interviewer.resume.kinds import classify

CASES = [
    (
        "finetune",
        "客服质检大模型",
        [
            "背景：客服通话质检靠人工抽检 2% 的通话。",
            "用 Qwen-7B 在 2 万条标注通话上做 LoRA 微调，自动判断 17 类违规。",
            "质检覆盖率从 2% 提升到 100%，违规召回率 85%。",
        ],
    ),
    (
        "finetune",
        "Call-review model",
        [
            "Situation: QA leads spot-checked 1% of calls against a 40-item rubric.",
            "Adapted Mistral-7B with LoRA on 15k reviewed calls to score each call on the rubric.",
            "Review coverage went from 1% to 100%; agreement with QA leads 0.81.",
        ],
    ),
    (
        "serving",
        "",
        [
            "Moved the nightly re-scoring batch to an online scorer served with Triton; p99 "
            "210 ms -> 60 ms."
        ],
    ),
    (
        "ml",
        "仓库外观质检",
        [
            "背景：仓库人工抽检商品外观，漏检多。",
            "训练了一个 YOLOv8 缺陷检测模型，部署在分拣线相机上。",
            "漏检率从 9% 降到 2%。",
        ],
    ),
]


@pytest.mark.parametrize(("kind", "name", "bullets"), CASES)
def test_the_first_deed_decides_over_what_was_measured(
    kind: str, name: str, bullets: list[str]
) -> None:
    assert classify(name, bullets).kind == kind


def test_a_background_field_is_kept_with_its_key() -> None:
    text = (
        "## 项目经历\n\n**客服质检大模型** ｜ 2023 – 至今\n\n背景：客服通话质检靠人工抽检 2% 的通话。\n"
        "我做了什么：用 Qwen-7B 在 2 万条标注通话上做 LoRA 微调，自动判断 17 类违规。\n"
        "结果：质检覆盖率从 2% 提升到 100%。\n"
    )
    r = parse_resume_text(text)
    assert r.projects[0].bullets[0].startswith("背景")
    assert r.projects[0].kind == "finetune"
