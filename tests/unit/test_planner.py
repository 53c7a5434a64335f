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
