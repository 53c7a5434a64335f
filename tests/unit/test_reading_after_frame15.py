"""A level sits under the nearest time frame told before it: a clause that opens its own frame
("…之后", "after it", "afterwards", 改完) ends the starting-point frame a sentence opened with, so
"改之前91%，改之后97.5%" tells the start and the end, and says the claim again (lead probe L17, written by the lead in session 14, landed by said15 in session 15:
read as 97.5 being a start, it was asked back as a contradiction of "91% → 97.5%")."""

from __future__ import annotations

import pytest

from tests.unit.conflict_expect import has_conflict

ZH_CLAIM = "字段级准确率由91%提升至97.5%"
EN_CLAIM = "Raised field-level accuracy from 91% to 97.5%"


@pytest.mark.parametrize(
    ("claim", "question", "answer"),
    [
        (ZH_CLAIM, "准确率是多少？", "改之前91%，改之后97.5%。"),
        (ZH_CLAIM, "字段级准确率提升了多少？", "算出来就是改之前91%，改之后97.5%，同一批两千张。"),
        (ZH_CLAIM, "准确率是多少？", "优化前是91%左右，优化完是97.5%。"),
        (ZH_CLAIM, "准确率是多少？", "上线前91，上线以后97.5%"),
        (EN_CLAIM, "What was the accuracy?", "Before the change it was 91%, after it 97.5%."),
        (
            EN_CLAIM,
            "What was the accuracy?",
            "before we touched it, 91 percent, afterwards 97.5 percent",
        ),
        (EN_CLAIM, "How much did accuracy improve?", "Previously 91%; after the rework, 97.5%."),
        # session 15 (said15): other voices — unpunctuated ASR, non-native, rambling, terse
        (ZH_CLAIM, "准确率是多少？", "改之前是91%改之后是97.5%"),
        (ZH_CLAIM, "准确率前后是多少？", "没改的时候91%，改完以后97.5%"),
        (
            EN_CLAIM,
            "What was the accuracy?",
            "Before my change it is 91 percent, after my change it become 97.5.",
        ),
        (
            EN_CLAIM,
            "And accuracy?",
            "So originally we were at 91 percent, and then after the new parser went live it was 97.5 percent.",
        ),
        (EN_CLAIM, "What was the accuracy?", "91 before. 97.5 after."),
    ],
)
def test_the_start_and_the_end_told_again_agree(claim, question, answer):
    assert not has_conflict(claim, question, answer)


@pytest.mark.parametrize(
    ("claim", "question", "answer"),
    [
        (ZH_CLAIM, "准确率是多少？", "改之前91%，改之后其实只有93%。"),
        (EN_CLAIM, "What was the accuracy?", "Before the change it was 91%, after it only 93%."),
        (ZH_CLAIM, "准确率是多少？", "改之前其实是85%，改之后97.5%。"),
        (ZH_CLAIM, "准确率是多少？", "改之前是91%改之后是94%"),
        (EN_CLAIM, "What was the accuracy?", "Previously 91%; after the rework, only 94%."),
    ],
)
def test_another_end_or_start_still_disagrees(claim, question, answer):
    assert has_conflict(claim, question, answer)
