"""Facts an answer establishes, each on the exact clause that says it.

A cue word counts only where it can mean its kind: an own action needs the speaker as the
subject doing something; a failure, result or action must not be negated or hypothetical; a
cause or fix needs a failure in the answer; a cost needs a choice (unless the cue says cost
outright); a term is "explained" only when its sentence gives a cause-and-effect link.
"""

from __future__ import annotations

import re

from interviewer.reading.clauses import Clause, _subject
from interviewer.reading.model import Fact, Quantity
from interviewer.reading.text import sentence_spans
from interviewer.reading.vocab import Terms, require, vocab

_KINDS = (
    "method",
    "alternative",
    "choice",
    "cost",
    "failure",
    "cause",
    "fix",
    "lesson",
    "mechanism",
    "term",
    "situation",
    "task",
    "result",
    "motivation",
    "constraint",
)
require(
    "facts",
    *_KINDS,
    "not_mechanism",
    "definition",
    "negation",
    "bad_measure",
    "good_measure",
    "change_down",
    "change_up",
    "said_better",
    "said_worse",
    "aim",
    "sequence",
    "state_anchor",
    "state_good",
    "state_bad",
    "before_clause",
    "measure_rule",
)

#: Kinds that describe what happened: not in a negated or hypothetical clause.
_FACTUAL = frozenset({"failure", "result", "fix", "situation"})
#: Kinds a hypothetical clause can still establish ("I'd measure it on a held-out set").
_MOOD_FREE = frozenset(
    {
        "method",
        "alternative",
        "choice",
        "cost",
        "lesson",
        "mechanism",
        "motivation",
        "constraint",
        "task",
        "cause",
    }
)
_STRONG_COST = (
    "cost",
    "downside",
    "drawback",
    "trade",
    "price",
    "sacrific",
    "expense",
    "代价",
    "缺点",
    "牺牲",
    "取舍",
    "权衡",
    "折中",
    "弊端",
    "副作用",
)
_RESULT_ROLES = frozenset({"result", "baseline", "intermediate"})


def _terms(kind: str) -> Terms:
    return vocab()[f"facts.{kind}"]


def _cue(kind: str, text: str) -> str:
    m = _terms(kind).search(text)
    return m.group() if m else ""


def find_facts(text: str, clauses: list[Clause], quantities: list[Quantity]) -> list[Fact]:
    """Every fact kind found in `clauses` of `text`."""
    spans = sentence_spans(text)
    said = {n: text[a:b] for n, (a, b) in enumerate(spans)}
    cues = [_clean({k: _cue(k, c.text) for k in _KINDS}, c, said[c.sentence]) for c in clauses]
    facts: list[Fact] = []
    has_failure = has_choice = False
    first_action = _first_action(clauses)
    # the sentences that state a rule of counting: the conditions told beside the rule ("A note
    # counts as a hit | when the assigned code is among our five") are its terms, no outcome
    ruled = {c.sentence for c in clauses if _terms("measure_rule").search(c.text)}
    reported = _reported(text, clauses)
    for i, c in enumerate(clauses):
        found = cues[i]
        if c.question:
            facts.append(_fact("question_back", c, "?"))
            continue
        if i not in reported:
            facts += _actions(c) or _owned(c)
        happened = not c.hypothetical  # a negation of the cue itself was removed by _clean
        facts += [_fact(k, c, found[k]) for k in _PLAIN if found[k] and _mood_ok(k, c)]
        if found["failure"] and happened:
            facts.append(_fact("failure", c, found["failure"]))
            has_failure = True
        has_choice = has_choice or bool(found["choice"] or found["alternative"])
        if found["cost"] and (has_choice or _strong_cost(found["cost"])) and not c.negated:
            facts.append(_fact("cost", c, found["cost"]))
        if found["cause"] and has_failure and i > 0:
            facts.append(_fact("cause", c, found["cause"]))
        if found["fix"] and has_failure and happened and not found["failure"]:
            facts.append(_fact("fix", c, found["fix"]))
        early = first_action is None or i <= first_action or c.sentence == 0
        if found["situation"] and not (c.negated or c.hypothetical) and early:
            facts.append(_fact("situation", c, found["situation"]))
        before = _terms("before_clause").search(c.text)  # "before the traffic doubled": a time
        counting = c.sentence in ruled  # "within 48 hours" in a rule of counting: its terms
        if (
            happened
            and not before
            and not counting
            and (found["result"] or _has_result_number(c, quantities))
        ):
            facts.append(_fact("result", c, found["result"] or "number"))
    # a technique named inside someone's quoted words ("“we can't hire more agents”") is what
    # was said to the speaker, not a name-drop of theirs
    quoted = _quoted_spans(text)
    facts += [
        f
        for f in _mechanisms(clauses, cues)
        if f.kind != "term_only" or not any(s <= f.start < e for s, e in quoted)
    ]
    facts += _unmarked_situation(clauses, facts, first_action)
    return facts


#: Kinds whose cue is enough wherever the clause's mood allows it.
_PLAIN = ("method", "alternative", "choice", "lesson", "motivation", "constraint", "task")


def _clean(found: dict[str, str], c: Clause, sentence: str = "") -> dict[str, str]:
    """Drop cues negated right before them ("nothing broke") and "because we used X"; `sentence`
    (its clauses) for what scopes over the clause ("Since the rewrite, on-call has been quiet")."""
    rule = _terms("measure_rule").search(c.text)
    if rule is not None:
        # "a field counts as right when it matches the label", 对的字段数占总字段数: a rule of
        # counting defines the measure — its method, not an outcome and nothing that went wrong
        found["method"] = found["method"] or rule.group()
        found["result"] = found["failure"] = ""
        return found
    for kind in ("failure", "result", "fix"):
        if found[kind] and _negated_cue(c.text, found[kind]):
            found[kind] = ""
    if found["result"] and _sequence_only(found["result"], c):
        # "After that I added a check step", 之后我又把校准集换成了…: the word orders the
        # speaker's (or the team's) next action, it tells no outcome
        found["result"] = ""
    moved = _moved(c.text)
    if moved and _goal(found, c.text):
        # "the goal was fewer incidents", 希望更稳定: a change wanted is neither an outcome nor
        # something that went wrong
        if moved == "better":
            found["failure"] = ""
        moved = ""
    if found["failure"] and moved == "better":
        found["result"] = found["result"] or found["failure"]
        found["failure"] = ""  # "转人工率下降了 20%", "error rate dropped": a bad measure went down
    elif moved == "better" and not (found["result"] or c.negated):
        # a measure moved the good way is an outcome with or without a number ("latency came
        # down a lot", 延迟降了挺多的, "fewer tickets"): what is open is how much, not whether
        found["result"] = "better"
    elif not found["failure"] and moved == "worse" and not c.negated:
        if not found["cost"]:  # "the trade-off was higher latency": the price of a choice
            found["failure"] = "worse"  # "recall dropped from 80% to 60%": a good measure went down
    if found["mechanism"] and _terms("not_mechanism").search(c.text):
        found["mechanism"] = ""
    if (
        not found["result"]
        and not (c.negated and not _burden_lifted(c.text))
        and not c.hypothetical
        and not (c.own_verb and c.subject in ("self", "team"))  # an action, not a state
        and not _goal(found, c.text)
        and _state_outcome(c.text, sentence or c.text)
    ):
        # "on-call has been quiet since", 比原来好不少, 业务方评价挺高: a good state after the work
        found["result"], found["failure"] = "state", ""
        if found["situation"] and _terms("state_anchor").search(found["situation"]):
            found["situation"] = ""  # 比原来 compares; it does not set a scene
    return found


_LIFTED = re.compile(r"(?i)\b(?:no|nobody|no one|no longer|don't|doesn't)\b|^[不没]|[不没再]")


def _burden_lifted(clause: str) -> bool:
    """The clause's negation is its good state: a burden lifted ("nobody has to babysit it",
    现在基本不用返工了), not a denial of one."""
    good = _terms("state_good").search(clause)
    return good is not None and _LIFTED.search(good.group()) is not None


def _state_outcome(clause: str, sentence: str) -> bool:
    """A good state put after the work, against the state before, or as the judgement of the
    people it serves, with no bad state in the clause ("Merchandisers rely on it now", "better
    than before", 现在基本不用返工了, 评价挺高) — an outcome with no measure named."""
    if _terms("situation").search(clause) and not _terms("state_anchor").search(clause):
        return False
    return bool(
        _terms("state_anchor").search(sentence)
        and _terms("state_good").search(clause)
        and not _terms("state_bad").search(sentence)
    )


def _sequence_only(cue: str, c: Clause) -> bool:
    """The result cue only says what came next (after that, later, 之后, 后来) and the clause
    is an action of the speaker or the team with no outcome word of its own."""
    seq = _terms("sequence")
    m = seq.search(cue)
    if m is None or m.group().strip().lower() != cue.strip().lower():
        return False
    if not (c.own_verb and c.subject in ("self", "team")):
        return False
    rest = c.text.replace(cue, " ", 1)
    return _terms("result").search(rest) is None


def _goal(found: dict[str, str], clause: str) -> bool:
    """A clause that states an aim or a limit ("the goal was fewer tickets", 我们希望降低延迟,
    "we needed something faster", 希望更稳定): the change it names, with a measure or as a bare
    comparative, is wanted, not reached. The one place an aim is told from an outcome."""
    if found["task"] or found["motivation"] or found["constraint"]:
        return True
    return _terms("aim").search(clause) is not None


def _moved(clause: str) -> str:
    """ "better" when a measure to keep low went down or one to keep high went up, "worse" the
    other way round, "" when the clause says no such thing (or both)."""
    bad, good = _terms("bad_measure").search(clause), _terms("good_measure").search(clause)
    down, up = _terms("change_down").search(clause), _terms("change_up").search(clause)
    if bool(bad) == bool(good) or bool(down) == bool(up):
        # no measure named: a comparative says which way the thing itself went ("much quicker",
        # 稳定多了), the measure it implies ("quicker" is time) left unsaid
        better, worse = _terms("said_better").search(clause), _terms("said_worse").search(clause)
        if bool(better) == bool(worse):
            return ""
        return "better" if better else "worse"
    return "better" if (bad and down) or (good and up) else "worse"


_VERB_NEGATED = re.compile(
    r"(?<![\w'])(?:I|we|they|he|she|the team)(?:'ve|'d|'m|'re)?\s+(?:\w+ly\s+)?(?:didn't|did not|never|haven't|have not|"
    r"hadn't|don't|do not|couldn't|could not|wasn't|weren't|won't|can't|cannot|failed to)\b|"
    r"^\s*(?:never|not|didn't|did not)\b|我们?(?:都|也|还|并)?(?:没|没有|未|从未|从来没|不)",
    re.IGNORECASE,
)


def _actions(c: Clause) -> list[Fact]:
    """Own or team actions: the subject does something, not negated ("I didn't measure") and
    not hypothetical; a negation elsewhere in the clause ("with and without review") is fine."""
    if c.hypothetical or not c.own_verb or _VERB_NEGATED.search(c.text):
        return []
    if c.subject == "self":
        return [_fact("own_action", c, "I+verb")]
    if c.subject == "team":
        return [_fact("team_action", c, "we+verb")]
    return []


def _owned(c: Clause) -> list[Fact]:
    """The speaker's own part told as possession, a handover or a cleft ("the alerting was
    mine", 召回这块是我的, 排序模型归我): an own action, however the clause is built. The
    structures are the grader's attribution data (one place for who owns a piece of work)."""
    from interviewer.grading.attribution import _data as attribution

    if c.hypothetical:
        return []
    for m in attribution().own.finditer(c.text):
        if m.group().endswith("的") and _CJK_AFTER.match(c.text, m.end()):
            continue  # 这也是我想走的原因: the 的 makes a noun phrase (the reason), no cleft
        return [_fact("own_action", c, "possession")]
    return []


_CJK_AFTER = re.compile(r"[\u4e00-\u9fff]")


#: Quoted words: “…”, 「…」, 『…』, "…" and '…' (an apostrophe between letters is no quote mark).
_QUOTED = re.compile(
    r"“[^”]*”?|「[^」]*」?|『[^』]*』?|\"[^\"]*\"?|"
    r"(?:^|(?<=[\s:：,，(]))'(?:[^']|(?<=[A-Za-z])'(?=[A-Za-z]))*'(?=[\s.,;:!?)，。]|$)"
)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def _reported(text: str, clauses: list[Clause]) -> set[int]:
    """Clauses whose team is only spoken to ("the client told us") or is someone's quoted words ("the manager told us, “we can't hire”",
    老师们的原话是“我们每天光找题就要一个小时”), and the clauses of the sentence that carry
    that subject on: what was said to the speaker, not work the speaker's team did."""
    spans = _quoted_spans(text)
    team = vocab()["facts.team_subject"]
    out: set[int] = set()
    source = False
    for i, c in enumerate(clauses):
        if i and c.sentence != clauses[i - 1].sentence:
            source = False
        own = _subject(c.text)
        if own:
            # "told us" names the team as the one spoken to: its subject, if any, comes later
            found = [m for m in team.finditer(c.text) if m.group().lower() != "us"]
            at = c.start + found[0].start() if own == "team" and found else -1
            source = own == "team" and (not found or any(s <= at < e for s, e in spans))
        if c.subject == "team" and source:
            out.add(i)
    return out


_ZH_NEG_NEAR = ("没", "未", "不", "无", "别")


def _negated_cue(clause: str, cue: str) -> bool:
    """A negation just before the cue word ("nothing really broke", "没有出问题")."""
    pos = clause.find(cue)
    if pos < 0:
        return False
    before = clause[max(0, pos - 24) : pos]
    if any(ch in before[-6:] for ch in _ZH_NEG_NEAR):
        return True
    neg = _terms("negation").pattern
    return bool(neg and neg.search(before))


def _mood_ok(kind: str, c: Clause) -> bool:
    if kind in _MOOD_FREE:
        return not (c.negated and kind in ("method", "choice", "task"))
    return not (c.negated or c.hypothetical)


def _strong_cost(cue: str) -> bool:
    low = cue.lower()
    return any(w in low for w in _STRONG_COST)


def _has_result_number(c: Clause, quantities: list[Quantity]) -> bool:
    return any(c.start <= q.start < c.end and q.role in _RESULT_ROLES for q in quantities)


def _first_action(clauses: list[Clause]) -> int | None:
    for i, c in enumerate(clauses):
        if c.own_verb and c.subject in ("self", "team") and not c.hypothetical:
            return i
    return None


def _mechanisms(clauses: list[Clause], cues: list[dict[str, str]]) -> list[Fact]:
    """Per sentence: a term with a cause-and-effect link is a mechanism, without one term_only;
    a term stated with its setting ("LoRA rank 16") is hands-on detail, not a name-drop."""
    out: list[Fact] = []
    by_sentence: dict[int, list[int]] = {}
    for i, c in enumerate(clauses):
        by_sentence.setdefault(c.sentence, []).append(i)
    for idxs in by_sentence.values():
        explained = [
            i
            for i in idxs
            if (cues[i]["mechanism"] or _defined(clauses[i].text, cues[i]["term"]))
            and not clauses[i].question
        ]
        named = [i for i in idxs if cues[i]["term"]]
        if explained:
            for i in explained:
                out.append(_fact("mechanism", clauses[i], cues[i]["mechanism"]))
        elif named:
            for i in named:
                if not re.search(r"\d", clauses[i].text):
                    out.append(_fact("term_only", clauses[i], cues[i]["term"]))
    return out


#: What must follow a definition cue for the clause to explain its term (CJK characters or words).
_DEFINED_ZH, _DEFINED_EN = 8, 5


def _defined(clause: str, term: str) -> bool:
    """ "function calling 就是模型在带工具描述的数据上训练过": the term, then what it is, in one
    clause — not a filler 就是 before the term ("就是用了个 reranker") nor a bare "X means speed"."""
    if not term:
        return False
    at = clause.lower().find(term.lower())
    if at < 0:
        return False
    m = _terms("definition").search(clause[at + len(term) :])
    if m is None:
        return False
    rest = clause[at + len(term) + m.end() :]
    cjk = sum(1 for ch in rest if "\u4e00" <= ch <= "\u9fff")
    return cjk >= _DEFINED_ZH or len(re.findall(r"[A-Za-z]+", rest)) >= _DEFINED_EN


def _unmarked_situation(
    clauses: list[Clause], facts: list[Fact], first_action: int | None
) -> list[Fact]:
    """A story that tells context before its first action has a situation, marker or not."""
    if any(f.kind == "situation" for f in facts) or not first_action:
        return []
    c = next(
        (x for x in clauses[: first_action + 1] if len(x.text.split()) >= 3 or len(x.text) >= 6),
        None,
    )
    if c is None or c.question or c.hypothetical:
        return []
    return [_fact("situation", c, "before-action")]


def _fact(kind: str, c: Clause, cue: str) -> Fact:
    return Fact(kind=kind, start=c.start, end=c.end, text=c.text, sentence=c.sentence, cue=cue)  # type: ignore[arg-type]
