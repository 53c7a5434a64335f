"""Session 12 (read12b), issue #15: after an admission of not knowing well, the answer goes on
to state the gist of the asked thing (what it does, how it works) as the speaker recalls it — a
partial answer, whether told as remembered (印象里, IIRC, as far as I remember), as a guess, or
plainly after a comma; an admission followed only by more hedging, a judgement of the topic, an
apology or a question back stays stuck. Written before the fix, zh and en, spoken and terse."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer", "act"),
    [
        (
            "vLLM 的 PagedAttention 解决了什么问题？原理是什么？",
            "不太清楚，印象里是把KV cache按页管理，不用整块连续显存，这样浪费少一些。",
            "partial",
        ),
        (
            "Redis 的 AOF 重写是干什么的？",
            "这个我不是很熟，记得是把旧的命令日志压成当前状态需要的最少命令，文件就小了。",
            "partial",
        ),
        (
            "What problem does consistent hashing solve?",
            "I'm not sure, but as far as I remember it maps keys and servers onto a ring so adding a node only moves a few keys.",
            "partial",
        ),
        (
            "What does a bloom filter do?",
            "Not sure. IIRC it tells you an item is definitely not in a set, using a few bits per item.",
            "partial",
        ),
        (
            "LoRA 的原理是什么？",
            "细节记不太清了，大概就是冻结原模型，只训练两个低秩矩阵，参数量少很多。",
            "partial",
        ),
        (
            "What is the KV cache for in transformer inference?",
            "Don't know it that well - if I recall, it keeps the keys and values of earlier tokens so each new token skips recomputing them, decoding gets about 2x faster.",
            "partial",
        ),
        (
            "Kafka 的 ISR 是什么？",
            "不太了解，就是跟 leader 保持同步的那些副本，落后太多会被踢出去。",
            "partial",
        ),
        (
            "How does Raft elect a leader?",
            "I am not very familiar. Follower wait timeout then become candidate and ask votes, majority win.",
            "partial",
        ),
        (
            "HNSW 索引的原理是什么？",
            "没深入研究过，印象中是多层的图，上层稀疏下层密，查询从顶层往下贪心找，复杂度大概 log n。",
            "partial",
        ),
        (
            "vLLM 的 PagedAttention 解决了什么问题？",
            "不太清楚，印象里好像听说过，但具体真的说不上来，抱歉。",
            "stuck",
        ),
        (
            "What problem does consistent hashing solve?",
            "Not sure, honestly — I'd have to look it up, sorry about that.",
            "stuck",
        ),
        (
            "What does a bloom filter do?",
            "I don't know it well, sorry. Could you tell me what it is?",
            "stuck",
        ),
        ("HNSW 索引的原理是什么？", "不清楚，这个是什么原理呀？能提示一下吗？", "stuck"),
        ("集群有多少个副本？", "不清楚，可能两三个吧。", "stuck"),
        (
            "How does Raft elect a leader?",
            "No idea, I'm sorry, I really can't remember, it's been a long time.",
            "stuck",
        ),
        (
            "What problem does consistent hashing solve?",
            "Not sure, it's a pretty deep topic and honestly quite complicated stuff.",
            "stuck",
        ),
        (
            "vLLM 的 PagedAttention 解决了什么问题？",
            "不太清楚，这个东西挺复杂的，涉及的面很广。",
            "stuck",
        ),
        (
            "How does the ranking model handle cold start?",
            "I'm not sure. Maybe something with popularity, or random exploration, or content features?",
            "stuck",
        ),
        (
            "How does the ranking model handle cold start?",
            "Not sure. Maybe something with popularity or random exploration or content features.",
            "stuck",
        ),
        (
            "What does the scheduler do on node failure?",
            "No idea, good question though, really good question actually.",
            "stuck",
        ),
        (
            "How is the cache invalidated?",
            "Don't know, that's handled by some config file somewhere in the repo.",
            "stuck",
        ),
        (
            "How is the cache invalidated?",
            "Not sure, the whole thing is a black box to the rest of the team honestly.",
            "stuck",
        ),
        (
            "What's the difference between process and thread?",
            "Not sure, something about memory, they are kind of similar things anyway.",
            "stuck",
        ),
        (
            "How many users did the beta have?",
            "Not sure, that was a long time ago and the project was cancelled shortly after.",
            "stuck",
        ),
    ],
)
def test_gist_after_an_admission(question: str, answer: str, act: str) -> None:
    assert read_answer(QuestionInfo(text=question), answer).act == act
