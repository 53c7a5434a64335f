"""A line that states what the work aimed at — under a goal key (Objective:, Goal -, Aim:,
目标：, 项目目标：) or told as an intention (To halve…, 旨在…) — is no deed: it is never an
askable unit of its own, and the number in it is a target, not a claimed result (P19 family,
session 13). The work told beside it stays, with its own results."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text
from interviewer.resume.naming import states_aim

EN = "Jordan Lee\n\nExperience\nAcme Bank — Data Scientist (2019 – 2023)\n"
ZH = "李雷\n\n工作经历\n某银行 | 数据科学家 | 2019.03 - 2023.06\n"

CASES = [
    (
        EN + "- Objective: Cut fraud losses on card payments by 30%.\n"
        "- Built the card-fraud model; chargebacks fell 22%.\n",
        ["card-fraud model"],
        [22.0],
    ),
    (
        EN + "- Aim: to halve the time analysts spend on alert review.\n"
        "- Trained an alert-ranking model; review time fell from 50 to 30 minutes.\n",
        ["alert-ranking model"],
        [1_800_000.0],  # 30 minutes, in ms
    ),
    (
        ZH + "目标：将信用卡欺诈损失降低 30%。\n- 搭建反欺诈模型，拒付率下降 22%。\n",
        ["反欺诈模型"],
        [22.0],
    ),
    (
        ZH + "项目目标：客服人工转接率降到 20% 以下\n"
        "主要工作：搭建知识库问答系统，人工转接率从 41% 降到 23%。\n",
        ["知识库问答系统"],
        [23.0],
    ),
    (
        EN + "- so the goal was basically to get false positives under 2 percent\n"
        "- Retrained the AML scoring model with graph features; false positives went from 6% "
        "to 3.5%.\n",
        ["AML scoring model"],
        [3.5],
    ),
]


@pytest.mark.parametrize(("text", "names", "results"), CASES)
def test_an_aim_is_no_unit_and_no_claim(text: str, names: list[str], results: list[float]) -> None:
    r = parse_resume_text(text)
    assert len(r.projects) == len(names)
    for p, name in zip(r.projects, names, strict=True):
        assert name in p.name
    got = [m.result if m.result is not None else m.value for p in r.projects for m in p.metrics]
    assert got == results or sorted(got) == sorted(results)


@pytest.mark.parametrize(
    ("line", "aim"),
    [
        ("Objective: Cut fraud losses by 30%.", True),
        ("Goal - bring the false-positive rate under 2%", True),
        ("To halve the time analysts spend on alert review.", True),
        ("旨在将审批时长缩短一半。", True),
        ("目标是把转接率降到 20% 以下", True),
        ("Cut fraud losses by 30% with a graph model.", False),
        ("将审批时长从 3 天缩短到 1 天。", False),
        ("Goal-line technology tracker: built a vision model for referees.", False),
    ],
)
def test_what_states_an_aim(line: str, aim: bool) -> None:
    assert states_aim(line) is aim
