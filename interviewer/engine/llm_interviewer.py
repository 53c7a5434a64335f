"""The LLM interviewer's two parts: a reader whose reading of each answer is primary, and a
writer that words (streaming) the turn the shared follow-up policy chose.

The model never decides what to ask next: the policy (engine/policy.py) does, from the Reading.
The model's reading (act, facts, gaps) is taken over the deterministic one, which only vetoes
(an empty answer, instructions to the interviewer) and verifies (every fact must quote the answer
exactly; numbers, and contradictions between numbers, come from the deterministic reading). The
candidate's résumé and answers reach the model only inside data blocks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, Field

from interviewer.engine.base import Exchange, InterviewContext, NextAction, QuestionWriter
from interviewer.engine.reader import Reader, current_slot, discussion, question_info
from interviewer.errors import ProviderError
from interviewer.llm.base import ChatModel, Message
from interviewer.llm.jsonio import complete_json
from interviewer.llm.prompts import data_block, gap_meaning, neutralise, render
from interviewer.reading import ACTS, FACT_KINDS, Fact, Reading, TopicMemory
from interviewer.schemas import GAP_IDS

#: Acts only the deterministic reader may decide (the model can be talked into anything).
VETO_ACTS = ("empty", "injection")
#: Gap ids the model may report (acts are the act's business, not gaps).
MODEL_GAPS = tuple(
    g for g in GAP_IDS if g not in ("empty", "offtopic", "injection", "stuck", "clarify", "refusal")
)
MAX_MODEL_GAPS = 4


class ModelFact(BaseModel):
    kind: str
    quote: str = ""


class ReadingReply(BaseModel):
    """What the reading model must return."""

    act: str = "answer"
    facts: list[ModelFact] = Field(default_factory=list)
    gaps: list[str] = Field(default_factory=list)


class LlmReader:
    """Asks the model to read the answer; the offline reader vetoes and verifies."""

    def __init__(self, model: ChatModel, offline: Reader) -> None:
        self.model = model
        self.offline = offline
        self.name = f"llm:{model.name}"
        self.last_error: str | None = None

    def read(
        self, ctx: InterviewContext, exchange: Exchange, memory: TopicMemory, key: Any = None
    ) -> Reading:
        """The model's reading, verified; the offline reading alone when the model fails."""
        self.last_error = None
        base = self.offline.read(ctx, exchange, memory, key)
        if base.act in VETO_ACTS:
            return base
        try:
            reply = self._ask(ctx, exchange, memory)
        except ProviderError as e:
            self.last_error = e.message
            return base
        return merge_reading(base, reply)

    def _ask(self, ctx: InterviewContext, exchange: Exchange, memory: TopicMemory) -> ReadingReply:
        lang = ctx.lang
        slot = current_slot(ctx)
        claims: list[str] = []
        if ctx.resume is not None:
            projects = [p for p in ctx.resume.projects if slot and p.name == slot.project]
            metrics = [m for p in projects for m in p.metrics] or ctx.resume.metrics
            claims = [m.text for m in metrics[:8]]
        same = [d for d in discussion(ctx, exchange) if d.same_question]
        earlier = "\n".join(f"Q: {d.question}\nA: {d.answer[:800]}" for d in same[-4:])
        q = question_info(ctx, exchange)
        gap_list = "\n".join(f"- {g}: {gap_meaning(g, lang)}" for g in MODEL_GAPS)
        schema = json.dumps(ReadingReply.model_json_schema(), ensure_ascii=False)
        messages = [
            Message(
                "system",
                render(
                    "reading_system",
                    lang,
                    acts=", ".join(ACTS),
                    fact_kinds=", ".join(FACT_KINDS),
                    gap_list=gap_list,
                    schema=schema,
                ),
            ),
            Message(
                "user",
                render(
                    "reading_user",
                    lang,
                    kind=q.kind,
                    question=data_block("question", exchange.question),
                    claims=data_block("resume_claims", "\n".join(claims) or "-"),
                    conversation=data_block("conversation", earlier or "-"),
                    established=established(memory),
                    answer=data_block("candidate_answer", (exchange.answer or "")[:8000]),
                ),
            ),
        ]
        return complete_json(
            self.model,
            messages,
            ReadingReply,
            purpose="read",
            session_id=ctx.session_id,
            lang=lang,
            max_tokens=700,
        )


def established(memory: TopicMemory | None) -> str:
    """What the discussion established, as plain lines for a prompt ("-" when nothing)."""
    if memory is None:
        return "-"
    lines = [
        f"- {kind}: {neutralise(' / '.join(v[-2:]))[:240]}" for kind, v in memory.facts.items() if v
    ]
    lines += [
        f"- {role}: {neutralise(', '.join(v[-3:]))[:120]}" for role, v in memory.roles.items() if v
    ]
    return "\n".join(lines) or "-"


def merge_reading(base: Reading, reply: ReadingReply) -> Reading:
    """The model's act, facts and gaps over the deterministic reading: facts only when they quote
    the answer exactly, known ids only; numbers, conflicts and injection spans stay the
    deterministic reader's."""
    text = base.text
    act = reply.act if reply.act in ACTS and reply.act not in VETO_ACTS else base.act
    facts: list[Fact] = []
    for f in reply.facts:
        quote = f.quote.strip()
        start = text.find(quote) if quote else -1
        if f.kind not in FACT_KINDS or start < 0:
            continue
        end = start + len(quote)
        sentence = next((i for i, s in enumerate(base.sentences) if s.start <= start < s.end), 0)
        facts.append(
            Fact(kind=f.kind, start=start, end=end, text=quote, sentence=sentence, cue="model")  # type: ignore[arg-type]
        )
    gaps = [g for g in dict.fromkeys(reply.gaps) if g in MODEL_GAPS][:MAX_MODEL_GAPS]
    if base.conflicts and "contradiction" not in gaps:
        gaps.insert(0, "contradiction")
    if act not in ("answer", "partial"):
        gaps = [g for g in gaps if g == "contradiction"]
    return base.model_copy(update={"act": act, "facts": facts or base.facts, "gaps": gaps})


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
        self.last_error: str | None = None
        """Set when the model failed before its first words and the draft was the turn."""

    def write(self, ctx: InterviewContext, action: NextAction) -> Iterator[str]:
        """Chunks of the turn. ProviderError before the first chunk → the offline text instead;
        after it → raised (the runner's FallbackAdapter words the turn again offline)."""
        self.last_error = None
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
        except ProviderError as e:
            if emitted:
                raise
            self.last_error = e.message
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
                established=established(ctx.memory),
                draft=draft_block,
            )
        elif action.kind == "wrapup":
            task = render("write_wrapup", lang, draft=draft_block)
        else:
            topic_name = ""
            if ctx.plan is not None and action.slot is not None:
                slot_topic = ctx.plan.topics[action.slot].topic
                topic = next((t for t in ctx.persona.topics if t.id == slot_topic), None)
                topic_name = topic.name.get(lang) if topic else ctx.plan.topics[action.slot].topic
            task = render("write_question", lang, topic=topic_name, draft=draft_block)
        return [Message("system", system), Message("user", f"{context}\n\n{task}")]


def _opening(ctx: InterviewContext, action: NextAction) -> str:
    """The persona's opening words when this is the first question of the session, else ""."""
    if action.kind != "question" or action.slot != 0 or ctx.asked or ctx.plan is None:
        return ""
    from interviewer.engine.templates import safe_format

    return safe_format(ctx.persona.opening.get(ctx.lang), questions=len(ctx.plan.topics)).strip()
