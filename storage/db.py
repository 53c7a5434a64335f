"""Engine creation (SQLite in WAL mode, or any URL such as PostgreSQL) and schema upgrades."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: How long a SQLite write waits for another writer before it fails ("locked").
SQLITE_BUSY_SECONDS = 30.0


def make_engine(url: str) -> Engine:
    """Create an engine; for SQLite turn on WAL, foreign keys and a busy wait.

    A SQLite file is made private (mode 600) and never in a folder that does not exist: folders
    outside the app home are the operator's to create.
    """
    kwargs: dict[str, Any] = {}
    db_file: Path | None = None
    if url.startswith("sqlite"):
        db_path = url.split("///", 1)[-1]
        if db_path and db_path != ":memory:":
            db_file = Path(db_path).expanduser()
            _private_file(db_file)
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_SECONDS, "check_same_thread": False}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    if url.startswith("sqlite"):

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            _journal_mode_wal(cur, db_file)
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_SECONDS * 1000)}")
            cur.close()

    return engine


def _journal_mode_wal(cur: Any, path: Path | None = None) -> None:
    """Turn on WAL once per file: switched by one connection at a time, never re-switched.

    A new file starts in rollback-journal mode; switching it to WAL rewrites the file header and
    sets up the -wal and -shm files. When several processes open one blank database together and
    all switch at once, SQLite answers "database is locked" at once instead of calling the busy
    handler (it would deadlock) and, rarely, "disk I/O error" (one failed CI run of the concurrent
    first start). So a connection first asks which mode the file is in (WAL is stored in the file,
    so every later connection stops there); only a file not yet in WAL is switched, by one
    connection at a time across processes (a lock on its folder), retried while another
    connection still holds the file.
    """
    if _mode(cur) == "wal":
        return
    with _folder_lock(path.parent if path else None):
        for attempt in range(_WAL_ATTEMPTS):
            try:
                if _mode(cur) != "wal":
                    cur.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as e:
                transient = "locked" in str(e) or "disk i/o" in str(e).lower()
                if not transient or attempt == _WAL_ATTEMPTS - 1:
                    raise
                time.sleep(0.01 * (attempt + 1))


_WAL_ATTEMPTS = 20


def _mode(cur: Any) -> str:
    cur.execute("PRAGMA journal_mode")
    row = cur.fetchone()
    return str(row[0]).lower() if row else ""


@contextmanager
def _folder_lock(folder: Path | None) -> Iterator[None]:
    """An exclusive lock other processes' first connections wait for (POSIX only).

    The folder, not the database file, is locked: closing any descriptor of the database file
    would drop the locks SQLite holds on it in this process.
    """
    try:
        import fcntl
    except ImportError:  # Windows: no flock; the retries above still apply
        yield
        return
    if folder is None:
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _private_file(path: Path) -> None:
    """Make the SQLite file readable by its owner only (its -wal and -shm files follow its mode).

    A new file is made under a temporary name and linked into place with no descriptor of it left
    open: closing a descriptor of the database file while another thread's SQLite connection holds
    locks on it would silently drop those locks.
    """
    from interviewer.errors import ConfigError

    if not path.parent.is_dir():
        raise ConfigError(
            f"the database folder does not exist: {path.parent}",
            "create it, or point db_url (INTERVIEWER_DB_URL) at an existing folder",
        )
    try:
        if not path.exists():
            _create_private(path)
        elif path.stat().st_mode & 0o077 and path.stat().st_uid == os.getuid():
            os.chmod(path, 0o600)
    except OSError as e:
        raise storage_error(e, path) from e


def _create_private(path: Path) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.new")
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass  # another process or thread made it first
    finally:
        tmp.unlink(missing_ok=True)


def storage_error(e: BaseException, where: object = None) -> Any:
    """A StorageError in plain words for a failed database or file operation."""
    from interviewer.errors import StorageError

    text = str(getattr(e, "orig", None) or e).lower()
    place = f" ({where})" if where else ""
    folder = Path(str(where)).parent if where else None
    read_only = folder is not None and folder.is_dir() and not os.access(folder, os.W_OK)
    if read_only or any(w in text for w in ("readonly", "read-only", "permission denied")):
        return StorageError(
            f"the database cannot be written{place}: the disk or folder is read-only",
            "check the permissions and free space of the app home, then try again",
        )
    if "full" in text or "no space" in text:
        return StorageError(
            f"the disk is full{place}", "free some space on the app home's disk, then try again"
        )
    if "locked" in text or "busy" in text:
        return StorageError(
            "the database stayed locked by another program for too long",
            "wait a moment and try again",
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StorageError(
            f"the database file is damaged or is not a SQLite database{place}",
            "move the file away (a new one is made on the next start) or restore a backup",
        )
    if "unable to open" in text:
        return StorageError(
            f"the database file cannot be opened{place}",
            "check that the app home exists and can be written, then try again",
        )
    if "connect" in text or "server" in text or "timeout" in text:
        return StorageError(
            "the database server cannot be reached",
            "check that PostgreSQL is running and db_url is right, then try again",
        )
    first = str(getattr(e, "orig", None) or e).strip().splitlines()[0][:200]
    return StorageError(
        f"the database failed: {first}", "try again; `interviewer doctor` checks it"
    )


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
            try:
                upgrade(self.engine)
            except (OperationalError, DatabaseError) as e:
                self.engine.dispose()
                raise storage_error(e, _where(url)) from e
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on error.

        A database that cannot be reached, written or read raises StorageError in plain words
        (integrity errors stay as they are: callers decide about those).
        """
        with self._sessions() as s:
            try:
                yield s
                s.commit()
            except IntegrityError:
                s.rollback()
                raise
            except (OperationalError, DatabaseError) as e:
                _rollback_quietly(s)
                raise storage_error(e, _where(self.url)) from e
            except BaseException:
                _rollback_quietly(s)
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def _where(url: str) -> str | None:
    """The database file named in messages (never a server URL, which may hold a password)."""
    return url.split("///", 1)[-1] if url.startswith("sqlite") else None


def _rollback_quietly(s: Session) -> None:
    try:
        s.rollback()
    except (OperationalError, DatabaseError):
        pass  # the connection is gone; the error that got us here says so
