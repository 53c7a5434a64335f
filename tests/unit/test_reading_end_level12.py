"""Session 12 (read12): a level told as where the work ended — by a verb of ending (ended,
landed, finished, wound up, 落在) — is the end level, never the claimed start however close to it;
in either language against a résumé in either language. Written before the fix, found while
checking contradictions across languages ("Accuracy ended around eighty percent" against
81% → 93% was read as the start)."""

from __future__ import annotations

import pytest
from conflict_expect import has_conflict

ACC = ["Raised intent accuracy from 81% to 93%."]
ACC_ZH = ["意图识别准确率从 81% 提升到 93%"]
P95 = ["Cut p95 latency from 900 ms to 300 ms."]
COST = ["Reduced cloud cost from $40k to $25k a month."]
RECALL_ZH = ["召回率从 70% 提升到 86%"]


@pytest.mark.parametrize(
    ("bullets", "question", "answer", "conflict"),
    [
        (ACC, "Where did accuracy land?", "It landed at roughly 80 percent.", True),
        (P95, "How fast is it?", "p95 finished around 880 ms after all that.", True),
        (ACC_ZH, "Tell me about the result.", "Accuracy ended around eighty percent.", True),
        (COST, "What about cost?", "We wound up near forty grand a month.", True),
        (RECALL_ZH, "效果怎么样？", "召回率最后落在七成左右。", True),
        # controls: the start told as the start, and the whole change told
        (ACC, "Where did accuracy land?", "We started at about 80 percent and ended at 93.", False),
        (P95, "How fast is it?", "It began around 880 ms.", False),
    ],
)
def test_a_level_told_as_the_end_is_the_end(
    bullets: list[str], question: str, answer: str, conflict: bool
) -> None:
    assert has_conflict(bullets, question, answer) is conflict
