"""The LLM judge: the model scores each criterion with quotes; code checks every quote, applies the
deterministic flags and caps, and computes `overall`. Falls back to the offline grader on failure.

The answer reaches the model only inside a <candidate_answer> data block. Whatever the model
says, an answer the offline signals flag (empty, instructions to the grader, off-topic) keeps its
flag and its capped scores, and a score of 3 or more needs a quote that really is in the answer.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, Field

from interviewer.errors import ProviderError
from interviewer.grading import scoring
from interviewer.grading.asked import weigh_asked
from interviewer.grading.base import GradeContext, Grader
from interviewer.grading.evidence import normalise, verify_quotes
from interviewer.grading.limits import (
    MAX_ANSWER_CHARS,
    MISCONCEPTION_CAP,
    SHORT_ANSWER,
    SHORT_CAP,
    UNQUOTED_CAP,
    answer_size,
    applicable,
    flag_cap,
)
from interviewer.llm.base import ChatModel, Message
from interviewer.llm.jsonio import complete_json
from interviewer.llm.prompts import data_block, render
from interviewer.reading.injection import find_injection
from interviewer.schemas import Criterion, Rubric
from interviewer.signals import detect_lang
from interviewer.types import CriterionGrade, GradeResult

#: Flags the model may raise itself (raising one only ever lowers scores).
MODEL_FLAGS = ("empty", "offtopic", "injection")
#: Room for every criterion's score, quotes and suggestion; bounds a model that never stops.
JUDGE_MAX_TOKENS = 1500


class JudgedCriterion(BaseModel):
    id: str
    score: int = Field(ge=1, le=5)
    quotes: list[str] = Field(default_factory=list)
    suggestion: str = ""


class JudgeReply(BaseModel):
    """What the judge model must return."""

    criteria: list[JudgedCriterion]
    flags: list[str] = Field(default_factory=list)


def exact_span(answer: str, quote: str) -> str | None:
    """The answer's own text for a quote that matches it after normalisation, else None."""
    target = normalise(quote)
    if not target:
        return None
    if quote in answer:
        return quote
    norm_chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(answer):
        for n in normalise(ch):
            norm_chars.append(n)
            origin.append(i)
    at = "".join(norm_chars).find(target)
    if at < 0:
        return None
    return answer[origin[at] : origin[at + len(target) - 1] + 1]


def reference(key: Any, lang: str) -> str:
    """The answer key as the judge's reference: key points, misconceptions with corrections,
    the model answer's outline (reference-guided judging)."""
    points = "\n".join(f"- {getattr(kp, lang)}" for kp in key.key_points)
    wrong = "\n".join(
        f"- {getattr(m, lang)} → {m.correction.get(lang)}" for m in key.misconceptions
    )
    outline = "\n".join(f"- {line}" for line in key.outline.get(lang))
    return render(
        "judge_reference", lang, key_points=points, misconceptions=wrong or "-", outline=outline
    )


def _overlaps(answer: str, quote: str, spans: list[tuple[int, int]]) -> bool:
    start = answer.find(quote)
    end = start + len(quote)
    return start >= 0 and any(s < end and start < e for s, e in spans)


class LlmJudge:
    """Grader over a ChatModel, with `fallback` (the offline grader) for signals and failures."""

    def __init__(self, model: ChatModel, *, fallback: Grader) -> None:
        self.model = model
        self.fallback = fallback
        self.name = f"llm:{model.name}"

    def grade(
        self, question: str, answer: str, rubric: Rubric, context: GradeContext | None = None
    ) -> GradeResult:
        """Grade with the model; deterministic flags and caps always apply; `fallback` flag when
        the model failed and the offline grader's result is returned instead."""
        ctx = context or GradeContext()
        offline = self.fallback.grade(question, answer, rubric, ctx)
        if "empty" in offline.flags:
            return offline  # nothing to judge; the deterministic result is the honest one
        # `only_when_asked` criteria: the offline grader's decision (asked or volunteered) holds
        graded = {g.criterion for g in offline.criteria}
        criteria = [
            c
            for c in applicable(rubric, ctx.topic_kind, keyed=ctx.key is not None)
            if not c.only_when_asked or c.id in graded
        ]
        lang = ctx.lang if ctx.lang in ("zh", "en") else detect_lang(answer)
        try:
            reply = self._ask(question, answer[:MAX_ANSWER_CHARS], criteria, lang, ctx)
        except ProviderError:
            return offline.model_copy(update={"flags": [*offline.flags, "fallback"]})
        return self._combine(question, answer, rubric, criteria, reply, offline, ctx.probes)

    def _ask(
        self, question: str, answer: str, criteria: list[Criterion], lang: str, ctx: GradeContext
    ) -> JudgeReply:
        ids = [c.id for c in criteria]
        blocks = "\n".join(
            render(
                "judge_criterion",
                lang,
                id=c.id,
                name=c.name.get(lang),
                description=c.description.get(lang),
                evidence=c.evidence.get(lang),
                levels="; ".join(f"{lv.score} = {lv.description.get(lang)}" for lv in c.levels),
            )
            for c in criteria
        )
        schema = json.dumps(JudgeReply.model_json_schema(), ensure_ascii=False)
        user = render(
            "judge_user",
            lang,
            question=data_block("question", question),
            answer=data_block("candidate_answer", answer),
        )
        if ctx.key is not None:
            user = f"{reference(ctx.key, lang)}\n\n{user}"
        messages = [
            Message("system", render("judge_system", lang, criteria=blocks, schema=schema)),
            Message("user", user),
        ]

        def check(reply: JudgeReply) -> None:
            missing = [i for i in ids if i not in {c.id for c in reply.criteria}]
            if missing:
                raise ValueError(f"criteria missing from the reply: {missing}; grade every one")

        return complete_json(
            self.model,
            messages,
            JudgeReply,
            purpose="grade",
            session_id=ctx.session_id,
            check=check,
            lang=lang,
            max_tokens=JUDGE_MAX_TOKENS,
        )

    def _combine(
        self,
        question: str,
        answer: str,
        rubric: Rubric,
        criteria: list[Criterion],
        reply: JudgeReply,
        offline: GradeResult,
        probes: list[str],
    ) -> GradeResult:
        flags = list(offline.flags)
        flags += [f for f in dict.fromkeys(reply.flags) if f in MODEL_FLAGS and f not in flags]
        cap = flag_cap(flags)[0]
        if answer_size(answer) < SHORT_ANSWER:
            cap = min(cap, SHORT_CAP)
        by_id = {c.id: c for c in reply.criteria}
        found = find_injection(answer)
        attack = [*found.spans, *found.flattery]
        grades: list[CriterionGrade] = []
        quote_rejected = False
        for criterion in criteria:
            judged = by_id[criterion.id]
            kept, rejected = verify_quotes(answer, [q for q in judged.quotes if q.strip()])
            spans = [s for s in (exact_span(answer, q) for q in kept) if s]
            # the injected instruction itself is never evidence of anything
            evidence = [s for s in spans if not _overlaps(answer, s, attack)]
            rejected = rejected + [s for s in spans if s not in evidence]
            score = judged.score
            if rejected:
                quote_rejected = True
            if score >= 3 and not evidence:
                score = UNQUOTED_CAP
                quote_rejected = True
            suggestion = judged.suggestion.strip() or next(
                (g.suggestion for g in offline.criteria if g.criterion == criterion.id), ""
            )
            grades.append(
                CriterionGrade(
                    criterion=criterion.id,
                    score=min(score, cap),
                    evidence=evidence,
                    suggestion=suggestion[:600],
                )
            )
        if quote_rejected:
            flags.append("quote_rejected")
        if offline.key_points is not None and offline.key_points.misconceptions:
            # a misconception the answer key's detector found caps what the model gave
            grades = [
                g.model_copy(update={"score": min(g.score, MISCONCEPTION_CAP)})
                if g.criterion in ("correctness", "depth")
                else g
                for g in grades
            ]
        # what the question did not ask for counts only where the answer offered it (asked.yaml)
        grades, _ = weigh_asked(grades, question, rubric.id, probes)
        overall = min(scoring.overall(rubric, grades), flag_cap(flags)[1])
        return offline.model_copy(
            update={
                "criteria": grades,
                "overall": overall,
                "grader": self.name,
                "rubric": rubric.id,
                "flags": flags,
            }
        )
