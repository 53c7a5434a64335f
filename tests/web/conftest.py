"""Fixtures for the web tests: a real `interviewer serve` process and a real headless chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def served(home: Path, timeout: float = 90.0) -> Iterator[str]:
    """Run `interviewer serve` on a free port with its own home; yields the URL once it answers."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTERVIEWER_")}
    env.update(
        INTERVIEWER_HOME=str(home),
        GRADIO_ANALYTICS_ENABLED="False",
        LITELLM_LOCAL_MODEL_COST_MAP="True",
        INTERVIEWER_TTS="off",
    )
    home.mkdir(parents=True, exist_ok=True)
    log = (home / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "interviewer", "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=str(home),
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"serve exited: {(home / 'serve.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(url + "/config", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"serve not ready: {(home / 'serve.log').read_text()[-2000:]}")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(url, home) of one served app shared by a test module."""
    home = tmp_path_factory.mktemp("served") / "home"
    with served(home) as url:
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
