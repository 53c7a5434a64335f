"""Session 14 (read14), issue #15, fresh16 (SEEN) c030: a figure told of one part of the whole —
the part picked out by comparing it with the rest (华东那边最好, "the backend repos did better",
西北几个站最难), or the one the question asks for by comparison ("Which region was hardest?",
哪个区域效果最好？) — is that part's figure, no contradiction of the overall claim. A comparison
said of the measure itself ("accuracy got better, up to 87%") still tells the whole. Written
before the fix, zh and en."""

from __future__ import annotations

import pytest
from conflict_expect import has_conflict


@pytest.mark.parametrize(
    ("bullet", "question", "answer", "conflict"),
    [
        (
            "预测误差 MAPE 从 8% 降到 4.2%",
            "哪个区域效果最好？",
            "华东那边最好，MAPE 能到 3.1%。",
            False,
        ),
        (
            "采纳率从 20% 提升到 45%",
            "后端仓库效果怎么样？",
            "后端那几个 repo 高一些，采纳率大概 52%。",
            False,
        ),
        (
            "Raised acceptance from 20% to 45%",
            "How did the backend repos do?",
            "The backend repos did better, about 52 percent acceptance.",
            False,
        ),
        (
            "Cut MAPE from 8% to 4.2%",
            "Which region was hardest?",
            "The northwest stations, MAPE there is still around 7 percent.",
            False,
        ),
        (
            "準時率從 87% 提升到 94%",
            "哪些站點最難？",
            "山區那十幾個站最難，準時率到現在還只有 80% 左右。",
            False,
        ),
        (
            "Raised recall from 70% to 88%",
            "Tell me about the results.",
            "The smallest market was the worst, recall only got to 75 there.",
            False,
        ),
        # the measure itself compared: the whole
        (
            "Raised accuracy from 80% to 93%",
            "How did accuracy move?",
            "Accuracy got better, up to about 87 percent.",
            True,
        ),
        ("准确率从 80% 提升到 93%", "准确率怎么样？", "准确率高了一些，最后到了 86% 左右。", True),
        ("预测误差 MAPE 从 8% 降到 4.2%", "MAPE 最后多少？", "最后 MAPE 是 6% 左右。", True),
    ],
)
def test_a_part_picked_by_comparison(
    bullet: str, question: str, answer: str, conflict: bool
) -> None:
    assert has_conflict(bullet, question, answer) is conflict, answer
