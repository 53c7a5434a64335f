"""Money is money however it is said: a currency named by its word after a worded or scaled
figure ("fifty thousand yuan", "120k yuan"), a coin sign (3¢), a spoken scale ("half a mil"),
and a bare Chinese amount of a cost whose change verb ends in 到 (费用从八十多万压到三十万: 压 is the
verb, not a counted thing)."""

from __future__ import annotations

import pytest
from quantity_expect import results

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("we were spending roughly fifty thousand yuan a month on annotation", "cny", 50000),
        ("the pilot saved about 120k yuan in the first year", "cny", 120000),
        ("每个月光标注就要花两万多元", "cny", 20000),
        ("the grant was 1.5 mil", "usd", 1.5e6),
        ("licenses ran about two mil a year", "usd", 2e6),
        ("ARR grew to about 4 mil by year end", "usd", 4e6),
        ("each lookup costs 0.4¢", "usd", 0.004),
    ],
)
def test_money_said_in_words(text: str, unit: str, value: float) -> None:
    found = [q for q in extract_quantities(text) if q.unit == unit]
    assert found and abs(found[0].value - value) < 1e-6 * max(1.0, value), extract_quantities(text)


@pytest.mark.parametrize(
    ("text", "value", "baseline"),
    [
        ("Per-image cost dropped from 3¢ to 0.8¢.", 0.008, 0.03),
        ("cost per call went from 2¢ down to half a cent", 0.005, 0.02),
    ],
)
def test_coins_in_a_change(text: str, value: float, baseline: float) -> None:
    (q,) = results(text)
    assert q.unit == "usd" and abs(q.value - value) < 1e-9
    assert q.baseline is not None and abs(q.baseline - baseline) < 1e-9


@pytest.mark.parametrize(
    ("text", "value", "baseline", "direction"),
    [
        ("服务器开销从四十多万砍到了十五万。", 150000, 400000, "down"),
        ("外包费用从一百多万干到了六十万。", 600000, 1000000, "down"),
        ("每月云账单从二十多万打到了九万左右。", 90000, 200000, "down"),
        ("营销预算从三百多万拉到了五百万。", 5000000, 3000000, "up"),
    ],
)
def test_a_cost_cut_to_a_bare_amount_is_money(
    text: str, value: float, baseline: float, direction: str
) -> None:
    (q,) = results(text)
    assert (q.unit, q.value, q.baseline, q.direction) == ("cny", value, baseline, direction)
