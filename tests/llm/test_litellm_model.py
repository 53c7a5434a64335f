"""LitellmModel through litellm's own mock_response: results, retries, error mapping, logging."""

from __future__ import annotations

import logging

import pytest

from interviewer.errors import ConfigError, ProviderError
from interviewer.llm.base import Message
from interviewer.llm.factory import make_chat_model
from interviewer.llm.litellm_model import LitellmModel, import_litellm
from interviewer.llm.retry import Backoff, call_with_retry, classify, scrub, to_provider_error

SECRET = "sk-test-SECRET-0123456789abcdef"
MSGS = [Message("system", "You are terse."), Message("user", "Say hi.")]
FAST = Backoff(base=0.001, cap=0.002)


def model(repo=None, reply="hello there", **kw) -> LitellmModel:
    return LitellmModel(
        "openai/gpt-4o-mini",
        api_key=SECRET,
        timeout=10,
        max_retries=2,
        repo=repo,
        backoff=FAST,
        completion_kwargs={"mock_response": reply},
        **kw,
    )


def test_complete_returns_text_and_logs_one_row(services):
    m = model(services.repo)
    done = m.complete(MSGS, purpose="unit", session_id=None, temperature=0.2, max_tokens=20)
    assert done.text == "hello there"
    assert done.prompt_tokens is not None and done.duration_ms >= 0
    rows = services.repo.llm_calls()
    assert len(rows) == 1
    row = rows[0]
    assert row["purpose"] == "unit" and row["model"] == "openai/gpt-4o-mini"
    assert row["response"] == "hello there" and row["error"] is None
    assert row["messages"][1] == {"role": "user", "content": "Say hi."}
    assert row["options"]["temperature"] == 0.2 and row["options"]["attempts"] == 1


def test_stream_yields_the_reply_in_chunks_and_logs_it(services):
    m = model(services.repo, reply="a streamed reply of some length")
    chunks = list(m.stream(MSGS, purpose="unit-stream"))
    assert len(chunks) > 1
    assert "".join(chunks) == "a streamed reply of some length"
    row = services.repo.llm_calls()[0]
    assert row["response"] == "a streamed reply of some length"
    assert row["options"]["stream"] is True


def test_json_mode_asks_for_a_json_response_format(services):
    m = model(services.repo, reply='{"ok": true}')
    done = m.complete(MSGS, purpose="json", json_schema={"type": "object"})
    assert done.text == '{"ok": true}'
    assert services.repo.llm_calls()[0]["options"]["response_format"]["type"] in (
        "json_object",
        "json_schema",
    )


def test_rate_limit_is_retried_then_reported(services):
    m = model(services.repo, reply="litellm.RateLimitError")
    with pytest.raises(ProviderError) as info:
        m.complete(MSGS, purpose="rl")
    assert info.value.retryable and info.value.kind == "rate_limit"
    row = services.repo.llm_calls()[0]
    assert row["options"]["attempts"] == 3  # 1 + max_retries
    assert "rate limited" in row["error"]


def test_context_window_error_is_not_retried(services):
    m = model(services.repo, reply="litellm.ContextWindowExceededError")
    with pytest.raises(ProviderError) as info:
        m.complete(MSGS, purpose="ctx")
    assert not info.value.retryable and info.value.kind == "context"
    assert services.repo.llm_calls()[0]["options"]["attempts"] == 1


def test_internal_server_error_is_retried_in_streams_too(services):
    m = model(services.repo, reply="litellm.InternalServerError")
    with pytest.raises(ProviderError) as info:
        list(m.stream(MSGS, purpose="s"))
    assert info.value.kind == "server"
    assert services.repo.llm_calls()[0]["options"]["attempts"] == 3


def test_auth_error_is_not_retried_and_the_key_is_scrubbed(services, caplog, app_home):
    litellm = import_litellm()
    err = litellm.AuthenticationError(
        message=f"Incorrect API key provided: {SECRET}", llm_provider="openai", model="gpt-4o-mini"
    )
    m = model(services.repo, reply=err)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ProviderError) as info:
        m.complete(MSGS, purpose="auth")
    assert info.value.kind == "auth" and not info.value.retryable
    assert SECRET not in str(info.value) and "***" in str(info.value)
    assert "OPENAI_API_KEY" in (info.value.hint or "")
    assert services.repo.llm_calls()[0]["options"]["attempts"] == 1
    services.close()
    for f in app_home.rglob("*"):
        if f.is_file():
            assert SECRET.encode() not in f.read_bytes(), f
    assert SECRET not in caplog.text
    assert SECRET not in repr(m)


def test_no_repo_means_no_logging_and_log_flag_is_honoured(services):
    model(None).complete(MSGS, purpose="x")
    model(services.repo, log_calls=False).complete(MSGS, purpose="x")
    assert services.repo.llm_calls() == []


def test_factory_refuses_offline_and_bare_names(services):
    with pytest.raises(ConfigError):
        make_chat_model(services.settings, "offline")
    with pytest.raises(ConfigError, match="provider"):
        make_chat_model(services.settings, "gpt-4o-mini")
    chat = make_chat_model(services.settings, "deepseek/deepseek-chat", services.repo)
    assert chat.name == "deepseek/deepseek-chat"


def test_factory_passes_settings_through(monkeypatch):
    from interviewer.config import load_settings

    monkeypatch.setenv("INTERVIEWER_API_BASE", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("INTERVIEWER_API_KEY", SECRET)
    monkeypatch.setenv("INTERVIEWER_TIMEOUT", "7")
    chat = make_chat_model(load_settings(), "openai/local")
    assert isinstance(chat, LitellmModel)
    assert chat.api_base == "http://127.0.0.1:9/v1" and chat.timeout == 7
    assert SECRET not in repr(chat) and SECRET not in repr(vars(chat))


# ---------------------------------------------------------------- retry policy


class _Err(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"status {status}")
        self.status_code = status


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (401, "auth"),
        (403, "auth"),
        (404, "not_found"),
        (429, "rate_limit"),
        (500, "server"),
        (503, "server"),
        (400, "bad_request"),
    ],
)
def test_classify_by_status(status, kind):
    assert classify(_Err(status)) == kind


def test_classify_plain_exceptions():
    assert classify(TimeoutError("x")) == "timeout"
    assert classify(ConnectionError("x")) == "connection"
    assert classify(ValueError("x")) == "unknown"


def test_backoff_grows_and_is_bounded():
    b = Backoff(base=1, cap=4)
    assert b.delay(1, rng=lambda: 0.0) == 0.5 and b.delay(1, rng=lambda: 1.0) == 1.0
    assert b.delay(10, rng=lambda: 1.0) == 4


def test_call_with_retry_stops_on_non_retryable_and_after_max():
    calls = []

    def fail(kind):
        def attempt(n):
            calls.append(n)
            raise to_provider_error(
                _Err({"server": 500, "auth": 401}[kind]), model="m", api_base=None
            )

        return attempt

    with pytest.raises(ProviderError):
        call_with_retry(fail("server"), max_retries=2, backoff=FAST, sleep=lambda s: None)
    assert calls == [0, 1, 2]
    calls.clear()
    with pytest.raises(ProviderError):
        call_with_retry(fail("auth"), max_retries=5, backoff=FAST, sleep=lambda s: None)
    assert calls == [0]


def test_scrub_and_hints_name_the_server():
    assert scrub(f"key {SECRET} bad", [SECRET, None, "ab"]) == "key *** bad"
    err = to_provider_error(
        ConnectionError("refused"), model="openai/x", api_base="http://127.0.0.1:1/v1"
    )
    assert "http://127.0.0.1:1/v1" in (err.hint or "") and err.retryable


def test_a_stream_closed_early_by_the_caller_is_logged_without_error(services):
    m = model(services.repo, reply="Which baseline did you use? And the test set?")
    stream = m.stream(MSGS, purpose="early")
    first = next(stream)
    stream.close()
    row = services.repo.llm_calls()[0]
    assert row["error"] is None and row["options"]["closed_early"] is True
    assert row["response"] == first
