"""Plan quality: do the planned main questions fit the résumé and the round?

Scores the plans the working tree's planner makes, and those of BASELINE_COMMIT (extracted with
`git archive`, its own process, same run), on three splits of tests/data/engine/:

- `plans_untouched6/` — written and labelled at the start of session 15, before any planner change
  of that session; never tuned on;
- `plans_untouched5/` — written and labelled at the start of session 14, before any planner change
  of that session; never tuned on (SEEN since session 15);
- `plans_untouched4/` — written and labelled at the start of session 13, before any planner change
  of that session; never tuned on (SEEN since session 14);
- `plans_untouched3/` — written and labelled at the start of session 12, before any planner change
  of that session; never tuned on (SEEN since session 13);
- `plans_untouched2/` — written and labelled at the start of session 11, before any planner change
  of that session; never tuned on;
- `plans_untouched/` — written and labelled BEFORE the planner work of session 10 (its README has
  the labelling rule; SEEN since session 11, when its HR plans were read item by item);
- `plans_tuning/` — written afterwards, three inputs in other words per failure family found.

Rows (per split): project questions that fit the project's kind (no retrieval, training, serving
or agent question of a project of another kind); projects of a kind asked a question of that kind;
pairs of projects in one round asked different topic sequences; project questions that do not ask
what the résumé already states; leader and HR plans that differ between résumés (same session);
HR plans that fit the career (no "why are you leaving" for a new graduate, one for a serial mover);
HR main questions that do not ask again what an earlier answer told (skipped or building on it).

Run as a script for one source tree: `python bench/plans.py [--code DIR] --out FILE SPLIT_DIR`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "engine"
SPLITS = {
    "untouched6": DATA / "plans_untouched6",
    "untouched5": DATA / "plans_untouched5",
    "untouched4": DATA / "plans_untouched4",
    "untouched3": DATA / "plans_untouched3",
    "untouched2": DATA / "plans_untouched2",
    "untouched": DATA / "plans_untouched",
    "tuning": DATA / "plans_tuning",
}
#: main when session 10 started (before the plan work); PLANS_BASELINE_COMMIT overrides.
BASELINE_COMMIT = os.environ.get("PLANS_BASELINE_COMMIT") or "5c4f072"
SESSIONS = (1, 2, 3)

# ---------------------------------------------------------------- the labelling vocabulary
# Written with the untouched split, before any plan was made (README.md there).

#: Words that make a question one of a kind: asked of a project of another kind, a misfit.
OFF_KIND = {
    "rag": (r"retriev|chunk|top-k|rerank|vector store", r"检索|召回|切块|chunk|top-k|重排|向量库"),
    "train": (
        r"\btrain|learning rate|GPUs|batch size|converge|fine-tun",
        r"训练|学习率|几张|显卡|收敛|微调",
    ),
    "serving": (
        r"latency and throughput|throughput|traffic|QPS|batching|inference cost",
        r"延迟和吞吐|吞吐|流量|QPS|批处理|推理成本",
    ),
    "agent": (r"\bagent|tool call", r"智能体|agent|工具调用"),
}
#: Which project kinds may be asked each family above.
ALLOWED = {
    "rag": {"rag"},
    "train": {"finetune", "ml"},
    "serving": {"serving"},
    "agent": {"agent"},
}
#: A question of the project's own kind.
OWN_KIND = {
    "rag": OFF_KIND["rag"],
    "finetune": OFF_KIND["train"],
    "serving": (r"latency|throughput|traffic|QPS|cost|batching", r"延迟|吞吐|流量|成本|批处理"),
    "agent": (r"tool|agent|loop|wrong action", r"工具|智能体|agent|循环"),
    "eval": (
        r"eval set|test set|judge|label|annotat|rater|evaluat|measur",
        r"评测集|测试集|裁判|标注|评估|评测",
    ),
    "data": (r"\bdata\b|clean|label|dedup|pipeline|backfill", r"数据|清洗|标注|去重"),
    "ml": (r"feature|model|train|label|baseline", r"特征|模型|训练|标注|基线"),
}
#: What a question asks for (project facts and HR asks).
ASKS = {
    "team_size": (
        r"how many people were on|how many people worked|size of the team|how big (?:was|is) the team",
        r"几个人|团队多大|多少人参与",
    ),
    "users": (
        r"how many (?:people|users)(?! were on| worked)|who uses it",
        r"多少人在用|用户是谁|多少用户",
    ),
    "data_size": (r"how much (?:data|of it|was there)", r"总量多少|一共多少条|数据量"),
    "test_set": (
        r"what (?:test|eval) set|how many examples|fixed eval set",
        r"什么测试集|测试集上测|多少条样本|固定的评测集",
    ),
    "hardware": (r"how many GPUs|GPUs of what kind", r"几张(?:什么)?卡"),
    "base_model": (r"which model|base model|choose the model", r"哪个模型|基座模型|模型选型"),
    "params": (
        r"chunk size|top-k|learning rate|batch size|\brank\b",
        r"chunk 多大|top-k|学习率|batch size|rank",
    ),
    "latency": (r"latency and throughput targets|what were the latency", r"延迟和吞吐目标"),
    "leaving": (
        r"why you're looking to move|why .*(?:leav|move)|each time you left|offered you a raise to stay"
        r"|look beyond|moved on|what made you switch",
        r"为什么考虑换工作|换工作|离开的主要原因|加薪挽留|考虑离开|每次离开|想换地方",
    ),
    "salary": (
        r"salary expectations|what are your salary|expected (?:salary|pay)|compensation",
        r"对薪资有什么期望|薪资期望|期望薪资",
    ),
    "weakness": (r"weakness|need to grow|where you still need", r"短板|不足|需要提高|缺点"),
    "strength": (r"strength|do well", r"优势|优点|做得好"),
    "career": (
        r"three to five years|two years from now|technical expert or|next .* years",
        r"三到五年|两年以后|技术专家的方向",
    ),
    "why_us": (
        r"interests you about this|why us|ideal next job",
        r"为什么对我们|理想中的下一份工作",
    ),
}
#: A main question that builds on what an earlier answer said.
REFERS_BACK = (
    r"you (?:mentioned|said|told)|earlier you|building on|you've (?:said|told)",
    r"你(?:刚才|前面|之前)?(?:提到|说过|说了|讲到)|刚才说|前面说|接着你",
)
_QUOTE = re.compile(r"“([^”]+)”|「([^」]+)」")
NEUTRAL = {"en": "That's all I have on that.", "zh": "这个我能说的就这些。"}
SKIP = {"en": "I'd rather skip this one.", "zh": "这个我想先跳过。"}


def _has(pair: tuple[str, str], text: str, lang: str) -> bool:
    return bool(re.search(pair[0] if lang == "en" else pair[1], text, re.I))


def asks(text: str, lang: str) -> set[str]:
    return {k for k, pair in ASKS.items() if _has(pair, text, lang)}


def own_words(question: str, project: str, resume: str, least: int = 6) -> str:
    """The question without the project's name and without any run of `least` or more characters
    copied from the résumé (a quoted claim): a kind word there is the résumé's, not the question's
    ("推荐召回服务" names a recommender's candidate stage, not retrieval for generation)."""
    text = question.replace(project, " ") if project else question
    out, i = [], 0
    while i < len(text):
        j = i + least
        if j <= len(text) and text[i:j] in resume:
            while j < len(text) and text[i : j + 1] in resume:
                j += 1
            out.append(" ")
            i = j
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- making plans (one source tree)


def _label_of(project: str | None, labels: list[dict[str, Any]]) -> dict[str, Any] | None:
    name = (project or "").lower()
    for lab in labels:
        if any(m.lower() in name for m in lab["match"]):
            return lab
    return None


def _plans(split: Path, services: Any) -> list[dict[str, Any]]:
    import yaml

    from interviewer.engine.base import InterviewContext
    from interviewer.engine.planner import ResumePlanner
    from interviewer.resume import load_resume

    labels = yaml.safe_load((split / "labels.yaml").read_text(encoding="utf-8"))["resumes"]
    out = []
    for name, lab in labels.items():
        resume = load_resume(split / "resumes" / name)
        kinds = {p.name: getattr(p, "kind", None) for p in resume.projects}
        for persona_id in ("deep_dive", "leader", "hr"):
            persona = services.personas.get(persona_id)
            rubric = services.rubrics.get(persona.rubric)
            for sid in SESSIONS:
                ctx = InterviewContext(
                    session_id=sid, persona=persona, lang=lab["lang"], resume=resume
                )
                plan = ResumePlanner(rubric=rubric, bank=services.bank).plan(ctx)
                out.append(
                    {
                        "resume": name,
                        "persona": persona_id,
                        "session": sid,
                        "lang": lab["lang"],
                        "read_kinds": kinds,
                        "slots": [
                            {
                                "topic": s.topic,
                                "kind": s.kind,
                                "project": s.project,
                                "question": s.question,
                                "template": s.template,
                            }
                            for s in plan.topics
                        ],
                    }
                )
    return out


def _hr_sessions(split: Path, services: Any) -> list[dict[str, Any]]:
    import yaml

    from interviewer.engine.session import InterviewRunner
    from interviewer.resume import load_resume

    out = []
    for path in sorted((split / "hr").glob("*.yaml")):
        script = yaml.safe_load(path.read_text(encoding="utf-8"))
        lang = script["lang"]
        resume = load_resume(split / "resumes" / script["resume"])
        runner = InterviewRunner.start(services, persona_id="hr", lang=lang, resume=resume)
        planned = [{"topic": s.topic, "question": s.question} for s in runner.plan.topics]
        events: list[dict[str, Any]] = []
        first = True
        question = runner.next_question()
        guard = 0
        while question is not None and not runner.finished and guard < 60:
            guard += 1
            slot = runner.state.slot
            topic = runner.plan.topics[slot].topic if 0 <= slot < len(runner.plan.topics) else ""
            if question.kind == "question":
                unit = script["first"] if first else script["by_topic"].get(topic)
                first = False
                text = unit["text"] if unit else SKIP[lang]
                tells = list(unit.get("tells") or []) if unit else []
            else:
                text, tells = NEUTRAL[lang], []
            events.append(
                {"kind": question.kind, "slot": slot, "topic": topic, "text": question.text}
            )
            events.append({"kind": "answer", "text": text, "tells": tells})
            runner.submit_answer(text)
            question = runner.next_question()
        out.append({"id": path.stem, "lang": lang, "planned": planned, "events": events})
    return out


def produce(split: Path, out: Path) -> None:
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    with tempfile.TemporaryDirectory() as home:
        os.environ["INTERVIEWER_HOME"] = home
        os.environ.pop("INTERVIEWER_DB_URL", None)
        os.environ["INTERVIEWER_MODEL"] = "offline"
        from interviewer.services import Services

        services = Services()
        try:
            data = {"plans": _plans(split, services), "hr": _hr_sessions(split, services)}
        finally:
            services.close()
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


# ---------------------------------------------------------------- scoring


Counts = dict[str, list[int]]


def _add(c: Counts, key: str, ok: bool) -> None:
    c.setdefault(key, [0, 0])
    c[key][0] += ok
    c[key][1] += 1


def _score_projects(c: Counts, p: dict[str, Any], lab: dict[str, Any], resume_text: str) -> None:
    """Kind fit, own kind, distinct topic sequences and résumé-stated facts of one plan: the
    project questions are gathered per labelled project once, then each project is scored."""
    lang = p["lang"]
    least = 14 if lang == "en" else 6
    asked: dict[str, tuple[dict[str, Any], list[str], list[str]]] = {}
    for s in p["slots"]:
        plab = _label_of(s["project"], lab["projects"]) if s["kind"] == "project" else None
        if plab is not None and s["project"]:
            _, topics, texts = asked.setdefault(s["project"], (plab, [], []))
            topics.append(s["topic"])
            texts.append(own_words(s["question"], s["project"], resume_text, least))
    for plab, _, texts in asked.values():
        for q in texts:
            off = [
                f
                for f, pair in OFF_KIND.items()
                if plab["kind"] not in ALLOWED[f] and _has(pair, q, lang)
            ]
            _add(c, "kind_fit", not off)
            _add(c, "not_stated", not asks(q, lang) & set(plab["stated"]))
        want = OWN_KIND.get(plab["kind"])
        if p["persona"] == "deep_dive" and want is not None and len(texts) >= 2:
            _add(c, "kind_asked", any(_has(want, q, lang) for q in texts))
    for a, b in combinations(asked.values(), 2):
        _add(c, "distinct", a[1] != b[1])


def _score_hr_fit(c: Counts, p: dict[str, Any], lab: dict[str, Any]) -> None:
    hr = lab.get("hr") or {}
    leaving = any("leaving" in asks(s["question"], p["lang"]) for s in p["slots"])
    if hr.get("new_grad"):
        _add(c, "hr_fit", not leaving)
    if hr.get("moves", 0) >= 3 or hr.get("career_change"):
        _add(c, "hr_fit", leaving)


def _score_variation(c: Counts, plans: list[dict[str, Any]]) -> None:
    """Pairs of résumés of one language, same persona and session, with different non-project
    questions."""
    for persona, key in (("leader", "leader_var"), ("hr", "hr_var")):
        for sid in SESSIONS:
            for lang in ("en", "zh"):
                group = [
                    tuple((s["topic"], s["question"]) for s in p["slots"] if s["kind"] != "project")
                    for p in plans
                    if p["persona"] == persona and p["session"] == sid and p["lang"] == lang
                ]
                for a, b in combinations(group, 2):
                    _add(c, key, a != b)


def _score_hr_told(c: Counts, sess: dict[str, Any]) -> None:
    """Each planned HR question asking again what an earlier answer told: skipped, asking
    something else, or building on the answer."""
    lang = sess["lang"]
    events = sess["events"]
    asked_slots = {e["slot"]: e for e in events if e["kind"] == "question"}
    told: set[str] = set()
    said: list[str] = []
    idx = 0
    for slot_i, planned in enumerate(sess["planned"]):
        # what was told before this slot's turn (or before the end, when skipped)
        while idx < len(events) and not (
            events[idx]["kind"] == "question" and events[idx]["slot"] >= slot_i
        ):
            if events[idx]["kind"] == "answer":
                told |= set(events[idx]["tells"])
                said.append(events[idx]["text"])
            idx += 1
        if not asks(planned["question"], lang) & told or planned["topic"] == "questions_for_us":
            continue
        turn = asked_slots.get(slot_i)
        if turn is None:
            _add(c, "hr_told", True)
            continue
        text = turn["text"]
        quoted = any((m.group(1) or m.group(2)) in " ".join(said) for m in _QUOTE.finditer(text))
        _add(
            c,
            "hr_told",
            quoted or _has(REFERS_BACK, text, lang) or not (asks(text, lang) & told),
        )


def score(data: dict[str, Any], split: Path) -> dict[str, tuple[int, int]]:
    import yaml

    labels = yaml.safe_load((split / "labels.yaml").read_text(encoding="utf-8"))["resumes"]
    c: Counts = {k: [0, 0] for k in LABELS}
    texts_of = {name: (split / "resumes" / name).read_text(encoding="utf-8") for name in labels}
    for p in data["plans"]:
        lab = labels[p["resume"]]
        if p["persona"] in ("deep_dive", "leader"):
            _score_projects(c, p, lab, texts_of[p["resume"]])
        if p["persona"] == "hr":
            _score_hr_fit(c, p, lab)
    _score_variation(c, data["plans"])
    for sess in data["hr"]:
        _score_hr_told(c, sess)
    return {k: (v[0], v[1]) for k, v in c.items()}


LABELS = {
    "kind_fit": "project questions that fit the project's kind",
    "kind_asked": "projects asked a question of their own kind (deep dive)",
    "distinct": "project pairs asked different topic sequences",
    "not_stated": "project questions not asking what the résumé states",
    "leader_var": "leader plans differing between résumés (same session)",
    "hr_var": "HR plans differing between résumés (same session)",
    "hr_fit": "HR plans fitting the career (new grad, mover, changer)",
    "hr_told": "HR questions not re-asking what an answer told",
}


def _measure(code: Path | None, split: Path, tmp: Path, tag: str) -> dict[str, Any] | None:
    out = tmp / f"{tag}.json"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--out", str(out), str(split)]
    if code is not None:
        cmd[2:2] = ["--code", str(code)]
    env = {**os.environ, "PYTHONPATH": str(code or ROOT)}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0 or not out.exists():
        sys.stderr.write(proc.stderr[-2000:])
        return None
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def run(quick: bool = False) -> list[Any]:
    from bench._baseline import extract_commit
    from bench.suite import Row

    rows: list[Any] = []
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        base_dir = tmp / "base"
        base_dir.mkdir()
        has_base = extract_commit(
            BASELINE_COMMIT, base_dir, "interviewer", "personas", "rubrics", "bank"
        )
        for name, split in SPLITS.items():
            if not (split / "labels.yaml").exists():
                continue
            now = _measure(None, split, tmp, f"now-{name}")
            base = _measure(base_dir, split, tmp, f"base-{name}") if has_base else None
            if now is None:
                raise RuntimeError(f"plans: the working tree failed on {name}")
            got = score(now, split)
            was = score(base, split) if base else {}
            for key, label in LABELS.items():
                n, d = got[key]
                if not d:
                    continue
                bn, bd = was.get(key, (0, 0))
                rows.append(
                    Row(
                        metric=f"{name}: {label} ({n}/{d})",
                        value=round(n / d, 3),
                        baseline=round(bn / bd, 3) if bd else None,
                        baseline_name=f"main {BASELINE_COMMIT}",
                    )
                )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--code")
    ap.add_argument("--out", required=True)
    ap.add_argument("split")
    args = ap.parse_args()
    if args.code:
        sys.path.insert(0, args.code)
    produce(Path(args.split), Path(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
