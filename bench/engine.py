"""Offline engine latency: time from an answer to the next question (store, analyse, grade, decide,
write, store), over a 20-turn deep-dive session in Chinese and in English. Target: p95 < 50 ms."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "engine"
TARGET_MS = 50.0


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _session_times(lang: str, turns: int) -> list[float]:
    """Milliseconds per turn: submit_answer + next question, including every database write."""
    import yaml

    from interviewer.engine.session import InterviewRunner
    from interviewer.resume import parse_resume_text
    from interviewer.services import Services

    answers = yaml.safe_load((DATA / "answers.yaml").read_text(encoding="utf-8"))[lang]
    pool = [*answers["vague"], *answers["strong"], answers["contradiction"]]
    resume = parse_resume_text((DATA / f"resume_{lang}.md").read_text(encoding="utf-8"), "bench")
    services = Services()
    times: list[float] = []
    try:
        runner = None
        i = 0
        while len(times) < turns:
            if runner is None or runner.finished:
                runner = InterviewRunner.start(
                    services, persona_id="deep_dive", lang=lang, resume=resume
                )
                runner.next_question()
            t0 = time.perf_counter()
            runner.submit_answer(pool[i % len(pool)])
            runner.next_question()
            times.append((time.perf_counter() - t0) * 1000)
            i += 1
    finally:
        services.close()
    return times


def run(quick: bool = False) -> list[dict[str, object]]:
    """One row per language with p50/p95 of answer → next question, beside the 50 ms target."""
    turns = 20
    rows: list[dict[str, object]] = []
    old_home = os.environ.get("INTERVIEWER_HOME")
    with tempfile.TemporaryDirectory() as home:
        os.environ["INTERVIEWER_HOME"] = home
        try:
            for lang in ("en", "zh"):
                _session_times(lang, 3)  # warm imports, caches and the database file
                times = []
                for _ in range(1 if quick else 3):
                    times += _session_times(lang, turns)
                p50, p95 = statistics.median(times), _percentile(times, 0.95)
                rows.append(
                    {
                        "metric": f"offline answer→next question p50 ({lang}, ms)",
                        "value": round(p50, 1),
                        "target": "",
                        "status": "",
                    }
                )
                rows.append(
                    {
                        "metric": f"offline answer→next question p95 ({lang}, ms)",
                        "value": round(p95, 1),
                        "target": f"< {TARGET_MS:.0f}",
                        "status": "ok" if p95 < TARGET_MS else "MISS",
                    }
                )
            load = os.getloadavg()[0] / (os.cpu_count() or 1)
            rows.append(
                {
                    "metric": "machine load during the run (1-min load avg per CPU)",
                    "value": round(load, 2),
                    "target": "",
                    "status": "",
                }
            )
        finally:
            if old_home is None:
                os.environ.pop("INTERVIEWER_HOME", None)
            else:
                os.environ["INTERVIEWER_HOME"] = old_home
    return rows


def main() -> int:
    rows = run(quick="--quick" in sys.argv)
    width = max(len(str(r["metric"])) for r in rows)
    print(f"{'metric'.ljust(width)} | value  | target | status")
    print(f"{'-' * width}-+--------+--------+-------")
    for r in rows:
        print(
            f"{str(r['metric']).ljust(width)} | {r['value']!s:<6} | {r['target']!s:<6} | {r['status']}"
        )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
