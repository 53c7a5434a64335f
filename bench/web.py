"""Web app latency in a real chromium: page ready after `serve`, and answer → first token of the
next question visible in the page (offline engine, so the figures measure the app, not a model)."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench._servers import CHROMIUM, CHROMIUM_ARGS, served_app
from bench.suite import Row

ANSWERS = [
    "I led the search ranking rewrite. Recall was 72% on 2,000 queries; I chose a two-stage ranker "
    "over one large model because of latency, and reached 86%.",
    "I personally wrote the feature pipeline. We weighed nightly batch against streaming and chose "
    "batch, trading freshness for cost.",
    "The first rollout failed: p99 went to 900 ms. I learned to load-test with real traffic first; "
    "after caching, p99 stayed under 300 ms.",
]
# Clicks Submit and waits, in the page, for one more interviewer message: the first streamed chunk.
FIRST_TOKEN_JS = """async (n) => {
  const bots = () => document.querySelectorAll("#chat [data-testid='bot']").length;
  const t0 = performance.now();
  document.querySelector('#send').click();
  while (bots() <= n) { await new Promise(r => requestAnimationFrame(r)); }
  return performance.now() - t0;
}"""


# The same server's raw HTTP round trip from the same page: the floor under any page update.
RAW_HTTP_JS = """async () => {
  const t0 = performance.now();
  await (await fetch(location.origin + '/config', {cache: 'no-store'})).text();
  return performance.now() - t0;
}"""


def _page_ready(browser, home: Path) -> tuple[float, float]:
    """Seconds from starting `interviewer serve` to (server answering, interview tab visible)."""
    t0 = time.perf_counter()
    # polled often, as a user's reload would find it
    with served_app(home, timeout=180, poll=0.05) as url:
        listening = time.perf_counter() - t0
        page = browser.new_page()
        try:
            page.goto(url, timeout=60_000)
            page.wait_for_selector("#start", state="visible", timeout=60_000)
            return listening, time.perf_counter() - t0
        finally:
            page.close()


def _wait_done(page, bots_before: int) -> None:
    page.wait_for_function(
        """n => document.querySelectorAll("#chat [data-testid='bot']").length > n &&
               (!document.querySelector('#answer textarea').disabled ||
                document.querySelector('#report .iv-report'))""",
        arg=bots_before,
        timeout=60_000,
    )


def _bots(page) -> int:
    return page.locator("#chat [data-testid='bot']").count()


def _first_token_times(browser, home: Path, answers: int) -> tuple[list[float], list[float]]:
    """Milliseconds from clicking Submit to the next question's first chunk in the page, and of
    a raw HTTP request to the same server from the same page after each answer (the baseline)."""
    with served_app(home, timeout=180) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url, timeout=60_000)
        page.wait_for_selector("#start", state="visible")
        times: list[float] = []
        raw: list[float] = []
        while len(times) < answers:
            if page.locator("#answer textarea").is_disabled():
                page.click("#new")
                before = _bots(page)
                page.click("#start")
                _wait_done(page, before)
            before = _bots(page)
            page.fill("#answer textarea", ANSWERS[len(times) % len(ANSWERS)])
            times.append(float(page.evaluate(FIRST_TOKEN_JS, before)))
            _wait_done(page, before)
            raw.append(float(page.evaluate(RAW_HTTP_JS)))
        return times, raw


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run(quick: bool = False) -> list[Row]:
    from playwright.sync_api import sync_playwright

    starts, answers = (1, 5) if quick else (3, 12)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            pairs = [_page_ready(browser, Path(tmp) / f"ready{i}") for i in range(starts)]
            first, raw = _first_token_times(browser, Path(tmp) / "answers", answers)
        finally:
            browser.close()
    listen_p50 = statistics.median(a for a, _ in pairs)
    ready_p50 = statistics.median(b for _, b in pairs)
    first_p50, first_p95 = statistics.median(first), _p95(first)
    raw_p50, raw_p95 = statistics.median(raw), _p95(raw)
    from bench import _web_load

    return [
        *_web_load.run(quick),
        Row(f"server answering after `serve` p50 (s, n={starts})", listen_p50),
        Row(
            f"page ready after `serve` p50 (s, n={starts})",
            ready_p50,
            baseline=listen_p50,
            baseline_name="server answering",
            at_most=10,
        ),
        Row(
            f"answer → first token of next question p50 (ms, n={answers})",
            first_p50,
            baseline=raw_p50,
            baseline_name="raw HTTP GET /config",
            at_most=1000,
        ),
        Row(
            f"answer → first token of next question p95 (ms, n={answers})",
            first_p95,
            baseline=raw_p95,
            baseline_name="raw HTTP GET /config",
            at_most=2000,
        ),
    ]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row.as_dict())
