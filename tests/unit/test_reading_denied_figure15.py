"""A figure the answer denies ("not the 120 you see there", 不是 6 个, "rather than 35") is the
claim quoted to be refused, not a level told: the figure told in its place is the level, and a
different one contradicts the claim — the denial neither squares it as "the claim told too" nor
makes the told figure a step on the way to the denied one."""

from __future__ import annotations

import pytest

from tests.unit.conflict_expect import conflicts

PROJECT = "Suggest service"


@pytest.mark.parametrize(
    ("claim", "question", "answer"),
    [
        (
            "Cut p95 latency from 400 ms to 120 ms.",
            "What did p95 go to?",
            "p95 was 200 ms, not the 120 you see there.",
        ),
        ("团队 6 人。", "团队几个人？", "其实不是 6 个，是 3 个人。"),
        (
            "Built the ranking model; team of 5.",
            "How many people?",
            "Honestly it was three of us rather than five.",
        ),
        ("准确率从 82% 提升到 93%。", "准确率最后多少？", "最后是 88% 左右，并不是 93%。"),
        ("Shipped in 5 months.", "How long did it take?", "It took about eight months, not five."),
    ],
)
def test_a_denied_claim_beside_another_figure_disagrees(claim, question, answer):
    assert conflicts(claim, question, answer, project=PROJECT)


@pytest.mark.parametrize(
    ("claim", "question", "answer"),
    [
        (
            "Cut p95 latency from 400 ms to 120 ms.",
            "What did p95 go to?",
            "120 ms, not the 200 people sometimes quote.",
        ),
        ("团队 6 人。", "团队几个人？", "6 个人，不是 10 个，外包的不算。"),
        (
            "Shipped in 5 months.",
            "How long did it take?",
            "Five months, not eight like the first plan said.",
        ),
    ],
)
def test_the_claim_kept_and_another_figure_denied_agrees(claim, question, answer):
    assert not conflicts(claim, question, answer, project=PROJECT)
