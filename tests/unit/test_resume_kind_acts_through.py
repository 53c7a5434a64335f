"""What the work did decides its kind where its words do not (fresh13 family, in other words):
- a model or assistant that carries out an action in another system through that system's API or
  interface (books the slot, issues the refund) acts by itself: an agent;
- a model packaged, wrapped or exposed behind a service, endpoint or device is served: serving.
A model merely reachable through an API, or a service built around no model, is neither."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text


def _kind(line: str) -> str:
    text = f"Experience\nEngineer, Example Ltd, 2020 – 2024\n- {line}\n"
    projects = parse_resume_text(text).projects
    assert len(projects) == 1, [p.name for p in projects]
    return projects[0].kind


@pytest.mark.parametrize(
    "line",
    [
        "Shipped a returns bot that verifies the order and issues the refund via the payments API.",
        "Built a travel copilot that compares fares and books the cheapest seat through the airline's booking API; 31% of trips booked without an agent.",
        "开发了售后机器人，核对订单后通过退款接口直接完成退款，人工介入率下降 35%",
        "做了一个 LLM 助手，先查排班表，再通过派单 API 预约维修时段，预约成功率 88%",
    ],
)
def test_acting_through_an_api_is_an_agent(line: str) -> None:
    assert _kind(line) == "agent"


@pytest.mark.parametrize(
    "line",
    [
        "Packaged the fare-card OCR model behind a gRPC service on edge boxes; throughput 3x.",
        "Wrapped our churn model in a FastAPI endpoint the CRM calls, p95 latency 40 ms.",
        "把质检模型封装成 gRPC 服务部署到边缘盒子上，吞吐提升 3 倍",
        "Exposed the pricing model as a low-latency microservice; cost per prediction down 60%.",
    ],
)
def test_a_model_behind_a_service_is_served(line: str) -> None:
    assert _kind(line) == "serving"


@pytest.mark.parametrize(
    "line",
    [
        "Trained a fraud model on card and device features; its scores feed the review queue, fraud losses down 20%.",
        "Rewrote the booking service in Go and moved it behind the API gateway; p99 from 900 ms to 250 ms.",
    ],
)
def test_neither_acting_nor_served(line: str) -> None:
    assert _kind(line) not in ("agent", "serving")
