"""The quantities reader on its tuning set (many voices, zh and en) and its comparison helpers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

try:
    from quantity_expect import matches
except ModuleNotFoundError:  # imported as tests.unit.test_quantities (bench/resume.py)
    from tests.unit.quantity_expect import matches
from interviewer.quantities import Quantity, consistent, extract_quantities, same_measure

TUNING = Path(__file__).resolve().parent.parent / "data" / "resumes" / "tuning" / "quantities.yaml"
ITEMS: list[dict[str, Any]] = yaml.safe_load(TUNING.read_text(encoding="utf-8"))["items"]


@pytest.mark.parametrize("item", ITEMS, ids=[f"{i}-{it['voice']}" for i, it in enumerate(ITEMS)])
def test_tuning_sentence(item: dict[str, Any]) -> None:
    found = extract_quantities(item["text"])
    for expected in item.get("expect", []):
        assert any(matches(expected, q) for q in found), (expected, found)
    if "count" in item:
        assert len(found) == item["count"], found
    assert not [q for q in found if q.role in item.get("absent", [])]


def test_tuning_expectations_name_role_and_value() -> None:
    """bench/resume.py scores the frozen old extractor on the same items: it needs both."""
    for item in ITEMS:
        for expected in item.get("expect", []):
            assert "role" in expected and "value" in expected, (item["text"], expected)


def test_spans_are_exact_and_never_cut_a_word():
    text = "Reduced upport-free p95 latency from 1.2s to 380ms; 支持工单减少了30%。"
    for q in extract_quantities(text):
        assert text[q.start : q.end] == q.text
        assert q.start == 0 or not (text[q.start - 1].isalnum() and text[q.start].isalnum())
        assert q.end == len(text) or not (text[q.end - 1].isascii() and text[q.end].isalnum())


def test_full_width_digits_keep_offsets():
    text = "召回率从６８％提升到８３％"
    (q,) = extract_quantities(text)
    assert (q.baseline, q.result, q.unit) == (68, 83, "%")
    assert text[q.start : q.end] == q.text


def test_zero_to_one_is_not_a_metric():
    assert extract_quantities("从 0 到 1 搭建了数据平台") == []
    assert extract_quantities("Took the product from 0 to 1 in 9 months")[0].role == "duration"


def test_workload_is_not_time():
    (q,) = extract_quantities("人工审核工作量减少 35%")
    assert q.family == "workload" and q.role == "result"


def test_claim_not_labelled_with_a_later_metric():
    first, second = extract_quantities("Cut ingestion time by 40%, which lifted recall to 85%")
    assert "ingestion" in first.subject and first.family != "recall"
    assert second.family == "recall"


def q(text: str) -> Quantity:
    found = [x for x in extract_quantities(text) if x.role in ("result", "intermediate")]
    assert found, text
    return found[-1]


def test_intermediate_step_is_consistent_with_the_claimed_path():
    claim = q("Answer accuracy from 61% to 87%")
    said = extract_quantities("the reranker alone took accuracy from 74% to 83%")[0]
    assert same_measure(said, claim)
    assert consistent(said, claim)
    assert consistent(q("accuracy ended at 87.2%"), claim)


def test_inconsistent_values_are_caught():
    claim = q("Answer accuracy from 61% to 87%")
    assert not consistent(q("accuracy went from 40% to 95%"), claim)
    assert not consistent(q("准确率最后是 70%"), q("准确率从 80% 提升到 92%"))


def test_bounds_ranges_units_and_rounding():
    assert consistent(q("p95 latency was 280 ms"), q("p95 latency under 300 ms"))
    assert not consistent(q("p95 latency was 450 ms"), q("p95 latency under 300 ms"))
    assert consistent(q("latency about 0.4 s"), q("latency dropped from 2s to 400ms"))
    assert consistent(q("recall 0.83"), q("recall from 68% to 83%"))
    assert consistent(q("accuracy 86"), q("accuracy rose to 85.6%"))
    assert consistent(q("latency 2 to 3 seconds"), q("latency of 2.5 s"))


def test_delta_against_a_claimed_change():
    claim = q("conversion rose from 10% to 15%")
    assert consistent(q("conversion up 5 points"), claim)
    assert consistent(q("conversion improved by 50%"), claim)
    assert not consistent(q("conversion dropped by 5%"), claim)


def test_same_measure_across_languages_and_percentiles():
    assert same_measure(q("召回率提升到 83%"), q("recall reached 83%"))
    assert not same_measure(q("p99 latency 300 ms"), q("p50 latency 300 ms"))
    assert not same_measure(q("recall 83%"), q("precision 83%"))


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789.,%-→ x从到提升降 kmsB$万亿 ofto")), max_size=80
    )
)
def test_never_raises_and_spans_fit(text: str) -> None:
    for found in extract_quantities(text):
        assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("words", "bound"),
    [
        ("just over", "at_least"),
        ("不到", "at_most"),
        ("roughly", "about"),
        ("大概", "about"),
        ("up to", "at_most"),
        ("超过", "at_least"),
        ("exactly", "exact"),
    ],
)
def test_bound_of_hedge_words_is_one_shared_table(words: str, bound: str) -> None:
    from interviewer.quantities import bound_of

    assert bound_of(words) == bound
