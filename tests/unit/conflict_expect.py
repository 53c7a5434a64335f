"""The harness the contradiction tests share: one answer read against a one-project résumé (and
earlier answers), every conflict found checked to quote the answer's own words."""

from __future__ import annotations

from collections.abc import Sequence

from interviewer.reading import PriorExchange, QuestionInfo, read_answer
from interviewer.reading.model import Conflict
from interviewer.types import Project, Resume

PROJECT = "P"


def conflicts(
    bullets: str | Sequence[str],
    question: str,
    answer: str,
    *,
    project: str = PROJECT,
    probes: Sequence[str] = (),
    earlier: Sequence[tuple[str, str]] = (),
) -> list[Conflict]:
    """The contradictions read in `answer` to `question` about a project whose résumé lines are
    `bullets` (one line or several), after the `earlier` (question, answer) exchanges."""
    lines = [bullets] if isinstance(bullets, str) else list(bullets)
    resume = Resume(projects=[Project(name=project, bullets=lines)])
    q = QuestionInfo(text=question, kind="project", project=project, probes=list(probes))
    prior = [PriorExchange(question=a, answer=b) for a, b in earlier]
    found = list(read_answer(q, answer, discussion=prior, resume=resume).conflicts)
    for c in found:
        assert answer[c.said.start : c.said.end] == c.said.text, c
    return found


def has_conflict(bullets: str | Sequence[str], question: str, answer: str) -> bool:
    """Whether `answer` contradicts a résumé of `bullets` (see `conflicts`)."""
    return bool(conflicts(bullets, question, answer))
