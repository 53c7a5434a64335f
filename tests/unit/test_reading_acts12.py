"""Session 12 (read12), act families from the seen split fresh14, written before the fix, in
other words than the split's:

- not knowing said across languages: a negation in one language on a verb of knowing or of
  having done the thing in the other (不太 familiar, 没 try 过, "not 很清楚") is an admission;
- declining to tell, said as not being in a position to tell (不太方便细说, "not at liberty to go
  into"), is a refusal;
- hesitation sounds with at most a trailing word of agreement and no word of content say
  nothing, unless the question asks yes or no.

Controls: the same words where something is told."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer", "act"),
    [
        # not knowing across languages
        (
            "Kafka 怎么实现 exactly-once？",
            "exactly-once 那块我没怎么 dig into 过，说不准。",
            "stuck",
        ),
        ("NDCG 和 MRR 有什么区别？", "这两个 metric 我不太 familiar。", "stuck"),
        ("LoRA 的 rank 你们怎么选的？", "rank 怎么选我没 try 过。", "stuck"),
        ("How was the sharding done?", "Honestly I'm not 很清楚 on the sharding part.", "stuck"),
        ("vLLM 的 paged attention 是怎么回事？", "vLLM 我完全没 touch 过, sorry.", "stuck"),
        # controls: the same mixing where something is told
        ("服务稳定性怎么样？", "我们的服务上线以来从来没 crash 过，一直挺稳。", "answer"),
        (
            "用过 Redis 吗？主要用来做什么？",
            "Redis 我 use 过很多次，主要做缓存和分布式锁。",
            "answer",
        ),
        # declining, said as not being in a position to tell
        ("你们的核心算法是怎么做的？", "这部分涉及公司的核心技术，我不太方便细说。", "refusal"),
        ("上家公司的营收规模大概多少？", "这个数字我没法对外透露，不好意思。", "refusal"),
        (
            "What was the client's name?",
            "I'm not at liberty to go into who the client was, sorry.",
            "refusal",
        ),
        (
            "Why did the acquisition fall through?",
            "I'm not in a position to discuss that part.",
            "refusal",
        ),
        # hesitation only, with a trailing word of agreement
        ("What's your biggest strength?", "Hmm, um... right... uh.", "empty"),
        ("你最大的优点是什么？", "嗯……那个……对……", "empty"),
        ("How would you design the rate limiter?", "uh, yep, um", "empty"),
        ("你怎么看待加班？", "呃……是……嗯。", "empty"),
        # controls: a yes/no question answered with agreement, and a real short answer
        ("Did you use Kafka there?", "Um, yeah.", "answer"),
        (
            "What's your biggest strength?",
            "Um, yeah, I'd say my biggest strength is persistence.",
            "answer",
        ),
    ],
)
def test_acts_across_languages_refusals_and_hesitation(
    question: str, answer: str, act: str
) -> None:
    assert read_answer(QuestionInfo(text=question), answer).act == act
