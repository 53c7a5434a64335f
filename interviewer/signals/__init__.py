"""Language and text signals shared by the offline grader and the gap analyser.

Every string a `find_*` function returns is an exact substring of its input, so it can be
shown as evidence. Word lists live in `interviewer/data/lexicon.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from interviewer.signals.lexicon import Lexicon, compile_terms, lexicon
from interviewer.signals.text import (
    ANY_NUMBER,
    CJK,
    WORK_LISTS,
    TextView,
    detect_lang,
    detect_script,
    quote_span,
    sentence_spans,
    split_sentences,
)

__all__ = [
    "Lexicon",
    "TextView",
    "asks_for",
    "compile_terms",
    "detect_injection",
    "detect_lang",
    "detect_script",
    "find_buzzwords_without_mechanism",
    "find_failures",
    "find_fillers",
    "find_lessons",
    "find_own_actions",
    "find_star",
    "find_team_only",
    "find_tradeoffs",
    "injection_spans",
    "is_offtopic",
    "lexicon",
    "quote_span",
    "sentence_spans",
    "split_sentences",
    "star_indexes",
    "tradeoff_indexes",
]


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
        "situation": sorted(situation),
        "task": sorted(task),
        "action": sorted(action),
        "result": sorted(result),
    }


def _has_verb(v: TextView, i: int) -> bool:
    return i in v.hits("actions", both=False) or bool(
        re.search(r"\b\w{3,}ed\b", v.sentence(i)) if v.lang == "en" else False
    )


def asks_for(gap: str, question: str, lang: str | None = None) -> bool:
    """True when the question's own words ask for `gap` (lexicon list `<gap>.asked`)."""
    if not question.strip():
        return False
    pat = lexicon().pattern(f"{gap}.asked", detect_lang(question) or lang or "en")
    return bool(pat is not None and pat.search(question))


def find_tradeoffs(text: str, lang: str | None = None) -> list[str]:
    """Sentences weighing two options (an alternative named, or a cost paid for a choice)."""
    v = _view(text, lang)
    return v.quotes(tradeoff_indexes(v), limit=5)


_OPTION_NAME = re.compile(
    r"(?:方案|选项|design|option|approach|plan|version|variant)\s*([A-D一二三12])(?![A-Za-z0-9])",
    re.I,
)


#: A figure (a digit with what follows it up to a space) and how far from a comparison word it may
#: stand on each side, in characters, for the word to join two figures.
_DIGIT = re.compile(r"\d")
_FIGURE_BEFORE, _FIGURE_AFTER = 28, 14
#: Words between a comparison and the figure after it that name no option (a time, "the", 的).
_NO_OPTION = re.compile(
    r"^(?:\s|[,，:：(（]|the|a|our|its|their|old|previous|last|before|earlier|launch|"
    r"之前|以前|原来|上线前|改之前|改造前|优化前|旧版|老版|的|上周|上月|去年|with|to|of)*$",
    re.IGNORECASE,
)


def _figure_comparison(v: TextView, i: int, start: int, end: int) -> bool:
    """Whether a comparison word at text[start:end] of sentence i sets one measure's figures side
    by side: a figure shortly before it in the sentence and one shortly after it, with nothing
    naming an option in between ("29% of drafts versus 28% before", 相比之前的 11%)."""
    s, e = v.spans[i]
    before = v.text[max(s, start - _FIGURE_BEFORE) : start]
    after = v.text[end : min(e, end + _FIGURE_AFTER)]
    m = _DIGIT.search(after)
    if m is None or not _DIGIT.search(before):
        return False
    return bool(_NO_OPTION.match(after[: m.start()]))


def tradeoff_indexes(v: TextView) -> list[int]:
    contrast = v.hits("tradeoffs.contrast")
    compared = v.hits("tradeoffs.comparison")
    # naming "option B" is weighing options only when another option is named too
    single_option = len({m.group(1).upper() for m in _OPTION_NAME.finditer(v.text)}) < 2
    keep = set()
    for i, spans in contrast.items():
        if single_option and all(_OPTION_NAME.match(v.text, s) for s, _ in spans):
            continue
        # one measure's figures side by side are a measurement, not an option not taken
        between = [c for c in compared.get(i, []) if _figure_comparison(v, i, *c)]
        if between and all(any(a < ce and b > cs for cs, ce in between) for a, b in spans):
            continue
        keep.add(i)
    keep |= set(v.hits("tradeoffs.concession")) & set(v.hits("tradeoffs.cost"))
    return sorted(i for i in keep if i in v.contentful)


def find_own_actions(text: str, lang: str | None = None) -> list[str]:
    """Sentences where the speaker says what they did themselves ("I rewrote...", "我把...")."""
    v = _view(text, lang)
    return v.quotes(v.own_actions, limit=8)


def find_team_only(text: str, lang: str | None = None) -> list[str]:
    """ "We" sentences that carry no action of the speaker's own."""
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
    out: list[str] = []
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
    spans = [
        m.span() for rule in _injection_rules() for m in rule.finditer(text) if m.end() > m.start()
    ]
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


_ZH_COMMON = frozenset(
    "的了是我你他她它在有一个这那就也都和与么什怎讲说次经历过吗呢吧啊为们会能要不没很就对到上下中里"
)
_TOKEN_EN = re.compile(r"[A-Za-z][A-Za-z0-9+#-]{2,}")


def _content_terms(text: str) -> set[str]:
    stop = {w.lower() for w in lexicon().entries("stopwords", "en")}
    # four-letter prefixes stand in for stems: "batching" meets "batch", "deployed" meets "deploy"
    terms = {w.lower()[:4] for w in _TOKEN_EN.findall(text) if w.lower() not in stop}
    cjk = "".join(CJK.findall(text))
    terms |= {cjk[i : i + 2] for i in range(len(cjk) - 1)}
    # single content characters too: "招错人" and "我招过" share 招
    terms |= set(cjk) - _ZH_COMMON
    return terms


def is_offtopic(
    question: str,
    answer: str,
    lang: str | None = None,
    keywords: Iterable[str] = (),
    view: TextView | None = None,
) -> bool:
    """True when the answer shares nothing with the question, the topic keywords or work talk.

    `view` (optional) is the answer already analysed, to reuse its word-list matches.
    """
    if view is not None and view.talks_about_work():
        return False
    q_terms = _content_terms(question) - {
        "你的",
        "一个",
        "一次",
        "什么",
        "如何",
        "怎么",
        "为什",
        "讲讲",
    }
    if _content_terms(answer) & q_terms:
        return False
    low = answer.lower()
    if any(k and k.lower() in low for k in keywords):
        return False
    if _content_terms(answer) & _work_prefixes():
        return False
    for path in WORK_LISTS:
        pat = lexicon().pattern(path, "zh")
        if pat is not None and pat.search(answer):
            return False
    return not ANY_NUMBER.search(answer)


@lru_cache(maxsize=1)
def _work_prefixes() -> frozenset[str]:
    words = {w for path in WORK_LISTS for w in lexicon().entries(path, "en")}
    return frozenset(w.lower()[:4] for w in words if w.isalpha() and len(w) >= 3)
