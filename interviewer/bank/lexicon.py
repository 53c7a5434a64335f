"""The language cues of the key-point detector, from `lexicon.yaml` (validated like every data file)."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, model_validator

from interviewer.bank.schema import Terms

LEXICON_FILE = Path(__file__).with_name("lexicon.yaml")


class Lexicon(BaseModel):
    """Cue words; each list is read in both languages."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

    negators: Terms
    """Deny what follows them in their clause."""
    not_negators: Terms
    """Contain a negator but deny nothing (不同, not only)."""
    contrast: Terms
    """Begin a new clause (but, 而是)."""
    up: Terms
    """Say a quantity grows or is large."""
    down: Terms
    """Say a quantity shrinks, is small or is removed."""
    not_directions: Terms
    """Contain a direction word but say no change (更新, at least)."""
    fillers: Terms
    """Spoken padding, skipped when deciding whether a negation's clause is empty."""
    respectively: Terms
    """Mark parallel lists."""
    post_negators: Terms
    """Deny their whole clause, what comes before them too (topic first: "p99 没必要看", "X is a
    myth")."""
    phrase_negators: Terms
    """Deny only the phrase right after them ("without scaling", "而不是 X")."""
    definition: Terms
    """Right after a compared thing's name, make the rest of the clause what that thing is
    ("X is when …", "X, that's the one where …", "X 就是 …"): regular expressions over the text
    after the name (detector `_misdefined`)."""
    compare_before: Terms
    """Introduce a term named only for comparison (like X, 像 X)."""
    compare_after: Terms
    """Follow a term named only for comparison (X 一样)."""
    counterfactual: Terms
    """Open what would happen without the preceding action ("otherwise", "否则"): hypothetical."""
    reported: Terms
    """Attribute a belief to others ("people often think", "a common assumption is", "有人以为"):
    what follows, up to a `correction` word or the sentence's end, is reported, not asserted."""
    correction: Terms
    """End a reported belief: the speaker's own claim starts ("but actually", "其实")."""
    rejection: Terms
    """Judge the statement just made false by pointing back at it ("Not true.", "这是错的",
    "It doesn't.", "I pushed back"). Read only when the judgment is its clause's whole content
    (with `fillers`): that statement is then denied, not asserted."""
    covary: Terms
    """Tie two quantities to one direction ("grows with", "随…增长", "proportional to"): a quantity
    on one side moves the way the other is said to move."""
    privative: Terms
    """Remove or spare what follows them ("省掉了 X", "gets rid of X", "avoids X"): where a key
    point denies X exists or is needed, saying it is removed states that denial."""
    covary_inverse: Terms
    """Tie two quantities to opposite directions ("inversely proportional to", "成反比")."""
    tentative: Terms
    """Open or close a question that proposes the speaker's own answer, hedged ("maybe it keeps
    …?", "something like …?", 可能是…？, …对吧？): that question is a guess, read as said."""
    asking: Terms
    """Make a question a real question even when it is hedged: it asks for something (why, how,
    为什么, 什么) or about the question itself ("do you mean", 是指): it asserts nothing."""
    stopwords: Terms
    """Words that carry no content when an answer's sentence is compared with a key point's own
    sentence word by word (`coverage`): English whole words; Chinese single characters, a pair of
    which is skipped."""


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    from interviewer.loader import validate_file

    return validate_file(LEXICON_FILE, Lexicon)


THESAURUS_FILE = Path(__file__).with_name("thesaurus.yaml")
#: Most variants one term expands into (the original included).
MAX_VARIANTS = 24
#: A Chinese family member shorter than this is neither looked for nor put in: one character
#: ("改", "步") is found inside too many words.
MIN_ZH_KEY = 2


class Family(BaseModel):
    """Words that say the same thing in a technical answer, per language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    zh: list[str] = []
    en: list[str] = []
    alone: bool = False
    """Members are synonyms even as a whole term ("长尾" = "冷门"); otherwise a member is swapped
    only inside a longer term, whose other words keep it specific ("benchmark" alone is not
    "measure", but "benchmark the steps" is "measure the steps")."""


class Thesaurus(BaseModel):
    """Word families shared by every question: a term of the bank that contains one member also
    matches with another member in its place ("revise the plan" also reads "redo the plan",
    "混入通用数据" also reads "掺入通用语料"), so a paraphrase need not use the key's words."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    families: list[Family]

    @model_validator(mode="after")
    def _one_family_per_word(self) -> Thesaurus:
        seen: dict[str, int] = {}
        for i, fam in enumerate(self.families):
            for w in [*fam.zh, *fam.en]:
                key = w.lower()
                if key in seen and seen[key] != i:
                    raise ValueError(
                        f"{w!r} is in families {seen[key]} and {i}: a word belongs to one family"
                    )
                seen[key] = i
        return self


@lru_cache(maxsize=1)
def thesaurus() -> Thesaurus:
    from interviewer.loader import validate_file

    return validate_file(THESAURUS_FILE, Thesaurus)


@lru_cache(maxsize=1)
def _family_index() -> tuple[
    re.Pattern[str], re.Pattern[str], dict[str, tuple[str, ...]], frozenset[str]
]:
    """Patterns finding any family member inside a term (English by whole words, Chinese as a
    substring), and each member's family."""
    members: dict[str, tuple[str, ...]] = {}
    en_keys, zh_keys = [], []
    alone: set[str] = set()
    for fam in thesaurus().families:
        for lang, words in (("en", fam.en), ("zh", fam.zh)):
            group = tuple(
                dict.fromkeys(w.lower() for w in words if lang == "en" or len(w) >= MIN_ZH_KEY)
            )
            for w in group:
                members.setdefault(w, group)
                if fam.alone:
                    alone.add(w)
                if lang == "en":
                    en_keys.append(w)
                else:
                    zh_keys.append(w)
    en = "|".join(re.escape(w) for w in sorted(set(en_keys), key=len, reverse=True))
    zh = "|".join(re.escape(w) for w in sorted(set(zh_keys), key=len, reverse=True))
    return (
        re.compile(rf"(?<![a-z0-9])(?:{en or '(?!x)x'})(?![a-z0-9*])"),
        re.compile(zh or "(?!x)x"),
        members,
        frozenset(alone),
    )


def _variants(term: str) -> list[str]:
    if term.startswith("re:"):
        return [term]
    en, zh, members, alone = _family_index()
    low = term.lower()
    spans = [(m.start(), m.end()) for m in en.finditer(low)]
    spans += [
        (m.start(), m.end())
        for m in zh.finditer(low)
        if not any(s < m.end() and m.start() < e for s, e in spans)
    ]
    whole = len(spans) == 1 and spans[0] == (0, len(low.strip()))
    if not spans or (whole and low.strip() not in alone):
        return [term]
    pieces: list[tuple[str, ...]] = []
    at = 0
    for s, e in sorted(spans):
        pieces.append((low[at:s],))
        pieces.append(members[low[s:e]])
        at = e
    pieces.append((low[at:],))
    out = [low]
    for combo in itertools.product(*pieces):
        if len(out) >= MAX_VARIANTS:
            break
        out.append("".join(combo))
    return list(dict.fromkeys(out))


#: "之前的 token": code-mixed answers drop the 的 between a Chinese modifier and an English noun
#: ("之前 token 的 K 和 V").
_DE_BEFORE_LATIN = re.compile(r"的\s*(?=[a-z0-9])")
#: "k 和 v", "key and value": a pair of Latin words joined by a coordinator, which answers write
#: with any of them ("K、V", "K/V", "key/value", "K 跟 V").
_LATIN_PAIR = re.compile(r"^([a-z0-9]+)\s*(?:和|与|跟|及|、|/|&|and)\s*([a-z0-9]+)$")
_PAIR_JOINS = (" 和 ", " 跟 ", " 与 ", "、", "/", " and ", " & ")


def _script_variants(term: str) -> list[str]:
    """Spellings of a term that code-mixed answers use: the 的 before an English word left out,
    a coordinated pair of English words joined by any coordinator."""
    if term.startswith("re:"):
        return []
    low = term.lower().strip()
    out = []
    if _DE_BEFORE_LATIN.search(low):
        out.append(_DE_BEFORE_LATIN.sub(" ", low))
    pair = _LATIN_PAIR.match(low)
    if pair:
        out += [pair.group(1) + j + pair.group(2) for j in _PAIR_JOINS]
    return out


@lru_cache(maxsize=8192)
def expand(terms: tuple[str, ...]) -> tuple[str, ...]:
    """The terms and every variant the thesaurus allows, with their code-mixed spellings."""
    out: dict[str, None] = {}
    for t in terms:
        for v in _variants(t):
            out.setdefault(v, None)
            for w in _script_variants(v):
                out.setdefault(w, None)
    return tuple(out)
