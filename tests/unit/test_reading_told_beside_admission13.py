"""Session 13 (read13), issue #15, lead probe P9 and fresh15 (SEEN) a041: an act of not knowing
is judged on whether content about the asked thing is told beside it, not on the hedge word.

Two shapes of the family, written before the fix in zh and en, spoken, terse and non-native:
- after the admission, a clause says what the asked party does or is, in the present, naming
  people ("the finance team just sees the invoice", 运营那边只看周报里的工单量): people named as
  the actors of the asked thing are no story of why one cannot know;
- the admission is limited to the details (the derivation, the exact figures, 具体怎么推的) and
  the asked thing itself is told, however briefly (好像是平方级别): a part known.
Controls stay stuck: a people clause telling who would know, whom to ask, who owns it or who left;
details admitted with nothing else told but an apology, a judgement of the topic, what the
speaker never did (没看过源码), the speaker's acquaintance with the thing (听说过, 用过) or a figure
guessed (可能两三百个吧).
"""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer", "act"),
    [
        # people named as the actors of the asked thing, told in the present
        (
            "How did the business come to trust that result? What number do they look at?",
            "Uh, not sure they look at any number themselves, to be honest. I guess the finance team just sees the invoice.",
            "partial",
        ),
        (
            "Who decides when the model gets retrained?",
            "Not totally sure, honestly. I think the ops folks kick it off whenever the weekly error report crosses a line.",
            "partial",
        ),
        (
            "业务方是怎么判断效果的？看什么指标？",
            "这个我不太清楚，运营团队应该主要看周报里的退单量和投诉量吧。",
            "partial",
        ),
        (
            "How do the doctors use the scores?",
            "I am not knowing exactly, but people in the ward look at the red flags on the dashboard each morning.",
            "partial",
        ),
        # the admission limited to details, the asked thing told briefly
        (
            "Transformer 自注意力的复杂度是多少？",
            "好像是平方级别，具体怎么推的忘了。",
            "partial",
        ),
        (
            "What's the time complexity of a heap insert?",
            "Log n, I think. Can't remember the exact proof.",
            "partial",
        ),
        (
            "二分查找的时间复杂度是多少？",
            "对数级的吧，具体证明记不清了。",
            "partial",
        ),
        (
            "What optimizer did you use for the fine-tune?",
            "AdamW. Don't recall the exact betas.",
            "partial",
        ),
        # controls: nothing about the asked thing beside the admission
        (
            "How did the business come to trust that result?",
            "Not sure, honestly. Someone on the finance team would know better.",
            "stuck",
        ),
        (
            "谁决定模型什么时候重训？",
            "这个我不清楚，当时负责的团队后来都离职了。",
            "stuck",
        ),
        (
            "Transformer 自注意力的复杂度是多少？",
            "具体的我记不清了，不好意思。",
            "stuck",
        ),
        (
            "What's the time complexity of a heap insert?",
            "Can't remember the exact details, it's a pretty deep topic.",
            "stuck",
        ),
        (
            "How is the feature pipeline scheduled?",
            "Not sure, the platform team handles that whole pipeline end to end.",
            "stuck",
        ),
        (
            "How was the threshold picked?",
            "No idea, you'd have to ask the data science folks about that one.",
            "stuck",
        ),
        (
            "这个缓存是怎么实现的？",
            "具体怎么实现的不清楚，没看过源码。",
            "stuck",
        ),
        (
            "索引用了多少个分片？",
            "具体数字记不清了，可能两三百个吧。",
            "stuck",
        ),
        (
            "How many shards did the index use?",
            "Can't recall the exact count, maybe a couple hundred.",
            "stuck",
        ),
        (
            "这个缓存是怎么失效的？",
            "具体原理记不清了，好像跟过期时间有关。",
            "stuck",
        ),
        ("一致性哈希是什么？", "听说过，具体原理不太清楚。", "stuck"),
        ("LoRA 的 rank 一般设多少？", "用过，具体参数记不清了。", "stuck"),
        ("What does a bloom filter do?", "Heard of it, can't explain the details though.", "stuck"),
        ("Raft 是怎么选主的？", "了解一点，具体实现说不上来。", "stuck"),
        (
            "What was the exact error rate?",
            "I don't remember the exact number, never looked at it closely.",
            "stuck",
        ),
    ],
)
def test_told_beside_admission(question: str, answer: str, act: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind="technical"), answer)
    assert r.act == act, (answer, r.act)
