"""Fixtures for the model-layer tests: a misbehaving OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import pytest
from fake_openai_server import FakeOpenAIServer


@pytest.fixture
def fake_server():
    """A fresh fake server per test (mode "normal"; switch with .mode or .script([...]))."""
    server = FakeOpenAIServer(slow_seconds=30).start()
    yield server
    server.stop()
