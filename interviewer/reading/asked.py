"""What a question asks, and whether an answer gives it: the reading layer's model of a question's
focus, consumed by the reading's drift act (read.py, focus.py) and the grader's relevance gate
(interviewer/grading/relevance.py) alike — one model, one data file.

The reading layer scores how much an answer shares with its question (topics, words). A fluent,
specific answer to ANOTHER question shares plenty of work words, so the grader also models what
this question asks and checks the answer gives it:

- a question about what a thing is or how it works ("What is the CAP theorem?", 一致性哈希的原理)
  is not answered by an answer whose opening defines another thing ("ACID: atomicity…",
  "A memory leak is when…") and never names the question's subject;
- a question about the candidate's own part is not answered by how such work is usually split
  (no first-person action at all);
- a question about the future is not answered by the present job alone;
- "why X over Y" is not answered by an answer naming neither, and "why did you choose X" not by
  an account of X that gives no reason at all (no reason word, no comparison, no fact of a
  choice, constraint, cause, motive, alternative or cost);
- a question about how a named thing works, why it is so or what it is for (the CDN, Kafka, the
  GIL) is not answered by what the candidate does or did about the neighbouring problem (making
  a site faster, raising throughput) when that account never names the thing: the ask is a
  mechanism, the answer supplies a plan or a story (unless the candidate says they are unsure
  and reasons: an honest partial answer speaks in the first person too);
- a question asking for a figure (how long, how many people, how big, 多少, 多久) is not answered
  by a process, a design or a story that gives no number of the kind asked (a duration, a
  headcount, any figure; `figure_asks`);
- a question asking how two things differ ("A versus B", "how is A different from B", A 和 B 有什么
  区别) is not answered by an account of one of them that never names the other and sets nothing
  against anything (`sides`, `a_contrast`);
- a question asking for a kind of work (how it was tested, evaluated, monitored; a story of
  feedback, of a missed deadline, of a disagreement…) is not answered by an answer giving none
  of that kind's words (interviewer/data/grading/relevance.yaml, `families`).

Each check that fails lowers `score` (1: nothing says the answer misses the question). Word lists
are signals, not understanding: the checks only ever lower a score on a clear miss, and an answer
that says nothing recognisable either way keeps 1.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from interviewer.reading.vocab import Terms

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "grading" / "relevance.yaml"
LISTS = (
    "q_define",
    "q_why_thing",
    "q_design",
    "q_why_chose",
    "q_own_part",
    "q_future",
    "a_future",
    "a_own",
    "a_compare",
    "a_contrast",
    "subject_pronoun",
    "q_part",
    "q_yes_no",
    "a_confirm",
    "q_how",
)

#: What each failed check leaves of the answer's relevance (1 = addressed).
OTHER_SUBJECT = 0.15
"""Defines or explains another thing and never names the question's subject."""
NO_OWN_PART = 0.35
NOT_FUTURE = 0.3
OTHER_ASK = 0.4
#: An answer sharing less than this share of the question's words may be about its lead subject.
LEAD_SHARE = 0.25
"""Names none of the question's words (a paraphrase may do that; another answer often does)."""
"""Gives none of the words of the kind of work the question asks about."""
#: At or below this the answer is off the question (flag `offtopic`).
OFFTOPIC_AT = 0.2


class AskFamily(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    q: Terms
    """Words of a question asking for this kind of work."""
    a: Terms
    """Words an answer giving it uses."""


class FactAsk(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    q: Terms
    """Words of a question asking for this kind of story or reason."""
    facts: list[str]
    """Fact kinds of the reading layer, one of which an answer giving it has."""
    a: Terms = Terms()
    """Or words an answer giving it uses (the reading's fact lists do not know every way)."""


class StockAnswer(AskFamily):
    decisive: bool = False
    """Its opening alone puts the answer elsewhere, whatever it shares with the question (a
    pivot to another topic, a five-year plan); otherwise only an answer saying little of the
    question is elsewhere ("I'm a careful person, so before the cut-over I…" answers)."""


class RelevanceFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    lists: dict[str, Terms]
    families: dict[str, AskFamily]
    fact_asks: dict[str, FactAsk] = {}
    stock_answers: dict[str, StockAnswer] = {}
    """A stock answer to another interview question (`a`, in the opening) for a question that
    asks none of it (`q`)."""
    figure_asks: dict[str, AskFamily] = {}
    """A question asking for a figure (`q`), answered by a number of that kind (`a`); the first
    that matches the question decides (a duration before any figure)."""


@lru_cache(maxsize=1)
def _data() -> RelevanceFile:
    from interviewer.errors import DataFileError
    from interviewer.loader import validate_file

    data = validate_file(DATA_FILE, RelevanceFile)
    missing = [name for name in LISTS if name not in data.lists]
    if missing:
        raise DataFileError(DATA_FILE, f"lacks the lists {missing}", "add them", field="lists")
    return data


_EN = re.compile(r"[A-Za-z][A-Za-z0-9+#-]*")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_STOP_EN = frozenset(
    """a an the and or of to in on for with by at as is are was were be been it its this that
    what whats what's which who how why when where do does did you your yours we our they i me my
    can could would should will about tell me explain describe walk through between difference
    differ define meaning work works working happen happens there their them if so not any some
    more most very just into from also use used using vs versus than then care cares one ok""".split()
)
#: Question words of Chinese questions that name no subject.
_ZH_FRAME = re.compile(
    r"是什么|是啥|什么是|啥是|原理|做什么的|干什么的|有什么区别|什么区别|区别是什么|有啥区别|讲一下"
    r"|解释一下|怎么工作|如何工作|为什么|为啥|怎么|如何|哪些|什么|你们|你的|你|我们|一下|要做|能让"
    r"|的|了|吗|呢|和|与|是|做|要"
)
#: 以后 "later on" asks of the candidate's future where it opens a clause or follows the person
#: ("你以后想…", "以后三五年…"); where it closes a clause after an event ("上线以后，…") it dates
#: something that already happened.
_ZH_LATER = re.compile(r"(?:^|[，。？！,;；\s]|你|我|自己)以后(?![，,])")
_SENTENCE = re.compile(r"[^.!?。！？\n]+")
_FILLER_EN = re.compile(
    r"^(?:\s|,|\b(?:so|um+|uh+|er+|well|like|okay|ok|right|yeah|basically|honestly|look)\b)*",
    re.IGNORECASE,
)
_FILLER_ZH = re.compile(r"^(?:\s|，|,|嗯+|呃+|啊|那个|所以|其实|对于|关于|说到)*")
_LEAD_EN = (
    re.compile(
        r"^(?:for|with|in|on|about|regarding|as for)\s+(?P<s>[^,.;:]{2,40}?)\s*(?:,|\s(?:i|we|you)\b)",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<s>[A-Za-z][\w/+ -]{1,40}?)\s*(?:\b(?:is|are)\s+(?:when|where|what|how|basically|just|simply|a|an|the)\b"
        r"|\bmeans\b|\brefers to\b|=|:|—|–)",
        re.IGNORECASE,
    ),
)
_LEAD_ZH = (
    re.compile(r"^(?P<s>[^，。：:,=我]{2,14}?)\s*(?:就是|是指|指的是|=|：|:)"),
    # a bare 是 defines only after a name ("Python 的内存主要是…"), else it is any statement
    re.compile(r"^(?P<s>[^，。：:,=我]*[A-Za-z][^，。：:,=我]{0,10}?)\s*(?:主要)?是"),
    re.compile(r"^(?P<s>[^，。：:,=我]{2,12}?)(?:的话|这块|方面|问题)?[，,]?\s*我"),
)


def _en_key(word: str) -> str:
    w = word.lower()
    for suffix in ("ations", "ation", "ings", "ing", "ers", "ies", "ed", "es", "er", "s"):
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return w[:5]


def _terms(text: str) -> set[str]:
    """Specific words: English word prefixes and Chinese character pairs."""
    out = {_en_key(w) for w in _EN.findall(text) if w.lower() not in _STOP_EN and len(w) >= 3}
    for run in _CJK_RUN.findall(text):
        for piece in _ZH_FRAME.split(run):
            out.update(piece[i : i + 2] for i in range(len(piece) - 1))
    return out


def _names(text: str) -> set[str]:
    """Names in a question (PostgreSQL, MongoDB, CDN, Java; any Latin word of a Chinese
    question): what a choice is between, what a question is about. Six-letter prefixes, so
    "Postgres" meets "PostgreSQL"."""
    zh = bool(_CJK_RUN.search(text))
    out = set()
    for i, m in enumerate(_EN.finditer(text)):
        w = m.group()
        if len(w) < 2 or w.lower() in _STOP_EN:
            continue
        named = any(c.isupper() for c in w[1:]) or (w[0].isupper() and i > 0) or w.isupper()
        if zh or named:
            out.add(w.lower()[:6])
    return out


@dataclass(frozen=True)
class QuestionAsk:
    """What a question asks, read once per question."""

    define: bool
    own_part: bool
    future: bool
    terms: frozenset[str]
    names: frozenset[str]
    """Names the question is about (CDN, Java, PostgreSQL)."""
    choice: frozenset[str]
    """Names a "why X over Y" question chooses between (empty when it is no such question)."""
    families: frozenset[str]
    alternatives: frozenset[str] = frozenset()
    """Of `choice`, the ones not chosen (named after "over", "instead of", 而不是)."""
    fact_asks: frozenset[str] = frozenset()
    thing: bool = False
    """It asks how a thing named in it works, why it is so or what it is for (not about you)."""
    why_chose: bool = False
    """It asks the candidate's reason for choosing a thing ("why did you pick X")."""
    figure: str = ""
    """The kind of figure it asks for (duration, headcount, figure), "" when it asks none."""
    sides: tuple[frozenset[str], frozenset[str]] | None = None
    """The words only each side of a "how do A and B differ" question names (None: no such ask)."""

    @property
    def asks_checkable(self) -> bool:
        """Whether it asks something `addressed` checks an answer for (an own part, a plan, a kind
        of story or reason, a figure, a reason for a choice, a comparison); a question asking none
        of these is read only by the words it shares with the answer."""
        return bool(
            self.own_part
            or self.future
            or self.families
            or self.fact_asks
            or self.figure
            or self.why_chose
            or self.alternatives
            or self.sides is not None
        )


_CHOICE = re.compile(
    r"\b(?:over|instead of|rather than|versus|vs\.?|or)\b|而不是|而不用|还是|而非|不用|不选|没用|没选|没有用|没有选",
    re.IGNORECASE,
)
_WHY = re.compile(
    r"\bwhy\b|\bwhat made you\b|\bhow come\b|为什么|为啥|怎么选|选择|怎么就|咋就|怎么会选",
    re.IGNORECASE,
)


#: "How do A and B differ": the two sides, in the ways questions put a comparison.
_SIDES_EN = (
    re.compile(r"difference(?:s)?\s+between\s+(?P<a>.+?)\s+and\s+(?P<b>[^?,.;:]+)", re.IGNORECASE),
    re.compile(
        r"(?P<a>[^?,.;:]+?)\s+(?:is\s+|are\s+)?(?:different|differs?)\s+from\s+(?P<b>[^?,.;:]+)",
        re.IGNORECASE,
    ),
    re.compile(r"how\s+(?:do|does)\s+(?P<a>.+?)\s+and\s+(?P<b>[^?]+?)\s+differ", re.IGNORECASE),
    re.compile(r"(?P<a>[^?,.;:]+?)\s+(?:versus|vs\.?)\s+(?P<b>[^?,.;:]+)", re.IGNORECASE),
)
_SIDES_ZH = re.compile(
    r"(?P<a>[^，,。？?；;：:]+?)\s*(?:和|跟|与|同|及|对比|vs\.?|VS)\s*(?P<b>[^，,。？?；;：:]+?)\s*(?:之间)?"
    r"(?:有什么|有啥|有哪些|的|在哪些方面|在哪)?(?:区别|不同|不一样|差别|差异|异同)"
)
_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]*\d+[A-Za-z]*(?![A-Za-z0-9])")


def _side_terms(text: str) -> set[str]:
    """What names one side of a comparison: its specific words and tokens such as L1, 401, P99."""
    return _terms(text) | {t.lower() for t in _TOKEN.findall(text)}


def _sides(question: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words only each side of a comparison the question asks for names, or None."""
    m = _SIDES_ZH.search(question) if _CJK_RUN.search(question) else None
    for pattern in () if m else _SIDES_EN:
        m = pattern.search(question)
        if m:
            break
    if m is None:
        return None
    a, b = _side_terms(m.group("a")), _side_terms(m.group("b"))
    only_a, only_b = a - b, b - a
    if not only_a or not only_b:
        return None
    return frozenset(only_a), frozenset(only_b)


@lru_cache(maxsize=2048)
def question_ask(question: str) -> QuestionAsk:
    data = _data()
    lists = data.lists
    names = _names(question)
    choice = names if _WHY.search(question) and _CHOICE.search(question) else set()
    alternatives: set[str] = set()
    if choice:
        m = _CHOICE.search(question)
        tail = question[m.end() :] if m else ""
        # a word before the tail, so its first name counts as mid-sentence (capitalised)
        alternatives = {n[:5] for n in _names("the " + tail)}
        alternatives &= {n[:5] for n in choice}
    return QuestionAsk(
        define=lists["q_define"].search(question) is not None
        or lists["q_design"].search(question) is not None,
        own_part=lists["q_own_part"].search(question) is not None,
        future=lists["q_future"].search(question) is not None
        or _ZH_LATER.search(question) is not None,
        terms=frozenset(_terms(question)),
        names=frozenset(names),
        choice=frozenset(choice),
        families=frozenset(n for n, f in data.families.items() if f.q.search(question)),
        alternatives=frozenset(alternatives),
        fact_asks=frozenset(n for n, f in data.fact_asks.items() if f.q.search(question)),
        why_chose=lists["q_why_chose"].search(question) is not None,
        figure=next((n for n, f in data.figure_asks.items() if f.q.search(question)), ""),
        sides=_sides(question),
        thing=bool(names)
        and (
            lists["q_define"].search(question) is not None
            or lists["q_why_thing"].search(question) is not None
        ),
    )


#: Where a question's clauses part: each clause with an asking word (`q_part`) is one part.
_CLAUSE_CUT = re.compile(r"[,，;；?？。:：!！]|\s+and\s+|\s+or\s+|以及|并且|另外")
#: Misses of one thing a question asks; the others are misses of the whole answer (another
#: subject, a stock answer to another question, a plan where a mechanism was asked).
PART_MISSES = frozenset({"no_figure", "no_own_part", "not_future", "no_reason", "other_ask"})


@lru_cache(maxsize=2048)
def question_clauses(question: str) -> tuple[str, ...]:
    """The clauses of a question that each ask something (an asking word, `q_part`)."""
    asking = _data().lists["q_part"]
    return tuple(c for c in _CLAUSE_CUT.split(question) if asking.search(c))


@dataclass
class Addressed:
    score: float = 1.0
    misses: list[str] = field(default_factory=list)
    """Which checks failed: other_subject, own_not_thing, no_own_part, not_future, no_choice,
    no_reason, no_figure, other_ask."""
    partial: bool = False
    """The misses leave out some of the things a question asks and answer the rest ("how many
    people, and which part was yours" told only the part): the answer is on the ask."""

    @property
    def offtopic(self) -> bool:
        return self.score <= OFFTOPIC_AT


def lead_subject(answer: str, lang: str) -> str:
    """What the answer's first sentence sets out to define or talk about ("A memory leak" in
    "A memory leak is when…", "caching" in "For caching I prefer…"), or "" when it opens on a
    pronoun, a condition or straight into the explanation."""
    first = _SENTENCE.search(answer)
    if first is None:
        return ""
    s = first.group().strip()
    pron = _data().lists["subject_pronoun"]
    for filler, leads in ((_FILLER_EN, _LEAD_EN), (_FILLER_ZH, _LEAD_ZH)):
        head = s[filler.match(s).end() :] if filler.match(s) else s  # type: ignore[union-attr]
        for lead in leads:
            m = lead.match(head)
            if m is None:
                continue
            subject = m.group("s").strip()
            opener = pron.search(subject)
            if opener is not None and opener.start() == 0:
                return ""
            return subject
    del lang
    return ""


def _other_subject(ask: QuestionAsk, subject: str, shared: frozenset[str] | set[str]) -> bool:
    """Whether an answer opening on `subject` (which shares no word with the question) sets out
    to explain another thing: it shares (almost) nothing else with the question, or it names
    another thing where the question named one ("in Python, …" for a question about Java)."""
    latin_only = not _CJK_RUN.search(subject)
    if latin_only and not ask.names and any(_CJK_RUN.search(t) for t in ask.terms):
        return False  # an English term opening a Chinese answer ("data parallel 就是…")
    if len(shared) < LEAD_SHARE * len(ask.terms):
        return True
    return (
        bool(ask.names) and bool(_names(" " + subject)) and not (_names(" " + subject) & ask.names)
    )


def addressed(
    question: str,
    answer: str,
    lang: str,
    facts: Collection[str] | None = None,
    *,
    honest: bool = False,
    whole: bool = True,
) -> Addressed:
    """How far `answer` gives what `question` asks (1: no sign it answers something else).
    `facts`: the fact kinds the reading layer found in the answer (None: not read); `honest`:
    the answer admits not knowing and reasons (its first person is no plan or story)."""
    ask = question_ask(question)
    data = _data()
    lists = data.lists
    out = Addressed()
    a_terms = _terms(answer)

    def miss(name: str, score: float) -> None:
        out.misses.append(name)
        out.score = min(out.score, score)

    low = answer.lower()
    if ask.define and ask.terms:
        shared = ask.terms & a_terms
        named = not ask.names or any(n in low for n in ask.names)
        del named  # naming nothing of the question is no miss: a short answer seldom repeats it
        subject = lead_subject(answer, lang)
        named_terms = _terms(subject) if subject else set()
        # a subject of digits or stop words ("401:") names nothing to compare
        if named_terms and not (named_terms & ask.terms) and _other_subject(ask, subject, shared):
            miss("other_subject", OTHER_SUBJECT)
    if (
        ask.thing
        and not honest
        and not any(n in low for n in ask.names)
        and lists["a_own"].search(answer) is not None
    ):
        # a mechanism asked about a named thing, a first-person plan or story given that never
        # names it: the answer to "what would you do about <the neighbouring problem>"
        miss("own_not_thing", OTHER_ASK)
    if ask.own_part and lists["a_own"].search(answer) is None:
        miss("no_own_part", NO_OWN_PART)
    if ask.future and lists["a_future"].search(answer) is None:
        miss("not_future", NOT_FUTURE)
    if ask.families and not any(data.families[f].a.search(answer) for f in ask.families):
        miss("other_ask", OTHER_ASK)
    if (
        ask.alternatives
        and not any(n in low for n in ask.alternatives)
        and lists["a_compare"].search(answer) is None
        and not _gives_reason(answer, facts)
    ):
        # "why X over Y" told without Y and without comparing anything: an account of X alone
        # (an incident on it, a tuning story)
        miss("no_choice", OTHER_ASK)
    if (
        ask.why_chose
        and facts is not None
        and not _gives_reason(answer, facts)
        and lists["a_compare"].search(answer) is None
    ):
        # "why did you pick X" told as what was built on X: no reason of any kind
        miss("no_reason", OTHER_ASK)
    if stock_answer(question, answer):
        # the answer to another, prepared question (the proudest project, a strength, a plan)
        miss("stock_answer", OTHER_ASK)
    if ask.sides is not None and not honest and _one_side(ask.sides, answer):
        # "how do A and B differ" answered with an account of one of them
        miss("one_side", OTHER_ASK)
    if ask.figure and not honest and data.figure_asks[ask.figure].a.search(answer) is None:
        # "how long / how many people / 多少" answered with a process, a design or a story that
        # gives no figure of the kind asked
        miss("no_figure", OTHER_ASK)
    if facts is not None and _fact_ask_missed(ask, answer, set(facts)):
        miss("other_ask", OTHER_ASK)
    parts = question_clauses(question) if whole and set(out.misses) <= PART_MISSES else ()
    if out.misses and len(parts) > 1:
        # a question asking several things misses the share of them the answer leaves out
        # ("how many people, and which part was yours" told only the part); parts asking the
        # same thing again ("what did it cost you? what got worse?") are missed together
        missed = sum(1 for c in parts if _part_missed(c, answer, lang, facts, honest))
        out.score = 1 - (1 - out.score) * max(1, missed) / len(parts)
        out.partial = missed < len(parts)
    return out


def asks_how(question: str) -> bool:
    """Whether the question asks how something works or is done."""
    return _data().lists["q_how"].search(question) is not None


def confirms(question: str, answer: str) -> bool:
    """Whether a yes/no question is answered by yes or no (the answer's opening)."""
    lists = _data().lists
    return (
        lists["q_yes_no"].search(question.strip()) is not None
        and lists["a_confirm"].search(answer.strip()) is not None
    )


def gives_family(name: str, answer: str) -> bool:
    """Whether the answer uses the words of the kind of work `name` (a `families` entry)."""
    return _data().families[name].a.search(answer) is not None


def _part_missed(
    clause: str, answer: str, lang: str, facts: Collection[str] | None, honest: bool
) -> bool:
    """Whether the answer leaves out what one clause of a question asks: by the checks above
    where they know the ask, else when it shares no word with the clause ("what broke along
    the way" is answered by a story of what broke)."""
    if question_ask(clause).asks_checkable:
        return bool(addressed(clause, answer, lang, facts, honest=honest, whole=False).misses)
    return not (_terms(clause) & _terms(answer))


def _fact_ask_missed(ask: QuestionAsk, answer: str, kinds: set[str]) -> bool:
    """Whether a question asking for a kind of story or reason got an answer with none of it."""
    data = _data()
    for name in ask.fact_asks:
        fa = data.fact_asks[name]
        if not kinds & set(fa.facts) and fa.a.search(answer) is None:
            return True
    return False


def _opening(answer: str) -> str:
    return "".join(m.group() + " " for m in itertools.islice(_SENTENCE.finditer(answer), 2))


def stock_decisive(name: str) -> bool:
    """Whether the stock answer `name` is elsewhere by its opening alone."""
    return _data().stock_answers[name].decisive


def stock_kind(question: str, answer: str) -> str | None:
    """Which stock answer to an interview question this one does not ask the answer opens as
    ("my proudest moment…" for a question about a mistake; `pivot`: it declines this question
    for a topic the candidate prefers), or None."""
    opening = _opening(answer)
    for name, stock in _data().stock_answers.items():
        if stock.a.search(opening) is not None and stock.q.search(question) is None:
            return name
    return None


def stock_answer(question: str, answer: str) -> bool:
    """Whether the answer opens as the stock answer to an interview question this one does not
    ask (`stock_kind`)."""
    return stock_kind(question, answer) is not None


def stock_given(question: str, answer: str) -> bool:
    """Whether the answer opens as the stock answer the question asks for ("I'm a very
    detail-oriented person: …" to "What's your biggest strength?"): it answers it, whatever
    words of the question it repeats."""
    opening = _opening(answer)
    return any(
        stock.a.search(opening) is not None and stock.q.search(question) is not None
        for stock in _data().stock_answers.values()
    )


def _one_side(sides: tuple[frozenset[str], frozenset[str]], answer: str) -> bool:
    """Whether an answer to "how do A and B differ" names exactly one side and sets nothing
    against anything (an answer naming neither in the question's words, a code-mixed or
    paraphrasing one, is not judged)."""
    named = _side_terms(answer)
    if sum(bool(named & side) for side in sides) != 1:
        return False
    return _data().lists["a_contrast"].search(answer) is None


#: Fact kinds of the reading layer that give a reason for a choice.
REASON_FACTS = frozenset({"choice", "constraint", "cause", "motivation", "alternative", "cost"})


def _gives_reason(answer: str, facts: Collection[str] | None) -> bool:
    """Whether the answer gives a reason of any kind (a reason word, or a fact of a choice,
    constraint, cause, motive, alternative or cost); unread (`facts` None) counts as none."""
    if facts is None:
        return False
    return bool(set(facts) & REASON_FACTS) or _reason_cue().search(answer) is not None


def _reason_cue() -> Terms:
    from interviewer.reading.vocab import vocab

    return vocab()["questions.reason_cue"]
