"""Grades a batch of answers with the offline grader of one code tree and writes the results as JSON.

Run as a script so the same driver grades with today's grader (an extracted older commit,
`--code DIR` goes first on sys.path) and the working tree's, each in its own process:

    python bench/_grading_driver.py [--code DIR] --jobs JOBS.json --out OUT.json

JOBS.json: [{"key", "question", "answer", "rubric", "kind", "lang"}]. Only the grader API both
trees share is used: HeuristicGrader().grade(question, answer, rubric, GradeContext(...)); a tree
with an answer bank also gets the key its question matches (as `interviewer grade` does).
OUT.json: {"results": {key: {"overall", "scores", "flags", "evidence"}}, "cpu_seconds", "graded",
"keys_compiled", "compile_cpu_seconds", "warm_cpu_seconds"} where cpu_seconds is this process's
CPU time for the grading loop alone (one core, question matching included), so other load on the
machine does not count, compile_cpu_seconds the one-time compile of the matched answer keys
before it, and warm_cpu_seconds the one-time start-up a server also pays once per process (the
reading word lists, as web/handlers.py `_warm_up_reading`; the first grade; the bank matcher).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any


def _bank() -> Any:
    """The shipped answer keys, when this tree has them (today's grader has none)."""
    try:
        from interviewer.bank import load_bank
        from interviewer.config import Settings
    except ImportError:
        return None
    return load_bank(Settings())


def _keyed(job: dict[str, Any], confidence: float) -> bool:
    """As `interviewer grade`: the key only for technical/design questions (or a sure match)."""
    from interviewer.grading.limits import keyed_kind
    from interviewer.grading.pick import question_kind

    given = job.get("kind")
    return keyed_kind(given or question_kind(job["question"]), confidence, given)


def _key_finder(bank: Any) -> Any:
    """(question, lang, kind) -> (key, confidence) or None: the tree's own per-question cache
    (interviewer.grading.keys) when it has one, else a bank match per answer."""
    if bank is None:
        return lambda q, lang, kind: None
    try:
        from interviewer.grading.keys import key_for
    except ImportError:

        def uncached(q: str, lang: str | None, kind: str | None) -> Any:
            match = bank.match(q, lang)
            if match is None or not _keyed({"question": q, "kind": kind}, match.confidence):
                return None
            return match.question, match.confidence

        return uncached

    def cached(q: str, lang: str | None, kind: str | None) -> Any:
        choice = key_for(bank, q, lang, kind)
        return None if choice is None else (choice.key, choice.confidence)

    return cached


def _warm_reading() -> None:
    """What a server does once at session start (web/handlers.py `_warm_up_reading`): compile
    every reading word list, so no answer in the timing pays for being the first to need one.
    A tree without it (today's grader) compiles them inside the timing, as it always did."""
    try:
        from interviewer.reading.vocab import compile_all
    except ImportError:
        return
    compile_all()


def _compile_keys(bank: Any, jobs: list[dict[str, Any]]) -> tuple[int, float]:
    """Compile the concept patterns of every answer key the jobs' questions match, before the
    timing: the matched keys and every other bank question's concepts (read for misconceptions).

    A process compiles a key's concept patterns (thousands of characters each, a few ms apiece)
    the first time an answer names the concept; a server pays that once per bank question for
    its whole life. The bench times grading, question matching included, and prints this
    one-time cost apart. Mirrors what bank.cues.prepare compiles (a concept's terms and its
    opposite's, with thesaurus variants); anything it misses is compiled inside the timing."""
    if bank is None:
        return 0, 0.0
    try:
        from interviewer.bank.lexicon import expand
        from interviewer.bank.text import compile_terms
    except ImportError:
        return 0, 0.0
    keys: dict[str, Any] = {}
    for job in jobs:
        match = bank.match(job["question"], job.get("lang"))
        if match is not None:
            keys.setdefault(match.question.id, match.question)
    # an unkeyed answer is read for every bank question's misconceptions (grading/correctness.py
    # free_misconceptions), which compiles the concept patterns of any question whose words the
    # answer shares: a server pays that once per question too, so all of them are compiled here
    # (profiled in session 11: on a cold process these compiles were most of the grading time)
    for question in getattr(bank, "questions", {}).values():
        keys.setdefault(question.id, question)
    start = time.process_time()
    for key in keys.values():
        for concept in key.concepts.values():
            for terms in (concept.terms, concept.opposite):
                if terms is not None:
                    compile_terms(expand(tuple(terms.all())))
            # the misconception reader names a concept by its terms and its opposite's together
            both = concept.terms.all() + (concept.opposite.all() if concept.opposite else [])
            compile_terms(expand(tuple(both)))
    return len(keys), time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--code", default=None, help="source tree to import the grader from")
    ap.add_argument("--jobs", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    if args.code:
        sys.path.insert(0, args.code)
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    from interviewer.grading.base import GradeContext
    from interviewer.grading.heuristic import HeuristicGrader
    from interviewer.loader import builtin_dir, load_catalog
    from interviewer.schemas import Rubric

    jobs: list[dict[str, Any]] = json.loads(Path(args.jobs).read_text(encoding="utf-8"))
    catalog = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")])
    rubrics = {rid: catalog.get(rid) for rid in {j["rubric"] for j in jobs}}
    bank = _bank()
    grader = HeuristicGrader()
    warm_start = time.process_time()
    _warm_reading()
    grader.grade("warm up", "I built a small service and measured it.", rubrics[jobs[0]["rubric"]])
    find_key = _key_finder(bank)
    find_key("warm up", None, None)  # the bank's matcher is built on first use, once per process
    warm_cpu = time.process_time() - warm_start
    keys, compile_cpu = _compile_keys(bank, jobs)
    results: dict[str, Any] = {}
    start = time.process_time()
    for job in jobs:
        extra: dict[str, Any] = {}
        # the answer key the question matches, as `interviewer grade` does
        found = find_key(job["question"], job.get("lang"), job.get("kind"))
        if found is not None:
            extra = {"key": found[0], "key_confidence": found[1]}
        ctx = GradeContext(topic_kind=job.get("kind"), lang=job.get("lang"), **extra)
        res = grader.grade(job["question"], job["answer"], rubrics[job["rubric"]], ctx)
        results[job["key"]] = {
            "overall": res.overall,
            "scores": {c.criterion: c.score for c in res.criteria},
            "flags": list(res.flags),
            "evidence": [q for c in res.criteria for q in c.evidence],
        }
    cpu = time.process_time() - start
    Path(args.out).write_text(
        json.dumps(
            {
                "results": results,
                "cpu_seconds": cpu,
                "graded": len(jobs),
                "keys_compiled": keys,
                "compile_cpu_seconds": compile_cpu,
                "warm_cpu_seconds": warm_cpu,
            }
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
