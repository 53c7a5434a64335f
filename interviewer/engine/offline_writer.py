"""The offline question writer: main questions from the plan, follow-ups from templates.

Follow-up templates come from the persona (`followups:`) first, then the shared
interviewer/data/followups.yaml. `{quote}` is a short exact phrase of what the candidate said.
Variants are picked deterministically (session id + turn) and an exact text is never repeated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from interviewer.engine.analyser import short_quote
from interviewer.engine.base import InterviewContext, NextAction
from interviewer.engine.planner import headline_metrics, metric_phrase, stable_pick
from interviewer.engine.templates import (
    EngineStrings,
    FollowupBank,
    load_engine_strings,
    load_followups,
    safe_format,
)


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
        yield self.text(ctx, action)

    def text(self, ctx: InterviewContext, action: NextAction) -> str:
        lang = ctx.lang
        if action.kind == "wrapup":
            return ctx.persona.wrapup.get(lang).strip()
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
        transitions = self.bank.transitions.get(lang) or self.strings.transitions.get(lang)
        candidates = [_join(t, question, lang) for t in transitions]
        if all(c in ctx.asked for c in candidates):
            candidates.append(question)
        return self._unused(ctx, candidates, "main", action.slot)

    # ------------------------------------------------------------ follow-ups

    def _followup(self, ctx: InterviewContext, action: NextAction) -> str:
        lang = ctx.lang
        gap = action.probe or "specificity"
        persona_bank = ctx.persona.followups.get(gap)
        templates = [t for t in (persona_bank.get(lang) if persona_bank else []) if t.strip()]
        templates += [t for t in self.bank.get(gap, lang) if t not in templates]
        if not templates:
            templates = [t for t in self.bank.get("specificity", lang)]
        quote = short_quote(action.quote) if action.quote else ""
        if not quote:
            # A template that quotes needs something to quote; prefer those that do not.
            plain = [t for t in templates if "{quote}" not in t]
            if plain:
                templates = plain
            elif ctx.history and ctx.history[-1].answer:
                quote = short_quote(ctx.history[-1].answer)
        values = self._values(ctx, action, quote)
        if quote:
            # Quoting what the candidate said makes the follow-up pointed: those come first.
            templates = [t for t in templates if "{quote}" in t] + [
                t for t in templates if "{quote}" not in t
            ]
        filled = [re.sub(r"\s+", " ", safe_format(t, **values)).strip() for t in templates]
        filled = [f for f in filled if f]
        if quote:
            quoting = [f for f, t in zip(filled, templates, strict=False) if "{quote}" in t]
            if any(f not in ctx.asked for f in quoting):
                filled = quoting
        return self._unused(ctx, filled, gap, len(ctx.asked))

    def _values(self, ctx: InterviewContext, action: NextAction, quote: str) -> dict[str, str]:
        lang = ctx.lang
        slot = (
            ctx.plan.topics[action.slot]
            if (ctx.plan and action.slot is not None and action.slot < len(ctx.plan.topics))
            else None
        )
        project = slot.project if slot and slot.project else self.strings.generic.project.get(lang)
        metric = ""
        last = ctx.history[-1].analysis if ctx.history else None
        claim = last.signals.get("resume_claim") if last else None
        if isinstance(claim, str) and claim:
            metric = claim
        elif ctx.resume and slot and slot.project:
            for p in ctx.resume.projects:
                claims = headline_metrics(p) if p.name == slot.project else []
                if claims:
                    metric = metric_phrase(claims[0], p.bullets)
        return {
            "quote": quote or self.strings.generic.metric.get(lang),
            "project": project,
            "metric": metric or self.strings.generic.metric.get(lang),
            "detail": action.detail,
        }

    # ------------------------------------------------------------ no repeats

    def _unused(self, ctx: InterviewContext, candidates: list[str], *key: object) -> str:
        """A deterministic pick among candidates never asked before in this session."""
        asked = set(ctx.asked)
        fresh = [c for c in candidates if c not in asked]
        if not fresh:
            # Every variant was used: number the repeat so the exact text stays unique.
            base = candidates[0] if candidates else ""
            n = 2
            while f"{base} ({n})" in asked:
                n += 1
            return f"{base} ({n})"
        return fresh[stable_pick(len(fresh), ctx.session_id or 0, *key, len(ctx.asked))]


def _join(prefix: str, question: str, lang: str) -> str:
    prefix = prefix.strip()
    if not prefix:
        return question
    return f"{prefix}{question}" if lang == "zh" else f"{prefix} {question}"
