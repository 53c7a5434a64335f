"""On upgrade, stored files whose suffix is not an audio type are renamed or quarantined."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from security_samples import HTML_PAYLOAD, polyglot_wav, spoken_wav

from bench._servers import served_app
from interviewer.types import TurnRecord

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")


def _old_session(services, tmp_path: Path) -> tuple[int, dict[str, Path]]:
    """A session as an older version left it: clips kept under the upload's own suffix."""
    sid = services.repo.create_session(
        persona="leader",
        rubric="star",
        lang="en",
        model="offline",
        persona_snapshot={},
        rubric_snapshot={},
        owner="o" * 24,
    )
    folder = services.settings.audio_dir / str(sid)
    folder.mkdir(parents=True)
    speech = spoken_wav("I led it.", tmp_path / "s.wav")
    files = {
        "polyglot": folder / "turn-001-0123456789abcdef.html",
        "page": folder / "turn-003-0123456789abcdef.svg",
        "good": folder / "turn-005-0123456789abcdef.wav",
    }
    files["polyglot"].write_bytes(polyglot_wav(speech))
    files["page"].write_bytes(HTML_PAYLOAD)
    files["good"].write_bytes(speech)
    for i, path in enumerate(files.values()):
        services.repo.add_turn(
            TurnRecord(session_id=sid, index=2 * i, role="interviewer", kind="question", text="q")
        )
        services.repo.add_turn(
            TurnRecord(
                session_id=sid,
                index=2 * i + 1,
                role="candidate",
                kind="answer",
                text="a",
                audio_path=str(path),
            )
        )
    return sid, files


def test_sweep_renames_recordings_and_quarantines_the_rest(services, tmp_path) -> None:
    from interviewer.web.media import sweep_stored_audio

    sid, files = _old_session(services, tmp_path)
    home = services.settings.home
    done = sweep_stored_audio(services.repo, services.settings.audio_dir, home / "quarantine")
    assert (done.renamed, done.quarantined) == (1, 1)
    paths = [t.audio_path for t in services.repo.get_session(sid).turns if t.role == "candidate"]
    assert paths[0] == str(files["polyglot"].with_suffix(".wav").resolve())
    assert paths[1] is None and paths[2] == str(files["good"])
    left = sorted(p.suffix for p in (services.settings.audio_dir / str(sid)).iterdir())
    assert left == [".wav", ".wav"]
    assert (home / "quarantine" / str(sid) / f"{files['page'].name}.quarantined").is_file()
    again = sweep_stored_audio(services.repo, services.settings.audio_dir, home / "quarantine")
    assert (again.renamed, again.quarantined) == (0, 0)


def test_serve_sweeps_on_start(services, tmp_path) -> None:
    sid, files = _old_session(services, tmp_path)
    home = services.settings.home
    services.close()
    with served_app(home):
        pass
    assert not files["polyglot"].exists() and files["polyglot"].with_suffix(".wav").is_file()
    assert not files["page"].exists()
    assert "1 that were not audio" in (home / "serve.log").read_text()
