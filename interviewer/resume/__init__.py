"""Résumé reading: files (md/txt/pdf/docx) to text, text to projects, roles and claimed metrics."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interviewer.resume.parse import SUPPORTED_SUFFIXES, read_resume_bytes, read_resume_file

if TYPE_CHECKING:
    from interviewer.resume.assemble import detect_language, parse_resume_text
    from interviewer.types import Resume


def __getattr__(name: str) -> Any:
    """The reader is imported when first used: the parsing worker only needs `parse`."""
    if name in ("detect_language", "parse_resume_text"):
        from interviewer.resume import assemble

        return getattr(assemble, name)
    raise AttributeError(name)


__all__ = [
    "SUPPORTED_SUFFIXES",
    "detect_language",
    "load_resume",
    "load_resume_bytes",
    "parse_resume_text",
    "read_resume_bytes",
    "read_resume_file",
]


def load_resume(path: str | os.PathLike[str]) -> Resume:
    """Read and structure a résumé file; raises DataFileError with a hint on unusable files.

    A `.json` file is a JSON Resume, or a reading saved by `interviewer resume FILE --json`
    (perhaps corrected by hand), which is used as it is.
    """
    from interviewer.resume.assemble import parse_resume_text

    text = read_resume_file(path)
    if Path(path).suffix.lower() == ".json":
        from interviewer.errors import DataFileError
        from interviewer.resume.contract import from_contract

        try:
            corrected = from_contract(text, Path(path).name)
        except ValueError as e:
            raise DataFileError(
                path,
                f"this résumé reading is not valid: {e}",
                "Fix that field, or re-create the file with `interviewer resume FILE --json`.",
            ) from e
        if corrected is not None:
            return corrected
    return parse_resume_text(text, source=Path(path).name)


def load_resume_bytes(data: bytes, filename: str) -> Resume:
    """Read and structure an uploaded résumé (web upload)."""
    from interviewer.resume.assemble import parse_resume_text

    return parse_resume_text(read_resume_bytes(data, filename), source=Path(filename).name)
