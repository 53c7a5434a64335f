"""Fixtures for the web tests: a real `interviewer serve` process and a real headless chromium."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench._servers import CHROMIUM, CHROMIUM_ARGS, served_app

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(url, home) of one served app shared by a test module."""
    home = tmp_path_factory.mktemp("served") / "home"
    with served_app(home) as url:
        yield url, home


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """A headless Debian chromium driven by Playwright."""
    if not Path(CHROMIUM).exists() and not os.environ.get("CI"):
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def served_db():
    """Open Services on a served app's home (to check the rows the browser created)."""
    from interviewer.config import load_settings
    from interviewer.services import Services

    opened: list[Services] = []

    def open_(home: Path) -> Services:
        opened.append(Services(load_settings(home=home)))
        return opened[-1]

    yield open_
    for svc in opened:
        svc.close()


@pytest.fixture
def shot():
    """Save a full-page screenshot as a test artefact in test-artifacts/."""

    def take(page, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    return take
