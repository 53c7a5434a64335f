"""The topic kind (and so the rubric) `interviewer grade` reads from a question's words.

Splits in tests/data/grading/question_kinds/: `tuning` (read while building the cues and the
model) and `untouched` (written in other words before the model existed, measured, never tuned
on; its misses are never printed). `python tests/unit/test_question_kind.py` prints the figures.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from interviewer.grading.pick import PERSONAL_KINDS, known_questions, pick_rubric, question_kind

DATA = Path(__file__).resolve().parent.parent / "data" / "grading" / "question_kinds"
KINDS = {"project", "behavioral", "technical", "design", "motivation", "closing"}
#: (share of kinds read right, share of rubrics right) at the last landing; raise with each one.
FLOORS = {"tuning": (0.94, 0.94), "untouched": (0.64, 0.77)}


def items(split: str) -> list[dict[str, str]]:
    lines = (DATA / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def figures(split: str) -> tuple[float, float]:
    got = items(split)
    kinds = [question_kind(it["q"]) for it in got]
    kind_ok = sum(k == it["kind"] for k, it in zip(kinds, got, strict=True))
    rubric_ok = sum(
        (k in PERSONAL_KINDS) == (it["kind"] in PERSONAL_KINDS)
        for k, it in zip(kinds, got, strict=True)
    )
    return kind_ok / len(got), rubric_ok / len(got)


@pytest.mark.parametrize("split", FLOORS)
def test_split_is_well_formed(split: str) -> None:
    got = items(split)
    assert len(got) >= 40
    assert {it["kind"] for it in got} == KINDS
    assert all(it["q"].strip() for it in got)


@pytest.mark.parametrize("split", FLOORS)
def test_split_reads_at_its_floor(split: str) -> None:
    kind, rubric = figures(split)
    assert kind >= FLOORS[split][0] and rubric >= FLOORS[split][1], (split, kind, rubric)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # what the candidate wants, expects, plans (graded on hr)
        ("What are your salary expectations, and how did you get to that number?", "motivation"),
        ("Where do you see yourself three years from now?", "motivation"),
        ("你期望的待遇是多少？", "motivation"),
        ("你为什么从上一家离职？", "motivation"),
        # how they acted with people or under strain (hr)
        ("What's your biggest weakness?", "behavioral"),
        ("你跟同事意见不一致的时候怎么办？", "behavioral"),
        # their own project, a mechanism, a system to build (star with the kind)
        ("Why did you choose a two-stage ranker for the search project?", "project"),
        ("What does the KV cache store?", "technical"),
        ("How would you design a retrieval service for ten million documents?", "design"),
        ("那个项目的评测集是怎么来的？", "project"),
        # an opening the personas' behavioural questions share ("tell me about") asks about the
        # project when nothing personal follows
        ("Tell me about your RAG project.", "project"),
        ("Tell me about the fraud model you shipped last year.", "project"),
        ("Talk me through your role on the migration.", "project"),
    ],
)
def test_kinds_by_family(question: str, kind: str) -> None:
    assert question_kind(question) == kind


def test_rubric_follows_the_kind() -> None:
    assert pick_rubric("Why do you want to leave your current job?", ["star", "hr"])[0] == "hr"
    assert pick_rubric("What is PagedAttention?", ["star", "hr"]) == ("star", "technical")
    assert pick_rubric("Why do you want to leave?", ["star"])[0] == "star"  # no hr rubric here


def test_the_model_learns_from_the_shipped_questions() -> None:
    known = known_questions()
    assert len(known) > 1000 and {k for _, k in known} == KINDS
    assert all("{" not in q for q, _ in known)  # persona placeholders are dropped


if __name__ == "__main__":
    for split in sys.argv[1:] or FLOORS:
        kind, rubric = figures(split)
        print(f"{split}: n={len(items(split))} kind {kind:.2f} rubric {rubric:.2f}")
