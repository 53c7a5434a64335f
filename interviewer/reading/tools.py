"""The tool a project used for one job, as claimed and as told (pgvector vs Elasticsearch as the
vector store, XGBoost vs LightGBM, Flink vs Spark Streaming).

Tools are grouped by the job they do (interviewer/data/reading/tools.yaml, lists `job.tool`).
An answer contradicts the résumé when it names a tool as what the project used for a job where
the project's lines name another tool for that job, and names none of the claimed ones anywhere.
A tool named as an alternative, a former choice, a comparison or a plan ("instead of Faiss",
"we tried Solr", 之前用的是 ES, "next time I'd use Qdrant"), or named by the question, is not a
claim about what was used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from interviewer.reading.discussed import project_lines
from interviewer.reading.model import Conflict, Span
from interviewer.reading.vocab import require, vocab
from interviewer.types import Resume

require("tools", "cue.contrast")

_CLAUSE = re.compile(r"[,，;；.。!！?？:：()（）]|\band\b|\bbut\b|但是?|而且|然后")


@dataclass(frozen=True)
class Mention:
    job: str
    tool: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _tools() -> list[tuple[str, str, str]]:
    """(job, tool, list path) for every tool list."""
    out: list[tuple[str, str, str]] = []
    for name in vocab().files["tools"].lists:
        job, _, tool = name.partition(".")
        if job != "cue":
            out.append((job, tool, f"tools.{name}"))
    return out


def mentions(text: str) -> list[Mention]:
    return list(_mentions(text))


@lru_cache(maxsize=4096)
def _mentions(text: str) -> tuple[Mention, ...]:
    """Every tool list run over one text, once: the résumé's lines and the question come back
    answer after answer, and one answer is looked at twice."""
    v = vocab()
    return tuple(
        Mention(job, tool, m.start(), m.end())
        for job, tool, path in _tools()
        for m in v[path].finditer(text)
    )


def _used(text: str, m: Mention) -> bool:
    """Named as what was used: no contrast, former choice or plan in its own clause."""
    start = max((c.end() for c in _CLAUSE.finditer(text, 0, m.start)), default=0)
    after = _CLAUSE.search(text, m.end)
    clause = text[max(start, m.start - 60) : after.start() if after else len(text)]
    return vocab()["tools.cue.contrast"].search(clause) is None


def tool_conflicts(
    question: str, answer: str, resume: Resume | None, project: str | None
) -> list[Conflict]:
    """At most one conflict: a tool told as used where the résumé names another for that job."""
    lines = project_lines(resume, project, answer)
    if not lines:
        return []
    claimed: dict[str, dict[str, str]] = {}  # job → tool → the line naming it
    for line in lines:
        for m in mentions(line):
            claimed.setdefault(m.job, {}).setdefault(m.tool, line)
    named_anywhere = {m.tool for m in mentions(answer)} | {m.tool for m in mentions(question)}
    asked = {m.tool for m in mentions(question)}
    for m in sorted(mentions(answer), key=lambda x: x.start):
        theirs = claimed.get(m.job)
        if not theirs or m.tool in theirs or m.tool in asked:
            continue
        if set(theirs) & named_anywhere or not _used(answer, m):
            continue
        line = next(iter(theirs.values()))
        return [
            Conflict(
                said=Span(start=m.start, end=m.end, text=answer[m.start : m.end]),
                said_value=0.0,
                other_text=line,
                other_value=0.0,
                source="resume",
                measure=m.job,
                kind="tool",
            )
        ]
    return []
