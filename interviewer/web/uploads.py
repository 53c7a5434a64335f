"""Files the browser uploaded through Gradio: size checked per kind, deleted once processed."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from interviewer.errors import InputError
from interviewer.web.strings import t


def upload_folders() -> list[Path]:
    """Where Gradio keeps uploads and its cache (GRADIO_TEMP_DIR, else <tmp>/gradio)."""
    root = os.environ.get("GRADIO_TEMP_DIR") or str(Path(tempfile.gettempdir()) / "gradio")
    return [Path(root).resolve()]


def is_upload(path: str | os.PathLike[str]) -> bool:
    """True for a file inside Gradio's upload folder (never a file the CLI or a test names)."""
    try:
        p = Path(path).resolve()
    except (OSError, RuntimeError):
        return False
    return any(p.is_relative_to(root) for root in upload_folders())


def check_size(path: str | os.PathLike[str], limit: int, key: str, lang: str) -> None:
    """InputError in the user's words when the file is larger than `limit` bytes."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        return  # a missing file is reported by whoever reads it
    if size > limit:
        mb = f"{size / 1024 / 1024:.1f}"
        name = Path(path).name
        raise InputError(t(key, lang, name=name, size=mb, limit=f"{limit // 1024 // 1024}"))


def discard(path: str | os.PathLike[str] | None) -> None:
    """Delete an upload once it is processed (what is kept is stored elsewhere, or nothing)."""
    if path and is_upload(path):
        with contextlib.suppress(OSError):
            Path(path).unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            Path(path).parent.rmdir()  # Gradio gives each upload a folder of its own


_ABS_PATH_RE = re.compile(r"(?<![\w.:/])(?:[A-Za-z]:)?(?:[/\\][^\s'\"<>|*?/\\]+){2,}")


def scrub_paths(text: str) -> str:
    """A message with every absolute server path cut to its last part (a file's name only)."""
    return _ABS_PATH_RE.sub(lambda m: re.split(r"[/\\]", m.group(0))[-1], text)


class ParseGate:
    """Résumé parses at once: `slots` per process and one per owner, so a client sending
    crafted files in a loop waits behind its own uploads rather than everyone else's."""

    def __init__(self, slots: int) -> None:
        self._slots = threading.BoundedSemaphore(slots)
        self._owners: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    @contextlib.contextmanager
    def hold(self, owner: str) -> Iterator[None]:
        with self._guard:
            mine = self._owners.setdefault(owner, threading.Lock())
        with mine, self._slots:
            yield
        with self._guard:
            if not mine.locked():
                self._owners.pop(owner, None)


def resume_text(path: str | os.PathLike[str]) -> str:
    """The text of an uploaded résumé file, read in the bounded parsing worker when there is one
    (a crafted PDF then costs at most its CPU budget, in a process of its own)."""
    try:
        from interviewer.resume.worker import read_resume_bounded  # type: ignore[import-not-found]
    except ImportError:  # the bounded worker is the résumé package's; older ones read in-process
        from interviewer.resume.parse import read_resume_file

        return read_resume_file(path)
    p = Path(path)
    return str(read_resume_bounded(p.read_bytes(), p.name))
