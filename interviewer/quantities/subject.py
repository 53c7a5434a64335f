"""What a number is about: the noun phrase of its own clause, never a measure named later.

English: the object of a change verb ("cut [support tickets] by 30%"), the phrase before the
verb ("[conversion] rose from 12% to 19%"), the phrase before a level ("[p95 latency] under
300 ms") or, only when adjacent, after the number ("40% fewer [escalations]", "9 [bugs]").
Chinese: the run of characters before the change ("[检索召回率]从68%提升到83%"), cut at the
particles and light verbs that open it (将/把/使/让…) and at the last 的.
"""

from __future__ import annotations

import re

from interviewer.quantities.head import head_of, neutral_changes, phrase_start
from interviewer.quantities.vocab import vocab

CLAUSE_BREAK_RE = re.compile(
    r"\.(?=\s|$)|[;!?\n。；！？,，:：()（）\[\]【】|｜]|\s[-–—]\s|(?i:\s(?:and|while|which|but|so|whereas|"
    r"then|after|before|with|thanks to|by using|using|via|through)\s)|而且|并且|同时|从而|使得|进而"
)
_EN_STOP = set(
    """the a an our their its my his her this that these those by from to of on in for at and per
    about around roughly approximately under below over above more than less nearly almost up down
    was were is are be been it we i they which while with overall total all both also only just
    some into across within i've we've got get had has have like um uh so then now still approx
    avg went even further another extra additional again fully level whole x times faster slower
    higher lower better worse fewer cheaper shorter smaller bigger larger quicker you know
    basically us them took take brought bring pushed push moved move made make saw see stood
    stands sat sits came reached hit hits landed ended kept keep literally actually maybe go goes
    north south upwards near usually typically normally generally consistently reliably often
    going gone come comes became become becomes gets being did do does done stayed stays stay
    remained remains remain estimated est additional approximately bit little tad""".split()
)
_LINKS = {"per", "on", "of", "for", "in"}
_GERUND_AFTER = {"up", "kept", "keep", "keeps", "started", "start", "spent", "stopped", "finished"}
_PRONOUNS = {"it", "that", "this", "they", "them", "us", "we"}
_ZH_OPENERS_RE = re.compile(
    # Words that open a clause before its subject; single characters that also sit inside
    # measure words (对账, 并发, 后端, 行为) are not among them.
    r"^(?:.*(?:后来|然后|最后|当时|之后|随后|目前|现在|一开始|开始|将|把|使得|使|让|令|帮助|推动|带动|实现了?|通过|"
    r"并且|对于|最终|整体|总体|其中|以及|时候|以后|期间|那段时间|这段时间|阶段))"
)
_ZH_LEAD_RE = re.compile(r"^(?:了|的|是|其|也|都|就|还|再|则|已|又|均|共|累计|平均而言)+")
_ZH_ADVERBS = r"现在|目前|如今|直接|已经|基本上?|终于|一下子|一度|足足|整整|稳定|一直|始终|"
"""Adverbs between a measure and its verb ("召回直接高了", "延迟已经降到", "转化率一度掉到"): never
part of the measure's name."""
_ZH_TAIL_RE = re.compile(
    r"(?:"
    + _ZH_ADVERBS
    + r"从|由|约|大约|大概|将近|近|了|做到|搞到|弄到|拿到|做|只有|只|就|才|则|也|都|还|又|亦|(?<!前)提|达到|达|为|是|至|到|在|控制在|低于|高于|超过|不到|不超过|花了|(?<!开)花|用了|减少|降低|"
    r"下降|提升|提高|增加|增长|缩短|节省|上升|降|减|涨|翻|优化|压缩|缩减|\s)+$"
)
_ZH_BOUND_TAIL_RE = re.compile(r"(?:至少|最少|起码|最多|顶多|至多|也|就|都)+$")
_ZH_REFERENCE_RE = re.compile(
    r"(?:至|到|为|成)(?:原来|之前|以前|原先)的?|(?:原来|之前|以前|原先)的?"
    r"|(?:较|相比|相较于?|比|对比)\s*(?:基线|之前|原来|上一版|旧版|上线前|去年|同期)?"
)
"""A reference level said instead of a measure: "提升至原来的 2.5 倍", "较基线提升 0.07"."""
_RUN_RE = re.compile(r"[\u3400-\u9fffA-Za-z0-9@_/+#'’.\- ]+$")
_AFTER_RE = re.compile(
    r"\s*(?:(?:per|a|an|/|每)\s*(?:year|month|day|week|hour|quarter|annum|yr|mo)\b\s*)?"
    r"(?:(?:fewer|less|more|higher|lower|faster|slower|cheaper|better|quicker|shorter|smaller|"
    r"bigger|larger|lift|uplift|gain|drop|reduction|increase|improvement|decrease)\s+)?"
    r"(?:(?:in|of|on)\s+)?(?:the\s+|our\s+)?"
    r"(?!(?:by|until|till|when|after|before|since|once|while)\b)"  # "by the time I left": when
    r"(?P<np>[A-Za-z][\w'’/-]*(?:\s+[A-Za-z@][\w@'’/-]*){0,2})",
    re.IGNORECASE,
)
_ZH_AFTER_RE = re.compile(
    r"\s*(?:的|of)?\s*(?P<np>[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z0-9 ]{0,10})"
)


def clause_start(text: str, pos: int, width: int = 90) -> int:
    lo = max(0, pos - width)
    last = lo
    for m in CLAUSE_BREAK_RE.finditer(text, lo, pos):
        if m.end() <= pos:
            last = m.end()
    return last


def clause_end(text: str, pos: int, width: int = 60) -> int:
    m = CLAUSE_BREAK_RE.search(text, pos, min(len(text), pos + width))
    return m.start() if m else min(len(text), pos + width)


def change_verbs(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    v = vocab()
    found = [*v.up_re.finditer(text, lo, hi), *v.down_re.finditer(text, lo, hi)]
    found += list(v.outcome_re.finditer(text, lo, hi))
    found = [m for m in found if not _tells_no_change(text, m)]
    return sorted(found, key=lambda m: m.start())


def _tells_no_change(text: str, m: re.Match[str]) -> bool:
    """A change word that tells no change here: a comparative that bounds the figure after it
    ("a bit more than a year"), or the particle of a phrasal verb ("ended up taking ten months")."""
    word = m.group().lower()
    if word in ("more", "less", "fewer") and _THAN_RE.match(text, m.end()):
        return True
    return word == "up" and bool(_PARTICLE_VERB_RE.search(text, max(0, m.start() - 12), m.start()))


_THAN_RE = re.compile(r"\s+than\b", re.IGNORECASE)
_PARTICLE_VERB_RE = re.compile(
    r"(?i:\b(?:end|ends|ended|ending|wind|winds|wound|show|shows|showed|sign|signs|signed|"
    r"come|comes|came|pick|picks|picked|follow|follows|followed|look|looked|make|made|open|opened|"
    r"give|gave|given|back|backed|hold|held|catch|caught)\s+$)"
)


def subject_before(text: str, lo: int, start: int) -> str:
    """The phrase the number at `start` is about, read in its clause before it."""
    found = _subject_before(text, lo, start)
    if found:
        return found
    aside = _ASIDE_BEFORE.search(text, max(0, lo - 40), lo)  # an aside is at most 26 characters
    if aside is None:
        return found
    # "ETA error (MAE) fell from 41 to 23": a short aside in brackets ends no clause; an acronym
    # there is the measure's own name, else the name before it is the subject (read with the
    # aside blanked, so offsets stay)
    inner = aside.group().strip()[1:-1].strip()
    if _ACRONYM.fullmatch(inner):
        return inner
    blanked = text[: aside.start()] + " " * (aside.end() - aside.start()) + text[aside.end() :]
    return _subject_before(blanked, clause_start(blanked, aside.start()), start)


#: A bracketed aside of a few words right before a clause ("(MAE)", "(monthly)", "（P99）").
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9@-]{0,2}[A-Z0-9][A-Za-z0-9@-]{0,6}")
_ASIDE_BEFORE = re.compile(r"[(（][^()（）\n]{1,24}[)）]\s*$")


def _subject_before(text: str, lo: int, start: int) -> str:
    before = text[lo:start]
    if not before.strip():
        return ""
    if re.search(r"[\u3400-\u9fff]", before):
        zh = _zh_subject(before)
        if zh:
            return zh
    found = _en_subject(text, lo, start)
    rel = _RELATIVE_RE.search(text, max(0, lo - 30), lo)
    if rel and (not found or found.lower() in _EN_STOP) and change_verbs(text, lo, start):
        # "reduce churn, which fell to 2.1%": the measure is the one the clause refers back to
        prev = clause_start(text, rel.start())
        return _en_subject(text, prev, rel.start()) or found
    return found


_RELATIVE_RE = re.compile(
    r"(?i:,?\s*\b(?:which|that)\b(?:[\s,]*(?:uh|um|er|like|you know|basically|then))*[\s,]*$)"
)


def _en_subject(text: str, lo: int, start: int) -> str:
    verbs = [m for m in change_verbs(text, lo, start) if re.match(r"[A-Za-z↑↓⬆⬇▲▼]", m.group())]
    neutral = neutral_changes(text, lo, start)
    verbs = sorted([*verbs, *neutral], key=lambda m: m.start())
    if verbs:
        verb = verbs[-1]
        # after "went from" comes the old level, never the measure
        after_verb = "" if verb in neutral else _en_phrase(text[verb.end() : start], from_end=False)
        if after_verb:
            return after_verb  # "cut [support tickets] by", "reduced [p95 latency] from"
        named = head_of(text[phrase_start(text, lo, verb.start()) : verb.start()])
        if named:
            return named  # "[release regressions] caught before shipping rose"
        head = _HEAD_RE.match(text, lo, verb.start())
        if head and not family_of(text[head.end("head") : verb.start()]):
            # "[unplanned bursts] in the pilot zone fell", "[Complaints] asking about refunds went
            # down": the head of the phrase, not the place or aside after it
            return " ".join(head["head"].split())
        return _en_phrase(text[lo : verb.start()], from_end=True)  # "[conversion] rose from"
    return _en_phrase(text[lo:start], from_end=True)  # "[p95 latency] under", "[F1] of"


_HEAD_RE = re.compile(
    r"\s*(?P<head>(?!(?:the|a|an|our|their|its|my|so|and|then|we|i|it|they)\b)[A-Za-z][\w'’-]*"
    r"(?:\s+(?!(?:in|across|at|within|among|from|for|on|asking|about|regarding|that|which|who|"
    r"where|with)\b)[A-Za-z][\w'’-]*){0,3})"
    r"\s+(?:in|across|at|within|among|from|for|on|asking|about|regarding|that|which|who|where|with)\s+"
    r"(?:the\s+|our\s+|a\s+|an\s+)?[A-Za-z]",
    re.IGNORECASE,
)
"""An English subject's head followed by a postmodifier (a place, a scope, a relative clause)."""


def _en_phrase(chunk: str, *, from_end: bool) -> str:
    """The last (or first) run of up to four content words of `chunk`."""
    words = re.findall(r"\d+-[A-Za-z][\w-]*|[A-Za-z@][\w@'’/.+-]*|\S", chunk)  # "7-day retention"
    words = [w.rstrip(".") for w in words]
    if from_end:
        trimmed = _trim_end(words)
        if trimmed is None:
            return ""  # "got it down to": the measure was named before
        words = trimmed
        out: list[str] = []
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            if w.lower() in _LINKS and out and i > 0 and _content(words[i - 1]) and len(out) <= 2:
                out.insert(0, w)  # "watch time [per] session", "conversion [on] assisted sessions"
                continue
            if not _content(w) or len(out) == 5:
                break
            if w.lower().endswith("ing") and i > 0 and words[i - 1].lower() in _GERUND_AFTER:
                break  # "ended up spending about six weeks": a verb, not the thing measured
            after = words[i + 1].lower() if i + 1 < len(words) else ""
            if (
                re.search(r"[^e]ed$", w.lower())
                and (not after or after in _EN_STOP)
                and len(w) > 4
                and not family_of(w)
            ):
                break  # "Served at 500 QPS": a verb, not the thing measured
            out.insert(0, w)
        while out and out[0].lower() in _LINKS:
            out.pop(0)
        at = len(words) - len(out) - 1
        while out and at >= 0 and not _content(words[at]) and re.match(r"[A-Za-z]", words[at]):
            joined = f"{words[at]} {' '.join(out)}"
            term = vocab().family_re.match(joined)
            if term is None or term.end() <= len(words[at]) + 1:
                break
            out.insert(0, words[at])  # "hit rate": a measure whose first word is also a verb
            at -= 1
        return " ".join(out)
    while words and words[0].lower() in _EN_STOP:
        words.pop(0)
    out = []
    for w in words:
        if w.lower() in _EN_STOP or not re.match(r"[A-Za-z@]", w) or len(out) == 4:
            break
        out.append(w)
    return " ".join(out)


def _trim_end(words: list[str]) -> list[str] | None:
    """`words` without the function words that end them, nor the verb that places the figure
    ("the index build now finishes in", "p95 still sits near"); None when a pronoun ends them."""
    words = list(words)
    popped: list[str] = []
    while words and words[-1].lower() in _EN_STOP:
        popped.append(words[-1].lower())
        if words.pop().lower() in _PRONOUNS:
            return None
    if popped and popped[-1] in _PLACE_PREPS and len(words) > 1 and _verb_s(words[-1]):
        words.pop()
        while words and words[-1].lower() in _EN_STOP:
            words.pop()
    return words


#: Prepositions that tell where a figure lies ("finishes in", "sits near", "runs at").
_PLACE_PREPS = frozenset(
    {"in", "within", "at", "near", "around", "under", "below", "about", "over"}
)


def _verb_s(word: str) -> bool:
    """A present-tense verb after its subject ("finishes", "sits", "hovers"), not a plural measure
    ("errors", "sales") nor a measure word ("throughput", "qps")."""
    w = word.lower()
    return (
        len(w) > 3
        and re.fullmatch(r"[a-z]+(?:es|[^s]s)", w) is not None
        and not family_of(w)
        and w not in _PLURAL_MEASURES
    )


_PLURAL_MEASURES = frozenset({"sales", "costs", "errors", "tickets", "users", "orders", "requests"})


def _content(word: str) -> bool:
    return word.lower() not in _EN_STOP and bool(re.match(r"[A-Za-z@]|\d+-[A-Za-z]", word))


def _zh_subject(before: str) -> str:
    run = _RUN_RE.search(before)
    if not run:
        return ""
    chunk = run.group()
    v = vocab()
    verbs = [m for m in [*v.up_re.finditer(chunk), *v.down_re.finditer(chunk)] if _is_zh(m.group())]
    verbs = [m for m in verbs if m.end() < len(chunk.rstrip()) or m.start() > 0]
    np = chunk
    if verbs:
        last = max(verbs, key=lambda m: m.start())
        tail = _ZH_TAIL_RE.sub("", chunk[last.end() :])
        if _ZH_REFERENCE_RE.fullmatch(tail):
            tail = ""  # "提升至原来的 2.5 倍": the old level is no subject
        np = tail if tail.strip() else chunk[: last.start()]
    np = _ZH_TAIL_RE.sub("", np)
    bare = _ZH_TAIL_RE.sub("", _ZH_BOUND_TAIL_RE.sub("", np))
    np = bare if _has_content(bare) else np  # "召回率至少": the bound is no part of the measure
    np = _ZH_OPENERS_RE.sub("", np)
    if "的" in np and len(np.rsplit("的", 1)[1].strip()) >= 2:
        np = np.rsplit("的", 1)[1]
    np = _ZH_LEAD_RE.sub("", np.strip()).strip(" -/+−")
    if _ZH_REFERENCE_RE.fullmatch(np):
        return ""  # "较基线提升 0.07": the comparison, not the measure
    if len(np) > 12:
        terms = list(v.family_re.finditer(np))
        term = terms[-1] if terms else None
        at = max(0, term.start() - 4) if term else max(0, len(np) - 8)
        words = re.search(r"(?:[A-Za-z][\w-]*\s+){1,3}$", np[: term.start()]) if term else None
        if words and re.match(r"[A-Za-z]", term.group() if term else ""):
            at = min(at, words.start())  # "first token latency": the words of the measure
        while 0 < at < len(np) and re.match(r"[A-Za-z0-9]{2}", np[at - 1 : at + 1]):
            at -= 1  # "首 token latency": never cut inside a word
        np = np[at : term.end()] if term else np[at:]
        np = np.strip()
    return np if _has_content(np) else ""


def _is_zh(word: str) -> bool:
    return bool(re.match(r"[\u3400-\u9fff]", word))


def _has_content(np: str) -> bool:
    return bool(re.search(r"[\u3400-\u9fff]{2}|[A-Za-z]{2}", np))


def subject_after(text: str, end: int, hi: int) -> str:
    """The phrase right after the number ("40% fewer escalations", "30% of traffic", "N% 的人工审核")."""
    m = _ZH_AFTER_RE.match(text, end, hi) if re.match(r"\s*的", text[end:hi]) else None
    if m:
        np = re.split(r"[，,。；;、和与及]", m.group("np"))[0].strip()
        return np if _has_content(np) else ""
    m = _AFTER_RE.match(text, end, hi)
    if not m:
        return ""
    return _en_phrase(m.group("np"), from_end=False)


def family_of(subject: str) -> str:
    """The measure family of a subject: the family of the longest vocabulary term in it."""
    v = vocab()
    if v.percentile_re.search(subject):
        return "latency"
    best = ""
    best_end = -1
    for m in v.family_re.finditer(subject):  # the head comes last in both languages
        if m.end() > best_end or (m.end() == best_end and len(m.group()) > len(best)):
            best, best_end = m.group(), m.end()
    if best:
        return v.family_of.get(re.sub(r"\s+", " ", best.lower()), "")
    if re.search(r"(?i:\btimes?$|duration$)|时间$|时长$|耗时$|周期$", subject.strip()):
        return "duration_measure"
    return ""
