"""Pick the reader, question writer and grader for a model name (`offline` or a litellm model)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from interviewer.engine.base import QuestionWriter
from interviewer.engine.reader import Reader
from interviewer.grading.base import Grader

if TYPE_CHECKING:
    from interviewer.services import Services

OFFLINE = "offline"


@dataclass
class Components:
    reader: Reader
    writer: QuestionWriter
    grader: Grader


def offline_components() -> Components:
    """The deterministic engine: no model, no network."""
    from interviewer.engine.offline_writer import OfflineWriter
    from interviewer.engine.reader import OfflineReader
    from interviewer.grading.heuristic import HeuristicGrader

    return Components(OfflineReader(), OfflineWriter(), HeuristicGrader())


def make_components(services: Services, model: str) -> Components:
    """Components for `model`; an LLM engine keeps the offline ones as its fallback."""
    if model == OFFLINE:
        return offline_components()
    from interviewer.engine.llm_interviewer import LlmReader, LlmWriter
    from interviewer.engine.offline_writer import OfflineWriter
    from interviewer.engine.reader import OfflineReader
    from interviewer.grading.factory import make_grader
    from interviewer.llm.factory import make_chat_model

    chat = make_chat_model(services.settings, model, services.repo)
    judge_model = services.settings.judge_model or model
    return Components(
        reader=LlmReader(chat, offline=OfflineReader()),
        writer=LlmWriter(chat, fallback=OfflineWriter()),
        grader=make_grader(services.settings, judge_model, services.repo),
    )
