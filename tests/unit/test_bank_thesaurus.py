"""The shared thesaurus lets a term match in other words, only where the swap keeps its meaning;
the shared-prefix pattern finds what the plain alternation found."""

from __future__ import annotations

import re

import pytest

from interviewer.bank.lexicon import expand, thesaurus
from interviewer.bank.text import compile_terms, find, normalise, term_pattern


def test_thesaurus_validates_and_words_belong_to_one_family() -> None:
    assert len(thesaurus().families) >= 40


@pytest.mark.parametrize(
    ("term", "variant"),
    [
        ("revise the plan", "redo the plan"),
        ("混入通用数据", "掺入通用语料"),
        ("长尾", "冷门"),  # a family marked `alone` also replaces a whole term
    ],
)
def test_a_member_is_swapped_inside_a_term(term: str, variant: str) -> None:
    assert variant in expand((term,))


def test_a_term_that_is_one_loose_family_word_keeps_its_word() -> None:
    # "answer" alone is not "output"; "measure" alone is not "trace"
    assert expand(("answer",)) == ("answer",)
    assert expand(("measure",)) == ("measure",)


def test_regular_expression_terms_are_not_expanded() -> None:
    assert expand(("re:revise the plan",)) == ("re:revise the plan",)


@pytest.mark.parametrize(
    "text",
    [
        "the kv cache and kv heads are sharded; we shard it",
        "KV缓存 按块 分页，kv 缓存 不连续",
        "top-k tokens, the top-k token set, 前 k 个",
    ],
)
def test_shared_prefix_pattern_finds_what_the_alternation_found(text: str) -> None:
    terms = (
        "kv cache",
        "kv heads",
        "shard*",
        "kv 缓存",
        "分页",
        "top-k tokens",
        "top-k",
        "前 k 个",
    )
    norm = normalise(text).text
    ordered = sorted(set(terms), key=lambda t: -len(t))
    plain = re.compile("|".join(term_pattern(t) for t in ordered))
    assert find(terms, norm) == [(m.start(), m.end()) for m in plain.finditer(norm)]
    assert compile_terms(terms).pattern  # compiles
