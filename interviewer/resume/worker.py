"""Bounded parsing: PDF and DOCX are read in a child process with a CPU-time budget.

A crafted PDF (a million text operators in one stream) can cost seconds of CPU; read in the
server's own process it slows every other user. Here each file gets its own short-lived child
(`python -m interviewer.resume.worker`, the bytes on stdin) that limits itself with
RLIMIT_CPU and RLIMIT_AS before it parses; the parent also kills it after a wall-clock limit.
The contract is in /work/coord/INTERFACES.md ("Bounded parsing").
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from interviewer.errors import DataFileError
from interviewer.resume.parse import TEXT_SUFFIXES, read_resume_bytes
from interviewer.types import Resume

_TIMEOUT_HINT = "Paste the résumé text instead, or export the PDF again from the original document."


@dataclass(frozen=True)
class ParseBudget:
    """Limits for one file: CPU seconds, address space, and wall-clock seconds."""

    cpu_seconds: float = 2.0
    memory_bytes: int = 1 << 30
    wall_seconds: float = 60.0
    """Only against a child that hangs without using CPU: on a busy machine a real résumé may wait
    for a core far longer than it computes, and the CPU budget is what bounds a crafted file."""


def read_resume_bounded(data: bytes, filename: str, *, budget: ParseBudget | None = None) -> str:
    """Text of an uploaded résumé, PDF/DOCX parsed in a bounded child; DataFileError otherwise."""
    budget = budget or ParseBudget()
    if Path(filename).suffix.lower() in TEXT_SUFFIXES:
        return read_resume_bytes(data, filename)
    env = {
        **os.environ,
        "INTERVIEWER_PARSE_CPU": str(budget.cpu_seconds),
        "INTERVIEWER_PARSE_MEM": str(budget.memory_bytes),
        "PYTHONIOENCODING": "utf-8",
    }
    name = Path(filename).name
    try:
        done = subprocess.run(
            [sys.executable, "-m", "interviewer.resume.worker", name],
            input=data,
            capture_output=True,
            timeout=budget.wall_seconds,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as e:
        raise _too_slow(name) from e
    if done.returncode != 0 or not done.stdout:
        raise _too_slow(name)  # killed by SIGXCPU/SIGKILL or out of memory: over its budget
    reply = json.loads(done.stdout.decode("utf-8"))
    if "error" in reply:
        raise DataFileError(name, reply["error"], reply.get("hint"))
    return str(reply["text"])


def load_resume_bytes_bounded(
    data: bytes, filename: str, *, budget: ParseBudget | None = None
) -> Resume:
    """A structured résumé from an upload: text from the bounded child, structure in-process."""
    from interviewer.resume import parse_resume_text

    text = read_resume_bounded(data, filename, budget=budget)
    return parse_resume_text(text, source=Path(filename).name)


def _too_slow(name: str) -> DataFileError:
    kind = "PDF" if name.lower().endswith(".pdf") else "file"
    return DataFileError(name, f"could not read this {kind} in time", _TIMEOUT_HINT)


def _limit_self() -> None:
    import resource

    # Lowest CPU priority: a parse may use what the server's other users leave, never their share
    # (three clients sending crafted PDFs in a loop otherwise tripled everyone's answer latency).
    with contextlib.suppress(OSError):
        os.nice(19)
    cpu = float(os.environ.get("INTERVIEWER_PARSE_CPU", "2"))
    soft = max(1, int(cpu + 0.999))
    resource.setrlimit(resource.RLIMIT_CPU, (soft, soft + 1))
    mem = int(os.environ.get("INTERVIEWER_PARSE_MEM", str(1 << 30)))
    try:
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    except (ValueError, OSError):  # some sandboxes forbid lowering it; the CPU limit still holds
        pass


def main() -> int:
    """Child: limit itself, read stdin as the named file, print {"text"} or {"error","hint"}."""
    _limit_self()
    name = sys.argv[1] if len(sys.argv) > 1 else "resume.pdf"
    data = sys.stdin.buffer.read()
    try:
        reply: dict[str, object] = {"text": read_resume_bytes(data, name)}
    except DataFileError as e:
        prefix = f"{e.path}: "
        message = e.message[len(prefix) :] if e.message.startswith(prefix) else e.message
        reply = {"error": message, "hint": e.hint}
    except MemoryError:
        return 3
    sys.stdout.write(json.dumps(reply, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
