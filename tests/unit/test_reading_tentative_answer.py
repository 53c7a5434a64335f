"""A short question back that proposes an answer of the speaker's own ("Maybe I'd split by
tenant?", 可能是把 KV cache 分块存？) is a tentative answer, not a question about what was asked:
it is read as an answer and graded, never answered with a clarification and left unscored. A
question about the question (two readings, "do you mean", the scope) stays a clarification."""

from __future__ import annotations

import pytest

from interviewer.reading import read_answer
from interviewer.reading.model import QuestionInfo

QUESTIONS = {
    "zh": [
        "vLLM 的 PagedAttention 解决了什么问题？原理是什么？",
        "这个项目上线后你们怎么评估效果？",
    ],
    "en": [
        "How would you shard the index for a multi-tenant search service?",
        "How did you evaluate the ranking change?",
    ],
}

TENTATIVE = [
    ("zh", "可能是把 KV cache 分块存，减少碎片？"),
    ("zh", "嗯……大概会按租户拆吧？"),
    ("zh", "应该是用 block table 把逻辑块映射到物理显存？"),
    ("zh", "我猜是看线上点击率和人工抽检？"),
    ("en", "Maybe I would just split by tenant?"),
    ("en", "Is it something like storing the KV cache in pages, so there is less fragmentation?"),
    ("en", "I guess we'd hash the tenant id and give big tenants their own shards?"),
    ("en", "probably offline NDCG on a held-out set, then an A/B test?"),
]

CLARIFYING = [
    ("en", "Do you mean p50 or p99?"),
    ("en", "In production or offline?"),
    ("en", "Which project, the copilot?"),
    ("en", "Sorry, the ranking change in search or in ads?"),
    ("zh", "你是说线上吗？"),
    ("zh", "整个团队还是只说我自己？"),
    ("zh", "是指训练阶段吗？"),
    ("zh", "是问离线指标还是线上指标？"),
]


@pytest.mark.parametrize(("lang", "answer"), TENTATIVE)
@pytest.mark.parametrize("which", [0, 1])
def test_a_guess_said_as_a_question_is_an_answer(lang, answer, which):
    reading = read_answer(QuestionInfo(text=QUESTIONS[lang][which]), answer)
    assert reading.act not in ("clarify", "counter")


@pytest.mark.parametrize(("lang", "answer"), CLARIFYING)
@pytest.mark.parametrize("which", [0, 1])
def test_a_question_about_the_question_is_still_a_clarification(lang, answer, which):
    assert read_answer(QuestionInfo(text=QUESTIONS[lang][which]), answer).act == "clarify"
