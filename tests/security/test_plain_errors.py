"""Issue 13, item 8: every broken setup is one plain line (and its hint), exit 1, no traceback.

Read-only homes are real read-only bind mounts (CI runs as root, which a chmod would not stop).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ANSWER = "I led the search rewrite; recall went from 72% to 86% on 2,000 queries.\n"


def _cli(
    home: Path, *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("INTERVIEWER_")}
    full.update(
        INTERVIEWER_HOME=str(home), LITELLM_LOCAL_MODEL_COST_MAP="True", INTERVIEWER_TTS="off"
    )
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "interviewer", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
    )


def _assert_plain(proc: subprocess.CompletedProcess[str], *words: str) -> str:
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out[-3000:]
    assert "Traceback" not in out, out[-3000:]
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert 1 <= len(lines) <= 2, proc.stderr  # the problem, and at most a hint
    for word in words:
        assert word in proc.stderr, proc.stderr
    return proc.stderr


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """`folder` as a read-only bind mount of itself, for the duration."""
    if os.geteuid() != 0:
        pytest.skip("read-only bind mounts need root (CI runs as root)")
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def _practised_home(tmp_path: Path) -> Path:
    home = tmp_path / "h"
    home.mkdir()
    proc = _cli(home, "practice", "--persona", "leader", "--lang", "en", stdin=ANSWER)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return home


def test_read_only_home(tmp_path: Path) -> None:
    home = _practised_home(tmp_path)
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    with read_only(home), read_only(fresh):
        _assert_plain(_cli(home, "practice", "--persona", "leader", stdin=ANSWER), "read-only")
        _assert_plain(_cli(home, "serve", "--port", "1"), "read-only")
        _assert_plain(_cli(fresh, "practice", "--persona", "leader", stdin=ANSWER))
        _assert_plain(_cli(fresh, "sessions", "list"))


def test_corrupt_database(tmp_path: Path) -> None:
    home = tmp_path / "h"
    home.mkdir()
    (home / "interviewer.db").write_bytes(b"this is not a database, just text. " * 200)
    for args in (["practice", "--persona", "leader"], ["sessions", "list"]):
        _assert_plain(_cli(home, *args, stdin=ANSWER), "damaged")


@pytest.mark.parametrize(
    ("config", "words"),
    [
        ("port = 99999\n", ["port"]),
        ('db_url = "mysql://root@localhost/interviews"\n', ["db_url", "mysql"]),
        ("max_retries = -1\n", ["max_retries"]),
        ('lang = "fr"\n', ["lang"]),
        ("timeout = 0\n", ["timeout"]),
        ('auth = "ldap"\n', ["auth"]),
        ('trusted_proxies = ["not-an-address"]\n', ["trusted_proxies"]),
    ],
)
def test_bad_settings_are_named(tmp_path: Path, config: str, words: list[str]) -> None:
    home = tmp_path / "h"
    home.mkdir()
    (home / "config.toml").write_text(config, encoding="utf-8")
    for args in (["serve"], ["practice", "--persona", "leader"]):
        _assert_plain(_cli(home, *args, stdin=ANSWER), *words)
    assert not (home / "interviewer.db").exists()


def test_database_in_a_missing_folder_is_never_made(tmp_path: Path) -> None:
    home = tmp_path / "h"
    home.mkdir()
    for url in (
        f"sqlite:///{tmp_path}/no/such/dir/x.db",
        "sqlite:////interviewer-sec-test-no-dir/x.db",
    ):
        _assert_plain(
            _cli(
                home,
                "practice",
                "--persona",
                "leader",
                env={"INTERVIEWER_DB_URL": url},
                stdin=ANSWER,
            ),
            "does not exist",
        )
    assert not (tmp_path / "no").exists() and not Path("/interviewer-sec-test-no-dir").exists()


def test_serving_beyond_loopback_needs_team_mode(tmp_path: Path) -> None:
    home = tmp_path / "h"
    home.mkdir()
    err = _assert_plain(_cli(home, "serve", "--host", "0.0.0.0", "--port", "1"), "auth")
    assert len([ln for ln in err.splitlines() if ln.strip()]) == 1, err


def test_home_and_database_are_private(tmp_path: Path) -> None:
    home = _practised_home(tmp_path)
    assert home.stat().st_mode & 0o777 == 0o700
    assert (home / "interviewer.db").stat().st_mode & 0o777 == 0o600
    older = tmp_path / "older"
    older.mkdir(mode=0o755)
    os.chmod(older, 0o755)  # a home made by an older version, readable by everyone
    assert _cli(older, "sessions", "list").returncode == 0
    assert older.stat().st_mode & 0o777 == 0o700
