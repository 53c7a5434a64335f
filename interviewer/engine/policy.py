"""The follow-up policy shared by the offline and LLM engines: a pure function of the Reading,
the topic memory and the state.

First the act: "I don't know" gets one reframe (a hint when the question has an answer key), drift
one redirect, a clarifying question a clarification, an instruction to the interviewer a calm
redirect, a refusal or a second non-answer moves on. Then a contradiction, which makes the rest
moot. Then the biggest open gap the Reading found (it is a gap only if the topic memory lacks
it), weighted by the topic kind, the persona's focus, the topic's probes and the practice focus,
at most `persona.followup_depth` content follow-ups per main question, never the same gap twice.
The quote is the exact clause of the LATEST answer that shows the gap, or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from interviewer.engine.base import InterviewContext, NextAction, Plan, PlannedTopic
from interviewer.engine.templates import load_engine_strings
from interviewer.reading import Fact, Quantity, Reading, quote
from interviewer.reading.asked import question_ask
from interviewer.reading.clauses import read_clauses
from interviewer.reading.relevance import terms_of
from interviewer.reading.said import outcome_of
from interviewer.reading.text import CJK, unfill
from interviewer.reading.vocab import Terms, require, vocab

require("facts", "delivered")

#: Probes that answer an act rather than ask for content; they do not use the follow-up budget.
ACT_PROBES = ("stuck", "offtopic", "clarify", "injection", "empty", "refusal")
#: How many times one question may answer each act before moving on.
ACT_LIMIT = {"stuck": 1, "offtopic": 1, "clarify": 2, "injection": 1, "empty": 1, "refusal": 0}
#: A gap must score at least this (after weighting) to deserve a follow-up. 0.6, not 0.5: on the
#: tuning sessions the follow-ups scoring 0.5–0.6 were all misfires (a result already told in
#: other words, a lesson or trade-off probe after a reasoned choice), and dropping them cost one
#: planted gap in zh (gap recall .609 → .565) for precision en .667 → .708, zh .630 → .639.
THRESHOLD = 0.6
#: The specificity a thin first answer calls for (before weighting), whatever the topic kind.
THIN = 0.8
#: Topic kinds whose thin first answer is followed up for specificity.
THIN_KINDS = ("project", "behavioral", "motivation")
#: Facts that make an answer checkable (a thin answer has none of them and no number).
CONCRETE = frozenset(
    {"own_action", "method", "mechanism", "alternative", "cost", "cause", "fix", "lesson"}
)
#: A technique is asked about (depth) only in an answer of at most this many content sentences.
DEPTH_MAX_SENTENCES = 2
#: A gap shown by an earlier answer only, not the latest one, counts this much less.
STALE = 0.8
#: What a full answer shows; one showing RICH of them (numbers' roles included) already gave the
#: interviewer plenty, so only a gap this much above the threshold is still worth a turn.
FULL_ANSWER = (
    "own_action",
    "situation",
    "task",
    "choice",
    "alternative",
    "cost",
    "method",
    "mechanism",
    "result",
    "fix",
    "lesson",
)
RICH = 6
RICH_MARGIN = 0.4
#: A criterion the candidate wants to practise, mapped to the gaps that show it.
FOCUS_GAPS: dict[str, tuple[str, ...]] = {
    "metrics": ("metrics", "baseline", "method"),
    "star": ("star", "result"),
    "reflection": ("failure", "lesson"),
    "failure": ("failure", "cause", "lesson"),
    "tradeoffs": ("tradeoffs",),
    "ownership": ("ownership",),
    "depth": ("depth",),
    "specificity": ("specificity", "metrics"),
    "motivation": ("motivation",),
}
#: The facts whose clause a follow-up on a gap quotes (first found in the latest answer).
QUOTE_FROM: dict[str, tuple[str, ...]] = {
    "metrics": ("result",),
    "ownership": ("team_action",),
    "tradeoffs": ("choice",),
    "depth": ("term_only",),
    "result": ("own_action", "team_action"),
    "cause": ("failure",),
    "lesson": ("fix", "failure"),
}
#: Gaps quoted by the number they are about (a result or a before→after change).
QUOTE_QUANTITY = ("baseline", "method")


def focus_gaps(focus: str | None) -> tuple[str, ...]:
    """Gap ids a practice focus (criterion or gap id) leans on."""
    if not focus:
        return ()
    return FOCUS_GAPS.get(focus, (focus,))


def gap_weight(ctx: InterviewContext, slot: PlannedTopic | None, gap_id: str) -> float:
    """How much this session cares about a gap: practice focus, persona focus, topic probes."""
    w = 1.0
    if gap_id in focus_gaps(ctx.focus):
        w *= 1.6
    if gap_id in ctx.persona.focus:
        w *= max(1.05, 1.25 - 0.05 * ctx.persona.focus.index(gap_id))
    if slot is not None and slot.probes:
        w *= 1.15 if gap_id in slot.probes else 0.85
    return w


def rank_gaps(
    ctx: InterviewContext,
    slot: PlannedTopic | None,
    reading: Reading,
    probed: list[str],
    *,
    later: bool = False,
    earlier: list[str] | tuple[str, ...] = (),
) -> list[tuple[float, str]]:
    """Open content gaps with their weighted scores, biggest first (the Reading's order breaks
    ties: it puts what the question asked for first). `later`: the project under discussion was
    the subject of an earlier main question (its headline result was asked for there)."""
    strings = load_engine_strings()
    question = slot.question if slot else ""
    kind = slot.kind if slot else "behavioral"
    gaps = list(reading.gaps)
    if (
        not probed
        and "metrics" not in gaps
        and {"baseline", "method"} & set(gaps)
        and _outcome_without_number(reading)
    ):
        # the memory took a count of things handled ("the team handled 40k documents") for a
        # measured result; read by its role it is a scale, and the outcome beside it ("it
        # worked well") still has no number
        gaps.insert(min(gaps.index(g) for g in ("baseline", "method") if g in gaps), "metrics")
    # a first answer to a story or motivation question that says nothing checkable; not a
    # reply to a reframe or a redirect, not questions back, not an explanation (technical and
    # design answers are read for their mechanism, which the reader may not see)
    thin = not probed and (
        (kind in THIN_KINDS and (_thin(reading) or _moral_only(reading))) or _hedge_only(reading)
    )
    # a technique named with a vague effect ("开了 prefix caching，latency 也好了一些") is not
    # "nothing checkable": how the technique works is the clearer question
    thin = thin and name_drop(reading, slot.question if slot else "") is None
    # "Picked Claude over GPT. Was right.", 最后拍板上了 INT8: a choice told bare is missing its
    # why (tradeoffs), not "be specific" — the choice is specific already
    thin = thin and not reading.of("choice")
    gaps, thin, thin_story = _story_gaps(reading, slot, gaps, thin=thin, probed=probed)
    disclaimed = False
    if kind == "motivation":
        gaps, thin, disclaimed = _motive_gaps(reading, gaps, thin=thin, probed=probed)
    if thin and "specificity" not in gaps:
        gaps.append("specificity")
    unanswered = asked_not_given(slot, reading, probed)
    gaps += [g for g in unanswered if g not in gaps]
    changed = "baseline" not in gaps or change_claimed(ctx)
    out = []
    for pos, gap in enumerate(gaps):
        if gap in probed or gap in ACT_PROBES or gap == "contradiction":
            continue
        stale = False
        # a part the question asked for needs no other evidence: its asking is the evidence
        asked = gap in unanswered
        if not asked and not _evidence_for(
            reading, gap, slot, probed, changed=changed, earlier=earlier
        ):
            if gap not in earlier or gap not in EARLIER_GAPS:
                continue
            stale = True  # shown by an earlier answer on this question, still open
        severity = strings.severity_of(kind, gap)
        if (gap == "specificity" and thin) or (gap == "motivation" and disclaimed):
            severity = max(severity, THIN)  # as firmly as a thin answer's missing part
        if gap == "star" and thin_story:
            severity = max(severity, THIN)  # the thin story's missing part, as thin as ever
        score = severity * gap_weight(ctx, slot, gap)
        if stale:
            score *= STALE
        elif gap in QUOTE_FROM or gap in QUOTE_QUANTITY:
            # Picking up what was just said comes before going back to an earlier answer.
            score *= 1.0 if gap_quote(reading, gap, question) else STALE
        if gap == "metrics" and later:
            if open_choice(reading) or name_drop(reading, question) is not None:
                score *= LATER_VAGUE_METRICS
        out.append((max(score, ASKED * asked) - 0.01 * pos, gap))
    # what the question asked and the answer left out comes before anything the interviewer
    # would ask of its own accord ("be more specific", "how much?")
    out.sort(key=lambda sg: (sg[1] not in unanswered, -sg[0]))
    return out


#: How firmly such a part is asked again (at least; it is ranked before every other gap).
ASKED = 0.9
#: What a why-question's answer gives as its reason: a constraint, a cause, an example of what
#: draws the speaker (a stock wish is no reason; see _no_reason). Not any setting the reading
#: calls a situation: "I've been at X for quite a while and it's been good" sets the scene of a
#: stock wish, and asking for its specifics was right on the seen HR sessions.
REASONS = ("constraint", "cause", "example")


def _motive_gaps(
    reading: Reading, gaps: list[str], *, thin: bool, probed: list[str]
) -> tuple[list[str], bool, bool]:
    """The gaps of an answer to a why-question: (gaps, thin, disclaimed).

    "the budget is tied to staying in the division", 家里人都在杭州，得回去: a constraint or a
    cause given as the reason is the answer to "why?", not an answer lacking specifics. "Just a feeling, really.", 没什么
    特别的原因, "hard to say": the answer disclaims having a reason — what is missing is the
    reason, asked as such (disclaimed: as firmly as a thin answer's specifics), not "how much
    data, how many people, how long?"; also as the reply to a redirect, the question's first real
    answer. A stock wish ("time for something new", 想换个环境) the memory took for a motive
    still leaves the reason open. (A terse reason the reading finds nothing in — "Product's
    shipped. Want to start the next one." — is no disclaimer: asking its reason again is a nag.)"""
    if any(reading.of(k) for k in REASONS):
        thin = False
    if _only_acts(probed) and _reason_disclaimed(reading):
        rest = [g for g in gaps if g not in ("motivation", "specificity")]
        return ["motivation", *rest], False, True
    if thin and "specificity" not in gaps:
        gaps = [*gaps, "specificity"]
    if not probed and "motivation" not in gaps and _no_reason(reading):
        gaps = [*gaps, "motivation"]
    return gaps, thin, False


def _only_acts(probed: Sequence[str]) -> bool:
    """Nothing but acts answered on this question so far (a redirect, a clarification): the
    latest answer is the first real attempt at it."""
    return all(p in ACT_PROBES for p in probed)


def _reason_disclaimed(reading: Reading) -> bool:
    """An answer to "why?" that says it has no reason to give ("just a feeling", "no particular
    reason", 说不清, 没什么特别的原因) and gives none: no circumstance, no cause, no example, no
    number of the work (engine.yaml said.reason_disclaimed)."""
    terms = load_engine_strings().said.get("reason_disclaimed")
    if terms is None or terms.search(reading.text) is None:
        return False
    return not _work_quantities(reading) and not any(reading.of(k) for k in REASONS)


def asked_not_given(slot: PlannedTopic | None, reading: Reading, probed: list[str]) -> list[str]:
    """Gaps for the parts the main question asked that the answer did not give: the speaker's
    own part ("why, how many of you, and your part?" → "the old classifier kept failing. Four
    of us."). Only for an answer to the main question itself — the first one, or the attempt
    after a clarification — since a reply to a follow-up answers the follow-up. (The reason
    asked by "why are you leaving?" is not among them: a terse reason — "Platform's built. Want
    to build it again somewhere bigger." — reads as none, and asking it again was a nag.)"""
    if slot is None or reading.act not in ("answer", "partial"):
        return []
    if any(p not in ACT_PROBES for p in probed):
        return []
    # the speaker's share of shared work, read as the grader reads it ("which part was yours",
    # 你负责哪段) — not any "how did you…?", which asks how a thing was done
    if (
        slot.kind == "project"
        and question_ask(slot.question).own_part
        and _own_part_missing(reading, probed)
    ):
        return ["ownership"]
    return []


def _own_told(
    slot: PlannedTopic | None, told: Mapping[str, Mapping[str, list[str]]] | None
) -> bool:
    """An earlier answer about this résumé project told the speaker's own part of it."""
    if slot is None or not slot.project or not told:
        return False
    return bool(told.get(slot.project, {}).get("own_action"))


def _own_part_missing(reading: Reading, probed: list[str]) -> bool:
    """The answer told the team (its deed, or how many were on it) but no part of the work as
    the speaker's; not after a reframe ("I don't know" restarts the discussion)."""
    if "own_action" in reading.given or reading.of("own_action") or own_part(reading):
        return False
    if any(p in REPAIRED for p in probed):
        return False
    # the team is told — its deed, or how many were on it — so the work was shared
    return bool(team_deeds(reading)) or any(q.role == "team_size" for q in reading.quantities)


#: Acts whose repair restarts the discussion: after a reframe ("I don't know"), a clarification
#: or a calm redirect (an instruction to the interviewer), the reply is a fresh attempt at the
#: question, and "which part was yours?" is not piled on it (held-out: such ownership probes
#: were misapplied; a redirect after drift is not one of them — drift is often misread).
REPAIRED = ("stuck", "clarify", "injection", "refusal", "empty")
#: Gaps about the whole project rather than one question: asked once per project (the
#: candidate's reply to "which part was yours?" stands for every later question about it).
PROJECT_GAPS = ("ownership",)
#: What outcome_of calls a measured outcome (a level, a level reached, a change).
_MEASURED = ("level", "reached", "compared")


#: Gaps an earlier answer on the question can still open after a reply about something else
#: (while the topic memory holds them open): what the first answer chose, named or left out
#: of its story. Not metrics/baseline/method (the numbers move with every reply) nor
#: ownership (a reply with no team in it already keeps it open).
EARLIER_GAPS = ("tradeoffs", "depth", "specificity", "star", "result", "failure")


def evidenced_gaps(slot: PlannedTopic | None, reading: Reading, probed: list[str]) -> list[str]:
    """The content gaps of `reading` its own clauses show (what `rank_gaps` may ask of it)."""
    if reading.act not in ("answer", "partial"):
        return []
    return [
        g
        for g in reading.gaps
        if (g in EARLIER_GAPS or g in PROJECT_GAPS)
        and g not in probed
        and _evidence_for(reading, g, slot, probed)
    ]


def _work_quantities(reading: Reading) -> list[Quantity]:
    return [q for q in reading.quantities if q.role not in ("incidental", "date")]


def _occasion_without_deed(reading: Reading) -> bool:
    """A story question answered with the occasion and nobody's deed: one time that happened
    (a situation, "there was this one time", 有过分歧, 那次) but no action of the speaker's, no
    deed of the team's and no part of the speaker's told (talk between two sides is no deed)."""
    if reading.of("own_action") or team_deeds(reading) or own_part(reading):
        return False
    if _work_quantities(reading) or any(f.kind in CONCRETE | {"choice"} for f in reading.facts):
        return False  # "在 500 条上试了两种…最后定了 12 类": what was done is told, subject or not
    if _moral_only(reading):
        return False  # a habit told as the story: asked for one occasion (specificity)
    occasion = load_engine_strings().said.get("story_occasion")
    return bool(reading.of("situation")) or (
        occasion is not None and occasion.search(reading.text) is not None
    )


def _story_gaps(
    reading: Reading,
    slot: PlannedTopic | None,
    gaps: list[str],
    *,
    thin: bool,
    probed: list[str],
) -> tuple[list[str], bool, bool]:
    """The story gap of a first answer to a story question: (gaps, thin, thin_story).

    "we disagreed, we talked it through", 和同事有过分歧，后来沟通了一下: the occasion is told,
    what the speaker did about it is the missing part of the story (star, not "be specific",
    which the story already is). "There was a clash with our PM about the launch date. It got
    resolved in the end.", 跟测试负责人意见不合，最后也算过去了: a thin answer that tells what
    happened or how it ended and no deed misses the story's action too (thin_story: asked as
    firmly as a thin answer's specifics), where the topic's probes say it asks for a story."""
    story = _story_question(slot)
    untold = story and not probed and _occasion_without_deed(reading)
    framed = any(reading.of(k) for k in ("situation", "task", "result"))
    thin_story = False
    if story and slot is not None and slot.probes and thin and framed and not reading.admission:
        # (not "no idea, I can't think of one. Anyway, the offsite…": an admission is no story)
        thin_story = not (_moral_only(reading) or _hedge_only(reading))
        untold = untold or thin_story
    if untold and thin:
        gaps = [g for g in gaps if g != "specificity"]
    if untold and "star" not in gaps:
        gaps.insert(0, "star")
        thin = False
    return gaps, thin, thin_story


def _story_question(slot: PlannedTopic | None) -> bool:
    """A behavioural question that asks for a story (a conflict, a judgment call, a change of
    plan): every one but a topic whose probes put an example (specificity) before the story
    (star) or list no story at all — a self-assessment ("strengths and weaknesses?"), where a
    thin answer is asked for an example, never for "the situation, your task, what you did"."""
    kind = slot.kind if slot else "behavioral"
    if kind != "behavioral":
        return False
    probes = list(slot.probes) if slot else []
    if "specificity" not in probes:
        return True
    return "star" in probes and probes.index("star") < probes.index("specificity")


def _thin(reading: Reading) -> bool:
    """An answer that says nothing checkable: no number of the work, and no own action, method,
    mechanism, alternative, cost, cause, fix or lesson ("it depends, you try a few things";
    "想换个环境，想有更好的发展"; "I'm a really good communicator")."""
    if _work_quantities(reading) or any(_asks_back(f.text) for f in reading.of("question_back")):
        return False
    return not any(f.kind in CONCRETE for f in reading.facts)


_SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b|你|您|贵", re.I)


def _asks_back(clause: str) -> bool:
    """A question put to the interviewer ("what does your team work on?"), not uptalk or a tag
    ("I think is time for next step?", "a new challenge?")."""
    if re.search(r"you know\?|right\?|对吧|是吧", clause, re.I):
        return False
    return _SECOND_PERSON.search(clause) is not None or _INTERROGATIVE.search(clause) is not None


_INTERROGATIVE = re.compile(
    r"^\W*(?:what|how|when|where|which|who|whom|whose|why|is|are|am|do|does|did|would|could|"
    r"can|will|shall|should|may|have|has)\b|吗|呢|什么|怎么|哪|多少|几个|是否|能不能|可不可以",
    re.I,
)


#: Facts that carry no reason of their own on a motivation question: the stock wish itself
#: and a question back (a technique or product named is something concrete).
_NO_REASON = frozenset({"motivation", "question_back"})


def _no_reason(reading: Reading) -> bool:
    """An answer to "why?" that gives no reason beyond a stock wish: nothing it tells about
    the situation, a cause, a constraint, an example, a thing done or a number of the work."""
    return not _work_quantities(reading) and all(f.kind in _NO_REASON for f in reading.facts)


def _moral_only(reading: Reading) -> bool:
    """A story question answered with a habit or a moral instead of one occasion ("sometimes it
    happen with product people. What I learn is, always stay calm…"; "一般都是先沟通，总能解决"):
    every sentence that tells an action, a situation or an outcome is habitual, and no number
    of the work is given."""
    if _work_quantities(reading):
        return False
    habitual = vocab()["facts.habitual"]
    told = [f for f in reading.facts if f.kind in _STORY]
    if not told:
        return False
    return all(
        f.sentence < len(reading.sentences)
        and habitual.search(reading.sentences[f.sentence].text) is not None
        for f in told
    )


def _told_after_action(reading: Reading) -> bool:
    """The answer goes on past its last action: a clause after it, or one opening with what
    followed ("they agree", "后来全量测也是它最好", "and it caught the autoscaler bug"), that is
    not other people's part of the work ("the other two engineers did the dashboards")."""
    v = vocab()
    after, others = v["facts.consequence"], v["facts.others_part"]
    clauses = read_clauses(reading.text)
    acts = [
        i
        for i, c in enumerate(clauses)
        if c.own_verb
        and c.subject in ("self", "team")
        and not c.hypothetical
        and not _opens_with(after, c.text)
    ]
    if not acts:
        return False
    rest = [c for c in clauses[acts[-1] + 1 :] if len(c.text.strip()) >= 3]
    return any(not others.search(c.text) and not c.question for c in rest)


def _opens_with(terms: Terms, clause: str) -> bool:
    m = terms.search(clause)
    return m is not None and not clause[: m.start()].strip(" ，,、嗯那个就是so")


def _hedge_only(reading: Reading) -> bool:
    """An answer (to any kind of question) that only says it depends ("it depends a lot on the
    data, you kind of have to try a few things"; "要看具体情况，得多试试"): a hedge, and no
    mechanism, number, example-bearing action or choice to pick up."""
    if _work_quantities(reading) or vocab()["facts.hedge"].search(reading.text) is None:
        return False
    return not any(f.kind in CONCRETE | {"choice", "result"} for f in reading.facts)


_STORY = frozenset({"own_action", "team_action", "situation", "result", "lesson"})


#: Spoken asides between a subject and its verb ("we, like, rebuilt", "we um changed").
_FILLERS = re.compile(r"\b(?:like|um+|uh+|erm|er|you know|i mean)\b", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def team_work(reading: Reading) -> list[Fact]:
    """The latest answer's clauses that tell a share of the team's work ("we rebuilt the
    batching layer", 我们组重写了调度): not an explanation of how something works, not what the
    team has, uses or saw, not where a number went ("we went from 40 to 70"), not the two
    sides of a story talking ("we disagreed, we talked it through", 我们有分歧) and not a plan
    (下一步我们打算…, "next we want to") — those give "which part was yours?" nothing to divide.
    (Tense is no guide: "we build preference pairs, then DPO" is a non-native speaker's past.)"""
    said = load_engine_strings().said
    subject, not_work = said.get("team_subject"), said.get("team_not_work")
    out = []
    for f in reading.of("team_action"):
        if _explains(reading, f.sentence):
            continue
        text = f.text
        if (
            subject is not None
            and subject.search(text) is None
            and f.sentence < len(reading.sentences)
        ):
            # a clause that goes on without its subject ("我们打算…，再做预热") is read with the
            # start of its sentence, where its subject and its verb are
            text = reading.text[reading.sentences[f.sentence].start : f.end]
        text = _SPACES.sub(" ", _FILLERS.sub(" ", unfill(text)))  # "we, like, rebuilt"
        if subject is not None and not_work is not None:
            who, what = subject.search(text), not_work.search(text)
            if what is not None and (who is None or what.start() <= who.start()):
                continue
        out.append(f)
    return out


def team_deeds(reading: Reading) -> list[Fact]:
    """The team clauses of the latest answer that tell a *deed*: a finished, specific action
    of the team on this project ("we rebuilt the guidelines", "we pushed back", 我们统一做了一个网关,
    后来我们加了一批正样本). Not a habit of the team or the company ("in our company we always
    start from…", 我们一般是 continuous batching), not a plan, a wish or a modal ("we'd write a
    rubric", 我们打算…), not a state now or a timeline ("we now own the outages", "we spent
    about three months on it"), not 我们 read as "our" (我们那套回归集, 我们公司今年…). English
    tells it by the verb's form (past, -ed, have + participle); a bare verb counts only in an
    answer told as a past occasion (a non-native "we redesign the rubric, we train them again"
    after "the request come… they did not trust…"). Chinese tells it by an aspect or result
    marker on the verb (了/过/完/掉/把) or a past time in the sentence."""
    said = load_engine_strings().said
    subject = said.get("team_subject")
    if subject is None:
        return []
    out = []
    for f in team_work(reading):
        start = f.start
        if subject.search(f.text) is None and f.sentence < len(reading.sentences):
            start = reading.sentences[f.sentence].start
        text = _SPACES.sub(" ", _FILLERS.sub(" ", unfill(reading.text[start : f.end])))
        sentence = (
            reading.sentences[f.sentence].text if f.sentence < len(reading.sentences) else text
        )
        habit = said.get("deed_habit")
        if habit is not None and habit.search(text) is not None:
            continue
        who = subject.search(text)
        if who is None:
            continue
        if _subordinate(said, text, who):
            continue
        done = (
            _zh_deed(said, text, who, sentence)
            if CJK.search(text)
            else _en_deed(said, text, who, reading)
        )
        if done:
            out.append(f)
    return out


def _subordinate(said: dict[str, Terms], text: str, who: re.Match[str]) -> bool:
    """The team clause only sets the time or the reason of another one ("after we added query
    rewriting, recall went…", "when we started", 我们加了缓存以后…)."""
    sub = said.get("deed_subordinate")
    if sub is None:
        return False
    if CJK.search(text):
        return sub.search(text[who.end() :].rstrip(" ，,。.")[-4:]) is not None
    return sub.search(text[: who.start()].strip()[-14:] + " ") is not None


#: Words between a team subject and its verb that do not change what the verb tells.
_BETWEEN = re.compile(
    r"(?:\w+ly|just|also|then|first|all|both|kind|kinda|sort|of|pretty|much|basically|"
    r"actually|really|later|together|again|even|only|mostly|mainly|already|ever|quickly|"
    r"finally|eventually|soon|together|initially|quietly)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _en_deed(said: dict[str, Terms], text: str, who: re.Match[str], reading: Reading) -> bool:
    if re.search(r"\bwhat\s*$", text[: who.start()], re.IGNORECASE):
        return False  # "what we paid for it was on-call": the "we" is inside a noun phrase
    after = text[who.end() :]
    short = re.match(r"['’](ve|d|ll|re)\b", after)
    head = who.group().lower() + (f"'{short.group(1).lower()}" if short else "")
    if head.endswith(("'d", "'ll")):
        return False  # "we'd relabel", "we'll add": not done
    words: list[str] = _WORD.findall(after[short.end() if short else 0 :])[:8]
    i = 0
    while i < len(words) and _BETWEEN.fullmatch(words[i]):
        i += 1
    if i >= len(words):
        return False
    window = " ".join(words[: i + 1])
    not_yet, past = said.get("deed_not_yet"), said.get("deed_past")
    if not_yet is not None and not_yet.search(window) is not None:
        return False
    verb = words[i].lower()
    if verb in ("have", "has", "had") and not head.endswith("'ve"):
        # "we have rebuilt", "we had moved": the participle tells it ("we had to" does not)
        verb = words[i + 1].lower() if i + 1 < len(words) else ""
        if verb == "to":
            return False
    if (verb.endswith("ed") and len(verb) > 3) or (past is not None and past.search(verb)):
        return True
    if head.endswith("'ve") or not verb:
        return verb.endswith("en")  # "we've taken", "we've written"
    # a bare verb ("we build preference pairs"): done when the answer tells a past occasion
    # or a change already reached ("went down from 7.5% to 3%")
    story = said.get("deed_narrative")
    if story is not None and story.search(reading.text) is not None:
        return True
    return any(q.baseline is not None for q in reading.quantities)


def _zh_deed(said: dict[str, Terms], text: str, who: re.Match[str], sentence: str) -> bool:
    not_subject = said.get("deed_not_subject_zh")
    if not_subject is not None:
        m = not_subject.search(text[who.start() :])
        if m is not None and m.start() == 0:
            return False  # 我们那套…, 我们公司…: "our", nobody acting
    done = said.get("deed_done_zh")
    if done is None:
        return False
    if done.search(text[who.end() :]) is not None:
        return True
    # a past time before the subject (后来我们…, 当时我们…), not an aspect marker of another
    # clause ("也看过 TensorRT-LLM，…我们模型换得勤")
    at = sentence.find(text[: who.end()]) if sentence else -1
    before = (sentence[:at] if at > 0 else "") + text[: who.start()]
    when = said.get("deed_when_zh")
    return when is not None and when.search(before) is not None


def own_part(reading: Reading) -> bool:
    """The speaker's part shows inside the team's work ("we tried my way first", "我自己标了三分
    之一", a terse "Disagreed with my manager. Showed him the graph.")."""
    own = vocab()["facts.own_part"]
    mine = load_engine_strings().said.get("own_part")
    sentences = [x.text.strip() for x in reading.sentences] or [reading.text]
    return any(
        own.search(x) is not None or (mine is not None and mine.search(x) is not None)
        for x in sentences
    )


def _outcomes(reading: Reading) -> list[str]:
    """What each number of the work in the latest answer leaves open (said.outcome_of)."""
    work = _work_quantities(reading)
    return [o for o in (outcome_of(reading.text, q, work) for q in work) if o]


def _outcome_without_number(reading: Reading) -> bool:
    """An outcome told without a number of its own ("and it worked well for the business"),
    in an answer that measures nothing: a scale reached told in the same clause ("all six teams
    go through it now") is that outcome's number; a measured level or change anywhere answers
    "how much?"."""
    work = _work_quantities(reading)
    told = [outcome_of(reading.text, q, work) for q in work]
    if any(o in _MEASURED for o in told):
        return False  # a measured level or change answers "how much?"
    if any(told) and reading.has("method"):
        return False  # a scale reached and what the outcome is judged by (日均 400 万次…依据是账单)
    delivered = vocab()["facts.delivered"]
    for f in reading.of("result"):
        if _explains(reading, f.sentence):
            continue  # "…的做法是…因此 GPU 始终处于满载，吞吐相应提升": how it works, and its effect
        said = reading.sentences[f.sentence].text if f.sentence < len(reading.sentences) else ""
        if any(f.start <= q.start < f.end for q in work) or delivered.search(f"{f.text} {said}"):
            continue  # "去重之后保留了 2 万条", "按时上线": told with its number, or a delivery
        return True
    # no outcome in this answer (the gap is an earlier answer's): any number of the work it
    # gave (a data size, "2 thousand of the 9 thousand pairs") is what it had to say
    return not reading.of("result") and not work


#: Facts that give a choice its reason, price or the options weighed, or a technique its working,
#: when told in the same sentence.
_REASONED = frozenset({"alternative", "cost", "motivation", "mechanism", "cause", "constraint"})
#: Facts that make a named technique part of a choice (asked as a trade-off, not as depth).
_CHOSEN = frozenset({"choice", "alternative", "cost", "mechanism"})
#: On a later question about a project (its headline result was asked already), a vague outcome
#: next to a technique or a choice is worth this much of its severity: what the technique does
#: or why it was chosen is the clearer gap.
LATER_VAGUE_METRICS = 0.7


def _sentence_kinds(reading: Reading, index: int) -> set[str]:
    return {f.kind for f in reading.facts if f.sentence == index}


def _explains(reading: Reading, index: int) -> bool:
    """The sentence explains how something works: a mechanism told as what a thing is ("Hybrid
    search means…, then we merge the two lists, so…", "我们的量化是将权重…由此…"), not an
    action told with its purpose ("we labelled the queries so the ranking could…")."""
    if "mechanism" not in _sentence_kinds(reading, index) or index >= len(reading.sentences):
        return False
    return vocab()["facts.definition"].search(reading.sentences[index].text) is not None


def _sentence_has_number(reading: Reading, index: int) -> bool:
    """A number in the sentence, a setting included ("rank 16", "4 A100"): told with figures."""
    if not 0 <= index < len(reading.sentences):
        return False
    s = reading.sentences[index]
    return any(s.start <= q.start < s.end and q.role != "date" for q in reading.quantities)


def open_choice(reading: Reading) -> bool:
    """A decision the latest answer tells without its reason, its price or the options weighed:
    not a setup told with its figures ("we use 4 A100, one run is 30 hours", 去重之后保留了 2 万
    条), not one told with why ("I say after, because a bad ranking that week is too
    expensive")."""
    for f in reading.of("choice"):
        if _sentence_kinds(reading, f.sentence) & _REASONED:
            continue
        if _sentence_has_number(reading, f.sentence):
            continue
        return True
    return False


def name_drop(reading: Reading, question: str = "") -> int | None:
    """Index into reading.facts of a technique the latest answer leans on without saying how it
    works: not the question's own term, not one told with its figures or settings ("LoRA, rank
    16", "分桶和限流之后稳定在 2.5 秒以内"), not an option weighed in a choice (a trade-off
    question) and not one whose sentence explains it."""
    asked = question.lower()
    for i, f in enumerate(reading.facts):
        if f.kind != "term_only":
            continue
        if f.cue and f.cue.lower() in asked:
            continue
        if _not_this_work(reading, f):
            continue
        if _sentence_kinds(reading, f.sentence) & _CHOSEN:
            continue
        if _sentence_has_number(reading, f.sentence):
            continue
        return i
    return None


_CLAUSE_END = re.compile(r"[，,；;：:。.!?！？]")


def _clause_of(reading: Reading, f: Fact) -> str:
    """The clause of the latest answer a fact stands in (its sentence cut at , ; : …)."""
    if f.sentence >= len(reading.sentences):
        return f.text
    s = reading.sentences[f.sentence]
    at = max(0, f.start - s.start)
    start = max((m.end() for m in _CLAUSE_END.finditer(s.text, 0, at)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(s.text, at + 1)), len(s.text))
    return s.text[start:end]


def _not_this_work(reading: Reading, f: Fact) -> bool:
    """A technique named in a clause that tells a habit of the team or the company ("at my
    company we usually canary for a day", 我们这边一般都是先灰度一周) or a plan or wish ("next
    we'd like to try FP8", 下一步打算上 HyDE): it is not a technique this work used, so "how does
    it work in your system?" asks about something the answer never claimed to have built."""
    said = load_engine_strings().said
    clause = _clause_of(reading, f)
    return any(
        (t := said.get(key)) is not None and t.search(clause) is not None
        for key in ("deed_habit", "not_done")
    )


def change_claimed(ctx: InterviewContext) -> bool:
    """Whether an earlier answer on this question told an outcome as a change ("it got a lot
    better", "latency dropped", 召回提升了, 快多了), so a level given to "how much?" after it
    leaves where it started open. After an outcome told as a state ("agreement ended up
    decent", "people trust it", 老师打分的一致性还可以) a level claims no before, and asking for
    one asks for what was never implied. With no earlier answer read, a change is assumed."""
    v = vocab()
    changes = [v["facts.change_up"], v["facts.change_down"], v["facts.said_better"]]
    start = max((i for i, e in enumerate(ctx.history) if e.kind == "question"), default=0)
    earlier = [e.reading for e in ctx.history[start:-1] if e.reading is not None]
    if not earlier:
        return True
    for r in earlier:
        for f in r.of("result"):
            said = r.sentences[f.sentence].text if f.sentence < len(r.sentences) else f.text
            if any(t.search(said) is not None for t in changes):
                return True
    return False


def _evidence_for(
    reading: Reading,
    gap: str,
    slot: PlannedTopic | None,
    probed: list[str],
    *,
    changed: bool = True,
    earlier: Sequence[str] | None = None,
) -> bool:
    """Whether the LATEST answer carries what the gap is about (a follow-up asks about what was
    just said, not about an answer two turns back) and does not already answer it. `changed`:
    an earlier answer on this question claimed a change (change_claimed). `earlier`: the gaps
    earlier answers on this question showed (evidenced_gaps); None when there are none to see."""
    if gap == "result":
        # "and what came of it?" is for a short story with no outcome in sight, not for a long
        # one or one with numbers of the work (its outcome is usually there in other words)
        # (a team size or the time it took is no outcome: "检索是我搭的，另外两个同事做重排")
        if _moral_only(reading):
            return False  # a habit told as the story: the story is what is missing
        if _told_after_action(reading):
            return False  # "…选了回答更稳的那家，后来用下来也没什么问题": what followed is told
        if not reading.of("own_action") and not team_work(reading):
            return False  # how a system works ("first we retrieve 50, then rerank"): no deed
        return not _outcomes(reading) and len(reading.content_sentences()) <= 2
    if gap == "motivation":
        # asked of the first answer only (a reply to a reframe or a redirect is not re-probed),
        # and only when it gives no reason of its own: a stock wish ("a new challenge", 想有更好的
        # 发展) is no reason, a situation, a cause, a number or a thing done is
        return (not probed and _no_reason(reading)) or (
            _only_acts(probed) and _reason_disclaimed(reading)
        )
    if gap in ("cause", "lesson"):
        # a failure's cause and lesson are asked where failures are the subject
        return slot is not None and "failure" in slot.probes
    if gap == "metrics":
        return _metrics_evidence(reading)
    if gap == "baseline":
        # only of an improvement told by where it ended ("went up to 81%", 提升到了 90%): not of
        # a level that claims no change ("accuracy is 83% on 700 questions" asks nothing about
        # a before), a count of things or requests a day, a share of a set or a top-k cut, nor
        # of a level told with its comparator (a from→to, a change's size, a step on the curve,
        # "compared with under half", 跟全精度比)
        # — or of a level given to "how much?" about an improvement claimed earlier ("it got a
        # lot better" … "81 percent"): the improvement is claimed, its start is not told (not
        # after a state: "agreement ended up decent" … "kappa 0.81" claims no before)
        shown = _outcomes(reading)
        return "reached" in shown or ("level" in shown and "metrics" in probed and changed)
    if gap == "method":
        # how a measured outcome of the latest answer was measured; counts, sizes and settings
        # are not measurements — and not when the answer told where it was measured ("over the
        # past six months of claims", 拿去年全年的订单回测): the data is said, nothing to ask
        return any(o in _MEASURED for o in _outcomes(reading)) and not _measured_on(reading)
    if gap == "depth":
        return _depth_evidence(reading, slot, probed)
    if gap == "tradeoffs":
        return open_choice(reading)
    if gap == "ownership":
        # "which part was yours?" is for an answer whose "we" clauses tell a team *deed*
        # (team_deeds: done, on this project) with no trace of the speaker's part; a "we" that
        # is a habit, a plan, a timeline, the setup, an explanation of how something works or a
        # clause setting the time of another asks nothing (a missed "which part was yours?"
        # costs less than one asked of no team work); a reply with no team in it leaves the gap
        # the discussion opened, as it was
        if any(p in REPAIRED for p in probed):
            return False  # the discussion restarted after a repair: not its share to divide
        if reading.of("team_action"):
            return bool(team_deeds(reading)) and not own_part(reading)
        # a reply with no team in it keeps the gap only an earlier answer's team *deed* opened
        # ("We rebuilt the index…" → metrics asked → "81 percent" → "which part was yours?"),
        # not a "we" that was a habit, a plan or a clause about the test set ("the 700
        # questions we froze at the start" … "Yeah, that's the router.")
        return not own_part(reading) and (earlier is None or "ownership" in earlier)
    return True


def _measured_on(reading: Reading) -> bool:
    """The answer tells the ground its figure was measured on: a span of data, a count of
    cases, a setting (engine.yaml said.measured_on)."""
    terms = load_engine_strings().said.get("measured_on")
    return terms is not None and terms.search(reading.text) is not None


def _metrics_evidence(reading: Reading) -> bool:
    """ "What number?" is asked of an outcome told without one: not of an answer whose numbers
    include an outcome (a level, a change, a scale reached, a share), but of one whose only
    numbers are the team, the time it took or the data it used ("five people, three months, 40k
    documents, and it worked well"); nor of an incident told with its cause or its fix ("…原因
    是重试时没有幂等键。我加了幂等键，之后再没出现过"): its outcome is that the trouble stopped,
    not a figure."""
    if reading.of("failure") and (reading.of("cause") or reading.of("fix")):
        return False
    return _outcome_without_number(reading)


def _depth_evidence(reading: Reading, slot: PlannedTopic | None, probed: list[str]) -> bool:
    """A technique named in passing in a short answer, not one the answer goes on to explain,
    and not in a reply that was asked for an example or to come back to the question
    ("比如检索，我会先看召回率…", "like on our gateway, prefix caching helped more"): the
    technique there is the example or the way back, not a name-drop."""
    if probed and probed[-1] in ("specificity", *ACT_PROBES):
        return False
    if name_drop(reading, slot.question if slot else "") is None:
        return False
    return len(reading.content_sentences()) <= DEPTH_MAX_SENTENCES


def gap_quote(reading: Reading, gap: str, question: str = "") -> str:
    """The exact clause of the latest answer a follow-up on `gap` picks up, or ""."""
    text = reading.text
    if gap == "contradiction" and reading.conflicts:
        said = reading.conflicts[0].said
        return quote(text, said)
    if gap == "depth":
        i = name_drop(reading, question)
        if i is None:
            return ""
        f = reading.facts[i]
        return quote(text, (f.start, f.end))
    if gap in QUOTE_QUANTITY:
        for role in ("result", "baseline", "intermediate"):
            q = next((x for x in reading.quantities if x.role == role), None)
            if q is not None:
                return quote(text, (q.start, q.end))
        kinds: tuple[str, ...] = ("result",)
    else:
        kinds = QUOTE_FROM.get(gap, ())
    for kind in kinds:
        facts = reading.of(kind)
        if facts:
            f = facts[-1] if gap == "result" else facts[0]
            return quote(text, (f.start, f.end))
    return ""


def _main(plan: Plan, slot: int, reason: str, after: str | None = None) -> NextAction:
    if slot >= len(plan.topics):
        return NextAction(kind="wrapup", slot=None, reason=reason, after=after)
    return NextAction(
        kind="question", slot=slot, reason=reason or plan.topics[slot].reason, after=after
    )


def _move_on(
    ctx: InterviewContext,
    plan: Plan,
    slot: int,
    why: str,
    after: str | None,
    told: Mapping[str, Mapping[str, list[str]]] | None = None,
) -> NextAction:
    strings = load_engine_strings()
    nxt = slot + 1
    reason = strings.text("reasons", "wrapup" if nxt >= len(plan.topics) else why, ctx.lang)
    if nxt < len(plan.topics) and plan.topics[nxt].reason:
        sep = "; " if ctx.lang == "en" else "；"
        reason = f"{reason}{sep}{plan.topics[nxt].reason}"
    action = _main(plan, nxt, reason, after)
    said = told_before(plan, nxt, told or {})
    if said and after in (None, "thin", "pointer"):
        # "How did you evaluate the gateway?" after the candidate already told how: asked
        # building on what was said ("Earlier you said “…”. Building on that: …")
        action = action.model_copy(update={"after": "told", "detail": said})
    return action


def told_before(plan: Plan, slot: int, told: Mapping[str, Mapping[str, list[str]]]) -> str:
    """A clause an earlier answer on the slot's project told of everything its planned question
    asks for (engine.yaml topic_asks), or "" when something it asks is still untold."""
    if not 0 <= slot < len(plan.topics):
        return ""
    topic = plan.topics[slot]
    asks = load_engine_strings().topic_asks.get(topic.topic)
    kinds = told.get(topic.project or "") if topic.project else None
    if not asks or not kinds or not all(kinds.get(k) for k in asks):
        return ""
    return kinds[asks[0]][-1]


def decide(
    ctx: InterviewContext,
    plan: Plan,
    *,
    slot: int,
    followups_used: int,
    probed: list[str],
    reading: Reading | None,
    project_probed: list[str] | tuple[str, ...] = (),
    earlier: list[str] | tuple[str, ...] = (),
    project_told: Mapping[str, Mapping[str, list[str]]] | None = None,
) -> list[NextAction]:
    """What to do after the latest answer (or at the start when `slot` is -1), best first.

    The runner takes the first action the writer can word without repeating an earlier turn;
    the last one always moves on. `followups_used` counts content follow-ups only (answers to an
    act do not use the persona's depth). `project_probed`: content probes asked on earlier
    questions about the same project (a project-wide gap is not asked again). `earlier`: gaps
    an earlier answer on this question showed (evidenced_gaps), still askable after a reply
    about something else while the memory holds them open. `project_told`: per résumé project,
    the fact kinds told so far (a planned question asking only for those builds on them).
    """
    if slot < 0:
        return [_main(plan, 0, "")]
    if reading is None:
        return [_move_on(ctx, plan, slot, "move_on_strong", None)]
    act = _act_after(ctx, reading, probed)
    if asks_about_the_job(act, reading):
        # "before I answer, what's the salary band?", 先问一下团队几个人？: a question back about the
        # job, the team or the process is the candidate's to ask, not an answer to grade, drift
        # to redirect or a doubt about the question to clarify: acknowledged, and the round moves
        # on (the closing slot is where it gets its answer)
        return [_move_on(ctx, plan, slot, "move_on_counter", "counter")]
    current = plan.topics[slot] if slot < len(plan.topics) else None
    pointer = act in ("answer", "partial") and points_back(reading)
    if pointer and not _tells_work(reading):
        # "I just said that", "like I mentioned, the Flink one", 前面说了，刚才那个例子: the candidate
        # points to an earlier answer and adds nothing of the work: acknowledged as told, never
        # asked the same thing again
        return [_move_on(ctx, plan, slot, "move_on_pointer", "pointer", project_told)]
    if act == "offtopic" and _on_the_subject(reading, current):
        # a reason given to "why are you moving?" ("the team only maintains it now, I want to go
        # where serving still scales") or a story of the speaker's own work with what came of it,
        # however few of the question's words it uses, is an answer, not drift to redirect
        act = "answer"
    if act not in ("answer", "partial"):
        return _after_act(ctx, plan, slot, act, probed)
    if probed[-1:] == ["stuck"]:
        # the attempt asked for after "I don't know" ("if I had to guess, maybe 4 per GPU", 我猜
        # 大概两三千条, a plan of steps, a half-remembered case) closes the question: taken as it
        # is — never held against the résumé, never asked for its trade-off or its baseline
        why = "move_on_guess"
        return [_move_on(ctx, plan, slot, why, _acknowledged(reading, why, pointer), project_told)]
    actions: list[NextAction] = []
    if reading.conflicts and "contradiction" not in probed:
        actions.append(_contradiction(ctx, slot, reading))
    later = current is not None and any(
        t.project and t.project == current.project for t in plan.topics[:slot]
    )
    ranked = [
        (score, gap)
        for score, gap in rank_gaps(ctx, current, reading, probed, later=later, earlier=earlier)
        if not (gap in PROJECT_GAPS and gap in project_probed)
        and not (gap == "ownership" and _own_told(current, project_told))
    ]
    if probed and probed[-1] not in REPAIRED and not _tells_work(reading):
        # a reply that tells nothing ("Yes, after that he trusted me more.", 就这些。) is not
        # asked to "be specific" about nothing; what the discussion left open still may be (a
        # reply after a repair — a reframe, a clarification — is a fresh attempt and is read
        # as one)
        ranked = [(s, g) for s, g in ranked if g != "specificity" or g in earlier]
    bar = THRESHOLD + (RICH_MARGIN if _rich(reading) else 0.0)
    worth = [(s, g) for s, g in ranked if s >= bar]
    if followups_used < ctx.persona.followup_depth:
        question = current.question if current else ""
        actions += [_probe(ctx, slot, reading, gap, question) for _, gap in worth]
    last = probed[-1] if probed else None
    if worth and followups_used >= ctx.persona.followup_depth:
        why = "move_on_budget"
    elif last in reading.gaps and last not in ACT_PROBES:
        why = "move_on_still"
    else:
        why = "move_on_strong"
    actions.append(
        _move_on(ctx, plan, slot, why, _acknowledged(reading, why, pointer), project_told)
    )
    return actions


def _act_after(ctx: InterviewContext, reading: Reading, probed: list[str]) -> str:
    """The reading's act, read against the turn it answers."""
    act = reading.act
    if act == "offtopic" and reading.admission:
        # "No idea, honestly. Anyway, the offsite in Lisbon…": the admission is all the question
        # got (the rest is about something else); it is met as "I don't know" (one reframe),
        # never with a redirect
        return "stuck"
    if act == "answer" and probed and probed[-1] == "contradiction" and _unreferenced(ctx, reading):
        # "where did each of those numbers come from?" answered with the team offsite or the
        # hotpot on Fridays: the reply must address what the probe refers to; it is drift
        return "offtopic"
    if act == "answer" and probed and probed[-1] in NUDGES and _nothing_of_the_question(reading):
        # "take your time, roughly?" answered with the on-call rota or the canteen: read against
        # the question the nudge continues, it says nothing of it and nothing of the work
        return "offtopic"
    return act


def _acknowledged(reading: Reading, why: str, pointer: bool) -> str | None:
    """What the move-on acknowledges (engine.yaml transitions_after): an answer pointing back to
    an earlier one ("pointer"), an answer that told nothing of the work or left the asked gap
    open ("thin": no "that's clear" after "that's all I have"), else a plain transition."""
    if pointer:
        return "pointer"
    if why == "move_on_still" or not _tells_work(reading):
        return "thin"
    return None


#: Fact kinds that tell something of the work (a reply with none of them and no number of the
#: work — "Yeah, that's pretty much it", 嗯，就这些 — tells nothing).
_WORK_KINDS = CONCRETE | {
    "choice",
    "result",
    "team_action",
    "failure",
    "situation",
    "task",
    "motivation",
    "term_only",
    "constraint",
}


def _tells_work(reading: Reading) -> bool:
    """The answer tells something of the work: a fact of it or a number of it."""
    return bool(_work_quantities(reading)) or any(f.kind in _WORK_KINDS for f in reading.facts)


def points_back(reading: Reading) -> bool:
    """The answer points to something the candidate said before ("like I said", "as I
    mentioned", "I just told you", 前面说了, 刚才提到的, 不再赘述): said.points_back."""
    back = load_engine_strings().said.get("points_back")
    return back is not None and back.search(reading.text) is not None


#: What a story of the speaker's own work tells besides the deed: its outcome, what went wrong
#: and why, the fix, how it was measured or how the thing works.
_STORY_SUBSTANCE = frozenset({"result", "fix", "failure", "cause", "method", "mechanism", "lesson"})


def _on_the_subject(reading: Reading, slot: PlannedTopic | None) -> bool:
    """An answer read as drift that is on the question's subject by what it tells: a motive
    given to a motivation question, or, to a story or project question, an action of the
    speaker's told with two of its outcome, failure, cause, fix, method or mechanism."""
    if slot is None or reading.admission:
        return False
    kinds = {f.kind for f in reading.facts}
    if slot.kind == "motivation":
        return "motivation" in kinds
    if slot.kind in ("behavioral", "project"):
        return "own_action" in kinds and len(kinds & _STORY_SUBSTANCE) >= 2
    return False


#: Follow-ups with no content of their own: a reframe after "I don't know", a redirect after
#: drift, a clarification.
NUDGES = ("stuck", "offtopic", "clarify")
#: A reply to a nudge this short ("Sorry, yes.", 嗯，反正没出事) is a nod, not drift (the
#: reading's own drift minimum).
NUDGE_DRIFT_MIN = 5
#: Below this relevance to the question a nudge continues, a reply with nothing concrete drifts
#: (the reading's own drift bar).
NUDGE_DRIFT_BELOW = 0.3
#: Facts of the work that keep a reply to a nudge an attempt, however far its words are.
_ATTEMPT = CONCRETE | {"choice", "result", "own_action", "team_action", "term_only"}


def _nothing_of_the_question(reading: Reading) -> bool:
    """A reply to a nudge that shares (almost) nothing with the question the nudge continues
    and tells nothing of the work: no action, result, choice, technique or number."""
    if reading.relevance >= NUDGE_DRIFT_BELOW or reading.admission:
        return False
    if _work_quantities(reading) or any(f.kind in _ATTEMPT for f in reading.facts):
        return False
    return _words(reading.text) >= NUDGE_DRIFT_MIN


def _words(text: str) -> int:
    """How much is said: English words and Chinese characters by pairs."""
    return len(CJK.findall(text)) // 2 + len(re.findall(r"[A-Za-z]+", text))


#: A reply this short ("Yes, the résumé is right.", 对，简历写错了) is a confirmation, not drift.
_UNREFERENCED_MIN = 8


def _unreferenced(ctx: InterviewContext, reading: Reading) -> bool:
    """A reply to a follow-up about numbers that gives no number, admits nothing and shares no
    specific word (an English stem of four letters or more, a Chinese pair) with what the
    follow-up refers to: its words, the main question and the answers given on it."""
    if reading.admission or any(q.role != "date" for q in reading.quantities):
        return False
    if _words(reading.text) < _UNREFERENCED_MIN:
        return False
    start = max((i for i, e in enumerate(ctx.history) if e.kind == "question"), default=0)
    said = []
    for e in ctx.history[start:]:
        said.append(e.question)
        if e is not ctx.history[-1] and e.answer:
            said.append(e.answer)
    if ctx.plan is not None:
        said += [t.project or "" for t in ctx.plan.topics if t.question in said[0]]

    def specific(text: str) -> set[str]:
        return {t for t in terms_of(text, drop_generic=True) if CJK.search(t) or len(t) >= 4}

    return not specific(reading.text) & specific("\n".join(said))


def asks_about_the_job(act: str, reading: Reading) -> bool:
    """The turn is a question back about the job instead of an answer (the reading's act
    `counter`: the pay, the team, the role, the process): the policy moves on and the turn is
    not scored (session._grade flags it `counter`)."""
    return act == "counter"


def _rich(reading: Reading) -> bool:
    """The answer shows most of what a full answer has (a measured result with its baseline,
    own actions, a choice and its alternative, the situation...)."""
    kinds = {f.kind for f in reading.facts} & set(FULL_ANSWER)
    roles = {q.role for q in reading.quantities} & {"result", "baseline"}
    return len(kinds) + len(roles) >= RICH


def _after_act(
    ctx: InterviewContext, plan: Plan, slot: int, act: str, probed: list[str]
) -> list[NextAction]:
    """A non-answer: respond to the act once (twice for clarifying questions), then move on."""
    move_on = _move_on(ctx, plan, slot, f"move_on_{act}", act)
    if probed.count(act) >= ACT_LIMIT.get(act, 0):
        return [move_on]
    why = load_engine_strings().text("reasons", f"act_{act}", ctx.lang)
    return [NextAction(kind="followup", slot=slot, probe=act, reason=why), move_on]


#: Where a claim's text divides into clauses: sentence ends and semicolons, and commas that are
#: not inside a number ("1,200").
_CLAIM_CLAUSES = re.compile(r"[;；。！？!?]+|[，,、](?!\d)|\.(?=\s|$)")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
#: A clause cut from the middle of a sentence loses the word that joined it ("and 82% were …").
_LEADING_LINK = re.compile(r"^(?:and|but|so|while|with|并且|并|而且|而|且|同时)\s*", re.I)
#: How a claimed value may be written in its own clause: as is, or (for a time kept in ms, a
#: rate kept as a ratio) in seconds, minutes, hours, days or percent.
_SCALES = (1.0, 1e-3, 1 / 60_000, 1 / 3_600_000, 1 / 86_400_000, 100.0, 0.01)


def _figures(text: str) -> list[float]:
    out = []
    for m in _FIGURE.finditer(text):
        try:
            out.append(float(m.group().replace(",", "")))
        except ValueError:
            continue
    return out


def claim_phrase(other_text: str, other_value: float, kind: str = "number") -> str:
    """The claim a contradiction holds up, said as the clause of the résumé bullet (or earlier
    answer) that states it: "GPUs from 48 to 30 A100s", not the whole bullet with its
    deployment story ("Moved 9 internal LLM endpoints onto one shared vLLM cluster…; GPUs from
    48 to 30 A100s, p95…"). The clause is the one whose figure is the claimed value (in any of
    its units); a claim of one clause, or one whose value no clause shows, is kept whole."""
    text = other_text.strip()
    parts = [p.strip() for p in _CLAIM_CLAUSES.split(text) if p and p.strip()]
    if len(parts) <= 1:
        return text.rstrip("。.;；")
    if kind == "number":
        for part in parts:
            if any(
                abs(f - other_value * k) <= 1e-6 * max(1.0, abs(other_value * k))
                for f in _figures(part)
                for k in _SCALES
            ):
                return _LEADING_LINK.sub("", part)
        return text.rstrip("。.;；")
    return parts[0]


def _contradiction(ctx: InterviewContext, slot: int, reading: Reading) -> NextAction:
    c = reading.conflicts[0]
    q = gap_quote(reading, "contradiction")
    return NextAction(
        kind="followup",
        slot=slot,
        probe="contradiction",
        quote=q,
        other=claim_phrase(c.other_text, c.other_value, c.kind),
        other_source=c.source,
        reason=load_engine_strings().text(
            "gap_details", "contradiction", ctx.lang, quote=c.said.text, other=c.other_text
        ),
    )


def _probe(
    ctx: InterviewContext, slot: int, reading: Reading, gap: str, question: str = ""
) -> NextAction:
    q = gap_quote(reading, gap, question)
    strings = load_engine_strings()
    plain = not q and gap in strings.gap_details_plain
    reason = strings.text("gap_details_plain" if plain else "gap_details", gap, ctx.lang, quote=q)
    return NextAction(kind="followup", slot=slot, probe=gap, quote=q, reason=reason)
