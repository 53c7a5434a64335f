"""Alembic: the chain is linear, a blank database reaches head, and the models match head."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from storage.db import (
    Database,
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    upgrade,
)
from storage.models import Base


def _script(url: str = "sqlite://"):
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(url))


def test_revision_chain_is_linear() -> None:
    script = _script()
    assert len(script.get_heads()) == 1, f"several heads: {script.get_heads()}"
    assert len(script.get_bases()) == 1, f"several bases: {script.get_bases()}"
    # walk_revisions goes head -> base; each revision's parent must be the next one walked.
    chain = list(script.walk_revisions())
    for newer, older in zip(chain, chain[1:], strict=False):
        assert newer.down_revision == older.revision, (
            f"{newer.revision} revises {newer.down_revision}, expected {older.revision}"
        )
    assert chain[-1].down_revision is None
    assert all(not rev.branch_labels and not rev.dependencies for rev in chain)


def test_revision_files_follow_the_date_template() -> None:
    for rev in _script().walk_revisions():
        name = Path(rev.path).name
        assert name[:4].isdigit() and f"-{rev.revision}_" in name, name


def test_blank_database_upgrades_to_head(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) is None
        assert upgrade(engine) is True
        assert current_revision(engine) == head_revision(db_url)
        tables = set(inspect(engine).get_table_names())
        assert {"resumes", "sessions", "turns", "grades", "llm_calls"} <= tables
        # A second upgrade is a no-op.
        assert upgrade(engine) is False
    finally:
        engine.dispose()


def test_models_match_head_schema(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    db = Database(db_url)
    try:
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = compare_metadata(ctx, Base.metadata)
        assert diffs == [], f"models and migrations disagree; write a migration: {diffs}"
    finally:
        db.dispose()


def test_downgrade_to_base_and_back(db_url: str) -> None:
    from alembic import command

    engine = make_engine(db_url)
    try:
        upgrade(engine)
        cfg = alembic_config(db_url)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        assert current_revision(engine) is None
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        assert upgrade(engine) is True
        assert current_revision(engine) == head_revision(db_url)
    finally:
        engine.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'wal.db'}")
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
        assert (tmp_path / "wal.db").exists()
    finally:
        db.dispose()


def test_sqlite_folder_is_never_made_and_the_file_is_private(tmp_path: Path) -> None:
    import pytest

    from interviewer.errors import ConfigError

    with pytest.raises(ConfigError, match="folder does not exist") as info:
        Database(f"sqlite:///{tmp_path / 'deep' / 'er' / 'x.db'}")
    assert "db_url" in str(info.value) and not (tmp_path / "deep").exists()
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    db.dispose()
    assert (tmp_path / "x.db").stat().st_mode & 0o777 == 0o600
