"""Claims told the way résumés tell them: a baseline in an aside, labour saved, adoption, gains."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


def _first(text: str):
    return [q for q in extract_quantities(text) if q.role == "result"][0]


@pytest.mark.parametrize(
    ("text", "baseline", "result"),
    [
        ("首屏渲染时间缩短到 1.2 秒（改造前 3.5 秒）", 3500.0, 1200.0),
        ("Churn 7.5% (was 11%) after the onboarding emails", 11.0, 7.5),
        ("Nightly build finishes in 25 minutes instead of 3 hours", 10_800_000.0, 1_500_000.0),
        ("Defect escape rate 0.4%, down from 2.1% a year earlier.", 2.1, 0.4),
    ],
)
def test_a_level_with_what_it_was_in_an_aside_is_one_change(text, baseline, result):
    q = _first(text)
    assert (q.baseline, q.result) == (baseline, result)


def test_a_change_told_from_to_keeps_its_own_pair_past_an_aside():
    qs = extract_quantities("召回率从 60% 出头（也就是之前的关键词方案）提升到了 85%。")
    assert [q.baseline for q in qs] == [None, None] or qs[-1].baseline == 60.0
    assert all(q.role != "baseline" or q.value == 60.0 for q in qs)


@pytest.mark.parametrize(
    "text",
    ["夜班值守由 9 人减到 3 人", "saved the claims desk 5 people", "对账岗节省 4 人"],
)
def test_labour_saved_is_a_result(text):
    assert _first(text).unit == "people"


def test_a_team_grown_stays_a_team_size():
    (q,) = extract_quantities("Grew the platform team from 4 to 11 engineers")
    assert q.role == "team_size"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The plugin passed 3,400 weekly downloads", "count"),
        ("worth roughly $800k in avoided chargebacks", "usd"),
        ("saving the finance team about three days each quarter-end", "h"),
        ("召回沉默用户约 1.5 万人", "count"),
    ],
)
def test_adoption_and_gains_are_results(text, unit):
    q = _first(text)
    assert q.unit == unit


def test_fewer_things_counted_after_the_noun():
    q = _first("the packing line now needs 3 operators fewer per shift")
    assert (q.value, q.direction) == (3.0, "down")


def test_a_decimal_without_its_leading_zero():
    q = _first("F1 went from .64 to .79 on the new split")
    assert (q.baseline, q.result) == (0.64, 0.79)


def test_a_pair_in_parentheses_tells_the_measure_before_it():
    qs = extract_quantities("Shrank the Docker image by 70% (1.9 GB → 560 MB)")
    assert qs[-1].subject == qs[0].subject and qs[-1].baseline is not None


def test_the_subject_opening_a_clause_past_a_fact_told_on_the_way():
    q = _first("Returns on the 50 biggest SKUs went down from 9% to 4%")
    assert q.subject.lower().startswith("returns")


def test_a_verb_before_a_share_leaves_the_subject_to_what_follows():
    q = _first("The assistant now drafts 45% of replies without edits")
    assert "replies" in q.subject


def test_the_measure_heads_its_phrase_over_what_it_was_measured_on():
    assert _first("Answer accuracy on the new FAQ set went from 70% to 86%").subject == (
        "Answer accuracy"
    )
    assert _first("Precision for the fraud queue was 0.93").subject == "Precision"


def test_a_signed_change_keeps_the_subject_before_its_sign():
    assert _first("Done in Q3: cloud spend −25%").subject.endswith("cloud spend")


def test_a_figure_compared_after_the_result_is_its_baseline():
    (q,) = extract_quantities("Coders finish a chart in 6 minutes instead of 11.")
    assert (q.baseline, q.value, q.unit) == (660000.0, 360000.0, "ms")
    (q,) = extract_quantities("Editors accept 64% of drafts (the prompt-only pilot managed 23%).")
    assert (q.baseline, q.value) == (23.0, 64.0)


def test_adoption_and_outcomes_told_after_their_count_are_results_and_data_spans_are_facts():
    roles = {
        q.subject: q.role for q in extract_quantities("Used by 9 companies and 3 universities")
    }
    assert roles == {"companies": "result", "universities": "result"}
    found = extract_quantities("a CI gate running 900 golden cases; 22 regressions blocked")
    assert [q.role for q in found] == ["count", "result"]
    (q, _) = extract_quantities("a model trained on 14 months of GPS pings from 2,300 vans")
    assert q.role == "duration"
    (q,) = extract_quantities("Working capital released: $45M")
    assert q.role == "result"


def test_a_zh_reference_level_is_no_subject_but_measure_words_keep_their_characters():
    assert _first("每年节省云成本 80 万元").subject == "云成本"
    assert _first("推送到达率由 92% 提升至 98.5%").subject.endswith("推送到达率")
    assert _first("推理速度提升为原来的 4 倍。").subject == "推理速度"


def test_money_named_by_what_the_work_did_to_it_is_a_result():
    assert _first("€1.2M in avoided write-offs in the first year.").role == "result"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a short aside in brackets after the measure's name ends no clause; an acronym there
        # is the measure's own name
        ("ETA error (MAE) fell from 41 to 23 minutes on the 2023 holdout.", "MAE"),
        ("Forecast error (WMAPE) dropped from 32% to 24%.", "WMAPE"),
        ("Ticket backlog (weekly) went down from 1,200 to 300.", "Ticket backlog"),
        # the aside after the change stays out of it; a name inside the clause still wins
        ("We shipped it (finally) and latency dropped from 900 to 300 ms.", "latency"),
    ],
)
def test_a_measure_named_before_a_bracketed_aside_keeps_its_name(text, subject):
    assert _first(text).subject == subject
