"""Depth comes from what an answer shows of the mechanism and the work (settings tried, a
measured comparison, a causal reason), never from padding about the choice ("it depends", "many
factors", "worked well for us") or names dropped. Pairs tagged `depth: true` in
tests/data/grading/pairs/ are checked on the depth criterion alone."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.grading.pick import question_kind
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric

PAIRS = Path(__file__).resolve().parent.parent / "data" / "grading" / "pairs"


def _depth_pairs() -> list[tuple[str, str, str, str]]:
    out = []
    for path in sorted(PAIRS.glob("*.yaml")):
        for p in yaml.safe_load(path.read_text(encoding="utf-8"))["pairs"]:
            if p.get("depth"):
                out.append((p.get("kind") or "", p["question"], p["better"], p["worse"]))
    return out


# the lead's note (g2): the same experiment and padding, as `interviewer grade --jsonl` reads them
LEAD = [
    (
        "",
        "How did you choose the chunk size for your RAG index?",
        "We tried 256, 512 and 1024 tokens on 300 labelled questions; 512 with 64 overlap gave the "
        "best recall@5 (0.78 vs 0.71 and 0.74), and bigger chunks hurt answer precision because "
        "the generator got distracted.",
        "Chunk size is a really important decision in any RAG system and it is something that every "
        "team has to think about carefully, because it affects many things in the pipeline, and "
        "there are many trade-offs to consider, and in the end it depends on the use case and the "
        "data, so we thought about it a lot as a team and made a decision that worked well for us "
        "in the end.",
    ),
    (
        "",
        "你们 RAG 的切片大小是怎么定的？",
        "我们试了 256、512、1024 三种，在 300 条标注问题上比 recall@5，512 加 64 重叠最好（0.78，另外两个 0.71 和 "
        "0.74），切得太大生成时容易被无关内容带偏。",
        "切片大小在 RAG 里非常重要，需要综合考虑各种因素，要根据业务场景和数据特点来定，我们团队经过充分讨论，"
        "最终选了一个比较合适的方案，整体效果还是不错的。",
    ),
]


@pytest.fixture(scope="module")
def star() -> Rubric:
    return load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")


@pytest.fixture(scope="module")
def grader() -> HeuristicGrader:
    return HeuristicGrader()


def _depth(grader: HeuristicGrader, star: Rubric, kind: str, question: str, answer: str) -> int:
    ctx = GradeContext(topic_kind=kind or question_kind(question))
    res = grader.grade(question, answer, star, ctx)
    return next(c.score for c in res.criteria if c.criterion == "depth")


@pytest.mark.parametrize(("kind", "question", "better", "worse"), _depth_pairs() + LEAD)
def test_padding_never_outscores_the_work_on_depth(grader, star, kind, question, better, worse):
    assert _depth(grader, star, kind, question, better) > _depth(
        grader, star, kind, question, worse
    )


@pytest.mark.parametrize(("kind", "question", "better", "worse"), LEAD)
def test_padding_about_the_choice_shows_no_depth(grader, star, kind, question, better, worse):
    assert _depth(grader, star, kind, question, worse) <= 2
