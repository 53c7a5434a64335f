"""A narrow question is judged on what it asked (interviewer/data/grading/asked.yaml).

The questions are written in several ways per ask, zh and en, so the word families are tested as
families; the rule itself (unasked content adds, never subtracts) is tested on grades directly.
"""

from __future__ import annotations

import pytest

from interviewer.grading.asked import asked_criteria, weigh_asked
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric
from interviewer.types import CriterionGrade


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("What test set was that measured on, and how exactly is the metric computed?", "metrics"),
        ("How do you know the new ranking actually worked? What number moved?", "metrics"),
        ("这个准确率是在什么测试集上测的？指标怎么算？", "metrics"),
        ("提升了多少？基线是什么？", "metrics"),
        ("Which part of it was yours, and who did the rest?", "ownership"),
        ("Was that your call, or did someone else decide?", "ownership"),
        ("你具体负责哪一块？团队怎么分工的？", "ownership"),
        ("Why did you pick Milvus rather than pgvector?", "tradeoffs"),
        ("为什么选 LoRA 而不是全量微调？代价是什么？", "tradeoffs"),
        ("Walk me through how the project started: who asked for it?", "star"),
        ("讲一个你和产品意见不一致的经历，当时是什么背景？", "star"),
        ("How does PagedAttention manage the KV cache?", "depth"),
        ("上线后最大的瓶颈在哪？你怎么解决的？", "depth"),
    ],
)
def test_narrow_questions_name_what_they_ask(question: str, must: str) -> None:
    asked = asked_criteria(question)
    assert asked is not None and must in asked


@pytest.mark.parametrize(
    "question",
    ["Tell me about yourself.", "Anything else you'd like to add?", "聊聊你自己吧。"],
)
def test_an_open_question_counts_every_criterion(question: str) -> None:
    assert asked_criteria(question) is None


def test_probes_say_what_was_asked_when_the_words_do_not() -> None:
    assert asked_criteria("And then?", ["baseline"]) == frozenset({"metrics"})
    assert asked_criteria("And then?") is None
    # a topic's probes say what the topic is for; this question's words say what it asks
    assert asked_criteria("Which part was yours?", ["depth"]) == frozenset({"ownership"})


def _g(cid: str, score: int, quoted: bool = True) -> CriterionGrade:
    return CriterionGrade(criterion=cid, score=score, evidence=["x"] if quoted else [])


def test_unasked_content_counts_only_when_volunteered() -> None:
    q = "Which part was yours?"
    grades = [
        _g("ownership", 4),
        _g("metrics", 1, quoted=False),
        _g("tradeoffs", 5),
        _g("depth", 3),
        _g("star", 2),
    ]
    counted, left = weigh_asked(grades, q, "star")
    assert [g.criterion for g in counted] == ["ownership", "tradeoffs", "depth"]
    assert {g.criterion for g in left} == {"metrics", "star"}


def test_criteria_the_file_does_not_list_always_count() -> None:
    counted, _ = weigh_asked(
        [_g("metrics", 4), _g("correctness", 1, quoted=False)], "指标怎么算？", "star"
    )
    assert {g.criterion for g in counted} == {"metrics", "correctness"}


@pytest.mark.parametrize(
    ("question", "full", "thin"),
    [
        (
            "Park the result: what was the starting point, how many people were on it, and which "
            "part was yours?",
            "Before, it was a spreadsheet the finance team updated by hand each Monday. Three of "
            "us: I wrote the ingestion job and the forecasting model, the other two built the "
            "dashboard and the alerts.",
            "It was a team effort and it went well.",
        ),
        (
            "这个结果是在什么测试集上测的？多少条？指标怎么算？",
            "测试集是从线上随机抽的 1200 条真实提问，两个人交叉标注。准确率就是答案和标注一致的比例。",
            "我们认真做了评测，效果不错。",
        ),
    ],
)
def test_a_full_answer_to_a_narrow_question_is_not_marked_down_for_what_it_was_not_asked(
    question: str, full: str, thin: str
) -> None:
    grader = HeuristicGrader()
    rubric = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")
    good = grader.grade(question, full, rubric)
    bad = grader.grade(question, thin, rubric)
    assert good.overall > bad.overall
    # the overall is the rubric's formula over what was asked (and what the answer volunteered
    # beyond it at least as well), never over criteria the question did not ask for
    # the card holds what was asked (and what the answer offered beyond it at least as well)
    asked = asked_criteria(question) or frozenset()
    assert {g.criterion for g in good.criteria} & asked
    assert all(g.criterion in asked or g.evidence for g in good.criteria)
    assert {g.criterion for g in bad.criteria} <= asked | {"failure"}


def test_a_rubric_the_file_does_not_name_keeps_every_criterion() -> None:
    grades = [_g("motivation", 4), _g("specificity", 1, quoted=False)]
    assert weigh_asked(grades, "Which part was yours?", "hr") == (grades, [])


@pytest.mark.parametrize(
    ("question", "told", "thin"),
    [
        (
            "Whose idea was this, and what was it meant to solve?",
            "The finance controller pushed for it: month-end close took nine days because every "
            "invoice was matched by hand. I had automated a smaller reconciliation before, so it "
            "came to me.",
            "It was a very important initiative and I was happy to be part of it.",
        ),
        (
            "这个项目一开始是谁提的？要解决什么问题？",
            "最早是仓库主管提的，拣货员每天多走一倍的路，因为货位还是十年前排的。我之前做过仿真，所以交给了我。",
            "这个项目很重要，我很荣幸参与。",
        ),
        (
            "What was the situation before you started — where did things stand?",
            "Support had a backlog of about four thousand tickets and customers waited two days "
            "for a first reply. My manager asked me to see whether drafts could be generated.",
            "Things were okay but could be better, so we decided to improve them.",
        ),
    ],
)
def test_a_setting_told_beats_a_thin_answer_to_a_question_about_the_setting(
    question: str, told: str, thin: str
) -> None:
    grader = HeuristicGrader()
    rubric = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")
    good = grader.grade(question, told, rubric)
    bad = grader.grade(question, thin, rubric)
    assert good.overall > bad.overall
