"""The engine state saved with the session after every step, enough to resume exactly."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from interviewer.engine.base import NextAction, Plan
from interviewer.types import GapAnalysis


class EngineState(BaseModel):
    """Where the interview stands; stored as the session's `state` JSON."""

    version: int = 1
    plan: Plan
    slot: int = -1
    """Index of the plan slot being discussed; -1 before the first question."""
    followups_used: int = 0
    """Follow-ups asked on the current slot."""
    probed: list[str] = Field(default_factory=list)
    """Gap ids already probed on the current slot (never probed twice there)."""
    asked: list[str] = Field(default_factory=list)
    """Every interviewer text asked in this session (never repeated)."""
    offline_fallback: bool = False
    """True once the session switched to the offline engine after a model failure."""
    last_analysis: GapAnalysis | None = None
    """Gaps of the latest answer, so a resumed session decides exactly as it would have."""
    analysed_turn: int | None = None
    """Turn index of the answer `last_analysis` belongs to."""
    last_action: NextAction | None = None
    """The action behind the latest interviewer turn."""
    finished: bool = False
    applied_turns: int = 0
    """Number of stored turns this state already reflects (later ones are replayed on load)."""

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EngineState:
        return cls.model_validate(data)
