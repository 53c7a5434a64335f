"""What an HR answer should contain, for the hr rubric's `motivation` criterion.

An HR interviewer writes down facts. Each HR ask (pay, leaving, plans, other offers, why this
company) names the parts an answer to it should hold — for pay a figure, what it rests on and the
whole package; for leaving what happened and where the move leads; for plans stages and a role —
in interviewer/data/grading/hr.yaml. Stock phrases that fit any company ("keep growing",
看公司安排) are no content, and blaming the last employer is the rubric's lowest level.
Whether a figure is fair, a reason true or a plan realistic is not checked offline.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from interviewer.reading.vocab import Terms

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "grading" / "hr.yaml"


class _Ask(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    question: Terms
    parts: dict[str, Terms]
    facts_are_details: bool = False
    """The ask's parts, told, are the answer's concrete details for `specificity` (leaving: what
    happened and where the move leads); for an ask about the company its parts are judged by
    `motivation` only."""
    answered_by: list[str] = []
    """The motivation criterion's own lists (specific, experience, plan) that, all found, answer
    this ask as well as its parts do ("why us": a tie to this role and the candidate's own work)."""


class HrFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    asks: dict[str, _Ask]
    """In order: the first ask whose question words match is the question's ask."""
    cliches: Terms
    blame: Terms
    praise: Terms = Terms()
    """Praise of the company or the interviewer: the sentence holding it is not graded."""
    standing: Terms = Terms()
    """The answer's or the candidate's standing with the interviewers (already passed, approved,
    a formality): the sentence holding it is not graded either."""
    asked_only: dict[str, Terms] = {}
    """hr criteria graded only when the question's words ask for them (or the answer offers them)."""


@lru_cache(maxsize=1)
def _data() -> HrFile:
    from interviewer.loader import validate_file

    return validate_file(DATA_FILE, HrFile)


@lru_cache(maxsize=1024)
def hr_ask(question: str) -> str | None:
    """The HR ask a question puts (salary, leaving, plans, offers, about_us), else None."""
    for name, ask in _data().asks.items():
        if ask.question.search(question):
            return name
    return None


def ask_facts_are_details(ask: str) -> bool:
    """Whether the ask's parts count as concrete details for `specificity` (hr.yaml)."""
    found = _data().asks.get(ask)
    return found is not None and found.facts_are_details


@dataclass(frozen=True)
class HrContent:
    ask: str | None
    answered_by: tuple[str, ...]
    parts: dict[str, list[int]]
    """Part of the ask -> the sentences holding it."""
    cliches: list[int]
    """The sentence of each stock phrase, once per phrase."""
    blame: list[int]


def hr_content(question: str, sentences: list[str], usable: frozenset[int]) -> HrContent:
    """Which of the ask's parts the usable sentences hold, and which sentences are stock phrases
    or blame."""
    data = _data()
    ask = hr_ask(question)
    parts: dict[str, list[int]] = {}
    if ask is not None:
        for name, terms in data.asks[ask].parts.items():
            hit = [i for i in sorted(usable) if terms.search(sentences[i])]
            if hit:
                parts[name] = hit
    # one index per stock phrase (three in one sentence weigh three)
    cliches = [i for i, s in enumerate(sentences) for _ in data.cliches.finditer(s)]
    blame = [i for i, s in enumerate(sentences) if data.blame.search(s)]
    by = tuple(data.asks[ask].answered_by) if ask is not None else ()
    return HrContent(ask, by, parts, cliches, blame)


def hr_unasked(criterion: str, question: str) -> bool:
    """An hr criterion graded only when asked, on a question whose words do not ask for it."""
    terms = _data().asked_only.get(criterion)
    return terms is not None and terms.search(question) is None


def praise_spans(text: str) -> list[tuple[int, int]]:
    """Where the answer praises the company, the team or the interviewer (hr.yaml `praise`), or
    tells its own standing with the interviewers (`standing`): words for the grader's favour,
    about no question."""
    data = _data()
    return sorted([*data.praise.spans(text), *data.standing.spans(text)])
