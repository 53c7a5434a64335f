"""An answer to the question asked BEFORE this one is drift, however much of the same project it
tells: the earlier question asked one aspect of the work (how big, which model, how it was
evaluated, why that tool), this one asks another (how it was cleaned, what broke, whose decision).
An answer telling the earlier aspect and nothing this question asks leaves the question open.
An answer that names the earlier question's object while telling what this one asks is an answer.
"""

from __future__ import annotations

import pytest

from interviewer.reading import PriorExchange, QuestionInfo, read_answer
from interviewer.reading.relevance import answers_other
from interviewer.types import Project, Resume

RESUME = Resume(
    projects=[
        Project(
            name="the project",
            bullets=["Built a warehouse picking-route optimiser and its telemetry pipeline"],
        )
    ]
)


def _act(previous: str, question: str, answer: str) -> str:
    q = QuestionInfo(text=question, kind="project", project="the project")
    prior = [PriorExchange(question=previous, answer="", same_question=False)]
    return read_answer(q, answer, resume=RESUME, discussion=prior).act


#: (earlier question, this question, an answer to the earlier one)
OTHER = [
    (
        "How much telemetry were you ingesting?",
        "Why did you go with TimescaleDB rather than InfluxDB?",
        "Roughly two billion points a month, from about nine hundred scanners.",
    ),
    (
        "你们的评测集是怎么构建的？",
        "上线之后碰到的最大问题是什么？",
        "我们从线上抽了一千五百条拣货单，让两个组长独立标最优路线，不一致的再讨论。",
    ),
    (
        "用的什么求解器？",
        "路线数据是怎么清洗的？",
        "求解器用的是 OR-Tools，时间窗约束加上车辆容量，一次求解大概两秒。",
    ),
    (
        "How did you evaluate the new routes?",
        "Which parts of the design were your own decisions?",
        "We replayed a month of orders through both planners and compared walking distance per "
        "pick, and the new one came out about a fifth shorter.",
    ),
]

#: (earlier question, this question, an answer to this one naming the earlier one's object)
OWN = [
    (
        "Why did you go with TimescaleDB?",
        "Where did the system end up bottlenecked?",
        "On writes: thousands of tiny inserts into TimescaleDB, so we batched them in Redis first "
        "and flushed every second.",
    ),
    (
        "用的什么求解器？",
        "求解太慢的时候你们怎么处理的？",
        "OR-Tools 超过三秒就停，先用贪心解顶上，后台接着算，算完再替换。",
    ),
    (
        "How much telemetry were you ingesting?",
        "How did you clean the scanner data?",
        "Dropped scans with impossible jumps between aisles, then deduplicated by scanner and "
        "timestamp.",
    ),
    (
        "你们的评测集是怎么构建的？",
        "哪些是你自己拍板的？",
        "评测集的口径是我定的，按仓库分层抽样；路线的打分公式也是我写的。",
    ),
]


@pytest.mark.parametrize(("previous", "question", "answer"), OTHER)
def test_an_answer_to_the_earlier_question_is_drift(
    previous: str, question: str, answer: str
) -> None:
    assert _act(previous, question, answer) == "offtopic"


@pytest.mark.parametrize(("previous", "question", "answer"), OWN)
def test_an_answer_to_this_question_naming_the_earlier_object_stays(
    previous: str, question: str, answer: str
) -> None:
    assert _act(previous, question, answer) != "offtopic"


def test_without_an_earlier_question_nothing_is_elsewhere() -> None:
    previous, question, answer = OTHER[0]
    assert answers_other(question, [], answer, {"amount"}) is None
    assert answers_other(question, [question], answer, {"amount"}) is None


#: (earlier question asking a figure or a thing, this one asking how something works or is done,
#: an answer telling the steps in words of its own, with the earlier aspect in passing)
STEPS = [
    (
        "How many tickets a day were coming in?",
        "How does the router decide which queue a ticket goes to?",
        "First we strip signatures and quoted replies, then a small classifier scores each "
        "team, and anything under 0.6 goes to a human triager — about 300 a day.",
    ),
    (
        "用的是什么向量库？",
        "召回的结果是怎么去重的？",
        "先按文档ID合并，同一篇只留分数最高的那段，再把相似度超过0.95的段落归成一组，每组只留一条。",
    ),
    (
        "How big was the catalogue?",
        "How did you keep prices in sync between the two systems?",
        "We listen to the ERP's change events, write them to a staging table and reconcile "
        "every fifteen minutes; two million SKUs, so we only touch rows that changed.",
    ),
    (
        "一天大概多少订单？",
        "超时未支付的订单是怎么处理的？",
        "下单时往延时队列丢一条消息，三十分钟后消费，检查还没付就关单、释放库存，高峰一天二十万单也扛得住。",
    ),
]


@pytest.mark.parametrize(("previous", "question", "answer"), STEPS)
def test_steps_told_for_a_how_question_answer_it(previous: str, question: str, answer: str) -> None:
    assert _act(previous, question, answer) != "offtopic"
