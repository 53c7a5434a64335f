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
    return SimpleNamespace(**{**base.model_dump(), **extra})


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


def _graded(turn: TurnRecord, key: object, **points: list[str]) -> SimpleNamespace:
    """A turn whose grade carries the answer key it was graded with and the key points it
    found (grading's GradeResult: `key_points` None for an answer with nothing to read)."""
    empty: dict[str, list[str]] = {"hit": [], "missed": [], "misconceptions": []}
    found = SimpleNamespace(**{**empty, **points}) if points else None
    grade = SimpleNamespace(key=key, key_points=found)
    return SimpleNamespace(**{**turn.__dict__, "grades": [grade]})


def test_the_key_a_grade_carries_wins_and_the_review_shows_it(services):
    key = services.bank.get(KEY_ID)
    turns = _turns("Tell me about your evaluation work.", key.key_points[0].en)
    first = key.key_points[0].id
    graded = [turns[0], _graded(turns[1], {"id": KEY_ID, "confidence": 0.9}, hit=[first])]
    assert coverage.graded_key_id(graded) == KEY_ID
    # a project question that was graded with a key shows it, whatever the plan says
    runner = _runner(services, _slot(turns[0].text, kind="project"), graded)
    assert "iv-covers" in coverage.covers_html(runner, graded, "en")
    assert "iv-hit" in coverage.review_covers(services.bank, graded, "zh", "en")
    assert coverage.review_covers(services.bank, turns, "en", "en") == ""  # no key graded
    gone = [turns[0], _graded(turns[1], SimpleNamespace(id="no.such_question"), hit=[first])]
    assert coverage.review_covers(services.bank, gone, "en", "en") == ""


def test_the_block_shows_what_the_grade_found_never_a_new_match(services):
    """The page does not read the answer again: what the grade counted is what is shown, so the
    score and the block cannot disagree."""
    key = services.bank.get(KEY_ID)
    question = key.first_text("en")
    last = key.key_points[-1]
    wrong = key.misconceptions[0]
    # the answer states the first point; the grade (say, a model judge) counted the last one
    turns = _turns(question, key.key_points[0].en, "And more.")
    graded = [
        turns[0],
        _graded(turns[1], SimpleNamespace(id=KEY_ID, confidence=1.0), hit=[last.id]),
        _graded(turns[2], SimpleNamespace(id=KEY_ID, confidence=1.0), misconceptions=[wrong.id]),
    ]
    runner = _runner(services, _slot(question, key=KEY_ID), graded)
    html = coverage.covers_html(runner, graded, "en")
    assert html.count("iv-hit") == 1 and last.en[:30] in html.split("iv-hit")[1]
    assert html.count("iv-missed") == len(key.key_points) - 1
    assert "iv-wrong" in html and wrong.correction.en[:30] in html  # from a follow-up's grade
    assert coverage.review_covers(services.bank, graded, "en", "en") == html
    # graded without a key (the grader found none): nothing, even though the plan has one
    bare = SimpleNamespace(key=None, key_points=None)
    unkeyed = [turns[0], SimpleNamespace(**{**turns[1].__dict__, "grades": [bare]})]
    assert (
        coverage.covers_html(_runner(services, _slot(question, key=KEY_ID), unkeyed), unkeyed, "en")
        == ""
    )
    # an empty answer graded with the key: every point missed
    empty = [turns[0], _graded(turns[1], {"id": KEY_ID})]
    html = coverage.covers_html(_runner(services, _slot(question), empty), empty, "zh")
    assert "iv-hit" not in html and html.count("iv-missed") == len(key.key_points)
