"""Session 12 (read12), two admission families of note11, written before the fix in other words:

- after an admission, a value told as remembered for something the answer names in its own words
  ("it was LoRA with rank 8", 只记得标了两万条) is a part known: partial; a guess ("maybe", 可能)
  or a question back is not;
- the speaker saying the part was not theirs (not involved, never mine, 不归我管) and that
  others did it, with nothing of their own, is an admission: stuck, not drift or an answer."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer", "act"),
    [
        # a value remembered after the admission
        ("微调是怎么做的？", "不太记得了，用的是 LoRA，rank 设的 8。", "partial"),
        ("训练数据怎么准备的？", "细节记不清了，只记得标了两万条左右。", "partial"),
        ("How did you fine-tune it?", "Don't remember much, it was LoRA with rank 8.", "partial"),
        (
            "How did you tune the retriever?",
            "Can't recall the details; top-k was 20 and the encoder was bge.",
            "partial",
        ),
        # a guess or a question back after the admission
        ("集群有多少个副本？", "不清楚，可能两三个吧。", "stuck"),
        ("How many replicas did the cluster run?", "Not sure, maybe 2 or 3?", "stuck"),
        # not one's part, others did it
        (
            "How was the model deployed?",
            "I wasn't involved in that, the platform team handled it.",
            "stuck",
        ),
        (
            "How was the model deployed?",
            "That part was never mine; our SRE group owned the rollout.",
            "stuck",
        ),
        (
            "How was the model deployed?",
            "I was not part of the deployment work; another team did it.",
            "stuck",
        ),
        ("模型是怎么部署的？", "那块不归我管，是平台组负责的。", "stuck"),
        ("监控是怎么做的？", "监控不是我负责的，是运维组在维护。", "stuck"),
        # controls: someone else's part beside one's own told
        (
            "How was the model deployed?",
            "The platform team handled the cluster, and I wrote the autoscaling policy myself: "
            "scale out when the queue is deeper than 50.",
            "answer",
        ),
        (
            "模型是怎么部署的？",
            "部署不是我做的，不过推理服务的接口是我写的，用 FastAPI。",
            "partial",
        ),
    ],
)
def test_what_follows_an_admission(question: str, answer: str, act: str) -> None:
    assert read_answer(QuestionInfo(text=question), answer).act == act
