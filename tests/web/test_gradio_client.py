"""The served app's API through gradio_client: a smoke test and twenty simultaneous interviews."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ANSWER = (
    "I led the {token} migration myself. Latency was 800 ms at p99; I compared caching with a "
    "rewrite and chose caching because it was cheaper, and p99 fell to 300 ms."
)
ANSWER_ZH = (
    "我负责{token}迁移。原来延迟八百毫秒，我比较了缓存和重写两种方案，选了缓存，延迟降到三百毫秒。"
)


def _client(url: str):
    from gradio_client import Client

    return Client(url, verbose=False, download_files=False)


def _session_id(status: str) -> int:
    m = re.search(r"#(\d+)|第 (\d+) 场", status)
    assert m, status
    return int(m.group(1) or m.group(2))


def _texts(chat: list[dict]) -> str:
    out = []
    for msg in chat:
        content = msg["content"]
        if isinstance(content, list):
            out += [c.get("text", "") for c in content if isinstance(c, dict)]
        else:
            out.append(str(content))
    return "\n".join(out)


def _interview(url: str, n: int) -> dict:
    """One client: start an interview and answer twice; returns what it saw."""
    client = _client(url)
    lang = "zh" if n % 2 else "en"
    token = f"TOKEN{n:02d}X"
    chat, status, *_ = client.predict(
        lang, "leader", "offline", None, "", "", "", False, api_name="/start"
    )
    sid = _session_id(status)
    for _ in range(2):
        text = (ANSWER_ZH if lang == "zh" else ANSWER).format(token=token)
        chat, status, card, *_ = client.predict(text, False, api_name="/answer")
        assert "/5" in card
    return {"n": n, "sid": sid, "token": token, "chat": _texts(chat), "lang": lang}


def test_api_smoke(server):
    url, _home = server
    client = _client(url)
    names = set(client.view_api(print_info=False, return_format="dict")["named_endpoints"])
    assert {
        "/start",
        "/answer",
        "/answer_audio",
        "/resume",
        "/end",
        "/review_list",
        "/review_show",
        "/export",
        "/practise_weakest",
    } <= names
    chat, status, *_ = client.predict(
        "en", "hr", "offline", None, "", "", "", False, api_name="/start"
    )
    sid = _session_id(status)
    assert chat and chat[-1]["role"] == "assistant"
    client.predict(ANSWER.format(token="SMOKE"), False, api_name="/answer")
    _, _, _, report, *_ = client.predict(api_name="/end")
    assert "Interview report" in report
    table, pick, plot, weakest, empty = client.predict("en", api_name="/review_list")
    assert "<svg" in plot and empty == ""
    assert [row[0] for row in table["data"]] == [sid]
    html, _msg = client.predict(sid, "en", api_name="/review_show")
    assert "SMOKE" in html and "<mark>" in html
    path = client.predict(sid, "csv", "en", api_name="/export")
    text = Path(path if isinstance(path, str) else path["path"]).read_text(encoding="utf-8")
    assert text.startswith("session_id,index,role")
    # A different client (another browser) cannot open it.
    with pytest.raises(Exception, match="No such interview"):
        _client(url).predict(sid, "en", api_name="/review_show")


def test_twenty_simultaneous_sessions(server, served_db):
    url, home = server
    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(lambda n: _interview(url, n), range(20)))
    sids = [r["sid"] for r in results]
    assert len(set(sids)) == 20
    for r in results:
        assert r["token"] in r["chat"]
        others = [o["token"] for o in results if o["token"] != r["token"]]
        assert not any(tok in r["chat"] for tok in others), "a session shows another's answer"
    svc = served_db(home)
    from sqlalchemy import select

    from storage.models import SessionRow

    with svc.db.session() as s:
        owner_of = dict(s.execute(select(SessionRow.id, SessionRow.owner)).all())
    assert len({owner_of[sid] for sid in sids}) == 20, "each client must get its own owner id"
    for r in results:
        rec = svc.repo.get_session(r["sid"])
        answers = [t for t in rec.turns if t.role == "candidate"]
        assert len(answers) == 2 and all(t.grades for t in answers)
        assert all(r["token"] in t.text for t in answers)
        assert rec.lang == r["lang"]
        assert [x.id for x in svc.repo.list_sessions(owner=owner_of[r["sid"]])] == [r["sid"]]


def test_api_resume_unfinished_session(server):
    url, _home = server
    client = _client(url)
    chat, status, *_ = client.predict(
        "zh", "hr", "offline", None, "", "", "", False, api_name="/start"
    )
    sid = _session_id(status)
    chat, *_ = client.predict(ANSWER_ZH.format(token="RESUME"), False, api_name="/answer")
    cleared, status_new, *_ = client.predict(api_name="/new")
    assert cleared == [] and "#" not in status_new
    out = client.predict(sid, False, api_name="/resume")
    assert out[0] == chat and _session_id(out[1]) == sid
    out = client.predict(sid, False, api_name="/review_resume")
    assert out[0] == chat
    # Another client cannot resume it: the reason shows next to Start (no error toast), in the
    # same words as a missing session.
    out = _client(url).predict(sid, False, api_name="/resume")
    assert "No such interview" in out[-2] and "iv-error" in out[-2]
