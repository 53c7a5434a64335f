"""Shared fixtures: every test gets its own app home, so nothing touches the user's real data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from ci_required import pytest_make_collect_report, pytest_runtest_makereport  # noqa: F401

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh INTERVIEWER_HOME per test; env vars that would leak the developer's setup are cleared."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("INTERVIEWER_HOME", str(home))
    for var in list(os.environ):
        if var.startswith("INTERVIEWER_") and var != "INTERVIEWER_HOME":
            monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def services(app_home: Path):
    """Services on a real SQLite file in the test's home."""
    from interviewer.services import Services

    svc = Services()
    yield svc
    svc.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """`slow` tests (real models and servers) run in CI or with RUN_SLOW=1; skipped otherwise."""
    if os.environ.get("CI") or os.environ.get("RUN_SLOW"):
        return
    skip = pytest.mark.skip(reason="slow: set RUN_SLOW=1 (CI runs these)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
