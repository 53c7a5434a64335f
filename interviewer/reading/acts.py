"""The act of an answer: answered, partly answered, stuck, asked back, drifted, refused...

Decided in one order: nothing said (empty), text for the grader (injection), "I won't say"
(refusal), a question put to the interviewer about the job instead of an answer (counter), a
question about the question (clarify), "I don't know" with or without reasoning
after it (partial / stuck), too far from the question (offtopic), else an answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from interviewer.reading.clauses import Clause
from interviewer.reading.model import COUNTER_ACT, Span
from interviewer.reading.relevance import OFFTOPIC_BELOW, terms_of
from interviewer.reading.text import CJK, sentence_spans, size
from interviewer.reading.tools import mentions
from interviewer.reading.vocab import require, vocab

require(
    "acts",
    "dont_know",
    "not_admission",
    "consequence",
    "thing_subject",
    "reasoning",
    "refusal",
    "clarify",
    "tentative",
    "closing_question",
    "filler_only",
    "backchannel",
    "bare_negative",
    "apology",
    "logistics",
    "turn",
    "elsewhere",
    "elliptic",
    "counter",
    "addressee",
    "clarify_meaning",
    "question_opener",
    "ask_verb",
    "interrogative",
    "knowing_negator",
    "knowing_adverb",
    "knowing_verb",
    "done_verb",
    "knowing_little",
    "done_base",
    "wish_to_know",
    "asks_what_meant",
    "not_mine",
    "guess",
    "recall_frame",
    "appraisal",
    "event_told",
    "people",
    "people_not_told",
    "acquaintance",
    "detail_scope",
    "vague_reference",
    "their_side",
    "asks_again",
    "defer_answer",
    "knowing_depth",
    "knowing_shallow",
)

#: Words (or Chinese characters / 2) of reasoning after an admission that make it `partial`.
PARTIAL_MIN = 8
#: ... when what is said outside the admission answers a part of the question in its own words.
PART_MIN = 2
#: What may be said beside a statement asking what the question means for it to be a clarification.
CLARIFY_REST_MAX = 10
#: Drift needs this much said: a few words are judged as too short, not as off-topic.
DRIFT_MIN = 5
#: Up to this much said, an answer sharing little with the question is drift only when it shows
#: where else it is (life, the job's terms, another topic): short vague and elliptical answers
#: ("Quarantined them. Fixed the worst ones later.", 中途需求变了，调整了一下，按时上了。) answer.
VAGUE_MAX = 16
#: ... in Chinese (characters / 2): a vague Chinese answer is terser.
VAGUE_MAX_ZH = 12
_WORDISH = re.compile(r"[A-Za-z0-9\u4e00-\u9fff]+")


def is_empty(text: str) -> bool:
    """Nothing but punctuation, fillers ("um", "嗯") and space."""
    rest = vocab()["acts.filler_only"].pattern
    stripped = rest.sub(" ", text) if rest else text
    return not _WORDISH.search(stripped)


def hesitation_only(text: str) -> bool:
    """Hesitation sounds with at most words of agreement between them and nothing else ("Um,
    hmm, uh... yeah...", 嗯……那个……对……): nothing said, unless a yes/no question was asked."""
    v = vocab()
    fill, agree = v["acts.filler_only"].pattern, v["acts.backchannel"].pattern
    if fill is None or agree is None or not fill.search(text):
        return False
    return not _WORDISH.search(agree.sub(" ", fill.sub(" ", text)))


def admissions(text: str, clauses: list[Clause]) -> list[Span]:
    """The "I don't know / 没接触过" clauses of the speaker (not "we didn't know then", not
    "I don't know if you've seen ...")."""
    dk, notk = vocab()["acts.dont_know"], vocab()["acts.not_admission"]
    nots = notk.spans(text)
    out: list[Span] = []
    # the composed pattern reads across clause cuts ("I am not | so familiar")
    composed_hits = [m.span() for m in _limited_knowing().finditer(text)]
    for c in clauses:
        found = [(m.start(), m.end(), False) for m in dk.finditer(c.text)]
        found += [
            (a - c.start, b - c.start, True) for a, b in composed_hits if c.start <= a < c.end
        ]
        for ms, me, composed in sorted(found):
            s, e = c.start + ms, c.start + me
            if any(a < e and s < b for a, b in nots):
                continue
            if _someone_else_before(c.text, ms) and not _speaker_before(c.text, ms):
                continue
            if composed and not _speaker_before(c.text, ms):
                continue  # "the index was not used": a thing not used, not the speaker not knowing
            before = re.split(r"[。.!?！？]", text[max(0, s - 24) : s])[-1]
            if vocab()["acts.consequence"].search(before):
                continue  # "不然每次改完都说不清楚好没好": what would happen otherwise
            if _asks_what_meant(_sentence_of(text, s)):
                continue  # "not sure whether you're asking about A or B": about the question
            start, end = _not_mine_around(
                text, clauses, c, max(_object_of_not_knowing(text, clauses, c), e)
            )
            out.append(Span(start=start, end=end, text=text[start:end]))
            break
    if out and counter_spans(text):
        # "我对你们公司了解不多，想先问问这个组负责什么？": not knowing THEM is why they are asked
        out = [a for a in out if not _about_their_side(text, clauses, a)]
        if not out:
            return out
    if not out and _all_not_mine(clauses):
        # "That piece predates me — the previous team built it and I inherited it as-is.":
        # told only whose it was, the answer is why one cannot know
        out.append(
            Span(
                start=clauses[0].start,
                end=clauses[-1].end,
                text=text[clauses[0].start : clauses[-1].end],
            )
        )
    return out


def _about_their_side(text: str, clauses: list[Clause], a: Span) -> bool:
    """The admission's clause names the interviewer's side (their company, team, role, what they
    do) as what the speaker does not know yet ("I don't know much about your company yet",
    你们是做什么的我其实还不太了解): said to explain a question put to them, it admits nothing about
    the asked thing."""
    c = next((c for c in clauses if c.start <= a.start < c.end), None)
    start, end = (min(c.start, a.start), max(c.end, a.end)) if c else (a.start, a.end)
    return vocab()["acts.their_side"].search(text[start:end]) is not None


def _whose_only(a: Span) -> bool:
    """The admission only tells whose the thing was ("the platform team did", 是外包团队做的), with
    no not-knowing in it: to a question whether the speaker did it, that is the answer."""
    v = vocab()
    return (
        v["acts.not_mine"].search(a.text) is not None and v["acts.dont_know"].search(a.text) is None
    )


def _all_not_mine(clauses: list[Clause]) -> bool:
    mine = vocab()["acts.not_mine"]
    told = [c for c in clauses if size(c.text) > 3]
    return bool(told) and all(mine.search(c.text) for c in told)


def _sentence_of(text: str, pos: int) -> str:
    return next((text[s:e] for s, e in sentence_spans(text) if s <= pos < e), "")


def _asks_what_meant(sentence: str) -> bool:
    """A statement of uncertainty about what the question means (not about the answer)."""
    return vocab()["acts.asks_what_meant"].search(sentence) is not None


def _not_mine_around(text: str, clauses: list[Clause], c: Clause, end: int) -> tuple[int, int]:
    """The admission with the clauses of its sentence next to it that say why one cannot know:
    someone else did or decided it, or it came before the speaker ("This was decided by my
    manager before I come, so I don't know the reason", 数据标注那块是外包团队负责的，我没有参与)."""
    mine = vocab()["acts.not_mine"]
    start = c.start
    same = [x for x in clauses if x.sentence == c.sentence]
    for x in reversed([x for x in same if x.end <= start]):
        if start - x.end > 3 or mine.search(x.text) is None:
            break
        start = x.start
    for x in [x for x in same if x.start >= end]:
        if x.start - end > 3 or mine.search(x.text) is None:
            break
        end = x.end
    return start, end


def meant_statements(text: str) -> list[str]:
    """Statements that ask what the question means, with two readings or a "which" ("I'm not
    sure whether you're asking about training cost or inference cost", 不太清楚您所指的是线上
    指标还是离线指标), or saying the question was not understood ("I'm not sure what you mean by
    that", "You lost me there", 我没太明白你的意思): questions about the question, said without
    a question mark. "I see what you mean" (no negation) understood it."""
    out = []
    for s, e in sentence_spans(text):
        sent = text[s:e].strip()
        if _is_question(sent) or not _asks_what_meant(sent):
            continue
        if _READINGS.search(sent) or _NOT_UNDERSTOOD.search(sent):
            out.append(sent)
    return out


#: Two readings or a "which" in a statement about the question.
_READINGS = re.compile(r"(?i)\bor\b|\bwhich\b|\bwhether\b|还是|哪")
#: A negation or being lost in a statement about the question: it was not understood.
_NOT_UNDERSTOOD = re.compile(
    r"(?i)\b(?:not|no|dont|didnt|cannot|unclear|lost|confused|confusing)\b|n't\b|不|没|未"
)


def _alternation(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _limited_knowing() -> re.Pattern[str]:
    """Not knowing told by its structure rather than a set phrase: a negation or a "little"
    word (knowing_negator), a few adverbs, then a verb of knowing ("I am not knowing", "not so
    familiar", 不甚清楚) or of having done or met the thing ("haven't actually done", "never
    really had a reason to look into", 没系统学过, 鲜有涉及); or the verb with how little after it
    (接触得不多, 了解有限, 研究得不深). Chinese verbs of doing need 过 after 不/没 (不用 is a choice,
    没用过 is not having used); whose not-knowing it is, is checked by the caller."""
    v = vocab()
    neg, adv = v["acts.knowing_negator"], v["acts.knowing_adverb"]
    know, done, little = v["acts.knowing_verb"], v["acts.done_verb"], v["acts.knowing_little"]
    en_neg = _alternation([w for w in neg.en if not w.startswith("'")])
    en_adv = _alternation(adv.en)
    en_verb = _alternation([*know.en, *done.en])
    zh_neg, zh_adv = _alternation(neg.zh), _alternation(adv.zh)
    zh_know, zh_done, zh_little = (
        _alternation(know.zh),
        _alternation(done.zh),
        _alternation(little.zh),
    )
    en_base = _alternation(v["acts.done_base"].en)
    en = (
        rf"(?:(?<![\w'])(?:{en_neg})|'m\s+not)(?:\s+(?:{en_adv}))*\s+"
        rf"(?:(?:{en_verb})|(?:had|got|needed)\s+(?:(?:a|any|the)\s+(?:reason|chance|need)\s+)?"
        rf"to\s+(?:{en_base}))(?![\w'])"
    )
    zh_depth = _alternation(v["acts.knowing_depth"].zh)
    zh = (
        rf"(?:{zh_neg})(?:{zh_adv})?(?:(?:{zh_know})(?!性)|(?:{zh_done})(?:过|到)|(?:(?<=[鲜很较甚未曾从])|(?<=鲜有))(?:{zh_done}))"
        rf"|(?:{zh_know}|{zh_done})(?:得|的)?(?:比较|很|非常|还|并|都)?(?:{zh_little})"
        # 了解得不太深, 研究得不是很深, 懂得不太透: how deep the knowing goes, negated
        rf"|(?:{zh_know}|{zh_done}|懂)得(?:{zh_neg})(?:是)?(?:{zh_adv})?(?:{zh_depth})"
    )
    shallow = v["acts.knowing_shallow"].pattern
    # across languages (code-mixed speech): a Chinese negation on an English verb of knowing
    # (不太 familiar) or of doing told as experienced with 过 (没 try 过, 没怎么 dig into 过), and an
    # English negation on a Chinese verb of knowing ("not 很清楚")
    en_did = _alternation([*done.en, *v["acts.done_base"].en])
    mixed = (
        rf"(?:{zh_neg})(?:{zh_adv})?\s*(?:(?:{_alternation(know.en)})(?![\w'])"
        rf"|(?:{en_did}|deep[\s-]?dive)(?:\s+[A-Za-z]+)?\s*过)"
        rf"|(?<![\w'])(?:{en_neg})(?:\s+(?:{en_adv}))*\s*(?:{zh_adv})?(?:{zh_know})"
    )
    told = rf"{en}|{zh}|{mixed}" + (f"|{shallow.pattern}" if shallow else "")
    return re.compile(told, re.IGNORECASE)


#: A clause opening with one of these after an admission says what was not known ("I wasn't
#: there | when the baseline was measured", "I don't know | how they split it"): its facts are
#: the object of the not-knowing, never told.
_OBJECT_OPENER = re.compile(
    r"(?i)^\s*(?:when|how|why|what|whether|if|where|who|which|之前|的时候|怎么|为什么|是不是)\b"
)


def _object_of_not_knowing(text: str, clauses: list[Clause], c: Clause) -> int:
    """Where an admission ends: its clause, and the clauses after it in the same sentence that
    open with a word asking what was not known."""
    end = c.end
    for nxt in clauses:
        if nxt.start < end or nxt.sentence != c.sentence:
            continue
        if nxt.start - end > 2 or not _OBJECT_OPENER.search(nxt.text):
            break
        end = nxt.end
    return end


def _someone_else_before(clause: str, pos: int) -> bool:
    """The team or someone else is the subject before the admission ("we didn't know then"),
    or a part of the system right before it ("the server doesn't know whether…", 服务端不知道)."""
    head = clause[:pos]
    v = vocab()
    return bool(
        v["facts.team_subject"].search(head)
        or v["facts.other_subject"].search(head)
        or v["acts.thing_subject"].search(head.rstrip())
    )


def _speaker_before(clause: str, pos: int) -> bool:
    head = clause[:pos]
    # lower-case "i" too: typed or transcribed speech ("honestly i dont remember")
    return bool(re.search(r"(?<![\w'])[Ii](?!\w)|我(?!们)|本人", head)) or not (
        head.strip(" ,，嗯呃um")
    )


def _rest_size(text: str, removed: list[Span]) -> int:
    pos, parts = 0, []
    for sp in sorted(removed, key=lambda s: s.start):
        parts.append(text[pos : sp.start])
        pos = max(pos, sp.end)
    parts.append(text[pos:])
    rest = " ".join(parts)
    fill = vocab()["acts.filler_only"].pattern
    return size(fill.sub(" ", rest) if fill else rest)


def _questions(text: str) -> list[str]:
    out = []
    for s, e in sentence_spans(text):
        sent = text[s:e].strip()
        if _TAG_QUESTION.search(sent):
            continue  # "..., you know?", "…，对吧？": said to keep the listener along
        if sent.endswith(("?", "？")) or re.search(r"[吗呢]\W*$", sent):
            out.append(sent)
    if not out and not _QUESTION_MARK.search(text):
        out = [s for s in _unpunctuated_asks(text)]
    return out


_QUESTION_MARK = re.compile(r"[?？]")


def _unpunctuated_asks(text: str) -> list[str]:
    """Speech recognised without question marks: the sentences that ask to hear the question
    again ("sorry you cut out can you say the question again") or, short, which of two readings
    it means (你是说离线评估还是线上的) are questions about the question all the same. A reading
    named and then answered ("If you mean the offline side: we kept 250 questions…") is no
    question."""
    v = vocab()
    return [
        sent
        for s, e in sentence_spans(text)
        if (sent := text[s:e].strip())
        and (
            v["acts.asks_again"].search(sent)
            or (
                v["acts.clarify_meaning"].search(sent)
                and _READINGS.search(sent)
                and size(sent) <= UNPUNCTUATED_READINGS_MAX
            )
        )
    ]


#: How long (words, or Chinese characters / 2) a sentence naming readings without a question
#: mark may be and still only ask which one is meant.
UNPUNCTUATED_READINGS_MAX = 16
#: Two readings joined ("for the positives or for the negatives", 离线的还是线上的).
_OFFERED = re.compile(r"(?i)\bor\b|还是")
#: A subject of the reply's own (someone doing or being something): a statement, not readings.
_OWN_SUBJECT = re.compile(
    r"(?i)(?<![\w'])(?:i|i'm|i've|i'd|we|we're|we've|it|it's|its|they|they're|he|she|there|"
    r"that's|this|was|were|is|are|did|had)(?![\w'])|我|咱|他|她|它|都|了"
)


_FIGURE_SAID = re.compile(
    r"(?i)\d|[两三四五六七八九十百千万]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|half|dozen|few|couple)\b"
)


def readings_offered(text: str, question: str) -> bool:
    """A short reply made of the question's own subject split into two readings ("sorry the
    labelling for the positives or for the negatives", 离线的还是线上的那个评估), with no subject
    of its own doing or being anything and no figure: it asks which reading is meant, with or
    without a question mark or a "do you mean". The same readings in a statement of what was
    done ("we labelled positives or negatives by hand") answer."""
    from interviewer.reading.relevance import terms_of

    fill = vocab()["acts.filler_only"].pattern
    rest = vocab()["acts.apology"].pattern
    said = fill.sub(" ", text) if fill else text
    said = rest.sub(" ", said) if rest else said
    if not _OFFERED.search(said) or size(said) > UNPUNCTUATED_READINGS_MAX:
        return False
    if _OFFERED.search(question) or len(sentence_spans(said.strip())) > 1:
        return False  # readings in the question's own words are picked from, not asked about
    if _FIGURE_SAID.search(said):
        return False  # "three or four epochs": a figure given as a range
    if _OWN_SUBJECT.search(said):
        return False
    return bool(terms_of(said, drop_generic=True) & terms_of(question, drop_generic=True))


_TAG_QUESTION = re.compile(
    r"(?i)[,，]\s*(?:you know|right|yeah|no|isn't it|don't you think|you see|对吧|是吧|你懂的|"
    r"懂吧|你知道吧)\s*[?？]$"
)
#: A short opening before the turn: an acknowledgement of the question, not an answer to it.
TURN_HEAD_MAX = 8


def turn_end(text: str) -> int | None:
    """Where the words of the turn end (the rest is what the answer turned to)."""
    m = vocab()["acts.turn"].search(text)
    if m is None or size(text[: m.start()]) > TURN_HEAD_MAX:
        return None
    return m.end()


def turn_at(text: str) -> int | None:
    """Where the answer turns away after a short nod to the question ("Ranking, right.
    Actually, ...", "评估的话……对了，..."); None when it does not."""
    m = vocab()["acts.turn"].search(text)
    if m is None or size(text[: m.start()]) > TURN_HEAD_MAX:
        return None
    return m.start()


def classify(
    text: str,
    graded: str,
    *,
    injected: bool,
    clauses: list[Clause],
    admitted: list[Span],
    relevance: float,
    closing: bool,
    substance: bool = False,
    yes_no: bool = False,
    elsewhere: bool = True,
    hedge: bool = False,
    turned: bool = False,
    part_given: bool = False,
    offered: bool = False,
) -> str:
    """The act of one answer (see module docstring for the order).

    `substance`: facts or numbers outside the admitted clauses (the part the candidate knows).
    `elsewhere`: the answer shows where else it is (life, views of the industry, another topic of
    the work, a turn away); a vague or elliptical answer that shares few words with the question
    but is about nothing else is an answer (graded thin), not drift.
    `hedge`: every sentence only says it depends; however long, that is a thin answer.
    `part_given`: outside the admission the answer says something of its own about the
    question (one part answered, another admitted): partial however short.
    `offered`: the reply only offers readings of the question's subject (`readings_offered`).
    `turned`: the answer opens by turning away ("Can I say something first?", 说到这个，): a
    question after that with no clarifying cue, far from the question, is no clarification.
    """
    if is_empty(graded) or (not yes_no and hesitation_only(graded)):
        return "injection" if injected else "empty"
    if yes_no and admitted and all(_whose_only(a) for a in admitted):
        admitted = []  # "Did you deploy it yourself?" — "No, the platform team did.": answered
    if injected:
        return "injection"
    said = size(graded)
    if vocab()["acts.refusal"].search(graded) and said <= 25 and not admitted:
        return "refusal"
    questions = _questions(graded)
    meant = [] if closing else meant_statements(graded)
    if meant and size(graded) - size(" ".join(meant)) <= CLARIFY_REST_MAX:
        return "clarify"  # "Unclear which part you mean — the API or the workers."
    if not closing and not admitted and _counter_only(graded, relevance):
        return (
            COUNTER_ACT  # "Before that — is this team remote-friendly?", 请问这个职位需要带人吗？
        )
    # "sorry the labelling for the positives or for the negatives": readings offered, no "?"
    clarifies = offered or (
        _clarifying(graded, questions, relevance, turned) if questions else False
    )
    if (questions or offered) and not closing and not admitted and clarifies:
        return "clarify"
    if questions and not closing and _elsewhere(graded, questions):
        return "offtopic"  # "嗯，评估的话……对了，年终奖一般发几个月？": a question about the job
    if not admitted and not closing and not yes_no and _bare_negative(graded):
        return "stuck"  # "Blank. Sorry.", "还是没有。": nothing to offer
    if admitted:
        rest = _rest_size(graded, admitted)
        reasons = substance or vocab()["acts.reasoning"].search(graded) is not None
        if part_given and rest >= PART_MIN:
            return "partial"  # "Left join: all left rows. Full outer — not sure."
        if _gist_told(graded, admitted):
            return "partial"  # "不太清楚，印象里是把 KV cache 按页管理，浪费少一些。"
        return (
            "partial" if rest >= PARTIAL_MIN and (reasons or rest >= 2 * PARTIAL_MIN) else "stuck"
        )
    if closing and questions:
        return "answer"
    vague_max = VAGUE_MAX_ZH if CJK.search(graded) else VAGUE_MAX
    if (
        relevance < OFFTOPIC_BELOW
        and said >= DRIFT_MIN
        and (elsewhere or (said > vague_max and not hedge))
    ):
        return "offtopic"
    return "answer"


#: Specific words the gist told after an admission must hold (not "it's quite complicated").
GIST_TERMS = 3
#: Techniques or tools a short gist names for it to tell the asked thing.
GIST_NAMED = 2
_CLAUSE_CUT = re.compile(r"[,，、;；:：—–]|\s-\s")
_ABOUT_SPEAKER = re.compile(
    r"(?i)(?<![\w'])(?:i|i'm|i've|i'd|me|my|we|we're|our|us)(?![\w'])|我|咱|本人"
)


def _gist_told(graded: str, admitted: list[Span]) -> bool:
    """After an admission, the asked thing told as the speaker recalls it — what it does, how it
    works — remembered, guessed or plainly stated ("Not sure. IIRC it tells you an item is
    definitely not in a set", 不太了解，就是跟 leader 保持同步的那些副本): a part known. What is
    outside the admission counts once questions back, apologies, fillers, the frame of recalling
    ("as far as I remember", 印象里) and words judging the thing ("a pretty deep topic", 挺复杂)
    are set aside, and clauses about the speaker ("it's been years since I touched it",
    我们项目没用过) or telling what happened and who was there ("the logs got deleted back then",
    相关的人都离职了) or only pointing at something unnamed ("something about memory") are dropped: more hedging, an apology, a question back, why one cannot
    know leave nothing."""
    v = vocab()
    pos, parts = 0, []
    for sp in sorted(admitted, key=lambda s: s.start):
        parts.append(graded[pos : sp.start])
        pos = max(pos, sp.end)
    parts.append(graded[pos:])
    kept = _told_clauses("。".join(parts))
    if v["facts.hedge"].search(" ".join(kept)):
        return False  # "it depends on load and hardware": a hedge, no gist
    gist = " ".join(kept)
    if _details_only(graded, admitted):
        # "好像是平方级别，具体怎么推的忘了", "AdamW. Don't recall the exact betas.": the asked
        # thing told first, however briefly, then only its details disclaimed. What follows a
        # disclaimer of details ("具体的记不清了，…") is read like any gist. Not told: what was
        # not done ("没看过源码"), the speaker's acquaintance (听说过) or a figure guessed
        # ("可能两三百个吧")
        told = [
            c
            for c in _told_clauses(parts[0])
            if not _NEGATED_CLAUSE.search(c)
            and not v["acts.acquaintance"].search(c)
            and not (v["acts.guess"].search(c) and _NUMERAL.search(c))
        ]
        back = v["acts.backchannel"].pattern
        first = " ".join(told)
        if terms_of(back.sub(" ", first) if back else first, drop_generic=True):
            return True
    terms = len(terms_of(gist, drop_generic=True))
    # a short clause dense with its own words is a statement too ("the finance team just sees
    # the invoice": seven words, five of them specific); Chinese terms are character pairs, so
    # density is read on words only
    dense = terms > GIST_TERMS + 1 and not CJK.search(gist)
    # ... and so is one naming the techniques or tools of the asked thing (印象中是做了蒸馏再量化到
    # INT8: two techniques named, however few characters)
    named = len(v["facts.term"].spans(gist)) + len(mentions(gist))
    return terms >= GIST_TERMS and (size(gist) >= PARTIAL_MIN or dense or named >= GIST_NAMED)


def _told_clauses(rest: str) -> list[str]:
    """The clauses of `rest` (what is said outside the admissions) that may tell the asked thing:
    questions back, frames of recalling, apologies, fillers and judgements of the topic set
    aside; clauses about the speaker, about past events, about who would know, or pointing at
    something unnamed dropped."""
    v = vocab()
    kept: list[str] = []
    for s, e in sentence_spans(rest):
        sent = rest[s:e].strip()
        if sent.endswith(("?", "？")) or re.search(r"[吗呢]\W*$", sent):
            continue  # a question back
        for name in ("acts.recall_frame", "acts.apology", "acts.filler_only", "acts.appraisal"):
            pat = v[name].pattern
            sent = pat.sub(" ", sent) if pat else sent
        kept += [
            c
            for c in _CLAUSE_CUT.split(sent)
            if not _ABOUT_SPEAKER.search(c)
            and not v["acts.event_told"].search(c)
            and not _who_would_know(c)
            and not v["acts.vague_reference"].search(c)
        ]
    return kept


def _who_would_know(clause: str) -> bool:
    """A clause naming a group of people who would know, whom to ask or whose the thing is ("the
    finance team would know better", "ask the data science folks", "the platform team handles
    that"): not what the asked party does. People named as the actors of the asked thing ("the
    finance team just sees the invoice") tell a gist."""
    v = vocab()
    return bool(v["acts.people"].search(clause) and v["acts.people_not_told"].search(clause))


#: A clause telling what was not done or is not so ("never looked at it closely", 没看过源码).
_NEGATED_CLAUSE = re.compile(
    r"(?i)(?<![\w'])(?:not|never|no|didn't|don't|haven't|hasn't|wasn't|isn't|can't|couldn't)(?![\w'])|[没未]|不(?!错)"
)


_NUMERAL = re.compile(
    r"(?i)\d|[一二两三四五六七八九十百千万几]|(?<![\w'])(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|couple|few|dozen)(?![\w'])"
)


def _details_only(graded: str, admitted: list[Span]) -> bool:
    """Every admission is limited to the details of the asked thing (the exact figures, the
    proof, 具体怎么推的), not the thing itself."""
    scope = vocab()["acts.detail_scope"]
    return all(
        any(
            not _hyphenated(graded, a.start + m.start(), a.start + m.end())
            for m in scope.finditer(a.text)
        )
        for a in admitted
    )


def _hyphenated(text: str, start: int, end: int) -> bool:
    """A word joined to another by a hyphen is part of a name ("exactly-once"), not that word."""
    return text[max(0, start - 1) : start] == "-" or text[end : end + 1] == "-"


def counter_spans(text: str) -> list[Span]:
    """The candidate's own questions put to the interviewer about the job, the team they would
    join, pay or the hiring process ("what's the salary band?", 咱们这边试用期多久？): they name
    what they ask about (pay, remote work, the hiring process; or a team, a stack, a manager as
    the interviewer's: you, here, this role, 咱们, "can I ask"), and do not ask what the question
    means (that is a clarification). Unpunctuated speech ("can i ask first how
    many rounds are left") is a question when it opens like one."""
    v = vocab()
    spans = []
    for s, e in sentence_spans(text):
        if _is_question(text[s:e]):
            spans.append((s, e))
        elif (inner := _embedded_question(text[s:e])) is not None:
            spans.append((s + inner, e))  # "…，我主要是想先问问，一周要去公司几天啊，因为…"
    if not spans and not _PUNCTUATED.search(text) and v["acts.question_opener"].search(text):
        spans = [(0, len(text))]
    out = []
    for s, e in spans:
        q = text[s:e]
        turn = v["acts.turn"].search(q)
        if turn is not None and not _ASKS.search(q[turn.end() :]):
            continue  # "Can I say something about remote work first?": asks leave to talk
        about_job = (
            v["acts.logistics"].search(q) is not None
            or (
                v["acts.counter"].search(q) is not None
                and v["acts.addressee"].search(q) is not None
            )
            # "can I ask what the growth path looks like on your side first?": put before the
            # answer and about their side, a question about the job whatever it names
            or (
                v["acts.defer_answer"].search(q) is not None
                and v["acts.their_side"].search(q) is not None
            )
        )  # pay or remote work is the job's whatever the words; a team or a stack only as theirs
        if about_job and not v["acts.clarify_meaning"].search(q):
            out.append(Span(start=s, end=e, text=q))
    return out


_PUNCTUATED = re.compile(r"[.?!。？！]")
_CLAUSE_END = re.compile(r"[,，;；:：—]")


def _embedded_question(sent: str) -> int | None:
    """Where a question told inside a statement starts: after an ask verb ("I wanted to check
    — is there a pager rotation here", 我是想先问问，一周要去公司几天啊，…) when the clause after it
    asks (an interrogative word); None otherwise."""
    v = vocab()
    m = v["acts.ask_verb"].search(sent)
    if m is not None:
        clauses = [c for c in _CLAUSE_END.split(sent[m.end() :]) if c.strip()][:2]
        # "wanted to check first — is there a pager rota": the ask may come a clause later
        if any(v["acts.interrogative"].search(c) for c in clauses):
            return m.start()
    # "I'd like to understand the on-call expectations for this role", 想先了解下…的值班安排:
    # the wish names what it asks about (the caller keeps it only when that is the job)
    w = v["acts.wish_to_know"].search(sent)
    return w.start() if w is not None and size(sent[w.end() :]) >= 2 else None


#: A clause that asks (after a turn such as "Speaking of teams," or 对了，).
_ASKS = re.compile(
    r"(?i)(?:^|[,，;:：—-]\s*|\b)(?:what|whats|what's|how|is|are|do|does|did|can|could|will|would"
    r"|when|where|who|which|any)\b[^.。]*[?？]?|[吗呢][？?]?\s*$|多少|几个|几轮|是不是|有没有|能不能|还是|问一下|请问"
)
#: What may be said around counter-questions for the answer still to be one ("Depends on my
#: mood. Anyway, …?", "I have a long commute, …"), unless it is far from the question anyway.
COUNTER_REST_MAX = 2 * TURN_HEAD_MAX


def _is_question(sent: str) -> bool:
    sent = sent.strip()
    if _TAG_QUESTION.search(sent):
        return False
    return sent.endswith(("?", "？")) or re.search(r"[吗呢]\W*$", sent) is not None


def _counter_only(text: str, relevance: float) -> bool:
    """The answer is counter-questions about the job, with little else or nothing on topic."""
    found = counter_spans(text)
    if not found:
        return False
    rest = size(text) - sum(size(s.text) for s in found)
    return rest <= COUNTER_REST_MAX or relevance < OFFTOPIC_BELOW


def _bare_negative(text: str) -> bool:
    """Only "nothing / blank / 没有" once fillers and apologies are set aside."""
    v = vocab()
    rest = text.lower()
    for name in ("acts.apology", "acts.filler_only"):
        pattern = v[name].pattern
        rest = pattern.sub(" ", rest) if pattern else rest
    rest = re.sub(r"[^\w\s']+", " ", rest)
    rest = re.sub(r"\s+", " ", rest).strip()
    bare = v["acts.bare_negative"].pattern
    return bool(rest and bare and bare.fullmatch(rest))


#: A question back this short is about the question whatever its words ("Sorry, which one?").
TINY_QUESTION = 4


def _elsewhere(text: str, questions: list[str]) -> bool:
    """The answer is mostly a question about the job, the process or life, with no
    clarifying cue (whatever the question's word it echoes first)."""
    asked = " ".join(questions)
    if vocab()["acts.clarify"].search(asked) or not vocab()["acts.logistics"].search(asked):
        return False
    return size(text) - size(asked) <= TURN_HEAD_MAX


def _declarative(question: str) -> bool:
    """A statement said with a rising end: in English, long enough to say something, opening
    with neither a question word, an auxiliary, a preposition or a pointer (the order of a
    statement: "Recall is like how many of the real positives we catch?"); in Chinese, no
    question particle or question word (召回率就是真正的正样本里找回来多少？). Neither offers two
    readings (or, 还是) nor speaks to the interviewer (you, 您)."""
    q = question.strip().rstrip("?？").strip()
    v = vocab()
    if _ALTERNATIVE.search(question) or v["acts.addressee"].search(q):
        return False
    if CJK.search(q):
        return size(q) >= _DECLARATIVE_MIN_ZH and _ZH_ASKS.search(q) is None
    words = q.split()
    clauses = [c for c in _CLAUSE_CUT.split(q) if c.strip()]  # "Not sure I follow — which set?"
    return (
        len(words) >= _DECLARATIVE_MIN
        and not any(_EN_ASKS.match(c) for c in clauses)
        and " or " not in q
    )


#: Words a statement said rising needs (English), characters / 2 (Chinese).
_DECLARATIVE_MIN = 5
_DECLARATIVE_MIN_ZH = 4
#: An English sentence opening like a question, a pointer or a scope ("Is that…", "For the
#: whole project…", "Sorry, which…", "You mean…").
_EN_ASKS = re.compile(
    r"(?i)^\W*(?:is|are|was|were|am|do|does|did|can|could|would|will|should|shall|have|has|had"
    r"|what|what's|whats|which|how|why|when|where|who|whom|whose|sorry|pardon|you|your|so|and"
    r"|or|for|in|on|at|during|the|this|that|these|those|like|just|only|meaning|as|per|any"
    r"|isn't|aren't|don't|doesn't|didn't|can't|won't|wouldn't|couldn't)\b"
)
#: Chinese question particles and question words (多少 and 几 are also indefinite: kept out).
_ZH_ASKS = re.compile(
    r"[吗呢嘛]|什么|哪|怎么|为什么|为啥|是不是|是否|有没有|能不能|谁|还是|指的|是指|您|你"
)


_ALTERNATIVE = re.compile(
    r"(?i)\b[\w-]+(?:\s+[\w-]+){0,4}\s+or\s+[\w-]+[^?]{0,40}\?|还是[^？?]{1,20}[？?]"
)


def _clarifying(text: str, questions: list[str], relevance: float, turned: bool = False) -> bool:
    """The answer is mostly a question about what was asked: a clarifying phrase, or a short
    question about the question's scenario. A question about the job, the process or life
    ("is this role remote?", "需要出差吗？") that shares nothing with the question is drift."""
    asked = " ".join(questions)
    statements = size(text) - size(asked)
    elsewhere = vocab()["acts.logistics"].search(asked) is not None
    cue = vocab()["acts.clarify"].search(asked) is not None or (
        not elsewhere and _ALTERNATIVE.search(asked) is not None
    )  # "p50 or p99?", "技术上的还是协调上的？": which of two readings of the question
    if not cue and elsewhere and relevance < OFFTOPIC_BELOW and size(asked) > TINY_QUESTION:
        return False
    if not cue and turned and relevance < OFFTOPIC_BELOW:
        return False  # "说到这个，我在考虑要不要买房……您觉得现在是好时机吗？": a question elsewhere
    if not cue and vocab()["acts.tentative"].search(asked) is not None:
        return False  # "Maybe I'd split by tenant?", 可能是分块存？: a guess said as a question
    if not cue and all(_declarative(q) for q in questions):
        return False  # "It spreads requests over several servers?": a statement said rising
    if statements <= 2 and size(asked) <= 25:
        return True
    if not cue:
        return False
    limit = 12 if not CJK.search(text) else 10
    return statements <= limit
