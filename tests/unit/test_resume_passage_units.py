"""When no section the reader knows holds any work (a timeline page, a message), the passages
that tell work are the units: named by a short title line just above them, else by their object;
a passage telling no deed (a position, a remark, a skills line) is none. Family from fresh10
(seen) p02, written in other words before the fix (zh and en)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

_TIMELINE_EN = """My story — Ines Duarte

Timeline

2022 · Position
    Staff Engineer, Talkdesk
    Contact-centre routing.

2022 · Project
    Queue forecaster
    Trained a per-queue call-volume model that staffing plans now use; forecast error fell from 21% to 12%.
    Python · LightGBM

2021 · Accomplishment
    Cut call-routing latency from 300 ms to 90 ms by caching agent skills in the router process.
"""
_TIMELINE_ZH = """成长时间线

2023 · 职位
    高级工程师，某出行平台

2023 · 项目
    司机画像服务
    把分散在 6 个系统里的司机特征统一成一个在线服务，特征查询 P99 从 120ms 降到 25ms。
    Go · Redis

2021 · 成就
    重写计价引擎的规则模块，计价错误工单从每月 300 单降到 40 单。
"""
_MESSAGE_EN = """Hi Sam — quick summary as promised.
I've been a backend engineer at Corvid Travel since 2019.
Two things stand out from my time there. First, I rebuilt the fare-pricing service in Rust, which cut p99 latency from 300 ms to 40 ms. Second, I set up the experimentation platform that 40 teams now use to run A/B tests.
I also sit on the hiring panel.
"""
_MESSAGE_ZH = """李老师好，简单介绍一下我自己。
我 2020 年毕业后一直在一家物流公司做数据开发。
这几年主要做了两件事。第一件是把日报从手工 Excel 改成了自动化的数据流水线，出报时间从中午提前到早上 8 点前，人工工作量减少 80%。第二件是搭了运单异常监控，每天自动发现 200 多单异常。
平时也负责组里的代码评审。
"""


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        (_TIMELINE_EN, ["call-volume model", "call-routing latency"]),
        (_TIMELINE_ZH, ["司机特征", "计价引擎"]),
        (_MESSAGE_EN, ["fare-pricing service", "experimentation platform"]),
        (_MESSAGE_ZH, ["自动化的数据流水线", "运单异常监控"]),
    ],
)
def test_passages_telling_work_are_units_when_no_section_holds_any(
    text: str, inside: list[str]
) -> None:
    projects = parse_resume_text(text).projects
    assert len(projects) == len(inside), [p.name for p in projects]
    for project, words in zip(projects, inside, strict=True):
        assert words in " ".join(project.bullets)


def test_a_title_line_above_a_passage_names_it() -> None:
    names = [p.name for p in parse_resume_text(_TIMELINE_EN).projects]
    assert names[0] == "Queue forecaster"
