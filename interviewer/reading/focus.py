"""What an answer is about against what its question asks: the question's focus (the kind of
content it asks for) versus the answer's kind of content.

An answer can address its question without sharing a word with it: "Quarantine list, one retry,
ticket to the owner" answers "How did you deal with flaky tests?" by telling what was done. What
overlap cannot see, the kind of content can: an answer telling only where the project stands
(an outcome, a model's size, the hardware) answers "how did you ...?" or "what was hard?" no more
than life talk does; one telling actions, reasons, causes or a problem does, in any words.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from interviewer.reading.model import Quantity

#: Fact kinds that tell what was done, why, or what went wrong: content a "how", "why" or "what
#: was hard" question asks for (the reading layer's facts, interviewer/reading/facts.py).
CONTENT_FACTS = frozenset(
    {
        "method",
        "fix",
        "cause",
        "choice",
        "failure",
        "lesson",
        "mechanism",
        "alternative",
        "constraint",
        "motivation",
    }
)
#: Roles of numbers that tell where the work stands (its outcome) or what it is built of.
OUTCOME_ROLES = frozenset({"result", "baseline", "intermediate"})
SETUP_ROLES = frozenset({"model_size", "hardware", "data_size"})
#: What a question asks (reading.relevance.asks_of) that an outcome or a set-up answers.
ASKS_SETTING = frozenset({"result", "amount", "setting", "team"})


def tells_only_setting(
    fact_kinds: Collection[str], quantities: Iterable[Quantity], asked: Collection[str]
) -> bool:
    """The answer tells only the project's outcome or set-up ("上线后召回涨了 8%", "The model is
    a 7B Qwen trained for two days") and nothing of what was done, why or what went wrong, to a
    question that asks for none of those figures."""
    if set(asked) & ASKS_SETTING:
        return False
    roles = {x.role for x in quantities}
    told = "result" in fact_kinds or bool(roles & (OUTCOME_ROLES | SETUP_ROLES))
    return told and not set(fact_kinds) & CONTENT_FACTS


#: Where an answer's opening names its subject and goes on to say what it is ("the hardest part
#: was …", 最大的困难是…, 风险主要在于…).
_COPULA = re.compile(
    r"\b(?:is|was|are|were|would be|has been|had been)\b|在于|就是|主要是|应该是|是",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,，.。;；:：!！?？\n]")
#: Longest opening (words; Chinese: characters / 2) read as the answer naming its subject.
FRAME_MAX = 6
#: How far naming the question's subject as the answer's own lifts its relevance: the answer
#: is about what was asked, though it says the rest in words of its own.
RESTATED = 0.5


#: The subject a question asks about when it asks what something is ("What was the hardest
#: problem in that project?", 你遇到的最大困难是什么？, 最大的风险在哪里？): its focus, not its
#: setting ("when the project fell behind schedule" sets a scene; it is not what is asked).
_FOCUS_EN = re.compile(
    r"\bwhat(?:'s|s| is| was| are| were| would be| has been)\s+(?:the\s+|your\s+|a\s+)?"
    r"(?P<x>[^?,.;]{2,40}?)(?=\s+(?:in|of|on|for|at|with|that|when|you|about)\b|\s*[?,.;]|\s*$)",
    re.IGNORECASE,
)
_FOCUS_ZH = re.compile(r"(?P<x>[^，。？?；;]{2,14}?)(?:是什么|是啥|在哪里|在哪儿|在哪|是哪)")


def focus_of(question: str) -> str:
    """The subject a "what is/was X" question asks about, or "" when it asks no such thing."""
    m = _FOCUS_ZH.search(question) or _FOCUS_EN.search(question)
    return m.group("x") if m else ""


def restated_at(question: str, answer: str) -> int | None:
    """The answer opens by naming what the question asks about as its own subject and goes on
    to say what it is ("The hardest problem was clock skew …" to "What was the hardest
    problem?", 最大的困难是标签不统一… to 你遇到的最大困难是什么？): it answers the question in
    words of its own, however few of the question's words the rest shares. Where the rest
    begins, or None."""
    from interviewer.reading.asked import _terms
    from interviewer.reading.text import size

    lead = len(answer) - len(answer.lstrip())
    text = answer[lead:]
    cut = _CLAUSE_END.search(text)
    first = text[: cut.start()] if cut else text
    m = _COPULA.search(first)
    if m is None or m.start() == 0:
        return None
    head = first[: m.start()]
    if size(head) > FRAME_MAX or size(first[m.end() :]) < 1:
        return None
    subject = focus_of(question)
    return lead + m.end() if subject and _terms(head) & _terms(subject) else None
