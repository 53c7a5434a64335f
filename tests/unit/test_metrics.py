"""extract_metrics / metric_values_conflict / has_number on Chinese and English claims."""

from __future__ import annotations

import pytest

from interviewer.metrics import extract_metrics, has_number, measure_key, metric_values_conflict
from interviewer.types import ClaimedMetric


def one(text: str) -> ClaimedMetric:
    found = extract_metrics(text)
    assert len(found) == 1, found
    assert found[0].text in text
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "what", "baseline", "direction"),
    [
        ("recall from 72% to 86%", 86, "%", "recall", 72, "up"),
        ("召回率从72%提升到86%", 86, "%", "召回率", 72, "up"),
        ("平均耗时由4秒降到2.5秒", 2.5, "s", "耗时", 4, "down"),
        ("准确率72%提升至86%", 86, "%", "准确率", 72, "up"),
        ("72%→86%", 86, "%", "", 72, "up"),
        ("reduced p99 latency from 1.2 s to 450 ms", 450, "ms", "p99 latency", 1200, "down"),
        ("延迟从 800ms 降到 310 ms", 310, "ms", "延迟", 800, "down"),
        ("accuracy rose from 81.5 to 88.0", 88, "", "accuracy", 81.5, "up"),
    ],
)
def test_baseline_to_result(text, value, unit, what, baseline, direction):
    m = one(text)
    assert (m.value, m.unit, m.what, m.baseline, m.result, m.direction) == (
        value,
        unit,
        what,
        baseline,
        value,
        direction,
    )


@pytest.mark.parametrize(
    ("text", "value", "unit", "what", "direction"),
    [
        ("工单量下降了25%", 25, "%", "工单量", "down"),
        ("准确率提升了12个百分点", 12, "pp", "准确率", "up"),
        ("improved recall by 10 points", 10, "pp", "recall", "up"),
        ("improved recall by 10%", 10, "%", "recall", "up"),
        ("提升了两个百分点", 2, "pp", "", "up"),
        ("推理速度提升3.4倍", 3.4, "x", "推理速度", "up"),
        ("吞吐提升三倍", 3, "x", "吞吐", "up"),
        ("30% lower latency", 30, "%", "latency", "down"),
        ("40% faster", 40, "%", "", "up"),
        ("成本降低了20%", 20, "%", "成本", "down"),
    ],
)
def test_changes_are_deltas_with_direction(text, value, unit, what, direction):
    m = one(text)
    assert (m.value, m.unit, m.what, m.direction) == (value, unit, what, direction)
    assert m.baseline is None and m.result is None


@pytest.mark.parametrize(
    ("text", "value", "unit", "what"),
    [
        ("throughput 3.4x", 3.4, "x", "throughput"),
        ("p99 under 300 ms", 300, "ms", "p99"),
        ("p95 < 300ms", 300, "ms", "p95"),
        ("用48卡训练", 48, "gpu", ""),
        ("trained on 8 GPUs", 8, "gpu", ""),
        ("用 16 张 A100 训练", 16, "gpu", ""),
        ("索引了12万篇文档", 120000, "docs", ""),
        ("indexed 1.2M docs", 1_200_000, "docs", ""),
        ("QPS 2000", 2000, "qps", "qps"),
        ("handles 2k QPS", 2000, "qps", "qps"),
        ("error rate 30%", 30, "%", "error rate"),
        ("F1 0.85", 0.85, "", "f1"),
        ("5 人团队", 5, "people", "团队"),
        ("led a team of 6", 6, "people", "team"),
        ("节省成本50万元", 500_000, "cny", "成本"),
        ("saved $2M per year", 2_000_000, "usd", ""),
        ("两周上线", 2, "week", ""),
        ("shipped in 3 months", 3, "month", ""),
        ("百分之三十的请求", 30, "%", ""),
        ("覆盖 2000+ 用户", 2000, "users", ""),
        ("十二万条数据", 120_000, "items", ""),
        ("一共两个人", 2, "people", ""),
        ("首字延迟控制在 800 毫秒以内", 800, "ms", "首字延迟"),
        ("准确率 92%", 92, "%", "准确率"),
        ("ＱＰＳ峰值 ５０００", 5000, "qps", "qps"),
    ],
)
def test_single_figures(text, value, unit, what):
    m = one(text)
    assert (m.value, m.unit, m.what) == (value, unit, what)


def test_span_is_exact_and_short():
    text = "项目上线后，召回率从72%提升到86%，延迟下降了35%。"
    found = extract_metrics(text)
    assert [m.text for m in found] == ["召回率从72%提升到86%", "延迟下降了35%"]
    for m in found:
        assert m.text in text


def test_several_measures_in_one_sentence_keep_their_own_names():
    found = extract_metrics("准确率 92%，召回率 85%，F1 0.88")
    assert [(m.what, m.value) for m in found] == [("准确率", 92), ("召回率", 85), ("f1", 0.88)]


def test_points_and_relative_percent_are_distinguished():
    assert one("recall up 10 points").unit == "pp"
    assert one("recall up 10%").unit == "%"
    assert one("召回率提升10个百分点").unit == "pp"


@pytest.mark.parametrize(
    "text",
    [
        "2023",
        "2023.06-2024.02",
        "2023年6月上线",
        "06/2023 – 09/2024",
        "v2 and V3.1 and 1.2.3",
        "GPT-4",
        "phone 13812345678",
        "联系电话 138-1234-5678",
        "a1@b2.com",
        "第3名",
        "Python 3.11, CUDA 12.1",
        "一个系统，十分重要，一些问题，统一口径",
        "项目一：智能客服系统",
        "recall@10",
    ],
)
def test_dates_versions_phones_and_words_are_not_metrics(text):
    assert extract_metrics(text) == []
    assert not has_number(text)


def test_model_size_is_kept_as_billions_of_parameters():
    found = extract_metrics("基于 Qwen2.5-7B 做 LoRA 微调")
    assert [(m.text, m.value, m.unit) for m in found] == [("7B", 7, "b")]


def test_has_number_counts_plain_quantities():
    assert has_number("负责 3 个模块")
    assert has_number("三倍")
    assert not has_number("负责核心模块的设计")
    assert not has_number("")


def test_bare_integers_without_a_measure_are_not_claims():
    assert extract_metrics("负责 3 个模块") == []


def test_measure_key_maps_languages_together():
    zh = one("召回率 80%")
    en = one("recall 80%")
    assert measure_key(zh) == measure_key(en) == "recall"
    assert measure_key(one("p99 latency 300 ms")) == "p99"


def conflict(a: str, b: str) -> bool:
    return metric_values_conflict(one(a), one(b))


def test_conflicting_values_are_flagged():
    assert conflict("recall from 72% to 86%", "recall went to 80%")
    assert conflict("召回率从72%提升到86%", "recall 80%")
    assert conflict("用48卡训练", "we used 32 GPUs")
    assert conflict("p99 under 300 ms", "p99 was 0.5 s")
    assert conflict("召回率从72%提升到86%", "召回率提升了20个百分点")


def test_consistent_or_incomparable_values_are_not_conflicts():
    assert not conflict("recall from 72% to 86%", "recall reached 86%")
    assert not conflict("召回率从72%提升到86%", "recall 85.6%")
    assert not conflict("召回率从72%提升到86%", "召回率提升了14个百分点")
    # 14 points is a 19.4% relative gain; "19%" fits the relative reading
    assert not conflict("recall from 72% to 86%", "recall improved by 19%")
    assert not conflict("recall 80%", "precision 70%")
    assert not conflict("recall 80%", "recall up 10 points")
    assert not conflict("索引12万篇文档", "indexed 120k docs")
    assert not conflict("p99 under 300 ms", "p99 0.3 s")
    assert not conflict("30%", "40%")  # nothing says what either measures


def test_handles_empty_and_huge_inputs():
    assert extract_metrics("") == []
    text = "召回率从72%提升到86%。" * 500
    assert len(extract_metrics(text)) == 500


def test_ranges_are_one_claim_at_the_upper_end():
    m = one("Accuracy improved by roughly 5-7%.")
    assert (m.text, m.value, m.unit, m.direction) == (
        "Accuracy improved by roughly 5-7%",
        7,
        "%",
        "up",
    )
    assert one("3-5 people").value == 5


def test_signs_give_a_direction():
    found = extract_metrics("CTR +12%, CVR +3.5pp, 退货率 -2%")
    assert [(m.what, m.value, m.unit, m.direction) for m in found] == [
        ("ctr", 12, "%", "up"),
        ("cvr", 3.5, "pp", "up"),
        ("退货率", 2, "%", "down"),
    ]


def test_rates_missing_from_the_vocabulary_are_still_named():
    assert one("转人工率从 45% 降到了 28%").what == "转人工率"
    assert one("the escalation rate dropped to 9%").what == "escalation rate"


def test_measure_named_earlier_in_the_sentence_is_used_without_growing_the_span():
    found = extract_metrics("召回率大概 70% 左右，后来加了重排，最后离线评测到了 84%。")
    assert [(m.text, m.what) for m in found] == [("召回率大概 70%", "召回率"), ("84%", "召回率")]


def test_chinese_money_and_durations():
    assert (one("每月省了 3 万块").value, one("每月省了 3 万块").unit) == (30_000, "cny")
    m = one("跑了 36 个小时")
    assert (m.value, m.unit) == (36, "h")


def test_colloquial_points_and_unitless_rates_compare_with_percent():
    assert one("召回率提升了15个点").unit == "pp"
    claim = "召回率从68%提升到83%"
    assert not conflict(claim, "召回率提升了15个点")
    assert conflict(claim, "召回率下降了15个百分点")  # same size, opposite direction
    assert not conflict(claim, "recall went from 0.68 to 0.83")
    assert conflict(claim, "recall went from 0.60 to 0.83")
    assert conflict(claim, "召回率最后是 0.79")
    assert not conflict(claim, "召回率最后是 83")


def test_a_count_far_from_a_measure_is_not_that_measure():
    text = "I measured accuracy on a labelled set of 500 real questions: it went from 61% to 83%."
    found = extract_metrics(text)
    assert [(m.what, m.value, m.unit) for m in found] == [("accuracy", 83, "%")]
    assert not metric_values_conflict(found[0], one("Raised answer accuracy from 61% to 83%"))
    assert one("召回率最后是 83").what == "召回率"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It took about two weeks", 2, "week"),
        ("with three engineers", 3, "people"),
        ("ten times faster", 10, "x"),
        ("a team of five", 5, "people"),
        ("five-person team", 5, "people"),
        ("Three months later", 3, "month"),
    ],
)
def test_english_number_words_with_units(text, value, unit):
    m = one(text)
    assert (m.value, m.unit) == (value, unit)


def test_english_number_words_without_units_are_words():
    assert extract_metrics("two of them said so, in one go; the Seven Samurai") == []
    assert not has_number("often listen to the tent")


def test_a_bound_is_not_contradicted_by_a_value_inside_it() -> None:
    from interviewer.metrics import extract_metrics, metric_values_conflict

    claim = extract_metrics("p95 latency under 800 ms")[0]
    assert not metric_values_conflict(claim, extract_metrics("p95 latency at 780 ms")[0])
    assert metric_values_conflict(claim, extract_metrics("p95 latency of 950 ms")[0])
    zh = extract_metrics("p99 低于 300ms")[0]
    assert not metric_values_conflict(zh, extract_metrics("p99 是 280ms")[0])
    assert metric_values_conflict(zh, extract_metrics("p99 是 450ms")[0])
