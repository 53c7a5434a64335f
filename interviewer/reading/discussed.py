"""Which of the résumé's projects an answer is about: the one under discussion, else the ones the
answer names, else the only one. Every check against the résumé (numbers, roles, tools) reads the
same projects."""

from __future__ import annotations

import re

from interviewer.reading.vocab import vocab
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


_WORD = re.compile(r"[a-z][a-z-]{2,}")


def _name_marks(name: str) -> set[str]:
    """Words (en) and character pairs (zh) of a project's name that could name it in speech."""
    low = name.lower()
    han = [c for c in re.findall(r"[\u4e00-\u9fff]+", low)]
    pairs = {run[i : i + 2] for run in han for i in range(len(run) - 1)}
    generic = vocab()["numbers.generic_project_word"]
    return {m for m in set(_WORD.findall(low)) | pairs if not generic.search(m)}


def about_other_project(resume: Resume | None, project: str | None, sentence: str) -> bool:
    """A sentence told about another project of the résumé ("it started with the pricing model:
    our geo test there ran five weeks", 之前做意图识别的时候准确率就到了九成四): its figures are
    that project's, not the asked one's. It names another project by a word of its name that the
    asked project's name and lines do not use, and names nothing of the asked project's name."""
    if resume is None or not project or len(resume.projects) < 2:
        return False
    asked = [p for p in resume.projects if p.name.strip() == project.strip()]
    if not asked:
        return False
    own_text = f"{asked[0].name} {' '.join(asked[0].bullets)}".lower()
    low = sentence.lower()
    if any(m in low for m in _name_marks(asked[0].name)):
        return False
    for p in resume.projects:
        if p is asked[0] or not p.name:
            continue
        marks = {m for m in _name_marks(p.name) if m not in own_text}
        if any((re.search(rf"\b{re.escape(m)}", low) if m.isascii() else m in low) for m in marks):
            return True
    return False
