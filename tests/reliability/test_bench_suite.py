"""`bench/run` is one command that prints one table of every benchmark, targets beside figures.

Only the quick CLI benchmark is run here (the heavy ones belong to `bench/run` itself); the rest
is checked by structure: every benchmark module in bench/ is registered and has `run(quick)`.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "bench"
NOT_BENCHMARKS = {"__init__", "suite"}


def _registered() -> dict[str, str]:
    """bench.suite.MODULES, read without importing the benchmarks."""
    tree = ast.parse((BENCH / "suite.py").read_text(encoding="utf-8"))
    for node in tree.body:
        target = (
            node.target
            if isinstance(node, ast.AnnAssign)
            else (node.targets[0] if isinstance(node, ast.Assign) else None)
        )
        if isinstance(target, ast.Name) and target.id == "MODULES":
            return ast.literal_eval(node.value)  # type: ignore[arg-type]
    raise AssertionError("bench/suite.py has no MODULES table")


def test_every_benchmark_module_is_in_the_one_table() -> None:
    # `_name.py` modules are helpers of a benchmark (e.g. the browser half of bench/voice.py)
    files = {p.stem for p in BENCH.glob("*.py") if not p.stem.startswith("_")} - NOT_BENCHMARKS
    registered = {name.split(".", 1)[1] for name in _registered()}
    assert files == registered, f"unregistered: {files - registered}, missing: {registered - files}"
    for stem in files:
        tree = ast.parse((BENCH / f"{stem}.py").read_text(encoding="utf-8"))
        runs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "run"]
        assert runs, f"bench/{stem}.py has no run()"
        assert "quick" in [a.arg for a in runs[0].args.args + runs[0].args.kwonlyargs], stem


def test_bench_run_quick_prints_one_table_with_targets(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHON": sys.executable, "INTERVIEWER_HOME": str(tmp_path)}
    proc = subprocess.run(
        [str(BENCH / "run"), "--quick", "--only", "cli"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    # timing rows report without failing the run; only a gated (quality) MISS or an error fails
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    header = [c.strip() for c in lines[0].split("|")]
    assert header == ["area", "metric", "value", "baseline", "ratio", "target", "status"]
    assert set(lines[1]) <= {"-", "+"}
    rows = [[c.strip() for c in ln.split("|")] for ln in lines[2:]]
    assert rows and all(len(r) == len(header) for r in rows)
    cli = [r for r in rows if r[0] == "cli"]
    assert cli, proc.stdout
    for _area, metric, value, baseline, ratio, target, status in cli:
        assert metric and target, "every figure has its target beside it"
        assert baseline, "every figure has its same-run baseline beside it"
        float(value), float(ratio)  # measured numbers, not an error text
        assert status in {"ok", "MISS"}
    assert "[cli] done" in proc.stderr


def test_only_a_gated_miss_or_a_broken_benchmark_fails_the_run() -> None:
    from bench.suite import Row, exit_code

    timing = Row("turn (s)", 0.9, baseline=0.1, baseline_name="no-op turn", max_ratio=5)
    quality = Row(
        "accuracy", 0.7, baseline=0.5, baseline_name="phrase list", at_least=0.8, gate=True
    )
    assert timing.status == "MISS" and timing.ratio == 9.0 and not timing.gate
    assert quality.status == "MISS" and "(gate)" in quality.target
    assert exit_code([timing.as_dict()], strict=False) == 0
    assert exit_code([timing.as_dict()], strict=True) == 1
    assert exit_code([quality.as_dict()], strict=False) == 1
    assert exit_code([{"metric": "x", "status": "ERROR"}], strict=False) == 1
    assert Row("info only", 3.0).status == "info"
