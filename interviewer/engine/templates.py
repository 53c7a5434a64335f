"""Follow-up templates (interviewer/data/followups.yaml) and engine phrases (engine.yaml).

Both are data a user may edit; they are validated on load and errors name the file and field.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from interviewer.bilingual import load_model
from interviewer.reading.vocab import Terms
from interviewer.schemas import GAP_IDS, Text, TextList

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FOLLOWUPS_FILE = DATA_DIR / "followups.yaml"
ENGINE_FILE = DATA_DIR / "engine.yaml"


class FollowupBank(BaseModel):
    """Shared follow-up templates per gap id (`{quote}`, `{project}`, `{metric}`, `{detail}`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    followups: dict[str, TextList]
    """Per gap id, templates in zh and en."""
    transitions: TextList = Field(default_factory=TextList)
    """Short phrases said when moving to a new topic (none: the question alone)."""

    @model_validator(mode="before")
    @classmethod
    def _bare_mapping(cls, v: Any) -> Any:
        # The shipped file is `gap_id: {zh: [...], en: [...]}` at the top level, beside
        # `transitions`; other keys go to followups (unknown ids fail there).
        if isinstance(v, dict) and "followups" not in v and v:
            extras = {k: v[k] for k in ("transitions",) if k in v}
            return {"followups": {k: x for k, x in v.items() if k not in extras}, **extras}
        return v

    @field_validator("followups")
    @classmethod
    def _known_gaps(cls, v: dict[str, TextList]) -> dict[str, TextList]:
        bad = [k for k in v if k not in GAP_IDS]
        if bad:
            raise ValueError(f"unknown gap id(s) {bad}; expected some of {list(GAP_IDS)}")
        return v

    def get(self, gap: str, lang: str) -> list[str]:
        bank = self.followups.get(gap)
        return list(bank.get(lang)) if bank else []


class Generic(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    source_resume: Text
    """How a contradiction follow-up introduces a résumé claim ("Your résumé says")."""
    source_earlier: Text
    """… and a claim from an earlier answer ("Earlier you said")."""
    project: Text
    metric: Text
    skill: Text
    role: Text


class EngineStrings(BaseModel):
    """What is said after a non-answer, generic stand-ins, gap details, reasons, report phrases
    and gap severities (transitions between topics live in followups.yaml, and only there)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    transitions_after: dict[str, TextList] = Field(default_factory=dict)
    """Per act (stuck, offtopic, refusal...), what is said when moving on after it: an
    acknowledgement without judgement instead of a plain transition."""
    generic: Generic
    star_parts: dict[str, Text]
    gap_details: dict[str, Text]
    gap_details_plain: dict[str, Text] = Field(default_factory=dict)
    """Details used when there is nothing to quote."""
    reasons: dict[str, Text]
    report: dict[str, Text]
    cli: dict[str, Text]
    severity: dict[str, dict[str, float]] = Field(default_factory=dict)
    """Per topic kind, per gap id: how much a missing piece matters for that kind of question
    (0 or absent: never asked of it). Ranks follow-ups with the persona's focus."""
    said: dict[str, Terms] = Field(default_factory=dict)
    """Word lists the follow-up policy reads what was said with (matched like the reading
    layer's lists): e.g. `team_not_work`, a "we" clause that tells no share of the work."""
    topic_asks: dict[str, list[str]] = Field(default_factory=dict)
    """Per persona topic id, the fact kinds its main question asks for: when an earlier answer
    on the same project already told all of them, the question is asked building on it."""

    @field_validator("severity")
    @classmethod
    def _known_severity(cls, v: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
        kinds = ("project", "behavioral", "technical", "motivation", "design", "closing")
        for kind, table in v.items():
            if kind not in kinds:
                raise ValueError(f"unknown topic kind '{kind}'; expected one of {list(kinds)}")
            bad = [g for g in table if g not in GAP_IDS]
            if bad:
                raise ValueError(f"{kind}: unknown gap id(s) {bad}")
            if any(not 0 <= x <= 1 for x in table.values()):
                raise ValueError(f"{kind}: severities are between 0 and 1")
        return v

    def severity_of(self, kind: str, gap: str) -> float:
        """How much `gap` matters after a question of topic kind `kind` (0 = never asked)."""
        return self.severity.get(kind, self.severity.get("behavioral", {})).get(gap, 0.0)

    @field_validator("gap_details")
    @classmethod
    def _all_gaps(cls, v: dict[str, Text]) -> dict[str, Text]:
        missing = [g for g in GAP_IDS if g not in v]
        if missing:
            raise ValueError(f"missing details for gap id(s) {missing}")
        return v

    def text(self, group: str, key: str, lang: str, **values: object) -> str:
        """One phrase from `group` (reasons, report, cli, gap_details) filled with `values`."""
        table: dict[str, Text] = getattr(self, group)
        return safe_format(table[key].get(lang), **values)


class _Blank(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return ""


def safe_format(template: str, **values: object) -> str:
    """`str.format_map` where unknown placeholders become empty instead of raising."""
    try:
        return template.format_map(_Blank(values))
    except (ValueError, IndexError):
        return template


@lru_cache(maxsize=4)
def load_followups(path: Path = FOLLOWUPS_FILE) -> FollowupBank:
    """The shared follow-up templates (cached; the file ships with the package)."""
    return load_model(path, FollowupBank)


@lru_cache(maxsize=4)
def load_engine_strings(path: Path = ENGINE_FILE) -> EngineStrings:
    """The engine's phrases (cached)."""
    return load_model(path, EngineStrings)
