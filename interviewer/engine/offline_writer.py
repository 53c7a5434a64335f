"""The offline question writer: main questions from the plan, follow-ups from templates.

Follow-up templates come from the persona (`followups:`) first, then the shared
interviewer/data/followups.yaml. `{quote}` is filled with the policy's quote verbatim (an exact
clause of the latest answer); a template that needs a quote, a hint or a question to restate is
used only when there is one. Variants are picked deterministically (session id + turn) and an
exact text is never repeated: when every variant of a follow-up was used, `text` returns None
and the runner asks about something else or moves on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from interviewer.engine.base import InterviewContext, NextAction, PlannedTopic
from interviewer.engine.clarify import resolve
from interviewer.engine.planner import headline_metrics, metric_phrase, stable_pick
from interviewer.engine.policy import ACT_PROBES
from interviewer.engine.templates import (
    EngineStrings,
    FollowupBank,
    load_engine_strings,
    load_followups,
    safe_format,
)
from interviewer.reading.memory import asks_for

#: Placeholders a template may need; a template is dropped when its value is missing.
_NEEDS = ("quote", "hint", "question", "metric", "meant", "either")
#: Placeholders that make a wording pointed (it picks up what the candidate said or offered).
_POINTED = ("quote", "hint", "meant", "either")
#: Acts a follow-up answers without asking anything new of its own: every act the policy
#: responds to except "I don't know", whose reframe asks again in other words.
ASKS_NOTHING = frozenset(ACT_PROBES) - {"stuck"}


#: Turns that answer an act or hold up a contradiction: asked whatever was given; and "how
#: much?", which the policy asks only of an outcome with no measured number (a vague result and
#: a team size are "given" a result and an amount, yet the number is still missing).
_ASKS_ANYWAY = frozenset(
    {"stuck", "offtopic", "clarify", "injection", "refusal", "empty", "contradiction", "metrics"}
)


def _given_so_far(ctx: InterviewContext) -> set[str]:
    """What the answers on the current main question have given (Reading.given), the latest
    reply included."""
    start = max((i for i, e in enumerate(ctx.history) if e.kind == "question"), default=0)
    return {g for e in ctx.history[start:] if e.reading is not None for g in e.reading.given}


def _answered(template: str, given: set[str]) -> bool:
    """Whether everything a follow-up wording asks for has been given. Read on the template's
    own words (placeholders blanked), never on the candidate's quoted words."""
    asks = asks_for(safe_format(template))
    return bool(asks) and asks <= given


class OfflineWriter:
    """Words each interviewer turn from data files; yields the text as one chunk."""

    name = "offline"

    def __init__(
        self, bank: FollowupBank | None = None, strings: EngineStrings | None = None
    ) -> None:
        self.bank = bank or load_followups()
        self.strings = strings or load_engine_strings()

    def write(self, ctx: InterviewContext, action: NextAction) -> Iterator[str]:
        """The text of the next turn (`question`, `followup` or `wrapup`)."""
        yield self.text(ctx, action) or self._last_resort(ctx, action)

    def text(self, ctx: InterviewContext, action: NextAction) -> str | None:
        """The words of `action`, or None when a follow-up has no wording left unasked."""
        if action.kind == "wrapup":
            return ctx.persona.wrapup.get(ctx.lang).strip()
        if action.kind == "question":
            return self._main(ctx, action)
        return self._followup(ctx, action)

    # ------------------------------------------------------------ main questions

    def _main(self, ctx: InterviewContext, action: NextAction) -> str:
        assert ctx.plan is not None and action.slot is not None
        lang = ctx.lang
        question = ctx.plan.topics[action.slot].question
        if action.slot == 0 and not ctx.asked:
            opening = safe_format(
                ctx.persona.opening.get(lang), questions=len(ctx.plan.topics)
            ).strip()
            return f"{opening}\n\n{question}" if opening else question
        after = self.strings.transitions_after.get(action.after or self._plain_after(ctx, action))
        transitions = [
            safe_format(t, detail=action.detail, project=ctx.plan.topics[action.slot].project or "")
            for t in (after.get(lang) if after else [])
            if action.detail or "{detail}" not in t
        ] or self.bank.transitions.get(lang)
        candidates = [_join(t, question, lang) for t in transitions]
        return self._unused(ctx, candidates, "main", action.slot) or question

    @staticmethod
    def _plain_after(ctx: InterviewContext, action: NextAction) -> str:
        """The acknowledgement after an answer that was told: staying on the same résumé
        project says so ("One more on X") unless the question names it, else a short thanks —
        never "let's switch topics" when the topic stays, never "that's clear" by habit."""
        assert ctx.plan is not None and action.slot is not None
        topics = ctx.plan.topics
        nxt = topics[action.slot] if action.slot < len(topics) else None
        before = topics[action.slot - 1] if action.slot >= 1 else None
        if nxt and before and nxt.project and nxt.project == before.project:
            # a question that names its project already says it stays there
            return "answered" if nxt.project in nxt.question else "same_project"
        return "answered"

    # ------------------------------------------------------------ follow-ups

    def _followup(self, ctx: InterviewContext, action: NextAction) -> str | None:
        lang = ctx.lang
        gap = action.probe or "specificity"
        persona_bank = ctx.persona.followups.get(gap)
        templates = [t for t in (persona_bank.get(lang) if persona_bank else []) if t.strip()]
        # a persona's own "I don't know" reframes fit its questions (motives, values, past
        # situations); the shared ones are for technical and project questions ("if you built
        # it tomorrow…")
        # (a persona's own wording after any act — "I don't know", a question back — replaces the
        # shared one the same way: an HR question has no "part you know best")
        shared = [] if gap in ACT_PROBES and templates else self.bank.get(gap, lang)
        templates += [t for t in shared if t not in templates]
        values = self._values(ctx, action)
        own: list[str] = []
        if gap == "stuck":
            # "I don't know" about a part of their own résumé project: the {project} reframe
            # (what they saw of it) first; about anything else it is never used
            own = [t for t in templates if "{project}" in t]
            templates = [t for t in templates if t not in own]
            if not values["hint"] and _own_project(ctx, action):
                templates = own + templates
            else:
                own = []
        usable = [t for t in templates if all(values.get(k) or f"{{{k}}}" not in t for k in _NEEDS)]
        # A template that picks up what the candidate said (or the key's hint) is more pointed.
        # (so does a clarification that resolves the readings the candidate offered)
        pointed = [t for t in usable if any(f"{{{k}}}" in t for k in _POINTED)]
        usable = pointed + [t for t in usable if t not in pointed]
        # Whitespace is tidied in the template, never in the quote (it stays verbatim).
        filled = [safe_format(re.sub(r"\s+", " ", t).strip(), **values) for t in usable]
        fresh = [f for f in filled if f and f not in ctx.asked]
        if gap not in _ASKS_ANYWAY:
            # a wording that asks only for what this question's discussion has given ("Was
            # there a fixed eval set?" after "on 500 tickets labelled by two coders") is not
            # used: another wording, or the next action, instead
            given = _given_so_far(ctx)
            told = {f for f, t in zip(filled, usable, strict=True) if _answered(t, given)}
            fresh = [f for f in fresh if f not in told]
        if not fresh:
            return None
        if pointed and fresh[0] in filled[: len(pointed)]:
            fresh = [f for f in fresh if f in filled[: len(pointed)]]
        mine = [safe_format(re.sub(r"\s+", " ", t).strip(), **values) for t in own]
        fresh = [f for f in fresh if f in mine] or fresh
        return fresh[stable_pick(len(fresh), ctx.session_id or 0, gap, len(ctx.asked))]

    def _values(self, ctx: InterviewContext, action: NextAction) -> dict[str, str]:
        lang = ctx.lang
        slot = _slot(ctx, action)
        generic = self.strings.generic
        project = slot.project if slot and slot.project else generic.project.get(lang)
        metric = action.other
        if not metric and ctx.resume and slot and slot.project:
            for p in ctx.resume.projects:
                claims = headline_metrics(p) if p.name == slot.project else []
                if claims:
                    metric = metric_phrase(claims[0], p.bullets)
        question = self._restated(ctx, slot)
        meant: str | None = None
        either: str | None = None
        if action.probe == "clarify" and ctx.history and ctx.history[-1].answer:
            # "the team or the company?": which of the readings offered the question means
            meant, either = resolve(ctx.history[-1].answer, question, lang)
        source = (
            generic.source_earlier if action.other_source == "earlier" else generic.source_resume
        )
        return {
            "quote": action.quote,
            "project": project,
            "metric": metric,
            "source": source.get(lang),
            "detail": action.detail,
            "hint": slot.hint if slot is not None else "",
            "question": question,
            "meant": meant or "",
            "either": either or "",
        }

    @staticmethod
    def _restated(ctx: InterviewContext, slot: PlannedTopic | None) -> str:
        """The question a clarification restates: the latest follow-up that asked something, or
        the main question. A redirect after drift, a reply to an injection, a nudge after an empty
        turn or an earlier clarification asks nothing of its own ("Let's pull it back to what I
        asked"): restating it would clarify nothing."""
        for turn in reversed(ctx.history):
            if turn.kind == "question":
                return slot.question if slot is not None else turn.question
            if not (turn.probes and set(turn.probes) <= ASKS_NOTHING):
                return turn.question
        return slot.question if slot else ""

    def _last_resort(self, ctx: InterviewContext, action: NextAction) -> str:
        """A streaming caller asked for an action with no unused wording: restate the question."""
        slot = _slot(ctx, action)
        return self._restated(ctx, slot) or ctx.persona.wrapup.get(ctx.lang).strip()

    # ------------------------------------------------------------ no repeats

    def _unused(self, ctx: InterviewContext, candidates: list[str], *key: object) -> str | None:
        """A deterministic pick among candidates never asked before in this session."""
        asked = set(ctx.asked)
        fresh = [c for c in candidates if c not in asked]
        if not fresh:
            return None
        return fresh[stable_pick(len(fresh), ctx.session_id or 0, *key, len(ctx.asked))]


def _own_project(ctx: InterviewContext, action: NextAction) -> bool:
    """The question is about one of the candidate's résumé projects."""
    slot = _slot(ctx, action)
    return slot is not None and slot.kind == "project" and bool(slot.project)


def _slot(ctx: InterviewContext, action: NextAction) -> PlannedTopic | None:
    if ctx.plan is None or action.slot is None or action.slot >= len(ctx.plan.topics):
        return None
    return ctx.plan.topics[action.slot]


def _join(prefix: str, question: str, lang: str) -> str:
    prefix = prefix.strip()
    if not prefix:
        return question
    return f"{prefix}{question}" if lang == "zh" else f"{prefix} {question}"
