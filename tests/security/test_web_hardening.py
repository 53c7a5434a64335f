"""The served app over real HTTP (gradio_client and raw requests): models the operator offers,
upload limits and clean-up, cross-site uploads, ids and "not found", exports gone with their
session, CSV cells that cannot run as formulas, and no server path in any message."""

from __future__ import annotations

import csv
import io
import re
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from bench._servers import served_app

GOOD = "I led the search rewrite; recall went from 72% to 86% on 2,000 queries."
FORMULA = '=HYPERLINK("http://evil.example/x","click")'


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    home = tmp_path_factory.mktemp("hardening") / "home"
    with served_app(home, {"INTERVIEWER_MODELS": "offline"}) as url:
        yield url, home


def _client(url: str):
    from gradio_client import Client

    return Client(url, verbose=False, download_files=False)


def _start(client) -> int:
    _, status, *_ = client.predict(
        "en", "leader", "offline", None, "", "", "", False, api_name="/start"
    )
    return int(re.search(r"#(\d+)", status).group(1))


def _said(client, *args, api: str) -> str:
    """What the page says to a call: the error it raises, or the outputs it returns (errors are
    shown inline next to their control)."""
    try:
        return str(client.predict(*args, api_name=api))
    except Exception as e:  # noqa: BLE001 - a refusal is an answer; its words are checked
        return str(e)


def _upload(url: str, name: str, data: bytes, headers: dict[str, str] | None = None) -> int:
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    req = urllib.request.Request(url + "/gradio_api/upload", data=body, method="POST")
    req.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def _cached(home: Path) -> list[Path]:
    root = home / "cache"
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_only_offered_models(app) -> None:
    url, home = app
    client = _client(url)
    with pytest.raises(Exception, match="not offered|not in the list of choices") as info:
        client.predict("en", "leader", "openai/gpt-4o", None, "", "", "", False, api_name="/start")
    assert str(home) not in str(info.value)
    assert (
        "#"
        in client.predict("en", "leader", "offline", None, "", "", "", False, api_name="/start")[1]
    )


def test_cross_site_uploads_are_refused(app) -> None:
    url, home = app
    before = _cached(home)
    evil = {"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"}
    assert _upload(url, "cv.txt", b"x" * 100, evil) == 403
    assert _upload(url, "cv.txt", b"x" * 100, {"Origin": "http://evil.example"}) == 403
    assert _upload(url, "cv.txt", b"x" * 100, {"Origin": "null"}) == 403
    assert _cached(home) == before
    assert _upload(url, "cv.txt", b"x" * 100, {"Sec-Fetch-Site": "same-origin"}) == 200


def test_upload_limits_and_clean_up(app, tmp_path: Path) -> None:
    from gradio_client import handle_file

    url, home = app
    assert _upload(url, "huge.bin", b"\0" * (50 * 1024 * 1024 + 1)) in (400, 413)
    big = tmp_path / "cv.pdf"
    with big.open("wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(11 * 1024 * 1024)
    client = _client(url)
    said = _said(
        client, "en", "leader", "offline", handle_file(str(big)), "", "", "", False, api="/start"
    )
    assert "too large" in said and "10 MB" in said and str(home) not in said, said
    good = tmp_path / "cv.md"
    good.write_text("Search ranking revamp (2023): recall from 72% to 86%.\n", encoding="utf-8")
    client.predict(
        "en", "leader", "offline", handle_file(str(good)), "", "", "", False, api_name="/start"
    )
    leftovers = [p.name for p in _cached(home) if p.name in ("cv.pdf", "cv.md")]
    assert leftovers == [], "uploads are deleted once processed"


def test_no_server_path_in_messages(app, tmp_path: Path) -> None:
    from gradio_client import handle_file

    url, home = app
    client = _client(url)
    _start(client)
    fake = tmp_path / "answer.wav"
    fake.write_bytes(b"<html>not audio</html>")
    try:
        out = client.predict(handle_file(str(fake)), False, api_name="/answer_audio")
        text = str(out)
    except Exception as e:  # noqa: BLE001 - a refusal is fine; its words are checked
        text = str(e)
    assert "/tmp" not in text and str(home) not in text and "gradio" not in text.lower(), text


def test_same_words_for_missing_others_and_garbage_ids(app) -> None:
    url, _ = app
    mine = _client(url)
    sid = _start(mine)
    stranger = _client(url)
    for value in (sid, 999_999, "abc", "1 OR 1=1", "-1", "99999999999999999999"):
        shown = _said(stranger, value, "en", api="/review_show")
        resumed = _said(stranger, value, False, api="/resume")
        for said in (shown, resumed):
            assert "No such interview." in said, (value, said)
            assert "invalid literal" not in said


def test_exports_go_with_their_session_and_csv_cells_are_inert(app) -> None:
    url, home = app
    client = _client(url)
    sid = _start(client)
    client.predict(FORMULA + " " + GOOD, False, api_name="/answer")
    paths = []
    for fmt in ("csv", "md", "json"):
        out = client.predict(sid, fmt, "en", api_name="/export")
        paths.append(Path(out if isinstance(out, str) else out["path"]))
    rows = list(csv.reader(io.StringIO(paths[0].read_text(encoding="utf-8"))))
    answer = next(r for r in rows if r[2] == "candidate")
    assert answer[6].startswith("'="), answer[6]
    assert all(p.is_file() and home in p.resolve().parents for p in paths)
    copies = [p for p in _cached(home) if p.name.startswith(f"interview-{sid}.")]
    assert len(copies) >= 3
    client.predict(sid, "en", api_name="/delete")
    assert not any(p.exists() for p in copies), "exports and cached copies go with the session"


def test_the_handler_refuses_models_the_operator_does_not_offer(services, monkeypatch) -> None:
    from interviewer.errors import InputError
    from interviewer.web import handlers as h
    from interviewer.web import state as ws

    ctx = ws.WebContext(services)
    for name in ("openai/anything", "deepseek/deepseek-chat", "offline "):
        if name.strip() in services.settings.allowed_models():
            continue
        with pytest.raises(InputError, match="not offered"):
            list(h.start_interview(ctx, None, persona_id="leader", lang="en", model=name))
    assert services.repo.list_sessions() == []
    services.settings.models = ["offline", "openai/team-model"]
    assert h.check_model(ctx, "openai/team-model", "en") == "openai/team-model"
