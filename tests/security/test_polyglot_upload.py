"""A recording that is also an HTML page (issue 13, item 1) cannot become a page of this origin.

Uploaded as `answer.html` through the served app's API (real HTTP, gradio_client) and answered
with `practice --voice`: it is transcribed and kept, under the suffix of the format the decoder
found (.wav), served only to its owner as audio, `nosniff`, as an attachment; Gradio's file route
serves nothing of the home.
"""

from __future__ import annotations

import json
import shutil
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from security_samples import AUDIO_SUFFIXES, polyglot_wav, spoken_wav, stored_files

from bench._servers import served_app

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")
ANSWER = "I led the migration of our search service and cut latency by half."
WHISPER = {"INTERVIEWER_WHISPER_MODEL": "tiny.en"}


def _get(url: str, cookies: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url)
    if cookies:
        req.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in cookies.items()))
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def _assert_never_a_page(url: str, home: Path, cookies: dict[str, str], sid: int) -> None:
    files = stored_files(home)
    assert files, "the answer's recording must be kept"
    for path in files:
        assert path.suffix in AUDIO_SUFFIXES, path.name
        # The way the review page links it: audio, not sniffable, downloaded, owner only.
        status, headers, body = _get(f"{url}/media/audio/{sid}/{path.name}", cookies)
        assert status == 200 and body == path.read_bytes()
        assert headers["content-type"].startswith("audio/"), headers
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["content-disposition"].startswith("attachment")
        assert _get(f"{url}/media/audio/{sid}/{path.name}")[0] == 404  # no identity: nothing
        # Gradio's own file route serves nothing of the home (the old way in).
        assert _get(f"{url}/gradio_api/file={quote(str(path))}", cookies)[0] in (403, 404)


def test_polyglot_through_the_web_api_is_stored_and_served_as_audio(tmp_path) -> None:
    from gradio_client import Client, handle_file

    upload = tmp_path / "answer.html"
    upload.write_bytes(polyglot_wav(spoken_wav(ANSWER, tmp_path / "speech.wav")))
    home = tmp_path / "home"
    with served_app(home, WHISPER) as url:
        client = Client(url, verbose=False, download_files=False)
        _, status, *_ = client.predict(
            "en", "leader", "offline", None, "", "", "", False, api_name="/start"
        )
        sid = int(status.split("#", 1)[1].split()[0].strip(" ·"))
        # read_aloud False, review False: sent at once (the page's default checks the text first)
        out = client.predict(handle_file(str(upload)), False, False, api_name="/answer_audio")
        chat = json.dumps(out[0])
        assert "latency" in chat.lower() or "search" in chat.lower(), chat
        assert str(tmp_path) not in json.dumps(out), "no server path in what the page gets"
        _assert_never_a_page(url, home, dict(client.cookies), sid)


def test_polyglot_through_practice_voice_is_stored_as_wav(tmp_path, app_home, monkeypatch) -> None:
    from interviewer.cli import cli
    from interviewer.services import Services

    monkeypatch.setenv("INTERVIEWER_WHISPER_MODEL", "tiny.en")
    monkeypatch.setenv("INTERVIEWER_TTS", "off")
    upload = tmp_path / "answer.html"
    upload.write_bytes(polyglot_wav(spoken_wav(ANSWER, tmp_path / "speech.wav")))
    result = CliRunner().invoke(
        cli,
        ["practice", "--voice", "--persona", "leader", "--lang", "en", "--json"],
        input=f"{upload}\n",
    )
    assert result.exit_code == 0, result.output
    sid = json.loads(result.stdout.strip().splitlines()[-1])["session_id"]
    svc = Services()
    try:
        answers = [t for t in svc.repo.get_session(sid).turns if t.role == "candidate"]
    finally:
        svc.close()
    assert answers and answers[0].audio_path and answers[0].audio_path.endswith(".wav")
    assert all(p.suffix in AUDIO_SUFFIXES for p in stored_files(app_home))
