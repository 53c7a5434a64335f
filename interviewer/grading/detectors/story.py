"""Detectors about the story told: STAR structure, ownership, failure and reflection."""

from __future__ import annotations

import re

from interviewer.grading.asked import asked_criteria, asks_setting_only
from interviewer.grading.attribution import attribute, decisions
from interviewer.grading.detectors import DetectContext, Detection, clamp
from interviewer.grading.detectors.numbers import metric_sentences
from interviewer.signals import TextView, asks_for, star_indexes

_JOINER = re.compile(r"\s*(?:and|then)\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[，、：:；;。！？!?]|,(?!\d{3})")  # "10,000" is one number


def _ok(v: TextView, path: str) -> list[int]:
    return sorted(i for i in v.hits(path) if i in v.contentful)


def star(v: TextView, ctx: DetectContext) -> Detection:
    """1 rambling · 2 a part missing · 3 all parts · 4 in order, result measured · 5 and a stated goal."""
    parts = star_indexes(v)
    s, t, a, r = parts["situation"], parts["task"], parts["action"], parts["result"]
    # a sentence that only sets the scene is not also the result
    r = [i for i in r if i not in s or i in metric_sentences(v)] or r
    opening = sorted(set(s) | set(t))
    present = bool(opening) + bool(a) + bool(r)
    evidence = [x[0] for x in (opening, a, r[-1:]) if x]
    if present < 3 and asks_setting_only(ctx.question):
        # a question that parks the result and asks where things started (who asked, whose
        # problem, how it reached the candidate) is answered by the setting, told in any words:
        # the scene the lists know, and every sentence with content up to the first deed, which
        # is how the work reached the speaker ("my manager gave it to me")
        first = min(a) if a else len(v.spans)
        told = {i for i in v.contentful if i <= first}
        # without a scene the lists know, one sentence is no setting ("things could be better")
        setting = sorted(set(opening) | told) if opening or len(told) >= 2 else []
        if setting:
            full = bool(s and t) or len(setting) >= 3
            return Detection(3 + full, setting[:3], "strong" if full else "task")
    if present <= 1:
        missing = "situation" if not opening else "action" if not a else "result"
        return Detection(1, evidence, missing)
    if present == 2:
        missing = "situation" if not opening else "action" if not a else "result"
        return Detection(2, evidence, missing)
    in_order = opening[0] <= a[0] and r[-1] >= a[0]
    measured = any(i in metric_sentences(v) for i in r)
    if not in_order:
        return Detection(3, evidence, "order")
    if not measured:
        return Detection(3, evidence, "result")
    if not (s and t):
        return Detection(4, evidence, "task" if not t else "situation")
    return Detection(5, evidence, "strong")


def ownership(v: TextView, ctx: DetectContext) -> Detection:
    """1 only "we" · 2 vague "I helped" · 3 own actions or role · 4 own vs team split · 5 and own decisions."""
    own = sorted(v.own_actions)
    role = _ok(v, "ownership.role")
    vague = _ok(v, "ownership.vague_self")
    decision = _ok(v, "ownership.decision")
    split = _ok(v, "ownership.split")
    # a part told by possession, passive, cleft or exclusivity ("were mine", 都是我搭的) is an own
    # part, and another person's part beside it is the split (grading/attribution.py)
    asked = asked_criteria(ctx.question, ctx.probes) or frozenset()
    told = attribute(v, "ownership" in asked)
    possessed = {i: s for i, s in told.own.items() if i in v.contentful}
    # a choice told with the option not taken and its reason is a decision whatever the verb
    # ("I picked the split by agent not by account so agents wouldn't mix")
    mine = {i for i in (set(own) | set(possessed)) if i in v.contentful}
    decision = sorted(set(decision) | set(decisions(v, mine)))
    concrete = sorted(set(own) | set(role) | set(decision) | set(possessed))
    if told.others and (possessed or own or role):
        split = sorted(set(split) | set(told.others))  # "I did the labels, he set up the feed"
    # "I helped / I was involved" sentences are not concrete actions on their own
    concrete = [i for i in concrete if i not in vague or i in decision]
    # each action counts, also several in one sentence ("I wrote X, ran Y and fixed Z")
    n_actions = (
        sum(len(v.own_actions.get(i, [])) for i in concrete)
        + sum(len(s) for s in possessed.values())
        + len(role)
        + len(decision)
    )
    if not concrete:
        if vague:
            return Detection(2, vague[:2], "vague")
        team = sorted(v.team)
        return Detection(1, team[:1], "team_only")
    team_sentences = [i for i in v.team if i not in v.own_actions]
    score = 3
    if n_actions >= 3 or split or (team_sentences and len(concrete) >= 2):
        score = 4
    if score == 4 and decision and (split or n_actions >= 4):
        score = 5
    if vague and score > 3 and len(vague) >= len(concrete):
        score -= 1
    missing = "no_split" if score == 3 else "no_decision" if score == 4 else "strong"
    # quote the clauses that show the speaker's own part: the role, then each own action
    clauses = [
        _clause(v, spans[0][0])
        for i, spans in sorted(v.hits("ownership.role").items())
        if i in role
    ][:1]
    clauses += [_clause(v, s) for i in concrete for s, _ in v.own_actions.get(i, [])]
    clauses += [_clause(v, s) for i in concrete for s, _ in possessed.get(i, [])]
    clauses = list(dict.fromkeys(clauses))
    # a decision told in an own-action sentence is quoted by that sentence's own clauses
    picked = [i for i in decision[:1] if i not in concrete] + split[:1]
    return Detection(score, picked, missing, spans=clauses[: 3 - len(picked)])


def _clause(v: TextView, pos: int) -> tuple[int, int]:
    """The clause of the sentence around `pos` (between commas, colons or sentence ends)."""
    s, e = v.spans[v.index_of(pos)]
    start = max((m.end() for m in _CLAUSE_END.finditer(v.text, s, pos)), default=s)
    stop = _CLAUSE_END.search(v.text, pos, e)
    joiner = _JOINER.match(v.text, start, pos)
    return joiner.end() if joiner else start, stop.start() if stop else e


def failure(v: TextView, ctx: DetectContext) -> Detection:
    """1 none or denied · 2 a problem named · 3 and fixed · 4 and root cause · 5 and a lesson/prevention."""
    fails = [i for i in _ok(v, "failure.failure") if not _reframed(v, i)]
    denial = _ok(v, "failure.denial")
    asked = "failure" in ctx.probes or _asks_for_failure(ctx.question, v.lang)
    if not fails and not denial and v.contentful and asked:
        fails = [min(v.contentful)]  # the question asked for a failure; the story is one
    if not fails:
        return Detection(1, denial[:1], "denial" if denial else "none")
    fix = _ok(v, "failure.fix")
    cause = _ok(v, "failure.cause")
    lesson = _ok(v, "failure.lesson") + _ok(v, "reflection.change")
    score = 2 + bool(fix) + bool(cause) + bool(lesson)
    if denial and score > 2:
        score -= 1
    missing = (
        "no_fix"
        if not fix
        else "no_cause"
        if not cause
        else "no_lesson"
        if not lesson
        else "strong"
    )
    evidence = fails[:1] + cause[:1] + (lesson[:1] or fix[:1])
    return Detection(clamp(score), evidence, missing)


def _reframed(v: TextView, i: int) -> bool:
    """Sentence i corrects the question's frame ("it wasn't the settings so much as the workflow",
    不是配置的问题，而是流程) and its only failure words are the negations doing that: it names
    the cause instead of telling of something that went wrong."""
    if i not in v.hits("failure.reframe"):
        return False
    bare = set(v.hits("failure.bare_negation").get(i, []))
    return all(span in bare for span in v.hits("failure.failure").get(i, []))


def _asks_for_failure(question: str, lang: str) -> bool:
    return asks_for("failure", question, lang)


def reflection(v: TextView, ctx: DetectContext) -> Detection:
    """1 none · 2 a generic lesson · 3 one real insight · 4 two kinds · 5 hindsight, self-critique and change."""
    kinds = {
        "hindsight": _ok(v, "reflection.hindsight"),
        "critique": _ok(v, "reflection.self_critique"),
        "change": _ok(v, "reflection.change"),
    }
    generic = _ok(v, "reflection.generic")
    found = [k for k, idx in kinds.items() if idx]
    if not found:
        return Detection(2 if generic else 1, generic[:1], "generic" if generic else "none")
    evidence = [kinds[k][0] for k in found]
    score = 2 + len(found)
    if generic and score > 3 and len(found) < 3:
        score -= 1
    missing = "no_change" if "change" not in found else "strong" if score >= 4 else "none"
    return Detection(clamp(score), evidence, missing)
