"""`interviewer db upgrade|current|path` on a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from interviewer.cli import cli
from interviewer.cli.db import mask_url
from storage.db import head_revision


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["db", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def test_path_is_the_default_sqlite_file(app_home: Path) -> None:
    code, out = run("path")
    assert code == 0 and out.strip() == f"sqlite:///{app_home / 'interviewer.db'}"
    assert not (app_home / "interviewer.db").exists()


def test_path_masks_the_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEWER_DB_URL", "postgresql+psycopg://coach:s3cr%40t@db.local:5432/iv")
    code, out = run("path")
    assert code == 0
    assert out.strip() == "postgresql+psycopg://coach:***@db.local:5432/iv"


@pytest.mark.parametrize(
    "url,expected",
    [
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
        ("postgresql://u:pw@h/db", "postgresql://u:***@h/db"),
        ("postgresql://u@h/db", "postgresql://u@h/db"),
        (
            "mysql+pymysql://root:toor@127.0.0.1:3306/app?charset=utf8mb4",
            "mysql+pymysql://root:***@127.0.0.1:3306/app?charset=utf8mb4",
        ),
        ("not a url://user:hunter2@host", "not a url://user:***@host"),
    ],
)
def test_mask_url(url: str, expected: str) -> None:
    assert mask_url(url) == expected


def test_current_then_upgrade_then_current(app_home: Path) -> None:
    head = head_revision("sqlite://")
    code, out = run("current")
    assert code == 0
    assert "current: none (database not created yet)" in out and f"head:    {head}" in out
    assert "interviewer db upgrade" in out

    code, out = run("upgrade")
    assert code == 0 and f"upgraded empty -> {head}" in out
    with sqlite3.connect(app_home / "interviewer.db") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)

    code, out = run("current", "--json")
    assert code == 0
    assert json.loads(out) == {
        "url": f"sqlite:///{app_home / 'interviewer.db'}",
        "current": head,
        "head": head,
        "up_to_date": True,
    }

    code, out = run("upgrade")
    assert code == 0 and f"already at {head}" in out


def test_empty_existing_file_is_upgraded(app_home: Path) -> None:
    sqlite3.connect(app_home / "interviewer.db").close()
    code, out = run("current")
    assert "none (empty database)" in out
    code, out = run("upgrade")
    assert code == 0 and "upgraded empty ->" in out


def test_db_url_from_config_file(app_home: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / "team.db"
    (app_home / "config.toml").write_text(f'db_url = "sqlite:///{other}"\n', encoding="utf-8")
    assert run("path")[1].strip() == f"sqlite:///{other}"
    from interviewer.errors import ConfigError

    with pytest.raises(ConfigError, match="folder does not exist"):
        run("upgrade")  # folders outside the home are never made unasked
    assert not other.parent.exists()
    other.parent.mkdir()
    assert run("upgrade")[0] == 0 and other.is_file()


def test_unopenable_database_is_a_clean_error(
    app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_db = app_home / "garbage.db"
    not_a_db.write_bytes(b"this is not a database file at all" * 100)
    monkeypatch.setenv("INTERVIEWER_DB_URL", f"sqlite:///{not_a_db}")
    for command in ("current", "upgrade"):
        code, out = run(command)
        assert code == 1, out
        assert "database error" in out and "not a database" in out and "hint:" in out
