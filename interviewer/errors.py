"""The few error types the app raises; each carries plain words and a fix-it hint."""

from __future__ import annotations

import os


class InterviewerError(Exception):
    """Base error: `message` says what is wrong, `hint` what to do about it."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}\n  hint: {self.hint}" if self.hint else self.message


class ConfigError(InterviewerError):
    """Bad or missing configuration (settings file, env var, model name)."""


class DataFileError(InterviewerError):
    """A persona, rubric, résumé or other input file cannot be used."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        message: str,
        hint: str | None = None,
        field: str | None = None,
    ) -> None:
        self.path = str(path)
        self.field = field
        where = f"{self.path}" + (f": field '{field}'" if field else "")
        super().__init__(f"{where}: {message}", hint)


class InputError(InterviewerError):
    """A user-supplied value (answer, option, id) is unusable."""


class NotFoundError(InterviewerError):
    """A stored object (session, persona, rubric) does not exist."""


class StorageError(InterviewerError):
    """The database or the app home cannot be read or written (full, read-only, locked, damaged)."""


class ConflictError(InterviewerError):
    """Another process changed the same stored object first (e.g. advanced the interview)."""


class ProviderError(InterviewerError):
    """A model or speech provider failed; `retryable` says whether trying again may help."""

    def __init__(self, message: str, hint: str | None = None, retryable: bool = False) -> None:
        super().__init__(message, hint)
        self.retryable = retryable


class VoiceUnavailable(InterviewerError):
    """Speech-to-text or text-to-speech is not set up; text answers still work."""


def should_reraise() -> bool:
    """True when errors should propagate with a traceback (debugging, tests)."""
    return bool(os.environ.get("INTERVIEWER_RAISE_ERRORS"))
