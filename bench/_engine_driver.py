"""Plays scripted candidate sessions through an interview engine and writes what happened as JSON.

Run as a script so the same driver can play against today's engine (an extracted older commit,
`--code DIR` goes first on sys.path) and the working tree's, each in its own process:

    python bench/_engine_driver.py [--code DIR] --out FILE SESSION.yaml ...

Only the runner API both engines share is used: InterviewRunner.start / next_question /
submit_answer / plan / state. Script format: /work/coord/INTERFACES.md §4.3 (copy in
tests/data/engine/sessions/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

NEUTRAL = {"en": "That's all I have on that.", "zh": "这个我能说的就这些。"}
#: Said to a main question the script has no answer for, so later scripted answers still get asked.
SKIP = {
    "en": "I'd rather skip this one. Could we move on?",
    "zh": "这个我想先跳过，我们看下一个问题吧。",
}
_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"|「([^」]+)」")


def _project_fits(want: str, project: str | None) -> bool:
    return not want or not project or want in project.lower()


def _rank(unit: dict[str, Any], slot: dict[str, Any], later: list[dict[str, Any]]) -> int | None:
    """How well one scripted main answer fits a main question, by what the question asks: its
    kind and its project, and the topic id only as a preference. 0: written for this very topic;
    1: written for any question of this kind; 2: written for a topic this plan does not ask (any
    more) on this project, so it is played to another question of the same kind rather than never
    (plans change topic ids; the answer's annotations describe the answer, not the question).
    None: another kind or project, or its topic is still to come in this plan."""
    sel = unit.get("for") or {}
    if sel.get("kind") and sel["kind"] != slot["slot_kind"]:
        return None
    want = (sel.get("project") or "").lower()
    if not _project_fits(want, slot["project"]):
        return None
    topics = sel.get("topics") or []
    if not topics:
        return 1
    if slot["topic"] in topics:
        return 0
    reserved = any(
        s["topic"] in topics
        and s["slot_kind"] == slot["slot_kind"]
        and _project_fits(want, s["project"])
        for s in later
    )
    return None if reserved else 2


def pick_answer(
    units: list[dict[str, Any]],
    used: set[int],
    slot: dict[str, Any],
    later: list[dict[str, Any]] | None = None,
) -> int | None:
    """Index of the answer for a main question: topic-specific answers first, then generic ones,
    then answers whose own topic this plan does not ask (`later`: the slots still to come)."""
    ranked = []
    for i, unit in enumerate(units):
        if i in used:
            continue
        rank = _rank(unit, slot, later or [])
        if rank is not None:
            ranked.append((rank, i))
    return min(ranked)[1] if ranked else None


def pick_reply(
    unit: dict[str, Any], probe: str | None, taken: dict[str, int]
) -> tuple[str, dict[str, Any]] | None:
    """The scripted reply to a follow-up probing `probe` (each reply used once), else None."""
    replies = unit.get("replies") or {}
    for key in ([probe] if probe else []) + ["default"]:
        options = replies.get(key)
        if options is None:
            continue
        options = options if isinstance(options, list) else [options]
        n = taken.get(key, 0)
        if n < len(options):
            taken[key] = n + 1
            return f"{key}#{n}", options[n]
    return None


def _quote(runner: Any, turn: Any, answer: str) -> str | None:
    """The exact span a follow-up picks up: the engine says so (newer engines), else the longest
    quoted span of the text found in the answer, else the first (today's engine quotes with “…”)."""
    own = getattr(runner, "quote_of", None)
    if own is not None:
        q = own(turn)
        return q or None
    spans = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(turn.text)]
    inside = [s for s in spans if s in answer]
    if inside:
        return max(inside, key=len)
    return spans[0] if spans else None


def _reading_of(outcome: Any) -> dict[str, Any] | None:
    """What the engine read in the latest answer (newer engines return it with the answer), for
    bench/_engine_diag.py; the scores never use it."""
    reading = getattr(outcome, "reading", None)
    if reading is None:
        return None
    try:
        return {
            "act": reading.act,
            "facts": sorted({f.kind for f in reading.facts}),
            "roles": sorted({q.role for q in reading.quantities}),
            "gaps": list(reading.gaps),
            "conflicts": [c.said.text for c in reading.conflicts],
            "relevance": round(float(reading.relevance), 2),
            "key": None if reading.key_points is None else round(reading.key_points.coverage, 2),
            "content": sum(1 for x in reading.sentences if x.content and x.about_question),
        }
    except AttributeError:
        return None


def play(path: Path, services: Any) -> dict[str, Any]:
    import yaml

    from interviewer.engine.session import InterviewRunner
    from interviewer.resume import load_resume

    script = yaml.safe_load(path.read_text(encoding="utf-8"))
    lang = script["lang"]
    resume = load_resume(path.parent / script["resume"]) if script.get("resume") else None
    runner = InterviewRunner.start(
        services,
        persona_id=script["persona"],
        lang=lang,
        resume=resume,
        focus=script.get("focus"),
    )
    units: list[dict[str, Any]] = script["answers"]
    used: set[int] = set()
    events: list[dict[str, Any]] = []
    current: int | None = None
    taken: dict[str, int] = {}
    ended = "script"
    last_answer = ""
    skipped = 0
    question = runner.next_question()
    while question is not None and not runner.finished:
        slot_i = runner.state.slot
        slot = runner.plan.topics[slot_i]
        slot_info = {"slot_kind": slot.kind, "topic": slot.topic, "project": slot.project}
        events.append(
            {
                "role": "interviewer",
                "kind": question.kind,
                "probes": list(question.probes),
                "text": question.text,
                "quote": _quote(runner, question, last_answer)
                if question.kind == "followup"
                else None,
                "slot": slot_i,
                **slot_info,
            }
        )
        if question.kind == "question":
            later = [
                {"slot_kind": t.kind, "topic": t.topic, "project": t.project}
                for t in runner.plan.topics[slot_i + 1 :]
            ]
            current = pick_answer(units, used, slot_info, later)
            taken = {}
            if current is None:
                skipped += 1
                answer, ref = {"text": SKIP[lang], "neutral": True}, "skip"
            else:
                used.add(current)
                answer, ref = units[current], f"{current}"
        elif current is None:
            answer, ref = {"text": NEUTRAL[lang], "neutral": True}, "skip/neutral"
        else:
            probe = question.probes[0] if question.probes else None
            got = pick_reply(units[current], probe, taken)
            if got is None:
                answer, ref = {"text": NEUTRAL[lang], "neutral": True}, f"{current}/neutral"
            else:
                answer, ref = got[1], f"{current}/{got[0]}"
        last_answer = answer["text"]
        t0 = time.perf_counter()
        outcome = runner.submit_answer(answer["text"])
        question = runner.next_question()
        ms = (time.perf_counter() - t0) * 1000
        events.append(
            {
                "role": "candidate",
                "ref": ref,
                "text": answer["text"],
                "ms": ms,
                "neutral": bool(answer.get("neutral")),
                "reading": _reading_of(outcome),
            }
        )
    if runner.finished:
        ended = "wrapup"
    return {
        "id": script["id"],
        "file": str(path),
        "lang": lang,
        "persona": script["persona"],
        "events": events,
        "ended": ended,
        "answers_used": len(used),
        "skipped": skipped,
        "answers": len(units),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--code", help="put this source tree first on sys.path")
    ap.add_argument("--out", required=True)
    ap.add_argument("sessions", nargs="+")
    args = ap.parse_args()
    if args.code:
        sys.path.insert(0, args.code)
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    with tempfile.TemporaryDirectory() as home:
        os.environ["INTERVIEWER_HOME"] = home
        os.environ.pop("INTERVIEWER_DB_URL", None)
        os.environ["INTERVIEWER_MODEL"] = "offline"
        from interviewer.services import Services

        services = Services()
        results = []
        try:
            # Warm imports, caches and the database file so the first timed answer is not a cold start.
            try:
                play(Path(args.sessions[0]), services)
            except Exception:  # noqa: BLE001 - reported when the session is played for real
                pass
            for s in args.sessions:
                try:
                    results.append(play(Path(s), services))
                except Exception as e:  # noqa: BLE001 - one broken script must not hide the rest
                    results.append(
                        {
                            "id": Path(s).stem,
                            "file": s,
                            "error": f"{type(e).__name__}: {e}",
                            "error_kind": type(e).__name__,
                        }
                    )
        finally:
            services.close()
    Path(args.out).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
