"""What the work did decides the kind (session 7, resume10; families fresh3/fresh4 aggregates
showed, here in other words): fine-tuning told as a verb is fine-tuning whatever model it was
done to, continued pre-training of an existing model is fine-tuning, and cleaning or filtering
data delivers data even when a model scores it. Thresholds or prompts "fine-tuned" by hand are
no fine-tuning.
"""

from __future__ import annotations

import pytest

from interviewer.resume.kinds import classify

CASES = [
    (
        "finetune",
        "Intent router",
        ["fine-tuned MiniLM on 40k support tickets; routing accuracy 81% -> 93%"],
    ),
    ("finetune", "", ["Fine-tuning our in-house ranker on click logs lifted NDCG by 4%."]),
    (
        "finetune",
        "",
        ["Ran continued pre-training of a 3B model on legal filings; perplexity 11.2 -> 7.9"],
    ),
    ("finetune", "", ["在 12 万条病历上对 7B 模型做继续预训练，医学问答准确率提升 9%"]),
    ("data", "", ["用规则 + 小模型打分筛选指令数据，数据量从 80 万条精简到 20 万条"]),
    (
        "data",
        "",
        ["Filtered the instruction pairs with a quality classifier; kept 30% of 2M pairs."],
    ),
    (
        "ml",
        "",
        ["Built a churn model; fine-tuned the alert thresholds with the CS team; churn -6%"],
    ),
]


@pytest.mark.parametrize(("want", "name", "bullets"), CASES)
def test_kind_follows_the_act(want: str, name: str, bullets: list[str]) -> None:
    assert classify(name, bullets).kind == want
