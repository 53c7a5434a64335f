"""`interviewer logs list` reads back the model calls the app logged."""

from __future__ import annotations

import json

from click.testing import CliRunner

from interviewer.cli import cli


def _record(services, **kw) -> int:  # type: ignore[no-untyped-def]
    args = dict(
        purpose="write_question",
        model="openai/gpt-4o-mini",
        messages=[{"role": "user", "content": "Next question."}],
        options={"temperature": 0.6, "api_key": "sk-secret"},
        response="Tell me about   the hardest bug you fixed.",
        duration_ms=812.4,
        prompt_tokens=120,
        completion_tokens=14,
    )
    args.update(kw)
    return services.repo.record_llm_call(**args)  # type: ignore[no-any-return]


def test_lists_the_latest_calls_newest_first(services) -> None:  # type: ignore[no-untyped-def]
    sid = services.repo.create_session(
        persona="leader",
        rubric="star",
        lang="en",
        model="openai/gpt-4o-mini",
        persona_snapshot={},
        rubric_snapshot={},
    )
    first = _record(services)
    second = _record(
        services, purpose="grade", response=None, error="timeout after 30 s", session_id=sid
    )
    result = CliRunner().invoke(cli, ["logs", "list"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.splitlines()[0].split()[:4] == ["id", "time", "(UTC)", "session"]
    starts = [line.split()[0] for line in out.splitlines()[2:] if line[:1].isdigit()]
    assert starts == [str(second), str(first)]
    assert "error: timeout" in out and "120+14" in out and "812" in out
    assert "Tell me about the" in out  # the reply, its spaces squeezed (it wraps)

    only = CliRunner().invoke(cli, ["logs", "list", "--session", str(sid), "--json"])
    rows = json.loads(only.output)
    assert [r["id"] for r in rows] == [second] and rows[0]["error"].startswith("timeout")
    newest = json.loads(CliRunner().invoke(cli, ["logs", "list", "-n", "1", "--json"]).output)
    assert [r["id"] for r in newest] == [second]
    assert "sk-secret" not in CliRunner().invoke(cli, ["logs", "list", "--json"]).output


def test_an_empty_log_says_so() -> None:
    result = CliRunner().invoke(cli, ["logs", "list"])
    assert result.exit_code == 0 and "No model calls logged." in result.output
