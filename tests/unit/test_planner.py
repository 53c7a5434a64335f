"""The résumé-grounded planner on the shipped personas and test résumés (zh and en)."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.engine.base import InterviewContext
from interviewer.engine.planner import ResumePlanner, metric_phrase, rank_projects
from interviewer.resume import parse_resume_text

DATA = Path(__file__).resolve().parents[1] / "data" / "engine"


def _resume(lang: str):
    return parse_resume_text((DATA / f"resume_{lang}.md").read_text(encoding="utf-8"), "r.md")


def _plan(services, persona: str, lang: str, resume=True, **kw):
    ctx = InterviewContext(
        session_id=kw.pop("session_id", 3),
        persona=services.personas.get(persona),
        lang=lang,
        resume=_resume(lang) if resume else None,
        **kw,
    )
    return ctx, ResumePlanner().plan(ctx)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_deep_dive_spends_most_questions_on_named_projects(services, lang):
    ctx, plan = _plan(services, "deep_dive", lang)
    persona = ctx.persona
    assert len(plan.topics) == persona.questions
    project_slots = [s for s in plan.topics if s.kind == "project"]
    assert len(project_slots) == round(persona.questions * persona.resume_share)
    assert len(project_slots) > len(plan.topics) / 2
    names = {p.name for p in ctx.resume.projects}
    for s in project_slots:
        assert s.project in names
        assert s.project in s.question, s.question
        assert "{" not in s.question
    # Projects with claimed metrics come first, and the first question names a claimed metric.
    ranked = rank_projects(ctx.resume)
    assert plan.topics[0].project == ranked[0].name
    first_claims = [metric_phrase(m) for m in ranked[0].metrics]
    assert any(c in plan.topics[0].question for c in first_claims), plan.topics[0].question
    assert plan.topics[0].reason
    assert len({s.question for s in plan.topics}) == len(plan.topics)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_without_resume_projects_fall_back_to_strongest_project(services, lang):
    _, plan = _plan(services, "deep_dive", lang, resume=False)
    project_slots = [s for s in plan.topics if s.kind == "project"]
    assert project_slots
    assert all(s.project is None and "{" not in s.question for s in project_slots)
    assert len({s.question for s in plan.topics}) == len(plan.topics)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_hr_round_asks_no_project_questions_and_closes_last(services, lang):
    ctx, plan = _plan(services, "hr", lang)
    assert all(s.kind != "project" for s in plan.topics)
    kinds = [s.kind for s in plan.topics]
    assert "motivation" in kinds
    if "closing" in kinds:
        assert kinds[-1] == "closing"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_leader_round_mixes_projects_and_judgment(services, lang):
    ctx, plan = _plan(services, "leader", lang)
    project_slots = [s for s in plan.topics if s.kind == "project"]
    assert len(project_slots) == round(ctx.persona.questions * ctx.persona.resume_share)
    assert {s.kind for s in plan.topics} - {"project"}


def test_plan_is_deterministic_per_session(services):
    _, a = _plan(services, "deep_dive", "en", session_id=11)
    _, b = _plan(services, "deep_dive", "en", session_id=11)
    assert a == b


def test_job_description_picks_technical_topics(services):
    _, plain = _plan(services, "deep_dive", "en")
    _, jd = _plan(
        services,
        "deep_dive",
        "en",
        job_description="We serve models with vLLM; you will own latency, throughput, "
        "KV cache sizing and quantisation of our inference fleet.",
    )
    assert "serving" not in {s.topic for s in plain.topics}
    serving = [s for s in jd.topics if s.topic == "serving"]
    assert serving and "job description" in serving[0].reason


def test_focus_biases_topic_choice(services):
    _, plain = _plan(services, "deep_dive", "en")
    _, focused = _plan(services, "deep_dive", "en", focus="failure")
    probes_plain = sum("failure" in s.probes for s in plain.topics)
    probes_focus = sum("failure" in s.probes for s in focused.topics)
    assert probes_focus > probes_plain


RESUMES = DATA / "resumes"


def _kinded(name: str, kinds: dict[str, str]):
    """A tuning résumé whose projects carry the kinds the résumé reader would give them."""
    from interviewer.resume import load_resume

    r = load_resume(RESUMES / name)
    projects = [
        p.model_copy(update={"kind": next((k for s, k in kinds.items() if s in p.name), "other")})
        for p in r.projects
    ]
    return r.model_copy(update={"projects": projects})


def _planned(services, persona: str, resume, session_id: int = 5):
    p = services.personas.get(persona)
    ctx = InterviewContext(session_id=session_id, persona=p, lang=resume.lang, resume=resume)
    rubric = services.rubrics.get(p.rubric)
    return ResumePlanner(rubric=rubric, bank=services.bank).plan(ctx)


RAG = ("en_rag_support.md", {"Helpdesk": "rag", "Retrieval": "eval", "Router": "ml"})
TUNE = ("en_finetune_claims.md", {"Claims": "finetune", "Refusal": "finetune", "Label": "data"})
SERVE = ("zh_serving_cost.md", {"推理服务": "serving", "量化": "serving"})


@pytest.mark.parametrize("persona", ["deep_dive", "leader", "hr"])
@pytest.mark.parametrize("case", [RAG, TUNE, SERVE])
def test_no_question_template_is_used_twice_in_a_session(services, persona, case):
    plan = _planned(services, persona, _kinded(*case))
    templates = [s.template for s in plan.topics]
    assert len(templates) == len(set(templates)), templates
    assert len({s.question for s in plan.topics}) == len(plan.topics)


def test_project_questions_fit_the_project_kind(services):
    rag = _planned(services, "deep_dive", _kinded(*RAG))
    tune = _planned(services, "deep_dive", _kinded(*TUNE))
    topic_of = {(s.project, s.topic) for s in rag.topics if s.project}
    # The retrieval-versus-generation question is asked of the retrieval project only.
    assert ("Helpdesk Answer Bot", "retrieval_eval") in topic_of
    assert not any(s.topic == "retrieval_eval" for s in tune.topics)
    assert any(s.topic == "training" and "Claims" in (s.project or "") for s in tune.topics)
    kind_of = {p.name: p.kind for p in _kinded(*RAG).projects}
    assert all(kind_of[s.project] == "rag" for s in rag.topics if s.topic == "retrieval_eval")


def test_deep_dive_asks_parameters_data_incidents_and_design_choices(services):
    """Across the résumés of the engine sets (three sessions each) every general project topic
    comes up; each session also asks once what broke (incidents), so the general topics share
    the remaining openers."""
    from interviewer.resume import load_resume

    used = {
        s.topic
        for path in sorted(RESUMES.iterdir())
        for sid in (1, 2, 3)
        for s in _planned(services, "deep_dive", load_resume(path), sid).topics
    }
    assert {"parameters", "data", "incidents", "design_choices"} <= used


@pytest.mark.parametrize(
    ("case", "expected"), [(RAG, "rag"), (TUNE, "finetuning"), (SERVE, "serving")]
)
def test_technical_topics_follow_the_resume(services, case, expected):
    plan = _planned(services, "deep_dive", _kinded(*case))
    assert expected in {s.topic for s in plan.topics if s.kind == "technical"}


def test_bank_topics_ask_keyed_questions_with_their_hint(services):
    plan = _planned(services, "deep_dive", _kinded(*TUNE))
    keyed = [s for s in plan.topics if s.topic == "finetuning"]
    assert keyed and keyed[0].key and keyed[0].hint
    assert services.bank.get(keyed[0].key).first_text("en") == keyed[0].question


@pytest.mark.parametrize("persona", ["hr", "leader"])
@pytest.mark.parametrize("case", [RAG, SERVE])
def test_the_plan_asks_for_everything_the_rubric_grades(services, persona, case):
    from interviewer.engine.fit import uncovered

    plan = _planned(services, persona, _kinded(*case))
    topics = {t.id: t for t in services.personas.get(persona).topics}
    rubric = services.rubrics.get(services.personas.get(persona).rubric)
    assert uncovered(rubric, [topics[s.topic] for s in plan.topics]) == {}


@pytest.mark.parametrize("persona", ["hr", "leader"])
def test_hr_and_leader_plans_vary_with_the_resume_and_the_session(services, persona):
    plans = [
        [(s.topic, s.question) for s in _planned(services, persona, _kinded(*case), sid).topics]
        for case in (RAG, TUNE)
        for sid in (1, 2, 3)
    ]
    assert len({tuple(p) for p in plans}) >= 4, plans
