"""Pick the grader for a model name: `offline` heuristics, or an LLM judge with offline fallback."""

from __future__ import annotations

from typing import Any

from interviewer.config import Settings
from interviewer.grading.base import Grader


def make_grader(settings: Settings, model: str | None = None, repo: Any = None) -> Grader:
    """The grader for `model` (default: settings.judge_model, then settings.model)."""
    from interviewer.grading.heuristic import HeuristicGrader

    name = model or settings.judge_model or settings.model
    if name == "offline":
        return HeuristicGrader()
    from interviewer.grading.llm_judge import LlmJudge
    from interviewer.llm.factory import make_chat_model

    return LlmJudge(make_chat_model(settings, name, repo), fallback=HeuristicGrader())
