"""The résumé read by a model over real HTTP (the fake OpenAI-compatible server): verified, merged,
and the offline reading alone when the model fails."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "llm"))
from fake_openai_server import SECRET, FakeOpenAIServer  # noqa: E402

from interviewer.config import load_settings  # noqa: E402
from interviewer.llm.factory import make_chat_model  # noqa: E402
from interviewer.resume import parse_resume_text  # noqa: E402
from interviewer.resume.llm_reading import read_with_model  # noqa: E402

TEXT = (
    "Experience\nAcme Retail, Remote - ML Engineer      2021 - present\n"
    "- Built the returns classifier; refund fraud losses fell from $90k to $40k a quarter\n"
    "- Ran Hermes, our support summarizer, which tripled agent throughput\n"
)


def model_reply(body: dict[str, Any], mode: str) -> str:
    del mode
    return json.dumps(
        {
            "projects": [
                {
                    "name": "Hermes",
                    "kind": "serving",
                    "bullets": [
                        "Ran Hermes, our support summarizer, which tripled agent throughput"
                    ],
                    "claims": [
                        {
                            "text": "tripled agent throughput",
                            "label": "agent throughput",
                            "result": 3,
                            "unit": "x",
                        }
                    ],
                },
                {
                    "name": "Quantum Ledger",
                    "kind": "data",
                    "bullets": ["Invented bullet"],
                    "claims": [{"text": "saved $5M", "label": "cost", "result": 5000000}],
                },
                {
                    "name": "returns classifier",
                    "kind": "ml",
                    "bullets": [],
                    "claims": [{"text": "revenue up 300%", "label": "revenue", "result": 300}],
                },
            ]
        }
    )


@pytest.fixture
def server():
    srv = FakeOpenAIServer(responder=model_reply).start()
    yield srv
    srv.stop()


def model_for(srv: FakeOpenAIServer, services: Any) -> Any:
    settings = load_settings(api_base=srv.base_url, api_key=SECRET, timeout=20, max_retries=0)
    return make_chat_model(settings, "openai/fake")


def test_model_projects_and_claims_are_kept_only_when_found_in_the_text(server, services):
    offline = parse_resume_text(TEXT)
    merged = read_with_model(offline, model_for(server, services))
    names = [p.name for p in merged.projects]
    assert "Quantum Ledger" not in names  # not in the résumé: dropped
    hermes = [p for p in merged.projects if "Hermes" in p.name]
    assert hermes and any(m.unit == "x" and m.value == 3 for p in hermes for m in p.metrics)
    assert not any("300%" in m.text for m in merged.metrics)  # a claim the résumé never made
    assert len(merged.projects) >= len(offline.projects)
    sent = server.requests[-1]["body"]["messages"][-1]["content"]
    assert "<resume>" in sent and "returns classifier" in sent


def test_offline_reading_alone_when_the_model_fails(server, services):
    server.mode = "500"
    offline = parse_resume_text(TEXT)
    assert read_with_model(offline, model_for(server, services)) == offline
