"""A figure told bare beside a sibling measure of its family that carries a unit is in that unit;
a bare figure of another family, or after the sentence ends, stays bare."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("p50 is 40 ms and p99 about 120", 120),
        ("TTFT is 300 ms and p99 around 900", 900),
        ("首 token 延迟 300 毫秒，P99 大概 900", 900),
        ("p50 0.4s, p99 1.2", 1200),
        ("p fifty is around forty milliseconds and p ninety-nine about one twenty", 120),
    ],
)
def test_a_bare_sibling_takes_the_unit(text: str, value: float) -> None:
    q = extract_quantities(text)[-1]
    assert (q.value, q.unit) == (value, "ms")


def test_another_family_stays_bare() -> None:
    q = extract_quantities("p99 is 300 ms and F1 about 0.88")[-1]
    assert (q.value, q.unit) == (0.88, "")


def test_a_new_sentence_stays_bare() -> None:
    q = extract_quantities("p50 is 40 ms. Since then, p99 about 120")[-1]
    assert (q.value, q.unit) == (120, "")
