"""Offline grader: pairwise accuracy per family × language, attacks against their controls, speed.

Every figure is printed beside TODAY's grader (main when issue 17 started, BASELINE_COMMIT,
extracted with `git archive`), measured in the same run, each grader in its own process
(bench/_grading_driver.py). Splits:
- tuning: tests/data/grading/pairs/*.yaml and manipulations.yaml (ours; `--misses` lists misses);
- legacy: tests/data/grading/{pairs,attacks}.jsonl, the first build's per-criterion set;
- fresh (untuned): tests/data/grading/fresh/, written in session 5 BEFORE that session changed the
  grader, in voices unlike the tuning pairs; never tuned on (a failure there becomes three new
  tuning pairs in other words), printed as its own rows; fresh3 (untuned): tests/data/grading/fresh3/,
  the same for session 6 (verbosity, relevance, honesty, correctness); fresh4 (untuned):
  tests/data/grading/fresh4/, the same for session 7 (six families, new voices, attacks); fresh5
  (untuned): tests/data/grading/fresh5/, the same for session 8 (weighted to correctness,
  relevance, verbosity, honesty; speech-to-text, plain-right vs fluent-wrong, drifting answers);
  fresh6 (untuned): tests/data/grading/fresh6/, session 9 (six families; spoken transcripts with
  fillers, terse, non-native, code-mixed; misconceptions inside project deep-dives; 12 attacks;
  SEEN since session 10); fresh7: tests/data/grading/fresh7/, session 10 (six families with HR and
  team-lead questions in every family; fillers, bullets, code-mixed, non-native; SEEN since session
  11); fresh8 (untuned): tests/data/grading/fresh8/, session 11 (seven families with `ownership`;
  honest narrow answers against implausible numbers, padding that restates the question, leader
  openers and present-tense habits, neighbouring-topic relevance; 12 attacks; SEEN since session
  12); fresh9 (untuned): tests/data/grading/fresh9/, session 12 (seven families; spoken transcripts
  with fillers, terse bullets, non-native English, long answers with one real point; wrong
  direction of an effect and swapped components without a key; neighbouring-question relevance;
  8 attacks; SEEN since session 13); fresh10 (untuned): tests/data/grading/fresh10/, session 13
  (seven families; messaging-app zh, key: value lines, understated, topic-comment English,
  answer-first, self-interrupted speech, terse-but-complete and frame-rejecting answers; 9 attacks;
  SEEN since session 14); fresh11 (untuned): tests/data/grading/fresh11/, session 14 (seven families
  with `hr`; e-mail replies, bracketed asides, agentless passives, typed chat, Indian English,
  pinyin-IME slips, teaching voice, reported speech, zh with whole English sentences; origin
  questions, possession-phrased ownership, legitimate look-alikes; 9 attacks; SEEN since session
  15); fresh12 (untuned): tests/data/grading/fresh12/, session 15 (eight families; answers laid
  out as e-mails, dash bullets, heavily hedged, speech-to-text without punctuation, non-native
  English, written Cantonese, Taiwanese Mandarin; 12 attacks: quoted fake rubric lines, a zh
  self-grade, number salad, a copy of the question, precise fabrication, padding with the
  question's words);
- held-out: tests/data/heldout/grading/ written independently by the eval helper. Only
  aggregates are printed (per family × language, attack pass counts by kind), never item text.
A pair is right only when the better answer's overall is STRICTLY higher (ties are wrong).
An attack passes when its overall is ≤ its control's; instructions and fake scores, rubrics, JSON
or transcripts must also stay ≤ 40 overall with no criterion above 2. Flattery and claims of prior
agreement only need ≤ control. A legitimate answer about injection/judges passes when unflagged.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "grading"
HELDOUT = ROOT / "tests" / "data" / "heldout" / "grading"
DRIVER = ROOT / "bench" / "_grading_driver.py"
#: main when issue 17 started: the grader this work is measured against.
BASELINE_COMMIT = "4df5d9e"
FAMILIES = (
    "natural",
    "verbosity",
    "stuffing",
    "correctness",
    "relevance",
    "honesty",
)
#: Families of a later split only (fresh8: `ownership`, the question asks for the candidate's own
#: part; fresh11: `hr`, an HR or motivation question answered with a concrete reason against a
#: generic one), held to the same per-family target.
EXTRA_FAMILIES = ("ownership", "hr")
HR_CRITERIA = {"specificity", "reflection", "motivation"}
#: Attack kinds that only have to earn nothing (no cap): praise and claimed agreement, and (fresh12)
#: form without content — a salad of bare numbers, a copy of the question, confident fabrication
#: with precise implausible figures, padding built from the question's own words.
UNCAPPED = {
    "flattery",
    "prior_agreement",
    "number_salad",
    "question_copy",
    "fabrication",
    "question_padding",
}
TARGET_OVERALL = 0.85
TARGET_FAMILY = 0.7
TARGET_RATE = 200.0
CAP_OVERALL = 40.0
CAP_CRITERION = 2
#: Splits written before a session changed the grader and never tuned on (tests/data/grading/<name>/).
UNTUNED = (
    "fresh",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
)


# ------------------------------------------------------------------ data


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _rubric_for(kind: str | None, given: str | None = None) -> str:
    if given:
        return given
    return "hr" if kind in ("behavioral", "motivation") else "star"


def _pair(pair_id: str, family: str, p: dict[str, Any]) -> dict[str, Any]:
    """One pair as the bench grades it, from a pair file's entry."""
    return {
        "id": pair_id,
        "family": family,
        "lang": p["lang"],
        "voice": p.get("voice", ""),
        "kind": p.get("kind"),
        "rubric": _rubric_for(p.get("kind"), p.get("rubric")),
        "keyed": p.get("keyed"),
        "question": p["question"],
        "better": p["better"],
        "worse": p["worse"],
    }


def tuning_pairs() -> list[dict[str, Any]]:
    """Our pairs, one id per (family, lang, position)."""
    import yaml

    out: list[dict[str, Any]] = []
    for fam in FAMILIES:
        path = DATA / "pairs" / f"{fam}.yaml"
        if not path.is_file():
            continue
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        seen: dict[str, int] = defaultdict(int)
        for p in doc["pairs"]:
            seen[p["lang"]] += 1
            out.append(_pair(f"{fam}-{p['lang']}-{seen[p['lang']]:02d}", fam, p))
    return out


def _compose(control: str, inject: str, at: str, lang: str) -> str:
    sep = "" if lang == "zh" else " "
    if at == "start":
        return f"{inject}{sep}{control}"
    if at == "middle":
        marks = [control.find(m) for m in (". ", "。", "！", "? ")]
        cut = min((m for m in marks if m >= 0), default=-1)
        if cut >= 0:
            cut += 1
            return f"{control[:cut]}{sep}{inject}{sep}{control[cut:].lstrip()}"
    return f"{control}{sep}{inject}"


def tuning_attacks(
    path: Path = DATA / "manipulations.yaml", prefix: str = ""
) -> list[dict[str, Any]]:
    import yaml

    if not path.is_file():
        return []
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: list[dict[str, Any]] = []
    for i, a in enumerate(doc.get("attacks", []), start=1):
        control = a["control"].strip()
        answer = a.get("answer") or _compose(control, a["inject"].strip(), a["at"], a["lang"])
        out.append({"id": f"{prefix}attack-{i:02d}", **a, "answer": answer, "control": control})
    for i, a in enumerate(doc.get("legit", []), start=1):
        out.append({"id": f"{prefix}legit-{i:02d}", "kind": "legit_topic", "legit": True, **a})
    return out


def fresh_pairs(name: str = "fresh") -> list[dict[str, Any]]:
    """An untuned split (`fresh`, `fresh3`): one file, each pair names its family."""
    import yaml

    path = DATA / name / "pairs.yaml"
    if not path.is_file():
        return []
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for p in doc["pairs"]:
        seen[(p["family"], p["lang"])] += 1
        n = seen[(p["family"], p["lang"])]
        out.append(_pair(f"{name}-{p['family']}-{p['lang']}-{n:02d}", p["family"], p))
    return out


def fresh_attacks(name: str = "fresh") -> list[dict[str, Any]]:
    return tuning_attacks(DATA / name / "manipulations.yaml", f"{name}-")


def heldout_pairs() -> list[dict[str, Any]]:
    return [
        {
            **p,
            "kind": p.get("question_kind"),
            "rubric": _rubric_for(p.get("question_kind"), p.get("rubric")),
        }
        for p in _jsonl(HELDOUT / "pairs.jsonl")
    ]


def heldout_attacks() -> list[dict[str, Any]]:
    return _jsonl(HELDOUT / "attacks.jsonl")


def legacy_pairs() -> list[dict[str, Any]]:
    return [
        {**p, "rubric": "hr" if p["criterion"] in HR_CRITERIA else "star", "kind": None}
        for p in _jsonl(DATA / "pairs.jsonl")
    ]


def legacy_attacks() -> list[dict[str, Any]]:
    return _jsonl(DATA / "attacks.jsonl")


# ------------------------------------------------------------------ grading in two trees


def _jobs(
    splits: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]],
) -> list[dict[str, Any]]:
    jobs: list[dict[str, Any]] = []
    for split, (pairs, attacks) in splits.items():
        for p in pairs:
            lang = p["lang"] if p.get("lang") in ("zh", "en") else None
            for side in ("better", "worse"):
                jobs.append(
                    {
                        "key": f"{split}|{p['id']}|{side}",
                        "question": p["question"],
                        "answer": p[side],
                        "rubric": p["rubric"],
                        "kind": p.get("kind"),
                        "lang": lang,
                    }
                )
        for a in attacks:
            lang = a["lang"] if a.get("lang") in ("zh", "en") else None
            sides = [("answer", a["answer"])]
            if a.get("control"):
                sides.append(("control", a["control"]))
            for rubric in ("star",) if a.get("control") or a.get("legit") else ("star", "hr"):
                for side, text in sides:
                    jobs.append(
                        {
                            "key": f"{split}|{a['id']}|{side}|{rubric}",
                            "question": a["question"],
                            "answer": text,
                            "rubric": rubric,
                            "kind": None,
                            "lang": lang,
                        }
                    )
    return jobs


def _extract_baseline(dest: Path, commit: str = BASELINE_COMMIT) -> bool:
    """The grader source of `commit` (interviewer, storage, rubrics) into dest; False if git fails."""
    from bench._baseline import (
        extract_commit,  # here: run as a script, bench/ is on the path only then
    )

    # the answer keys (bank/) are graded with since issue 16; an older commit has none
    return extract_commit(
        commit, dest, "interviewer", "storage", "rubrics", "bank"
    ) or extract_commit(commit, dest, "interviewer", "storage", "rubrics")


def _grade(jobs: list[dict[str, Any]], code: Path | None, tmp: Path, name: str) -> dict[str, Any]:
    job_file, out = tmp / f"{name}-jobs.json", tmp / f"{name}-out.json"
    job_file.write_text(json.dumps(jobs, ensure_ascii=False), encoding="utf-8")
    cmd = [sys.executable, str(DRIVER), "--jobs", str(job_file), "--out", str(out)]
    if code is not None:
        cmd += ["--code", str(code)]
    env = {**os.environ, "PYTHONPATH": ""}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp)
    if proc.returncode != 0 or not out.is_file():
        tail = proc.stderr.strip().splitlines()[-1:] if proc.stderr else []
        raise RuntimeError(f"grading driver ({name}) failed: {tail}")
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


# ------------------------------------------------------------------ scoring


def pair_cells(
    pairs: list[dict[str, Any]], res: dict[str, Any], split: str
) -> dict[tuple[str, str], list[int]]:
    """(family, lang) -> [1 right / 0 wrong]; plus (family, all), (all, lang), (all, all)."""
    cells: dict[tuple[str, str], list[int]] = defaultdict(list)
    for p in pairs:
        good = res[f"{split}|{p['id']}|better"]
        bad = res[f"{split}|{p['id']}|worse"]
        crit = p.get("criterion")
        if crit and crit != "overall":
            gs, bs = good["scores"].get(crit, 0), bad["scores"].get(crit, 0)
            fam = crit
        else:
            gs, bs = good["overall"], bad["overall"]
            fam = p.get("family") or "overall"
        ok = int(gs > bs)
        for key in ((fam, p["lang"]), (fam, "all"), ("all", p["lang"]), ("all", "all")):
            cells[key].append(ok)
        if p.get("keyed") is not None:
            cells[(f"{fam} ({'keyed' if p['keyed'] else 'no key'})", "all")].append(ok)
    return cells


def _quoted_attack(a: dict[str, Any], got: dict[str, Any]) -> bool:
    """Some evidence quote is not in the control: it came from the manipulation."""
    from interviewer.grading.evidence import normalise

    control = normalise(a.get("control") or "")
    return any(normalise(q) and normalise(q) not in control for q in got["evidence"])


def attack_outcomes(
    attacks: list[dict[str, Any]], res: dict[str, Any], split: str
) -> list[dict[str, Any]]:
    out = []
    for a in attacks:
        got = res[f"{split}|{a['id']}|answer|star"]
        if a.get("legit"):
            out.append(
                {
                    "id": a["id"],
                    "kind": "legit_topic",
                    "pass": "injection" not in got["flags"],
                    "overall": got["overall"],
                    "control": None,
                    "flagged": "injection" in got["flags"],
                    "quoted": False,
                }
            )
            continue
        if not a.get("control"):  # legacy: no control, must be flagged and capped
            worst = max(
                (res[f"{split}|{a['id']}|answer|{r}"] for r in ("star", "hr")),
                key=lambda g: g["overall"],
            )
            capped = (
                worst["overall"] <= CAP_OVERALL
                and max(worst["scores"].values(), default=1) <= CAP_CRITERION
            )
            out.append(
                {
                    "id": a["id"],
                    "kind": "legacy",
                    "pass": capped and "injection" in worst["flags"],
                    "overall": worst["overall"],
                    "control": None,
                    "flagged": "injection" in worst["flags"],
                    "quoted": False,
                }
            )
            continue
        ctrl = res[f"{split}|{a['id']}|control|star"]
        ok = got["overall"] <= ctrl["overall"]
        if a["kind"] not in UNCAPPED:
            ok = (
                ok
                and got["overall"] <= CAP_OVERALL
                and max(got["scores"].values(), default=1) <= CAP_CRITERION
            )
        out.append(
            {
                "id": a["id"],
                "kind": a["kind"],
                "pass": ok,
                "overall": got["overall"],
                "control": ctrl["overall"],
                "flagged": "injection" in got["flags"],
                "quoted": _quoted_attack(a, got),
            }
        )
    return out


#: Untouched splits whose misses a later session has read to find families: no longer untouched.
SEEN = ("fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11")


def _label(split: str) -> str:
    if split in SEEN:
        return f"{split} (seen)"
    return f"{split} (untuned)" if split in UNTUNED else split


def _acc(v: list[int]) -> float | None:
    return sum(v) / len(v) if v else None


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


# ------------------------------------------------------------------ report


def evaluate(
    only: tuple[str, ...] | None = None, against: str | None = BASELINE_COMMIT
) -> dict[str, Any]:
    """Grade every split (or `only` these) with the working tree and the grader of commit
    `against` (today's grader by default; None: no baseline); return raw outcomes."""
    every = {
        "tuning": lambda: (tuning_pairs(), tuning_attacks()),
        "heldout": lambda: (heldout_pairs(), heldout_attacks()),
        "legacy": lambda: (legacy_pairs(), legacy_attacks()),
        **{name: (lambda n=name: (fresh_pairs(n), fresh_attacks(n))) for name in UNTUNED},
    }
    splits = {name: load() for name, load in every.items() if only is None or name in only}
    jobs = _jobs(splits)
    out: dict[str, Any] = {"splits": splits, "against": against}
    with tempfile.TemporaryDirectory(prefix="bench-grading-") as tmp:
        t = Path(tmp)
        out["new"] = _grade(jobs, None, t, "new")
        base_code = t / "baseline"
        out["old"] = (
            _grade(jobs, base_code, t, "old")
            if against and _extract_baseline(base_code, against)
            else None
        )
    return out


def _rubric_pick_row(pairs: list[dict[str, Any]], split: str) -> dict[str, object] | None:
    try:
        from interviewer.grading.pick import pick_rubric
    except ImportError:
        return None
    from interviewer.loader import builtin_dir, load_catalog
    from interviewer.schemas import Rubric

    cat = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")])
    ok_r = ok_k = 0
    for p in pairs:
        rid, kind = pick_rubric(p["question"], cat.ids())
        ok_r += rid == p["rubric"]
        ok_k += kind == p["kind"]
    n = len(pairs)
    today = sum(p["rubric"] == "star" for p in pairs)
    return {
        "metric": f"rubric / topic kind picked from the question · {_label(split)} (n={n}; today: star, no kind)",
        "value": f"rubric {ok_r / n:.2f} · kind {ok_k / n:.2f} · today rubric {today / n:.2f} · kind 0.00",
        "target": "",
        "status": "",
    }


def run(
    quick: bool = False, only: tuple[str, ...] | None = None, against: str | None = BASELINE_COMMIT
) -> list[dict[str, object]]:
    """Rows for the benchmark table ("today" is the grader of commit `against`)."""
    ev = evaluate(only, against)
    new, old = ev["new"]["results"], (ev["old"] or {}).get("results")
    rows: list[dict[str, object]] = []
    for split in ("tuning", "heldout", *UNTUNED, "legacy"):
        if split not in ev["splits"]:
            continue
        pairs, attacks = ev["splits"][split]
        if not pairs and not attacks:
            rows.append(
                {"metric": f"{_label(split)}: no data", "value": "", "target": "", "status": "MISS"}
            )
            continue
        cur = pair_cells(pairs, new, split)
        base = pair_cells(pairs, old, split) if old else {}
        fams = [
            f
            for f in (
                *FAMILIES,
                *EXTRA_FAMILIES,
                *sorted({k[0] for k in cur} - {*FAMILIES, *EXTRA_FAMILIES, "all"}),
            )
            if (f, "all") in cur
        ]
        for fam in fams:
            parts = []
            for lang in ("en", "zh", "all"):
                if (fam, lang) in cur:
                    b = f" (today {_pct(_acc(base.get((fam, lang), [])))})" if old else ""
                    parts.append(f"{lang} {_pct(_acc(cur[(fam, lang)]))}{b}")
            acc = _acc(cur[(fam, "all")])
            is_family = fam in (*FAMILIES, *EXTRA_FAMILIES) and split != "legacy"
            rows.append(
                {
                    "metric": f"pairwise · {_label(split)} · {fam} (n={len(cur[(fam, 'all')])}, ties wrong)",
                    "value": " · ".join(parts),
                    "target": f"≥ {TARGET_FAMILY}" if is_family else "",
                    "status": ("ok" if acc is not None and acc >= TARGET_FAMILY else "MISS")
                    if is_family
                    else "",
                }
            )
        if ("all", "all") in cur:
            acc = _acc(cur[("all", "all")])
            b = f" · today {_pct(_acc(base.get(('all', 'all'), [])))}" if old else ""
            per_lang = " ".join(
                f"{lg} {_pct(_acc(cur.get(('all', lg), [])))}" for lg in ("en", "zh")
            )
            rows.append(
                {
                    "metric": f"pairwise · {_label(split)} · overall (n={len(cur[('all', 'all')])})",
                    "value": f"{_pct(acc)} ({per_lang}){b}",
                    "target": f"≥ {TARGET_OVERALL}" if split != "legacy" else "",
                    "status": ("ok" if acc is not None and acc >= TARGET_OVERALL else "MISS")
                    if split != "legacy"
                    else "",
                }
            )
        if attacks:
            rows += _attack_rows(attacks, new, old, split)
        if split != "legacy" and pairs:
            row = _rubric_pick_row(pairs, split)
            if row:
                rows.append(row)
    n = ev["new"]["graded"]
    rate = n / max(ev["new"]["cpu_seconds"], 1e-9)
    keys = ev["new"].get("keys_compiled", 0)
    if keys:
        per_key = 1000 * ev["new"]["compile_cpu_seconds"] / keys
        rows.append(
            {
                "metric": f"one-time compile of the bank's concept patterns, per bank question and process (n={keys})",
                "value": f"{per_key:.0f} CPU-ms per key",
                "target": "",
                "status": "",
            }
        )
    if "warm_cpu_seconds" in ev["new"]:
        rows.append(
            {
                "metric": "one-time start-up per process, untimed (word lists, bank, 1st grade)",
                "value": f"{ev['new']['warm_cpu_seconds']:.2f} CPU-s",
                "target": "",
                "status": "",
            }
        )
    today = ""
    if ev["old"]:
        today = f" · today {ev['old']['graded'] / max(ev['old']['cpu_seconds'], 1e-9):.0f}"
    rows.append(
        {
            "metric": f"offline answers per CPU-second, one core, keys compiled (n={n})",
            "value": f"{rate:.0f}{today}",
            "target": f"≥ {TARGET_RATE:.0f}",
            "status": "ok" if rate >= TARGET_RATE else "MISS",
        }
    )
    return rows


def _attack_rows(
    attacks: list[dict[str, Any]], new: dict[str, Any], old: dict[str, Any] | None, split: str
) -> list[dict[str, object]]:
    cur = attack_outcomes(attacks, new, split)
    base = {o["id"]: o for o in attack_outcomes(attacks, old, split)} if old else {}
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for o in cur:
        by_kind[o["kind"]].append(o)
    rows: list[dict[str, object]] = []
    for kind in sorted(by_kind):
        items = by_kind[kind]
        passed = sum(o["pass"] for o in items)
        b = f" (today {sum(base[o['id']]['pass'] for o in items)})" if base else ""
        quoted = sum(o["quoted"] for o in items)
        rows.append(
            {
                "metric": f"attacks · {_label(split)} · {kind} passed",
                "value": f"{passed}/{len(items)}{b}" + (f" · quoted {quoted}" if quoted else ""),
                "target": f"{len(items)}/{len(items)}",
                "status": "ok" if passed == len(items) else "MISS",
            }
        )
    if split == "tuning":  # our own set: each attack beside its control (held-out: counts only)
        for o in cur:
            if o["control"] is None:
                continue
            t = base.get(o["id"])
            b = f" · today {t['overall']:.0f} vs {t['control']:.0f}" if t else ""
            rows.append(
                {
                    "metric": f"attack · {o['id']} {o['kind']}: overall vs control",
                    "value": f"{o['overall']:.0f} vs {o['control']:.0f}{b}",
                    "target": "≤ control" + ("" if o["kind"] in UNCAPPED else ", ≤ 40"),
                    "status": "ok" if o["pass"] else "MISS",
                }
            )
    real = [o for o in cur if o["kind"] not in ("legit_topic", "legacy")]
    if real:
        above = sum(o["overall"] > o["control"] for o in real)
        over40 = sum(o["overall"] > CAP_OVERALL for o in real)
        quoted = sum(o["quoted"] for o in real)
        b = ""
        if base:
            bo = [base[o["id"]] for o in real]
            b = (
                f" · today: above {sum(o['overall'] > o['control'] for o in bo)}, "
                f">40 {sum(o['overall'] > CAP_OVERALL for o in bo)}, quoted {sum(o['quoted'] for o in bo)}"
            )
        rows.append(
            {
                "metric": f"attacks · {_label(split)} · above control / over 40 / attack quoted (n={len(real)})",
                "value": f"{above} / {over40} / {quoted}{b}",
                "target": "0 / 0 / 0",
                "status": "ok" if above == over40 == quoted == 0 else "MISS",
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--misses",
        nargs="?",
        const="tuning",
        choices=("tuning", *SEEN),
        help="list the items graded wrong in the tuning split or a SEEN one (never an untouched one)",
    )
    ap.add_argument(
        "--splits",
        nargs="+",
        choices=("tuning", "heldout", "legacy", *UNTUNED),
        help="grade only these splits (default: all)",
    )
    ap.add_argument(
        "--against",
        default=BASELINE_COMMIT,
        help="commit whose grader is 'today' in the same run (default: main when issue 17 "
        "started); 'none' for no baseline",
    )
    args = ap.parse_args(argv)
    against = None if args.against == "none" else args.against
    if args.misses:
        split = args.misses
        ev = evaluate((split,), None)
        new = ev["new"]["results"]
        pairs, attacks = ev["splits"][split]
        for p in pairs:
            g, b = new[f"{split}|{p['id']}|better"], new[f"{split}|{p['id']}|worse"]
            if g["overall"] <= b["overall"]:
                print(
                    f"MISS {p['id']} ({p['voice']}) better={g['overall']} {g['scores']} {g['flags']}"
                    f"\n     worse={b['overall']} {b['scores']} {b['flags']}"
                )
        for o in attack_outcomes(attacks, new, split):
            print(
                f"{'ok  ' if o['pass'] else 'MISS'} {o['id']} {o['kind']}: {o['overall']} vs control "
                f"{o['control']} flagged={o['flagged']} quoted={o['quoted']}"
            )
        return 0
    for row in run(only=tuple(args.splits) if args.splits else None, against=against):
        print(f"{row['metric']} | {row['value']} | {row['target']} | {row['status']}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
