"""A full line of prose that stops inside a phrase — on a word that wants the next one, inside an
open bracket, or after a figure — goes on below even when the next line opens in capitals (a
name: 'Redis', 'GPUs', 'Kafka'); a line that ends its sentence does not. Family from fresh10
(seen) p03's PDF, written in other words before the fix."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

_HEAD = "EXPERIENCE\nNorthwind Freight, Oslo      Senior Data Engineer      2019-present\n"
_BRACKET = (
    "Route cache. Moved the depot routing lookups into an in-memory cache for the planner (Go on\n"
    "Redis with a write-through layer) so that the planning screens stopped timing out; p95 went\n"
    "from 2.4 s to 310 ms across all depots.\n"
)
_FIGURE = (
    "Scan archive. Ran the optical character recognition backfill over the freight archive on 48\n"
    "GPUs, 9 million waybills in total; the cost per thousand pages came down from $3.10 to $0.80\n"
    "over the quarter.\n"
)
_WORD = (
    "Slot booking. Rebuilt the carrier slot booking flow that the warehouse teams rely on with\n"
    "Kafka events instead of nightly batch files, and no-show slots at the docks fell from 14% to\n"
    "6% within two months of launch.\n"
)
_ZH = (
    "运力预测：为干线调度重建了按线路的运力预测模型，特征从离线宽表改为实时流（Flink 与\n"
    "Kafka 双写），预测误差从 18% 降到 9%，调度员每天少改 300 多次计划，覆盖全部 42 条干线。\n"
)


@pytest.mark.parametrize(
    ("body", "cut", "rest"),
    [
        (_BRACKET, "(Go on", "Redis with"),
        (_FIGURE, "on 48", "GPUs, 9 million"),
        (_WORD, "rely on with", "Kafka events"),
        (_ZH, "Flink 与", "Kafka 双写"),
    ],
)
def test_a_full_line_cut_inside_a_phrase_goes_on(body: str, cut: str, rest: str) -> None:
    text = _HEAD + body + "Duties included on-call for the planning platform and code reviews.\n"
    projects = parse_resume_text(text).projects
    assert len(projects) == 1, [p.name for p in projects]
    whole = " ".join(projects[0].bullets)
    assert cut in whole and rest in whole
    assert not projects[0].name.startswith(("the Redis", "the GPUs", "the Kafka", "Kafka"))
