"""The LLM interviewer's two parts: a gap analyser merged with the offline one, and a writer
that words (streaming) the question the shared follow-up policy chose.

The model never decides what to ask next: the policy (engine/policy.py) does, from the merged
gaps. The candidate's résumé and answers reach the model only inside data blocks; the offline
analyser's deterministic gaps (empty, injection, off-topic...) always survive the merge.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from pydantic import BaseModel, Field

from interviewer.engine.analyser import BLOCKING_ORDER, current_slot, find_topic
from interviewer.engine.base import Analyser, Exchange, InterviewContext, NextAction, QuestionWriter
from interviewer.errors import ProviderError
from interviewer.grading.evidence import quote_in
from interviewer.llm.base import ChatModel, Message
from interviewer.llm.jsonio import complete_json
from interviewer.llm.prompts import data_block, gap_meaning, neutralise, render
from interviewer.schemas import GAP_IDS
from interviewer.types import Gap, GapAnalysis

#: Gaps only the deterministic analyser may raise (the model can be talked into anything).
DETERMINISTIC_ONLY = ("empty",)
#: A follow-up answer is short by nature: like the offline analyser, judge these on main answers.
MAIN_ONLY = frozenset({"star", "specificity", "offtopic"})
MAX_LLM_GAPS = 4


class LlmGap(BaseModel):
    id: str
    severity: float = Field(ge=0, le=1)
    evidence: str = ""
    detail: str = ""


class GapReply(BaseModel):
    """What the gap-analysis model must return."""

    gaps: list[LlmGap] = Field(default_factory=list)


class LlmAnalyser:
    """Asks the model for gaps as JSON and merges them with the offline analyser's."""

    def __init__(self, model: ChatModel, offline: Analyser) -> None:
        self.model = model
        self.offline = offline
        self.name = f"llm:{model.name}"

    def analyse(self, ctx: InterviewContext, exchange: Exchange) -> GapAnalysis:
        """Offline gaps plus the model's verified ones; the offline result alone if it fails."""
        base = self.offline.analyse(ctx, exchange)
        answer = (exchange.answer or "").strip()
        if not answer or base.has("empty"):
            return base
        text = discussion(ctx, exchange)
        try:
            reply = self._ask(ctx, exchange, text)
        except ProviderError as e:
            signals = {**base.signals, "llm_error": e.message}
            return base.model_copy(update={"signals": signals})
        return merge_gaps(
            base, reply.gaps[:MAX_LLM_GAPS], text, exchange, source=f"{self.name}+offline"
        )

    def _ask(self, ctx: InterviewContext, exchange: Exchange, answer: str) -> GapReply:
        lang = ctx.lang
        slot = current_slot(ctx)
        claims: list[str] = []
        if ctx.resume is not None:
            projects = [p for p in ctx.resume.projects if slot and p.name == slot.project]
            metrics = [m for p in projects for m in p.metrics] or ctx.resume.metrics
            claims = [m.text for m in metrics[:8]]
        gap_list = "\n".join(f"- {g}: {gap_meaning(g, lang)}" for g in GAP_IDS if g != "empty")
        schema = json.dumps(GapReply.model_json_schema(), ensure_ascii=False)
        messages = [
            Message("system", render("gap_system", lang, gap_list=gap_list, schema=schema)),
            Message(
                "user",
                render(
                    "gap_user",
                    lang,
                    question=data_block("question", exchange.question),
                    claims=data_block("resume_claims", "\n".join(claims) or "-"),
                    answer=data_block("candidate_answer", answer[:8000]),
                ),
            ),
        ]
        return complete_json(
            self.model,
            messages,
            GapReply,
            purpose="analyse",
            session_id=ctx.session_id,
            lang=lang,
            max_tokens=600,
        )


def discussion(ctx: InterviewContext, exchange: Exchange) -> str:
    """The answer, or after a follow-up every answer since the main question (as the offline
    analyser judges it: a gap the main answer left open stays open until some answer fills it)."""
    answer = (exchange.answer or "").strip()
    if exchange.kind != "followup":
        return answer
    start = max(
        (i for i, e in enumerate(ctx.history) if e.kind in ("question", "opening")), default=0
    )
    parts = [e.answer.strip() for e in ctx.history[start:] if e.answer and e is not exchange]
    return "\n".join([*parts, answer])


def merge_gaps(
    base: GapAnalysis, proposed: list[LlmGap], answer: str, exchange: Exchange, source: str
) -> GapAnalysis:
    """Union of offline and model gaps: known ids only, model evidence kept only when it is in
    `answer` (the text analysed), the larger severity wins, blocking gaps first (the offline
    ordering rule)."""
    merged: dict[str, Gap] = {g.id: g for g in base.gaps}
    reanswer = bool(set(exchange.probes) & set(BLOCKING_ORDER[:3]))
    followup = exchange.kind == "followup" and not reanswer
    accepted: list[str] = []
    for g in proposed:
        if g.id not in GAP_IDS or g.id in DETERMINISTIC_ONLY:
            continue
        if followup and g.id in MAIN_ONLY:
            continue
        evidence = g.evidence.strip() if quote_in(answer, g.evidence) else ""
        if g.id in ("injection", "contradiction") and not evidence:
            continue  # these accuse the candidate: only with a real quote
        accepted.append(g.id)
        old = merged.get(g.id)
        if old is None:
            merged[g.id] = Gap(
                id=g.id,
                severity=round(g.severity, 3),
                evidence=evidence,
                detail=g.detail.strip()[:300],
            )
        else:
            merged[g.id] = old.model_copy(
                update={
                    "severity": max(old.severity, round(g.severity, 3)),
                    "evidence": old.evidence or evidence,
                    "detail": old.detail or g.detail[:300],
                }
            )
    blocking = {g: i for i, g in enumerate(BLOCKING_ORDER)}
    gaps = sorted(
        (g for g in merged.values() if g.severity > 0),
        key=lambda g: (blocking.get(g.id, len(blocking)), -g.severity),
    )
    signals = {**base.signals, "llm_gaps": accepted}
    return GapAnalysis(gaps=gaps, signals=signals, source=source)


# ---------------------------------------------------------------------- writer

_LABEL = re.compile(
    r"^\s*(?:[*#>]+\s*)?(?:interviewer|面试官|question|问题|q|follow-?up|追问)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"(?:^|\s)(?:\*\*)?(?:candidate|interviewee|answer|you|候选人|应聘者|回答|面试者)(?:\*\*)?\s*[:：]",
    re.IGNORECASE,
)
_QMARK = re.compile(r"[?？]")
_SENTENCE_END = re.compile(r"[.!?。！？]")
_HOLD = 14  # chars held back while streaming, so a role label split across chunks is caught
MAX_CHARS = {"zh": 220, "en": 480}


def clean_turn(text: str, kind: str, lang: str) -> tuple[str, bool]:
    """The interviewer turn within `text`: label and quotes stripped, cut after the first
    question (or before a role-play line, or at the length cap); and whether it was cut."""
    t = _LABEL.sub("", text.lstrip(), count=1).lstrip("\"“'「 ")
    cut, done = len(t), False
    role = _ROLE.search(t)
    if role and role.start() > 0:
        cut, done = role.start(), True
    if kind != "wrapup":
        q = _QMARK.search(t)
        if q and q.end() <= cut:
            cut, done = q.end(), True
    limit = MAX_CHARS["zh" if lang == "zh" else "en"]
    if cut > limit:
        ends = [m.end() for m in _SENTENCE_END.finditer(t, 0, limit)]
        cut, done = (ends[-1] if ends else limit), True
    return t[:cut], done


class LlmWriter:
    """Streams the model's wording of the chosen turn; the offline writer's text is its draft
    and its fallback when the model fails before saying anything."""

    def __init__(self, model: ChatModel, fallback: QuestionWriter) -> None:
        self.model = model
        self.fallback = fallback
        self.name = f"llm:{model.name}"

    def write(self, ctx: InterviewContext, action: NextAction) -> Iterator[str]:
        """Chunks of the turn. ProviderError before the first chunk → the offline text instead;
        after it → raised (the runner keeps everything stored; the UI offers retry/offline)."""
        draft = "".join(self.fallback.write(ctx, action)).strip()
        opening = _opening(ctx, action)
        if opening and draft.startswith(opening):
            # The persona's own opening words are kept verbatim; the model words the question.
            draft = draft[len(opening) :].strip()
            yield opening + "\n\n"
        messages = self._messages(ctx, action, draft)
        emitted = ""
        full = ""
        stream = self.model.stream(
            messages,
            purpose=f"write_{action.kind}",
            session_id=ctx.session_id,
            temperature=0.6,
            max_tokens=220,
        )
        try:
            for chunk in stream:
                full += chunk
                text, done = clean_turn(full, action.kind, ctx.lang)
                stable = text if done else text[:-_HOLD]
                if len(full.lstrip()) < _HOLD and not done:
                    stable = ""
                if stable.startswith(emitted) and len(stable) > len(emitted):
                    yield stable[len(emitted) :]
                    emitted = stable
                if done:
                    break
        except ProviderError:
            if emitted:
                raise
            yield draft
            return
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()
        text, _ = clean_turn(full, action.kind, ctx.lang)
        text = text.rstrip().rstrip("\"”'」").rstrip()
        if not text.strip() and not emitted:
            yield draft  # the model said nothing usable
        elif text.startswith(emitted) and len(text) > len(emitted):
            yield text[len(emitted) :]

    def _messages(self, ctx: InterviewContext, action: NextAction, draft: str) -> list[Message]:
        lang = ctx.lang
        persona = ctx.persona
        system = render(
            "interviewer_system",
            lang,
            persona_name=persona.name.get(lang),
            persona_description=persona.description.get(lang),
            tone=persona.tone.get(lang),
            persona_extra=persona.system_prompt.get(lang) if persona.system_prompt else "",
        )
        convo = []
        for ex in ctx.history[-4:]:
            convo.append(("面试官: " if lang == "zh" else "Interviewer: ") + ex.question)
            if ex.answer is not None:
                convo.append(("候选人: " if lang == "zh" else "Candidate: ") + ex.answer[:800])
        resume = ctx.resume.text[:3000] if ctx.resume and ctx.resume.text else "-"
        context = render(
            "interviewer_context",
            lang,
            resume=data_block("resume", resume),
            job=data_block("job_description", ctx.job_description[:1500] or "-"),
            conversation=data_block("conversation", "\n".join(convo) or "-"),
            asked="\n".join(f"- {neutralise(q)[:200]}" for q in ctx.asked[-10:]) or "-",
        )
        draft_block = data_block("draft", draft)
        if action.kind == "followup":
            probe = action.probe or "specificity"
            task = render(
                "write_followup",
                lang,
                probe=probe,
                probe_meaning=gap_meaning(probe, lang),
                detail=neutralise(action.detail),
                quote=data_block("candidate_quote", action.quote or "-"),
                draft=draft_block,
            )
        elif action.kind == "wrapup":
            task = render("write_wrapup", lang, draft=draft_block)
        else:
            topic_name = ""
            if ctx.plan is not None and action.slot is not None:
                topic = find_topic(ctx, ctx.plan.topics[action.slot].topic)
                topic_name = topic.name.get(lang) if topic else ctx.plan.topics[action.slot].topic
            task = render("write_question", lang, topic=topic_name, draft=draft_block)
        return [Message("system", system), Message("user", f"{context}\n\n{task}")]


def _opening(ctx: InterviewContext, action: NextAction) -> str:
    """The persona's opening words when this is the first question of the session, else ""."""
    if action.kind != "question" or action.slot != 0 or ctx.asked or ctx.plan is None:
        return ""
    from interviewer.engine.templates import safe_format

    return safe_format(ctx.persona.opening.get(ctx.lang), questions=len(ctx.plan.topics)).strip()
