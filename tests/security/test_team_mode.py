"""Team mode: accounts with argon2 hashes, Gradio's sign-in or a trusted proxy's header, every
query limited to the signed-in user in the repository, and the `users` commands."""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner

from bench._servers import served_app
from interviewer.cli import cli
from interviewer.errors import NotFoundError
from interviewer.types import TurnRecord

PASSWORD = "correct horse battery"
ANSWER = "I led the search rewrite; recall went from 72% to 86% on 2,000 queries."


def _users(*args: str, stdin: str = "") -> str:
    result = CliRunner().invoke(cli, ["users", *args], input=stdin)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0, result.output
    return result.output


def _session(repo, owner: str) -> int:
    return repo.create_session(
        persona="leader",
        rubric="star",
        lang="en",
        model="offline",
        persona_snapshot={},
        rubric_snapshot={},
        owner=owner,
    )


def test_the_repository_limits_every_query_to_its_owner(services) -> None:
    from interviewer.types import Resume

    alice, bob = services.repo.for_owner("user:alice"), services.repo.for_owner("user:bob")
    sid = _session(alice, "user:alice")
    rid = alice.add_resume(Resume(source="cv.md", lang="en", text="Alice's résumé"))
    tid = alice.add_turn(
        TurnRecord(session_id=sid, index=0, role="interviewer", kind="question", text="q")
    )
    alice.record_llm_call(
        purpose="ask",
        model="m",
        messages=[],
        options={},
        response="r",
        duration_ms=1.0,
        session_id=sid,
    )
    for attempt in (
        lambda: bob.get_session(sid),
        lambda: bob.get_resume(rid),
        lambda: bob.save_state(sid, {}),
        lambda: bob.finish_session(sid, {}, None),
        lambda: bob.delete_session(sid),
        lambda: bob.count_turns(sid),
        lambda: bob.set_turn_audio(tid, "/x.wav"),
        lambda: bob.add_turn(
            TurnRecord(session_id=sid, index=1, role="candidate", kind="answer", text="x")
        ),
        lambda: bob.record_llm_call(
            purpose="ask",
            model="m",
            messages=[],
            options={},
            response="r",
            duration_ms=1.0,
            session_id=sid,
        ),
        lambda: bob.get_session(sid, owner="user:alice"),
    ):
        with pytest.raises(NotFoundError):
            attempt()
    assert bob.list_sessions() == [] and bob.list_sessions(owner="user:bob") == []
    assert bob.llm_calls() == [] and bob.criterion_history() == []
    assert [r.id for r in alice.list_sessions()] == [sid] and len(alice.llm_calls()) == 1
    assert alice.get_session(sid).owner == "user:alice"
    assert {r.id for r in services.repo.list_sessions()} == {sid}  # the operator sees all


def test_users_commands_and_adopt(services) -> None:
    local = _session(services.repo, "b" * 32)
    _users("add", "alice", "--password-stdin", stdin=PASSWORD + "\n")
    _users("add", "bob", "--password-stdin", stdin=PASSWORD + "\n")
    result = CliRunner().invoke(cli, ["users", "add", "carol", "--password-stdin"], input="short\n")
    assert result.exit_code != 0
    with pytest.raises(Exception, match="already"):
        _users("add", "alice", "--password-stdin", stdin=PASSWORD + "\n")
    stored = services.repo.password_hash("alice")
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    from interviewer.accounts import verify_password

    assert verify_password(stored, PASSWORD) and not verify_password(stored, PASSWORD + "x")
    _users("passwd", "alice", "--password-stdin", stdin="another long password\n")
    assert verify_password(services.repo.password_hash("alice"), "another long password")
    assert "1 sessions now belong to alice" in _users("adopt", "alice")
    assert services.repo.get_session(local).owner == "user:alice"
    listed = _users("list")
    assert re.search(r"alice\s+1 sessions", listed) and "bob" in listed
    _users("remove", "alice")
    assert services.repo.get_session(local).owner == "user:alice"  # kept unless asked
    _users("add", "alice", "--password-stdin", stdin=PASSWORD + "\n")
    assert "1 sessions deleted" in _users("remove", "alice", "--delete-sessions")
    with pytest.raises(NotFoundError):
        services.repo.get_session(local)


def test_practice_and_sessions_as_a_user(services) -> None:
    runner = CliRunner()
    out = runner.invoke(
        cli, ["practice", "--persona", "leader", "--user", "alice", "--json"], input=ANSWER
    )
    assert out.exit_code == 0, out.output
    assert runner.invoke(cli, ["sessions", "--user", "bob", "list"]).output.count("leader") == 0
    assert "leader" in runner.invoke(cli, ["sessions", "--user", "alice", "list"]).output
    assert "leader" in runner.invoke(cli, ["sessions", "list"]).output


def _status(url: str, headers: dict[str, str] | None = None, data: bytes | None = None) -> int:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def _login(url: str, name: str, password: str) -> int:
    body = f"username={name}&password={password}".encode()
    return _status(url + "/login", {"Content-Type": "application/x-www-form-urlencoded"}, body)


def test_password_mode_over_http(tmp_path) -> None:
    from gradio_client import Client

    home = tmp_path / "team"
    home.mkdir()
    env = {"INTERVIEWER_HOME": str(home)}
    for name in ("alice", "bob"):
        result = CliRunner(env=env).invoke(
            cli, ["users", "add", name, "--password-stdin"], input=PASSWORD + "\n"
        )
        assert result.exit_code == 0, result.output
    settings = {
        "INTERVIEWER_AUTH": "password",
        "INTERVIEWER_HOST": "0.0.0.0",
        "INTERVIEWER_SESSION_HOURS": "0.002",
    }
    with served_app(home, settings, ready_path="/healthz") as url:
        assert _status(url + "/config") == 401, "nothing without signing in"
        alice = Client(url, auth=("alice", PASSWORD), verbose=False, download_files=False)
        _, status, *_ = alice.predict(
            "en", "leader", "offline", None, "", "", "", False, api_name="/start"
        )
        sid = int(re.search(r"#(\d+)", status).group(1))
        alice.predict(ANSWER, False, api_name="/answer")
        bob = Client(url, auth=("bob", PASSWORD), verbose=False, download_files=False)
        with pytest.raises(Exception, match="No such interview"):
            bob.predict(sid, "en", api_name="/review_show")
        table, *_ = bob.predict("en", api_name="/review_list")
        assert table["data"] == [] or sid not in [row[0] for row in table["data"]]
        # Signing out ends the sign-in on the server, not only in the browser.
        import httpx

        assert httpx.get(url + "/logout", cookies=bob.cookies).status_code in (200, 302, 307)
        assert (
            _status(
                url + "/config", {"Cookie": "; ".join(f"{k}={v}" for k, v in bob.cookies.items())}
            )
            == 401
        )
        # Sign-ins expire (session_hours = 0.002: about 7 seconds).
        time.sleep(8)
        with pytest.raises(Exception):  # noqa: B017 - any refusal
            alice.predict("en", api_name="/review_list")
        # Failed sign-ins are limited: after five, even the right password waits.
        assert [_login(url, "bob", "wrong password!") for _ in range(5)] == [400] * 5
        assert _login(url, "bob", PASSWORD) == 429
    from interviewer.config import load_settings
    from interviewer.services import Services

    svc = Services(load_settings(home=home))
    try:
        assert svc.repo.get_session(sid).owner == "user:alice"
    finally:
        svc.close()


def test_proxy_mode_believes_only_trusted_proxies(tmp_path) -> None:
    from gradio_client import Client

    home = tmp_path / "proxied"
    trusted = {
        "INTERVIEWER_AUTH": "proxy",
        "INTERVIEWER_TRUSTED_PROXIES": "127.0.0.1/32",
        "INTERVIEWER_PROXY_USER_HEADER": "X-Remote-User",
    }
    with served_app(home, trusted, ready_path="/healthz") as url:
        assert _status(url + "/config", {"X-Remote-User": "alice"}) == 200
        assert _status(url + "/config") == 401
        assert _status(url + "/config", {"X-Remote-User": "bad name!"}) == 401
        alice = Client(url, headers={"X-Remote-User": "alice"}, verbose=False, download_files=False)
        _, status, *_ = alice.predict(
            "en", "leader", "offline", None, "", "", "", False, api_name="/start"
        )
        sid = int(re.search(r"#(\d+)", status).group(1))
        bob = Client(url, headers={"X-Remote-User": "bob"}, verbose=False, download_files=False)
        with pytest.raises(Exception, match="No such interview"):
            bob.predict(sid, "en", api_name="/review_show")
    untrusted = {**trusted, "INTERVIEWER_TRUSTED_PROXIES": "10.9.8.7"}
    with served_app(tmp_path / "elsewhere", untrusted, ready_path="/healthz") as url:
        assert _status(url + "/config", {"X-Remote-User": "alice"}) == 401
