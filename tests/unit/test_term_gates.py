"""The cheap gates in front of term patterns (reading.vocab, bank.text) never hide a match.

A gate may let a text through that then matches nothing; it must never turn away a text its
pattern matches. Checked against the shipped vocabularies and answer keys over every answer and
question in the test data (zh, en, mixed), plus texts built to sit on the gates' edges.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interviewer.bank.lexicon import expand
from interviewer.bank.text import compile_terms, find, gate, normalise
from interviewer.reading.vocab import Terms, vocab

DATA = Path(__file__).resolve().parent.parent / "data"

EDGES = [
    "RATES rated rating rate-limit ratelimit",
    "Accuracies went up; accuracy went down",
    "KV缓存 kv 缓存 kvcache KV-Cache",
    "top-p top_p TopP Top P",
    "ſharding ſhards — long s folds to s only under re's case rules",
    "\u212aV cache (Kelvin sign K)",
    "İnference ıs dotted and dotless i",
    "c++ C# .NET e-mail foo_bar 8x H100 p99 P99",
    "我们做了任务成功率和完成率的评估，重复调用少了",
    "",
    " ",
]


def _texts() -> list[str]:
    texts: list[str] = list(EDGES)
    for folder in ("reading", "grading", "bank"):
        for path in sorted((DATA / folder).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    texts += [v for v in row.values() if isinstance(v, str) and len(v) > 3]
    return texts


TEXTS = _texts()
# Every text would take minutes against every list; a stride keeps each style and language.
SAMPLE = EDGES + TEXTS[len(EDGES) :: 12]


def test_vocab_gate_never_hides_a_match() -> None:
    for file in vocab().files.values():
        for terms in file.lists.values():
            if terms.pattern is None:
                continue
            for text in SAMPLE:
                want = [m.span() for m in terms.pattern.finditer(text) if m.end() > m.start()]
                assert [m.span() for m in terms.finditer(text)] == want, (terms.en[:3], text)


def test_vocab_gate_turns_most_texts_away() -> None:
    lists = [t for f in vocab().files.values() for t in f.lists.values() if t.pattern]
    passed = sum(t.gate.may_match(x) for t in lists for x in TEXTS[:400])
    assert passed < 0.3 * len(lists) * 400


@pytest.mark.parametrize(
    "entries,text",
    [
        (["rate limit"], "we hit the RATE   LIMIT twice"),
        (["measur*"], "Measurements were noisy"),
        (["re:\\bp(50|99)\\b"], "the P99 went up"),
        (["任务成功率"], "看任务成功率"),
        (["AI应用"], "做ai应用"),
        (["c++"], "wrote it in C++"),
        (["%"], "up 5 %"),
        (["shard*"], "ſharded"),
    ],
)
def test_vocab_gate_lets_matches_through(entries: list[str], text: str) -> None:
    terms = Terms(en=entries)
    assert terms.pattern is not None
    want = [m.span() for m in terms.pattern.finditer(text) if m.end() > m.start()]
    assert want, "the case must match without the gate"
    assert [m.span() for m in terms.finditer(text)] == want


def test_bank_gate_never_hides_a_match() -> None:
    from interviewer.bank import load_bank
    from interviewer.config import Settings

    bank = load_bank(Settings())
    topics = {"sampling", "vllm", "lora"}
    term_sets = {
        expand(tuple(c.terms.all()))
        for q in bank.questions.values()
        if q.topic in topics
        for c in q.concepts.values()
    }
    assert len(term_sets) > 20
    texts = [normalise(t).text for t in SAMPLE]
    for terms in term_sets:
        pattern = compile_terms(terms)
        for text in texts:
            want = [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]
            assert find(terms, text) == want, (terms[:3], text)


@pytest.mark.parametrize(
    "terms,text",
    [
        (("rate",), "the rating went up"),
        (("accuracy",), "accuracies varied"),
        (("kv cache",), "kvcache misses"),
        (("KV缓存",), "kv 缓存满了"),
        (("re:(去)?系统里(看|查)",), "去系统里查一下"),
        (("limit* the update",), "limiting the update size"),
    ],
)
def test_bank_gate_lets_matches_through(terms: tuple[str, ...], text: str) -> None:
    t = normalise(text).text
    assert compile_terms(terms).search(t), "the case must match without the gate"
    assert gate(terms).may_match(t)
    assert find(terms, t)


def test_compile_all_leaves_no_list_for_an_answer_to_compile() -> None:
    from interviewer.reading.vocab import compile_all, vocab

    lists = [t for f in vocab().files.values() for t in f.lists.values()]
    assert compile_all() == len(lists) > 100
    assert all("pattern" in t.__dict__ and "gate" in t.__dict__ for t in lists)
