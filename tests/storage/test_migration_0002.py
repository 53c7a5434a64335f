"""Migration 0002: the accounts table, and each résumé owned by whoever owns its sessions."""

from __future__ import annotations

from sqlalchemy import inspect, text

from storage.db import alembic_config, make_engine, upgrade


def test_resume_owner_comes_from_its_sessions(db_url: str) -> None:
    from alembic import command

    engine = make_engine(db_url)
    try:
        cfg = alembic_config(db_url)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO resumes (id, source, lang, text, parsed, created_at) VALUES "
                    "(1, 'a.md', 'en', 'x', '{}', CURRENT_TIMESTAMP),"
                    "(2, 'b.md', 'en', 'y', '{}', CURRENT_TIMESTAMP)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO sessions (persona, rubric, lang, model, status, resume_id, "
                    "job_description, owner, persona_snapshot, rubric_snapshot, state, "
                    "created_at, updated_at) VALUES ('leader', 'star', 'en', 'offline', "
                    "'active', 1, '', 'browser-owner-0123456789', '{}', '{}', '{}', "
                    "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                )
            )
        assert upgrade(engine) is True
        with engine.connect() as conn:
            owners = dict(conn.execute(text("SELECT id, owner FROM resumes ORDER BY id")).all())
        assert owners == {1: "browser-owner-0123456789", 2: None}
        assert "accounts" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
