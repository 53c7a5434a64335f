"""The résumé-grounded planner: which main questions to ask, in which order.

Project slots (round(questions × resume_share)) go to the candidate's own projects, those with
claimed metrics first, each question naming the project and where possible its metric. Each
project slot takes a topic that fits the project's kind (a retrieval-evaluation question only for
a retrieval project) and that no earlier slot used, so architecture, parameters, data,
evaluation, incidents and design choices all come up. The other slots come from the persona's
other topics, scored for this candidate (engine/fit.py: project kinds, skills, career, focus,
job description, a per-session variation) after first covering whatever the round's rubric grades
that no chosen topic asks for. No question template is used twice in a session. Technical and
design topics that name `bank_topics` ask answer-key questions (the bank) with their id and hint. Slots follow the order
of the topics in the persona file.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from typing import Any

from interviewer.engine.base import InterviewContext, Plan, PlannedTopic
from interviewer.engine.fit import (
    career_facts,
    career_needs,
    fits_project,
    hr_asks,
    jd_overlap,
    metric_family,
    plan_words,
    primary_kind,
    stated_facts,
    template_asks,
    template_families,
    topic_score,
    uncovered,
    unfounded,
)
from interviewer.engine.policy import focus_gaps
from interviewer.engine.templates import load_engine_strings, safe_format
from interviewer.schemas import Rubric, Topic
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
    rebuilt = _from_parts(metric, text)
    if rebuilt:
        return rebuilt
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


def _from_parts(metric: ClaimedMetric, text: str) -> str | None:
    """An English change claim as a noun phrase: its label, then the change as the résumé wrote
    it, without the verb between ("Misroutes fell from 18% to 7%" → "misroutes from 18% to 7%"),
    so that any frame can hold it. None when the claim is no change told as label, at most three
    words, then "from…". (A Chinese claim "命中率从 68% 提升至 85%" reads as a noun phrase in the
    Chinese frames as written.)"""
    what = metric.what.strip()
    if metric.baseline is None or not what or not text.startswith(what):
        return None
    m = re.match(r"\s+(?:[A-Za-z]+\s+){0,3}?(from\s+\S.*)$", text[len(what) :])
    if m is None or re.search(r"[\u4e00-\u9fff]", text):
        return None
    if len(what) > 1 and what[1].islower():
        what = what[0].lower() + what[1:]  # "Misroutes" inside a sentence
    return f"{what} {m.group(1)}"


def _quoted(phrase: str, lang: str) -> str:
    """A claim in the other language's script is quoted, not pasted into the sentence ("The
    “Top5 命中率从 68% 提升至 85%” for …" in an English session)."""
    if lang == "en" and re.search(r"[\u4e00-\u9fff]", phrase):
        return f"“{phrase}”"
    return phrase


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
    """Projects most worth asking about first: with a claimed change (before → after), then with
    more claimed results, then with more detail."""
    if resume is None:
        return []
    named = [p for p in resume.projects if p.name.strip()]
    order = {id(p): i for i, p in enumerate(named)}

    def key(p: Project) -> tuple[int, int, int, int]:
        results = headline_metrics(p)
        changes = sum(m.baseline is not None for m in results)
        return (-min(changes, 2), -min(len(results), 3), -len(p.bullets), order[id(p)])

    return sorted(named, key=key)


class ResumePlanner:
    """Planner for every engine (offline and LLM): deterministic for a given session id."""

    name = "resume"

    def __init__(self, rubric: Rubric | None = None, bank: Any = None) -> None:
        self.rubric = rubric
        """The round's rubric: the plan asks for everything it grades."""
        self.bank = bank
        """Answer keys (interviewer.bank.Bank) technical topics may draw questions from."""

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
        used: set[str] = set()
        project_slots = self._project_slots(ctx, project_topics, n_proj, used)
        chosen = [t for t in project_topics if t.id in {s.topic for s in project_slots}]
        other_slots = self._other_slots(ctx, other_topics, n - n_proj, used, chosen)
        position = {t.id: i for i, t in enumerate(persona.topics)}
        first_project = min((position[t.id] for t in project_topics), default=0)

        def where(s: PlannedTopic) -> tuple[int, int]:
            if s.kind == "closing":
                return (len(position) + 1, 0)
            return (first_project if s.kind == "project" else position[s.topic], 0)

        # sorted() is stable: project slots keep their ranked grouping.
        slots = sorted([*project_slots, *other_slots], key=where)
        return Plan(topics=slots)

    # ------------------------------------------------------------ project slots

    def _project_slots(
        self, ctx: InterviewContext, topics: list[Topic], count: int, used: set[str]
    ) -> list[PlannedTopic]:
        if count <= 0:
            return []
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
        asked: dict[str, int] = {}
        slots: list[PlannedTopic] = []
        once = self._once_slots(topics, per_project)
        for pi, (project, times) in enumerate(per_project):
            mine: set[str] = set()
            for si in range(times):
                topic = once.get((pi, si))
                # Asked already (it fit an earlier project best): once is enough, unless the
                # candidate practises what it asks for.
                if topic is None or (asked.get(topic.id) and not self._focused(ctx, topic)):
                    topic = self._next_topic(ctx, topics, project, asked, mine, used)
                asked[topic.id] = asked.get(topic.id, 0) + 1
                mine.add(topic.id)
                claims = headline_metrics(project) if project else []
                metric = metric_phrase(claims[0], project.bullets) if project and claims else None
                family = metric_family(claims[0]) if claims else None
                slots.append(self._slot(ctx, topic, project, metric, len(slots), used, family))
        return slots

    @staticmethod
    def _once_slots(
        topics: list[Topic], per_project: list[tuple[Project | None, int]]
    ) -> dict[tuple[int, int], Topic]:
        """Where each topic the session asks once (plan.yaml `ask_once`: what broke and how they
        found it) goes, displacing the least: a project's slot after its opener and its
        kind's topic; else the second slot of a project no kind's topic fits; else the opener
        of the last project asked about (the first opens with its walk-through); with one
        project of two slots, its second."""
        out: dict[tuple[int, int], Topic] = {}
        wanted = [t for t in topics if t.id in plan_words().ask_once]
        taken: set[tuple[int, int]] = set()
        for topic in wanted:
            if not any(p is None or fits_project(topic, p) for p, _ in per_project):
                continue

            def own_kind(p: Project | None) -> bool:
                return any(t.project_kinds and fits_project(t, p) for t in topics)

            places = [(pi, 2) for pi, (_, n) in enumerate(per_project) if n > 2]
            places += [
                (pi, 1) for pi, (p, n) in enumerate(per_project) if n == 2 and not own_kind(p)
            ]
            if len(per_project) > 1:
                places.append((len(per_project) - 1, 0))
            elif per_project and per_project[0][1] >= 2:
                places.append((0, 1))
            place = next((x for x in places if x not in taken), None)
            if place is not None:
                out[place] = topic
                taken.add(place)
        return out

    @staticmethod
    def _focused(ctx: InterviewContext, topic: Topic) -> bool:
        return bool(set(focus_gaps(ctx.focus)) & set(topic.probes))

    def _next_topic(
        self,
        ctx: InterviewContext,
        topics: list[Topic],
        project: Project | None,
        asked: dict[str, int],
        mine: set[str],
        used: set[str],
    ) -> Topic:
        """The best topic for this project's next slot: one that fits its kind, asked least so far
        in the session and not yet about this project, with a question left that does not ask
        what the résumé states of the project. A project opens with a general question (it can
        name the claimed result); its second goes to a topic made for its main kind, then to one
        made for another of its kinds, even when another project of the session was asked it."""
        fitting = [t for t in topics if fits_project(t, project)] or topics
        # Varied per project: two projects (or two résumés) in one session do not open alike.
        ranked = self._by_priority(ctx, fitting, project)
        order = {t.id: i for i, t in enumerate(ranked)}
        stated = stated_facts(project)
        main = primary_kind(project)

        def made_for(t: Topic) -> int:
            if not t.project_kinds or project is None:
                return 2
            return 0 if main in t.project_kinds else 1

        def asks_told(t: Topic) -> bool:
            bank = self._bank(ctx, t)
            fresh = [q for q in bank if q not in used] or bank
            return bool(stated) and all(template_asks(q) & stated for q in fresh)

        once = set(plan_words().ask_once)

        def key(t: Topic) -> tuple[int, int, int, int, int, int]:
            # A topic asked once per session has its own slot (`_once_slots`).
            placed = t.id in once and not self._focused(ctx, t)
            fit = made_for(t)
            if mine:  # after the opener: the project's kind first, even if asked of another
                return (t.id in mine, placed, asks_told(t), fit, asked.get(t.id, 0), order[t.id])
            opener = 1 if fit < 2 else 0
            return (False, placed, asks_told(t), asked.get(t.id, 0), opener, order[t.id])

        return min(ranked, key=key)

    def narrow(
        self, ctx: InterviewContext, slot: PlannedTopic, told: set[str], used: set[str]
    ) -> PlannedTopic | None:
        """The slot asked with another of its topic's questions that asks nothing in `told`
        (what earlier answers already told: the reason for leaving, the salary...), or None."""
        topic = next((t for t in ctx.persona.topics if t.id == slot.topic), None)
        if topic is None or slot.key:
            return None
        bank = self._bank(ctx, topic)
        taken = used | {slot.template} | {q for q in bank if hr_asks(q) & told}
        if all(q in taken for q in bank):
            return None
        fresh = self._slot(ctx, topic, None, None, 200, set(taken))
        if fresh.template in taken:
            return None
        return fresh.model_copy(update={"reason": slot.reason})

    # ------------------------------------------------------------ other slots

    def _by_priority(
        self, ctx: InterviewContext, topics: list[Topic], project: Project | None = None
    ) -> list[Topic]:
        order = {t.id: i for i, t in enumerate(topics)}
        return sorted(topics, key=lambda t: (-topic_score(ctx, t, project), order[t.id]))

    def _other_slots(
        self,
        ctx: InterviewContext,
        topics: list[Topic],
        count: int,
        used: set[str],
        chosen: list[Topic],
    ) -> list[PlannedTopic]:
        if count <= 0 or not topics:
            return []
        ranked = self._by_priority(ctx, topics)
        picked: list[Topic] = []
        # First whatever the rubric grades that no chosen topic asks for, best-scored first.
        for _ in range(count):
            missing = uncovered(self.rubric, [*chosen, *picked])
            covering = [t for t in ranked if t not in picked and set(t.probes) & _union(missing)]
            if not missing or not covering:
                break
            picked.append(covering[0])
        for t in ranked:
            if len(picked) >= count:
                break
            if t not in picked:
                picked.append(t)
        while len(picked) < count:  # more slots than topics: go round again
            picked.append(ranked[len(picked) % len(ranked)])
        return [
            self._from_bank(ctx, t, i, used) or self._slot(ctx, t, None, None, 100 + i, used)
            for i, t in enumerate(picked)
        ]

    # ------------------------------------------------------------ filling questions

    def _slot(
        self,
        ctx: InterviewContext,
        topic: Topic,
        project: Project | None,
        metric: str | None,
        seq: int,
        used: set[str],
        family: str | None = None,
    ) -> PlannedTopic:
        """`family`: how the claimed result `metric` is measured (fit.metric_family)."""
        lang = ctx.lang
        strings = load_engine_strings()
        bank = self._bank(ctx, topic)
        template = self._choose(ctx, bank, project, metric, seq, used, family)
        used.add(template)
        values = {
            "project": project.name if project else strings.generic.project.get(lang),
            "metric": _quoted(metric, lang) if metric else strings.generic.metric.get(lang),
            "skill": self._skill(ctx, topic, project) or strings.generic.skill.get(lang),
            "role": self._role(ctx, project) or strings.generic.role.get(lang),
        }
        text = safe_format(template, **values).strip()
        reason = self._reason(ctx, topic, project, metric if "{metric}" in template else None)
        return PlannedTopic(
            topic=topic.id,
            kind=topic.kind,
            project=project.name if project else None,
            question=text,
            probes=list(topic.probes),
            reason=reason,
            template=template,
        )

    @staticmethod
    def _bank(ctx: InterviewContext, topic: Topic) -> list[str]:
        """The topic's question templates in the session language (else the other one)."""
        lang = ctx.lang
        return [q for q in topic.questions.get(lang) if q.strip()] or [
            q for q in topic.questions.get("en" if lang == "zh" else "zh") if q.strip()
        ]

    def _choose(
        self,
        ctx: InterviewContext,
        bank: Sequence[str],
        project: Project | None,
        metric: str | None,
        seq: int,
        used: set[str],
        family: str | None = None,
    ) -> str:
        """The best-fitting template of the topic not used yet in this session."""
        has_role = bool(self._role(ctx, project))
        has_skill = bool(
            ctx.resume and (ctx.resume.skills or any(p.skills for p in ctx.resume.projects))
        )
        stated = stated_facts(project)
        career = career_facts(ctx.resume)

        def fit(q: str) -> int:
            placeholders = set(_PLACEHOLDER.findall(q))
            # A placeholder we cannot fill reads badly with a generic stand-in: avoid it.
            score = -3 * (
                ("role" in placeholders and not has_role)
                + ("skill" in placeholders and not has_skill)
            )
            # A question naming the candidate's own history (the employer they are leaving,
            # the moves, the change of track) fits this candidate; one it cannot fill is dropped.
            needs = career_needs(q)
            if needs:
                score += 1 if needs <= career else -6
            if project is None:
                return score + 2 - len(placeholders & {"project", "metric"})
            # Asking what the résumé already states of the project ("how many people were on
            # it?" after "team of 4") reads as not having read it.
            score -= 3 * len(template_asks(q) & stated)
            # "Which features matter most?" of work that prompted a large model to read documents
            # presumes a way of building it the project never shows (plan.yaml `presumes`)
            score -= 6 * len(unfounded(q, project))
            score += 2 if "project" in placeholders else 0
            if "metric" in placeholders:
                score += 1 if metric else -3
                # "What test set was it measured on?" fits an accuracy, not a latency, a bill or
                # a click-through rate: a template asking one family's way of measuring the
                # claim is for claims of that family only.
                asks = template_families(q)
                if asks and family not in asks:
                    score -= 6
            return score

        fresh = [q for q in bank if q not in used] or list(bank)
        best = max(fit(q) for q in fresh)
        # A question about the candidate's history competes with the plain ones of its topic
        # rather than replacing them: two sessions on one résumé still differ.
        near = 1 if project is None else 0
        top = [q for q in fresh if fit(q) >= best - near]
        return top[stable_pick(len(top), ctx.session_id or 0, seq)]

    def _from_bank(
        self, ctx: InterviewContext, topic: Topic, seq: int, used: set[str]
    ) -> PlannedTopic | None:
        """A slot asking an unused answer-key question of the topic's bank topics, or None."""
        allowed = [b for b in topic.bank_topics if b in ctx.persona.bank_topics]
        if self.bank is None or not allowed:
            return None
        try:
            keyed = [q for bt in allowed for q in self.bank.by_topic(bt)]
        except Exception:  # noqa: BLE001 - a broken user bank file must not stop an interview
            return None
        fresh = [q for q in keyed if q.id not in used]
        if not fresh:
            return None
        q = fresh[stable_pick(len(fresh), ctx.session_id or 0, topic.id, seq)]
        used.add(q.id)
        return PlannedTopic(
            topic=topic.id,
            kind=topic.kind,
            question=q.first_text(ctx.lang),
            probes=list(topic.probes),
            reason=self._reason(ctx, topic, None, None),
            template=q.id,
            key=q.id,
            hint=q.hint.get(ctx.lang),
        )

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


def _union(groups: dict[str, set[str]]) -> set[str]:
    return set().union(*groups.values()) if groups else set()
