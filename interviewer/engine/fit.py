"""How well a persona topic fits this candidate: project kinds, skills, career shape, practice
focus, job description, and a small per-session variation so two sessions on one résumé differ.

The planner multiplies a topic's `weight` by `topic_score`; the rubric coverage step then makes
sure the round asks for everything its rubric grades.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from interviewer.bilingual import load_model
from interviewer.engine.base import InterviewContext
from interviewer.engine.policy import FOCUS_GAPS, focus_gaps
from interviewer.quantities.subject import family_of
from interviewer.reading.numbers import extract
from interviewer.reading.text import sentence_spans
from interviewer.reading.vocab import Terms
from interviewer.schemas import Rubric, Topic
from interviewer.types import ClaimedMetric, Project, Resume

PLAN_FILE = Path(__file__).resolve().parent.parent / "data" / "plan.yaml"


class HrAsk(BaseModel):
    """One thing an HR question asks: the words asking it and the words of an answer telling it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    asks: Terms
    tells: Terms


class MetricFamily(BaseModel):
    """One way a claimed result is measured (offline set, load, bill, live traffic)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    note: str = ""
    measures: list[str] = Field(default_factory=list)
    """The reading layer's measure families (data/quantities.yaml) of this kind."""
    units: list[str] = Field(default_factory=list)
    """Normalised units of this kind, for a claim whose label names no measure family."""
    asks: Terms = Field(default_factory=Terms)
    """The words of a question asking how such a number was measured."""


class Presumption(BaseModel):
    """How the work was built, as a question may presume it: the words of a question presuming
    it, and the words in the project's own lines that show the work was built that way."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    note: str = ""
    asks: Terms = Field(default_factory=Terms)
    ruled_out_by: Terms = Field(default_factory=Terms)
    """Words in the project's lines that show it was built another way."""
    shown_by: Terms = Field(default_factory=Terms)
    """Words in the project's lines that show it was built the presumed way after all."""


class PlanWords(BaseModel):
    """interviewer/data/plan.yaml: what a planned question asks that may be told already."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    resume_asks: dict[str, Terms] = Field(default_factory=dict)
    """Per fact a résumé line states (a quantity role, or `latency`), the words asking it."""
    hr: dict[str, HrAsk] = Field(default_factory=dict)
    """Per thing an HR question asks (leaving, salary, weakness...), asking and telling words."""
    career: dict[str, Terms] = Field(default_factory=dict)
    """`internship` (a position that is no job to leave) and `graduate` (just graduating)."""
    metric_families: dict[str, MetricFamily] = Field(default_factory=dict)
    """How each kind of claimed result is measured, and the words of a question asking it."""
    presumes: dict[str, Presumption] = Field(default_factory=dict)
    """What a question may presume of how the work was built (engineered features…)."""
    ask_once: list[str] = Field(default_factory=list)
    """Project topics a round with project slots asks once per session (what broke, and how
    they found it), beside the topics made for the project's kind."""


@lru_cache(maxsize=2)
def plan_words(path: Path = PLAN_FILE) -> PlanWords:
    return load_model(path, PlanWords)


def stated_facts(project: Project | None) -> set[str]:
    """Facts the project's résumé lines already state (team size, hardware, model size, data and
    sample sizes as the reading layer reads the lines' quantities; a latency result)."""
    if project is None:
        return set()
    asked = plan_words().resume_asks
    out: set[str] = set()
    for line in project.bullets:
        found = extract(line)
        measured = any(q.role in ("result", "baseline") for q in found)
        for q in found:
            role = "team_size" if q.unit == "people" else q.role
            if role == "sample_size" and not measured:
                # "on 12k annotated essays" with no result beside it: the data, not a test set
                out.add("data_size")
            if role in asked:
                out.add(role)
            if q.baseline is not None:
                out.add("baseline")  # "from 18% to 7%": the starting point is told
            if q.family == "latency" and q.role in ("result", "baseline"):
                out.add("latency")
    return out & set(asked)


def template_asks(text: str) -> set[str]:
    """The résumé facts a question (template) asks for."""
    return {k for k, terms in plan_words().resume_asks.items() if terms.search(text)}


def unfounded(text: str, project: Project) -> set[str]:
    """What a question (template) presumes of how the project was built that the project's own
    lines rule out and do not show ("which features matter most?" of work that prompted a large
    model to read documents)."""
    own = "\n".join([project.name, *project.bullets])
    return {
        k
        for k, p in plan_words().presumes.items()
        if p.asks.search(text)
        and p.ruled_out_by.search(own) is not None
        and p.shown_by.search(own) is None
    }


def metric_family(metric: ClaimedMetric) -> str | None:
    """How a claimed result is measured (plan.yaml `metric_families`): by what the claim's label
    measures, else (a label naming no measure) by its unit; None when neither says."""
    families = plan_words().metric_families
    label = (metric.what or metric.subject).strip()
    measure = family_of(label) if label else ""
    if measure:  # the label says what it measures: a build time is no latency, though in ms
        return next((name for name, fam in families.items() if measure in fam.measures), None)
    unit = metric.unit.lower()
    for name, fam in families.items():
        if unit and unit in fam.units:
            return name
    return None


def template_families(text: str) -> set[str]:
    """The metric families whose way of measuring a question (template) asks about."""
    return {k for k, fam in plan_words().metric_families.items() if fam.asks.search(text)}


def hr_asks(text: str) -> set[str]:
    """What an HR question asks of the candidate (leaving, salary, weakness...)."""
    return {k for k, a in plan_words().hr.items() if a.asks.search(text)}


def hr_told(text: str) -> dict[str, str]:
    """What an answer tells of those, each with the first sentence telling it."""
    out: dict[str, str] = {}
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        for k, a in plan_words().hr.items():
            m = a.tells.search(sentence) if k not in out else None
            if m is not None:
                out[k] = _clause(sentence, m.start(), m.end())
    return out


_CLAUSE_END = re.compile(r"[,;，；、:：]\s*|\s+(?:and|but|so)\s+")


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause of `sentence` around a match: cut at the nearest comma-like marks (a whole
    sentence when it is short), exact text of the answer."""
    if len(sentence) <= 60:
        return sentence.strip()
    left = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_END.finditer(sentence, end)), len(sentence))
    return sentence[left:right].strip()


#: Words in a job title or a position line that say the candidate led people.
_LEAD = re.compile(
    r"\b(lead|leader|manager|head|principal|staff)\b|负责人|组长|主管|经理|带\s*\d*\s*(?:名|个|人)",
    re.I,
)
#: How far a session's own variation moves a topic's score (±).
JITTER = 0.15


def project_kinds(project: Project) -> set[str]:
    """The kinds the résumé reader gave a project ("other" when it gave none)."""
    # `kind`/`kinds` come from the résumé reader (issue 14); older résumé rows lack them.
    kinds = list(getattr(project, "kinds", None) or [])
    kind = getattr(project, "kind", None)
    return {k for k in [kind, *kinds] if k} or {"other"}


def primary_kind(project: Project | None) -> str | None:
    """The project's main kind (the reader's `kind`, else the first of its `kinds`)."""
    if project is None:
        return None
    kinds = list(getattr(project, "kinds", None) or [])
    return getattr(project, "kind", None) or (kinds[0] if kinds else None)


def resume_kinds(resume: Resume | None) -> set[str]:
    """Every project kind in the résumé."""
    if resume is None:
        return set()
    return set().union(*(project_kinds(p) for p in resume.projects)) if resume.projects else set()


def fits_project(topic: Topic, project: Project | None) -> bool:
    """A project topic fits a project when it names no kinds or one of the project's."""
    if not topic.project_kinds:
        return True
    if project is None:
        return False
    return bool(set(topic.project_kinds) & project_kinds(project))


def jd_overlap(topic: Topic, job_description: str) -> list[str]:
    """Topic keywords (either language) that occur in the job description."""
    if not job_description.strip():
        return []
    jd = job_description.lower()
    words = {w.strip().lower() for w in [*topic.keywords.zh, *topic.keywords.en] if w.strip()}
    hits = []
    for w in sorted(words):
        if re.fullmatch(r"[a-z0-9 .+#-]+", w):
            if re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", jd):
                hits.append(w)
        elif w in jd:
            hits.append(w)
    return hits


def skill_overlap(topic: Topic, resume: Resume | None) -> list[str]:
    """Résumé skills (global and per project) that the topic's keywords name."""
    if resume is None:
        return []
    skills = {
        s.strip().lower() for s in [*resume.skills, *(s for p in resume.projects for s in p.skills)]
    }
    keywords = {
        k.strip().lower() for k in [*topic.keywords.zh, *topic.keywords.en] if len(k.strip()) > 1
    }
    return sorted(
        s for s in skills if s and any(k == s or (len(k) > 2 and k in s) for k in keywords)
    )


def led_people(resume: Resume | None) -> bool:
    """The résumé shows the candidate leading people (a lead title, "带 2 名实习生")."""
    if resume is None:
        return False
    lines = [p.title for p in resume.positions] + [b for p in resume.positions for b in p.bullets]
    return any(_LEAD.search(x) for x in lines)


def jitter(session_id: int | None, topic_id: str, salt: str = "") -> float:
    """A stable factor in [1 - JITTER, 1 + JITTER] for this session and topic (and `salt`: the
    project a project topic is weighed for)."""
    key = f"{session_id or 0}|{topic_id}" + (f"|{salt}" if salt else "")
    h = zlib.crc32(key.encode()) / 0xFFFFFFFF
    return 1 + JITTER * (2 * h - 1)


def topic_score(ctx: InterviewContext, topic: Topic, project: Project | None = None) -> float:
    """The topic's weight for this candidate and this session (varied per project for a project
    topic weighed for one)."""
    s = topic.weight
    if set(focus_gaps(ctx.focus)) & set(topic.probes):
        s *= 1.5
    hits = jd_overlap(topic, ctx.job_description)
    if hits:
        s *= 1 + 0.5 * min(len(hits), 3)
    if topic.kind != "project":
        if topic.project_kinds and set(topic.project_kinds) & resume_kinds(ctx.resume):
            s *= 1.6
        skills = skill_overlap(topic, ctx.resume)
        if skills:
            s *= 1 + 0.1 * min(len(skills), 3)
        if ctx.resume is not None:
            s *= _career_factor(topic, ctx.resume)
    return s * jitter(ctx.session_id, topic.id, project.name if project else "")


def jobs(resume: Resume | None) -> list[tuple[str, str]]:
    """(title, organisation) of each job held, newest first; internships are not jobs."""
    if resume is None:
        return []
    intern = plan_words().career.get("internship")
    return [
        (p.title.strip(), p.org.strip())
        for p in resume.positions
        if (p.title.strip() or p.org.strip()) and not (intern and intern.search(p.title))
    ]


def new_graduate(resume: Resume | None) -> bool:
    """No job held yet and the résumé says the candidate is (just) graduating."""
    if resume is None or jobs(resume):
        return False
    grad = plan_words().career.get("graduate")
    return bool(grad and grad.search(resume.text or ""))


def career_facts(resume: Resume | None) -> set[str]:
    """What the résumé shows of the career that a question may presuppose: `job` (a job held),
    `moves` (three employers or more), `change` (the résumé says the track changed and the
    earliest title shares no word with the current one), `grad` (a new graduate), `lead` (leads
    people), `senior` (a senior title held now)."""
    held = jobs(resume)
    out: set[str] = {"job"} if held else set()
    if new_graduate(resume):
        out.add("grad")
    if held and led_people(resume):
        out.add("lead")
    senior = plan_words().career.get("senior_title")
    if held and senior and senior.search(held[0][0]):
        out.add("senior")
    if len(dict.fromkeys(o for _, o in held if o)) >= 3:
        out.add("moves")
    titles = [t for t, _ in held if t]
    said = plan_words().career.get("changed_track")
    if len(titles) >= 2 and said and resume and said.search(resume.text or ""):
        if not _words(titles[0]) & _words(titles[-1]):
            out.add("change")
    return out


def _words(title: str) -> set[str]:
    """English words and Chinese character pairs of a job title."""
    low = title.lower()
    pairs = {
        run[i : i + 2] for run in re.findall(r"[\u4e00-\u9fff]+", low) for i in range(len(run) - 1)
    }
    return set(re.findall(r"[a-z]+", low)) | pairs


def career_needs(template: str) -> set[str]:
    """What a question presupposes of the career (plan.yaml `needs_job`, `needs_moves`…)."""
    career = plan_words().career
    return {
        k[len("needs_") :]
        for k, t in career.items()
        if k.startswith("needs_") and t.search(template)
    }


def _career_factor(topic: Topic, resume: Resume) -> float:
    """Behavioural and motivation topics that this career history makes worth asking."""
    templates = [*topic.questions.en, *topic.questions.zh]
    if new_graduate(resume) and templates and all("leaving" in hr_asks(q) for q in templates):
        return 0.05  # no job to leave yet: "why are you leaving?" cannot be asked
    facts = career_facts(resume)
    if any(
        career_needs(q) & {"moves", "change", "grad", "lead", "senior"} & facts for q in templates
    ):
        return 1.4  # the history asks it: moves, a change of track, a first job, a lead, seniority
    if "ownership" in topic.probes and led_people(resume):
        return 1.2  # a lead: how they settle disagreements and share credit matters more
    if topic.kind == "motivation" and len(resume.positions) >= 2:
        return 1.15  # several moves: why each one
    if "{skill}" in " ".join(topic.questions.en + topic.questions.zh) and resume.skills:
        return 1.15  # a skill to ask about by name
    return 1.0


def criterion_gaps(rubric: Rubric | None) -> dict[str, set[str]]:
    """For each rubric criterion that needs a question asking for it, the gaps that do."""
    if rubric is None:
        return {}
    out = {}
    for c in rubric.criteria:
        needs = set(c.only_when_asked) or set(FOCUS_GAPS.get(c.id, ()))
        if needs:
            out[c.id] = needs
    return out


def uncovered(rubric: Rubric | None, topics: Iterable[Topic]) -> dict[str, set[str]]:
    """Criteria of the rubric no chosen topic asks for."""
    asked = {p for t in topics for p in t.probes}
    return {cid: gaps for cid, gaps in criterion_gaps(rubric).items() if not gaps & asked}
