"""The suite itself: a test of the project's own code may not skip because that code is broken."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
OWN = re.compile(r"importorskip\(\s*[\"'](interviewer|storage|bench)\b")


def test_no_test_skips_when_a_project_module_fails_to_import() -> None:
    """`pytest.importorskip` is for optional third-party packages; a broken project module must
    fail the run (an ImportError), not turn its tests into skips."""
    found = [
        f"{path.relative_to(TESTS)}:{n}"
        for path in TESTS.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OWN.search(line)
    ]
    assert found == []
