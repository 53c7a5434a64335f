"""A difference against a named baseline is the gap between two systems on one measure: a result
in the comparative's direction, about the measure, never about the other system's name."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "direction", "subject"),
    [
        ("比纯关键词检索高 15 个百分点", 15, "pp", "up", ""),
        ("混合检索的召回率比纯向量检索高出 6 个点。", 6, "pp", "up", "召回率"),
        ("新模型的延迟比旧版低了 40 毫秒", 40, "ms", "down", "延迟"),
        ("Recall@10 比 BM25 高 8 个点", 8, "pp", "up", "Recall"),
        ("我们的方案在 F1 上比开源基线高 4 个点", 4, "pp", "up", "F1"),
        ("和人工标注相比，模型的一致率低了 3 个百分点", 3, "pp", "down", "一致率"),
        ("跟老版本比，召回直接高了九个点。", 9, "pp", "up", "召回"),
        ("Our hybrid search beats keyword-only retrieval by 9 percentage points on recall.",
         9, "pp", "up", "recall"),
        ("We outperform the vendor's model by 4 points in F1.", 4, "pp", "up", "F1"),
        ("the distilled model trails the teacher by two points of accuracy", 2, "pp", "down",
         "accuracy"),
        ("The new ranker is 2.3 points lower than production on MRR.", 2.3, "pp", "down", "MRR"),
        ("it's about three points behind GPT-4 on the same eval", 3, "pp", "down", ""),
        ("our recall is 5 points above the baseline", 5, "pp", "up", "recall"),
    ],
)  # fmt: skip
def test_a_gap_against_a_named_system(
    text: str, value: float, unit: str, direction: str, subject: str
) -> None:
    found = [q for q in extract_quantities(text) if q.value == value]
    assert len(found) == 1, extract_quantities(text)
    q = found[0]
    assert (q.unit, q.role, q.direction) == (unit, "result", direction)
    assert subject.lower() in q.subject.lower()


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("比纯关键词检索高 15 个百分点", "检索"),
        ("it was like eleven points better than the old rules engine", "old"),
        (
            "Our hybrid search beats keyword-only retrieval by 9 percentage points on recall.",
            "keyword",
        ),
    ],
)
def test_the_other_system_is_not_the_subject(text: str, other: str) -> None:
    (q,) = extract_quantities(text)
    assert other not in q.subject


def test_a_named_baseline_is_not_a_baseline_level() -> None:
    (q,) = extract_quantities("准确率较规则基线模型高出 5 个百分点")
    assert (q.role, q.direction) == ("result", "up")


def test_a_level_beside_its_start_is_no_gap() -> None:
    (q,) = extract_quantities("召回率从 70% 提高到了 82%，比预期高")
    assert (q.value, q.baseline, q.direction) == (82, 70, "up")
