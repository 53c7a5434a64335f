"""Offline engine quality and latency on scripted candidate sessions, beside TODAY's engine.

Plays every session of tests/data/engine/sessions/ (tuning), tests/data/engine/untouched/sessions/
(written before a round of policy work and never tuned on) and tests/data/heldout/engine/
(held-out, written by someone else; only aggregates are printed, never item text) through the
working tree's engine and through the engine of BASELINE_COMMIT (extracted with `git archive`),
each in its own process, in the same run. Scores follow tests/data/engine/LABELLING.md:
follow-up precision, nag rate, stuck handling, drift caught and false positives, contradiction
recall and false positives, gap recall, quote exactness, and answer → next question p95.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench._baseline import extract_commit
from bench.suite import Row

ROOT = Path(__file__).resolve().parent.parent
TUNING = ROOT / "tests" / "data" / "engine" / "sessions"
HELDOUT = ROOT / "tests" / "data" / "heldout" / "engine"
#: Written by listen5 in session 5 BEFORE any policy change of that session, measured untouched
#: and never tuned on afterwards (tests/data/engine/untouched/README.md).
UNTOUCHED = ROOT / "tests" / "data" / "engine" / "untouched" / "sessions"
#: Written by listen7 in session 6 BEFORE any engine change of that session (other résumé kinds,
#: voices and rounds; tests/data/engine/untouched2/README.md), never tuned on.
UNTOUCHED2 = ROOT / "tests" / "data" / "engine" / "untouched2" / "sessions"
#: Written by listen9 in session 7 BEFORE any engine change of that session (speech, product
#: search, document and customer-service résumés; tests/data/engine/untouched3/README.md).
UNTOUCHED3 = ROOT / "tests" / "data" / "engine" / "untouched3" / "sessions"
#: Written by listen10 in session 8 BEFORE any engine change of that session (fraud scoring, code
#: review tooling, ads CTR and factory vision résumés; HR counter-questions and retold stories;
#: tests/data/engine/untouched4/README.md), never tuned on and never diagnosed.
UNTOUCHED4 = ROOT / "tests" / "data" / "engine" / "untouched4" / "sessions"
#: Written by listen12 in session 9 BEFORE any engine change of that session (serving-infra,
#: data-engineering and two career-changer résumés; pointers back to earlier answers,
#: counter-questions in leader rounds; tests/data/engine/untouched5/README.md), never tuned on.
UNTOUCHED5 = ROOT / "tests" / "data" / "engine" / "untouched5" / "sessions"
#: Written by policy10 in session 10 BEFORE any engine change of that session (clinical NLP,
#: energy forecasting, game AI and supply-chain résumés; voices the other splits lack;
#: tests/data/engine/untouched6/README.md), never tuned on; declared seen in session 11.
UNTOUCHED6 = ROOT / "tests" / "data" / "engine" / "untouched6" / "sessions"
#: Written by policy11 in session 11 BEFORE any engine change of that session (security ops,
#: warehouse robotics, broker research and driving-data résumés in new layouts; voices the other
#: splits lack; tests/data/engine/untouched7/README.md), never tuned on; declared seen in session 12.
UNTOUCHED7 = ROOT / "tests" / "data" / "engine" / "untouched7" / "sessions"
#: Written by policy12 in session 12 BEFORE any engine change of that session (legal-tech,
#: grocery pricing, medical imaging and game customer-service résumés; terse, rambling,
#: non-native, code-mixed, everything-up-front and dodging voices;
#: tests/data/engine/untouched8/README.md), never tuned on and never diagnosed.
UNTOUCHED8 = ROOT / "tests" / "data" / "engine" / "untouched8" / "sessions"
#: Written by policy13 in session 13 BEFORE any engine change of that session (localization MT,
#: trust-and-safety, anti-money-laundering graph and wind-turbine maintenance résumés; terse,
#: don't-know, non-native, drifting, code-mixed, rambling, everything-up-front and dodging voices;
#: tests/data/engine/untouched9/README.md), never tuned on; declared seen in session 14.
UNTOUCHED9 = ROOT / "tests" / "data" / "engine" / "untouched9" / "sessions"
#: Written by policy14 in session 14 BEFORE any engine change of that session (sports analytics,
#: agricultural remote sensing, semiconductor yield and live-stream e-commerce résumés;
#: self-correcting, numbered-list, understated, Indian English, slang and rambling voices;
#: tests/data/engine/untouched10/README.md), never tuned on; declared seen in session 15.
UNTOUCHED10 = ROOT / "tests" / "data" / "engine" / "untouched10" / "sessions"
#: Written by policy15 in session 15 BEFORE any engine change of that session (data-platform,
#: PM-turned-ML, embedded on-device AI and 校招 competition résumés; terse, defensive,
#: over-detailed, code-switching and ASR-transcript voices; tests/data/engine/untouched11/README.md),
#: never tuned on and never diagnosed.
UNTOUCHED11 = ROOT / "tests" / "data" / "engine" / "untouched11" / "sessions"
#: main when issue 15 started: the engine this work is measured against. ENGINE_BASELINE_COMMIT
#: names another commit for one run (e.g. main at a session's start, for a same-run baseline).
BASELINE_COMMIT = os.environ.get("ENGINE_BASELINE_COMMIT") or "4df5d9e"
DRIVER = ROOT / "bench" / "_engine_driver.py"

TARGETS: dict[str, tuple[str, float | None, bool]] = {
    # metric -> (label, target, higher is better)
    "precision": ("follow-up precision (targets something missing)", 0.85, True),
    "nag": ("nag rate (asks for what was said)", 0.03, False),
    "misapplied": ("misapplied follow-ups (precondition absent)", None, False),
    "stuck": ("don't-know handled (reframe once or move on)", 1.0, True),
    "drift": ("drift caught (first off-topic answer redirected)", 0.9, True),
    "drift_fp": ("drift false positives (over on-topic answers)", 0.05, False),
    "conflict": ("contradiction recall", 0.9, True),
    "conflict_fp": ("contradiction false positives (over consistent numeric answers)", 0.05, False),
    "recall": ("gap recall (planted gap probed)", 0.85, True),
    "quotes": ("quotes that are exact clauses of the latest answer", 1.0, True),
    "clarify": ("clarifying question answered (probe clarify)", 1.0, True),
    "injection": ("injection met with a calm redirect", 1.0, True),
}


def _sessions(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.yaml") if p.is_file())


def _extract_baseline(dest: Path) -> bool:
    """Today's engine source (interviewer, storage, personas, rubrics) into dest; False if git fails."""
    # the answer keys (bank/) too when the commit has them: without them a baseline after the
    # bank landed plans other technical questions than the same code with its keys would
    paths = ["interviewer", "storage", "personas", "rubrics"]
    known = subprocess.run(
        ["git", "-C", str(ROOT), "cat-file", "-e", f"{BASELINE_COMMIT}:bank"], capture_output=True
    )
    if known.returncode == 0:
        paths.append("bank")
    return extract_commit(BASELINE_COMMIT, dest, *paths)


def _play(paths: list[Path], code: Path | None, out: Path) -> list[dict[str, Any]]:
    if not paths:
        return []
    cmd = [sys.executable, str(DRIVER), "--out", str(out)]
    if code is not None:
        cmd += ["--code", str(code)]
    env = {**os.environ, "PYTHONPATH": ""}
    proc = subprocess.run([*cmd, *map(str, paths)], capture_output=True, text=True, env=env)
    if proc.returncode != 0 or not out.is_file():
        raise RuntimeError(f"engine driver failed: {proc.stderr.strip().splitlines()[-1:]}")
    result: list[dict[str, Any]] = json.loads(out.read_text(encoding="utf-8"))
    return result


def _score(results: list[dict[str, Any]], paths: list[Path]) -> dict[tuple[str, str], Any]:
    """Tallies keyed by (lang, family), plus ("all", family) and (lang, "all")."""
    import yaml

    from bench._engine_score import Tally, score_session

    scripts = {str(p): yaml.safe_load(p.read_text(encoding="utf-8")) for p in paths}
    cells: dict[tuple[str, str], Tally] = {}
    errors: dict[str, int] = {}
    for r in results:
        script = scripts.get(r["file"])
        if script is None or "error" in r:
            # Only the exception's class is reported: held-out text never reaches the output.
            kind = r.get("error_kind", "unknown")
            errors[kind] = errors.get(kind, 0) + 1
            continue
        t = score_session(r, script)
        lang, fam = script["lang"], script.get("candidate", "mixed")
        for key in ((lang, fam), (lang, "all"), ("all", fam), ("all", "all")):
            cells.setdefault(key, Tally()).add(t)
    cells[("errors", "")] = ", ".join(f"{k} ×{n}" for k, n in errors.items()) or "0"  # type: ignore[assignment]
    return cells


def _ratio(t: Any, metric: str) -> tuple[float | None, int]:
    c, lab = t.counts, t.labels
    followups = sum(lab.values())
    pairs = {
        "precision": (lab["good"], followups),
        "nag": (lab["nag"], followups),
        "misapplied": (lab["misapplied"], followups),
        "stuck": (c["stuck_handled"], c["stuck"]),
        "drift": (c["drift_caught"], c["drift"]),
        "drift_fp": (c["drift_fp"], c["on_topic"]),
        "conflict": (c["conflict_caught"], c["conflict"]),
        "conflict_fp": (c["conflict_fp"], c["numeric"]),
        "recall": (c["planted_probed"], c["planted"]),
        "quotes": (c["quotes_exact"], c["quotes"]),
        "clarify": (c["clarify_handled"], c["clarify"]),
        "injection": (c["injection_handled"], c["injection"]),
    }
    num, den = pairs[metric]
    return (num / den if den else None), den


def _p(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


TODAY = f"today's engine ({BASELINE_COMMIT})"


def _rows(split: str, new: dict[Any, Any], old: dict[Any, Any] | None) -> list[Row]:
    from bench._engine_score import Tally

    rows: list[Row] = []
    empty = Tally()
    for lang in ("en", "zh"):
        cur = new.get((lang, "all"))
        if cur is None:
            continue
        base = old.get((lang, "all"), empty) if old else None
        for metric, (label, target, higher) in TARGETS.items():
            v, n = _ratio(cur, metric)
            bv, bn = _ratio(base, metric) if base is not None else (None, 0)
            if v is None:
                continue
            rows.append(
                Row(
                    metric=f"{label} · {lang} · {split} (n={n}, today n={bn})",
                    value=round(v, 3),
                    baseline=None if bv is None else round(bv, 3),
                    baseline_name=TODAY,
                    at_least=target if higher else None,
                    at_most=None if higher else target,
                    gate=target is not None,
                )
            )
        p95 = _p(cur.ms, 0.95)
        bp95 = _p(base.ms, 0.95) if base is not None else None
        if p95 is not None:
            rows.append(
                Row(
                    metric=f"answer → next question p95 ms (read, grade, store, choose) · {lang} · "
                    f"{split} (p50 {_p(cur.ms, 0.5):.0f})",
                    value=round(p95, 1),
                    baseline=None if bp95 is None else round(bp95, 1),
                    baseline_name=TODAY,
                    at_most=150,
                )
            )
    rows += _probe_rows(split, new, old)
    families = sorted({fam for (lang, fam) in new if lang == "all" and fam != "all"})
    for fam in families:
        for lang in ("en", "zh"):
            cur = new.get((lang, fam))
            if cur is None:
                continue
            base = old.get((lang, fam), empty) if old else None
            for metric in ("precision", "nag", "recall"):
                v, n = _ratio(cur, metric)
                if v is None:
                    continue
                bv = _ratio(base, metric)[0] if base is not None else None
                rows.append(
                    Row(
                        metric=f"family {fam} · {lang} · {split}: {metric} (n={n})",
                        value=round(v, 3),
                        baseline=None if bv is None else round(bv, 3),
                        baseline_name=TODAY,
                    )
                )
    cov = new.get(("all", "all"))
    if cov is not None and cov.counts["answers"]:
        rows.append(
            Row(
                metric=f"scripted answers used · {split} (sessions {cov.counts['sessions']}, "
                f"main questions skipped {cov.counts['skipped']}, errors "
                f"{new.get(('errors', ''), 0)})",
                value=round(cov.counts["answers_used"] / cov.counts["answers"], 3),
            )
        )
    return rows


_LABELS = ("good", "nag", "misapplied", "off-target")


def _probe_rows(split: str, new: dict[Any, Any], old: dict[Any, Any] | None) -> list[Row]:
    """Per probe and language: how its follow-ups were labelled (counts only, so a split's
    weak family shows without printing any item)."""
    rows: list[Row] = []
    for lang in ("en", "zh"):
        cur = new.get((lang, "all"))
        if cur is None:
            continue
        base = old.get((lang, "all")) if old else None
        probes = sorted({k.split(":")[1] for k in cur.counts if k.startswith("probe:")})
        for probe in probes:
            got = [cur.counts[f"probe:{probe}:{lab}"] for lab in _LABELS]
            was = [base.counts[f"probe:{probe}:{lab}"] for lab in _LABELS] if base else None
            n = sum(got)
            text = " ".join(f"{lab} {c}" for lab, c in zip(_LABELS, got, strict=True))
            whys = sorted(
                (k.split(":", 2)[2], v)
                for k, v in cur.counts.items()
                if k.startswith(f"why:{probe}:") and v
            )
            if whys:
                text += " [misapplied: " + ", ".join(f"{w} {v}" for w, v in whys) + "]"
            rows.append(
                Row(
                    metric=f"probe {probe} · {lang} · {split}: {text} (today "
                    + ("-" if was is None else "/".join(map(str, was)))
                    + ")",
                    value=round(got[0] / n, 3) if n else 0.0,
                )
            )
    return rows


def run(quick: bool = False) -> list[Row]:
    """Rows per split (tuning, held-out) and language, each beside today's engine."""
    rows: list[Row] = []
    # ENGINE_SPLITS=untouched10,tuning plays only those splits (a quicker same-run comparison)
    only = {x for x in os.environ.get("ENGINE_SPLITS", "").split(",") if x}
    with tempfile.TemporaryDirectory() as tmp:
        base_code = Path(tmp) / "baseline"
        have_base = _extract_baseline(base_code)
        for split, folder in (
            ("untouched11", UNTOUCHED11),
            ("untouched10", UNTOUCHED10),
            ("untouched9", UNTOUCHED9),
            ("untouched8", UNTOUCHED8),
            ("tuning", TUNING),
            ("untouched", UNTOUCHED),
            ("untouched2", UNTOUCHED2),
            ("untouched3", UNTOUCHED3),
            ("untouched4", UNTOUCHED4),
            ("untouched5", UNTOUCHED5),
            ("untouched6", UNTOUCHED6),
            ("untouched7", UNTOUCHED7),
            ("held-out", HELDOUT),
        ):
            if only and split not in only:
                continue
            paths = _sessions(folder)
            if not paths:
                rows.append(
                    {
                        "metric": f"{split} sessions",
                        "value": "none found",
                        "target": "",
                        "status": "",
                    }
                )
                continue
            new = _score(_play(paths, None, Path(tmp) / f"{split}-new.json"), paths)
            old = (
                _score(_play(paths, base_code, Path(tmp) / f"{split}-old.json"), paths)
                if have_base
                else None
            )
            rows += _rows(split, new, old)
    return rows


def main() -> int:
    for r in run(quick="--quick" in sys.argv):
        today = "" if r.baseline is None else f" · today {r.baseline}"
        print(f"{r.metric} | {r.value}{today} | {r.target} | {r.status}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
