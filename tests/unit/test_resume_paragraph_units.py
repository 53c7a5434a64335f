"""Under a job, a paragraph line that opens with a deed on an object of its own and tells its own
result is a new unit of work, not a continuation of the `Name: …` paragraph above it when that one
already has its head and its content (issue 14, lead probe L3: 'Migrated the reporting stack …;
nightly job time 4h -> 50 min.' under 'Merchant churn early warning: …' was read as the churn
model's claim, and the interview asked the churn model about its nightly job time). A line that
only reports a result, or tells more of the same object, or wraps the sentence above, stays with
it. Inputs zh/en/terse/code-mixed written before the fix."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

_JOB_EN = "EXPERIENCE\nNorthwind Retail — Data Scientist (Jan 2020 – Dec 2023)\n"
_JOB_ZH = "工作经历\n2019.07-2022.02  某支付公司  数据科学家\n"

_APART = [
    (
        _JOB_EN + "Demand forecast: daily SKU forecasts for 800 stores, used by the planners; "
        "MAPE 14%.\nRewrote the warehouse loads from shell scripts to dbt; the refresh went "
        "from 6 hours to 40 minutes.\n",
        "Demand forecast",
        "40",
    ),
    (
        _JOB_ZH + "商户流失预警：每周给2万商户打风险分，供客户经理使用，top-500准确率0.6。\n"
        "把报表系统从crontab脚本迁移到Airflow，夜间任务耗时从4小时降到50分钟。\n",
        "商户流失预警",
        "50分钟",
    ),
    (
        _JOB_EN + "Search ranking: LTR model for app store search; CTR +6%.\n"
        "Cut CI build time from 25 min to 8 min by caching Docker layers.\n",
        "Search ranking",
        "8",
    ),
    (
        _JOB_ZH + "风控评分卡：为消费贷产品搭建申请评分卡，KS 0.42。\n"
        "重构特征平台的上线流程，特征上线周期由两周缩短至两天。\n",
        "风控评分卡",
        "两",
    ),
]

_TOGETHER = [
    (
        _JOB_EN + "Demand forecast: daily SKU forecasts for 800 stores, used by the planners.\n"
        "MAPE fell from 22% to 14% after adding weather features.\n",
        "Demand forecast",
    ),
    (
        _JOB_ZH + "推荐召回：用双塔模型做商品召回。\n上线后点击率提升3%，GMV提升1.2%。\n",
        "推荐召回",
    ),
    (
        _JOB_EN + "Demand forecast: daily SKU forecasts for 800 stores, built on LightGBM; "
        "used by planners.\nRetrained the forecast weekly on store sales, which cut MAPE from "
        "22% to 14%.\n",
        "Demand forecast",
    ),
]


@pytest.mark.parametrize(("text", "named", "figure"), _APART)
def test_a_deed_on_its_own_object_with_its_own_result_is_a_new_unit(
    text: str, named: str, figure: str
) -> None:
    projects = parse_resume_text(text).projects
    above = next(p for p in projects if named in p.name)
    assert not any(figure in c.text for c in above.metrics), above.metrics
    assert len(projects) == 2, [p.name for p in projects]
    other = next(p for p in projects if p is not above)
    assert any(figure in c.text for c in other.metrics), other.metrics


@pytest.mark.parametrize(("text", "named"), _TOGETHER)
def test_a_result_or_more_of_the_same_object_stays_with_the_unit(text: str, named: str) -> None:
    projects = parse_resume_text(text).projects
    assert [p.name for p in projects] == [next(p.name for p in projects if named in p.name)]
