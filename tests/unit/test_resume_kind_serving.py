"""Serving work told by what it did to models already built (session 8, resume12; the
serving→ml / serving→other confusions every split's aggregate showed, here in other words):
a model's release machinery (canaries, shadow traffic, rollbacks), models moved onto a serving
platform or deployed faster, a score returned by an API, and inference made faster (kernels,
decoding speed) are serving. A model built, retrained or rolled out stays `ml`.
"""

from __future__ import annotations

import pytest

from interviewer.resume.kinds import classify

CASES = [
    (
        "serving",
        "Fraud model rollout",
        [
            "Wrote the shadow-traffic and canary stage for the fraud models; a bad model version"
            " now reaches 2% of payments before it is rolled back."
        ],
    ),
    (
        "serving",
        "",
        [
            "Migrated 45 models from hand-built Flask containers onto Seldon Core; deploying a new"
            " model version went from 3 days to 40 minutes."
        ],
    ),
    (
        "serving",
        "Pricing-score API",
        [
            "Built the FastAPI service that returns the price-elasticity score to checkout; p95"
            " latency 80 ms at 3k requests/s."
        ],
    ),
    (
        "serving",
        "ggml contributions",
        ["Wrote NEON kernels for int4 dot products; token generation 1.6x faster on Apple M2."],
    ),
    (
        "serving",
        "模型发布流水线",
        ["训练完成后自动评估并灰度发布到 5% 流量，模型上线周期从两周缩短到两天。"],
    ),
    (
        "ml",
        "",
        ["Built and shipped a churn model for the telco's prepaid base; churn down 3 points."],
    ),
    (
        "ml",
        "Delivery-time estimates",
        [
            "Trained a gradient-boosted ETA model and deployed it behind the order API; MAE from 9"
            " to 6 minutes."
        ],
    ),
    (
        "ml",
        "",
        [
            "Developed the card-fraud model and its real-time scoring service; chargebacks fell 25%"
            " after launch."
        ],
    ),
    ("ml", "", ["Rolled out the new search ranking model to all markets; conversion +2%."]),
]


@pytest.mark.parametrize("kind,name,bullets", CASES)
def test_serving_is_told_by_what_was_done_to_built_models(
    kind: str, name: str, bullets: list[str]
) -> None:
    assert classify(name, bullets).kind == kind
