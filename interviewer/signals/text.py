"""Language, sentences, and one answer analysed once (TextView) for the signal finders."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cached_property, lru_cache
from typing import Any

from interviewer.signals.habits import present_habit
from interviewer.signals.lexicon import BILINGUAL, Spans, lexicon

CJK = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_OTHER_SCRIPT = re.compile(
    r"[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\uac00-\ud7af]"
)
# A sentence: runs up to 。！？!?；; or a newline, or a full stop followed by a space/end
# (so 3.5, v1.2 and e.g.x stay inside one sentence); a line break ends one too.
_SENTENCE = re.compile(r"(?:[^。！？!?；;\n.]|\.(?=[^\s.]))+(?:[。！？!?；;.]+|$|(?=\n))")
_LABEL_WORDS = frozenset(
    "situation task action result results tradeoff tradeoffs trade-off trade-offs star metric "
    "metrics ownership failure lesson lessons impact baseline depth reflection motivation".split()
)
_ZH_LABELS = re.compile(r"背景|情境|任务|行动|结果|权衡|取舍|指标|复盘|教训|失败|量化|负责")
_FIRST_PERSON_EN = re.compile(
    r"\bI(?:\s+(?:\w+ly|also|then|first|personally|myself|later|quickly|eventually|finally|"
    r"immediately|now|had|have|'ve|just))?\s+(\w+)",
    re.IGNORECASE,
)
_ZH_SELF = re.compile(
    r"我(?!们|觉得|认为|想|希望|喜欢|感觉|猜|相信|知道|是|的|司|方|还|也是)[^，。；！？,.;\n]{0,5}?"
)
_ZH_DONE = re.compile(r"[^，。；！？,.;\n]{1,10}?[了过]")
#: Typed fast or transcribed, the pronoun is often a lower-case "i" standing alone.
_LOWER_I = re.compile(r"i(?=\s|'m|'ve|'d)")
_EN_DO = frozenset({"do", "did", "does"})
_EN_DO_NOT_DOING = re.compile(
    r"\s+(?:not|never|n't|think|believe|feel|remember|know|recall|agree|like|want|hope|wish)\b",
    re.IGNORECASE,
)
_EN_WE = re.compile(r"\b(?:we|our|us|the team|everyone)\b", re.IGNORECASE)
_ZH_WE = re.compile(r"我们|团队|大家|组里")

_THIRD_LANG_STOPWORDS = frozenset(
    "el la los las que de y en por para con una es del se lo como pero muy le les des et est "
    "une dans pour pas sur qui avec sont der die das und ist nicht mit ein eine ich sie wir "
    "auf dem zu von il di che è per non sono della ho abbiamo".split()
)
_EN_STOPWORDS_FOR_LANG = frozenset(
    "the and to of in is was i we it that for on with my this a an as at by be have had".split()
)
ANY_NUMBER = re.compile(r"\d")
#: Word lists whose presence shows an answer talks about work, interviews or the candidate's story.
WORK_LISTS = (
    "offtopic.work",
    "depth.technical",
    "depth.buzzwords",
    "depth.limit",
    "metrics.measure_words",
    "metrics.method",
    "actions",
    "star.situation",
    "star.task",
    "star.result",
    "failure.failure",
    "failure.denial",
    "failure.lesson",
    "reflection.hindsight",
    "reflection.self_critique",
    "reflection.generic",
    "motivation.specific",
    "motivation.generic",
    "motivation.plan",
    "specificity.soft_claims",
    "tradeoffs.contrast",
    "improvement",
)


def detect_lang(text: str) -> str:
    """`zh` when Chinese characters carry the text, else `en`."""
    cjk = len(CJK.findall(text))
    latin = len(_LATIN_WORD.findall(text))
    return "zh" if cjk and cjk >= latin * 0.5 else "en"


def detect_script(text: str) -> str:
    """`zh`, `en` or `other` (a third language: another script, or Latin text that is not English)."""
    cjk = len(CJK.findall(text))
    other = len(_OTHER_SCRIPT.findall(text))
    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    if other > max(cjk, len(words)) and other >= 5:
        return "other"
    if cjk and cjk >= len(words) * 0.5:
        return "zh"
    if len(words) >= 6:
        en = sum(w in _EN_STOPWORDS_FOR_LANG for w in words)
        foreign = sum(w in _THIRD_LANG_STOPWORDS for w in words)
        if foreign > en and foreign >= 3:
            return "other"
    return "en"


@lru_cache(maxsize=512)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, whitespace trimmed."""
    spans = []
    for m in _SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return tuple(spans)


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, each an exact substring."""
    return [text[s:e] for s, e in sentence_spans(text)]


def quote_span(text: str, start: int, end: int) -> str:
    """The exact substring text[start:end], clamped and trimmed of surrounding whitespace."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[start:end]


class TextView:
    """An answer split into sentences with lexicon hits per sentence, computed on demand."""

    def __init__(self, text: str, lang: str | None = None) -> None:
        self.text = text
        self.lang = lang or detect_lang(text)
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]
        self._hits: dict[str, dict[int, list[tuple[int, int]]]] = {}
        self._scans: dict[str, Spans] = {}
        self.memo: dict[str, Any] = {}
        """Detectors cache what they derive from this text here."""

    def sentence(self, i: int) -> str:
        s, e = self.spans[i]
        return self.text[s:e]

    def index_of(self, pos: int) -> int:
        return max(0, bisect_right(self._starts, pos) - 1)

    def _scan(self, lang: str) -> Spans:
        if lang not in self._scans:
            self._scans[lang] = lexicon().scan(self.text, lang)
        return self._scans[lang]

    def hits(self, path: str, *, both: bool = False) -> dict[int, list[tuple[int, int]]]:
        """Sentence index -> match spans of the lexicon list `path` (both languages if `both`)."""
        key = f"{path}|{both}"
        if key in self._hits:
            return self._hits[key]
        out: dict[int, list[tuple[int, int]]] = {}
        langs = ("zh", "en") if both and path not in BILINGUAL else (self.lang,)
        for lang in langs:
            for span in self._scan(lang).get(path, ()):
                out.setdefault(self.index_of(span[0]), []).append(span)
        self._hits[key] = out
        return out

    def talks_about_work(self) -> bool:
        """True when any word list of work, projects or the candidate's story matches."""
        found = self._scan(self.lang)
        return any(path in found for path in WORK_LISTS) or bool(ANY_NUMBER.search(self.text))

    def regex_hits(self, pattern: re.Pattern[str]) -> dict[int, list[tuple[int, int]]]:
        out: dict[int, list[tuple[int, int]]] = {}
        for m in pattern.finditer(self.text):
            out.setdefault(self.index_of(m.start()), []).append(m.span())
        return out

    @cached_property
    def contentful(self) -> frozenset[int]:
        """Sentences with real content (not a label or keyword list)."""
        return frozenset(i for i in range(len(self.spans)) if _is_contentful(self.sentence(i)))

    @cached_property
    def own_actions(self) -> dict[int, list[tuple[int, int]]]:
        return _own_action_hits(self)

    @cached_property
    def team(self) -> dict[int, list[tuple[int, int]]]:
        return self.regex_hits(_ZH_WE if self.lang == "zh" else _EN_WE)

    def overlaps(self, i: int, spans: list[tuple[int, int]]) -> bool:
        """Whether sentence i overlaps any of `spans` (offsets of the text)."""
        s, e = self.spans[i]
        return any(a < e and b > s for a, b in spans)

    def quotes(self, indexes: Iterable[int], limit: int = 3) -> list[str]:
        seen: list[str] = []
        for i in dict.fromkeys(indexes):
            q = self.sentence(i)
            if len(q) > 240:
                q = q[:240].rstrip()
            if q not in seen:
                seen.append(q)
            if len(seen) >= limit:
                break
        return seen


def _is_contentful(sentence: str) -> bool:
    cjk = len(CJK.findall(sentence))
    words = [w.lower() for w in _LATIN_WORD.findall(sentence)]
    if cjk >= 6:
        labels = sum(len(m.group()) for m in _ZH_LABELS.finditer(sentence))
        return cjk - labels >= 6 and labels / cjk < 0.4
    if len(words) < 5:
        return cjk + len(words) >= 5 and cjk >= 3
    labels = sum(w in _LABEL_WORDS for w in words)
    return labels / len(words) < 0.34


@lru_cache(maxsize=1)
def _en_verbs() -> tuple[frozenset[str], frozenset[str]]:
    lex = lexicon()
    verbs = frozenset(w.lower() for w in lex.entries("actions", "en"))
    return verbs, frozenset(w.lower() for w in lex.entries("actions.not_action_en", "en"))


def _own_action_hits(view: TextView) -> dict[int, list[tuple[int, int]]]:
    out = _direct_own_actions(view)
    for i, span in _labelled_own(view).items():
        out.setdefault(i, []).append(span)
    for i, spans in _carried_own_actions(view).items():
        have = out.setdefault(i, [])
        have.extend(sp for sp in spans if not any(a < sp[1] and sp[0] < b for a, b in have))
        have.sort()
    return out


def _labelled_own(view: TextView) -> dict[int, tuple[int, int]]:
    """Sentences told as `label: value` whose label names the speaker as the owner ("- mine: the
    query parser", 我的部分：…): the label's span, an own action told without a verb."""
    pat = lexicon().pattern("own_label", view.lang)
    if pat is None:
        return {}
    out: dict[int, tuple[int, int]] = {}
    for i, (s, e) in enumerate(view.spans):
        m = pat.match(view.text, s, e)
        if m is not None and view.text[m.end() : e].strip():
            out[i] = m.span()
    return out


def _direct_own_actions(view: TextView) -> dict[int, list[tuple[int, int]]]:
    """ "I <verb>" / "我<verb>" spans: the speaker named as the subject of an action."""
    out: dict[int, list[tuple[int, int]]] = {}
    if view.lang == "zh":
        zh_verbs = lexicon().pattern("actions", "zh")
        for m in _ZH_SELF.finditer(view.text):
            tail = view.text[m.start() + 1 : m.start() + 13]
            v = zh_verbs.search(tail) if zh_verbs else None
            end = m.start() + 1 + v.end() if v and v.start() <= 5 else None
            if end is None:
                done = _ZH_DONE.match(tail)
                end = m.start() + 1 + done.end() if done else None
            if end is not None:
                out.setdefault(view.index_of(m.start()), []).append((m.start(), end))
        return out
    verbs, not_verbs = _en_verbs()
    for m in _FIRST_PERSON_EN.finditer(view.text):
        if view.text[m.start()] != "I" and not _LOWER_I.match(view.text, m.start()):
            continue
        word = m.group(1).lower()
        if word in not_verbs or word in _EN_COGNITION:
            continue
        if word in _EN_DO and _EN_DO_NOT_DOING.match(view.text, m.end()):
            continue  # "I did not touch it", "I do think so": an auxiliary, no deed
        i = view.index_of(m.start())
        if (
            word in verbs
            or (word.endswith("ed") and len(word) > 4)
            or present_habit(word, view.sentence(i))
        ):
            out.setdefault(i, []).append(m.span())
    return out


# Clauses inside a sentence: a subject stated once carries over them ("我负责X，把A调到B，并加了C").
_CLAUSE = re.compile(r"(?:[^，,、：:]|,(?=\d{3}))+")
_CLAUSE_EN = re.compile(
    r"(?:[^,:]|,(?=\d{3}))+?(?=,(?!\d{3})|:|\s+(?:and|then)\s+|$)", re.IGNORECASE
)
_ZH_LEAD = re.compile(
    r"\s*(?:并且|并|然后|接着|随后|后来|同时|最后|另外|又|再|还|也|先|就)?"
    r"(?:亲自|自己|主要|重新|专门|额外|单独|顺手|顺便)?"
)
_ZH_OTHER_SUBJECT = re.compile(
    r"我们|咱们|团队|大家|组里|他们|她们|同事|队友|别人|其他人|领导|老板|经理|组长|产品|运维|"
    r"用户|客户|公司|对方|^(?:他|她|它|这|那)"
)
#: A one-character verb is an action only with a result/aspect mark after it (调到, 测了, 写完).
_ZH_SHORT_VERB = re.compile(
    r"[写改拆测选调补带跑加删换砍](?:了|过|成|到|掉|好|完|出|进|上|下|为|小|大)"
)
#: Verbs used as nouns or time words (上线后, 评估集, 训练数据) are not actions at a clause head.
#: After a verb, a degree word describes a habit (沟通很多, 配合得好), not an action done.
_ZH_NOT_VERB_AFTER = frozenset("后前时的集率数量很挺比较得都")
_EN_LEAD = re.compile(
    r"\s*(?:(?:and|then|also|later|finally|first|next|so|personally|eventually)\s+)*"
    r"(?:\w+ly\s+)?",
    re.IGNORECASE,
)
_EN_OTHER_SUBJECT = re.compile(
    r"(?:we|they|he|she|it|this|that|everyone|someone|others|people|users|customers|"
    r"(?:the|our|my|their) (?:team|manager|lead|company|rest|colleagues?|teammates?))\b",
    re.IGNORECASE,
)
_EN_RELATIVE = re.compile(r"\b(?:which|that|who|whose|where)\b", re.IGNORECASE)
_JOINER = re.compile(r"^\s*(?:(?:and|then)\s+)?", re.IGNORECASE)
_EN_SELF = re.compile(r"(?<![\w'])[Ii](?:'m|'ve|'d)?\s+(\w+)")
_EN_COGNITION = frozenset(
    "think thought believe believed feel felt guess suppose hope hoped want wanted wish like "
    "liked love loved mean know knew assume assumed doubt expect expected would could might "
    "may should".split()
)
_EN_NOT_ACTION_BEFORE = re.compile(r"\s+(?:on|to|by|with|upon|as)\b", re.IGNORECASE)


def _carried_own_actions(view: TextView) -> dict[int, list[tuple[int, int]]]:
    """Clauses with no subject of their own after a first-person subject in the same sentence."""
    out: dict[int, list[tuple[int, int]]] = {}
    zh = view.lang == "zh"
    clause_re = _CLAUSE if zh else _CLAUSE_EN
    for i, (start, end) in enumerate(view.spans):
        sentence = view.text[start:end]
        carrying = relative = False
        for m in clause_re.finditer(sentence):
            clause = m.group()
            if not clause.strip():
                continue
            after_relative, relative = relative, bool(not zh and _EN_RELATIVE.search(clause))
            own = _zh_own_subject(clause) if zh else _en_own_subject(clause)
            if own is not None:
                carrying = own  # "我觉得" / "I think" ends the carry instead of starting one
                continue
            lead = (_ZH_LEAD if zh else _EN_LEAD).match(clause)
            head = clause[lead.end() if lead else 0 :]
            if _ZH_OTHER_SUBJECT.search(head[:4]) if zh else _EN_OTHER_SUBJECT.match(head):
                carrying = False
                continue
            if after_relative and sentence[: m.start()].rstrip()[-1:] != ",":
                continue  # "..., which lasted two months and touched X": the relative's verb
            if carrying and (_zh_verb_head(head) if zh else _en_verb_head(head)):
                s, e = start + m.start(), start + m.end()
                s += len(clause) - len(_JOINER.sub("", clause, count=1))
                e -= len(clause) - len(clause.rstrip(" .。!！?？;；"))
                if e > s:
                    out.setdefault(i, []).append((s, e))
    return out


def _zh_own_subject(clause: str) -> bool | None:
    """True: 我 acts here; False: only 我觉得-like opinions; None: no 我 as subject."""
    if "我" not in clause.replace("我们", ""):
        return None
    return bool(_ZH_SELF.search(clause.replace("我们", "××")))


def _en_own_subject(clause: str) -> bool | None:
    found = [m.group(1).lower() for m in _EN_SELF.finditer(clause)]
    if not found:
        return None
    return any(w not in _EN_COGNITION for w in found)


def _zh_verb_head(head: str) -> bool:
    if _ZH_SHORT_VERB.match(head):
        return True
    verbs = lexicon().pattern("actions", "zh")
    m = verbs.match(head) if verbs else None
    if m is None or len(m.group()) < 2 and m.group() != "把":
        return False
    return head[m.end() : m.end() + 1] not in _ZH_NOT_VERB_AFTER


def _en_verb_head(head: str) -> bool:
    m = re.match(r"([A-Za-z]+)", head)
    if not m:
        return False
    word = m.group(1).lower()
    verbs, not_verbs = _en_verbs()
    if word in not_verbs or word in _EN_COGNITION:
        return False
    if word.endswith("ed") and _EN_NOT_ACTION_BEFORE.match(head, m.end()):
        return False  # "based on", "compared to", "followed by"
    return word in verbs or (word.endswith("ed") and len(word) > 4)
