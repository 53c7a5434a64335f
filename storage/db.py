"""Engine creation (SQLite in WAL mode, or any URL such as PostgreSQL) and schema upgrades."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str) -> Engine:
    """Create an engine; for SQLite make the folder and turn on WAL, foreign keys and a busy wait."""
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        db_path = url.split("///", 1)[-1]
        if db_path and db_path != ":memory:":
            Path(db_path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    if url.startswith("sqlite"):

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            _journal_mode_wal(cur)
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

    return engine


def _journal_mode_wal(cur: Any) -> None:
    """Turn on WAL, retrying while another connection is switching the same new file.

    A new file starts in rollback-journal mode; switching it to WAL needs a write lock. When two
    connections switch at once, one holding a read lock and the other waiting to write, SQLite
    answers "database is locked" at once instead of calling the busy handler (it would deadlock).
    Seen as a rare failure of processes opening one blank database together (measured: 1 in 60 to
    120 starts of 8 processes); retrying after the read lock is released resolves it.
    """
    import sqlite3

    for attempt in range(_WAL_ATTEMPTS):
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or attempt == _WAL_ATTEMPTS - 1:
                raise
            time.sleep(0.01 * (attempt + 1))


_WAL_ATTEMPTS = 20


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.set_main_option("file_template", "%%(year)d_%%(month).2d_%%(day).2d-%%(rev)s_%%(slug)s")
    return cfg


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(url: str) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(url)).get_current_head()


#: Alembic's `context` is module-global, so migrations in one process must not overlap.
_UPGRADE_LOCK = threading.Lock()


def _lock_schema(conn: Any) -> None:
    """Hold a database-wide lock until the transaction ends, so two processes never migrate at once."""
    if conn.dialect.name == "sqlite":
        # pysqlite does not BEGIN before DDL; an IMMEDIATE transaction makes the migration atomic
        # and makes a second migrator wait (busy_timeout) instead of hitting "already exists".
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7423911)")


def upgrade(engine: Engine) -> bool:
    """Bring the schema to head when it is behind; returns True when it ran migrations."""
    url = engine.url.render_as_string(hide_password=False)
    head = head_revision(url)
    if current_revision(engine) == head:
        return False
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    cfg = alembic_config(url)
    with _UPGRADE_LOCK, engine.begin() as conn:
        _lock_schema(conn)
        # Another process may have migrated while we waited for the lock.
        if MigrationContext.configure(conn).get_current_revision() == head:
            return False
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True


class Database:
    """An engine plus a session factory; the app makes one and passes it around."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        if migrate:
            upgrade(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on error."""
        with self._sessions() as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()
