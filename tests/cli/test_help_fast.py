"""`interviewer --help` and `import interviewer.cli` stay light: no heavy library is imported.

Checked in a fresh interpreter by module presence in sys.modules, never by timing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from interviewer.cli import COMMANDS

HEAVY = (
    "gradio",
    "litellm",
    "sqlalchemy",
    "faster_whisper",
    "pypdf",
    "docx",
    "alembic",
    "ctranslate2",
    "numpy",
    "openai",
    "edge_tts",
    "psycopg",
)
#: What `--help` of any single command must not pull in either.
HEAVY_FOR_SUBCOMMANDS = ("gradio", "litellm", "sqlalchemy", "faster_whisper", "pypdf", "docx")

_PROBE = """
import json, sys
heavy = json.loads(sys.argv[1])
args = json.loads(sys.argv[2])
if args is None:
    import interviewer.cli
else:
    from interviewer.cli import main
    sys.argv = ["interviewer", *args]
    try:
        main()
    except SystemExit as e:
        assert e.code in (0, None), e.code
loaded = sorted({m.split(".")[0] for m in sys.modules} & set(heavy))
sys.stderr.write("HEAVY=" + json.dumps(loaded) + "\\n")
"""


def heavy_modules_after(
    args: list[str] | None, heavy: tuple[str, ...] = HEAVY
) -> tuple[list[str], str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(list(heavy)), json.dumps(args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    marker = [line for line in proc.stderr.splitlines() if line.startswith("HEAVY=")]
    assert marker, proc.stderr[-3000:]
    return json.loads(marker[-1][len("HEAVY=") :]), proc.stdout


def test_import_cli_is_light() -> None:
    loaded, _ = heavy_modules_after(None)
    assert loaded == []


def test_top_level_help_is_light_and_lists_every_command() -> None:
    loaded, out = heavy_modules_after(["--help"])
    assert loaded == []
    for name in COMMANDS:
        assert name in out


def test_version_is_light() -> None:
    loaded, out = heavy_modules_after(["--version"])
    assert loaded == [] and "interviewer" in out


def _module_exists(target: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(target.split(":")[0]) is not None


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_command_help_is_light(command: str) -> None:
    if not _module_exists(COMMANDS[command][0]):
        pytest.skip(f"{COMMANDS[command][0]} is not written yet")
    loaded, out = heavy_modules_after([command, "--help"], HEAVY_FOR_SUBCOMMANDS)
    assert loaded == [], f"`interviewer {command} --help` imports {loaded}; import them lazily"
    assert "Usage:" in out


@pytest.mark.parametrize(
    "args",
    [
        ["sessions", "list", "--help"],
        ["sessions", "export", "--help"],
        ["personas", "show", "--help"],
        ["rubrics", "validate", "--help"],
        ["db", "upgrade", "--help"],
    ],
)
def test_subcommand_help_is_light(args: list[str]) -> None:
    loaded, out = heavy_modules_after(args, HEAVY_FOR_SUBCOMMANDS)
    assert loaded == [] and "Usage:" in out


#: Libraries only a configured model needs: the offline engine must never import them.
MODEL_ONLY = ("litellm", "openai", "tiktoken", "tokenizers")

_RUN = """
import json, sys
heavy = json.loads(sys.argv[1])
from interviewer.cli import main
sys.argv = ["interviewer", *json.loads(sys.argv[2])]
try:
    main()
except SystemExit as e:
    assert e.code in (0, None), e.code
loaded = sorted({m.split(".")[0] for m in sys.modules} & set(heavy))
sys.stderr.write("HEAVY=" + json.dumps(loaded) + "\\n")
"""

_ANSWER = (
    "I rebuilt the retrieval myself and cut p95 from 900 ms to 300 ms, measured on 2,000 queries."
)


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["grade", "--question", "How did you cut latency?", "--answer", _ANSWER], ""),
        (["practice", "--persona", "deep_dive"], _ANSWER + "\n\n"),
        (["sessions", "list"], ""),
    ],
    ids=["grade", "practice", "sessions"],
)
def test_offline_commands_never_import_a_model_library(args: list[str], stdin: str) -> None:
    """With the model `offline` (the default), a real run imports no model client: litellm's
    first import alone costs 20–40 s on a small machine and every CLI subprocess would pay it."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONSTARTUP", "INTERVIEWER_MODEL")}
    proc = subprocess.run(
        [sys.executable, "-c", _RUN, json.dumps(list(MODEL_ONLY)), json.dumps(args)],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    marker = [line for line in proc.stderr.splitlines() if line.startswith("HEAVY=")]
    assert marker, proc.stderr[-3000:]
    loaded = json.loads(marker[-1][len("HEAVY=") :])
    assert loaded == [], f"offline `interviewer {args[0]}` imports {loaded}; import them lazily"
