"""Run every benchmark module and print one table with the targets beside the figures."""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import sys
import time
import traceback

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

#: module name -> what it measures; each module exposes run(quick: bool) -> list[dict].
MODULES = {
    "bench.cli": "CLI start-up",
    "bench.engine": "offline engine latency",
    "bench.grading": "offline grader accuracy and speed",
    "bench.bank": "answer keys: size, key-point detection, question matching",
    "bench.reading": "reading layer: acts, drift, relevance, facts, contradictions, injection",
    "bench.voice": "speech-to-text and voice turn latency",
    "bench.llm": "LLM path through a local llama.cpp server",
    "bench.web": "web page and streaming latency",
}

COLUMNS = ("area", "metric", "value", "target", "status")


def _fmt(v: object) -> str:
    if isinstance(v, float):
        return f"{v:.3g}" if abs(v) < 1000 else f"{v:.0f}"
    return "" if v is None else str(v)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    ap.add_argument("--only", nargs="*", help="module names, e.g. engine grading")
    args = ap.parse_args(argv)
    rows: list[dict[str, object]] = []
    for mod_name, label in MODULES.items():
        short = mod_name.split(".")[1]
        if args.only and short not in args.only:
            continue
        t0 = time.perf_counter()
        try:
            mod = importlib.import_module(mod_name)
            accepts_quick = "quick" in inspect.signature(mod.run).parameters
            result = mod.run(quick=args.quick) if accepts_quick else mod.run()
            for r in result:
                rows.append({"area": short, **r})
        except Exception as e:  # noqa: BLE001 - one broken benchmark must not hide the others
            traceback.print_exc(file=sys.stderr)
            rows.append(
                {
                    "area": short,
                    "metric": label,
                    "value": f"failed: {e}",
                    "target": "",
                    "status": "ERROR",
                }
            )
        print(f"[{short}] done in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    widths = {c: max(len(c), *(len(_fmt(r.get(c))) for r in rows)) for c in COLUMNS} if rows else {}
    print(" | ".join(c.ljust(widths[c]) for c in COLUMNS))
    print("-+-".join("-" * widths[c] for c in COLUMNS))
    for r in rows:
        print(" | ".join(_fmt(r.get(c)).ljust(widths[c]) for c in COLUMNS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
