"""read_answer: one Reading of one answer, for the follow-up policy and the grader alike."""

from __future__ import annotations

import re
from typing import Any

from interviewer.reading import (
    acts,
    conflicts,
    facts,
    focus,
    memory,
    numbers,
    restated,
    roles,
    substance,
    tools,
)
from interviewer.reading.asked import stock_answer
from interviewer.reading.clauses import read_clauses
from interviewer.reading.discussed import about_other_project, project_lines
from interviewer.reading.injection import InjectionFinding, find_injection, remove_spans
from interviewer.reading.model import (
    Fact,
    KeyPointHit,
    KeyPointMisconception,
    KeyPoints,
    PriorExchange,
    Quantity,
    QuestionInfo,
    Reading,
    Span,
    TopicMemory,
)
from interviewer.reading.relevance import (
    DISTINCT_ASKS,
    LIFE,
    WORK_MARKS,
    WORK_TOPICS,
    asks_of,
    relevance,
    terms_of,
    topics_of,
)
from interviewer.reading.text import CJK, detect_lang, sentence_spans, size
from interviewer.reading.vocab import vocab
from interviewer.types import Resume

#: Up to this much said (words; Chinese: characters / 2), a first answer in words of its own
#: with a mark of the work answers its question (`own_words` in read_answer): a telegraphic
#: answer. Longer ones that share nothing with the question stay drift: on heldout, untouched1
#: and tuning, 9 words is the longest that reads no drift answer as an answer (Chinese: the
#: same ratio as acts.VAGUE_MAX_ZH to acts.VAGUE_MAX).
OWN_WORDS_MAX = 9
OWN_WORDS_MAX_ZH = 7
#: Longest answer read (characters); the rest is not read (the grader says so).
MAX_CHARS = 20_000


def read_answer(
    q: QuestionInfo,
    answer: str,
    *,
    discussion: list[PriorExchange] | None = None,
    resume: Resume | None = None,
    lang: str | None = None,
    key: Any = None,
    memory: TopicMemory | None = None,
    injection: InjectionFinding | None = None,
) -> Reading:
    """Read `answer` to question `q` once: act, relevance, facts, conflicts, gaps.

    `discussion` is the interview so far (earlier questions and answers; those of this question
    marked `same_question`), `memory` what this question's discussion has established before
    this answer, `key` the bank question when the question has an answer key. `injection` is
    `find_injection(answer)` when the caller (the grader) has already run it on the same text.
    """
    text = (answer or "")[:MAX_CHARS]
    discussion = discussion or []
    found = injection if injection is not None and text == answer else find_injection(text)
    inj = [_span(text, s, e) for s, e in found.spans]
    flat = [_span(text, s, e) for s, e in found.flattery]
    graded = remove_spans(text, found.spans) if inj else text
    language = lang if lang in ("zh", "en") else detect_lang(text)
    clauses = read_clauses(text)
    same = [d for d in discussion if d.same_question]
    quantities = numbers.extract(text, language)
    # bare figures restating the discussion's levels ("38 是移动平均的", "the 58"): those levels
    claims = conflicts.resume_claims(resume, q.project, text)
    known = restated.known_levels(
        [
            *(side.q for side in claims),
            *numbers.extract(q.text),
            *(x for d in same for x in numbers.extract(d.answer)),
        ]
    )
    quantities = restated.restated(text, quantities, known)
    fact_list = facts.find_facts(text, clauses, quantities)
    fact_list = [f for f in fact_list if not any(s.start < f.end and f.start < s.end for s in inj)]
    admitted = acts.admissions(text, clauses)
    closing = "closing" in asks_of(q.text) or q.kind == "closing"
    # the question the reply answers: after a content-free nudge ("take your time, roughly?",
    # 不要紧，慢慢来) the one it nudges; a reply to a nudge or to a probe pointing back at the last
    # answer ("where did each of those two numbers come from?", 这两个数各自是怎么来的？)
    # continues the discussion only when it speaks to it (its words or numbers, or what is asked)
    asked_text = nudged(q.text, same)
    refers = asked_text == q.text and refers_back(q.text, same)
    pointed = asked_text != q.text or refers
    context = " ".join(
        [*q.keywords, q.project or "", *(d.question for d in same), *(d.answer for d in same)]
    )
    concrete = any(f.kind in _CONCRETE for f in fact_list) or any(
        x.role not in ("incidental", "date", "other") for x in quantities
    )
    # a concrete answer to a question about a résumé project continues that project's
    # discussion only when it touches the project (its name, its topic's words, its résumé
    # lines): "my uncle worked in insurance for thirty years" is concrete, and elsewhere
    anchor = " ".join([*q.keywords, q.project or "", *project_lines(resume, q.project, text)])
    about_project = (
        _touches(graded, anchor, asked_text)
        or any(x.role in numbers.COMPARED_ROLES for x in quantities)  # "We ended at 78 percent."
        or not _names_elsewhere(graded)  # "We started in March and went live in December."
    )
    given = _given(fact_list, quantities, text)
    linked = not pointed or _speaks_to(graded, asked_text, same, given)
    if not linked and not refers and concrete and not _shows_elsewhere(graded):
        linked = True  # work told after a nudge, with no sign of being elsewhere: an attempt
    setting_only = focus.tells_only_setting(
        {f.kind for f in fact_list}, quantities, asks_of(asked_text)
    )
    rel = relevance(
        asked_text,
        graded,
        context=context,
        answer_kinds=given,
        closing=closing,
        story=q.kind in ("behavioral", "project")
        and any(f.kind in ("own_action", "team_action", "result") for f in fact_list),
        followup=(bool(same) or (q.kind == "project" and bool(q.project) and about_project))
        and concrete
        and linked,
        # a first answer is read against the question asked before it, too
        earlier=[] if same else [d.question for d in discussion if not d.same_question][-1:],
    )
    framed = focus.restated_at(asked_text, graded)
    if framed is not None and rel.life_share == 0 and _tells_work(graded[framed:]):
        # "最大的困难是标签不统一…" to 你遇到的最大困难是什么？: the question's subject named as the
        # answer's own, the rest telling the work in words of its own
        rel.score = max(rel.score, focus.RESTATED)
    if refers and not linked:  # the probe's referent is not spoken to: not an answer to it
        rel.score = min(rel.score, UNREFERRED)
    turned = acts.turn_at(graded)
    echo = None if turned is not None or closing else _echo_end(graded, asked_text)
    act_relevance = rel.score
    if turned is not None:  # "Ranking, right. Actually, the thing I keep thinking about is..."
        after = (
            acts.turn_end(graded) or turned
        )  # "说到合作，…": the echo is the nod, not the answer
        rest = relevance(asked_text, graded[after:], context=context, closing=closing)
        act_relevance = min(rel.score, rest.score)
        said_back = terms_of(graded[:after], drop_generic=True) & terms_of(
            asked_text, drop_generic=True
        )
        if (
            rest.score < TURN_KEEP
            and not said_back  # "说到评估，我们…" says the question's word back: an echo
            and not _touches(graded[after:], anchor, "")
            and not any(x.end > after for x in quantities)
        ):
            act_relevance = 0.0  # "Can I say something about remote work first? … better …"
    elif (
        echo is not None
        and not _touches(graded[echo:], anchor, asked_text, graded[:echo])
        and not any(x.end > echo for x in quantities)  # "So now it's, um, 25k": a figure
    ):
        # "Team, yeah, my team was great, we went bowling…", 评估啊，现在大模型圈子里…: the
        # question's word said back is the nod; the rest, touching neither the question nor the
        # project, is judged on its own
        rest_facts = [f for f in fact_list if f.start >= echo]
        rest = relevance(
            _without(asked_text, graded[:echo]),
            graded[echo:],
            context=context,
            answer_kinds=_given(rest_facts, [x for x in quantities if x.start >= echo]),
            closing=closing,
        )
        act_relevance = min(rel.score, rest.score)
        turned = echo
    # a short answer that shares little with the question is drift when it shows where else it
    # is; when it continues the discussion (a reply to a follow-up) or opens by pointing back at
    # the question ("Quarantined them.", 就是关于…), it is a vague answer
    # an answer that only says "it depends" (要看具体情况, "no silver bullet") answers the
    # question thinly: the interviewer asks for one concrete case, it does not redirect
    hedging = _hedges_only(graded)
    # a reply to a nudge or to a probe pointing back that does not speak to the discussion
    # continues nothing, however it opens ("这个项目后来还拿了奖…": the project, not the numbers)
    # a short first answer in words of its own ("Quarantine list, one retry.", 负样本降采样，再调
    # 权重) is an answer unless it shows where else it is or tells only the project's outcome or
    # set-up (focus.py): sharing no word with the question is no sign of drift when it is short
    own_words = (
        not same
        and not pointed
        and size(graded) <= (OWN_WORDS_MAX_ZH if CJK.search(graded) else OWN_WORDS_MAX)
        and not _shows_elsewhere(graded)
        and not stock_answer(asked_text, graded)  # a strength told for "how do you cope"
        and not setting_only
        and rel.elsewhere is None
        and _marks_work(graded, anchor, asked_text, fact_list, quantities)
    )
    continues = linked and (
        bool(same) or hedging or own_words or vocab()["acts.elliptic"].search(graded) is not None
    )
    elsewhere = (
        not continues
        or turned is not None
        or rel.life_share > 0
        or rel.elsewhere is not None
        or _names_elsewhere(graded)
    )
    act = acts.classify(
        text,
        graded,
        injected=bool(inj),
        clauses=clauses,
        admitted=admitted,
        relevance=act_relevance,
        closing=closing,
        substance=_known_part(fact_list, quantities, admitted),
        part_given=bool(admitted)
        and (
            _part_given(graded, admitted, asked_text)
            or _value_remembered(graded, admitted, quantities, asked_text)
        ),
        yes_no=asks_yes_no(asked_text),
        elsewhere=elsewhere,
        hedge=hedging,
        turned=turned is not None,
        offered=acts.readings_offered(graded, asked_text),
    )
    sentences = substance.read_sentences(
        text,
        facts=fact_list,
        quantities=quantities,
        injection=inj,
        flattery=flat,
        admission=admitted,
        earlier=[d.answer for d in same],
        on_topic=act != "offtopic",
    )
    earlier = conflicts.earlier_claims([(d.question, d.answer) for d in discussion])
    said = [x for x in quantities if not any(s.start < x.end and x.start < s.end for s in inj)]
    # A figure told about another project of the résumé is that project's, not the asked one's.
    said = [
        x for x in said if not about_other_project(resume, q.project, _sentence_at(text, x.start))
    ]
    # The project's name is a name, not a measure the question asks about ("Invoice Field
    # Extractor" does not make "how many examples?" a question about the résumé's "23 fields").
    unnamed = q.text.replace(q.project, " ") if q.project else q.text
    found_conflicts = conflicts.find_conflicts(text, said, claims, earlier, unnamed)
    pairs = [(d.question, d.answer) for d in discussion]
    found_conflicts += roles.role_conflicts(q.text, text, resume, q.project, pairs)
    found_conflicts += tools.tool_conflicts(q.text, text, resume, q.project)
    reading = Reading(
        act=act,  # type: ignore[arg-type]
        relevance=rel.score,
        relevance_evidence=rel.evidence,
        lang=language,  # type: ignore[arg-type]
        text=text,
        graded_text=graded,
        injection=inj,
        flattery=flat,
        admission=admitted,
        counter=[
            c
            for c in ([] if closing else acts.counter_spans(text))
            if not any(c.start < s.end and s.start < c.end for s in inj)
        ],
        sentences=sentences,
        quantities=quantities,
        facts=fact_list,
        conflicts=found_conflicts,
        key_points=_key_points(key, text, graded, language),
        given=_told(act, fact_list, quantities, text, admitted),
    )
    asked = set(q.asks) or _asked(q)
    mem = memory_after(q, reading, memory)
    reading.gaps = memory_gaps(q, reading, mem, asked)
    return reading


def memory_after(q: QuestionInfo, reading: Reading, mem: TopicMemory | None) -> TopicMemory:
    """The topic memory once this answer is remembered."""
    return memory.remember(mem, q, reading)


def memory_gaps(q: QuestionInfo, reading: Reading, mem: TopicMemory, asked: set[str]) -> list[str]:
    return memory.gaps(q, reading, mem, asked)


#: A question a bare "No." answers ("Did you consider X?", "有没有…", "…吗？").
_YES_NO = re.compile(
    r"^\s*(?:did|does|do|is|was|were|are|has|have|had|can|could|would|will|should)\b"
    r"|有没有|是不是|是否|(?:吗|(?<![什怎这那多要])么)[？?]?\s*$",  # 什么/怎么 ask no yes/no
    re.IGNORECASE,
)


def asks_yes_no(question: str) -> bool:
    """The question asks yes or no: it opens with an auxiliary or ends in 吗, or it is a
    statement said with a rising end and no question word ("所以是你定的阈值？", "The whole
    pipeline was yours?"), not a choice between readings ("离线还是线上？")."""
    if _YES_NO.search(question):
        return True
    q = question.strip()
    return q.endswith(("?", "？")) and _ASKS_WHAT.search(q) is None


#: Question words, choices and requests that ask for more than yes or no.
_ASKS_WHAT = re.compile(
    r"(?i)\b(?:what|what's|whats|how|why|which|who|whom|whose|when|where|or|tell|walk|describe"
    r"|explain|talk)\b|什么|怎么|为什么|为何|为啥|哪|谁|多少|几|如何|怎样|多久|多大|还是|讲讲|说说|介绍"
)
#: Facts that make a follow-up reply concrete (so it continues the discussion, not drifts).
_CONCRETE = frozenset(
    {
        "own_action",
        "team_action",
        "method",
        "alternative",
        "choice",
        "cost",
        "failure",
        "cause",
        "fix",
        "lesson",
        "mechanism",
        "result",
    }
)
_KNOWN = frozenset(
    {"mechanism", "method", "cause", "choice", "alternative", "own_action", "result"}
)


def _given(fact_list: list[Fact], quantities: list[Quantity], text: str = "") -> set[str]:
    """What the answer gives, in the names questions ask for (fact kinds, a number of the work,
    a result, the people on it, a setting's value: "max_num_seqs 从 64 调到 256")."""
    out: set[str] = {f.kind for f in fact_list}
    if text and any(conflicts.configured(text, x) for x in quantities):
        out.add("setting")
    work = [x for x in quantities if x.role not in ("incidental", "date")]
    if work:
        out.add("amount")
    if any(x.role in ("result", "intermediate", "baseline") for x in work):
        out.add("result")
    if any(x.role == "team_size" for x in work) or out & {"own_action", "team_action"}:
        out.add("team")
    return out


def _told(
    act: str, fact_list: list[Fact], quantities: list[Quantity], text: str, admitted: list[Span]
) -> list[str]:
    """Reading.given: what an answer (or the known part of a partial one) gives, in the names a
    question asks for and the roles of its numbers of the work; nothing for any other act."""
    if act not in ("answer", "partial"):
        return []

    def outside(start: int) -> bool:
        return not any(a.start <= start < a.end for a in admitted)

    kept_facts = [f for f in fact_list if outside(f.start) and f.kind != "question_back"]
    kept = [x for x in quantities if outside(x.start)]
    roles = {x.role for x in kept if x.role not in ("incidental", "date", "other")}
    roles |= {"baseline" for x in kept if x.baseline is not None}
    test = vocab()["numbers.test_cue"]
    if any(x.role == "count" and test.search(_sentence_at(text, x.start)) for x in kept):
        roles.add("sample_size")  # "固定的 500 条测试集": the set a figure was measured on
    return sorted(_given(kept_facts, kept, text) | roles)


def _known_part(fact_list: list[Fact], quantities: list[Quantity], admitted: list[Span]) -> bool:
    """Something concrete said outside the "I don't know" clauses."""

    def outside(start: int) -> bool:
        return not any(a.start <= start < a.end for a in admitted)

    return any(f.kind in _KNOWN and outside(f.start) for f in fact_list) or any(
        outside(q.start) and q.role not in ("incidental", "date") for q in quantities
    )


#: New words (beyond the question's) the part outside an admission must say to answer a part.
PART_NEW_TERMS = 2


def _part_given(graded: str, admitted: list[Span], question: str) -> bool:
    """One part of the question answered and another admitted: the sentence (or ；-clause) of
    the admission names a part of the question ("Full outer — not sure.", 消费端我记不清了), and
    another sentence speaks to a different part in words of its own ("Left join: all left
    rows.", 生产端 acks 设成 all). The question's words said back ("Stage 3? Not sure.") and a guess
    inside the admission's own sentence ("No idea, maybe it shards the data?") answer no part."""
    asked = _part_terms(question)
    unknown: set[str] = set()
    rest: set[str] = set()
    first = min(a.start for a in admitted)
    ahead: set[str] = set()  # said in sentences before the first admission
    for s, e in _PIECE.findall_spans(graded):
        words = _part_terms(graded[s:e])
        if any(a.start < e and s < a.end for a in admitted):
            unknown |= words & asked
        else:
            rest |= words
            if e <= first:
                ahead |= words
    if _own_work_after(graded, admitted, asked):
        return True
    told = (rest & asked) - unknown
    # "RDB 和 AOF。优缺点记不清了。": things of its own told first (what there is), then a part of
    # the question admitted; the question's words said back ("Stage 3? Not sure.") are not that
    listed = len(ahead - asked) >= PART_NEW_TERMS
    return bool(unknown) and (bool(told) or listed) and len(rest - asked) >= PART_NEW_TERMS


def _value_remembered(
    graded: str, admitted: list[Span], quantities: list[Quantity], question: str
) -> bool:
    """After the admission, a value told as remembered for something the answer names in its own
    words ("Don't remember much, it was LoRA with rank 8", 细节记不清了，只记得标了两万条): a part
    known. A guess ("maybe 2 or 3", 可能两三个吧) or a question back is not."""
    end = max(a.end for a in admitted)
    tail = graded[end:]
    if "?" in tail or "？" in tail or vocab()["acts.guess"].search(tail):
        return False
    about_me = _SPEAKER.search(tail) is not None  # "I joined two years ago": the speaker's
    told = [
        q
        for q in quantities
        if q.start >= end and q.role != "date" and not (q.role == "incidental" and about_me)
    ]
    named = {t for t in _part_terms(tail) if not t.isdigit()} - _part_terms(question)
    return bool(told) and bool(named)


def _own_work_after(graded: str, admitted: list[Span], asked: set[str]) -> bool:
    """After an admission scoped to a part, what the speaker or the team did, in words of its own
    ("I can't say much about the sharding, but we kept replicas in three zones", 监控那块我不熟，
    但是告警是我配的): the part they know, told however short. A guess ("but I think…"), a denial,
    or a reason after a whole admission ("I can't think of one, we mostly got along") is not."""
    if not any(_SCOPED.search(a.text) for a in admitted):
        return False  # "I can't think of a real disagreement, we mostly got along": none known
    tail = graded[max(a.end for a in admitted) :]
    clause = _OWN_CLAUSE.split(tail.lstrip(" ,，;；.。—-"), maxsplit=1)[0]
    clause = _CONTRAST.sub("", clause)
    v = vocab()
    if not (v["facts.team_subject"].search(clause) or _SPEAKER.search(clause)):
        return False
    if v["acts.reasoning"].search(clause) or _DENIED.search(clause):
        return False
    return len(_part_terms(tail) - asked) >= PART_NEW_TERMS


_OWN_CLAUSE = re.compile(r"[,，;；.。!?！？]")
#: An admission scoped to a part ("about the sharding", "the details", 这块, 细节).
_SCOPED = re.compile(
    r"(?i)\b(?:about|on|regarding|with)\s+(?:the|that|this|its|how)\b|\bthe\s+(?:details|exact|specific)"
    r"|这块|那块|这部分|那部分|这方面|那边|细节|具体"
)
_CONTRAST = re.compile(r"(?i)^\s*(?:but|though|however|still|不过|但是|但|可是|只是)\s*")
#: The speaker as the one who did it (not "I think", "I'd", 我觉得, 我猜).
_SPEAKER = re.compile(
    r"(?i)(?<![\w'])I(?!')(?!\s+(?:think|guess|believe|suppose|assume|would|might|don't|do not))\b"
    r"|我(?!们|觉得|猜|想|估计|认为|不|没)"
)
_DENIED = re.compile(r"(?i)\b(?:never|not|didn't|don't|no)\b|没|不|未")


def _part_terms(text: str) -> set[str]:
    """The words that name a part: content terms cut to a common stem (stage / stages), and the
    numbers and labels parts are told apart by ("stages 1 and 3")."""
    words = {t[:4] if t.isascii() and len(t) > 4 else t for t in terms_of(text, drop_generic=True)}
    return words | set(re.findall(r"(?<![\w.])\d+(?![\w.])", text))


class _Pieces:
    """Sentences, cut also at semicolons (生产端…；消费端…)."""

    def findall_spans(self, text: str) -> list[tuple[int, int]]:
        out = []
        for s, e in sentence_spans(text):
            pos = s
            for m in re.finditer(r"[;；]", text[s:e]):
                out.append((pos, s + m.end()))
                pos = s + m.end()
            if text[pos:e].strip():
                out.append((pos, e))
        return out


_PIECE = _Pieces()


def _asked(q: QuestionInfo) -> set[str]:
    out = asks_of(q.text)
    if "failure" in q.probes:
        out.add("failure")
    if q.kind == "motivation":
        out.add("motivation")
    return out


#: Most relevance of a reply to a probe pointing back at the last answer that speaks neither
#: to what it points at nor gives what it asks ("We also switched the OCR engine" to "where did
#: those two numbers come from?"): below the drift line.
UNREFERRED = 0.2
#: Specific words a question may keep besides its nudging words and still be a nudge.
NUDGE_LEFT = 1


def nudged(question: str, same: list[PriorExchange]) -> str:
    """The question a reply answers: `question` itself, or, when it is a content-free nudge
    made of encouragement and generic words ("No worries, take your time, roughly?", 没事，慢慢
    想), the latest question before it on this topic that is not one."""
    if not same or not _is_nudge(question):
        return question
    for d in reversed(same):
        if not _is_nudge(d.question):
            return d.question
    return question


def _is_nudge(question: str) -> bool:
    m = vocab()["questions.nudge"]
    if m.search(question) is None:
        return False
    rest = m.pattern.sub(" ", question) if m.pattern else question
    if topics_of(rest):  # "Sure — and what was the baseline?" asks something of its own
        return False
    return len(terms_of(rest, drop_generic=True)) <= NUDGE_LEFT and not asks_of(rest) - {
        "situation"
    }


def refers_back(question: str, same: list[PriorExchange]) -> bool:
    """The question points back at what the last answer on this topic said ("those two
    numbers", 这两个数, 这个 80)."""
    return bool(same) and vocab()["questions.referent"].search(question) is not None


_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def _speaks_to(reply: str, question: str, same: list[PriorExchange], given: set[str]) -> bool:
    """The reply takes up the discussion it continues: a specific word or a figure of the
    question or of this topic's earlier turns, or what the question asks for."""
    before = " ".join([question, *(f"{d.question} {d.answer}" for d in same)])
    if terms_of(reply, drop_generic=True) & terms_of(before, drop_generic=True):
        return True
    figures = {f.replace(",", "") for f in _FIGURE.findall(before)}
    if figures & {f.replace(",", "") for f in _FIGURE.findall(reply)}:
        return True
    if vocab()["questions.points_back"].search(reply) is not None:
        return True  # "This was their own check, not ours.", 都是线上统计的
    asked = asks_of(question)
    if "method" in asked and vocab()["questions.source"].search(reply) is not None:
        return True  # "The ops dashboard, averaged over a week each side." to "where from?"
    return bool(asked & given & DISTINCT_ASKS)


def _span(text: str, s: int, e: int) -> Span:
    return Span(start=s, end=e, text=text[s:e])


def _key_points(key: Any, text: str, graded: str, lang: str) -> KeyPoints | None:
    """The bank's detector on a keyed question (interfaces §3), run on what may be graded,
    its spans mapped back to the original answer; None without a key."""
    if key is None:
        return None
    from interviewer.bank import detect

    result = detect(key, graded, lang)

    def span(s: Any) -> dict[str, Any] | None:
        if s is None:
            return None
        start = s.start if graded == text else text.find(s.text)
        return None if start < 0 else {"start": start, "end": start + len(s.text), "text": s.text}

    return KeyPoints(
        question_id=result.question_id,
        hit=[KeyPointHit(id=h.id, span=span(h.span)) for h in result.hit],  # type: ignore[arg-type]
        missed=list(result.missed),
        contradicted=[KeyPointHit(id=h.id, span=span(h.span)) for h in result.contradicted],  # type: ignore[arg-type]
        misconceptions=[
            KeyPointMisconception(
                id=m.id,
                span=span(m.span),  # type: ignore[arg-type]
                correction=getattr(m.correction, lang, "") or str(m.correction),
            )
            for m in result.misconceptions
        ],
        coverage=result.coverage,
    )


#: After a turn away ("Can I say something first?", 说到这个，), the rest answers the question
#: only with this much relevance or a word of the question or the project beyond a common one.
TURN_KEEP = 0.6
#: The opening said back before a comma or particle ("Team, yeah,", "Cost is interesting,",
#: 分工这个嘛，, 评估啊，, 选择的话，): at most this many words (Chinese characters / 2).
ECHO_MAX = 4
_ECHO_CUT = re.compile(r"[,:]")


_NUMERAL = re.compile(
    r"(?i)\d|[一二两三四五六七八九十百千万半]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|half|dozen)\b"
)


def _echo_end(text: str, question: str) -> int | None:
    """Where an opening that only says a word of the question back ends, or None."""
    if CJK.search(text):
        return None  # 准确率的话，我们…: a Chinese answer names its topic first
    m = _ECHO_CUT.search(text.strip()[:24])
    if m is None or m.start() == 0:
        return None
    lead = len(text) - len(text.lstrip())
    head = text[lead : lead + m.start()]
    if size(head) > ECHO_MAX or _NUMERAL.search(head):
        return None
    if not terms_of(head, drop_generic=True) & terms_of(question, drop_generic=True):
        return None
    end = lead + m.end()
    rest = text[end:].lstrip(" ,，:：、")
    return len(text) - len(rest) if size(rest) >= acts.DRIFT_MIN else None


def _without(question: str, echo: str) -> str:
    """The question without the words the echo said back (they say nothing of the rest)."""
    said = terms_of(echo, drop_generic=True)
    out = re.sub(
        r"[A-Za-z][A-Za-z0-9+#-]{2,}",
        lambda m: " " if terms_of(m.group(), drop_generic=False) & said else m.group(),
        question,
    )
    for t in said:
        if not t.isascii():
            out = out.replace(t, " ")
    return out


def _touches(text: str, anchor: str, question: str, echo: str = "") -> bool:
    """The text shares a specific word with the project (its name, topic words, résumé lines)
    or with the question, other than the words of its `echo` said back."""
    mine = terms_of(text, drop_generic=True) - terms_of(echo, drop_generic=True)
    theirs = terms_of(anchor, drop_generic=True) | terms_of(question, drop_generic=True)
    return bool(mine & theirs)


def _marks_work(
    text: str, anchor: str, question: str, fact_list: list[Fact], quantities: list[Quantity]
) -> bool:
    """Some mark of the work in a short answer: a word of the question or the project, work
    words or topics, a named technique or tool, what was done or why (focus.CONTENT_FACTS), a number
    of the work. "我最近在学做菜，红烧肉做得还不错" has none: a short answer with no mark of the
    work stays drift whatever life words its vocabulary lacks."""
    return (
        _touches(text, anchor, question)
        or bool(topics_of(text) & WORK_TOPICS)
        or any(vocab()[f"concepts.{m}"].search(text) for m in WORK_MARKS)
        or any(f.kind in focus.CONTENT_FACTS or f.kind == "term_only" for f in fact_list)
        or any(x.role not in ("incidental", "date", "other") for x in quantities)
        or bool(tools.mentions(text))  # "All in pgvector, one table per tenant.": a named tool
    )


def _tells_work(text: str) -> bool:
    """The text tells the work: work words or topics, a named technique, what was done or why
    ("clock skew between the edge devices…", 标签不统一…, not 减肥，过年胖了五斤)."""
    found = facts.find_facts(text, read_clauses(text), numbers.extract(text))
    return (
        bool(topics_of(text) & WORK_TOPICS)
        or any(vocab()[f"concepts.{m}"].search(text) for m in WORK_MARKS)
        or any(f.kind in focus.CONTENT_FACTS or f.kind == "term_only" for f in found)
    )


def _hedges_only(text: str) -> bool:
    """Every sentence of the answer says it depends ("Depends on the use case. No universal
    rule.", 看情况，视具体情况而定。): a hedge about the question, not a turn elsewhere."""
    hedge = vocab()["facts.hedge"]
    said = [text[s:e] for s, e in sentence_spans(text) if size(text[s:e]) >= 2]
    return bool(said) and all(hedge.search(x) is not None for x in said)


def _shows_elsewhere(text: str) -> bool:
    """Signs an answer is somewhere else: life outside work, views of the industry, the job's
    terms, a turn away ("其实我更想聊聊我周末在做的一个游戏")."""
    return (
        _names_elsewhere(text)
        or acts.turn_at(text) is not None
        or any(vocab()[f"concepts.{d}"].search(text) for d in LIFE)
    )


def _names_elsewhere(text: str) -> bool:
    """Words of life outside the work, of the job's terms or of the interview itself ("remote or
    on-site", "hiring process"): the answer is somewhere else."""
    v = vocab()
    return any(
        v[name].search(text) is not None
        for name in ("concepts.personal", "concepts.commentary", "acts.logistics", "acts.elsewhere")
    )


def _sentence_at(text: str, at: int) -> str:
    """The sentence around `at`, up to the end of the clause holding it."""
    start, end = next(((s, e) for s, e in sentence_spans(text) if s <= at < e), (0, len(text)))
    cut = re.search(r"[,，;；]", text[at:end])
    return text[start : at + cut.start()] if cut else text[start:end]
