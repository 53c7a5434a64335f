"""In CI a test that would skip for a missing real part fails; elsewhere it still skips."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent

SAMPLE = """
import pytest

pytest.importorskip("no_such_llama_cpp_module", reason="llama-cpp-python[server] is not installed")
"""

SAMPLE_TESTS = """
import pytest

def test_needs_espeak():
    pytest.skip("espeak-ng is not installed")

def test_optional_thing():
    pytest.skip("needs Linux /proc/net/tcp")

@pytest.mark.skipif(True, reason="Debian chromium is not installed")
def test_needs_chromium():
    pass
"""


def _run(tmp_path: Path, ci: bool) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_module_skip.py").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "test_skips.py").write_text(SAMPLE_TESTS, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "RUN_SLOW")}
    if ci:
        env["CI"] = "true"
    env["PYTHONPATH"] = str(TESTS)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "ci_required",
            "-p",
            "no:cacheprovider",
            "-q",
            "-rA",
            "--continue-on-collection-errors",
            str(tmp_path),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize("ci", [True, False], ids=["ci", "local"])
def test_missing_real_parts_fail_only_in_ci(tmp_path: Path, ci: bool) -> None:
    proc = _run(tmp_path, ci)
    out = proc.stdout
    if ci:
        assert proc.returncode != 0, out
        assert "required in CI, but missing: espeak-ng" in out
        assert "required in CI, but missing: Debian chromium" in out
        assert "llama-cpp-python[server] is not installed" in out and "ERROR" in out
        assert "1 skipped" in out  # a skip for anything else stays a skip
    else:
        assert proc.returncode == 0, out
        assert "3 skipped" in out or "4 skipped" in out, out
