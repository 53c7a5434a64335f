"""A question that asks for the candidate's own part asks it however many words stand between its
parts ("你在这个…里主要负责哪些", "which pieces of the X did you take on", "what your own
contribution to X was"): the answer is weighed on the own part it names, so a terse answer that
names the own part beside the others' part scores above a long, successful team story in "we".
Written before the fix (fresh11's own-part question with words between 你 and 负责; lead probe L7:
a 4/5 on the only asked criterion was 31/100), in words and voices of their own."""

from __future__ import annotations

import pytest

from interviewer.grading.asked import asked_criteria
from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric

STAR = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")
GRADER = HeuristicGrader()

#: (question, the own part beside the others' part, the team's successful story in "we")
CASES = [
    (
        "你当时在支付网关这个项目里主要负责哪些？",
        "接口鉴权和对账脚本是我写的，网关本身是架构组搭的。",
        "我们支付网关项目做得非常成功，上线半年交易量翻了三倍，我们团队一起攻克了很多难题，"
        "大家配合得很好，领导也很满意，最后还拿了部门的年度项目奖。",
    ),
    (
        "这个推荐项目中间，你承担的是哪一块工作？",
        "召回和特征是我做的，排序模型是另一位同事负责的。",
        "我们做了召回、特征和排序，整个推荐项目上线以后点击率提升了百分之十二，"
        "我们团队经常一起加班讨论方案，最后按时交付了。",
    ),
    (
        "Tell me what your own contribution to the alerting revamp was.",
        "The routing rules and the on-call schedule sync were mine; a teammate did the Slack bot.",
        "We revamped alerting end to end: we rewrote the routing rules, we synced the on-call "
        "schedules and we built a Slack bot. Pages dropped by half in the first month and the "
        "whole team was really proud of what we shipped together.",
    ),
    (
        "On the payments rewrite, which of the pieces did you take on?",
        "i did the refund flow and the idempotency keys. the ledger was another engineer's job",
        "so we rewrote payments in about four months, we did the ledger, the refunds, the "
        "idempotency, everything, and failed payments went down like 30 percent, great team",
    ),
    (
        "在那个数据平台项目里，你本人做的部分有哪些？",
        "调度和血缘是我开发的，报表那块是数据组同事做的。",
        "我们数据平台覆盖了调度、血缘和报表，现在全公司三百多人每天在用，"
        "我们团队花了一年时间把它做起来，大家都很有成就感。",
    ),
]


@pytest.mark.parametrize(("question", "own", "team"), CASES)
def test_own_part_question_asks_ownership(question: str, own: str, team: str) -> None:
    assert "ownership" in (asked_criteria(question) or frozenset())


@pytest.mark.parametrize(("question", "own", "team"), CASES)
def test_terse_own_part_beats_team_story(question: str, own: str, team: str) -> None:
    ctx = GradeContext(topic_kind="project")
    got, worse = GRADER.grade(question, own, STAR, ctx), GRADER.grade(question, team, STAR, ctx)
    assert got.overall > worse.overall, (got.overall, worse.overall)


@pytest.mark.parametrize(
    "question",
    [
        "你们团队当时为什么选 Kafka？",
        "What did the team learn from the outage?",
        "你负责的系统 QPS 峰值大概多少？",
        "How did you measure the latency of the new cache?",
    ],
)
def test_other_questions_ask_no_own_part(question: str) -> None:
    assert "ownership" not in (asked_criteria(question) or frozenset())
