"""The engine state saved with the session after every step, enough to resume exactly."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from interviewer.engine.base import NextAction, Plan
from interviewer.engine.memory import ProjectFacts, fresh_memory, remember_project
from interviewer.engine.policy import ACT_PROBES
from interviewer.reading import Reading, TopicMemory


class EngineState(BaseModel):
    """Where the interview stands; stored as the session's `state` JSON."""

    version: int = 2
    plan: Plan
    slot: int = -1
    """Index of the plan slot being discussed; -1 before the first question."""
    followups_used: int = 0
    """Content follow-ups asked on the current slot (answers to an act are not counted)."""
    probed: list[str] = Field(default_factory=list)
    """Probe ids already asked on the current slot (a gap is never probed twice there)."""
    asked: list[str] = Field(default_factory=list)
    """Every interviewer text asked in this session (never repeated)."""
    offline_fallback: bool = False
    """True once the session switched to the offline engine after a model failure."""
    memory: TopicMemory | None = None
    """What the discussion of the current question has established (before the latest answer
    is read; after it once `analysed_turn` is that answer)."""
    project_facts: ProjectFacts = Field(default_factory=dict)
    """Per résumé project, the standing facts (own part, situation, task) said on it so far."""
    project_told: ProjectFacts = Field(default_factory=dict)
    """Per résumé project, every fact kind told on it so far with its clauses (method, result,
    failure…): a planned question asking only for those is asked building on what was said."""
    project_probed: dict[str, list[str]] = Field(default_factory=dict)
    """Per résumé project, the content probes asked on any of its questions (a project-wide gap
    such as ownership is asked once per project, not once per question)."""
    evidenced: list[str] = Field(default_factory=list)
    """Content gaps an answer on the current slot showed evidence for (its own clause), so a
    gap the first answer opened can still be asked after a reply about something else."""
    last_reading: Reading | None = None
    """The Reading of the latest answer, so a resumed session decides exactly as it would have."""
    analysed_turn: int | None = None
    """Turn index of the answer `last_reading` belongs to."""
    last_action: NextAction | None = None
    """The action behind the latest interviewer turn."""
    finished: bool = False
    applied_turns: int = 0
    """Number of stored turns this state already reflects (later ones are replayed on load)."""
    quotes: dict[str, str] = Field(default_factory=dict)
    """Turn index (as text) -> the exact span of the candidate's latest answer that follow-up
    picks up; turns without an entry quote nothing."""

    def after_question(self, kind: str, text: str, probes: list[str], action: NextAction) -> None:
        """Move past one stored interviewer turn: the one state transition, used when a turn is
        asked and when a resumed session replays turns stored after its last saved state."""
        if kind == "question" and action.slot is not None:
            self.slot, self.followups_used, self.probed = action.slot, 0, []
            self.evidenced = []
            topic = self.plan.topics[action.slot]
            self.memory = fresh_memory(topic.project, self.project_facts)
        elif kind == "followup":
            if not probes or probes[0] not in ACT_PROBES:
                self.followups_used += 1
            self.probed = [*self.probed, *probes]
            project = (
                self.plan.topics[self.slot].project
                if 0 <= self.slot < len(self.plan.topics)
                else None
            )
            if project:
                done = self.project_probed.get(project, [])
                fresh = [p for p in probes if p not in done and p not in ACT_PROBES]
                if fresh:
                    self.project_probed = {**self.project_probed, project: [*done, *fresh]}
        elif kind == "wrapup":
            self.finished = True
        if text not in self.asked:
            self.asked = [*self.asked, text]
        self.last_action = action
        if kind != "wrapup":
            self.last_reading = None

    def after_answer(
        self,
        turn_index: int,
        reading: Reading,
        memory: TopicMemory,
        evidenced: list[str] | tuple[str, ...] = (),
    ) -> None:
        """Remember the Reading of the answer stored at `turn_index`, the memory after it and
        the gaps it showed evidence for."""
        self.evidenced = list(dict.fromkeys([*self.evidenced, *evidenced]))
        self.last_reading = reading
        self.analysed_turn = turn_index
        self.memory = memory
        self.project_facts = remember_project(self.project_facts, memory)
        self.project_told = remember_project(self.project_told, memory, None)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EngineState:
        return cls.model_validate(data)
