"""Who did which part of the work, when the answer says it without an "I + verb".

An own part can be told by possession ("the scraper and the scoring logic were mine"), an
agentive passive ("written by me"), a cleft (都是我从零搭的), a handover (归我) or exclusivity ("I
was the only ML person"); another person's part ("a contractor did the dashboard", 前端是另一个同事
做的) is the split of the work. The structures are data (interviewer/data/grading/attribution.yaml).
An answer to a question that asks for the candidate's own part (asked.yaml's `ownership` ask,
the one place that decides it) may also name it elliptically
beside the others' part ("The ingest script and the dedupe step; the others did the UI."): the
clause that is neither the others' nor the team's is the speaker's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from interviewer.reading.vocab import Terms
from interviewer.signals import TextView

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "grading" / "attribution.yaml"
_CLAUSE = re.compile(r"[^，,；;。！？!?\n]+")


class AttributionFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    own: Terms
    """The speaker made the owner of a named piece of work."""
    others: Terms
    """Another person (not the speaker, not "we") given a piece of the work."""
    choice: Terms
    """One option told beside another the speaker did not take."""
    reason: Terms
    """Why an option was taken, or what it was for."""


@lru_cache(maxsize=1)
def _data() -> AttributionFile:
    from interviewer.loader import validate_file

    return validate_file(DATA_FILE, AttributionFile)


@dataclass(frozen=True)
class Attribution:
    """Sentence index -> spans naming the speaker's own part; sentences giving others a part."""

    own: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    others: list[int] = field(default_factory=list)


def _hits(terms: Terms, v: TextView) -> dict[int, list[tuple[int, int]]]:
    out: dict[int, list[tuple[int, int]]] = {}
    for s, e in terms.spans(v.text):
        out.setdefault(v.index_of(s), []).append((s, e))
    return out


def attribute(v: TextView, question_asks_own: bool = False) -> Attribution:
    """The own parts and the others' parts the answer names by structure (see the module)."""
    data = _data()
    own = _hits(data.own, v)
    others = _hits(data.others, v)
    if not own and others and question_asks_own:
        own = _elliptical(v, others)
    return Attribution(own=own, others=sorted(others))


def decisions(v: TextView, own: set[int]) -> list[int]:
    """The speaker's own sentences (`own`) that tell a decision by structure, whatever the verb:
    an option set beside one not taken, and why (in that sentence or the next)."""
    data = _data()
    out = []
    for i in sorted(own):
        sentence = v.sentence(i)
        if data.choice.search(sentence) is None:
            continue
        after = v.sentence(i + 1) if i + 1 < len(v.spans) else ""
        if data.reason.search(sentence) is not None or data.reason.search(after) is not None:
            out.append(i)
    return out


def _elliptical(
    v: TextView, others: dict[int, list[tuple[int, int]]]
) -> dict[int, list[tuple[int, int]]]:
    """In an answer to "what did you do" that gives others their part, the answer's first
    clause, when it comes before the others' part and is neither theirs nor the team's, names
    the speaker's own part."""
    first = _CLAUSE.search(v.text)
    if first is None:
        return {}
    i = v.index_of(first.start())
    theirs = [span for spans in others.values() for span in spans]
    if i in v.hits("ownership.team") or any(a < first.end() for a, _ in theirs):
        return {}
    return {i: [(first.start(), first.end())]}
