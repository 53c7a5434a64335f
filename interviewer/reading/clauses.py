"""Clauses of an answer with who acts in them, polarity and mood (what a cue can mean there)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from interviewer.reading.text import _FILLER_COMMAS, CJK, clause_spans, sentence_spans, unfill
from interviewer.reading.vocab import require, vocab

require(
    "facts",
    "team_subject",
    "other_subject",
    "cognition",
    "action_zh",
    "hypothetical",
    "negation",
)

Subject = str  # "self" | "team" | "other" | ""

_EN_SELF = re.compile(
    r"(?<![\w'])(?:I|I'm|I've|I'd|I'll|me and|my part|myself|personally)(?![\w'])"
)
_EN_SELF_VERB = re.compile(
    r"(?<![\w'])I(?:'ve|'d|'m)?\s+(?:(?:\w+ly|also|then|first|just|later|finally|again|"
    r"personally|myself|had|have|eventually|quickly|mostly|mainly)\s+){0,2}([A-Za-z'-]+)"
)
_EN_WE_VERB = re.compile(
    r"(?<![\w'])(?:we|we've|we'd|the team|our team|my team)\s+(?:(?:\w+ly|also|then|first|just|"
    r"later|finally|all|had|have|eventually|together)\s+){0,2}([A-Za-z'-]+)",
    re.IGNORECASE,
)
_ZH_SELF = re.compile(r"我(?!们)|本人|我自己")
_LEADING_JOINT = re.compile(
    r"^(?:and|but|so|then|also|because|since|which|while|when|after|before|until|plus|"
    r"though|although|and then|so that)\b\s*",
    re.IGNORECASE,
)
_ZH_NEG = re.compile(r"没有|没|未|从未|从来没|并非|不是|不再|不用|不能|别|不会|不太|不要")
_EN_COPULA = frozenset("am is are was were be been 'm".split())


@dataclass
class Clause:
    """One clause: offsets, its sentence, who acts, and how it is said."""

    start: int
    end: int
    text: str
    sentence: int
    subject: Subject
    own_verb: bool
    """The speaker (or the team, for subject "team") does something here, not thinks it."""
    negated: bool
    hypothetical: bool
    question: bool


def _first(text: str, *patterns: re.Pattern[str] | None) -> int:
    best = len(text) + 1
    for p in patterns:
        if p is None:
            continue
        m = p.search(text)
        if m and m.start() < best:
            best = m.start()
    return best


def _subject(clause: str) -> Subject:
    v = vocab()
    team = v["facts.team_subject"].pattern
    other = v["facts.other_subject"].pattern
    self_pos = _first(clause, _EN_SELF, _ZH_SELF)
    team_pos = _first(clause, team)
    other_pos = _first(clause, other)
    best = min(self_pos, team_pos, other_pos)
    if best > len(clause):
        return ""
    if best == self_pos:
        return "self"
    return "team" if best == team_pos else "other"


def _en_verb_ok(word: str) -> bool:
    cog = vocab()["facts.cognition"].pattern
    w = word.lower()
    if w in _EN_COPULA:
        return False
    return not (cog and cog.fullmatch(w))


def _acts(clause: str, subject: Subject) -> bool:
    """Does the subject do something in this clause (not think, want or be)?"""
    if CJK.search(clause):
        action = vocab()["facts.action_zh"].pattern
        cog = vocab()["facts.cognition"].pattern
        pos = {"self": _ZH_SELF, "team": vocab()["facts.team_subject"].pattern}.get(subject)
        m = pos.search(clause) if pos else None
        after = clause[m.end() :] if m else clause
        if cog and cog.match(after.lstrip()) and not (action and action.match(after.lstrip())):
            return False
        return bool(action and action.search(after))
    pat = _EN_SELF_VERB if subject == "self" else _EN_WE_VERB
    m = pat.search(clause)
    if m is None:
        return subject != "" and _starts_with_verb(clause)
    if re.match(r"(?:I'm|I am|we're|we are)\b", m.group(), re.IGNORECASE):
        return m.group(1).lower().endswith("ing")  # "I'm a fast learner" is no action
    return _en_verb_ok(m.group(1))


def _starts_with_verb(clause: str) -> bool:
    m = re.match(r"\s*([A-Za-z'-]+)", _LEADING_JOINT.sub("", clause))
    if not m:
        return False
    w = m.group(1).lower()
    return w.endswith("ed") and len(w) > 4 and _en_verb_ok(w)


def _negated(clause: str) -> bool:
    if CJK.search(clause):
        return bool(_ZH_NEG.search(clause))
    neg = vocab()["facts.negation"].pattern
    return bool(neg and neg.search(clause))


def _hypothetical(clause: str) -> bool:
    hyp = vocab()["facts.hypothetical"].pattern
    return bool(hyp and hyp.search(clause))


def read_clauses(text: str) -> list[Clause]:
    """Every clause of `text`; a clause with no subject of its own carries the one before it
    in the same sentence ("I rewrote X, added Y and measured Z": all three are the speaker's)."""
    out: list[Clause] = []
    plain = unfill(text)  # "we, like, rebuilt it": a spoken aside never cuts a clause
    for si, (s, e) in enumerate(sentence_spans(text)):
        question = text[s:e].rstrip().endswith(("?", "？")) or bool(
            re.search(r"[吗呢][？?。]?$", text[s:e].rstrip())
        )
        carried: Subject = ""
        for cs, ce in clause_spans(plain, s, e):
            ctext = text[cs:ce]
            bare = _FILLER_COMMAS.sub(" ", ctext)  # "Basically we rebuilt most of it"
            subj = _subject(bare)
            own_subject = subj != ""
            if not own_subject:
                subj = carried
            acts = bool(subj) and (_acts(bare, subj) if own_subject else _carried_acts(bare))
            out.append(
                Clause(
                    start=cs,
                    end=ce,
                    text=ctext,
                    sentence=si,
                    subject=subj,
                    own_verb=acts,
                    negated=_negated(ctext),
                    hypothetical=_hypothetical(ctext),
                    question=question,
                )
            )
            if own_subject:
                carried = subj
    return out


def _carried_acts(clause: str) -> bool:
    """A clause without its own subject acts when it opens with a verb (added Y, 把A调到B)."""
    if CJK.search(clause[:3]):
        action = vocab()["facts.action_zh"].pattern
        head = re.sub(
            r"^(?:并且|并|然后|接着|随后|后来|同时|最后|另外|又|再|还|也|先|就|亲自|自己)+",
            "",
            clause,
        )
        return bool(action and action.match(head))
    return _starts_with_verb(clause) or bool(
        re.match(
            r"\s*(?:(?:and|then|also|so)\s+)*(?:wrote|built|ran|made|set|cut|put|led|took|"
            r"drove|chose|found|split|kept|sent|got|did|shipped|added|moved|rewrote|"
            r"designed|trained|tuned|measured|labelled|labeled|tested|fixed)\b",
            clause,
            re.IGNORECASE,
        )
    )
