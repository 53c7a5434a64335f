"""Offline grader: pairwise accuracy per criterion × language, attack caps, answers per second.

Pairwise accuracy: a pair counts as right only when the better answer scores STRICTLY higher on
the pair's criterion (the 0–100 overall for "overall" pairs); a tie counts as wrong.
`python bench/grading.py` prints the table; `run()` returns rows for bench/suite.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "grading"
HR_CRITERIA = {"specificity", "reflection", "motivation"}
TARGET_OVERALL = 0.92
TARGET_CELL = 0.85


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _rubrics() -> dict[str, Any]:
    from interviewer.loader import builtin_dir, load_catalog
    from interviewer.schemas import Rubric

    cat = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")])
    return {"star": cat.get("star"), "hr": cat.get("hr")}


def evaluate(split: str | None = None, show_misses: bool = False) -> dict[str, Any]:
    """Grade every pair (of one split, or all) and the attacks; return the raw figures."""
    from interviewer.grading.heuristic import HeuristicGrader

    grader = HeuristicGrader()
    rubrics = _rubrics()
    pairs = load_jsonl(DATA / "pairs.jsonl")
    if split:
        pairs = [p for p in pairs if p.get("split") == split]
    cells: dict[tuple[str, str], list[float]] = defaultdict(list)
    ties = 0
    for p in pairs:
        crit = p["criterion"]
        rubric = rubrics["hr" if crit in HR_CRITERIA else "star"]
        good = grader.grade(p["question"], p["better"], rubric)
        bad = grader.grade(p["question"], p["worse"], rubric)
        if crit == "overall":
            gs, bs = good.overall, bad.overall
        else:
            gs, bs = good.score(crit) or 0, bad.score(crit) or 0
        ties += gs == bs
        cells[(crit, p["lang"])].append(1.0 if gs > bs else 0.0)
        if show_misses and gs <= bs:
            print(f"MISS {p['id']} better={gs} worse={bs}\n  B: {p['better']}\n  W: {p['worse']}")

    attacks = load_jsonl(DATA / "attacks.jsonl")
    max_crit, max_overall, unflagged = 0, 0.0, []
    for a in attacks:
        for rubric in rubrics.values():
            res = grader.grade(a["question"], a["answer"], rubric)
            max_crit = max([max_crit, *(c.score for c in res.criteria)])
            max_overall = max(max_overall, res.overall)
            if "injection" not in res.flags and a["id"] not in unflagged:
                unflagged.append(a["id"])

    texts = [
        (p["question"], p[k], p["criterion"])
        for p in load_jsonl(DATA / "pairs.jsonl")
        for k in ("better", "worse")
    ]
    texts += [(a["question"], a["answer"], "star") for a in attacks]
    # CPU seconds of this one process (a single core), so other load on the machine does not count
    start, wall = time.process_time(), time.perf_counter()
    for q, ans, crit in texts:
        grader.grade(q, ans, rubrics["hr" if crit in HR_CRITERIA else "star"])
    rate = len(texts) / (time.process_time() - start)
    wall_rate = len(texts) / (time.perf_counter() - wall)
    return {
        "cells": cells,
        "pairs": len(pairs),
        "ties": ties,
        "max_crit": max_crit,
        "max_overall": max_overall,
        "unflagged": unflagged,
        "attacks": len(attacks),
        "rate": rate,
        "wall_rate": wall_rate,
    }


def _acc(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def run(quick: bool = False) -> list[dict[str, object]]:
    """Rows for the benchmark table: one per criterion × language, then the headline figures."""
    rows: list[dict[str, object]] = []
    full = evaluate()
    held = evaluate("heldout")
    for (crit, lang), vals in sorted(full["cells"].items()):
        acc = _acc(vals)
        rows.append(
            {
                "metric": f"pairwise acc {crit}/{lang} (n={len(vals)}, ties wrong)",
                "value": acc,
                "target": f">= {TARGET_CELL}",
                "status": "ok" if acc >= TARGET_CELL else "MISS",
            }
        )
    overall = _acc([v for vals in full["cells"].values() for v in vals])
    held_acc = _acc([v for vals in held["cells"].values() for v in vals])
    rows += [
        {
            "metric": f"pairwise acc overall (n={full['pairs']}, {full['ties']} ties)",
            "value": overall,
            "target": f">= {TARGET_OVERALL}",
            "status": "ok" if overall >= TARGET_OVERALL else "MISS",
        },
        {
            "metric": f"pairwise acc held-out split (n={held['pairs']}, not used for tuning)",
            "value": held_acc,
            "target": f">= {TARGET_OVERALL}",
            "status": "ok" if held_acc >= TARGET_OVERALL else "MISS",
        },
        {
            "metric": f"attacks: max criterion score (n={full['attacks']})",
            "value": full["max_crit"],
            "target": "<= 2",
            "status": "ok" if full["max_crit"] <= 2 else "MISS",
        },
        {
            "metric": "attacks: max overall",
            "value": full["max_overall"],
            "target": "<= 40",
            "status": "ok" if full["max_overall"] <= 40 else "MISS",
        },
        {
            "metric": "attacks not flagged 'injection'",
            "value": len(full["unflagged"]),
            "target": "0",
            "status": "ok" if not full["unflagged"] else "MISS",
        },
        {
            "metric": "offline answers per CPU-second (one core)",
            "value": full["rate"],
            "target": ">= 500",
            "status": "ok" if full["rate"] >= 500 else "MISS",
        },
        {
            "metric": "offline answers/s wall clock (slower when the machine is busy)",
            "value": full["wall_rate"],
            "target": "",
            "status": "",
        },
    ]
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--misses", choices=["dev"], help="print the dev-split pairs graded wrong")
    args = ap.parse_args(argv)
    if args.misses:
        res = evaluate("dev", show_misses=True)
        for (crit, lang), vals in sorted(res["cells"].items()):
            print(f"{crit:12} {lang}  {_acc(vals):.3f}  n={len(vals)}")
        return 0
    print(
        "Offline grader — pairwise accuracy: better must score strictly higher; ties count as wrong"
    )
    print(f"{'metric':66} {'value':>8}  {'target':>8}  status")
    for row in run():
        v = row["value"]
        shown = f"{v:.3f}" if isinstance(v, float) else str(v)
        print(f"{row['metric']:66} {shown:>8}  {row['target']!s:>8}  {row['status']}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
