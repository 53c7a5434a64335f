"""Grading limits in one place: answer size, caps on flagged answers, which criteria apply.

The engine, the web app, the CLI and both graders read these; nothing else defines them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interviewer.schemas import Criterion, Rubric
    from interviewer.types import CriterionGrade

#: Longest answer stored whole and graded (characters). The web refuses longer answers, the engine
#: and the CLI grade the first MAX_ANSWER_CHARS and flag `too_long`.
MAX_ANSWER_CHARS = 20_000

#: Caps by flag: (highest score of any criterion, highest overall 0–100).
FLAG_CAPS: dict[str, tuple[int, float]] = {
    "injection": (2, 40.0),
    "offtopic": (1, 20.0),
    "third_language": (2, 40.0),
    "empty": (1, 0.0),
    # claims no one could know or measure (interviewer/grading/plausibility.py)
    "overclaim": (2, 40.0),
}
#: Answers shorter than this (words, or Chinese characters / 2) score at most SHORT_CAP.
SHORT_ANSWER = 6
SHORT_CAP = 2
#: Most a criterion scores without a verified quote from the answer.
UNQUOTED_CAP = 2
#: An `only_when_asked` criterion nobody asked for is still graded when the answer scores this
#: much on it with evidence (a failure told with its fix, cause or lesson, not one passing "bug").
VOLUNTEERED = 3


def volunteered(grade: CriterionGrade) -> bool:
    """An unasked criterion the answer offered anyway: quoted evidence, at least VOLUNTEERED."""
    return bool(grade.evidence) and grade.score >= VOLUNTEERED


#: An asserted misconception (or a key point stated the wrong way round) caps correctness and depth.
MISCONCEPTION_CAP = 2

#: Topic kinds graded against an answer key; a question read as another kind takes the key only
#: when the bank is this sure of the match (and no kind was given).
KEYED_KINDS = ("technical", "design")
SURE_MATCH = 0.6
#: Below this match confidence no key is used for grading: the bank's matcher also pairs
#: unrelated questions at 0.16–0.30 ("Why do you want to join our team?" → a GraphRAG key), and
#: grading an answer against another question's key would mark a right answer wrong.
KEY_FLOOR = 0.3

_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[A-Za-z0-9]+")


def answer_size(text: str) -> int:
    """Length in words (English) or characters / 2 (Chinese), whichever carries the text."""
    return len(_CJK.findall(text)) // 2 + len(_WORD.findall(text))


def flag_cap(flags: Iterable[str]) -> tuple[int, float]:
    """The tightest (criterion, overall) cap of the flags raised; (5, 100) when none caps."""
    score, top = 5, 100.0
    for flag in flags:
        if flag in FLAG_CAPS:
            s, t = FLAG_CAPS[flag]
            score, top = min(score, s), min(top, t)
    return score, top


def applicable(rubric: Rubric, topic_kind: str | None, *, keyed: bool = False) -> list[Criterion]:
    """Criteria graded for an answer on a topic of `topic_kind` (None: every kind).

    `applies_to` limits a criterion to topic kinds; `only_with_key` criteria (correctness) are
    graded only when the question has an answer key. `only_when_asked` is decided per answer by
    the grader (it depends on the question and on what the answer volunteered).
    """
    out = []
    for c in rubric.criteria:
        if c.applies_to and topic_kind and topic_kind not in c.applies_to:
            continue
        if c.only_with_key and not keyed:
            continue
        out.append(c)
    return out


def keyed_kind(kind: str | None, confidence: float, given: str | None = None) -> bool:
    """Whether a question of topic `kind` is graded against the answer key it matched."""
    if confidence < KEY_FLOOR:
        return False
    if kind in KEYED_KINDS:
        return True
    return given is None and confidence >= SURE_MATCH
