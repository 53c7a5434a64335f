"""With a model configured, the résumé is also read by the model and merged with the offline reading.

The model may find a project the offline reader missed, or a claim in wording it does not know.
It may also invent: every project name and claim it returns must be found in the résumé text
(whitespace and case aside), else it is dropped. Numbers are never taken from the model: a kept
claim is re-read from the résumé's own words by the quantities reader. When the model fails, the
offline reading is used alone.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Literal

from pydantic import BaseModel, Field

from interviewer.errors import InterviewerError
from interviewer.llm.base import ChatModel, Message
from interviewer.resume.claims import claims_in
from interviewer.resume.kinds import classify
from interviewer.types import Project, Resume

log = logging.getLogger(__name__)
MAX_RESUME_CHARS = 12_000
"""The model reads this much of the résumé (a long one is mostly read offline)."""


class ModelClaim(BaseModel):
    text: str
    label: str = ""
    baseline: float | None = None
    result: float | None = None
    unit: str = ""


class ModelUnit(BaseModel):
    name: str
    kind: Literal["rag", "agent", "finetune", "serving", "eval", "data", "ml", "other"] = "other"
    bullets: list[str] = Field(default_factory=list)
    claims: list[ModelClaim] = Field(default_factory=list)


class ModelReading(BaseModel):
    projects: list[ModelUnit] = Field(default_factory=list)


def read_with_model(resume: Resume, model: ChatModel) -> Resume:
    """The offline reading enriched by the model's, every addition verified against the text."""
    from interviewer.llm.jsonio import complete_json
    from interviewer.llm.prompts import data_block, render

    schema = ModelReading.model_json_schema()
    messages = [
        Message("system", render("resume_read_system", resume.lang, schema=json.dumps(schema))),
        Message(
            "user",
            render(
                "resume_read_user",
                resume.lang,
                resume=data_block("resume", resume.text[:MAX_RESUME_CHARS]),
            ),
        ),
    ]
    try:
        reading = complete_json(
            model, messages, ModelReading, purpose="resume_read", lang=resume.lang
        )
    except InterviewerError as e:  # ProviderError and friends: the offline reading stands
        log.info("résumé read offline only: %s", e)
        return resume
    return merge(resume, verified(reading, resume.text))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def found_in(text: str, fragment: str) -> bool:
    """`fragment` occurs in `text`, whitespace and case aside (PDF text wraps anywhere)."""
    piece = _squash(fragment)
    return bool(piece) and piece in _squash(text)


def verified(reading: ModelReading, text: str) -> list[ModelUnit]:
    """Only what the résumé says: units whose name is in the text, bullets and claims found."""
    kept = []
    for unit in reading.projects:
        if not found_in(text, unit.name):
            continue
        kept.append(
            unit.model_copy(
                update={
                    "bullets": [b for b in unit.bullets if found_in(text, b)],
                    "claims": [c for c in unit.claims if found_in(text, c.text)],
                }
            )
        )
    return kept


def merge(resume: Resume, units: list[ModelUnit]) -> Resume:
    """Offline projects gain the model's verified claims; projects it alone found are added."""
    projects = [p.model_copy(deep=True) for p in resume.projects]
    for unit in units:
        match = next((p for p in projects if _same(p.name, unit.name)), None)
        if match is None:
            projects.append(_project(unit))
            continue
        have = {_squash(m.text) for m in match.metrics}
        for claim in unit.claims:
            for m in claims_in(claim.text):
                if m.role == "result" and _squash(m.text) not in have:
                    match.metrics.append(m)
                    have.add(_squash(m.text))
        if match.kind == "other" and unit.kind != "other":
            match.kind, match.kinds = unit.kind, [unit.kind, *match.kinds]
            match.kind_evidence = [*match.kind_evidence, "model"]
    metrics = [m for p in projects for m in p.metrics]
    return resume.model_copy(update={"projects": projects, "metrics": metrics})


def _same(a: str, b: str) -> bool:
    x, y = _squash(a), _squash(b)
    return bool(x and y) and (x == y or x in y or y in x)


def _project(unit: ModelUnit) -> Project:
    bullets = unit.bullets or [c.text for c in unit.claims]
    metrics = [m for b in bullets for m in claims_in(b)]
    kind = classify(unit.name, bullets)
    primary = kind.kind if kind.kind != "other" else unit.kind
    return Project(
        name=unit.name.strip()[:120],
        bullets=bullets,
        metrics=metrics,
        kind=primary,  # type: ignore[arg-type]
        kinds=list(dict.fromkeys([primary, *kind.kinds])),
        kind_evidence=kind.evidence or ["model"],
    )
