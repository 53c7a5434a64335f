"""Renderings of one stored session for people and other programs: markdown, CSV, JSON and
(`session_pdf`, bytes) a PDF of the report and transcript.

Storage only stores; everything that turns a `SessionRecord` into text for export lives here.
"""

from __future__ import annotations

import json

from interviewer.export.csv_rows import session_csv
from interviewer.export.markdown import session_markdown
from interviewer.export.voice import voice_lines
from interviewer.types import SessionRecord

FORMATS = ("md", "json", "csv")

__all__ = ["FORMATS", "export_session", "session_pdf", "voice_lines"]


def session_pdf(rec: SessionRecord) -> bytes:
    """The session's report and transcript as a PDF that draws Chinese (see export/pdf.py)."""
    from interviewer.export.pdf import session_pdf as render

    return render(rec)


def export_session(rec: SessionRecord, fmt: str) -> str:
    """Render a stored session as `json`, `md` or `csv` text."""
    if fmt == "json":
        return json.dumps(rec.model_dump(mode="json"), ensure_ascii=False, indent=2)
    if fmt == "csv":
        return session_csv(rec)
    if fmt == "md":
        return session_markdown(rec)
    raise ValueError(f"unknown export format '{fmt}' (use md, json or csv)")
