"""Scores played engine sessions against the scripts' annotations (tests/data/engine/LABELLING.md).

Pure functions: a transcript (bench/_engine_driver.py output) + its script -> counts. The rule is
applied mechanically; nothing here reads the engine's own opinion of an answer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

ACT_PROBES = frozenset({"stuck", "offtopic", "clarify", "injection", "empty", "refusal"})
NON_ANSWER_ACTS = ACT_PROBES
#: probe -> facts of which at least one must be in the discussion (else misapplied)
REQUIRES: dict[str, tuple[str, ...]] = {
    "metrics": ("result", "number"),
    "baseline": ("number",),
    "method": ("number",),
    "ownership": ("team_action",),
    "tradeoffs": ("choice",),
    "result": ("own_action", "team_action"),
    "star": ("own_action", "team_action", "situation"),
    "depth": ("term_only",),
}
#: probe -> (facts, all needed?) that make asking it a nag
ESTABLISHED: dict[str, tuple[tuple[str, ...], bool]] = {
    "metrics": (("number",), False),
    "baseline": (("baseline",), False),
    "method": (("method", "test_set"), False),
    "ownership": (("own_action",), False),
    "tradeoffs": (("alternative",), False),
    "result": (("result",), False),
    "star": (("situation", "task", "result", "own_action"), True),
    "failure": (("failure",), False),
    "depth": (("mechanism",), False),
    "motivation": (("motivation",), False),
    "specificity": (("example",), False),
}
NUMERIC_FACTS = frozenset({"number", "baseline", "test_set"})
#: What a reply must never be answered with: the "nothing came through" family.
NOTHING_CAME = re.compile(r"nothing came through|didn't catch an answer|没收到|没看到内容", re.I)

_PUNCT = set(",.;:!?，。；：！？、\n()（）“”\"'「」—-…")
_EN_JOINT = re.compile(
    r"(?:^|\s)(and|but|so|because|which|then|while|although|though|when|since|after|before|if|"
    r"that|where|until|whereas|plus|or)$",
    re.I,
)
_EN_OPEN = re.compile(
    r"^(and|but|so|because|which|then|while|although|though|when|since|after|before|if|that|"
    r"where|until|whereas|plus|or)\b",
    re.I,
)
_ZH_JOINT = (
    "而且",
    "而",
    "但是",
    "但",
    "所以",
    "因为",
    "然后",
    "后来",
    "不过",
    "并且",
    "同时",
    "于是",
    "结果",
    "最后",
    "另外",
    "其实",
    "就是",
    "可是",
    "如果",
    "虽然",
)


def _is_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "_%")


def clause_exact(answer: str, quote: str) -> bool:
    """`quote` occurs in `answer` and is cut at clause boundaries, never inside a word or number."""
    quote = quote.strip()
    if not quote:
        return False
    start = answer.find(quote)
    while start >= 0:
        if _bounded(answer, start, start + len(quote)):
            return True
        start = answer.find(quote, start + 1)
    return False


def _bounded(text: str, start: int, end: int) -> bool:
    quote = text[start:end]
    if start > 0 and _is_word(text[start - 1]) and _is_word(quote[0]):
        return False
    if end < len(text) and _is_word(text[end]) and _is_word(quote[-1]):
        return False
    if (
        start > 0
        and text[start - 1] in ".,"
        and text[start - 2 : start - 1].isdigit()
        and quote[0].isdigit()
    ):
        return False
    if (
        end < len(text)
        and text[end] in ".,"
        and quote[-1].isdigit()
        and text[end + 1 : end + 2].isdigit()
    ):
        return False
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    head_ok = (
        not before
        or before[-1] in _PUNCT
        or bool(_EN_JOINT.search(before))
        or before.endswith(_ZH_JOINT)
        or bool(_EN_OPEN.match(quote))
        or quote.startswith(_ZH_JOINT)
    )
    tail_ok = (
        not after
        or after[0] in _PUNCT
        or quote[-1] in _PUNCT
        or bool(_EN_OPEN.match(after))
        or after.startswith(_ZH_JOINT)
    )
    return head_ok and tail_ok


@dataclass
class Tally:
    """Counts for one (engine, split, language, family) cell."""

    labels: Counter[str] = field(default_factory=Counter)
    counts: Counter[str] = field(default_factory=Counter)
    ms: list[float] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.labels.update(other.labels)
        self.counts.update(other.counts)
        self.ms.extend(other.ms)


def _annotation(script: dict[str, Any], ref: str) -> dict[str, Any] | None:
    """The annotated answer a driver `ref` points to ("3", "3/ownership#0"), None for neutral."""
    head, _, tail = ref.partition("/")
    if head == "skip":
        return None
    unit = script["answers"][int(head)]
    if not tail:
        return unit
    if tail == "neutral":
        return None
    key, _, n = tail.partition("#")
    options = (unit.get("replies") or {})[key]
    return options[int(n)] if isinstance(options, list) else options


def _facts(ann: dict[str, Any]) -> set[str]:
    return set(ann.get("facts") or [])


def label(
    probe: str,
    latest: dict[str, Any],
    facts: set[str],
    project_facts: set[str],
    open_gaps: set[str],
    probed: list[str],
) -> str:
    """good | nag | misapplied | off-target for one follow-up (LABELLING.md, in that order)."""
    act = latest.get("act", "answer")
    if probe in ACT_PROBES:
        if act != probe:
            return "misapplied"
        return "nag" if probe in probed else "good"
    if act in NON_ANSWER_ACTS:
        return "misapplied"  # a non-answer treated as content
    if probe == "contradiction":
        return "good" if latest.get("conflict") else "misapplied"
    need = REQUIRES.get(probe)
    if need and not (set(need) & facts):
        return "misapplied"
    if probe in probed:
        return "nag"
    est = ESTABLISHED.get(probe)
    if est is not None:
        have = facts | (project_facts if probe == "ownership" else set())
        kinds, all_needed = est
        if all(k in have for k in kinds) if all_needed else any(k in have for k in kinds):
            return "nag"
    return "good" if probe in open_gaps else "off-target"


def _open_gaps(discussion: list[dict[str, Any]], probed: list[str], facts: set[str]) -> set[str]:
    gaps: set[str] = set()
    for ann in discussion:
        gaps.update(ann.get("gaps") or [])
    out = set()
    for g in gaps - set(probed):
        est = ESTABLISHED.get(g)
        if est is not None:
            kinds, all_needed = est
            if all(k in facts for k in kinds) if all_needed else any(k in facts for k in kinds):
                continue
        out.add(g)
    return out


def _count_acts(
    t: Tally,
    ann: dict[str, Any],
    text: str,
    response: dict[str, Any],
    probe: str | None,
    probed: list[str],
    acts_here: list[str],
) -> None:
    """Act handling, drift, contradiction and their false positives for one answer."""
    act = ann.get("act", "answer")
    moved_on = response["kind"] in ("question", "wrapup")
    if act == "stuck":
        t.counts["stuck"] += 1
        first = "stuck" not in probed
        handled = (
            (probe == "stuck" and first and not response.get("quote")) or moved_on
        ) and not NOTHING_CAME.search(response["text"])
        t.counts["stuck_handled"] += handled
    if act == "offtopic":
        if "offtopic" not in acts_here:
            t.counts["drift"] += 1
            t.counts["drift_caught"] += probe == "offtopic"
        else:
            t.counts["drift_again"] += 1
            t.counts["drift_again_moved_on"] += moved_on
    if act in ("answer", "partial"):
        t.counts["on_topic"] += 1
        t.counts["drift_fp"] += probe == "offtopic"
    if act in ("clarify", "injection"):
        t.counts[act] += 1
        t.counts[f"{act}_handled"] += probe == act
    if ann.get("conflict"):
        t.counts["conflict"] += 1
        t.counts["conflict_caught"] += probe == "contradiction"
    elif act in ("answer", "partial") and (_facts(ann) & NUMERIC_FACTS or re.search(r"\d", text)):
        t.counts["numeric"] += 1
        t.counts["conflict_fp"] += probe == "contradiction"


def score_session(
    result: dict[str, Any], script: dict[str, Any], log: list[dict[str, Any]] | None = None
) -> Tally:
    """Counts for one played session (see LABELLING.md for every rule applied here). With `log`,
    one record per scored answer is appended to it (bench/_engine_diag.py prints them)."""
    t = Tally()
    events = result["events"]
    discussion: list[dict[str, Any]] = []
    probed: list[str] = []
    acts_here: list[str] = []
    planted: list[tuple[str, int]] = []  # (gap, index of the answer event)
    project_facts: dict[str, set[str]] = {}
    project: str | None = None

    def close_question() -> None:
        for gap, _ in planted:
            t.counts["planted"] += 1
            t.counts["planted_probed"] += gap in probed

    for i, ev in enumerate(events):
        if ev["role"] == "interviewer":
            if ev["kind"] == "question":
                close_question()
                discussion, probed, acts_here, planted = [], [], [], []
                # a question about no résumé project (a behavioural story) is its own story:
                # "which part was yours?" is judged on its discussion, not on other stories'
                project = ev.get("project") or f"#question{i}"
            elif ev["kind"] == "followup" and ev["probes"]:
                probed.append(ev["probes"][0])
            continue
        t.ms.append(ev["ms"])
        ann = _annotation(script, ev["ref"])
        response = events[i + 1] if i + 1 < len(events) else None
        if ann is None:
            if response is not None and response["kind"] == "followup":
                t.counts["after_neutral"] += 1
            continue
        discussion.append(ann)
        facts = set().union(*(_facts(a) for a in discussion))
        pf = project_facts.setdefault(project or "", set())
        act = ann.get("act", "answer")
        if response is None:
            pf |= _facts(ann)
            continue
        for gap in ann.get("planted") or []:
            planted.append((gap, i))
        probe = (
            response["probes"][0] if response["kind"] == "followup" and response["probes"] else None
        )
        lab = ""
        open_gaps = _open_gaps(discussion, probed, facts)
        if response["kind"] == "followup":
            lab = label(probe or "", ann, facts, pf, open_gaps, probed)
            t.labels[lab] += 1
            t.counts[f"probe:{probe or ''}:{lab}"] += 1
            if lab == "misapplied":
                # why, as a count only: after a non-answer (its act) or with the precondition absent
                act = ann.get("act", "answer")
                why = f"act {act}" if act not in ("answer", "partial") else "no precondition"
                why += " on a reply" if "/" in ev["ref"] else " on a first answer"
                t.counts[f"why:{probe or ''}:{why}"] += 1
            if response.get("quote"):
                t.counts["quotes"] += 1
                t.counts["quotes_exact"] += clause_exact(ev["text"], response["quote"])
        pf |= _facts(ann)
        before = Counter(t.counts)
        _count_acts(t, ann, ev["text"], response, probe, probed, acts_here)
        if log is not None:
            log.append(
                {
                    "session": result["id"],
                    "ref": ev["ref"],
                    "text": ev["text"],
                    "ann": {k: ann.get(k) for k in ("act", "facts", "gaps", "planted", "conflict")},
                    "reading": ev.get("reading"),
                    "open": sorted(open_gaps),
                    "probed": list(probed),
                    "response": response["kind"],
                    "probe": probe,
                    "quote": response.get("quote"),
                    "label": lab,
                    "counts": {
                        k: v - before.get(k, 0)
                        for k, v in t.counts.items()
                        if v != before.get(k, 0)
                    },
                }
            )
        acts_here.append(act)
    close_question()
    t.counts["sessions"] += 1
    t.counts["answers_used"] += result.get("answers_used", 0)
    t.counts["answers"] += result.get("answers", 0)
    t.counts["skipped"] += result.get("skipped", 0)
    return t
