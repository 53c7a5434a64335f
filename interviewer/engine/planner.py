"""The résumé-grounded planner: which main questions to ask, in which order.

Project slots (round(questions × resume_share)) go to the candidate's own projects, those with
claimed metrics first, each question naming the project and where possible its metric; the rest
come from the persona's other topics by weight, nudged by the practice focus and the job
description. Slots follow the order of the topics in the persona file.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

from interviewer.engine.base import InterviewContext, Plan, PlannedTopic
from interviewer.engine.policy import focus_gaps
from interviewer.engine.templates import load_engine_strings, safe_format
from interviewer.schemas import Topic
from interviewer.types import ClaimedMetric, Project, Resume

_PLACEHOLDER = re.compile(r"\{(project|metric|skill|role)\}")
_LEADING_VERB = re.compile(
    r"^(?:[A-Z][a-z]+ed|cut|grew|won|built|led|made|drove|brought|took|saw|got|hit|set)\s+", re.I
)
_RESULT_UNITS = {"%", "pp", "x", "ms", "s", "倍", "个百分点", "points"}


def metric_phrase(metric: ClaimedMetric, bullets: Sequence[str] = ()) -> str:
    """The claim as a noun phrase to quote back ("answer accuracy from 61% to 83%").

    A claim that does not say what it measures ("25%") is widened to its clause in the résumé
    bullet ("deflected 25% of calls").
    """
    text = metric.text.strip().rstrip("。.，,;；")
    for bullet in bullets if not metric.what else ():
        if text and text in bullet:
            for clause in re.split(r"[;；,，。]|\.\s", bullet):
                clause = clause.strip().rstrip(".")
                if text in clause and len(text) < len(clause) <= 48:
                    text = clause
                    break
            break
    if re.match(r"[A-Za-z]", text):
        stripped = _LEADING_VERB.sub("", text, count=1)
        if stripped != text and metric.direction and re.search(r"\sby\s+[\d.]", stripped):
            # "Reduced review time by 35%" reads as "review time down 35%" inside a question.
            word = " down " if metric.direction == "down" else " up "
            stripped = re.sub(r"\s+by\s+(?=[\d.])", word, stripped, count=1)
        text = stripped
    return text


def is_result_metric(m: ClaimedMetric) -> bool:
    """A measured outcome (before → after, a direction, %/pp/x/latency), not a count or size."""
    return m.baseline is not None or m.direction is not None or m.unit.lower() in _RESULT_UNITS


def headline_metrics(project: Project) -> list[ClaimedMetric]:
    """A project's result-like metrics, those with a baseline first."""
    results = [m for m in project.metrics if is_result_metric(m)]
    return sorted(results, key=lambda m: (m.baseline is None, m.direction is None))


def stable_pick(n: int, *key: object) -> int:
    """A deterministic index in range(n) from a key (same key, same pick, across runs)."""
    return zlib.crc32("|".join(map(str, key)).encode()) % n if n else 0


def rank_projects(resume: Resume | None) -> list[Project]:
    """Projects most worth asking about first: with claimed metrics, then with more detail."""
    if resume is None:
        return []
    named = [p for p in resume.projects if p.name.strip()]
    order = {id(p): i for i, p in enumerate(named)}
    return sorted(
        named, key=lambda p: (-min(len(headline_metrics(p)), 3), -len(p.bullets), order[id(p)])
    )


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


class ResumePlanner:
    """Planner for every engine (offline and LLM): deterministic for a given session id."""

    name = "resume"

    def plan(self, ctx: InterviewContext) -> Plan:
        persona = ctx.persona
        project_topics = [t for t in persona.topics if t.kind == "project"]
        other_topics = [t for t in persona.topics if t.kind != "project"]
        n = persona.questions
        n_proj = round(n * persona.resume_share) if project_topics else 0
        if project_topics and persona.resume_share > 0:
            n_proj = max(1, n_proj)
        if not other_topics:
            n_proj = n
        n_proj = min(n, n_proj)
        project_slots = self._project_slots(ctx, project_topics, n_proj)
        other_slots = self._other_slots(ctx, other_topics, n - n_proj)
        position = {t.id: i for i, t in enumerate(persona.topics)}
        first_project = min((position[t.id] for t in project_topics), default=0)

        def where(s: PlannedTopic) -> tuple[int, int]:
            if s.kind == "closing":
                return (len(position) + 1, 0)
            return (first_project if s.kind == "project" else position[s.topic], 0)

        # sorted() is stable: project slots keep their ranked grouping, repeats stay together.
        slots = sorted([*project_slots, *other_slots], key=where)
        self._dedupe(ctx, slots)
        return Plan(topics=slots)

    # ------------------------------------------------------------ project slots

    def _project_slots(
        self, ctx: InterviewContext, topics: list[Topic], count: int
    ) -> list[PlannedTopic]:
        if count <= 0:
            return []
        topics = self._by_priority(ctx, topics)
        projects = rank_projects(ctx.resume)
        per_project: list[tuple[Project | None, int]] = []
        if projects:
            # Two questions per project dig deeper than one each about every line of the résumé.
            shown = projects[: min(len(projects), max(1, (count + 1) // 2))]
            counts = [0] * len(shown)
            for i in range(count):
                counts[i % len(shown)] += 1
            per_project = [(p, c) for p, c in zip(shown, counts, strict=True)]
        else:
            per_project = [(None, count)]
        slots: list[PlannedTopic] = []
        for project, times in per_project:
            for k in range(times):
                topic = topics[k % len(topics)]
                claims = headline_metrics(project) if project else []
                metric = (
                    metric_phrase(claims[k % len(claims)], project.bullets)
                    if (project and claims)
                    else None
                )
                slots.append(self._slot(ctx, topic, project, metric, len(slots), k))
        return slots

    # ------------------------------------------------------------ other slots

    def _by_priority(self, ctx: InterviewContext, topics: list[Topic]) -> list[Topic]:
        gaps = set(focus_gaps(ctx.focus))
        order = {t.id: i for i, t in enumerate(topics)}

        def score(t: Topic) -> float:
            s = t.weight
            if gaps & set(t.probes):
                s *= 1.5
            hits = jd_overlap(t, ctx.job_description)
            if hits:
                s *= 1 + 0.5 * min(len(hits), 3)
            return s

        return sorted(topics, key=lambda t: (-score(t), order[t.id]))

    def _other_slots(
        self, ctx: InterviewContext, topics: list[Topic], count: int
    ) -> list[PlannedTopic]:
        if count <= 0 or not topics:
            return []
        ranked = self._by_priority(ctx, topics)
        slots = []
        for i in range(count):
            topic = ranked[i % len(ranked)]
            slots.append(self._slot(ctx, topic, None, None, 100 + i, i // len(ranked)))
        return slots

    # ------------------------------------------------------------ filling questions

    def _slot(
        self,
        ctx: InterviewContext,
        topic: Topic,
        project: Project | None,
        metric: str | None,
        seq: int,
        repeat: int,
    ) -> PlannedTopic:
        lang = ctx.lang
        strings = load_engine_strings()
        bank = [q for q in topic.questions.get(lang) if q.strip()] or [
            q for q in topic.questions.get("en" if lang == "zh" else "zh") if q.strip()
        ]
        question = self._choose(ctx, bank, project, metric, seq, repeat)
        values = {
            "project": project.name if project else strings.generic.project.get(lang),
            "metric": metric or strings.generic.metric.get(lang),
            "skill": self._skill(ctx, topic, project) or strings.generic.skill.get(lang),
            "role": self._role(ctx, project) or strings.generic.role.get(lang),
        }
        text = safe_format(question, **values).strip()
        reason = self._reason(ctx, topic, project, metric if "{metric}" in question else None)
        return PlannedTopic(
            topic=topic.id,
            kind=topic.kind,
            project=project.name if project else None,
            question=text,
            probes=list(topic.probes),
            reason=reason,
        )

    def _choose(
        self,
        ctx: InterviewContext,
        bank: Sequence[str],
        project: Project | None,
        metric: str | None,
        seq: int,
        repeat: int,
    ) -> str:
        has_role = bool(self._role(ctx, project))
        has_skill = bool(
            ctx.resume and (ctx.resume.skills or any(p.skills for p in ctx.resume.projects))
        )

        def fit(q: str) -> int:
            used = set(_PLACEHOLDER.findall(q))
            # A placeholder we cannot fill reads badly with a generic stand-in: avoid it.
            score = -3 * (("role" in used and not has_role) + ("skill" in used and not has_skill))
            if project is None:
                return score + 2 - len(used & {"project", "metric"})
            score += 2 if "project" in used else 0
            if "metric" in used:
                score += 1 if metric else -3
            return score

        best = max(fit(q) for q in bank)
        top = [q for q in bank if fit(q) == best]
        start = stable_pick(len(top), ctx.session_id or 0, seq)
        # Rotate the best-fitting templates by a stable pick; a repeated topic takes the next one.
        ordered = top[start:] + top[:start] + [q for q in bank if fit(q) != best]
        return ordered[repeat % len(ordered)]

    def _skill(self, ctx: InterviewContext, topic: Topic, project: Project | None) -> str | None:
        skills = [*(project.skills if project else []), *(ctx.resume.skills if ctx.resume else [])]
        keywords = {k.lower() for k in [*topic.keywords.zh, *topic.keywords.en]}
        for s in skills:
            if s.lower() in keywords or any(k in s.lower() for k in keywords if len(k) > 2):
                return s
        return skills[0] if skills else None

    def _role(self, ctx: InterviewContext, project: Project | None) -> str | None:
        if project and project.role:
            return project.role
        if ctx.resume and ctx.resume.positions and ctx.resume.positions[0].title:
            return ctx.resume.positions[0].title
        return None

    def _reason(
        self, ctx: InterviewContext, topic: Topic, project: Project | None, metric: str | None
    ) -> str:
        strings = load_engine_strings()
        lang = ctx.lang
        if project and metric:
            why = strings.text(
                "reasons", "project_metric", lang, project=project.name, metric=metric
            )
        elif project:
            why = strings.text("reasons", "project", lang, project=project.name)
        elif topic.kind == "project":
            why = strings.text("reasons", "project_generic", lang)
        else:
            why = strings.text("reasons", "topic", lang, topic=topic.name.get(lang))
        extra = []
        hits = jd_overlap(topic, ctx.job_description)
        if hits:
            extra.append(strings.text("reasons", "jd", lang, words=", ".join(hits[:3])))
        if set(focus_gaps(ctx.focus)) & set(topic.probes):
            extra.append(strings.text("reasons", "focus", lang, focus=ctx.focus))
        sep = "；" if lang == "zh" else "; "
        return sep.join([why, *extra])

    def _dedupe(self, ctx: InterviewContext, slots: list[PlannedTopic]) -> None:
        """Never plan the same question text twice (a small bank cycled over many slots)."""
        seen: set[str] = set()
        projects = {p.name: p for p in rank_projects(ctx.resume)}
        for i, s in enumerate(slots):
            if s.question in seen:
                topic = next(t for t in ctx.persona.topics if t.id == s.topic)
                project = projects.get(s.project or "")
                for q in topic.questions.get(ctx.lang):
                    filled = self._fill_like(ctx, topic, project, q)
                    if filled not in seen:
                        slots[i] = s.model_copy(update={"question": filled})
                        break
            seen.add(slots[i].question)

    def _fill_like(
        self, ctx: InterviewContext, topic: Topic, project: Project | None, question: str
    ) -> str:
        strings = load_engine_strings()
        lang = ctx.lang
        claims = headline_metrics(project) if project else []
        metric = metric_phrase(claims[0], project.bullets) if project and claims else None
        return safe_format(
            question,
            project=project.name if project else strings.generic.project.get(lang),
            metric=metric or strings.generic.metric.get(lang),
            skill=self._skill(ctx, topic, project) or strings.generic.skill.get(lang),
            role=self._role(ctx, project) or strings.generic.role.get(lang),
        ).strip()
