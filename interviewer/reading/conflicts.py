"""Numbers said now that cannot be squared with the résumé or an earlier answer.

Only quantities that are facts about the work are compared (results, team size, duration,
cost, hardware, counts, data and sample sizes), each with the same measure on the other side;
the quantities module decides "same measure" and "consistent" (ranges, bounds, rounding, and a
value on the claimed baseline → result path are consistent: an intermediate step).
"""

from __future__ import annotations

from interviewer.reading import numbers
from interviewer.reading.model import Conflict, Quantity, Span
from interviewer.types import Resume


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


def earlier_claims(answers: list[str]) -> list[Quantity]:
    out: list[Quantity] = []
    for a in answers:
        out += [q for q in numbers.extract(a) if q.role in numbers.COMPARED_ROLES]
    return out


def find_conflicts(
    text: str, said: list[Quantity], resume: list[Quantity], earlier: list[Quantity]
) -> list[Conflict]:
    """One conflict per said quantity at most (the résumé first, then earlier answers)."""
    out: list[Conflict] = []
    for q in said:
        if q.role not in numbers.COMPARED_ROLES:
            continue
        for source, claims in (("resume", resume), ("earlier", earlier)):
            other = next(
                (c for c in claims if numbers.same_measure(q, c) and not numbers.consistent(q, c)),
                None,
            )
            if other is not None:
                out.append(
                    Conflict(
                        said=Span(start=q.start, end=q.end, text=text[q.start : q.end]),
                        said_value=q.value,
                        other_text=other.text,
                        other_value=other.value,
                        source=source,  # type: ignore[arg-type]
                        measure=q.family or q.subject,
                        unit=q.unit,
                    )
                )
                break
    return out
