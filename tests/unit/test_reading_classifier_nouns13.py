"""Session 13 (read13), issue #15, fresh15 (SEEN) c012: a Chinese counted noun whose first
character is also a measure word (条款, 条目, 款式, 项目) keeps that character: "40 个条款" counts
clauses, not "款", so it is not held against a count of contracts named in the same sentence
("一份合同平均有 40 个条款" against 标注合同 8000 份), and it still meets a claimed count of the same
noun. Written before the fix, with true contradictions of the same noun as controls."""

from __future__ import annotations

import pytest
from conflict_expect import has_conflict


@pytest.mark.parametrize(
    ("bullets", "question", "answer", "conflict"),
    [
        (
            ["处理保单 4 万张", "团队 5 人"],
            "保单结构复杂吗？",
            "挺复杂，每张保单平均有 25 个条款。",
            False,
        ),
        (["知识库覆盖文档 8000 篇"], "知识库怎么组织的？", "每篇文档拆成大概 30 个条目。", False),
        (["覆盖商品 20 万件"], "商品库有多大？", "商品 20 万件，每件平均有 6 个款式。", False),
        (["标注条款 1.2 万条"], "一共标了多少条款？", "我们一共标了两千条条款左右。", True),
        (["知识库条目 8000 个"], "知识库有多少条目？", "条目大概五百个吧。", True),
        (["标注条款 1.2 万条"], "一共标了多少条款？", "一万两千条条款左右。", False),
    ],
)
def test_classifier_initial_nouns(
    bullets: list[str], question: str, answer: str, conflict: bool
) -> None:
    assert has_conflict(bullets, question, answer) is conflict, answer
