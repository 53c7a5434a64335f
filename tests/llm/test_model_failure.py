"""A model that fails mid-session, over real HTTP: the CLI and the web handlers both switch the rest
of the session to the offline engine, say so once, and never call the model again (issue 19)."""

from __future__ import annotations

import json

from fake_openai_server import SECRET
from test_against_fake_server import ANSWERS, practice, run_cli, stored_turns

from interviewer.config import load_settings
from interviewer.services import Services
from interviewer.web import handlers as h
from interviewer.web import state as ws

SAID_EN = "the rest of this session runs on the offline engine"


def _after_first_failure(requests: list[dict]) -> list[str]:
    """The modes of the requests from the first failed one on."""
    modes = [r["mode"] for r in requests]
    return modes[modes.index("500") :] if "500" in modes else []


def test_cli_switches_offline_once_when_the_model_fails_mid_session(fake_server, app_home):
    proc = practice(fake_server, app_home, answers=ANSWERS[:1])
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert SAID_EN not in proc.stderr
    sid = json.loads(proc.stdout.strip().splitlines()[-1])["session_id"]
    fake_server.mode = "500"
    before = len(fake_server.requests)
    proc = run_cli(
        ["practice", "--continue", str(sid), "--model", "openai/fake", "--json"],
        fake_server,
        app_home,
        "\n\n".join(ANSWERS[1:2] * 3) + "\n",
    )
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.stderr.count(SAID_EN) == 1
    failed = _after_first_failure(fake_server.requests[before:])
    assert failed and set(failed) == {"500"} and len(failed) <= 3  # one call, its retries
    turns, _ = stored_turns(app_home, sid)
    answers = [t for t in turns if t.role == "candidate"]
    assert len(answers) == 4 and turns[-1].role == "interviewer"
    assert all("fallback" in g.flags for t in answers[1:] for g in t.grades)
    svc = Services(load_settings(home=app_home))
    try:
        assert svc.repo.get_session(sid).state["offline_fallback"] is True
    finally:
        svc.close()
    assert SECRET not in proc.stderr + proc.stdout


def test_web_switches_offline_once_when_the_model_fails_mid_session(fake_server, app_home):
    settings = load_settings(
        home=app_home,
        api_base=fake_server.base_url,
        api_key=SECRET,
        timeout=30,
        max_retries=2,
        model="openai/fake",
    )
    services = Services(settings)
    try:
        ctx = ws.WebContext(services)
        views = list(
            h.start_interview(ctx, None, persona_id="leader", lang="en", model="openai/fake")
        )
        state = views[-1].state
        assert views[-1].active and "offline" not in views[-1].status
        fake_server.mode = "500"
        before = len(fake_server.requests)
        notices = []
        for answer in ANSWERS[:3]:
            views = list(h.submit_answer(ctx, state, answer))
            state = views[-1].state
            notices.append(views[-1].notice)
        said = [n for n in notices if "offline mode" in n]
        assert len(said) == 1 and said[0] == notices[0], notices
        assert SECRET not in said[0]
        assert "offline mode" in views[-1].status  # the status line says offline from then on
        failed = _after_first_failure(fake_server.requests[before:])
        assert failed and set(failed) == {"500"} and len(failed) <= 3
        rec = services.repo.get_session(state["session_id"])
        assert [t.role for t in rec.turns].count("candidate") == 3
        assert rec.state["offline_fallback"] is True
    finally:
        services.close()
