"""The one helper the résumé reader's unit tests share: the names of the projects read from text."""

from __future__ import annotations

from interviewer.resume import parse_resume_text


def project_names(text: str, *, named_only: bool = False) -> list[str]:
    """Names of the projects `parse_resume_text` reads from `text` (only named ones if asked)."""
    return [p.name for p in parse_resume_text(text).projects if p.named or not named_only]
