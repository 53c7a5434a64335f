"""Numbers said now that cannot be squared with the résumé or an earlier answer.

Only quantities that are facts about the work are compared (results, team size, duration,
cost, hardware, counts, data and sample sizes), each with the same measure on the other side;
the quantities module decides "same measure" and "consistent" (ranges, bounds, rounding, and a
value on the claimed baseline → result path are consistent: an intermediate step). Spoken
answers lean on the question: "About 450." to "How fast is search now?" is a p95 in ms, "before
it was 0.9 s" is a baseline, "we saved 15k" is a change, and a department's head-count is not
the project team.
"""

from __future__ import annotations

import re

from interviewer.reading import numbers
from interviewer.reading.model import Conflict, Quantity, Span
from interviewer.reading.relevance import terms_of
from interviewer.reading.text import sentence_spans
from interviewer.reading.vocab import require, vocab
from interviewer.types import Resume

require("numbers", "baseline_cue", "saving_cue", "other_scope", "statistic")
_MEASURES = frozenset({"result", "baseline", "intermediate"})
_LEVEL = re.compile(r"\b(?:to|at|reached|hit|hits|reach)\b|到|至|为", re.IGNORECASE)
_TIME = frozenset({"ms", "h"})


def resume_claims(resume: Resume | None, project: str | None, answer: str) -> list[Quantity]:
    """Quantities of the résumé lines about the project under discussion (or named in the answer)."""
    if resume is None:
        return []
    projects = [p for p in resume.projects if project and p.name.strip() == project.strip()]
    if not projects:
        projects = [p for p in resume.projects if p.name and p.name.lower() in answer.lower()]
    if not projects and len(resume.projects) == 1:
        projects = list(resume.projects)
    out: list[Quantity] = []
    for p in projects:
        for bullet in p.bullets:
            out += [q for q in numbers.extract(bullet) if q.role in numbers.COMPARED_ROLES]
    return out


def earlier_claims(exchanges: list[tuple[str, str]]) -> list[Quantity]:
    """Quantities of earlier answers; one with no subject is about what its question asked."""
    out: list[Quantity] = []
    for question, answer in exchanges:
        for q in numbers.extract(answer):
            if q.role in numbers.COMPARED_ROLES:
                out.append(
                    q if q.subject or q.family else q.model_copy(update={"subject": question})
                )
    return out


def _sentence(text: str, q: Quantity) -> str:
    return next((text[s:e] for s, e in sentence_spans(text) if s <= q.start < e), "")


def _as_said(text: str, q: Quantity, question: str) -> Quantity:
    """The quantity as the answer means it: a starting point, a change, or the headline."""
    where = _sentence(text, q)
    head = where[: max(0, q.start - text.find(where))] if where else ""
    update: dict[str, object] = {}
    if not (q.subject or q.family):
        update["subject"] = f"{where} {question}".strip()
    if q.role in ("result", "cost") and q.baseline is None:
        if vocab()["numbers.saving_cue"].search(f"{head} {question}"):
            update.update(role="result", direction=q.direction or "down", result=None)
        elif vocab()["numbers.baseline_cue"].search(f"{head} {question}"):
            update["role"] = "baseline"
        elif q.direction and q.result is None and _LEVEL.search(q.text):
            update["result"] = q.value  # "down to seven minutes" is where it ended, not by how much
    return q.model_copy(update=update) if update else q


_MONEY = frozenset({"usd", "cny", "eur", "gbp"})


def _kind(q: Quantity) -> str:
    if q.unit in _MONEY:
        return "money"
    if q.unit == "ms" and q.role == "duration":
        return "measure"  # "about seven minutes a ticket" is a measured time, not how long it ran
    return "measure" if q.role in _MEASURES else q.role


def _asked_about(context: str, claim: Quantity) -> bool:
    """The question or sentence names what the claim measures ("How precise..." / precision)."""
    named = terms_of(f"{claim.subject} {claim.family}", drop_generic=True)
    return bool(named and named & terms_of(context, drop_generic=True))


def _scope_differs(said: Quantity, sentence: str, claim: Quantity) -> bool:
    scope = vocab()["numbers.other_scope"]
    return bool(scope.search(f"{said.subject} {sentence}")) != bool(scope.search(claim.subject))


def _pairs(
    text: str, q: Quantity, claims: list[Quantity], question: str
) -> list[tuple[Quantity, Quantity]]:
    """(said, claim) pairs of the same measure. Failing the quantities module's own test, a
    number meets the one claim of its kind that the question or its sentence names, taking the
    claim's unit when it was said without one ("About 450." → ms)."""
    sentence = _sentence(text, q)
    context = f"{sentence} {question}"
    same = [(q, c) for c in claims if numbers.same_measure(q, c)]
    if not same:
        alike = []
        for c in claims:
            said = q if q.unit or not c.unit else q.model_copy(update={"unit": c.unit})
            if said.unit == c.unit and _kind(said) == _kind(c) and not _differ(said, context, c):
                alike.append((said, c))
        named = [(s, c) for s, c in alike if _asked_about(context, c)]
        same = named if len(named) == 1 else []
    return [(s, c) for s, c in same if not _scope_differs(s, sentence, c)]


def _differ(said: Quantity, context: str, claim: Quantity) -> bool:
    """Known to be different measures: two families, or two statistics (median vs p95)."""
    if said.family and claim.family and said.family != claim.family:
        return True
    stat = vocab()["numbers.statistic"]
    mine = {m.group().lower() for m in stat.finditer(f"{said.subject} {context}")}
    theirs = {m.group().lower() for m in stat.finditer(claim.subject + " " + claim.text)}
    return bool(mine and theirs and not mine & theirs)


def find_conflicts(
    text: str,
    said: list[Quantity],
    resume: list[Quantity],
    earlier: list[Quantity],
    question: str = "",
) -> list[Conflict]:
    """One conflict per said quantity at most (the résumé first, then earlier answers)."""
    out: list[Conflict] = []
    for bare in said:
        if bare.role not in numbers.COMPARED_ROLES or _sentence(text, bare).rstrip().endswith(
            ("?", "？")
        ):
            continue  # a number in a question back ("after six months?") asserts nothing
        q = _as_said(text, bare, question)
        for source, claims in (("resume", resume), ("earlier", earlier)):
            hit = next(
                (
                    (s, c)
                    for s, c in _pairs(text, q, claims, question)
                    if not numbers.values_agree(s, c)
                ),
                None,
            )
            if hit is not None:
                s, other = hit
                out.append(
                    Conflict(
                        said=Span(start=bare.start, end=bare.end, text=text[bare.start : bare.end]),
                        said_value=s.value,
                        other_text=other.text,
                        other_value=other.value,
                        source=source,  # type: ignore[arg-type]
                        measure=other.family or other.subject,
                        unit=other.unit,
                    )
                )
                break
    return out
