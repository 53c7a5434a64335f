"""PostgreSQL by URL: the whole app path (Services, CLI) works and never prints the password."""

from __future__ import annotations

import json
import uuid
from datetime import UTC

import pytest
from click.testing import CliRunner

from interviewer.cli import cli
from interviewer.types import CriterionGrade, GradeResult, TurnRecord


@pytest.fixture
def pg_password_url(pg_cluster) -> str:  # type: ignore[no-untyped-def]
    """A fresh database owned by a role that has a password, as a URL containing it."""
    import psycopg

    role, password = f"u_{uuid.uuid4().hex[:8]}", f"pw-{uuid.uuid4().hex}"
    url = pg_cluster.create_database()
    dbname = url.rsplit("/", 1)[1]
    with psycopg.connect(
        f"host=127.0.0.1 port={pg_cluster.port} user=postgres dbname=postgres", autocommit=True
    ) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        conn.execute(f'ALTER DATABASE "{dbname}" OWNER TO {role}')
    return f"postgresql+psycopg://{role}:{password}@127.0.0.1:{pg_cluster.port}/{dbname}"


def test_services_run_on_postgres(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewer.services import Services

    monkeypatch.setenv("INTERVIEWER_DB_URL", pg_url)
    svc = Services()
    try:
        assert svc.db.engine.dialect.name == "postgresql"
        sid = svc.repo.create_session(
            persona="deep_dive",
            rubric="star",
            lang="zh",
            model="offline",
            persona_snapshot={"name": {"zh": "技术深挖"}},
            rubric_snapshot={"id": "star"},
        )
        tid = svc.repo.add_turn(
            TurnRecord(
                session_id=sid,
                index=0,
                role="candidate",
                kind="answer",
                text="延迟从 800 ms 降到 300 ms 😀",
            )
        )
        svc.repo.add_grades(
            tid,
            GradeResult(
                criteria=[CriterionGrade(criterion="metrics", score=4, evidence=["800 ms"])],
                overall=75.0,
                grader="offline",
                rubric="star",
            ),
        )
        rec = svc.repo.get_session(sid)
        assert rec.persona_snapshot == {"name": {"zh": "技术深挖"}}
        assert rec.turns[0].text.endswith("😀")
        assert rec.created_at.tzinfo is not None
        assert rec.created_at.astimezone(UTC).utcoffset().total_seconds() == 0  # type: ignore[union-attr]
        assert rec.turns[0].grades[0].criteria[0].evidence == ["800 ms"]
    finally:
        svc.close()


def test_cli_db_and_sessions_on_postgres(
    pg_password_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERVIEWER_DB_URL", pg_password_url)
    password = pg_password_url.split(":")[2].split("@")[0]
    runner = CliRunner()

    path = runner.invoke(cli, ["db", "path"])
    assert path.exit_code == 0 and password not in path.output and "***" in path.output

    up = runner.invoke(cli, ["db", "upgrade"])
    assert up.exit_code == 0, up.output
    assert "empty -> " in up.output and password not in up.output

    cur = runner.invoke(cli, ["db", "current", "--json"])
    assert cur.exit_code == 0, cur.output
    data = json.loads(cur.output)
    assert data["up_to_date"] is True and password not in data["url"]

    listed = runner.invoke(cli, ["sessions", "list", "--json"])
    assert listed.exit_code == 0 and json.loads(listed.output) == []

    doc = runner.invoke(cli, ["doctor", "--json"])
    assert password not in doc.output
    assert json.loads(doc.output)["database"]["status"] == "ok"


def test_unreachable_postgres_is_a_clean_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("psycopg")
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv(
        "INTERVIEWER_DB_URL", f"postgresql+psycopg://app:hunter2secret@127.0.0.1:{port}/nowhere"
    )
    runner = CliRunner()
    cur = runner.invoke(cli, ["db", "current"])
    assert cur.exit_code == 1 and "database error" in cur.output
    assert "hunter2secret" not in cur.output
    assert cur.exception is None or isinstance(cur.exception, SystemExit)
    doc = runner.invoke(cli, ["doctor", "--json"])
    assert doc.exit_code == 1 and "hunter2secret" not in doc.output
    report = json.loads(doc.output)
    assert report["database"]["status"] == "error"
    assert report["database"]["detail"].startswith("cannot open")
