"""The interview runner on a real SQLite file: storage at every step, resume, follow-ups, report."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from interviewer.engine.policy import ACT_LIMIT
from interviewer.engine.session import InterviewRunner
from interviewer.errors import InputError, NotFoundError, ProviderError
from interviewer.resume import parse_resume_text
from interviewer.types import GradeResult, TurnRecord

DATA = Path(__file__).resolve().parents[1] / "data" / "engine"
ANSWERS = yaml.safe_load((DATA / "answers.yaml").read_text(encoding="utf-8"))


def _resume(lang: str):
    return parse_resume_text((DATA / f"resume_{lang}.md").read_text(encoding="utf-8"), "r.md")


def _start(services, lang: str = "en", persona: str = "deep_dive", **kw) -> InterviewRunner:
    return InterviewRunner.start(
        services, persona_id=persona, lang=lang, resume=_resume(lang), **kw
    )


class FailingGrader:
    """A grader whose model is down."""

    name = "llm:down"

    def grade(self, question, answer, rubric, context=None) -> GradeResult:
        raise ProviderError("model unreachable", retryable=True)


def test_start_stores_session_snapshots_resume_and_plan(services):
    r = _start(services)
    rec = services.repo.get_session(r.session_id)
    assert rec.status == "active" and rec.model == "offline" and rec.lang == "en"
    assert rec.persona_snapshot["id"] == "deep_dive"
    assert rec.rubric_snapshot["id"] == r.rubric.id
    assert services.repo.get_resume(rec.resume_id).projects
    assert len(rec.state["plan"]["topics"]) == r.persona.questions


def test_every_turn_is_in_the_database_when_it_exists(services):
    r = _start(services)
    q = r.next_question()
    assert services.repo.count_turns(r.session_id) == 1
    assert q.kind == "question" and r.persona.opening.en.split(".")[0] in q.text
    out = r.submit_answer(ANSWERS["en"]["vague"][0])
    turns = services.repo.get_session(r.session_id).turns
    assert [t.role for t in turns] == ["interviewer", "candidate"]
    assert turns[1].text == ANSWERS["en"]["vague"][0]
    assert turns[1].grades and turns[1].grades[0].rubric == r.rubric.id
    assert out.grade.criteria and out.reading.gaps
    r.next_question()
    assert services.repo.get_session(r.session_id).state["analysed_turn"] == 1


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("persona", ["deep_dive", "leader"])
@pytest.mark.parametrize("script", ["vague", "vague_counts"])
def test_vague_answer_gets_a_metric_followup_within_two_turns(services, lang, persona, script):
    r = _start(services, lang, persona)
    first = r.next_question()
    project = r.plan.topics[0].project
    assert project and project in first.text
    probes = []
    for answer in ANSWERS[lang][script][:2]:
        r.submit_answer(answer)
        q = r.next_question()
        probes.append((q.kind, q.probes))
    assert any(kind == "followup" and set(p) & {"metrics", "baseline"} for kind, p in probes), (
        probes
    )
    # The follow-up quotes what the candidate said.
    followup = next(t for t in r.turns() if t.kind == "followup")
    assert "“" in followup.text or '"' in followup.text
    assert followup.reason


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_strong_answers_move_on_without_nagging(services, lang):
    r = _start(services, lang)
    strong = dict(zip([p.name for p in r.resume.projects], ANSWERS[lang]["strong"], strict=False))
    q = r.next_question()
    for _ in range(4):
        slot = r.plan.topics[r.state.slot]
        assert q.kind == "question"
        r.submit_answer(strong[slot.project])
        q = r.next_question()
    assert [t.kind for t in r.turns()].count("followup") == 0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_full_vague_session_never_repeats_and_ends_with_a_report(services, lang):
    r = _start(services, lang)
    answers = ANSWERS[lang]["vague"]
    i = 0
    while not r.finished:
        q = r.next_question()
        if r.finished:
            break
        assert q is not None
        r.submit_answer(answers[i % len(answers)])
        i += 1
        assert i < 60
    turns = r.turns()
    asked = [t.text for t in turns if t.role == "interviewer"]
    assert len(asked) == len(set(asked))
    assert turns[-1].kind == "wrapup"
    assert sum(t.kind == "question" for t in turns) == r.persona.questions
    probes_per_question: list[list[str]] = []
    for t in turns:
        if t.kind == "question":
            probes_per_question.append([])
        elif t.kind == "followup":
            probes_per_question[-1] += t.probes
    for probes in probes_per_question:
        # Content follow-ups stay within the persona's depth and never repeat a gap; answering
        # an act (a reframe, a redirect, a clarification) has its own small limit.
        content = [p for p in probes if p not in ACT_LIMIT]
        assert len(content) <= r.persona.followup_depth, probes
        assert len(content) == len(set(content)), probes
        assert all(probes.count(a) <= n for a, n in ACT_LIMIT.items()), probes
    rec = services.repo.get_session(r.session_id)
    assert rec.status == "finished" and rec.report and rec.overall is not None
    report = rec.report
    assert set(report["criteria"]) <= {c.id for c in r.rubric.criteria}
    assert report["weakest"]["answer"] in [t.text for t in turns] or any(
        t.text.startswith(report["weakest"]["answer"]) for t in turns
    )
    assert report["practice_next"] and report["practice_next"][0]["suggestion"]
    assert r.next_question() is None


def test_resume_reasks_the_pending_question(services):
    r = _start(services)
    r.next_question()
    r.submit_answer(ANSWERS["en"]["vague"][0])
    pending = r.next_question()
    again = InterviewRunner.load(services, r.session_id)
    assert again.pending_question is not None and again.pending_question.text == pending.text
    assert "".join(again.stream_next()) == pending.text
    assert services.repo.count_turns(r.session_id) == 3
    again.submit_answer(ANSWERS["en"]["vague"][1])
    assert again.next_question().text not in {t.text for t in again.turns()[:-1]}


def test_resume_after_a_kill_between_answer_and_analysis(services):
    r = _start(services)
    q = r.next_question()
    # The process died right after storing the answer: no grades, no analysis in the state.
    services.repo.add_turn(
        TurnRecord(
            session_id=r.session_id,
            index=1,
            role="candidate",
            kind="answer",
            text=ANSWERS["en"]["vague"][0],
            topic=q.topic,
        )
    )
    again = InterviewRunner.load(services, r.session_id)
    assert again.pending_question is None
    nxt = again.next_question()
    assert nxt.kind == "followup"
    turns = again.turns()
    assert turns[1].grades, "the stored answer was graded on resume"


def test_resume_after_a_kill_between_question_and_state(services):
    r = _start(services)
    r.next_question()
    r.submit_answer(ANSWERS["en"]["strong"][0])
    # The next question was stored but the state save was lost.
    before = services.repo.get_session(r.session_id).state
    q = r.next_question()
    services.repo.save_state(r.session_id, before)
    again = InterviewRunner.load(services, r.session_id)
    assert again.pending_question.text == q.text
    assert again.state.slot == 1 and q.text in again.state.asked


def test_a_failing_model_grader_switches_the_rest_of_the_session_offline(services):
    from interviewer.engine.factory import Components, offline_components

    r = _start(services)
    offline = offline_components()
    r.components = r.with_fallback(Components(offline.reader, offline.writer, FailingGrader()))
    r.next_question()
    out = r.submit_answer("We improved it a lot.")
    turns = services.repo.get_session(r.session_id).turns
    assert turns[-1].text == "We improved it a lot." and turns[-1].grades
    assert out.grade.grader == "offline" and "fallback" in out.grade.flags
    assert r.take_model_failure() == "model unreachable" and r.take_model_failure() is None
    assert services.repo.get_session(r.session_id).state["offline_fallback"] is True
    r.next_question()
    again = r.submit_answer("We measured recall on 400 labelled tickets.")
    assert "fallback" in again.grade.flags and r.take_model_failure() is None
    assert InterviewRunner.load(services, r.session_id).offline_fallback


def test_answer_without_question_is_refused(services):
    r = _start(services)
    with pytest.raises(InputError):
        r.submit_answer("hello")


def test_owner_mismatch_is_not_found(services):
    r = _start(services, owner="alice")
    assert InterviewRunner.load(services, r.session_id, owner="alice").session_id == r.session_id
    with pytest.raises(NotFoundError):
        InterviewRunner.load(services, r.session_id, owner="bob")


def test_session_without_resume_and_with_focus(services):
    r = InterviewRunner.start(services, persona_id="hr", lang="zh", focus="motivation")
    q = r.next_question()
    assert q.text and services.repo.get_session(r.session_id).focus == "motivation"
    out = r.submit_answer("还行吧。")
    assert out.reading.gaps


def test_finish_early_stores_the_report(services):
    r = _start(services, "zh")
    r.next_question()
    r.submit_answer(ANSWERS["zh"]["strong"][0])
    report = r.finish()
    rec = services.repo.get_session(r.session_id)
    assert rec.status == "finished" and rec.report == report
    assert report["strongest"]["answer"] in ANSWERS["zh"]["strong"][0]
    assert report["lang"] == "zh"


def test_report_summarises_spoken_delivery(services):
    from interviewer.types import Delivery

    r = _start(services)
    r.next_question()
    r.submit_answer(
        ANSWERS["en"]["strong"][0],
        delivery=Delivery(
            rate=150.0,
            rate_unit="wpm",
            fillers={"um": 3},
            long_pauses=2,
            longest_pause_s=3.5,
            speaking_seconds=40.0,
        ),
    )
    r.next_question()
    r.submit_answer(
        ANSWERS["en"]["vague"][1],
        delivery=Delivery(
            rate=110.0,
            rate_unit="wpm",
            fillers={"um": 1, "like": 2},
            long_pauses=0,
            longest_pause_s=1.0,
            speaking_seconds=10.0,
        ),
    )
    delivery = r.report()["delivery"]
    assert delivery["answers"] == 2 and delivery["rate"] == 130.0
    assert delivery["fillers"] == {"um": 4, "like": 2} and delivery["long_pauses"] == 2


class SilentWriter:
    """A model writer that streams nothing at all."""

    name = "llm:silent"

    def write(self, ctx, action):
        yield ""


def test_blank_model_output_never_becomes_a_blank_question(services):
    r = _start(services)
    r.components.writer = SilentWriter()
    q = r.next_question()
    assert q.text.strip() and r.plan.topics[0].question in q.text
    assert services.repo.get_session(r.session_id).turns[0].text == q.text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_contradiction_is_asked_before_any_other_gap_even_the_practice_focus(services, lang):
    # The answer leaves ownership open too, and the session practises ownership; a number that
    # contradicts the résumé still comes first, because the rest of the answer is moot until it
    # is cleared up.
    r = _start(services, lang, focus="ownership")
    r.next_question()
    answer = {
        "en": "We built it as a team and our answer accuracy went from 61% to 95% on the labelled set.",
        "zh": "我们团队一起做的，准确率从 68% 提升到了 97%，是在人工标注的问题上测的。",
    }[lang]
    r.submit_answer(answer)
    q = r.next_question()
    assert (q.kind, q.probes) == ("followup", ["contradiction"]), (q.kind, q.probes, q.text)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_i_dont_know_gets_one_reframe_never_nothing_came_through(services, lang):
    r = _start(services, lang)
    r.next_question()
    dont_know = {"en": "I don't know.", "zh": "不知道。"}[lang]
    out = r.submit_answer(dont_know)
    assert out.reading.act == "stuck"
    q = r.next_question()
    assert (q.kind, q.probes, r.quote_of(q)) == ("followup", ["stuck"], None)
    for nothing in ("Nothing came through", "didn't catch", "没收到", "没看到内容"):
        assert nothing not in q.text
    assert dont_know not in q.text
    r.submit_answer(dont_know)
    nxt = r.next_question()
    assert nxt.kind == "question"
    acks = r._drafter.strings.transitions_after["stuck"].get(lang)
    assert any(nxt.text.startswith(a) for a in acks), nxt.text


def test_topic_memory_is_stored_and_survives_a_restart(services):
    r = _start(services)
    r.next_question()
    r.submit_answer(ANSWERS["en"]["vague"][0])
    stored = services.repo.get_session(r.session_id).state
    assert stored["memory"]["facts"] and stored["last_reading"]["act"] == "answer"
    q = r.next_question()
    again = InterviewRunner.load(services, r.session_id)
    assert again.pending_question.text == q.text
    # Everything the policy decides from is back as it was, so the resumed session decides
    # exactly as the live one would have.
    keys = ("memory", "project_facts", "slot", "followups_used", "probed", "asked", "quotes")
    live, resumed = r.state.to_json(), again.state.to_json()
    assert {k: live[k] for k in keys} == {k: resumed[k] for k in keys}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_followup_quotes_are_exact_clauses_of_the_latest_answer(services, lang):
    r = _start(services, lang)
    r.next_question()
    for answer in ANSWERS[lang]["vague"][:4]:
        r.submit_answer(answer)
        q = r.next_question()
        quote = r.quote_of(q)
        if quote is not None:
            assert quote in answer and quote in q.text
            assert "(2)" not in q.text


def test_the_report_only_recommends_what_some_question_asked_for(services):
    # An HR plan with no question about a setback cannot judge "reflection".
    r = InterviewRunner.start(services, persona_id="hr", lang="en")
    topics = {t.id: t for t in r.persona.topics}
    from interviewer.engine.base import PlannedTopic

    slots = [
        PlannedTopic(
            topic=tid,
            kind=topics[tid].kind,
            question=topics[tid].questions.en[0],
            probes=list(topics[tid].probes),
        )
        for tid in ("conflict", "learning")
    ]
    assert all("failure" not in s.probes for s in slots)
    r.state.plan = r.plan.model_copy(update={"topics": slots})
    while not r.finished:
        q = r.next_question()
        if q is None or r.finished:
            break
        r.submit_answer("I'm good with people. Everyone likes working with me.")
    report = services.repo.get_session(r.session_id).report
    assert "reflection" not in [p["criterion"] for p in report["practice_next"]]
    assert report["practice_next"], "other weak criteria are still recommended"


@pytest.mark.parametrize(
    ("lang", "counter"),
    [
        ("en", "Before I answer, can I ask what the salary band for this role is?"),
        ("zh", "我能先问下这个岗位 base 在北京还是杭州吗？"),
    ],
)
def test_a_question_back_about_the_job_is_kept_but_not_scored(services, lang, counter):
    from interviewer.grading.scoring import COUNTER_FLAG, session_scores

    r = _start(services, lang=lang, persona="leader")
    r.next_question()
    asked = r.submit_answer(counter)
    assert COUNTER_FLAG in asked.grade.flags
    r.next_question()
    answered = r.submit_answer(ANSWERS[lang]["vague"][0])
    assert COUNTER_FLAG not in answered.grade.flags
    rec = services.repo.get_session(r.session_id)
    assert [t.text for t in rec.turns if t.role == "candidate"][0] == counter  # kept
    scores = session_scores(rec, r.rubric)
    assert scores.questions == 1
    report = r.report()
    assert counter not in (report["weakest"]["answer"], report["strongest"]["answer"])
    assert report["answers"] == 1


@pytest.mark.parametrize(
    ("lang", "clarify"),
    [
        ("en", "Sorry, which part do you mean — the distillation or the serving?"),
        ("en", "Do you mean offline evaluation or what we watched in production?"),
        ("zh", "你是指训练那部分还是上线之后？"),
        ("zh", "不好意思，这里的效果是说准确率还是响应速度？"),
    ],
)
def test_a_clarifying_question_back_is_kept_but_not_scored(services, lang, clarify):
    """Asking what the question means is not an answer: it is answered by a clarification and
    neither scored nor counted in the session (a 3/100 for 'which part do you mean?' misleads)."""
    from interviewer.grading.scoring import CLARIFY_FLAG, scored, session_scores

    r = _start(services, lang=lang, persona="leader")
    r.next_question()
    asked = r.submit_answer(clarify)
    assert asked.reading is not None and asked.reading.act == "clarify"
    assert CLARIFY_FLAG in asked.grade.flags and not scored(asked.grade)
    r.next_question()
    answered = r.submit_answer(ANSWERS[lang]["vague"][0])
    assert scored(answered.grade)
    rec = services.repo.get_session(r.session_id)
    assert [t.text for t in rec.turns if t.role == "candidate"][0] == clarify  # kept
    assert session_scores(rec, r.rubric).questions == 1
    assert r.report()["answers"] == 1
