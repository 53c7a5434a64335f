"""The engine bench driver picks a scripted main answer by what the question asks (kind and
project), the topic id only as a preference, so a plan that renames or swaps topics still plays
the answers written for them."""

from __future__ import annotations

from typing import Any

from bench._engine_driver import pick_answer


def _slot(kind: str, topic: str, project: str | None = None) -> dict[str, Any]:
    return {"slot_kind": kind, "topic": topic, "project": project}


UNITS: list[dict[str, Any]] = [
    {"for": {"kind": "project", "project": "ranker", "topics": ["evaluation_own"]}},
    {"for": {"kind": "project", "project": "ranker"}},
    {"for": {"kind": "motivation", "topics": ["why_leave"]}},
    {"for": {"kind": "project", "project": "chatbot"}},
]


def test_the_answer_written_for_the_topic_comes_first() -> None:
    slot = _slot("project", "evaluation_own", "Search ranker")
    assert pick_answer(UNITS, set(), slot, []) == 0


def test_a_generic_answer_comes_before_one_written_for_another_topic() -> None:
    slot = _slot("project", "retrieval_eval", "Search ranker")
    assert pick_answer(UNITS, set(), slot, []) == 1


def test_an_answer_whose_topic_the_plan_does_not_ask_is_played_rather_than_skipped() -> None:
    slot = _slot("project", "retrieval_eval", "Search ranker")
    assert pick_answer(UNITS, {1}, slot, []) == 0
    assert pick_answer(UNITS, set(), _slot("motivation", "why_us"), []) == 2


def test_an_answer_is_kept_for_its_own_topic_when_that_is_still_to_come() -> None:
    slot = _slot("project", "retrieval_eval", "Search ranker")
    later = [_slot("project", "evaluation_own", "Search ranker")]
    assert pick_answer(UNITS, {1}, slot, later) is None
    # the same topic about another project does not hold it back
    other = [_slot("project", "evaluation_own", "Chatbot")]
    assert pick_answer(UNITS, {1}, slot, other) == 0


def test_kind_and_project_still_decide() -> None:
    assert pick_answer(UNITS, set(), _slot("technical", "rag"), []) is None
    assert pick_answer(UNITS, {1, 0}, _slot("project", "architecture", "Chatbot"), []) == 3
