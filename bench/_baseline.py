"""Today's code at a fixed commit, extracted beside the working tree so a benchmark can run both."""

from __future__ import annotations

import subprocess
import tarfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def extract_commit(commit: str, dest: Path, *paths: str) -> bool:
    """`git archive` of `paths` at `commit` into dest; False if git fails (no history, no git)."""
    try:
        data = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, *paths],
            check=True,
            capture_output=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return False
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
    return True
