"""The offline grader counts substance, not size: padding, term lists and incidental numbers
earn nothing."""

from __future__ import annotations

import pytest

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.grading.substance import echo_sentences, is_term_list, padding_factor
from interviewer.loader import builtin_dir, load_catalog
from interviewer.reading import QuestionInfo, read_answer
from interviewer.schemas import Rubric


@pytest.fixture(scope="module")
def star() -> Rubric:
    return load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")


@pytest.fixture(scope="module")
def grader() -> HeuristicGrader:
    return HeuristicGrader()


@pytest.mark.parametrize(
    "sentence",
    [
        "Idempotency, retries, backoff, circuit breakers, observability, SLOs, trade-offs, Kafka.",
        "幂等、重试、熔断、降级、限流、可观测性、取舍、基线、Kafka。",
        "Constraint: budget.",
    ],
)
def test_strings_of_terms_are_lists(sentence):
    assert is_term_list(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Um, so, like, the importer kept timing out, and I split the file into chunks of 5,000 rows.",
        "嗯，那个，我们先把老接口留着，新接口灰度一成流量，跑了一周没问题再切。",
        "We kept Postgres, because the invoices need joins and money that adds up.",
    ],
)
def test_spoken_or_plain_sentences_are_not_lists(sentence):
    assert not is_term_list(sentence)


def test_incidental_numbers_are_no_metrics(grader, star):
    question = "How did you make the nightly export faster?"
    padded = (
        "I have been a data engineer for 9 years and worked on maybe 30 pipelines. "
        "Exports are important for every company, around 80 percent of firms rely on them. "
        "We made the export faster and everyone was happy with it."
    )
    res = grader.grade(question, padded, star, GradeContext(topic_kind="project", lang="en"))
    assert res.score("metrics") is not None and res.score("metrics") <= 2


def test_padding_costs_a_point(grader, star):
    question = "How did you make the nightly export faster?"
    plain = (
        "The export read one table row by row. I switched it to a COPY of the whole table "
        "into a file and compressed it after, so it went from 50 minutes to 8."
    )
    padded = (
        "Great question, I love talking about this. "
        "I have been a data engineer for 9 years and worked on maybe 30 pipelines. "
        "Exports are important for every company, and data is the new oil, as they say. " + plain
    )
    ctx = GradeContext(topic_kind="project", lang="en")
    reading = read_answer(QuestionInfo(text=question), padded, lang="en")
    assert padding_factor(reading) < 1
    assert (
        grader.grade(question, plain, star, ctx).overall
        > grader.grade(question, padded, star, ctx).overall
    )


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "How does a load balancer handle a backend server that goes down?",
            "The load balancer health-checks each backend every few seconds, and when a server "
            "fails three checks in a row it stops sending that server new requests until it "
            "passes again.",
        ),
        (
            "某台服务器宕机时，负载均衡器会怎么处理？",
            "负载均衡器每隔几秒对每台服务器做健康检查，某台服务器连续几次失败后就不再给它分配新请求，"
            "等它恢复并通过检查再重新加入。",
        ),
    ],
)
def test_a_terse_mechanism_about_the_question_subject_is_depth(grader, star, question, answer):
    """A mechanism told in the question's own words (no textbook term, no 'because') is depth."""
    res = grader.grade(question, answer, star, GradeContext(topic_kind="technical"))
    depth = next(c for c in res.criteria if c.criterion == "depth")
    assert depth.score >= 3


def _why(question: str, answer: str, lang: str) -> list[str]:
    info = QuestionInfo(text=question, kind="technical")
    return [s.why_not for s in read_answer(info, answer, lang=lang).sentences]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # the world, the field or the market in general
        ("en", "Honestly everybody's talking about vector databases nowadays, the market is huge."),
        ("zh", "现在微服务到处都是，大厂基本都在用。"),
        ("zh", "据统计七成以上的团队都踩过这个坑。"),
        # the speaker's career counted
        ("en", "I've been building APIs for almost twelve years now, at five different companies."),
        ("zh", "我做了十年开发，待过的三家公司都遇到过这种情况。"),
        # the question itself, and the topic judged as a class
        ("zh", "这个问题问得很好，这是一个非常经典的面试题。"),
        ("en", "Great question, caching is one of the hardest problems, it's a balance."),
        ("en", "In my experience caching is extremely useful and every engineer should know it."),
        ("en", "Nowadays almost every website uses a CDN, it changed the whole field."),
    ],
)
def test_sentences_about_the_world_the_career_or_the_question_are_padding(lang, sentence):
    question = "How would you cache the product pages?" if lang == "en" else "商品页怎么做缓存？"
    answer = f"{sentence} " + (
        "We cache the rendered page for sixty seconds and purge it when the price changes."
        if lang == "en"
        else "我们把渲染好的页面缓存六十秒，价格变了就主动删掉。"
    )
    why = _why(question, answer, lang)
    # praise of the question is also flattery; a career count may be read as incidental first
    assert why[0] in ("padding", "flattery", "incidental"), why
    assert why[-1] == "", why


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Everyone on the team agreed to keep the logs for two years, so the table grew to 2 TB.",
        ),
        ("en", "The cache hit rate is very important here, because a miss costs a 200 ms query."),
        ("zh", "后来大家一起排查，发现是连接池满了。"),
        ("zh", "原因之一是锁竞争，高峰时一半的请求在等锁。"),
        ("zh", "一年后我们为一个国家换了服务商，花了八天。"),
        ("zh", "KV cache 很大，长对话时占了一半显存。"),
    ],
)
def test_sentences_about_this_work_stay_content_with_the_same_words(lang, sentence):
    question = (
        "What went wrong and how did you find it?" if lang == "en" else "出了什么问题，怎么查到的？"
    )
    assert _why(question, sentence, lang) == [""] * len(_why(question, sentence, lang)), sentence


def _echo(question: str, answer: str, lang: str) -> list[str]:
    reading = read_answer(QuestionInfo(text=question, kind="technical"), answer, lang=lang)
    found = echo_sentences(question, reading)
    return [s.text.strip() for i, s in enumerate(reading.sentences) if i in found]


@pytest.mark.parametrize(
    ("question", "answer", "lang"),
    [
        (
            "Why does a hash join need the smaller table in memory?",
            "Why a hash join needs the smaller table in memory is a classic question. "
            "It comes up a lot.",
            "en",
        ),
        (
            "How did you shrink the docker image of the build service?",
            "Right, so how we shrank the docker image of the build service, yeah. It took a while.",
            "en",
        ),
        (
            "为什么 Kafka 的分区数会影响消费者的并行度？",
            "Kafka 的分区数会影响消费者的并行度，这个问题确实非常常见。大家都会遇到。",
            "zh",
        ),
        (
            "How do you roll back a bad schema migration safely?",
            "Well, rolling back a bad schema migration safely, you need to be careful there, "
            "it is really important. Everyone knows that.",
            "en",
        ),
        (
            "Redis 集群怎么做主从切换？",
            "嗯，Redis 集群做主从切换，就是要把这个事情做好，这个非常关键。大家都很重视。",
            "zh",
        ),
    ],
)
def test_a_sentence_saying_the_question_back_is_echo(question, answer, lang):
    assert _echo(question, answer, lang)


@pytest.mark.parametrize(
    ("question", "answer", "lang"),
    [
        (
            "Why does a hash join need the smaller table in memory?",
            "The hash join builds a hash table from the smaller table in memory, then streams the "
            "bigger one past it and probes each row, so only one side has to fit.",
            "en",
        ),
        (
            "Tell me about a time you led a large team.",
            "Honestly I haven't led a large team.",
            "en",
        ),
        (
            "为什么 Kafka 的分区数会影响消费者的并行度？",
            "一个分区同一时刻只能被组里的一个消费者读，所以分区数就是组内并行度的上限，多出来的消费者只能闲着。",
            "zh",
        ),
    ],
)
def test_naming_the_subject_and_explaining_it_is_no_echo(question, answer, lang):
    assert not _echo(question, answer, lang)
