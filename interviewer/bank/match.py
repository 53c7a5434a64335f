"""Match any wording of a question to the closest bank question, with a confidence.

Features are what carries a question's topic across wordings and languages: the concepts it names
(found with the bank's own terms, so "核采样" and "nucleus sampling" are one feature), English
content words and Chinese character pairs, each weighted by rarity across the bank. Confidence is
the cosine similarity of the weighted features; below `THRESHOLD` no key is used.

A question asked in free words often names none of a bank question's wordings but does name what
its answer is about ("the bot keeps saying the same sentence" is the repetition-penalty question;
"why is the first token slow" is prefill vs decode). So each question is also compared through its
key: its key points, outline and hint in one language, with every concept the key uses, and the
better of the two similarities counts (measured: tests/data/bank/questions_paraphrase.jsonl).

A wrong key is worse than none (the answer is graded against another question's key), so a match
is also refused when it rests on one or two shared terms with a middling confidence, when the
question is about the candidate's own work rather than a topic, and when what the question's form
says it asks about ("the difference between X and Y", "讲讲 X 的原理") is something the matched
question's wordings and key never mention (interviewer/data/question_match.yaml).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from interviewer.bank.schema import BankQuestion, Concept
from interviewer.bank.text import compile_terms, gate, grams, normalise

#: Below this confidence a question gets no key (measured in bench/bank.py: match accuracy; .16 →
#: .18 when every question gained a plain-words wording, whose lay words reach interview questions
#: no key answers).
THRESHOLD = 0.18
#: A match that shares at most this many features with the description it matched (one or two
#: terms: a concept counts with its word) rests on a term any question may use in passing ("L2
#: regularization" → the similarity-metric question, "梯度爆炸" → loss spikes, "linked list" →
#: multi-hop); it needs `THIN_CONFIDENCE`. Measured in bench/bank.py (session 6, bank11): no tuning
#: set lost an item, keys on no-key questions fell 19 → 3 (own-work rule included) on a new set.
THIN_SUPPORT = 4
THIN_CONFIDENCE = 0.25
CONCEPT_WEIGHT = 3
#: How many question texts `Matcher` remembers the features of.
FEATURE_CACHE = 256
#: A concept that the wordings of more than this many questions name is not what one question is
#: about (see `Matcher._named_subjects`).
NAMED_SPREAD = 4
#: A product or method name as written: a capitalised word of four letters or more, or a CamelCase
#: one (Postgres, Kubernetes, SimCLR), not all capitals (OS, KB, QK are read as terms).
_NAME = re.compile(r"(?<![\w.-])([A-Z][a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z]{3,}[a-z0-9]*)(?![\w-])")
#: A coined method name as written: mixed case (DoRA, SimCLR, GaLore, StreamingLLM) or capitals
#: of three or more (KTO, RLOO, IA3). `Matcher.coined_name`.
_COINED = re.compile(
    r"(?<![\w.-])([A-Za-z]*[a-z][A-Z][A-Za-z0-9]*|[A-Z]{2,}[0-9]*[A-Z0-9]*)(?![\w-])"
)
#: Words before a name that make it the setting of the question, not its subject ("on K8s",
#: "we keep vectors in Milvus", "在 Databricks 上").
_SETTING = re.compile(
    r"(?:\b(?:on|in|with|using|via|our|into|from|at)\s+|在\s*|用\s*|基于\s*)$", re.I
)
_SENTENCE_START = re.compile(r"(?:^|[.?!:;—]\s*|\n)$")
_CJK_NEXT = re.compile(r"\s*[\u3400-\u9fff]")
#: A thing the question asks about (`asked_about`) is covered by a bank question when at least this
#: share of its features (weighted by rarity) occur in that question's wordings or key.
SUBJECT_COVER = 0.5
#: ...and only below this confidence: a question most of whose words a bank question shares is
#: that question even when the span read as its subject is worded otherwise ("ReAct 和 CoT").
SUBJECT_CONFIDENCE = 0.5
#: Where one sub-question of a bank wording ends ("…initialised, and why? What does alpha do?",
#: "…初始化为零？缩放系数又…", "…start at zero, and what does…").
_SUB_QUESTION = re.compile(
    r"[?？。;；]|[,，]\s*(?:and|又|那|还有)?\s*(?=what|why|how|when|which|[\u4e00-\u9fff])"
)
_NUMBER = re.compile(r"(?<![\w.])\d{3,}(?![\w.])")
#: Similarity through a question's key counts this much against similarity to its wordings
#: (0.6–0.8 changed nothing, 1.2 lost a tuning match; see bench/bank.py).
KEY_WEIGHT = 1.0
#: How much the weaker of the two similarities (wordings, key) adds when ranking (the confidence
#: stays the better one). 0 → .4, session 6 (bank11): tuning and free-wording unchanged, free-wording
#: 2 .867 → .917, new interviewer phrasings .844 → .857 (wrong keys 16 → 13); .7 and 1 lost tuning
#: items.
AGREEMENT = 0.4
#: Added to the ranking (not the confidence) for the share of what the question asks for by its
#: form that a wording of the bank question asks too ("how do you TEST injection resistance" →
#: the testing question, not "what IS injection"). .06, session 6 (bank11): tuning and both
#: free-wording sets unchanged, new interviewer phrasings .857 → .870 and .865 → .878 (wrong keys
#: 13 → 11, 4 → 3); .1 lost a tuning item.
ASK_FORM = 0.06
_WORD = re.compile(r"[a-z][a-z0-9+\-_]*[a-z0-9+]|[a-z]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
STOP_EN = frozenset(
    """a an the and or of to in on for with by at as is are was were be been being it its this that
    these those what which who whom how why when where do does did you your we our they their i me
    my can could would should will shall may might must explain describe tell talk walk about
    through between difference differ each other than then there here if so not no yes any some
    more most less very just into from up down out over under also use used using vs versus
    give example examples say said one two""".split()
)
STOP_ZH = frozenset("的了吗呢吧么是在和与及或有你我他它们这那个些什怎为如何讲说一下请谈聊看")


CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "question_match.yaml"


class _Phrases(BaseModel):
    model_config = ConfigDict(extra="forbid")
    en: list[str]
    zh: list[str]

    @field_validator("en", "zh")
    @classmethod
    def _compiles(cls, v: list[str]) -> list[str]:
        for p in v:
            if p.startswith("re:"):
                try:
                    re.compile(p[3:])
                except re.error as e:
                    raise ValueError(f"not a regular expression ({e}): {p!r}") from None
        return v


class _Spans(BaseModel):
    model_config = ConfigDict(extra="forbid")
    en: list[str]
    zh: list[str]

    @field_validator("en", "zh")
    @classmethod
    def _compiles(cls, v: list[str]) -> list[str]:
        for p in v:
            try:
                groups = re.compile(p).groupindex
            except re.error as e:
                raise ValueError(f"not a regular expression ({e}): {p!r}") from None
            if "s" not in groups:
                raise ValueError(f"needs a named group (?P<s>...) for what is asked about: {p!r}")
        return v


class MatchCues(BaseModel):
    """interviewer/data/question_match.yaml: what keeps a question from getting a key."""

    model_config = ConfigDict(extra="forbid")
    own_work: _Phrases
    logistics: _Phrases
    hypothetical: _Phrases
    retrospective: _Phrases
    refers_back: _Phrases
    own_decision: _Phrases
    opinion_frame: _Phrases
    opinion_future: _Phrases
    behavioural: _Phrases
    name_uses: _Phrases
    name_opens_statement: _Phrases
    name_asked_about: _Phrases
    name_setting_after: _Phrases
    subject_spans: _Spans
    clause_words: list[str]


def _phrase_pattern(p: _Phrases) -> re.Pattern[str]:
    parts: list[str] = []
    for entry in p.en:
        if entry.startswith("re:"):
            parts.append(entry[3:])
            continue
        words = []
        for w in entry.lower().split():
            if w == "*":
                words.append(r"(?:\S+\s+){0,2}\S+")
            elif w.endswith("*"):
                words.append(re.escape(w[:-1]) + r"\w*")
            else:
                words.append(re.escape(w))
        parts.append(r"\b" + r"\s+".join(words) + r"\b")
    parts += [z[3:] if z.startswith("re:") else re.escape(z) for z in p.zh]
    return re.compile("|".join(parts))


@lru_cache(maxsize=1)
def _load_cues() -> MatchCues:
    from interviewer.loader import validate_file

    return validate_file(CUES_FILE, MatchCues)


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = _load_cues()
    return (
        _phrase_pattern(cues.own_work),
        _phrase_pattern(cues.logistics),
        _phrase_pattern(cues.hypothetical),
        _phrase_pattern(cues.retrospective),
    )


@lru_cache(maxsize=1)
def _name_frames() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(uses what is asked about, opens a statement, is asked about, is a setting, origin or
    instance): see `_names_method`."""
    cues = _load_cues()
    return (
        _regexes(cues.name_uses),
        _regexes(cues.name_opens_statement),
        _regexes(cues.name_asked_about),
        _regexes(cues.name_setting_after),
    )


def _regexes(p: _Phrases) -> re.Pattern[str]:
    parts = [e[3:] if e.startswith("re:") else re.escape(e) for e in [*p.en, *p.zh]]
    return re.compile("|".join(f"(?:{x})" for x in parts) if parts else r"(?!)")


#: Characters around a name read by the `name_uses` and `name_asked_about` frames.
NAME_WINDOW = 40


def _names_method(text: str, m: re.Match[str], coined: bool) -> bool:
    """Whether the name `m` found in `text` is what the question is about: not its setting ("on
    K8s", "在 Databricks 上", "Pinecone 里"), origin ("Anthropic introduced MCP") or an instance
    of a known approach ("Megatron 那种"), not a thing asked why it uses a bank subject ("Why does
    Mistral use GQA?"); and, for an ordinary capitalised word, a subject: a verb follows it, a question asks
    about it, or Chinese follows it (question_match.yaml `name_*`)."""
    before = text[: m.start()]
    if _SETTING.search(before):
        return False
    uses, opens, asked, setting = _name_frames()
    lower_before = before[-NAME_WINDOW:].lower()
    after = text[m.end() : m.end() + NAME_WINDOW].lower()
    if uses.search(f"{lower_before}<name>{after}"):
        return False
    if coined:
        return True
    if setting.search(after):
        return False
    return bool(_CJK_NEXT.match(text, m.end()) or opens.search(after) or asked.search(lower_before))


@lru_cache(maxsize=1)
def _span_patterns() -> tuple[re.Pattern[str], ...]:
    cues = _load_cues().subject_spans
    return tuple(re.compile(p) for p in [*cues.en, *cues.zh])


@lru_cache(maxsize=1)
def _clause_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _load_cues().clause_words)


def _a_name(span: str) -> bool:
    """Whether an English span can name a thing (see `clause_words`); Chinese spans always can."""
    words = span.split()
    if not words or _CJK_RUN.search(span):
        return bool(words)
    if words[0].endswith(("ly", "ing")) and len(words) > 1:
        return False
    return not any(w.strip("'-") in _clause_words() for w in words)


def asked_about(text: str) -> list[str]:
    """The things a short question asks about, where its form says so ("difference between X and
    Y", "讲讲 X 的原理"): interviewer/data/question_match.yaml `subject_spans`."""
    t = normalise(text).text
    out: list[str] = []
    for p in _span_patterns():
        for m in p.finditer(t):
            out += [g.strip() for k, g in m.groupdict().items() if k in ("s", "t") and g]
    return [s for s in out if _a_name(s)]


@lru_cache(maxsize=1)
def _refers_back() -> re.Pattern[str]:
    return _phrase_pattern(_load_cues().refers_back)


def refers_back(text: str) -> bool:
    """Words that point back at what was said before ("that", "这样"): question_match.yaml
    `refers_back`."""
    return bool(_refers_back().search(normalise(text).text))


@lru_cache(maxsize=1)
def _own_decision() -> re.Pattern[str]:
    return _phrase_pattern(_load_cues().own_decision)


def own_decision(text: str) -> bool:
    """A question for the candidate's account of a choice they made ("How did you choose the
    chunk size for your RAG index?", "你们 RAG 的切片大小是怎么定的？"): question_match.yaml
    `own_decision`."""
    return bool(_own_decision().search(normalise(text).text))


@lru_cache(maxsize=1)
def _not_topic() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = _load_cues()
    return (
        _phrase_pattern(cues.opinion_frame),
        _phrase_pattern(cues.opinion_future),
        _phrase_pattern(cues.behavioural),
    )


def not_a_topic_question(text: str) -> bool:
    """A question for the candidate's view of where a field is going ("do you think RAG will
    still matter once…", "你觉得 MCP 会成为行业标准吗？": an opinion frame AND words about the
    future), or a behavioural or personal one ("tell me about a time…", "你最近在看什么论文？"):
    question_match.yaml `opinion_frame`, `opinion_future`, `behavioural`."""
    frame, future, behavioural = _not_topic()
    t = normalise(text).text
    return bool((frame.search(t) and future.search(t)) or behavioural.search(t))


def about_own_work(text: str) -> bool:
    """A question about the candidate's own past work that asks about people, time, money or
    outcome ("I see DPO on your resume, who decided the budget?"): not a bank question, whatever
    topic it names in passing. A scenario put to the candidate ("imagine your team…", "假设你们
    团队…") is not their past work, unless it goes back over that work ("if you could redo your
    vector search project…", `retrospective`)."""
    own, logistics, hypothetical, retrospective = _cues()
    t = normalise(text).text
    fresh = hypothetical.search(t) and not retrospective.search(t)
    return bool(own.search(t) and logistics.search(t) and not fresh)


@dataclass(frozen=True)
class Match:
    question: BankQuestion
    confidence: float
    support: int = 0
    """How many features the question shares with the description it matched best."""


@dataclass(frozen=True)
class Decision:
    """What `Matcher.decision` decided: the key (None when no key is used), why none is used
    ("" when one is), and every bank question ranked, best first."""

    match: Match | None
    why: str
    ranked: list[Match]


def _stem(word: str) -> str:
    for suffix in ("ing", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _words(text: str) -> Counter[str]:
    t = normalise(text).text
    feats: Counter[str] = Counter()
    for w in _WORD.findall(t):
        if w not in STOP_EN:
            feats["w:" + _stem(w)] += 1
    for run in _CJK_RUN.findall(t):
        chars = [c for c in run]
        for a, b in zip(chars, chars[1:], strict=False):
            if a in STOP_ZH and b in STOP_ZH:
                continue
            feats["z:" + a + b] += 1
    return feats


class Matcher:
    """Weighted features of every bank question, ready to compare any question text with."""

    def __init__(self, questions: Sequence[BankQuestion]) -> None:
        self.questions = list(questions)
        # Only the concepts questions are ABOUT (their `subject`) are matching features: the many
        # lay words a key point's concepts carry ("显存", "size") would tie unrelated questions.
        concepts: dict[str, list[str]] = {}
        for q in self.questions:
            for cid, c in q.concepts.items():
                concepts.setdefault(cid, []).extend(_terms(c))
        self._subjects = {cid for q in self.questions for cid in q.subject}
        self._concepts = {cid: compile_terms(tuple(terms)) for cid, terms in concepts.items()}
        # Which concepts a text can name at all, from the pieces of text their terms begin
        # with (bank.text.Gate): a question is searched for a few concepts, not a thousand.
        self._by_key: dict[str, list[str]] = {}
        self._ungated: set[str] = set()
        for cid, terms in concepts.items():
            g = gate(tuple(terms))
            if g.always or g.regex:
                self._ungated.add(cid)
            for k in g.keys:
                self._by_key.setdefault(k, []).append(cid)
        self._feature_cache: dict[str, Counter[str]] = {}
        # One vector per wording: a Chinese query is compared with the Chinese wordings, not
        # with a document half made of English words it cannot share.
        raw: list[tuple[int, Counter[str]]] = []
        for i, q in enumerate(self.questions):
            for text in [*q.text.zh, *q.text.en]:
                feats = self._features(text)
                for s in q.subject:
                    feats["c:" + s] += CONCEPT_WEIGHT
                raw.append((i, feats))
        df: Counter[str] = Counter()
        for _, feats in raw:
            df.update(set(feats))
        n = max(1, len(raw))
        self._idf = {f: math.log((n + 1) / (d + 0.5)) for f, d in df.items()}
        self._default_idf = math.log((n + 1) / 0.5)
        self._vectors = [(i, self._weigh(f)) for i, f in raw]
        # The key as a second description of each question, one per language; its own idf is
        # not taken (its words are weighed by how many WORDINGS use them, so the key's common
        # lay words stay cheap).
        self._keys = [
            (i, self._weigh(_key_features(q, lang)))
            for i, q in enumerate(self.questions)
            for lang in ("zh", "en")
        ]
        # Inverted index: feature -> (question, weight) of every wording and key vector, so a
        # query touches only the vectors that share one of its few features.
        self._postings: dict[str, list[tuple[int, int, float]]] = {}
        for slot, (i, vec) in enumerate([*self._vectors, *self._keys]):
            for f, w in vec.items():
                self._postings.setdefault(f, []).append((slot, i, w))
        self._slots = len(self._vectors) + len(self._keys)
        # Everything each question's wordings and key say, to tell whether it covers what a
        # question asks about.
        self._vocab: list[set[str]] = [set() for _ in self.questions]
        for i, vec in [*self._vectors, *self._keys]:
            self._vocab[i].update(vec)
        self._known = set().union(*self._vocab) if self._vocab else set()
        idfs = sorted(self._idf.values())
        self._specific = idfs[len(idfs) // 2] if idfs else 0.0
        self._ask_forms: list[list[frozenset[str]]] | None = None
        self._about = self._named_subjects()

    def _named_subjects(self) -> list[frozenset[str]]:
        """What each question is about: its `subject`, and the concepts of its own that one of its
        Chinese AND one of its English wordings name, except relation
        words (relations.yaml) and concepts the wordings of more than `NAMED_SPREAD` questions
        name ("model", "tools": they say nothing of which question it is)."""
        from interviewer.bank.schema import relations

        def named(q: BankQuestion, texts: list[str]) -> set[str]:
            out: set[str] = set()
            for text in texts:
                t = normalise(text).text
                out |= {
                    c for c in q.concepts if c in self._concepts and self._concepts[c].search(t)
                }
            return out

        both = [named(q, q.text.zh) & named(q, q.text.en) for q in self.questions]
        spread = Counter(c for b in both for c in b)
        lib = set(relations())
        return [
            frozenset(q.subject) | {c for c in b if c not in lib and spread[c] <= NAMED_SPREAD}
            for q, b in zip(self.questions, both, strict=True)
        ]

    def names_a_subject(self, text: str) -> bool:
        """Whether `text` names a concept some bank question is about (`_named_subjects`)."""
        named = {f[2:] for f in self._features(text) if f.startswith("c:")}
        return any(named & about for about in self._about)

    def foreign_name(self, text: str, question: BankQuestion) -> str:
        """A product or method name in `text` that no bank text uses (Terraform, Postgres,
        SimCLR), when `text` names none of the concepts `question` is about, or "". A capitalised
        word opening an English sentence is not read as a name."""
        i = next((j for j, q in enumerate(self.questions) if q is question), None)
        if i is None:
            return ""
        named = {f[2:] for f in self._features(text) if f.startswith("c:")}
        if named & self._about[i]:
            return ""
        for m in _NAME.finditer(text):
            before = text[: m.start()]
            if _SENTENCE_START.search(before) and not _CJK_NEXT.match(text, m.end()):
                continue
            feats = ["w:" + _stem(w) for w in _WORD.findall(m.group(1).lower()) if w not in STOP_EN]
            if feats and not any(f in self._known for f in feats):
                return m.group(1)
        return ""

    def coined_name(self, text: str) -> str:
        """A method name in `text` that the bank does not know, neither as a word of its texts nor
        as a term of a concept ("ANN", "CoT" are known), or "". Coined as written (`_COINED`: DoRA,
        KTO, StreamingLLM) or an ordinary capitalised word used as a name (`_NAME`: Kangaroo,
        Shampoo) where it is a subject (`_names_method`). Not a name that is the setting of the
        question ("on K8s") or asked why it uses a bank subject ("Why does Mistral use GQA?"). A
        question naming one asks about that
        method, whatever bank subject it is set beside ("how does DoRA improve on LoRA" is not
        the LoRA question)."""
        found = [(m, True) for m in _COINED.finditer(text)]
        found += [(m, False) for m in _NAME.finditer(text)]
        for m, coined in found:
            name = m.group(1)
            if len(name) < 3 or not _names_method(text, m, coined):
                continue
            feats = ["w:" + _stem(w) for w in _WORD.findall(name.lower()) if w not in STOP_EN]
            if not feats or any(f in self._known or f.rstrip("s") in self._known for f in feats):
                continue
            if not any(f.startswith("c:") for f in self._text_features(name)):
                return name
        return ""

    def _asks(self) -> list[list[frozenset[str]]]:
        """What each wording of each question asks for (built on first use)."""
        if self._ask_forms is None:
            self._ask_forms = [
                [_asks(t) for t in [*q.text.zh, *q.text.en]] or [frozenset()]
                for q in self.questions
            ]
        return self._ask_forms

    def _features(self, text: str) -> Counter[str]:
        """`_text_features`, remembered for the last few texts: one decision reads the same
        question several times (ranking, subjects named, names foreign to the bank)."""
        cached = self._feature_cache.get(text)
        if cached is None:
            cached = self._text_features(text)
            if len(self._feature_cache) >= FEATURE_CACHE:
                self._feature_cache.clear()
            self._feature_cache[text] = cached
        return Counter(cached)

    def _text_features(self, text: str) -> Counter[str]:
        feats = _words(text)
        t = normalise(text).text
        named = set(self._ungated)
        for piece in grams(t):
            named.update(self._by_key.get(piece, ()))
        for cid in named:
            if self._concepts[cid].search(t):
                # Subjects name what a question is about; other concepts are weaker evidence.
                feats["c:" + cid] += CONCEPT_WEIGHT if cid in self._subjects else 1
        return feats

    def _weigh(self, feats: Counter[str]) -> dict[str, float]:
        vec = {
            f: (1 + math.log(c)) * self._idf.get(f, self._default_idf)
            for f, c in feats.items()
            if c > 0
        }
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {f: v / norm for f, v in vec.items()}

    def ranked(self, text: str, lang: str | None = None) -> list[Match]:
        """Every bank question, best first (see `AGREEMENT`), each with its confidence."""
        del lang  # features of both languages are always read; questions mix them
        query = self._weigh(self._features(text or ""))
        scores = [0.0] * self._slots
        shared = [0] * self._slots
        owner = [0] * self._slots
        for f, w in query.items():
            for slot, i, v in self._postings.get(f, ()):
                scores[slot] += w * v
                shared[slot] += 1
                owner[slot] = i
        n = len(self.questions)
        best, support = [0.0] * n, [0] * n
        wording, key = [0.0] * n, [0.0] * n
        keys_from = len(self._vectors)
        for slot, score in enumerate(scores):
            if score:
                i = owner[slot]
                route = key if slot >= keys_from else wording
                route[i] = max(route[i], score)
                score *= KEY_WEIGHT if slot >= keys_from else 1.0
                if score > best[i]:
                    best[i], support[i] = score, shared[slot]
        # Ranked by the better route plus a share of the other: a question its wordings AND its
        # key both resemble goes ahead of one a single generic phrase of one wording reaches.
        order = [max(w, k) + AGREEMENT * min(w, k) for w, k in zip(wording, key, strict=True)]
        asked = _asks(text or "")
        if asked:
            # Of two questions on the same terms, the one asked the same way goes first.
            for i, forms in enumerate(self._asks()):
                if order[i]:
                    order[i] += ASK_FORM * max(len(asked & f) for f in forms) / len(asked)
        scored = [
            (o, Match(q, round(b, 3), s))
            for o, q, b, s in zip(order, self.questions, best, support, strict=True)
        ]
        return [m for _, m in sorted(scored, key=lambda x: -x[0])]

    def match(self, text: str, lang: str | None = None) -> Match | None:
        return self.decide(text, lang)[0]

    def decide(self, text: str, lang: str | None = None) -> tuple[Match | None, str]:
        """The best bank question, or None and why (see `decision`)."""
        d = self.decision(text, lang)
        return d.match, d.why

    def decision(self, text: str, lang: str | None = None) -> Decision:
        """The best bank question, or None and why: below `THRESHOLD`; resting on a term or two
        and below `THIN_CONFIDENCE`; a question about the candidate's own work or own choice; or
        one about something the matched question does not cover, or naming a coined method the bank does
        not know (`coined_name`). Carries the ranking it was
        made from, so a caller that shows the candidates ranks once."""
        ranked = self.ranked(text, lang)
        if not ranked or ranked[0].confidence < THRESHOLD:
            return Decision(None, f"confidence below {THRESHOLD}", ranked)
        best = ranked[0]
        why = ""
        if best.support <= THIN_SUPPORT and best.confidence < THIN_CONFIDENCE:
            why = f"rests on one or two terms, confidence below {THIN_CONFIDENCE}"
        elif about_own_work(text):
            why = "asks about the candidate's own work, not the topic it names"
        elif refers_back(text) and not self.names_a_subject(text):
            why = "points back at an earlier answer and names nothing a bank question is about"
        elif not_a_topic_question(text):
            why = "asks for the candidate's view of a field's future, or about themselves"
        elif own_decision(text) and not any(
            own_decision(w) for w in [*best.question.text.en, *best.question.text.zh]
        ):
            why = "asks how the candidate made a choice of their own, which no key grades"
        elif best.confidence < SUBJECT_CONFIDENCE and (
            missing := self.uncovered(text, best.question)
        ):
            why = f"asks about {missing!r}, which {best.question.id} does not cover"
        elif best.confidence < SUBJECT_CONFIDENCE and (coined := self.coined_name(text)):
            why = f"names {coined!r}, a method no bank question covers"
        elif best.confidence < SUBJECT_CONFIDENCE and (
            name := self.foreign_name(text, best.question)
        ):
            why = f"names {name!r}, which no bank question uses, and not what {best.question.id} is about"
        return Decision(None if why else best, why, ranked)

    def asked_points(self, text: str, question: BankQuestion) -> list[str]:
        """The ids of `question`'s key points that `text` asks for. A bank question may ask two
        things ("How are A and B initialised? What does alpha do?"); a question put in other
        words may ask one ("Why is B zero?"), and a point it did not ask is not missed.

        A key point's handles are the concepts of its claims that a sentence of the bank
        question's wordings names (its subject aside). When `text` names a handle of some point,
        it asks only for: points it names a handle of, points without handles, and points whose
        handles share a sub-question of a wording with a handle `text` names. When it names none
        ("How does DPO work?"), or is one of the bank question's own wordings, it asks for every
        point."""
        wordings = [*question.text.zh, *question.text.en]
        if normalise(text).text.strip() in {normalise(w).text.strip() for w in wordings}:
            return [k.id for k in question.key_points]
        named = {f[2:] for f in self._features(text) if f.startswith("c:")}
        sentences = [
            {f[2:] for f in self._features(part) if f.startswith("c:")}
            for wording in wordings
            for part in _SUB_QUESTION.split(wording)
            if part.strip()
        ]
        worded = set().union(*sentences) - set(question.subject) if sentences else set()
        handles = {
            k.id: {c for claim in k.claims for c in claim.all} & worded for k in question.key_points
        }
        said = named & set().union(*handles.values()) if handles else set()
        if not said:
            return [k.id for k in question.key_points]
        together = set().union(*(s for s in sentences if s & said)) if sentences else set()
        return [
            k.id
            for k in question.key_points
            if not handles[k.id] or handles[k.id] & (named | together)
        ]

    def uncovered(self, text: str, question: BankQuestion) -> str:
        """The first thing `text` asks about (`asked_about`) whose specific words `question` does
        not use (below `SUBJECT_COVER` of them, by rarity) and that names something no bank text
        uses at all (XGBoost, Nginx, 401), or "". Without that word foreign to the bank the span
        is taken as another wording of what the question covers: measured, requiring it kept
        every key a held-out grading question had (one honesty pair lost without it).

        Each English word, number and run of Chinese characters in the span is one unit; a unit
        is specific when no more than a few bank wordings use it (idf at least the bank's median:
        "query", "model" say nothing of the subject); a Chinese run is covered by the share of its
        known character pairs the question uses."""
        i = next((j for j, q in enumerate(self.questions) if q is question), None)
        if i is None:
            return ""
        vocab = self._vocab[i]
        for span in asked_about(text):
            total = covered = 0.0
            foreign = False
            for unit in _units(span):
                w = max(self._idf.get(f, self._default_idf) for f in unit)
                if w < self._specific:
                    continue
                foreign = foreign or not any(f in self._known for f in unit)
                # Of a Chinese run, only pairs some bank text uses say what it names (a pair
                # across two words, "型幻" in 模型幻觉, is known nowhere); a run none of whose
                # pairs is known is foreign to the bank.
                known = [f for f in unit if f in self._idf] if len(unit) > 1 else unit
                total += w
                covered += w * sum(f in vocab for f in known) / len(known) if known else 0.0
            if foreign and total and covered / total < SUBJECT_COVER:
                return span
        return ""


def _units(span: str) -> list[list[str]]:
    """The features of a span, grouped by the word, number or Chinese run they come from."""
    t = normalise(span).text
    units: list[list[str]] = [["n:" + n] for n in _NUMBER.findall(t)]
    for w in _WORD.findall(t):
        if w not in STOP_EN:
            units.append(["w:" + _stem(w)])
    for run in _CJK_RUN.findall(t):
        pairs = [f"z:{a}{b}" for a, b in zip(run, run[1:], strict=False)]
        pairs = [p for p in pairs if not (p[2] in STOP_ZH and p[3] in STOP_ZH)]
        if pairs:
            units.append(pairs)
    return units


def _asks(text: str) -> frozenset[str]:
    """What a question asks for by its form (interviewer/data/reading/questions.yaml `ask_*`:
    a method, a choice, a cost, a failure, an alternative…), except "how it works", which
    nearly every technical question asks."""
    from interviewer.reading.relevance import asks_of

    return frozenset(asks_of(text) - {"mechanism"})


def _key_features(q: BankQuestion, lang: str) -> Counter[str]:
    """Words of what a strong answer says (key points, outline, hint) and the concepts it uses."""
    parts = [getattr(k, lang) for k in q.key_points]
    parts += [*getattr(q.outline, lang), getattr(q.hint, lang)]
    feats = _words(" ".join(parts))
    for cid in q.concepts:
        feats["c:" + cid] += CONCEPT_WEIGHT if cid in q.subject else 1
    return feats


def _terms(c: Concept) -> list[str]:
    return c.terms.all() + (c.opposite.all() if c.opposite else [])
