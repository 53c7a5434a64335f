"""Bank misconceptions asserted in free text with no matched question (for the grader, #17)."""

from __future__ import annotations

import pytest

from interviewer.bank.asserted import asserted_misconceptions


@pytest.mark.parametrize(
    ("text", "lang", "mid"),
    [
        (
            "We lowered top-p to 0.5 to get more diverse, creative replies from the bot.",
            "en",
            "lower_top_p_more_diverse",
        ),
        ("我们把 top-p 调低到 0.3，让回复更多样、更有创意。", "zh", "lower_top_p_more_diverse"),
        ("项目里用 QLoRA 在一张 24G 的卡上微调了 70B 的模型。", "zh", "seventy_b_24gb"),
        ("Quantization is lossless, so we shipped the int4 model as it was.", "en", "lossless"),
        (
            "For the edge deployment we used AWQ, which quantises the activations to 4 bits as well.",
            "en",
            "awq_quantises_activations",
        ),
        ("AWQ 会把激活也量化成 4bit，所以算得更快。", "zh", "awq_quantises_activations"),
        (
            "With AWQ both weights and activations end up in int4.",
            "en",
            "awq_quantises_activations",
        ),
        (
            "LoRA can't overfit because it only trains a few parameters, so we ran 20 epochs.",
            "en",
            "lora_cannot_overfit",
        ),
        ("LoRA 只训练很少的参数，所以不会过拟合。", "zh", "lora_cannot_overfit"),
        (
            "We went with LoRA since with so few trainable weights there is no risk of overfitting.",
            "en",
            "lora_cannot_overfit",
        ),
    ],
)
def test_a_misconception_said_in_a_project_answer_is_found(text: str, lang: str, mid: str) -> None:
    found = asserted_misconceptions(text, lang)
    assert mid in {f.id for f in found}
    f = next(f for f in found if f.id == mid)
    assert f.span.text in text and f.correction.en and f.statement.zh


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Lowering top-p made the bot's answers more conservative, which is what support wanted.",
            "en",
        ),
        ("我们用 AWQ 做了 4bit 权重量化，激活还是 fp16。", "zh"),
        ("The logs are stored with lossless compression.", "en"),
        ("AWQ is weight-only; it does not quantise the activations, it only looks at them.", "en"),
        ("AWQ 只量化权重，激活不量化，只是用激活统计来找重要通道。", "zh"),
        ("LoRA can still overfit on a small dataset, so we used dropout and early stopping.", "en"),
        ("LoRA 参数少，但照样会过拟合。", "zh"),
        ("We used LoRA with rank 16 on the attention projections and merged the adapters.", "en"),
        ("很多人以为 top-p 调低会更多样。", "zh"),
        ("People think lowering top-p gives more diverse output; it is the other way round.", "en"),
        ("", "en"),
    ],
)
def test_right_or_unrelated_statements_are_not_flagged(text: str, lang: str) -> None:
    assert asserted_misconceptions(text, lang) == []


def test_topics_narrow_the_questions_read() -> None:
    text = "We lowered top-p to 0.5 to get more diverse replies."
    assert asserted_misconceptions(text, "en", topics=["lora"]) == []
    assert asserted_misconceptions(text, "en", topics=["sampling"])
