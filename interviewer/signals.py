"""Language and text signals shared by the offline grader and the gap analyser.

Every string a `find_*` function returns is an exact substring of its input, so it can be
shown as evidence. Word lists live in `interviewer/data/lexicon.yaml`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon.yaml"

_CJK = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_OTHER_SCRIPT = re.compile(
    r"[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\uac00-\ud7af]"
)
# A sentence: runs up to 。！？!?；; or a newline, or a full stop followed by a space/end
# (so 3.5, v1.2 and e.g.x stay inside one sentence).
_SENTENCE = re.compile(r"(?:[^。！？!?；;\n.]|\.(?=[^\s.]))+(?:[。！？!?；;.]+|$)")
_LABEL_WORDS = frozenset(
    "situation task action result results tradeoff tradeoffs trade-off trade-offs star metric "
    "metrics ownership failure lesson lessons impact baseline depth reflection motivation".split()
)
_ZH_LABELS = re.compile(r"背景|情境|任务|行动|结果|权衡|取舍|指标|复盘|教训|失败|量化|负责")
_FIRST_PERSON_EN = re.compile(
    r"\bI(?:\s+(?:\w+ly|also|then|first|personally|myself|later|quickly|eventually|finally|"
    r"immediately|now|had|have|'ve|just))?\s+(\w+)", re.IGNORECASE
)
_FIRST_PERSON_EN_STRICT = re.compile(r"(?<![A-Za-z'])I(?![A-Za-z'])")
_ZH_SELF = re.compile(
    r"我(?!们|觉得|认为|想|希望|喜欢|感觉|猜|相信|知道|是|的|司|方|还|也是)[^，。；！？,.;\n]{0,5}?"
)
_ZH_DONE = re.compile(r"[^，。；！？,.;\n]{1,10}?[了过]")
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


# ---------------------------------------------------------------- lexicon


def compile_terms(entries: Iterable[str], lang: str) -> re.Pattern[str] | None:
    parts: list[str] = []
    for raw in entries:
        if raw.startswith("re:"):
            parts.append(f"(?:{raw[3:]})")
            continue
        phrase = raw.strip()
        if not phrase:
            continue
        esc = re.escape(phrase).replace(r"\ ", r"\s+")
        if lang == "en" or re.match(r"[A-Za-z]", phrase):
            head = r"(?<![A-Za-z])" if re.match(r"\w", phrase) else ""
            tail = r"(?![A-Za-z])" if re.search(r"\w$", phrase) else ""
            parts.append(head + esc + tail)
        else:
            parts.append(esc)
    if not parts:
        return None
    # longest alternatives first so "at the cost of" wins over "cost"
    parts.sort(key=len, reverse=True)
    return re.compile("|".join(parts), re.IGNORECASE | re.MULTILINE)


_ASCII_TOKEN = re.compile(r"[a-z0-9]+|[^\sa-z0-9\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")
_HAS_CJK = re.compile(r"[\u4e00-\u9fff]")
Spans = dict[str, list[tuple[int, int]]]
#: Lists that are not word lists to scan answers with (matched separately, or not matched).
_NOT_SCANNED = frozenset({"injection", "stopwords"})
#: Lists matched in both languages whatever the answer's language (tech terms mix freely).
_BILINGUAL = frozenset({"depth.technical", "depth.buzzwords"})


class Lexicon:
    """The word lists of lexicon.yaml, indexed so one pass over a text finds every list's hits.

    Plain entries are matched as whole token sequences (English, case-insensitive) or as
    substrings (Chinese); `re:` entries as regular expressions.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self._patterns: dict[tuple[str, str], re.Pattern[str] | None] = {}
        self._phrases: dict[str, dict[tuple[str, ...], list[str]]] = {"zh": {}, "en": {}}
        self._cjk: dict[str, dict[str, list[tuple[str, str]]]] = {"zh": {}, "en": {}}
        self._regexes: dict[str, list[tuple[str, re.Pattern[str]]]] = {"zh": [], "en": []}
        self._prefixes: dict[str, set[tuple[str, ...]]] = {"zh": set(), "en": set()}
        for path, by_lang in self._leaves(data, ""):
            if path in _NOT_SCANNED:
                continue
            for lang in ("zh", "en"):
                entries = by_lang.get(lang, [])
                if path in _BILINGUAL:
                    entries = [*by_lang.get("zh", []), *by_lang.get("en", [])]
                self._index(path, lang, entries)

    def _leaves(self, node: Any, prefix: str) -> Iterable[tuple[str, dict[str, list[str]]]]:
        if not isinstance(node, dict):
            return
        if any(isinstance(v, list) for v in node.values()):
            yield prefix, {k: [str(x) for x in v] for k, v in node.items() if isinstance(v, list)}
        for key, value in node.items():
            if isinstance(value, dict):
                yield from self._leaves(value, f"{prefix}.{key}" if prefix else key)

    def _index(self, path: str, lang: str, entries: list[str]) -> None:
        regex_parts = []
        for raw in entries:
            if raw.startswith("re:"):
                regex_parts.append(f"(?:{raw[3:]})")
            elif _HAS_CJK.search(raw):
                self._cjk[lang].setdefault(raw[0], []).append((raw, path))
            else:
                toks = tuple(_ASCII_TOKEN.findall(raw.strip().lower()))
                if toks:
                    self._phrases[lang].setdefault(toks, []).append(path)
                    self._prefixes[lang].update(toks[:k] for k in range(1, len(toks) + 1))
        if regex_parts:
            pat = re.compile("|".join(regex_parts), re.IGNORECASE | re.MULTILINE)
            self._regexes[lang].append((path, pat))

    def scan(self, text: str, lang: str) -> Spans:
        """Every list's matches in `text` for `lang`: list path -> spans."""
        out: Spans = {}
        low = text.lower()
        if len(low) != len(text):  # a few characters lower-case to two; keep offsets aligned
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        toks = [(m.group(), m.start(), m.end()) for m in _ASCII_TOKEN.finditer(low)]
        words = [t[0] for t in toks]
        phrases, prefixes = self._phrases[lang], self._prefixes[lang]
        n_toks = len(toks)
        for i in range(n_toks):
            key: tuple[str, ...] = (words[i],)
            j = i
            while key in prefixes:
                paths = phrases.get(key)
                if paths:
                    end = toks[j][2]
                    for path in paths:
                        out.setdefault(path, []).append((toks[i][1], end))
                j += 1
                if j >= n_toks:
                    break
                key = (*key, words[j])
        cjk = self._cjk[lang]
        if cjk:
            for pos, ch in enumerate(low):
                for entry, path in cjk.get(ch, ()):
                    if low.startswith(entry, pos):
                        out.setdefault(path, []).append((pos, pos + len(entry)))
        for path, pat in self._regexes[lang]:
            for m in pat.finditer(text):
                if m.end() > m.start():
                    out.setdefault(path, []).append(m.span())
        return out

    def entries(self, path: str, lang: str) -> list[str]:
        node: Any = self.data
        for key in path.split("."):
            node = node.get(key, {}) if isinstance(node, dict) else {}
        if isinstance(node, list):
            return [str(x) for x in node]
        return [str(x) for x in node.get(lang, [])] if isinstance(node, dict) else []

    def pattern(self, path: str, lang: str) -> re.Pattern[str] | None:
        """One regex matching any entry of `path` (dot-separated) for `lang`."""
        key = (path, lang)
        if key not in self._patterns:
            self._patterns[key] = compile_terms(self.entries(path, lang), lang)
        return self._patterns[key]

    def text(self, path: str, lang: str) -> str:
        """A bilingual text entry (`{zh, en}`) under `path`."""
        node: Any = self.data
        for key in path.split("."):
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return str(node.get(lang) or node.get("en") or "") if isinstance(node, dict) else ""


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon, loaded once."""
    with LEXICON_PATH.open(encoding="utf-8") as f:
        return Lexicon(yaml.safe_load(f))


# ---------------------------------------------------------------- language and sentences


def detect_lang(text: str) -> str:
    """`zh` when Chinese characters carry the text, else `en`."""
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN_WORD.findall(text))
    return "zh" if cjk and cjk >= latin * 0.5 else "en"


def detect_script(text: str) -> str:
    """`zh`, `en` or `other` (a third language: another script, or Latin text that is not English)."""
    cjk = len(_CJK.findall(text))
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


# ---------------------------------------------------------------- one answer, analysed once


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
        langs = ("zh", "en") if both and path not in _BILINGUAL else (self.lang,)
        for lang in langs:
            for span in self._scan(lang).get(path, ()):
                out.setdefault(self.index_of(span[0]), []).append(span)
        self._hits[key] = out
        return out

    def talks_about_work(self) -> bool:
        """True when any word list of work, projects or the candidate's story matches."""
        found = self._scan(self.lang)
        return any(path in found for path in _WORK_LISTS) or bool(_ANY_NUMBER.search(self.text))

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
    cjk = len(_CJK.findall(sentence))
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
    out: dict[int, list[tuple[int, int]]] = {}
    if view.lang == "zh":
        verbs = lexicon().pattern("actions", "zh")
        for m in _ZH_SELF.finditer(view.text):
            tail = view.text[m.start() + 1 : m.start() + 13]
            v = verbs.search(tail) if verbs else None
            end = m.start() + 1 + v.end() if v and v.start() <= 5 else None
            if end is None:
                done = _ZH_DONE.match(tail)
                end = m.start() + 1 + done.end() if done else None
            if end is not None:
                out.setdefault(view.index_of(m.start()), []).append((m.start(), end))
        return out
    verbs, not_verbs = _en_verbs()
    for m in _FIRST_PERSON_EN.finditer(view.text):
        if view.text[m.start()] != "I":
            continue
        word = m.group(1).lower()
        if word in not_verbs:
            continue
        if word in verbs or (word.endswith("ed") and len(word) > 4):
            out.setdefault(view.index_of(m.start()), []).append(m.span())
    return out


# ---------------------------------------------------------------- public finders


def _view(text: str, lang: str | None) -> TextView:
    return TextView(text, lang)


def find_star(text: str, lang: str | None = None) -> dict[str, list[str]]:
    """STAR parts: situation/task/action/result -> the sentences that show each."""
    v = _view(text, lang)
    parts = star_indexes(v)
    return {k: v.quotes(idx, limit=5) for k, idx in parts.items()}


def star_indexes(v: TextView) -> dict[str, list[int]]:
    ok = v.contentful
    situation = [i for i in v.hits("star.situation") if i in ok]
    task = [i for i in v.hits("star.task") if i in ok]
    action = [i for i in ok if i in v.own_actions or (i in v.team and _has_verb(v, i))]
    result = [i for i in v.hits("star.result") if i in ok]
    if not situation and not task and action:
        # context told before the first action counts as the situation, marker or not
        situation = [i for i in sorted(ok) if i < min(action) and i not in result][:1]
    return {
        "situation": sorted(situation), "task": sorted(task),
        "action": sorted(action), "result": sorted(result),
    }


def _has_verb(v: TextView, i: int) -> bool:
    return i in v.hits("actions", both=False) or bool(
        re.search(r"\b\w{3,}ed\b", v.sentence(i)) if v.lang == "en" else False
    )


def find_tradeoffs(text: str, lang: str | None = None) -> list[str]:
    """Sentences weighing two options (an alternative named, or a cost paid for a choice)."""
    v = _view(text, lang)
    return v.quotes(tradeoff_indexes(v), limit=5)


_OPTION_NAME = re.compile(r"(?:方案|选项|design|option|approach|plan|version|variant)\s*([A-D一二三12])(?![A-Za-z0-9])", re.I)


def tradeoff_indexes(v: TextView) -> list[int]:
    contrast = v.hits("tradeoffs.contrast")
    # naming "option B" is weighing options only when another option is named too
    single_option = len({m.group(1).upper() for m in _OPTION_NAME.finditer(v.text)}) < 2
    keep = set()
    for i, spans in contrast.items():
        if single_option and all(_OPTION_NAME.match(v.text, s) for s, _ in spans):
            continue
        keep.add(i)
    keep |= set(v.hits("tradeoffs.concession")) & set(v.hits("tradeoffs.cost"))
    return sorted(i for i in keep if i in v.contentful)


def find_own_actions(text: str, lang: str | None = None) -> list[str]:
    """Sentences where the speaker says what they did themselves ("I rewrote...", "我把...")."""
    v = _view(text, lang)
    return v.quotes(v.own_actions, limit=8)


def find_team_only(text: str, lang: str | None = None) -> list[str]:
    """"We" sentences that carry no action of the speaker's own."""
    v = _view(text, lang)
    return v.quotes([i for i in v.team if i not in v.own_actions], limit=8)


def find_failures(text: str, lang: str | None = None) -> list[str]:
    """Sentences telling of a failure, bug, incident or mistake."""
    v = _view(text, lang)
    return v.quotes(v.hits("failure.failure"), limit=5)


def find_lessons(text: str, lang: str | None = None) -> list[str]:
    """Sentences stating a lesson, a changed habit or a prevention step."""
    v = _view(text, lang)
    return v.quotes(v.hits("failure.lesson"), limit=5)


def find_buzzwords_without_mechanism(text: str, lang: str | None = None) -> list[str]:
    """Buzzwords in sentences that never say how or why the thing works."""
    v = _view(text, lang)
    mech = v.hits("depth.mechanism")
    out = []
    for i, spans in v.hits("depth.buzzwords", both=True).items():
        if i not in mech:
            out.extend(v.text[s:e] for s, e in spans)
    return list(dict.fromkeys(out))


def find_fillers(text: str, lang: str | None = None) -> list[str]:
    """Filler words and phrases, as written."""
    v = _view(text, lang)
    return [v.text[s:e] for spans in v.hits("specificity.filler").values() for s, e in spans]


@lru_cache(maxsize=1)
def _injection_rules() -> tuple[re.Pattern[str], ...]:
    # one regex per rule: each keeps a small set of first characters, which sre skips to fast
    rules = []
    for lang in ("en", "zh"):
        for entry in lexicon().entries("injection", lang):
            source = entry[3:] if entry.startswith("re:") else re.escape(entry)
            rules.append(re.compile(source, re.IGNORECASE | re.MULTILINE))
    return tuple(rules)


def injection_spans(text: str) -> list[tuple[int, int]]:
    """Spans of grader-directed instructions (both languages' patterns, always)."""
    spans = [m.span() for rule in _injection_rules() for m in rule.finditer(text) if m.end() > m.start()]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def detect_injection(text: str) -> list[str]:
    """Quotes of instructions aimed at the grader or interviewer (fake tags, "give 5/5", 给满分)."""
    return [quote_span(text, s, e) for s, e in injection_spans(text)]


_ZH_COMMON = frozenset("的了是我你他她它在有一个这那就也都和与么什怎讲说次经历过吗呢吧啊为们会能要不没很就对到上下中里")
_TOKEN_EN = re.compile(r"[A-Za-z][A-Za-z0-9+#-]{2,}")
_ANY_NUMBER = re.compile(r"\d")
#: Word lists whose presence shows an answer talks about work, interviews or the candidate's story.
_WORK_LISTS = (
    "offtopic.work", "depth.technical", "depth.buzzwords", "depth.limit", "metrics.measure_words",
    "metrics.method", "actions", "star.situation", "star.task", "star.result", "failure.failure",
    "failure.denial", "failure.lesson", "reflection.hindsight", "reflection.self_critique",
    "reflection.generic", "motivation.specific", "motivation.generic", "motivation.plan",
    "specificity.soft_claims", "tradeoffs.contrast", "improvement",
)


def _content_terms(text: str) -> set[str]:
    stop = {w.lower() for w in lexicon().entries("stopwords", "en")}
    # four-letter prefixes stand in for stems: "batching" meets "batch", "deployed" meets "deploy"
    terms = {w.lower()[:4] for w in _TOKEN_EN.findall(text) if w.lower() not in stop}
    cjk = "".join(_CJK.findall(text))
    terms |= {cjk[i : i + 2] for i in range(len(cjk) - 1)}
    # single content characters too: "招错人" and "我招过" share 招
    terms |= set(cjk) - _ZH_COMMON
    return terms


def is_offtopic(
    question: str, answer: str, lang: str | None = None, keywords: Iterable[str] = (),
    view: TextView | None = None,
) -> bool:
    """True when the answer shares nothing with the question, the topic keywords or work talk.

    `view` (optional) is the answer already analysed, to reuse its word-list matches.
    """
    if view is not None and view.talks_about_work():
        return False
    q_terms = _content_terms(question) - {"你的", "一个", "一次", "什么", "如何", "怎么", "为什", "讲讲"}
    if _content_terms(answer) & q_terms:
        return False
    low = answer.lower()
    if any(k and k.lower() in low for k in keywords):
        return False
    if _content_terms(answer) & _work_prefixes():
        return False
    for path in _WORK_LISTS:
        pat = lexicon().pattern(path, "zh")
        if pat is not None and pat.search(answer):
            return False
    return not _ANY_NUMBER.search(answer)


@lru_cache(maxsize=1)
def _work_prefixes() -> frozenset[str]:
    words = {w for path in _WORK_LISTS for w in lexicon().entries(path, "en")}
    return frozenset(w.lower()[:4] for w in words if w.isalpha() and len(w) >= 3)
