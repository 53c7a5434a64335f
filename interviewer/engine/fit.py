"""How well a persona topic fits this candidate: project kinds, skills, career shape, practice
focus, job description, and a small per-session variation so two sessions on one résumé differ.

The planner multiplies a topic's `weight` by `topic_score`; the rubric coverage step then makes
sure the round asks for everything its rubric grades.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

from interviewer.engine.base import InterviewContext
from interviewer.engine.policy import FOCUS_GAPS, focus_gaps
from interviewer.schemas import Rubric, Topic
from interviewer.types import Project, Resume

#: Words in a job title or a position line that say the candidate led people.
_LEAD = re.compile(
    r"\b(lead|leader|manager|head|principal|staff)\b|负责人|组长|主管|经理|带\s*\d*\s*(?:名|个|人)",
    re.I,
)
#: How far a session's own variation moves a topic's score (±).
JITTER = 0.15


def project_kinds(project: Project) -> set[str]:
    """The kinds the résumé reader gave a project ("other" when it gave none)."""
    # `kind`/`kinds` come from the résumé reader (issue 14); older résumé rows lack them.
    kinds = list(getattr(project, "kinds", None) or [])
    kind = getattr(project, "kind", None)
    return {k for k in [kind, *kinds] if k} or {"other"}


def resume_kinds(resume: Resume | None) -> set[str]:
    """Every project kind in the résumé."""
    if resume is None:
        return set()
    return set().union(*(project_kinds(p) for p in resume.projects)) if resume.projects else set()


def fits_project(topic: Topic, project: Project | None) -> bool:
    """A project topic fits a project when it names no kinds or one of the project's."""
    if not topic.project_kinds:
        return True
    if project is None:
        return False
    return bool(set(topic.project_kinds) & project_kinds(project))


def jd_overlap(topic: Topic, job_description: str) -> list[str]:
    """Topic keywords (either language) that occur in the job description."""
    if not job_description.strip():
        return []
    jd = job_description.lower()
    words = {w.strip().lower() for w in [*topic.keywords.zh, *topic.keywords.en] if w.strip()}
    hits = []
    for w in sorted(words):
        if re.fullmatch(r"[a-z0-9 .+#-]+", w):
            if re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", jd):
                hits.append(w)
        elif w in jd:
            hits.append(w)
    return hits


def skill_overlap(topic: Topic, resume: Resume | None) -> list[str]:
    """Résumé skills (global and per project) that the topic's keywords name."""
    if resume is None:
        return []
    skills = {
        s.strip().lower() for s in [*resume.skills, *(s for p in resume.projects for s in p.skills)]
    }
    keywords = {
        k.strip().lower() for k in [*topic.keywords.zh, *topic.keywords.en] if len(k.strip()) > 1
    }
    return sorted(
        s for s in skills if s and any(k == s or (len(k) > 2 and k in s) for k in keywords)
    )


def led_people(resume: Resume | None) -> bool:
    """The résumé shows the candidate leading people (a lead title, "带 2 名实习生")."""
    if resume is None:
        return False
    lines = [p.title for p in resume.positions] + [b for p in resume.positions for b in p.bullets]
    return any(_LEAD.search(x) for x in lines)


def jitter(session_id: int | None, topic_id: str) -> float:
    """A stable factor in [1 - JITTER, 1 + JITTER] for this session and topic."""
    h = zlib.crc32(f"{session_id or 0}|{topic_id}".encode()) / 0xFFFFFFFF
    return 1 + JITTER * (2 * h - 1)


def topic_score(ctx: InterviewContext, topic: Topic) -> float:
    """The topic's weight for this candidate and this session."""
    s = topic.weight
    if set(focus_gaps(ctx.focus)) & set(topic.probes):
        s *= 1.5
    hits = jd_overlap(topic, ctx.job_description)
    if hits:
        s *= 1 + 0.5 * min(len(hits), 3)
    if topic.kind != "project":
        if topic.project_kinds and set(topic.project_kinds) & resume_kinds(ctx.resume):
            s *= 1.6
        skills = skill_overlap(topic, ctx.resume)
        if skills:
            s *= 1 + 0.1 * min(len(skills), 3)
        if ctx.resume is not None:
            s *= _career_factor(topic, ctx.resume)
    return s * jitter(ctx.session_id, topic.id)


def _career_factor(topic: Topic, resume: Resume) -> float:
    """Behavioural and motivation topics that this career history makes worth asking."""
    if "ownership" in topic.probes and led_people(resume):
        return 1.2  # a lead: how they settle disagreements and share credit matters more
    if topic.kind == "motivation" and len(resume.positions) >= 2:
        return 1.15  # several moves: why each one
    if "{skill}" in " ".join(topic.questions.en + topic.questions.zh) and resume.skills:
        return 1.15  # a skill to ask about by name
    return 1.0


def criterion_gaps(rubric: Rubric | None) -> dict[str, set[str]]:
    """For each rubric criterion that needs a question asking for it, the gaps that do."""
    if rubric is None:
        return {}
    out = {}
    for c in rubric.criteria:
        needs = set(c.only_when_asked) or set(FOCUS_GAPS.get(c.id, ()))
        if needs:
            out[c.id] = needs
    return out


def uncovered(rubric: Rubric | None, topics: Iterable[Topic]) -> dict[str, set[str]]:
    """Criteria of the rubric no chosen topic asks for."""
    asked = {p for t in topics for p in t.probes}
    return {cid: gaps for cid, gaps in criterion_gaps(rubric).items() if not gaps & asked}
