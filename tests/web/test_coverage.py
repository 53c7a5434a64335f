""" "What a strong answer covers" and the hint come from the question's answer key, and a
question without one shows nothing."""

from __future__ import annotations

from types import SimpleNamespace

from interviewer.engine.base import PlannedTopic
from interviewer.types import TurnRecord
from interviewer.web import coverage

KEY_ID = "rag_evaluation.separate_stages"


def _turns(question: str, *answers: str) -> list[TurnRecord]:
    out = [TurnRecord(session_id=1, index=0, role="interviewer", kind="question", text=question)]
    for i, a in enumerate(answers, start=1):
        out.append(TurnRecord(session_id=1, index=i, role="candidate", kind="answer", text=a))
    return out


def _runner(services, slot: object, turns: list[TurnRecord], lang: str = "en"):
    plan = SimpleNamespace(topics=[slot])
    return SimpleNamespace(services=services, plan=plan, lang=lang, turns=lambda: turns)


def _slot(question: str, kind: str = "technical", **extra: object) -> object:
    base = PlannedTopic(topic="evaluation", kind=kind, question=question)
    return SimpleNamespace(**base.model_dump(), **extra)


def test_keyed_question_shows_points_hit_and_missed_and_the_outline(services):
    key = services.bank.get(KEY_ID)
    first = key.key_points[0]
    question = key.first_text("en")
    turns = _turns(question, first.en)
    html = coverage.covers_html(_runner(services, _slot(question, key=KEY_ID), turns), turns, "en")
    assert "What a strong answer covers" in html
    assert "iv-hit" in html and first.en.split()[0] in html
    assert html.count("iv-missed") == len(key.key_points) - 1
    assert key.outline.en[0][:20] in html


def test_labels_follow_the_page_and_texts_the_session(services):
    key = services.bank.get(KEY_ID)
    question = key.first_text("zh")
    turns = _turns(question, key.key_points[0].zh)
    runner = _runner(services, _slot(question, key=KEY_ID), turns, lang="zh")
    html = coverage.covers_html(runner, turns, "en")
    assert "What a strong answer covers" in html and key.key_points[1].zh in html


def test_follow_up_answers_count_for_the_same_question(services):
    key = services.bank.get(KEY_ID)
    question = key.first_text("en")
    turns = _turns(question, "Not sure.", key.key_points[0].en)
    turns[2] = turns[2].model_copy(update={"index": 3})
    turns.insert(
        2, TurnRecord(session_id=1, index=2, role="interviewer", kind="followup", text="More?")
    )
    html = coverage.covers_html(_runner(services, _slot(question, key=KEY_ID), turns), turns, "en")
    assert "iv-hit" in html


def test_unkeyed_questions_show_nothing(services):
    question = "Tell me about a project you are proud of."
    turns = _turns(question, "I built a search service.")
    slot = _slot(question, kind="project")
    assert coverage.covers_html(_runner(services, slot, turns), turns, "en") == ""
    # a plan without keys falls back to the bank's match only for technical questions
    slot = _slot("What is your favourite colour?")
    assert coverage.covers_html(_runner(services, slot, turns), turns, "en") == ""


def test_hint_is_the_keys_else_a_generic_reframe(services):
    key = services.bank.get(KEY_ID)
    question = key.first_text("en")
    turns = _turns(question)
    assert coverage.hint_text(_runner(services, _slot(question, key=KEY_ID), turns)) == key.hint.en
    planned = _slot(question, key=KEY_ID, hint="Think of the two stages.")
    assert coverage.hint_text(_runner(services, planned, turns)) == "Think of the two stages."
    other = _turns("Tell me about a conflict in your team.")
    hint = coverage.hint_text(_runner(services, _slot(other[0].text, kind="behavioral"), other))
    assert hint.startswith("Start with the problem")
    zh = coverage.hint_text(
        _runner(services, _slot(other[0].text, kind="behavioral"), other, lang="zh")
    )
    assert zh.startswith("可以先说")


def _graded(turn: TurnRecord, key: object) -> SimpleNamespace:
    """A turn whose grade carries the answer key it was graded with (grading's GradeResult)."""
    return SimpleNamespace(**{**turn.__dict__, "grades": [SimpleNamespace(key=key)]})


def test_the_key_a_grade_carries_wins_and_the_review_shows_it(services):
    key = services.bank.get(KEY_ID)
    turns = _turns("Tell me about your evaluation work.", key.key_points[0].en)
    graded = [turns[0], _graded(turns[1], {"id": KEY_ID, "confidence": 0.9})]
    assert coverage.graded_key_id(graded) == KEY_ID
    # a project question that was graded with a key shows it, whatever the plan says
    runner = _runner(services, _slot(turns[0].text, kind="project"), graded)
    assert "iv-covers" in coverage.covers_html(runner, graded, "en")
    assert "iv-hit" in coverage.review_covers(services.bank, graded, "zh", "en")
    assert coverage.review_covers(services.bank, turns, "en", "en") == ""  # no key graded
    gone = [turns[0], _graded(turns[1], SimpleNamespace(id="no.such_question"))]
    assert coverage.review_covers(services.bank, gone, "en", "en") == ""
