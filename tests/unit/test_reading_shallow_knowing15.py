"""Session 15 (read15), fresh17 (SEEN) a018: not knowing told as knowing only shallowly —
了解得不太深, 研究得不是很深, 懂得不太透, "I only know that part superficially", "my knowledge there
is pretty shallow" — is an admission; what follows it about the asked thing (印象中…, 只知道…,
"roughly …") is the part known (partial), and the admission alone is stuck. "Not too deep" said of
the thing asked about (a tree's depth) is the answer, no admission."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer", "act"),
    [
        ("模型是怎么压缩的？", "这块我研究得不是很深，印象中是做了蒸馏再量化到 INT8。", "partial"),
        (
            "风控阈值是怎么定的？",
            "这部分我懂得不太透，只知道是风控组按历史坏账率定的阈值。",
            "partial",
        ),
        (
            "How did they shard the index?",
            "I only know that part superficially — roughly, they hashed on the tenant ID and kept hot tenants apart.",
            "partial",
        ),
        (
            "How was the model deployed?",
            "My knowledge there is pretty shallow, but I think it was a Docker image on their k8s cluster behind a load balancer.",
            "partial",
        ),
        ("模型是怎么压缩的？", "这块我了解得不太深。", "stuck"),
        ("How did they shard the index?", "Honestly I only know that part superficially.", "stuck"),
        # controls: depth is the thing asked about
        ("How deep did the trees go?", "Not too deep, max depth six.", "answer"),
        ("树的深度设的多少？", "不太深，最大深度 6。", "answer"),
    ],
)
def test_knowing_only_shallowly_is_an_admission(question: str, answer: str, act: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind="project"), answer)
    assert r.act == act, (answer, r.act, [a.text for a in r.admission])
