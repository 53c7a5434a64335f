"""Per-answer view of the TUNING engine sessions (and of untouched2/untouched3, declared seen in
session 8): what the script annotated, what the engine read, what it did next and how LABELLING.md
labels it. Never reads the held-out split, untouched or untouched11 (untouched4 is seen since session 9,
untouched5 since session 10, untouched6 since session 11, untouched7 since session 12, untouched8
since session 13, untouched9 since session 14, untouched10 since session 15).

    python -m bench._engine_diag [--label nag,misapplied] [--count drift,conflict_fp] [SESSION...]

Filters: --label keeps follow-ups with that label; --count keeps answers that moved a counter
(drift, drift_caught, conflict_fp, planted...); --missed keeps answers whose counter moved without
its success (drift not caught, conflict not caught, stuck not handled).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from bench._engine_score import score_session
from bench.engine import DRIVER, TUNING, _sessions

_MISSED = {"drift": "drift_caught", "conflict": "conflict_caught", "stuck": "stuck_handled"}


def _refused(path: Path) -> bool:
    """Held-out, untouched and untouched11 are never looked at item by item; untouched2 and
    untouched3 were declared seen in session 8, untouched4 in session 9, untouched5 in session 10,
    untouched6 in session 11, untouched7 in session 12, untouched8 in session 13, untouched9 in
    session 14, untouched10 in session 15 (their READMEs say so)."""
    parts = set(path.parts)
    return "heldout" in parts or "untouched" in parts or "untouched11" in parts


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--label", default="")
    ap.add_argument("--count", default="")
    ap.add_argument("--missed", action="store_true")
    ap.add_argument("--json", help="reuse or keep the played transcripts in this file")
    ap.add_argument("sessions", nargs="*")
    args = ap.parse_args()
    paths = [Path(s).resolve() for s in args.sessions] or _sessions(TUNING)
    if any(_refused(p) for p in paths):
        print(
            "_engine_diag reads the tuning and the seen untouched2-10 splits only", file=sys.stderr
        )
        return 1
    out = Path(args.json) if args.json else Path(tempfile.mkdtemp()) / "played.json"
    if not (args.json and out.is_file()):
        env = {**os.environ, "PYTHONPATH": ""}
        cmd = [sys.executable, str(DRIVER), "--out", str(out), *map(str, paths)]
        subprocess.run(cmd, check=True, env=env)
    results = json.loads(out.read_text(encoding="utf-8"))
    labels = {x for x in args.label.split(",") if x}
    counts = {x for x in args.count.split(",") if x}
    for r in results:
        if "error" in r:
            print(r["id"], "ERROR", r["error"])
            continue
        script = yaml.safe_load(Path(r["file"]).read_text(encoding="utf-8"))
        log: list[dict] = []
        score_session(r, script, log)
        for rec in log:
            c = rec["counts"]
            if labels and rec["label"] not in labels:
                continue
            if counts and not counts & set(c):
                continue
            if args.missed and not any(k in c and v not in c for k, v in _MISSED.items()):
                continue
            rd = rec["reading"] or {}
            print(f"== {rec['session']} [{rec['ref']}] {rec['label'] or rec['response']}")
            print(f"   A: {rec['text'][:300]}")
            a = rec["ann"]
            print(
                f"   ann: act={a['act']} facts={a['facts']} gaps={a['gaps']} planted={a['planted']} conflict={a['conflict']}"
            )
            print(
                f"   read: act={rd.get('act')} facts={rd.get('facts')} roles={rd.get('roles')} gaps={rd.get('gaps')} conf={rd.get('conflicts')} rel={rd.get('relevance')} key={rd.get('key')} content={rd.get('content')}"
            )
            print(
                f"   open={rec['open']} probed={rec['probed']} -> {rec['response']} probe={rec['probe']} quote={rec['quote']!r}"
            )
            print(f"   counts={c}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
