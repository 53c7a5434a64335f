"""Session 14 (read14), issue #15, fresh16 (SEEN) a006/a024/a048: not knowing said in forms the
reader did not compose — a negation typed or transcribed without its apostrophe ("i dont
remember", "im not sure"), a degree between the negation and the verb of knowing ("not a hundred
percent sure", 不是百分之百确定), and "can't say" closing a clause ("so I really can't say"). With
content about the asked thing after it the answer is partial, without it stuck; "I can't say it
was easy" says nothing of knowing. Written before the fix, zh and en, several voices."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer", "act"),
    [
        (
            "How did you pick the batch size?",
            "honestly i dont remember the exact reasoning but we basically swept it and picked "
            "the point where latency started climbing faster than throughput",
            "partial",
        ),
        ("How did they split the data?", "im not sure how they split it", "stuck"),
        ("What was the eviction policy?", "i dont know that part the cache team owned it", "stuck"),
        (
            "How did you know the new model was better?",
            "I'm not a hundred percent sure on the exact numbers now, but we ran it in parallel "
            "with the old one for a month and the on-time rate was clearly higher on the new one.",
            "partial",
        ),
        (
            "Which learning-rate schedule did you use?",
            "Not one hundred percent sure, but I think a cosine schedule with a short warmup.",
            "partial",
        ),
        (
            "为什么要按周滚动训练？",
            "我不是百分之百确定，不过大概是因为节假日的分布每年都在变。",
            "partial",
        ),
        ("阈值是怎么定的？", "这个我不是百分百清楚。", "stuck"),
        (
            "How was the confidence threshold chosen?",
            "Honestly I wish I could tell you, but that threshold was set by the data science "
            "lead before I joined, so I really can't say.",
            "stuck",
        ),
        ("Why 0.7 and not 0.8?", "I can't say, that was decided before my time.", "stuck"),
    ],
)
def test_admission_forms(question: str, answer: str, act: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind="project"), answer)
    assert r.act == act, (answer, r.act)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "What was the hardest part of the migration?",
            "I can't say it was easy: the schema had drifted across three regions and we had to "
            "backfill two years of events.",
        ),
        (
            "How did you handle the duplicates?",
            "We dedup on the invoice number and the supplier id, and if they dont match we "
            "send it to manual review.",
        ),
    ],
)
def test_no_admission_without_not_knowing(question: str, answer: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind="project"), answer)
    assert r.act == "answer", (answer, r.act)
