"""Two `interviewer serve` processes on one PostgreSQL database, each browser sticky to one of
them (as the README's proxy example routes): twenty simulated users, no errors, no lost or
misplaced turns. This is how a team that outgrows one process scales."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack

import pytest

from bench._servers import served_app

pytestmark = pytest.mark.slow  # two servers, twenty clients: minutes on a loaded 2-core machine

ANSWERS = [
    "I led the {t} migration; p99 latency fell from 800 ms to 300 ms after I added caching.",
    "I compared a rewrite with caching and chose caching because it was cheaper for {t}.",
    "The first rollout of {t} failed; I learned to load-test with production traffic first.",
]


def _user(url: str, n: int) -> dict:
    from gradio_client import Client

    client = Client(url, verbose=False, download_files=False)
    token = f"USER{n:02d}TOKEN"
    _, status, *_ = client.predict(
        "en", "leader", "offline", None, "", "", "", False, api_name="/start"
    )
    sid = int(re.search(r"#(\d+)", status).group(1))
    for text in ANSWERS:
        _, _, card, *_ = client.predict(text.format(t=token), False, api_name="/answer")
        assert "/5" in card
    return {"sid": sid, "token": token}


def test_twenty_users_on_two_processes_share_one_database(pg_url, tmp_path) -> None:
    home = tmp_path / "home"
    settings = {"INTERVIEWER_DB_URL": pg_url}
    with ExitStack() as stack:
        urls = [stack.enter_context(served_app(home, settings)) for _ in range(2)]
        with ThreadPoolExecutor(max_workers=20) as pool:
            futures = [pool.submit(_user, urls[n % 2], n) for n in range(20)]
            results = [f.result() for f in futures]  # any error in any user fails here
    from interviewer.config import load_settings
    from interviewer.services import Services

    svc = Services(load_settings(home=home, db_url=pg_url))
    try:
        assert len({r["sid"] for r in results}) == 20
        for r in results:
            turns = svc.repo.get_session(r["sid"]).turns
            answers = [t for t in turns if t.role == "candidate"]
            assert [t.index for t in turns] == list(range(len(turns))), "no gaps, no reordering"
            assert len(answers) == 3 and all(r["token"] in t.text and t.grades for t in answers)
        owners = {svc.repo.get_session(r["sid"]).owner for r in results}
        assert len(owners) == 20
    finally:
        svc.close()
