"""A negation that corrects the question's frame ("it wasn't really the settings so much as the
workflow", "the slowdown didn't come from the database, it came from the serializer") says what
the cause was instead; it is no failure (lead probe P22: failure 3/5 and "say how you fixed it").
A negation of something that should have worked ("the first rollout didn't work") stays one."""

from __future__ import annotations

import pytest

from interviewer.grading.detectors import DetectContext
from interviewer.grading.detectors.story import failure
from interviewer.signals import TextView

QUESTION = "Was the slowdown caused by the configuration?"


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        (
            "It wasn't really the settings so much as the workflow: every review waited on one "
            "person's sign-off.",
            "en",
        ),
        (
            "The slowdown didn't come from the database, it came from the serializer copying "
            "every row twice.",
            "en",
        ),
        (
            "Honestly it wasn't a tooling problem, it was that nobody owned the backlog for "
            "three sprints.",
            "en",
        ),
        ("其实不是配置的问题，而是流程：每次发版都要等同一个人签字。", "zh"),
        ("与其说是参数没调好，不如说是上游的数据分布在那两周变了。", "zh"),
    ],
)
def test_a_corrected_frame_is_no_failure(answer, lang):
    assert failure(TextView(answer, lang), DetectContext(question=QUESTION)).score == 1


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("The first rollout didn't work: half the pods crashed on start.", "en"),
        ("The fix wasn't enough, and latency stayed above two seconds for a week.", "en"),
        ("第一次上线失败了，一半的实例起不来。", "zh"),
    ],
)
def test_a_thing_that_did_not_work_stays_a_failure(answer, lang):
    assert failure(TextView(answer, lang), DetectContext(question=QUESTION)).score >= 2
