"""The candidate's own role on the project, as claimed and as told: led it or helped on it.

A résumé line claims a role when it says who led ("Led a team of 4", 带领 5 人小组) or that the
candidate took part in someone else's work ("Helped a 6-person team", 参与模型开发). An answer
tells a role when it says the candidate led the whole project or its team ("I ran the project",
整个项目是我牵头的), or that someone else did or the candidate was one of the team ("Dana was the
lead", 负责人是我们组长, "I wasn't leading it"); a bare yes or no to "Were you the lead?" tells
it too. A role told of a part of the work ("I led the evaluation", 负责特征工程) is not a role on
the project. The two conflict when one says led and the other says helped. Word lists live in
interviewer/data/reading/roles.yaml.
"""

from __future__ import annotations

import re

from interviewer.reading.discussed import project_lines
from interviewer.reading.model import Conflict, Span
from interviewer.reading.text import sentence_spans
from interviewer.reading.vocab import require, vocab
from interviewer.types import Resume

require(
    "roles",
    "claim_lead",
    "claim_member",
    "said_lead",
    "said_member",
    "asked_lead",
    "answer_yes",
    "answer_no",
)

LEAD, MEMBER = "lead", "member"


def claimed_role(lines: list[str]) -> tuple[str, str] | None:
    """(role, the line that claims it) from the project's résumé lines; leading wins."""
    v = vocab()
    for role, name in ((LEAD, "claim_lead"), (MEMBER, "claim_member")):
        for line in lines:
            if v[f"roles.{name}"].search(line):
                return role, line
    return None


def told_role(question: str, answer: str) -> tuple[str, Span] | None:
    """(role, the words that tell it) from an answer, or None when it tells no role."""
    v = vocab()
    for s, e in sentence_spans(answer):
        sentence = answer[s:e]
        member = v["roles.said_member"].search(sentence)
        if member:  # "I wasn't leading it": a denial beats the lead words inside it
            return MEMBER, Span(start=s + member.start(), end=s + member.end(), text=member.group())
        lead = v["roles.said_lead"].search(sentence)
        if lead:
            return LEAD, Span(start=s + lead.start(), end=s + lead.end(), text=lead.group())
    if v["roles.asked_lead"].search(question):
        opening = _first_clause(answer)
        for role, name in ((MEMBER, "answer_no"), (LEAD, "answer_yes")):
            if v[f"roles.{name}"].search(opening.text):
                return role, opening
    return None


_CLAUSE_END = re.compile(r"[,，;；.。!！?？]")


def _first_clause(answer: str) -> Span:
    m = _CLAUSE_END.search(answer)
    end = m.start() if m else len(answer)
    start = len(answer) - len(answer.lstrip())
    return Span(start=start, end=max(start, end), text=answer[start:end])


def role_conflicts(
    question: str,
    answer: str,
    resume: Resume | None,
    project: str | None,
    earlier: list[tuple[str, str]],
) -> list[Conflict]:
    """At most one conflict: the role told now against the résumé's, else an earlier answer's."""
    told = told_role(question, answer)
    if told is None:
        return []
    role, span = told
    lines = project_lines(resume, project, answer)
    claimed = claimed_role(lines) if lines else None
    if claimed is not None and claimed[0] != role:
        return [_conflict(span, claimed[1], "resume")]
    for q, a in earlier:
        before = told_role(q, a)
        if before is not None and before[0] != role:
            return [_conflict(span, before[1].text, "earlier")]
    return []


def _conflict(span: Span, other: str, source: str) -> Conflict:
    return Conflict(
        said=span,
        said_value=0.0,
        other_text=other,
        other_value=0.0,
        source=source,  # type: ignore[arg-type]
        measure="role",
        kind="role",
    )
