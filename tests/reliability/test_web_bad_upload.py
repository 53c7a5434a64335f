"""Bad résumé uploads through the web handler: refused with the file named and what to do,
before any row is written (Gradio itself accepts any size; the handler must refuse)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability_helpers import ACTION, db_counts, encrypted_pdf, image_only_pdf, text_pdf

from interviewer.errors import InterviewerError


def _fifty_mb(path: Path) -> None:
    with path.open("wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(50 * 1024 * 1024)


UPLOADS = {
    "fifty_mb.pdf": (_fifty_mb, "MB"),
    "locked.pdf": (lambda p: p.write_bytes(encrypted_pdf(text_pdf(["Projects", "x"]))), "password"),
    "scan.pdf": (lambda p: p.write_bytes(image_only_pdf()), "text"),
    "broken.pdf": (lambda p: p.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4), "PDF"),
    "latin.txt": (lambda p: p.write_bytes("Projets\nCafé amélioré\n".encode("cp1252")), "encoding"),
}


@pytest.mark.parametrize("name", list(UPLOADS))
def test_bad_upload_is_refused_before_anything_is_stored(
    services, app_home: Path, tmp_path: Path, name: str
) -> None:
    from interviewer.web import handlers
    from interviewer.web import state as web_state

    make, word = UPLOADS[name]
    path = tmp_path / name
    make(path)
    services.repo.list_sessions()  # the database exists, so "untouched" is measurable
    before = db_counts(app_home)
    ctx = web_state.WebContext(services)
    with pytest.raises(InterviewerError) as info:
        list(
            handlers.start_interview(
                ctx, None, persona_id="leader", lang="en", model="offline", resume_path=str(path)
            )
        )
    message = str(info.value)
    assert name in message and word in message
    assert ACTION.search(message), message
    assert db_counts(app_home) == before
