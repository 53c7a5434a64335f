"""Reading layer quality and speed: acts, drift, relevance, facts, contradictions, injection.

Runs the tuning set (tests/data/reading/tuning.jsonl) and the held-out set written by the eval
helper (tests/data/heldout/reading/, aggregates only: never item text), each beside TODAY's
code measured in the same run (signals + the first build's analyser and number reader, frozen in
bench/_reading_baseline and bench/_resume_baseline: the vocabularies the reading
layer replaces). Targets from issue 15.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TUNING = ROOT / "tests" / "data" / "reading" / "tuning.jsonl"
#: More tuning items by family (conflicts: résumé claims against spoken answers, in new words).
TUNING_MORE = (
    ROOT / "tests" / "data" / "reading" / "conflicts.jsonl",
    ROOT / "tests" / "data" / "reading" / "conflicts2.jsonl",
    ROOT / "tests" / "data" / "reading" / "conflicts3.jsonl",
    ROOT / "tests" / "data" / "reading" / "conflicts4.jsonl",
    ROOT / "tests" / "data" / "reading" / "conflicts5.jsonl",
    ROOT / "tests" / "data" / "reading" / "conflicts6.jsonl",
    ROOT / "tests" / "data" / "reading" / "conflicts7.jsonl",
    #: session 5 tuning by family: other words for the metric, units and scales, steps, sizes
    ROOT / "tests" / "data" / "reading" / "conflicts9.jsonl",
    ROOT / "tests" / "data" / "reading" / "conflicts10.jsonl",
    ROOT / "tests" / "data" / "reading" / "conflicts11.jsonl",
    ROOT / "tests" / "data" / "reading" / "conflicts12.jsonl",
    ROOT / "tests" / "data" / "reading" / "conflicts13.jsonl",
    ROOT / "tests" / "data" / "reading" / "conflicts14.jsonl",
    ROOT / "tests" / "data" / "reading" / "conflicts15.jsonl",
    #: session 5 round 2: numbers in rules, values of a named part, same figure, ordinals, samples
    ROOT / "tests" / "data" / "reading" / "conflicts16.jsonl",
    ROOT / "tests" / "data" / "reading" / "conflicts17.jsonl",
    #: the engine tuning sessions' contradiction false positives in other words (starts asked as
    #: 起点, shares of one's own work, a third as a person, settings, periods of a change)
    ROOT / "tests" / "data" / "reading" / "conflicts18.jsonl",
    #: listen5 REQUEST 05:01 (2)-(4): team actions behind spoken asides, methods told as who
    #: counted it or the window compared, comparators 相对于/比起/than before
    ROOT / "tests" / "data" / "reading" / "facts19.jsonl",
    #: session 6: changes said from → to in their own unit against a claimed multiple or
    #: percentage ("from 2,000 to 4,000 a second" against "throughput 3x")
    ROOT / "tests" / "data" / "reading" / "conflicts20.jsonl",
    #: counted things in other words (clients/customers, files/documents, services/microservices)
    ROOT / "tests" / "data" / "reading" / "conflicts21.jsonl",
    #: quantity types that must not meet (team vs data, test set vs training data, a length vs a
    #: latency), a share of a subset, another metric's from → to told as a cost, a baseline told
    #: after its level ("to 120 ms (down from 400 ms)")
    ROOT / "tests" / "data" / "reading" / "conflicts22.jsonl",
    #: session 7 (reading12): a level told as reached when the question asks "before and after"
    #: ("Accuracy reached 79 percent"), the old system's level beside the level reached (a change
    #: told without "from"), plans ("we'd relabel five thousand"), settings, "the rest came from"
    ROOT / "tests" / "data" / "reading" / "conflicts23.jsonl",
    #: figures of work not done: plans, hopes, targets ("If I had more time I'd get p99 under
    #: 40 ms", 要是再给我两个月，我想把召回率做到 95%), with controls ("if I remember right")
    ROOT / "tests" / "data" / "reading" / "conflicts24.jsonl",
    #: settings told by a configuration key or a hyperparameter's name, with the claim named in
    #: the question ("beta went from 0.1 to 0.3", "max_num_seqs 从 64 调到 256")
    ROOT / "tests" / "data" / "reading" / "conflicts25.jsonl",
    #: a sampling interval or cadence ("GPS pings every 30 seconds", 每 10 秒采一次) against a
    #: level claim; a said change whose end is the claimed level ("was 2 percent; now 0.6");
    #: breakdown shares, counts of other things, model names, another metric (kappa vs F1)
    ROOT / "tests" / "data" / "reading" / "conflicts26.jsonl",
    #: session 8 (reading14): a change told the other way round from the claimed one, at the
    #: same size ("Latency went up 40 percent" against "Reduced latency by 40%", 涨了三成 / 降低
    #: 30%), with same-direction controls
    ROOT / "tests" / "data" / "reading" / "conflicts27.jsonl",
    #: session 8 (reading15, lead's practice probes): a figure equal to the claim's start; a
    #: figure scoped to a subset or period (peak hour, one client, 双十一那几天); counts of different
    #: things (samples vs epochs, generic 个); a figure about another project of the résumé
    ROOT / "tests" / "data" / "reading" / "conflicts28.jsonl",
    #: numeric answers of the engine's scripted sessions (tests/data/engine, labels by listen4)
    ROOT / "tests" / "data" / "reading" / "engine_sessions.jsonl",
    #: session 10 (read10): 点 opening a counted noun (点击记录, 点位, 点赞) is no unit of points,
    #: beside points said as 个点 / 个点左右
    ROOT / "tests" / "data" / "reading" / "conflicts_read10.jsonl",
    #: session 11 (read11, fresh13 SEEN): incident durations and levels during an outage, rule
    #: thresholds and floors, a stage's length (an A/B run, labelling, a pilot) told tersely to
    #: a question naming the stage, a threshold asked for by name, 前后 ("all told") in a
    #: question that is no "before", a start said as "more than" its numeral (五成多, 七十多);
    #: with true contradictions in the same words as controls
    ROOT / "tests" / "data" / "reading" / "conflicts_read11.jsonl",
    #: session 11 (read11): chatty drift that tells a life story after a nod to a behavioural or
    #: technical question, beside chatty on-topic stories (3 still missed: a nod then a leisure
    #: story read as a work story, "Redis 我们用得挺多的，不过…" then another topic)
    ROOT / "tests" / "data" / "reading" / "acts_read11.jsonl",
    ROOT / "tests" / "data" / "reading" / "acts.jsonl",
    ROOT / "tests" / "data" / "reading" / "acts2.jsonl",
    ROOT / "tests" / "data" / "reading" / "acts_clarify.jsonl",
    #: answers that only hedge ("it depends", 要看具体情况) are thin answers; drift controls
    ROOT / "tests" / "data" / "reading" / "acts_hedge.jsonl",
    #: session 6: drift to a question about a résumé project (the engine's context), bridged by
    #: the question's own word ("Team, yeah, my team was great…", 评估啊，现在大模型圈子里…)
    ROOT / "tests" / "data" / "reading" / "acts_drift10.jsonl",
    #: session 7: plan replies to plan questions ("With three more months …?" / "I'd love to
    #: rewrite the ingestion layer") are on topic; a not-knowing told as what would happen
    #: otherwise (不然每次改完都说不清楚好没好) is no admission; drift controls
    ROOT / "tests" / "data" / "reading" / "acts_plan12.jsonl",
    #: session 8 (reading14): replies to content-free nudges ("It's okay — what comes to
    #: mind?", 没事，随便说说) read against the question nudged; replies to probes pointing back
    #: ("What were those measured on?", 这两个百分比是在哪份数据上算的？) relevant only when they
    #: speak to what is pointed at; counter-questions about the job (act `counter`) beside
    #: closing questions and clarify requests
    ROOT / "tests" / "data" / "reading" / "acts_continue14.jsonl",
    #: session 9 (reading16): counter-questions in other words (team size, on-call, pay, next
    #: steps, office days, work content, growth, hours; a question inside a statement) beside
    #: clarify requests naming a team or a scenario, rhetorical questions and closing answers
    ROOT / "tests" / "data" / "reading" / "acts_counter16.jsonl",
    #: "I don't know" in non-native English ("I am not having idea", "never learn before"),
    #: formal zh (本人对此并无了解, 未曾涉猎, 超出…知识范围) and code-mixed zh (不太 familiar,
    #: 没 touch 过), bare and with reasoning
    ROOT / "tests" / "data" / "reading" / "acts_dontknow16.jsonl",
    #: session 10 (read10, fresh12 SEEN): not knowing told by structure ("I am not knowing",
    #: "never really had a reason to look into it", 涉猎甚少, 了解得比较有限, 不甚清楚), with a guess;
    #: one part given and the other admitted ("Left join: all left rows. Full outer — not sure."),
    #: the question said back then admitted (stuck), negated use that answers ("we didn't use
    #: Redis there"); counter-questions as a wish to know about the job (想先了解下这个岗位的…,
    #: "I'm curious about the salary band") or after agreeing to answer; clarify controls
    ROOT / "tests" / "data" / "reading" / "acts_read10.jsonl",
    #: clarify requests said as statements ("not sure whether you're asking about A or B",
    #: 不太清楚您所指的是…还是…) with not-sure controls; not knowing one's own project told by
    #: whose it was (decided by my manager before I came, predates me, 是外包团队负责的); disguised
    #: injections (two still missed, b005/b006 reasoned-guess labels still missed)
    ROOT / "tests" / "data" / "reading" / "acts_read10b.jsonl",
)
#: Contradiction pairs written blind (before reading how the code reads them), in families and
#: voices the tuning set lacked; not tuned on after their first measurement.
BLIND = ROOT / "tests" / "data" / "reading" / "blind.jsonl"
#: Vague and short drifting answers written late, to check the vague-vs-drift reading once.
BLIND_ACTS = ROOT / "tests" / "data" / "reading" / "blind_acts.jsonl"
#: A second blind contradiction split written late in session 4, measured once (row "blind2").
BLIND2 = ROOT / "tests" / "data" / "reading" / "blind2.jsonl"
#: A fresh split written at the start of session 5 before any code change (baselines, results,
#: sizes, directions, time, cost, team size, words; and look-alikes: steps, rounding, other metric,
#: other project, a sub-part, units). Row "fresh8 (untuned)": measured, never tuned on.
FRESH8 = ROOT / "tests" / "data" / "reading" / "conflicts8.jsonl"
#: A fresh split written at the start of session 6 before any code change (time, cost, team
#: size, numbers in words, ranges and bounds, steps, spoken zh, non-native en, other units:
#: "half a million" / 500k, "two-thirds" / 67%, "a minute and a half" / 90 s; earlier answers).
#: Row "fresh9 (untuned)": measured, never tuned on.
FRESH9 = ROOT / "tests" / "data" / "reading" / "conflicts_fresh9.jsonl"
#: A fresh split written at the start of session 7 before any code change (reading12): per-unit
#: rates and their inverses ("six charts an hour" / 4 min a chart, 一分钟二十来张 / 1.2 秒一张),
#: subsets and other scopes (one site, a load test, peak vs average, another model's GPUs),
#: targets and a vendor's figure, numbers in words and ranges, earlier answers; plus plan replies
#: ("Next I'd like to …"), drift and clarifying questions. Row "fresh10 (untuned)": never tuned on.
FRESH10 = (
    ROOT / "tests" / "data" / "reading" / "conflicts_fresh10.jsonl",
    ROOT / "tests" / "data" / "reading" / "acts_fresh10.jsonl",
)
#: A fresh split written at the start of session 8 before any code change (reading14): replies to
#: content-free nudges and to referential probes (read against the question they continue),
#: counter-questions about the job (act `counter`) beside closing questions and clarify requests,
#: and contradictions, in ASR-like unpunctuated, code-mixed, terse and rambling voices.
#: Row "fresh11 (untuned)": never tuned on.
FRESH11 = (
    ROOT / "tests" / "data" / "reading" / "fresh11" / "conflicts.jsonl",
    ROOT / "tests" / "data" / "reading" / "fresh11" / "acts.jsonl",
)
#: A fresh split written at the start of session 9 before any code change (reading16): counter-
#: questions about the job/team/pay/on-call/process beside closing-question and clarify controls,
#: rhetorical questions, bare and reasoned "I don't know", partial answers, drift, and
#: contradictions, in filler-spoken, terse, rambling, non-native, code-mixed and formal-zh voices.
#: Row "fresh12 (seen)": untuned through session 9; declared SEEN in session 10 (read10).
FRESH12 = (
    ROOT / "tests" / "data" / "reading" / "fresh12" / "conflicts.jsonl",
    ROOT / "tests" / "data" / "reading" / "fresh12" / "acts.jsonl",
)
#: A fresh split written at the start of session 10 before any code change (read10): indirect
#: "I don't know" (bare and with a guess), not knowing one's own project (before my time, another
#: team's part) with controls, clarify requests said as statements, counter-questions and closing
#: controls, polite drift, refusals, disguised injections with controls, and contradictions
#: (steps, other metric, words, fractions, durations, data span, an earlier test-set size).
#: Row "fresh13 (seen)": untuned through session 10; declared SEEN in session 11 (read11).
FRESH13 = (
    ROOT / "tests" / "data" / "reading" / "fresh13" / "conflicts.jsonl",
    ROOT / "tests" / "data" / "reading" / "fresh13" / "acts.jsonl",
)
#: A fresh split written at the start of session 11 before any code change (read11): chatty
#: drift after an echo of the question's word beside chatty on-topic answers, very terse answers,
#: non-native, code-mixed both ways, filler-spoken, HR and team-lead questions; contradictions in
#: time, cost, team size and counts in words, with incident durations, thresholds and counts of
#: other things as look-alikes. Row "fresh14 (seen)": untuned through session 11; declared SEEN in
#: session 12 (read12).
FRESH14 = (
    ROOT / "tests" / "data" / "reading" / "fresh14" / "conflicts.jsonl",
    ROOT / "tests" / "data" / "reading" / "fresh14" / "acts.jsonl",
)
#: A fresh split written at the start of session 12 before any code change (read12): answers of
#: three words and of 150 words, non-native, ASR-style, traditional-script zh, code-mixed both
#: ways; not knowing because a colleague did the part; contradictions across languages (en résumé
#: answered in zh and the reverse) with look-alikes. Row "fresh15 (seen)": untuned through
#: session 12; declared SEEN in session 13 (read13).
FRESH15 = (
    ROOT / "tests" / "data" / "reading" / "fresh15" / "conflicts.jsonl",
    ROOT / "tests" / "data" / "reading" / "fresh15" / "acts.jsonl",
)
#: A fresh split written at the start of session 13 before any code change (read13): hedges
#: followed by real content, answers that deny the question's frame, questions back at closing;
#: contradictions beside consistent numeric look-alikes (the claim's own start, intermediate steps,
#: ordinals, samples, other metrics, periods, subsets). Row "fresh16 (seen)": untuned through
#: session 13; declared SEEN in session 14 (read14).
FRESH16 = (
    ROOT / "tests" / "data" / "reading" / "fresh16" / "conflicts.jsonl",
    ROOT / "tests" / "data" / "reading" / "fresh16" / "acts.jsonl",
)
#: A fresh split written at the start of session 14 before any code change (read14): short
#: confirmations, questions back to the interviewer (with an admission about the company, after a
#: nod), clarify after a nod; contradictions beside consistent look-alikes (the claim in other words
#: or units, settings beside the result, sub-results, ranges containing the claim). Row
#: "fresh17 (seen)": untuned through session 14; declared SEEN in session 15 (read15).
FRESH17 = (
    ROOT / "tests" / "data" / "reading" / "fresh17" / "conflicts.jsonl",
    ROOT / "tests" / "data" / "reading" / "fresh17" / "acts.jsonl",
)
#: A fresh split written at the start of session 15 before any code change (read15): hedged
#: non-answers, answers opening with a joke, "pass"/"skip" (with and without not knowing), one part
#: told and another admitted, complaints about the question, answers in the other language, ASR
#: fragments, long rambles that answer, Cantonese-flavoured and Taiwan phrasing; own parts told as
#: possession and how a result was measured (a definition, the data named). Row "fresh18
#: (untuned)": never tuned on. A contradiction split of the same session may sit beside it.
FRESH18 = (
    ROOT / "tests" / "data" / "reading" / "fresh18" / "conflicts.jsonl",
    ROOT / "tests" / "data" / "reading" / "fresh18" / "acts.jsonl",
)
#: A fresh contradiction split written at the start of session 15 before any code change
#: (said15): figures, baselines, team size, own role, tool and dates told differently in other
#: words and units ("by about a fifth", 一成五, "well over an hour", 三个亿), beside consistent
#: look-alikes (evaluation windows and horizons beside run times, before/after told again with
#: 改之前/改之后, parts vs the whole, targets vs achieved, other metrics in the same unit, a slip
#: corrected at once, an earlier figure the candidate disowned). Row "fresh18c (untuned)".
FRESH18C = (ROOT / "tests" / "data" / "reading" / "fresh18c" / "conflicts.jsonl",)
HELDOUT = ROOT / "tests" / "data" / "heldout" / "reading"
Item = dict[str, Any]


def _load(path: Path) -> list[Item]:
    if not path.exists():
        return []
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


# ---------------------------------------------------------------- the two readers


def _resume(item: Item) -> Any:
    from interviewer.types import Project, Resume

    if "resume" in item:
        r = item["resume"]
        if "projects" in r:  # several projects; "project" names the one asked about
            ps = [Project(name=x["name"], bullets=x["bullets"]) for x in r["projects"]]
            return Resume(projects=ps), r["project"]
        return Resume(projects=[Project(name=r["project"], bullets=r["bullets"])]), r["project"]
    if "resume_bullet" in item:
        name = item.get("resume_project") or "project"
        return Resume(projects=[Project(name=name, bullets=[item["resume_bullet"]])]), name
    return None, None


def new_reader(item: Item) -> dict[str, Any]:
    from interviewer.reading import PriorExchange, QuestionInfo, read_answer

    resume, project = _resume(item)
    q = QuestionInfo(
        text=item["question"], kind=item.get("question_kind") or "project", project=project
    )
    prior = [
        PriorExchange(question=e["question"], answer=e["answer"]) for e in item.get("earlier", [])
    ]
    t0 = time.perf_counter()
    r = read_answer(q, item["answer"], discussion=prior, resume=resume)
    ms = (time.perf_counter() - t0) * 1000
    labelled = "conflict" in item or "contradiction" in item
    said, paired = _conflict_stages(item, r, resume, project, prior) if labelled else (0, 0)
    why = _conflict_why(item, r, resume, project, prior) if labelled else []
    return {
        "said": said,
        "paired": paired,
        "roles": sorted({x.role for x in r.quantities}),
        "why": why,
        "act": r.act,
        "counter_read": _counter_read(r),
        "relevance": r.relevance,
        "facts": {f.kind for f in r.facts},
        "gaps": set(r.gaps),
        "conflict": bool(r.conflicts),
        "injection": bool(r.injection),
        "flattery": bool(r.flattery),
        "content": [i for i, s in enumerate(r.sentences) if s.content and s.about_question],
        "ms": ms,
    }


def _counter_read(r: Any) -> bool:
    """The answer is read as a counter-question: its act is `counter` once model.COUNTER_ACT is
    "counter" (until then the same turn is act "offtopic" with Reading.counter set)."""
    from interviewer.reading import acts
    from interviewer.reading.model import COUNTER_ACT

    if r.act == "counter":
        return True
    return (
        r.act == COUNTER_ACT
        and bool(r.counter)
        and not r.admission
        and (acts._counter_only(r.text, r.relevance))
    )


def _conflict_stages(
    item: Item, r: Any, resume: Any, project: Any, prior: list[Any]
) -> tuple[int, int]:
    """Where a contradiction is lost: was a comparable number read at all, and was it paired
    with a claim (résumé or earlier answer)?"""
    from interviewer.reading import conflicts, numbers
    from interviewer.reading.pairing import candidates
    from interviewer.reading.said import as_said, side_of

    text = item["answer"]
    claims = conflicts.resume_claims(resume, project, text) + conflicts.earlier_claims(
        [(p.question, p.answer) for p in prior]
    )
    said = [x for x in r.quantities if x.role in numbers.COMPARED_ROLES]
    sides = [side_of(text, as_said(text, x, item["question"])) for x in said]
    paired = any(candidates(s, claims, item["question"]) for s in sides)
    return int(bool(said)), int(paired)


def _conflict_why(
    item: Item, r: Any, resume: Any, project: Any, prior: list[Any]
) -> list[tuple[str, str]]:
    """(kind of measure, why) for every said number against the résumé and earlier answers, as
    the reader's conflict finder decides it (`unpaired`, the rule that squares it, `conflict`)."""
    from interviewer.reading import conflicts

    text, question = item["answer"], item["question"]
    claims = conflicts.resume_claims(resume, project, text)
    earlier = conflicts.earlier_claims([(p.question, p.answer) for p in prior])
    unnamed = question.replace(project, " ") if project else question
    trace: list[tuple[str, str]] = []
    conflicts.find_conflicts(text, list(r.quantities), claims, earlier, unnamed, trace)
    return trace


def why_rows(split: str, group: str, items: list[Item], out: list[dict[str, Any]]) -> list[str]:
    """Aggregates only: where each missed contradiction is lost (no number of the work read, no
    claim paired, or the rule that squared it with its claim) and the kind of measure of each
    false positive — never item text (held-out rows print these too)."""
    misses: dict[str, int] = defaultdict(int)
    fps: dict[str, int] = defaultdict(int)
    for i, o in zip(items, out, strict=True):
        gold = i.get("conflict", i.get("contradiction"))
        if gold is None or bool(gold) == o["conflict"]:
            continue
        if gold:
            reasons = {
                f"{w} ({k})"
                for k, w in o["why"]
                if not w.startswith("unpaired") and w != "conflict"
            }
            if not o["why"]:
                roles = "/".join(o.get("roles") or []) or "nothing read"
                misses[f"no number of the work read ({roles})"] += 1
            elif not reasons:
                kinds = "/".join(sorted({k for k, _ in o["why"]}))
                whys = "; ".join(sorted({w.split(": ", 1)[-1] for _, w in o["why"] if ": " in w}))
                misses[f"read, not paired ({kinds}: {whys})"] += 1
            else:
                for w in reasons:
                    misses[f"squared: {w}"] += 1
        else:
            kinds = {k for k, w in o["why"] if w == "conflict"} or {"role/tool"}
            for k in kinds:
                fps[k] += 1
    rows = []
    for name, tally in (("misses by stage", misses), ("false positives by kind", fps)):
        if tally:
            text = " · ".join(f"{k} {v}" for k, v in sorted(tally.items(), key=lambda kv: -kv[1]))
            rows.append(f"{split} {group} contradiction {name}: {text}")
    return rows


def old_reader(item: Item) -> dict[str, Any]:
    """Today's code: signals word lists, the analyser's regexes and the first build's metrics."""
    import re

    from bench._reading_baseline import analyser as an
    from bench._resume_baseline.metrics import extract_metrics
    from interviewer import signals as sg

    text, question = item["answer"], item["question"]
    t0 = time.perf_counter()
    lang = sg.detect_lang(text) if text.strip() else "en"
    injected = bool(sg.injection_spans(text))
    if not text.strip() or an._NON_ANSWER.match(text.strip()) or not re.search(r"\w", text):
        act = "empty"
    elif injected:
        act = "injection"
    elif sg.is_offtopic(question, text, lang):
        act = "offtopic"
    else:
        act = "answer"
    facts = set()
    for kind, found in (
        ("own_action", sg.find_own_actions(text, lang)),
        ("team_action", sg.find_team_only(text, lang)),
        ("alternative", sg.find_tradeoffs(text, lang) or an._TRADEOFF.findall(text)),
        ("failure", sg.find_failures(text, lang)),
        ("lesson", sg.find_lessons(text, lang)),
        ("term_only", sg.find_buzzwords_without_mechanism(text, lang)),
        ("method", an._METHOD.findall(text)),
        ("result", sg.find_star(text, lang).get("result")),
        ("situation", sg.find_star(text, lang).get("situation")),
        ("motivation", an._MOTIVE.findall(text)),
    ):
        if found:
            facts.add(kind)
    conflict = False
    resume, _ = _resume(item)
    if resume is not None:
        from interviewer.engine.planner import is_result_metric

        said = [m for m in extract_metrics(text) if is_result_metric(m)]
        claims = [
            m for b in resume.projects[0].bullets for m in extract_metrics(b) if is_result_metric(m)
        ]
        conflict = any(an.OfflineAnalyser._conflicts(s, c) for s in said for c in claims)
    ms = (time.perf_counter() - t0) * 1000
    return {
        "said": None,
        "roles": [],
        "paired": None,
        "why": [],
        "act": act,
        "counter_read": False,
        "relevance": 0.0 if act == "offtopic" else 1.0,
        "facts": facts,
        "gaps": set(),
        "conflict": conflict,
        "injection": injected,
        "flattery": False,
        "content": sorted(sg.TextView(text, lang).contentful) if text.strip() else [],
        "ms": ms,
    }


# ---------------------------------------------------------------- measures


def _ratio(hits: int, n: int) -> float | None:
    return hits / n if n else None


def act_measures(items: list[Item], out: list[dict[str, Any]]) -> dict[str, float | None]:
    pairs = list(zip(items, out, strict=True))
    acts = [(i, o) for i, o in pairs if "act" in i]
    stuck = [(i, o) for i, o in acts if i["act"] == "stuck"]
    drift = [(i, o) for i, o in acts if i["act"] == "offtopic"]
    ontopic = [(i, o) for i, o in acts if i["act"] in ("answer", "partial")]
    clarify = [(i, o) for i, o in acts if i["act"] == "clarify"]
    counter = [(i, o) for i, o in acts if i["act"] == "counter"]
    return {
        "act accuracy": _ratio(sum(i["act"] == o["act"] for i, o in acts), len(acts)),
        "don't-know handled (stuck→stuck|partial)": _ratio(
            sum(o["act"] in ("stuck", "partial") for _, o in stuck), len(stuck)
        ),
        "drift recall": _ratio(sum(o["act"] == "offtopic" for _, o in drift), len(drift)),
        "drift false positives (on-topic)": _ratio(
            sum(o["act"] == "offtopic" for _, o in ontopic), len(ontopic)
        ),
        "clarify recall": _ratio(sum(o["act"] == "clarify" for _, o in clarify), len(clarify)),
        "counter-question recall": _ratio(
            sum(o["act"] == "counter" for _, o in counter), len(counter)
        ),
        "counter-questions read as clarify": _ratio(
            sum(o["act"] == "clarify" for _, o in counter), len(counter)
        ),
        "counter-question recall (act once COUNTER_ACT='counter')": _ratio(
            sum(o["counter_read"] for _, o in counter), len(counter)
        ),
        "other acts read as counter-questions": _ratio(
            sum(o["counter_read"] for i, o in acts if i["act"] != "counter"),
            sum(i["act"] != "counter" for i, _ in acts),
        ),
        #: drift labelled before counter-questions were their own act (held-out) may be one
        "drift read as a counter-question": _ratio(
            sum(o["act"] == "counter" for _, o in drift), len(drift)
        ),
    }


def ontopic_measures(items: list[Item], out: list[dict[str, Any]]) -> dict[str, float | None]:
    """Drift false positives over EVERY on-topic answer of the split (results, numbers, facts
    families too), not only the act and drift families."""
    on = [o for i, o in zip(items, out, strict=True) if i.get("act") in ("answer", "partial")]
    return {
        "drift false positives (all on-topic answers)": _ratio(
            sum(o["act"] == "offtopic" for o in on), len(on)
        )
    }


def relevance_measures(items: list[Item], out: list[dict[str, Any]]) -> dict[str, float | None]:
    """Pairwise: a relevant answer to a question scores above an irrelevant one to the same
    question (ties count as wrong); AUC over all relevant × irrelevant pairs otherwise."""
    by_q: dict[str, dict[bool, list[float]]] = defaultdict(lambda: {True: [], False: []})
    for i, o in zip(items, out, strict=True):
        if "relevant" in i and i.get("act") not in ("empty",):
            by_q[i["question"]][bool(i["relevant"])].append(o["relevance"])
    same = [(a, b) for g in by_q.values() for a in g[True] for b in g[False]]
    pos = [x for g in by_q.values() for x in g[True]]
    neg = [x for g in by_q.values() for x in g[False]]
    allp = [(a, b) for a in pos for b in neg]
    return {
        f"relevance pairwise (same question, {len(same)} pairs)": _ratio(
            sum(a > b for a, b in same), len(same)
        ),
        f"relevance AUC ({len(allp)} pairs)": _ratio(sum(a > b for a, b in allp), len(allp)),
    }


def fact_measures(items: list[Item], out: list[dict[str, Any]]) -> dict[str, float | None]:
    tp = fp = fn = 0
    gap_hit = gap_n = gap_bad = gap_bad_n = 0
    for i, o in zip(items, out, strict=True):
        if "facts" not in i:
            continue
        want, absent = set(i["facts"]), set(i.get("absent", []))
        tp += len(want & o["facts"])
        fn += len(want - o["facts"])
        fp += len(absent & o["facts"])
        gap_n += len(i.get("gaps", []))
        gap_hit += len(set(i.get("gaps", [])) & o["gaps"])
        gap_bad_n += len(i.get("not_gaps", []))
        gap_bad += len(set(i.get("not_gaps", [])) & o["gaps"])
    return {
        "fact precision": _ratio(tp, tp + fp),
        "fact recall": _ratio(tp, tp + fn),
        "gap recall": _ratio(gap_hit, gap_n),
        "misapplied gaps": _ratio(gap_bad, gap_bad_n),
    }


def conflict_measures(items: list[Item], out: list[dict[str, Any]]) -> dict[str, float | None]:
    lab = [
        (bool(i.get("conflict", i.get("contradiction"))), o["conflict"])
        for i, o in zip(items, out, strict=True)
        if "conflict" in i or "contradiction" in i
    ]
    pos = [p for g, p in lab if g]
    neg = [p for g, p in lab if not g]
    stages = [
        (o["said"], o["paired"])
        for i, o in zip(items, out, strict=True)
        if i.get("conflict", i.get("contradiction")) and o["said"] is not None
    ]
    return {
        "contradictions: a number read": _ratio(sum(s for s, _ in stages), len(stages)),
        "contradictions: paired with a claim": _ratio(sum(p for _, p in stages), len(stages)),
        "contradiction recall": _ratio(sum(pos), len(pos)),
        "contradiction false positives": _ratio(sum(neg), len(neg)),
    }


def injection_measures(items: list[Item], out: list[dict[str, Any]]) -> dict[str, float | None]:
    lab = [
        (i, o)
        for i, o in zip(items, out, strict=True)
        if "injection" in i or i.get("act") == "injection"
    ]
    attacks = [o for i, o in lab if i.get("injection", i.get("act") == "injection")]
    controls = [o for i, o in lab if not i.get("injection", i.get("act") == "injection")]
    ctl_inj = [(i, o) for i, o in lab if str(i.get("attack_kind", "")).startswith("control")]
    return {
        "injection recall": _ratio(sum(o["injection"] for o in attacks), len(attacks)),
        "injection false positives (legit)": _ratio(
            sum(o["injection"] for _, o in ctl_inj)
            if ctl_inj
            else sum(o["injection"] for o in controls),
            len(ctl_inj) if ctl_inj else len(controls),
        ),
    }


def substance_measures(items: list[Item], out: list[dict[str, Any]]) -> dict[str, float | None]:
    """Sentences rightly marked as content about the question (padding, repeats, incidental
    numbers, flattery and stuffed rubric words are not)."""
    from interviewer.reading.text import sentence_spans

    right = n = 0
    for i, o in zip(items, out, strict=True):
        if "content_sentences" not in i:
            continue
        want = set(i["content_sentences"])
        for k in range(len(sentence_spans(i["answer"]))):
            n += 1
            right += (k in want) == (k in set(o["content"]))
    return {"sentence content accuracy": _ratio(right, n)}


TARGETS = {
    "don't-know handled (stuck→stuck|partial)": ("≥ 1.0", lambda v: v >= 1.0),
    "drift recall": ("≥ 0.90", lambda v: v >= 0.9),
    "drift false positives (on-topic)": ("≤ 0.05", lambda v: v <= 0.05),
    "drift false positives (all on-topic answers)": ("≤ 0.05", lambda v: v <= 0.05),
    "contradiction recall": ("≥ 0.90", lambda v: v >= 0.9),
    "contradiction false positives": ("≤ 0.05", lambda v: v <= 0.05),
    "injection recall": ("1.0", lambda v: v >= 1.0),
    "injection false positives (legit)": ("0", lambda v: v <= 0.0),
    "relevance pairwise": ("≥ 0.85", lambda v: v >= 0.85),
    "counter-question recall": ("≥ 0.90", lambda v: v >= 0.9),
    "counter-questions read as clarify": ("0", lambda v: v <= 0.0),
}
MEASURES: dict[str, Callable[[list[Item], list[dict[str, Any]]], dict[str, float | None]]] = {
    "act": act_measures,
    "drift": act_measures,
    "ontopic": ontopic_measures,
    "relevance": relevance_measures,
    "facts": fact_measures,
    "conflict": conflict_measures,
    "injection": injection_measures,
    "substance": substance_measures,
    #: subfamilies of the act family: replies to nudges, to referential probes, counter-questions
    "nudge": lambda i, o: {**act_measures(i, o), **relevance_measures(i, o)},
    "probe": lambda i, o: {**act_measures(i, o), **relevance_measures(i, o)},
    "counter": act_measures,
}


def _families(items: list[Item], split: str) -> Iterable[tuple[str, list[int]]]:
    """(family, item indexes) per family × language."""
    groups: dict[str, list[int]] = defaultdict(list)
    for n, i in enumerate(items):
        fam = i.get("family") or ("conflict" if "contradiction" in i else "act")
        for f in {fam, "relevance"} if fam in ("act", "drift") else {fam}:
            groups[f"{f}/{i['lang']}"].append(n)
        if i.get("act") in ("answer", "partial"):
            groups[f"ontopic/{i['lang']}"].append(n)
        if i.get("subfamily") in ("nudge", "probe", "counter"):
            groups[f"{i['subfamily']}/{i['lang']}"].append(n)
        if fam == "act" and (
            (split == "heldout" and i.get("act") == "injection") or "injection" in i
        ):
            groups[f"injection/{i['lang']}"].append(n)
    return sorted(groups.items())


def _rows(split: str, items: list[Item]) -> list[dict[str, object]]:
    new = [new_reader(i) for i in items]
    old = [old_reader(i) for i in items]
    rows: list[dict[str, object]] = []
    for group, idx in _families(items, split):
        fam = group.split("/")[0]
        sub = [items[k] for k in idx]
        m_new = MEASURES[fam](sub, [new[k] for k in idx])
        m_old = MEASURES[fam](sub, [old[k] for k in idx])
        if fam == "conflict":
            for line in why_rows(split, group, sub, [new[k] for k in idx]):
                rows.append({"metric": line, "value": "", "target": "", "status": ""})
        for name, value in m_new.items():
            if value is None:
                continue
            base = m_old.get(name)
            target, ok = TARGETS.get(name) or TARGETS.get(name.split(" (")[0], ("", None))
            rows.append(
                {
                    "metric": f"{split} {group} {name} (n={len(sub)})",
                    "value": f"{value:.3f}  (today {base:.3f})"
                    if base is not None
                    else f"{value:.3f}",
                    "target": target,
                    "status": "" if ok is None else ("ok" if ok(value) else "MISS"),
                }
            )
    ms_new = [o["ms"] for o in new]
    ms_old = [o["ms"] for o in old]
    rows.append(
        {
            "metric": f"{split} reading latency p95 ms (n={len(items)})",
            "value": f"{_pct(ms_new, 0.95):.1f}  (today {_pct(ms_old, 0.95):.1f}; median {statistics.median(ms_new):.1f})",
            "target": "≤ 30 (the whole turn ≤ 150)",
            "status": "ok" if _pct(ms_new, 0.95) <= 30 else "MISS",
        }
    )
    return rows


def run(quick: bool = False) -> list[dict[str, object]]:
    """Tuning and held-out rows, each figure beside today's code in the same run."""
    from interviewer.reading import QuestionInfo, read_answer

    read_answer(QuestionInfo(text="warm up"), "warm up the vocabularies")
    rows = _rows("tuning", [i for p in (TUNING, *TUNING_MORE) for i in _load(p)])
    rows += _rows("blind", _load(BLIND) + _load(BLIND_ACTS))
    rows += _rows("blind2", _load(BLIND2))
    rows += _rows("fresh8 (untuned)", _load(FRESH8))
    rows += _rows("fresh9 (untuned)", _load(FRESH9))
    rows += _rows("fresh10 (untuned)", [i for p in FRESH10 for i in _load(p)])
    rows += _rows("fresh11 (untuned)", [i for p in FRESH11 for i in _load(p)])
    rows += _rows("fresh12 (seen)", [i for p in FRESH12 for i in _load(p)])
    rows += _rows("fresh13 (seen)", [i for p in FRESH13 for i in _load(p)])
    rows += _rows("fresh14 (seen)", [i for p in FRESH14 for i in _load(p)])
    rows += _rows("fresh15 (seen)", [i for p in FRESH15 for i in _load(p)])
    rows += _rows("fresh16 (seen)", [i for p in FRESH16 for i in _load(p)])
    rows += _rows("fresh17 (seen)", [i for p in FRESH17 for i in _load(p)])
    rows += _rows("fresh18 (untuned)", [i for p in FRESH18 for i in _load(p)])
    rows += _rows("fresh18c (untuned)", [i for p in FRESH18C for i in _load(p)])
    held = _load(HELDOUT / "acts.jsonl") + _load(HELDOUT / "conflicts.jsonl")
    if held:
        rows += _rows("heldout", held)
    else:
        rows.append({"metric": "heldout", "value": "not found", "target": "", "status": ""})
    del quick
    return rows


if __name__ == "__main__":
    for r in run():
        print(f"{r['metric']:<75} {r['value']:<32} {r['target']:<14} {r['status']}")
