"""The speaker's own part, told as a doer or as an owner, and the others' part beside it.

A clause that ties the speaker to a piece of the work, as the one who did it ("I did the
labels", "我做的是数据这块") or the one it belonged to ("the prompt was mine", "模型是我的"),
tells the speaker's own part whatever verb it uses; a clause that ties another person to another
piece, or says how many people there were, tells the split. One place reads each form: "I <verb>"
in interviewer/signals/text.py; possession, passives, clefts and others' parts in
interviewer/grading/attribution.py. Written from lead probes (session 14) before the fix.
"""

from __future__ import annotations

import pytest

from interviewer.grading.attribution import attribute
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric
from interviewer.signals import TextView

Q_EN = "How many people were on it, and which part was yours?"
Q_ZH = "这个项目几个人？你负责哪部分？"


@pytest.fixture(scope="module")
def grader() -> HeuristicGrader:
    return HeuristicGrader()


@pytest.fixture(scope="module")
def star() -> Rubric:
    return load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")


def _ownership(grader: HeuristicGrader, star: Rubric, question: str, answer: str) -> int:
    res = grader.grade(question, answer, star)
    return next(c.score for c in res.criteria if c.criterion == "ownership")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            Q_EN,
            "Just two of us. I did the data pipeline and the evaluation; my colleague did the UI.",
        ),
        (
            Q_EN,
            "Me and one backend engineer. The model and the offline eval were mine, he did the serving.",
        ),
        (
            Q_EN,
            "i handled basically everything on the ML side, the labels, the features, the training. The infra guy set up kafka for us",
        ),
        (
            Q_EN,
            "It was me plus a part-time data engineer; I did the labels, features, the model and the weekly scoring job, he set up the data feed.",
        ),
        (
            Q_EN,
            "so like three of us right, i took the retrieval part and she did all the frontend stuff",
        ),
        (Q_ZH, "就我们两个人，我做的是数据和模型这块，另一个同事做的前端。"),
        (Q_ZH, "模型是我的，接口是后端小王的。"),
        (Q_ZH, "一共三个人，我写的是召回那部分，排序是组长写的。"),
        (Q_ZH, "我们俩，标注和训练都是我的，部署交给了运维同事。"),
    ],
)
def test_own_part_with_the_split_is_told(grader, star, question, answer):
    assert _ownership(grader, star, question, answer) >= 4


@pytest.mark.parametrize(
    "answer",
    [
        "The prompt and the order-history features were mine.",
        "I did most of the backend.",
        "i built the scoring job and wrote the monitoring",
        "Honestly the eval harness was all mine, start to finish.",
        "我做的是数据清洗。",
        "召回这块是我的。",
        "我负责的是评测集。",
        "标注规范和训练脚本都是我的，",
    ],
)
def test_own_part_alone_is_read_as_the_speakers(answer):
    # the signal, not the overall: a one-line answer is also judged on how much it says
    v = TextView(answer)
    assert v.own_actions or v.hits("ownership.role") or attribute(v).own, answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (Q_EN, "We did the whole thing together as a team, everyone chipped in."),
        (Q_EN, "I didn't do much on the model, honestly, the team handled it."),
        (Q_EN, "I think the model was fine, we shipped it in March."),
        (Q_EN, "The model wasn't mine, I only sat in the reviews."),
        (Q_EN, "I did not touch the model, I do think the team did a good job though."),
        (Q_ZH, "我们团队一起做的，大家都有参与。"),
        (Q_ZH, "模型不是我的，我就是参加了评审。"),
    ],
)
def test_no_own_part_is_not_read_as_one(grader, star, question, answer):
    assert _ownership(grader, star, question, answer) <= 2
