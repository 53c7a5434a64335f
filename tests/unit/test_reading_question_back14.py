"""Session 14 (read14), issue #15, probe Q12: an answer that asks the interviewer for information
about their side (the team, the company, the role) before answering is a question back (act
`counter`), even when it says the candidate does not know that side yet ("你们是做什么的我其实还不太
了解，能先介绍一下团队吗？"): not knowing THEM is the reason for the question, not an admission of not
knowing the asked thing. Not knowing the asked thing and then asking back stays an admission.
Nods before a question about what the question means stay clarifications; short confirmations
of a yes/no question stay answers. Written before the fix, zh and en, several voices."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("kind", "question", "answer"),
    [
        ("motivation", "为什么考虑我们？", "你们是做什么的我其实还不太了解，能先介绍一下团队吗？"),
        (
            "motivation",
            "Why do you want to work here?",
            "Before I answer — what does the team actually own?",
        ),
        (
            "motivation",
            "你为什么想加入我们？",
            "说实话我不太清楚这个岗位具体做什么，您能先说说吗？",
        ),
        (
            "motivation",
            "What draws you to this role?",
            "Honestly I don't know much about your company yet — could you tell me a bit about "
            "what the team works on first?",
        ),
        ("motivation", "为什么投我们？", "我对你们公司了解不多，想先问问这个组主要负责哪些产品？"),
        (
            "behavioral",
            "Tell me about a time you led a project.",
            "I'm not really familiar with what you do here. Can you walk me through the team's "
            "scope before I answer?",
        ),
        ("project", "讲讲你的模型。", "在讲之前想先问下，咱们组现在主要用什么技术栈？"),
    ],
)
def test_question_back_about_their_side_is_counter(kind: str, question: str, answer: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind=kind), answer)
    assert r.act == "counter", (answer, r.act)


@pytest.mark.parametrize(
    ("question", "answer", "act"),
    [
        # not knowing the asked thing, then a question: still not knowing
        ("How does Raft elect a leader?", "I don't know, sorry. Can you give me a hint?", "stuck"),
        ("什么是一致性哈希？", "这个我不太清楚，能提示一下吗？", "stuck"),
    ],
)
def test_not_knowing_the_asked_thing_stays_an_admission(
    question: str, answer: str, act: str
) -> None:
    r = read_answer(QuestionInfo(text=question, kind="technical"), answer)
    assert r.act == act, (answer, r.act)


@pytest.mark.parametrize(
    ("kind", "question", "answer"),
    [
        (
            "technical",
            "How would you scale this?",
            "Right, sure. So what do you mean by scale here?",
        ),
        (
            "project",
            "What was the impact?",
            "Okay, got it. When you say impact, do you mean revenue or user metrics?",
        ),
        ("technical", "如果要扩展怎么做？", "嗯，好的。那您说的扩展是指什么？"),
        ("behavioral", "最难的是什么？", "好的好的，您说的难是技术上的还是沟通上的？"),
        (
            "project",
            "Which parts did you own?",
            "Sure. Sorry, by owned you mean wrote it or was on call for it?",
        ),
    ],
)
def test_nod_then_question_about_the_question_is_clarify(
    kind: str, question: str, answer: str
) -> None:
    r = read_answer(QuestionInfo(text=question, kind=kind), answer)
    assert r.act == "clarify", (answer, r.act)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Was the parser your own work?", "yes"),
        ("这个模块是你做的吗？", "对，是我做的"),
        ("So you built the ranking model?", "Correct, that was mine."),
        ("所以这是离线评测的结果？", "是的。"),
        ("Did you write the tests too?", "Yep, all of them."),
        ("调参是你一个人做的吗？", "没错，我一个人调的。"),
        ("Did you deploy it yourself?", "No, the platform team did."),
        ("标注是你们自己做的吗？", "不是，是外包团队做的。"),
        ("Were you the one who picked the threshold?", "Nope, my lead picked it."),
    ],
)
def test_short_reply_to_a_yes_no_question_is_an_answer(question: str, answer: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind="project"), answer)
    assert r.act == "answer", (answer, r.act)


@pytest.mark.parametrize(
    ("kind", "question", "answer"),
    [
        (
            "project",
            "Walk me through your pipeline.",
            "Sure — quick one first: how much of the job is model work versus data plumbing?",
        ),
        (
            "behavioral",
            "Tell me about a failure.",
            "Hmm, can I ask first how the first three months would look on your side? That "
            "would help me answer honestly.",
        ),
        (
            "motivation",
            "Why this company?",
            "Actually, what does a typical week look like for someone in this role?",
        ),
        (
            "motivation",
            "你为什么要换工作？",
            "想先了解一下这个岗位的晋升路径是怎样的，这样我回答得更准确。",
        ),
        (
            "project",
            "讲讲你的特征工程。",
            "好的，不过我先确认一下，这个岗位日常是偏建模还是偏数据？",
        ),
    ],
)
def test_questions_about_the_job_in_other_words_are_counter(
    kind: str, question: str, answer: str
) -> None:
    r = read_answer(QuestionInfo(text=question, kind=kind), answer)
    assert r.act == "counter", (answer, r.act)
