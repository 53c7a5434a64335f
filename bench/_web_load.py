"""Twenty simulated users through the served app's API, with and without three clients sending
a crafted PDF in a loop, in the same run: does one hostile résumé slow everyone else down?

Each user (a gradio_client) starts a deep-dive interview and sends eight answers; the figure is
answer → next question (the whole reply: grading plus the next question streamed). The crafted
PDF has fifty pages sharing one content stream of twenty thousand text operators (8 KB; several
seconds of CPU in a plain text extractor). Offline engine: the figures measure the app.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench._servers import served_app
from bench.suite import Row

RESUME = (
    "Search ranking revamp (2023): led the rewrite of the ranking service; recall from 72% to 86%; "
    "p99 under 300 ms. Skills: Python, PyTorch, Elasticsearch."
)
ANSWERS = [
    "I led the ranking rewrite. Recall was 72% on 2,000 queries; I chose a two-stage ranker over one "
    "large model because of latency, and reached 86%.",
    "I wrote the feature pipeline myself. We weighed nightly batch against streaming and chose batch, "
    "trading freshness for cost.",
    "The first rollout failed: p99 went to 900 ms. I learned to load-test with real traffic first; "
    "after caching, p99 stayed under 300 ms.",
    "We measured offline on a fixed set of 2,000 labelled queries and online with a two-week A/B test "
    "on 10% of traffic.",
]


def crafted_pdf(operators: int = 20_000, pages: int = 50) -> bytes:
    """A small PDF whose pages all share one long content stream of text operators."""
    content = b"BT /F1 9 Tf 72 720 Td " + b"(x) Tj " * operators + b"ET"
    stream = zlib.compress(content, 9)
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    font = 4 + pages
    page = (
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
        f"/Resources << /Font << /F1 {font} 0 R >> >> >>"
    ).encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        *([page] * pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _client(url: str):
    from gradio_client import Client

    return Client(url, verbose=False, download_files=False)


def _start(client) -> None:
    client.predict("en", "deep_dive", "offline", None, RESUME, "", "", False, api_name="/start")


def _user(url: str, answers: int) -> list[float]:
    """One user's answer → next question times (ms); a finished interview starts another."""
    client = _client(url)
    _start(client)
    times: list[float] = []
    while len(times) < answers:
        t0 = time.perf_counter()
        out = client.predict(ANSWERS[len(times) % len(ANSWERS)], False, api_name="/answer")
        times.append((time.perf_counter() - t0) * 1000)
        if out[3]:  # the report is shown: the interview is over
            _start(client)
    return times


def _attacker(url: str, pdf: Path, stop: threading.Event, sent: list[int]) -> None:
    from gradio_client import handle_file

    client = _client(url)
    while not stop.is_set():
        try:
            client.predict(
                "en",
                "leader",
                "offline",
                handle_file(str(pdf)),
                "",
                "",
                "",
                False,
                api_name="/start",
            )
        except Exception:  # noqa: BLE001, S110 - refusals (out of time, too big) are the point
            pass
        sent.append(1)


def _round(
    url: str, users: int, answers: int, attackers: int, pdf: Path
) -> tuple[list[float], int]:
    stop, sent = threading.Event(), list[int]()
    threads = [
        threading.Thread(target=_attacker, args=(url, pdf, stop, sent), daemon=True)
        for _ in range(attackers)
    ]
    for t in threads:
        t.start()
    if attackers:
        time.sleep(2.0)  # the attack is under way before the users arrive
    try:
        with ThreadPoolExecutor(max_workers=users) as pool:
            per_user = list(pool.map(lambda _: _user(url, answers), range(users)))
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=120)
    return [x for times in per_user for x in times], len(sent)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run(quick: bool = False) -> list[Row]:
    users, answers = (6, 4) if quick else (20, 8)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "crafted.pdf"
        pdf.write_bytes(crafted_pdf())
        with served_app(Path(tmp) / "home", timeout=180) as url:
            _round(url, 2, 1, 0, pdf)  # warm-up: models, caches, first connections
            clean, _ = _round(url, users, answers, 0, pdf)
            attacked, uploads = _round(url, users, answers, 3, pdf)
    n = f"{users} users × {answers} answers"
    return [
        Row(
            f"answer → next question p50, 3 clients sending a crafted PDF (ms, {n})",
            statistics.median(attacked),
            baseline=statistics.median(clean),
            baseline_name="same users, no attack",
        ),
        Row(
            f"answer → next question p95, 3 clients sending a crafted PDF ({uploads} sent; ms, {n})",
            _p95(attacked),
            baseline=_p95(clean),
            baseline_name="same users, no attack",
            max_ratio=2,
        ),
    ]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row.as_dict())
