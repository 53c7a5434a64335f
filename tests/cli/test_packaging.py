"""A plain wheel works outside the checkout: personas, rubrics, data files and migrations ship."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_wheel_ships_data_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO_ROOT),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    wheel = next(out.glob("interviewer-*.whl"))
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        zf.extractall(site)
    for needed in (
        "interviewer/builtin/personas/deep_dive.yaml",
        "interviewer/builtin/rubrics/star.yaml",
        "interviewer/builtin/bank/sampling.yaml",
        "interviewer/bank/lexicon.yaml",
        "interviewer/data/followups.yaml",
        "interviewer/data/voice.yaml",
        "interviewer/web/assets/speech_player.js",
        "storage/migrations/env.py",
    ):
        assert needed in names, needed
    assert any(n.startswith("storage/migrations/versions/") and n.endswith(".py") for n in names)

    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(site), "INTERVIEWER_HOME": str(home)}
    script = (
        "import interviewer, storage, json;"
        "from interviewer.services import Services;"
        "s = Services();"
        f"assert str(interviewer.__file__).startswith({str(site)!r}), interviewer.__file__;"
        "assert s.bank.errors == [] and 'sampling' in s.bank.topics, s.bank.errors;"
        "print(json.dumps([s.personas.ids(), s.rubrics.ids(), s.repo.list_sessions()]))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert proc.stdout.strip() == '[["deep_dive", "hr", "leader"], ["hr", "star"], []]'
    assert (home / "interviewer.db").is_file()  # migrations ran from the wheel
