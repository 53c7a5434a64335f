"""Which of the résumé's projects an answer is about: the one under discussion, else the ones the
answer names, else the only one. Every check against the résumé (numbers, roles, tools) reads the
same projects."""

from __future__ import annotations

from interviewer.types import Project, Resume


def projects_discussed(resume: Resume | None, project: str | None, answer: str) -> list[Project]:
    if resume is None:
        return []
    projects = [p for p in resume.projects if project and p.name.strip() == project.strip()]
    if not projects:
        projects = [p for p in resume.projects if p.name and p.name.lower() in answer.lower()]
    if not projects and len(resume.projects) == 1:
        projects = list(resume.projects)
    return projects


def project_lines(resume: Resume | None, project: str | None, answer: str) -> list[str]:
    """The résumé lines of the projects the answer is about."""
    return [b for p in projects_discussed(resume, project, answer) for b in p.bullets]
