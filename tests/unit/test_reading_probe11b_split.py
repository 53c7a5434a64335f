"""Lead probe of session 11 (reading): a share of the traffic in a test that splits it ("a
two-week A/B where half the queue used the old rules", 一半流量走老规则, "a 10% holdout") is how
the test was set up, no value of the résumé's rate; the rate itself said lower still contradicts."""

import pytest
from conflict_expect import conflicts

from interviewer.reading.model import Conflict

BULLETS = ["Top5 命中率从 68% 提升至 85%", "人工转接率下降 30%", "人工评测胜率 62%"]


def _conflicts(answer: str, question: str) -> list[Conflict]:
    return conflicts(BULLETS, question, answer, project="智能客服", probes=["metrics"])


Q_EN = (
    "Top5 命中率从 68% 提升至 85%: how did the business come to trust that result? What number "
    "do they look at themselves?"
)
Q_ZH = "简历上写 Top5 命中率从 68% 提升至 85%，业务方是怎么信任这个结果的？他们自己看什么数？"


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        (
            "Mostly they trust the re-route rate, which they pull from Zendesk themselves. We "
            "also did a two-week A/B where half the queue used the old rules.",
            Q_EN,
        ),
        ("we ran an A/B, 50% of tickets on the new model for two weeks, and they watched it", Q_EN),
        ("There was a 10% holdout that stayed on the old bot so they could compare.", Q_EN),
        ("业务主要看转人工率，自己从后台拉。我们还做了两周 A/B，一半流量走老规则。", Q_ZH),
        ("灰度的时候先放了 20% 的流量给新模型，跑了一个月业务才认。", Q_ZH),
    ],
)
def test_share_of_traffic_in_a_split_is_no_rate_value(answer: str, question: str) -> None:
    assert not _conflicts(answer, question)


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        ("其实 A/B 里 Top5 命中率最后只到了 70% 左右。", Q_ZH),
        ("灰度那两周，Top5 命中率也就 70% 出头。", Q_ZH),
    ],
)
def test_rate_itself_said_lower_in_the_split_still_contradicts(answer: str, question: str) -> None:
    assert _conflicts(answer, question)
