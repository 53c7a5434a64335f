"""How much an answer addresses its question (0..1), from shared concepts and words.

A question and an answer meet when they share a topic concept in either language ("召回"
meets "recall"), specific words of the question, or the answer gives what the question asks
for (a method to "how did you measure"). Work talk alone does not make an answer relevant: a
strong answer to another question shares none of these. Sentences living in another domain
(holidays, food, sport, family) pull the score down whatever numbers they carry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from interviewer.reading.text import CJK, sentence_spans
from interviewer.reading.vocab import Terms, require, vocab

TOPICS = (
    "retrieval",
    "evaluation",
    "latency",
    "cost",
    "training",
    "data",
    "agent",
    "serving",
    "hallucination",
    "people",
    "failure",
    "leadership",
    "pressure",
    "motivation",
    "plan",
    "salary",
    "strengths",
    "learning",
    "design",
    "model_internals",
    "improvement",
)
#: Topics of the work itself (an open question is answered by any of them).
WORK_TOPICS = frozenset(TOPICS) - {
    "people",
    "motivation",
    "plan",
    "salary",
    "strengths",
    "learning",
}
#: Question themes any account of one's own work can answer (an improvement, a leadership or
#: pressure story); others (a conflict, a failure, motivation...) need their own evidence.
OPEN_THEMES = frozenset({"improvement", "leadership", "pressure"})
#: Relevance of a first-person work story to an open question that shares nothing with it.
STORY_FLOOR = 0.4
LIFE = (
    "life_travel",
    "life_food",
    "life_sport",
    "life_home",
    "life_media",
    "life_weather",
    "life_social",
    "life_learning",
    "life_money",
)
#: What marks a sentence as talk about the work besides work words: the résumé's claims spoken
#: of, a share told as a figure ("smaller than the résumé says", 60% 出头).
WORK_MARKS = ("work", "resume_ref", "share_figure")
require("concepts", *TOPICS, *LIFE, *WORK_MARKS, "generic", "closing", "personal", "commentary")
ASKS = (
    "method",
    "own_action",
    "alternative",
    "choice",
    "cost",
    "failure",
    "lesson",
    "result",
    "mechanism",
    "motivation",
    "situation",
    "team",
    "closing",
    "amount",
    "plan",
    "setting",
)
require("questions", *(f"ask_{a}" for a in ASKS), "reason_cue", "plan_form")

#: Asks specific enough that giving them is strong evidence of answering (a method to "how
#: did you measure", a failure to "tell me about a failure"); the rest any work story gives.
DISTINCT_ASKS = frozenset(
    {
        "method",
        "failure",
        "alternative",
        "lesson",
        "motivation",
        "amount",
        "result",
        "team",
        "setting",
    }
)
#: Below this an answer that says something is drift (act `offtopic`).
OFFTOPIC_BELOW = 0.3
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#-]{2,}")


@dataclass
class Relevance:
    score: float
    evidence: list[str] = field(default_factory=list)
    topics: set[str] = field(default_factory=set)
    life_share: float = 0.0
    elsewhere: str | None = None
    """What the answer answers instead of its question: an earlier question of the interview,
    or another interview question (a stock answer, a pivot)."""


def _t(path: str) -> Terms:
    return vocab()[path]


def topics_of(text: str) -> set[str]:
    return set(_topics(text))


# The question comes back with every answer to it (and the grader reads it again): its topics,
# asks and words are read once per text.
@lru_cache(maxsize=4096)
def _topics(text: str) -> frozenset[str]:
    return frozenset(t for t in TOPICS if _t(f"concepts.{t}").search(text))


def asks_of(question: str) -> set[str]:
    """Fact kinds the question's words ask for."""
    return set(_asks(question))


@lru_cache(maxsize=4096)
def _asks(question: str) -> frozenset[str]:
    return frozenset(a for a in ASKS if _t(f"questions.ask_{a}").search(question))


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    w = word.lower()
    for suf in ("ations", "ation", "ings", "ing", "ers", "ies", "ied", "ed", "es", "er", "ly", "s"):
        if len(w) - len(suf) >= 4 and w.endswith(suf):
            return w[: len(w) - len(suf)][:6]
    return w[:6]


def terms_of(text: str, *, drop_generic: bool) -> set[str]:
    """Specific words: English stems and Chinese character pairs."""
    return set(_terms(text, drop_generic))


@lru_cache(maxsize=8192)
def _terms(text: str, drop_generic: bool) -> frozenset[str]:
    generic = _t("concepts.generic")
    out: set[str] = set()
    for m in _EN_WORD.finditer(text):
        if drop_generic and generic.pattern and generic.pattern.fullmatch(m.group()):
            continue
        out.add(_stem(m.group()))
    for run in re.findall(r"[\u4e00-\u9fff]+", text):
        if drop_generic:
            run = generic.pattern.sub("|", run) if generic.pattern else run
        for piece in run.split("|"):
            out.update(piece[i : i + 2] for i in range(len(piece) - 1))
    return frozenset(out)


def relevance(
    question: str,
    answer: str,
    *,
    context: str = "",
    answer_kinds: set[str] | None = None,
    closing: bool = False,
    story: bool = False,
    followup: bool = False,
    earlier: Sequence[str] = (),
) -> Relevance:
    """Score how much `answer` addresses `question` (`context`: topic words, earlier turns;
    `story`: the answer tells the candidate's own work, with actions; `followup`: a reply to a
    follow-up that says something concrete, which relates to the discussion it continues;
    `earlier`: the questions asked before this one, whose answers are answers to another
    question)."""
    q_topics = topics_of(question) | topics_of(context)
    a_topics = topics_of(answer)
    q_terms = terms_of(question, drop_generic=True)
    ctx_terms = terms_of(context, drop_generic=True)
    a_terms = terms_of(answer, drop_generic=False)
    asked = asks_of(question)
    shared_topics = q_topics & a_topics
    c = min(1.0, len(shared_topics) / max(1, min(2, len(q_topics)))) if q_topics else 0.0
    hit_q = q_terms & a_terms | _prefixed(q_terms, a_terms)
    t = min(1.0, len(hit_q) / max(1, min(3, len(q_terms)))) if q_terms else 0.0
    t_ctx = min(1.0, len(ctx_terms & a_terms) / 4) if ctx_terms else 0.0
    given = asked & (answer_kinds or set())
    a = 0.6 if given & DISTINCT_ASKS else 0.2 if given else 0.0
    if (
        "choice" in asked
        and "motivation" not in asked
        and _t("questions.reason_cue").search(answer)
    ):
        a = max(a, 0.6)  # reasons given to a "why"
    if "plan" in asked and _t("questions.plan_form").search(answer):
        a = max(a, 0.6)  # "I'd rewrite the ingestion layer" to "with three more months, what …?"
    score = 1 - (1 - 0.75 * c) * (1 - 0.6 * t) * (1 - 0.35 * t_ctx) * (1 - a)
    work = _t("concepts.work").search(answer) is not None
    if closing and ("?" in answer or "？" in answer or _t("concepts.closing").search(answer)):
        score = max(score, 0.8)
    if not q_topics and len(q_terms) <= 2:  # an open question: any account of work fits
        score = max(score, 0.7 if (story or a_topics & WORK_TOPICS) else 0.25 if work else 0.15)
    elif story and q_topics <= OPEN_THEMES:
        score = max(score, STORY_FLOOR)
    if followup:
        score = max(score, STORY_FLOOR)
    personal = _life_words(question) or _t("concepts.personal").search(question) is not None
    if personal and (_life_words(answer) or _t("concepts.personal").search(answer)):
        score = max(score, 0.7)
    views = personal or "motivation" in q_topics or "motivation" in asked
    life = 0.0 if personal else _life_share(answer, commentary=not views)
    score *= 1 - 0.85 * life
    evidence = sorted(_evidence(answer, shared_topics))[:6]
    # however much it tells of the same work, it tells what another question asked
    other = answers_other(question, earlier, answer, answer_kinds or set())
    if other is None and _figures_asked(question) and figure_share(answer) > FIGURE_MAIN:
        score = max(score, FIGURES_GIVEN)  # "About forty thousand, peaking near sixty…"
    stock = _stock(question, answer)
    if other is None and stock and (_decisive(stock) or score < STOCK_KEEP):
        # it declines this question for a topic the candidate prefers, or opens as the prepared
        # answer to another interview question and says little of this one
        other = "another question"
    elif other is None and stock is None and _stock_given(question, answer):
        score = max(score, STOCK_GIVEN)  # the prepared answer to this very question
    if other is not None:
        score = min(score, AWAY)
    return Relevance(round(max(0.0, min(1.0, score)), 3), evidence, a_topics, life, other)


#: How much better an answer must fit an earlier question than its own to be that question's
#: answer, and how little it may fit its own (fit: shared words and topics, what is asked and
#: given, times what the question-ask model leaves; no floor for telling work).
OTHER_MARGIN = 0.4
OWN_FIT_MAX = 0.3
#: The relevance left to an answer to another question of the interview.
AWAY = 0.15
#: Relevance from which an answer opening as a prepared answer to another question still
#: answers this one (it goes on to say what was asked in the question's own words).
STOCK_KEEP = 0.5


#: Relevance of an answer opening as the prepared answer the question asks for.
STOCK_GIVEN = 0.6


def _stock(question: str, answer: str) -> str | None:
    from interviewer.reading.asked import stock_kind

    return stock_kind(question, answer)


def _decisive(stock: str) -> bool:
    from interviewer.reading.asked import stock_decisive

    return stock_decisive(stock)


def _stock_given(question: str, answer: str) -> bool:
    from interviewer.reading.asked import stock_given

    return stock_given(question, answer)


def fit(question: str, answer: str, answer_kinds: set[str]) -> float:
    """How far `answer` answers `question` on its own words and asks alone: what the question
    asks (its object, its aspect: a reason, a method, a figure, a failure...) against what the
    answer tells, with no credit for being about the same work."""
    from interviewer.reading.asked import addressed

    lang = "zh" if CJK.search(answer) else "en"
    base = relevance(question, answer, answer_kinds=answer_kinds).score
    return base * addressed(question, answer, lang, answer_kinds).score


def answers_other(
    question: str, earlier: Sequence[str], answer: str, answer_kinds: set[str]
) -> str | None:
    """The earlier question `answer` answers instead of `question`, or None.

    A question asks for one aspect of an object (why Flink, how the data was cleaned, what went
    wrong); the question before it asked for another of the same work (how much data, which base
    model, how it was evaluated). An answer telling the aspect the earlier question asked — it
    fits that question clearly better than this one, and gives nothing this one asks that the
    earlier one did not — answers the earlier question, however many words of the project it
    shares: the interviewer's question is still open."""
    from interviewer.reading.asked import confirms

    if not earlier or confirms(question, answer):
        return None  # a yes or no to a yes/no question answers it, whatever it goes on to tell
    own = fit(question, answer, answer_kinds)
    if own >= OWN_FIT_MAX:
        return None
    new_asks = asks_of(question)
    for prev in earlier:
        if not prev.strip() or prev.strip() == question.strip():
            continue
        if (new_asks - asks_of(prev)) & answer_kinds:
            continue  # it gives what only this question asks
        if fit(prev, answer, answer_kinds) - own < OTHER_MARGIN:
            continue
        prev_only = asks_of(prev) - new_asks
        if prev_only and prev_only <= FIGURE_ASKS and figure_share(answer) <= FIGURE_MAIN:
            continue  # the earlier question asked a figure; this answer tells one in passing
        if _touches_ask(prev, question, answer, answer_kinds, words=False) and not _touches_ask(
            question, prev, answer, answer_kinds
        ):
            return prev
    return None


def _touches_ask(
    question: str, other: str, answer: str, answer_kinds: set[str], *, words: bool = True
) -> bool:
    """Whether the answer touches what `question` asks and `other` does not: a word or topic of
    its object the other question does not name, or a fact kind only it asks for (`words`
    False: its topic or fact kind only — an earlier question's object is often the thing both
    questions are about, its aspect is what it asked)."""
    q_terms = terms_of(question, drop_generic=True) - terms_of(other, drop_generic=True)
    a_terms = terms_of(answer, drop_generic=False)
    if words and (q_terms & a_terms or _prefixed(q_terms, a_terms)):
        return True
    if (topics_of(question) - topics_of(other)) & topics_of(answer):
        return True
    from interviewer.reading.asked import gives_family, question_ask

    kinds = question_ask(question).families - question_ask(other).families
    if any(gives_family(k, answer) for k in kinds):
        return True
    from interviewer.reading.asked import asks_how

    if asks_how(question) and not asks_how(other) and answer_kinds & ACTION_KINDS:
        return True  # steps told, in words of their own, to "how does it decide / is it done"
    return bool((asks_of(question) - asks_of(other)) & answer_kinds & DISTINCT_ASKS)


def figure_share(answer: str) -> float:
    """The share of the answer's clauses that carry a figure of the work (not a date, not an
    incidental number): how far it is an answer giving figures."""
    from interviewer.reading.numbers import extract

    lang = "zh" if CJK.search(answer) else "en"
    spans = [
        (x.start, x.end) for x in extract(answer, lang) if x.role not in ("incidental", "date")
    ]
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(answer) if m.group().strip()]
    if not clauses:
        return 0.0
    told = sum(1 for s, e in clauses if any(a < e and s < b for a, b in spans))
    return told / len(clauses)


#: Relevance of an answer giving, in most of its clauses, the figures its question asks for.
FIGURES_GIVEN = 0.6


def _figures_asked(question: str) -> bool:
    from interviewer.reading.asked import question_ask

    return bool(asks_of(question) & FIGURE_ASKS) or bool(question_ask(question).figure)


_CLAUSE = re.compile(r"[^,，;；。.!?！？、]+")
#: What a question asking for a figure asks (asks_of); an answer giving them gives them in most
#: of its clauses, a figure in passing ("… twenty thousand a day at peak") does not.
FIGURE_ASKS = frozenset({"amount", "result"})
FIGURE_MAIN = 0.5


#: What a question asking how something works or is done asks (reading.relevance.asks_of), and
#: the fact kinds of an answer telling the steps (what was done, how, what fixed it).
HOW_ASKS = frozenset({"mechanism", "method"})
ACTION_KINDS = frozenset({"own_action", "team_action", "method", "mechanism", "fix"})


def _prefixed(q_terms: set[str], a_terms: set[str]) -> set[str]:
    """Question words the answer says shortened or lengthened ("Mongo" for MongoDB, "Postgres"
    for PostgreSQL): English stems of five letters or more where one starts the other ("team"
    is no "teammate")."""
    out = set()
    for q in q_terms:
        if len(q) < 5 or not q.isascii():
            continue
        if any(
            len(a) >= 5 and a.isascii() and (q.startswith(a) or a.startswith(q)) for a in a_terms
        ):
            out.add(q)
    return out


def _life_words(text: str) -> bool:
    return any(_t(f"concepts.{d}").search(text) for d in LIFE)


def _life_share(answer: str, *, commentary: bool = True) -> float:
    """Share of the answer (by length) in sentences about life outside work (more life words
    than marks of the work), or (`commentary`) about the industry or society in general (a question about life outside work, or asking
    for a view, is exempt: see the caller)."""
    spans = sentence_spans(answer)
    if not spans:
        return 0.0
    total = off = 0
    for s, e in spans:
        sent = answer[s:e]
        n = len(CJK.findall(sent)) // 2 + len(sent.split())
        total += n
        life = sum(len(_t(f"concepts.{d}").spans(sent)) for d in LIFE)
        if commentary:
            life += len(_t("concepts.commentary").spans(sent))
        # a sentence is about life when its life words outnumber its marks of the work: the
        # project's figures and résumé claims keep "once the novelty wore off" at work
        if life and life > sum(len(_t(f"concepts.{m}").spans(sent)) for m in WORK_MARKS):
            off += n
    return off / total if total else 0.0


def _evidence(answer: str, shared: set[str]) -> set[str]:
    out = set()
    for topic in shared:
        m = _t(f"concepts.{topic}").search(answer)
        if m:
            out.add(m.group())
    return out
