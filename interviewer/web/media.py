"""Recordings served by the app itself, to the owner of their session only.

Older versions kept an upload's own suffix (`answer.html` → `turn-001-….html`), and Gradio served
those files inline as what their names said: `sweep_stored_audio` renames such files to the suffix
of the format their decoder finds, or moves what is no recording to `<home>/quarantine/`.

`/media/audio/<session id>/<clip name>`: the session must belong to whoever asks (the same
"not found" for another's and for a missing one), the clip must be one of that session's stored
turns, and it goes out with its audio MIME type, `nosniff` and as an attachment, so no stored
file can ever be opened as a page of this origin.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from interviewer.errors import InterviewerError

if TYPE_CHECKING:
    from interviewer.services import Services

AUDIO_ROUTE = "/media/audio"
_CLIP_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,100}\.([a-z0-9]{2,4})$")
#: Players do not care how a file would be opened; this only stops a browser from rendering it.
_MEDIA_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "private, no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def audio_url(session_id: int, path: str | Path) -> str:
    """The app URL of one stored clip (root-relative, so any host and port work)."""
    return f"{AUDIO_ROUTE}/{int(session_id)}/{quote(Path(path).name)}"


def _not_found() -> Response:
    return PlainTextResponse("not found", status_code=404, headers=_MEDIA_HEADERS)


def audio_routes(services: Services, owner_of: Callable[[Any], str | None]) -> list[Route]:
    """The app's own routes; `owner_of(request)` names who asks (None: nobody we know)."""
    from interviewer.voice.audio import AUDIO_TYPES, session_audio_dir

    def serve_audio(request: Request) -> Response:
        sid_text, name = request.path_params["sid"], request.path_params["name"]
        match = _CLIP_RE.match(name)
        owner = owner_of(request)
        if not sid_text.isdigit() or len(sid_text) > 12 or match is None or owner is None:
            return _not_found()
        kind = match.group(1)
        if kind not in AUDIO_TYPES:
            return _not_found()
        sid = int(sid_text)
        try:
            rec = services.repo.get_session(sid, owner=owner)
        except InterviewerError:
            return _not_found()
        folder = session_audio_dir(services.settings, sid).resolve()
        path = folder / name
        stored = {Path(t.audio_path).name for t in rec.turns if t.audio_path}
        if name not in stored or not path.is_file() or path.resolve().parent != folder:
            return _not_found()
        return FileResponse(
            path,
            media_type=AUDIO_TYPES[kind],
            headers=_MEDIA_HEADERS,
            filename=name,
            content_disposition_type="attachment",
        )

    def healthz(_request: Request) -> Response:
        """For load balancers and the tests: the process answers (says nothing else)."""
        return PlainTextResponse("ok", headers={"Cache-Control": "no-store"})

    return [
        Route(AUDIO_ROUTE + "/{sid}/{name}", serve_audio, methods=["GET", "HEAD"]),
        Route("/healthz", healthz, methods=["GET", "HEAD"]),
    ]


@dataclass
class SweepResult:
    renamed: int = 0
    quarantined: int = 0


def sweep_stored_audio(repo: Any, audio_dir: Path, quarantine_dir: Path) -> SweepResult:
    """Rename or quarantine every file under `audio_dir` whose suffix is not an audio type."""
    from interviewer.errors import InputError
    from interviewer.voice.audio import AUDIO_TYPES, audio_format

    done = SweepResult()
    if not audio_dir.is_dir():
        return done
    for path in sorted(p for p in audio_dir.rglob("*") if p.is_file() or p.is_symlink()):
        if path.suffix.lower().lstrip(".") in AUDIO_TYPES and not path.is_symlink():
            continue
        names = {str(path), str(path.resolve())}
        try:
            if path.is_symlink():
                raise InputError("a link, not a recording")
            kind = audio_format(path)
        except InputError:
            target = quarantine_dir / path.relative_to(audio_dir)
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            shutil.move(str(path), target.with_name(target.name + ".quarantined"))
            for name in names:
                repo.replace_audio_path(name, None)
            done.quarantined += 1
            continue
        new = path.with_suffix("." + kind)
        os.replace(path, new)
        for name in names:
            repo.replace_audio_path(name, str(new.resolve()))
        done.renamed += 1
    return done
