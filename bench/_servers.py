"""Starting the real servers that benchmarks and browser tests talk to: `interviewer serve` with
its own home, or any process that answers on a URL once it is ready (e.g. llama.cpp's server).
Shared by bench/ and tests/ (pytest puts the repository root on sys.path).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
    """A port on 127.0.0.1 that nothing listens on (now)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def process_until_ready(
    cmd: list[str],
    ready_url: str,
    *,
    name: str,
    timeout: float,
    poll: float = 0.2,
    log: Path | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> Iterator[subprocess.Popen[bytes]]:
    """Start `cmd`, wait until `ready_url` answers 200, yield the process; stop it on exit.

    Output goes to `log` (or a temporary file): a file, not a pipe nobody reads, so a chatty
    server never blocks. Raises RuntimeError with the end of the log if the process exits
    first, TimeoutError if it is not ready within `timeout` seconds.
    """
    out = log.open("wb") if log is not None else tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd)

    def tail() -> str:
        out.flush()
        if log is not None:
            return log.read_text(errors="replace")[-2000:]
        out.seek(0)
        return out.read().decode(errors="replace")[-2000:]

    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{name} exited with {proc.returncode}: {tail()}")
            try:
                with urllib.request.urlopen(ready_url, timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"{name} not ready after {timeout:.0f} s: {tail()}")
            time.sleep(poll)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        out.close()


@contextmanager
def served_app(
    home: Path,
    settings: dict[str, str] | None = None,
    *,
    timeout: float = 90.0,
    poll: float = 0.2,
    ready_path: str = "/config",
) -> Iterator[str]:
    """Run `interviewer serve` on a free port with its own home; yields the URL once it answers.

    `settings` are extra INTERVIEWER_* variables (by default questions are not spoken). The
    server's output is in `<home>/serve.log`. Team mode answers /config only after sign-in:
    pass ready_path="/healthz" there.
    """
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTERVIEWER_")}
    env.update(
        INTERVIEWER_HOME=str(home),
        GRADIO_ANALYTICS_ENABLED="False",
        LITELLM_LOCAL_MODEL_COST_MAP="True",
        INTERVIEWER_TTS="off",
    )
    env.update(settings or {})
    home.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{port}"
    with process_until_ready(
        [sys.executable, "-m", "interviewer", "serve", "--port", str(port)],
        url + ready_path,
        name="interviewer serve",
        timeout=timeout,
        poll=poll,
        log=home / "serve.log",
        env=env,
        cwd=home,
    ):
        yield url
