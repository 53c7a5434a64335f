"""Shared helpers for the reliability tests: the real CLI in a subprocess, DB snapshots, fakes."""

from __future__ import annotations

import importlib.util
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

TESTS = Path(__file__).resolve().parents[1]
ENGINE_DATA = TESTS / "data" / "engine"
FIXTURES = TESTS / "data" / "reliability"
TABLES = ("resumes", "sessions", "turns", "grades", "llm_calls")
#: Words an actionable hint starts with or contains ("what to do").
ACTION = re.compile(
    r"\b(fix|use|give|check|remove|paste|save|indent|rename|delete|write|compare|split|shorten|"
    r"answer|try|run|set|export|convert|unlock|keep|make)\b",
    re.IGNORECASE,
)


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a CLI run: the test's home, no developer INTERVIEWER_* or keys."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("INTERVIEWER_") and not k.endswith("_API_KEY")
    }
    env.update(
        INTERVIEWER_HOME=str(home), LITELLM_LOCAL_MODEL_COST_MAP="True", PYTHONUNBUFFERED="1"
    )
    env.update(extra)
    return env


def run_cli(
    args: list[str], home: Path, stdin: str = "", timeout: float = 180, **env: str
) -> subprocess.CompletedProcess[str]:
    """`python -m interviewer ARGS` with stdin, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "interviewer", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=cli_env(home, **env),
        timeout=timeout,
    )


def blocks(answers: list[str]) -> str:
    """Answers as practice reads them: blank-line-separated blocks."""
    return "".join(f"{a}\n\n" for a in answers)


def db_path(home: Path) -> Path:
    return home / "interviewer.db"


def db_counts(home: Path) -> dict[str, int]:
    """Row counts of every table that holds user data ({} when there is no database yet)."""
    path = db_path(home)
    if not path.exists():
        return {}
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def db_rows(home: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(f"file:{db_path(home)}?mode=ro", uri=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def seed_session(home: Path) -> int:
    """One real stored session with an answer, so 'untouched' means something."""
    proc = run_cli(
        ["practice", "--persona", "leader", "--lang", "en", "--json"],
        home,
        blocks(["I cut p95 latency from 900 ms to 300 ms by caching embeddings."]),
    )
    assert proc.returncode == 0, proc.stderr
    counts = db_counts(home)
    assert counts["sessions"] == 1 and counts["turns"] >= 2 and counts["grades"] > 0
    return 1


def assert_clean_failure(proc: subprocess.CompletedProcess[str], *needles: str) -> str:
    """Exit code ≠ 0, no traceback, every needle named, and a hint that says what to do."""
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out[-2000:]
    assert "Traceback" not in out, out[-3000:]
    for needle in needles:
        assert needle in proc.stderr, f"{needle!r} not named in: {proc.stderr[-2000:]}"
    assert ACTION.search(proc.stderr), f"no 'what to do' in: {proc.stderr[-2000:]}"
    return proc.stderr


def load_fake_server_module() -> ModuleType:
    """tests/llm/fake_openai_server.py, imported by path (tests/ is not a package)."""
    name = "reliability_fake_openai_server"
    if name in sys.modules:
        return sys.modules[name]
    path = TESTS / "llm" / "fake_openai_server.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def last_json(stdout: str) -> dict[str, Any]:
    import json

    return json.loads(stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ bad files, made for real


def text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a real text layer (fpdf2)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    for line in lines:
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    """Filled shapes and no text, as a scanned page looks to a text extractor."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(30, 30, 30)
    for row in range(25):
        pdf.rect(15, 15 + row * 10, 170, 5, style="F")
    return bytes(pdf.output())


def blank_pdf() -> bytes:
    """A valid PDF whose only page is empty."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    return bytes(pdf.output())


def encrypted_pdf(data: bytes, password: str = "open-sesame") -> bytes:
    """The same PDF locked with a user password (AES-256)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password="owner-" + password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
