"""`interviewer serve`: loopback only by default, prints its URL, a busy port is a plain error."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a LISTEN socket on `port`, from /proc/net/tcp and tcp6."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            addr, hex_port = fields[1].rsplit(":", 1)
            if fields[3] == "0A" and int(hex_port, 16) == port:
                found.add(addr)
    return found


def test_binds_loopback_only_and_prints_the_url(server):
    url, home = server
    port = int(url.rsplit(":", 1)[1])
    if not Path("/proc/net/tcp").exists():
        pytest.skip("needs Linux /proc/net/tcp")
    assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1, nothing else
    log = home / "serve.log"
    deadline = time.monotonic() + 30  # the line follows the first answer to /config
    while f"running on http://127.0.0.1:{port}" not in log.read_text():
        assert time.monotonic() < deadline, log.read_text()
        time.sleep(0.1)


def test_busy_port_is_a_plain_error(app_home):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {**os.environ, "INTERVIEWER_HOME": str(app_home), "GRADIO_ANALYTICS_ENABLED": "False"}
        run = subprocess.run(
            [sys.executable, "-m", "interviewer", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            env=env,
            timeout=180,
        )
    assert run.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in run.stderr and "--port" in run.stderr
    assert "Traceback" not in run.stderr
