"""What a 'Job Description:' field (Role description, 工作描述, 职位描述) says describes the job: it
is an askable unit only when it tells a result, like any duty (family fresh7/l06 showed, seen in
session 10; cases in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _units(body: str) -> list[str]:
    text = "Work Experience\n2019.03-Now    Acme Tech Co., Ltd.    Data Engineer\n" + body
    return [p.name for p in parse_resume_text(text).projects]


def test_a_job_description_building_something_is_the_job() -> None:
    assert (
        _units("Job Description: Developed data pipelines for the risk control department.\n") == []
    )


def test_a_role_description_with_its_duties_is_the_job() -> None:
    assert (
        _units(
            "Role description: Built the search ranking algorithms of the shopping app; take "
            "part in A/B test design.\n"
        )
        == []
    )


def test_a_chinese_job_description_is_the_job() -> None:
    text = "工作经历\n2018.07-2021.06　某金融科技公司　后端工程师\n工作描述：开发了风控平台的后端服务。\n"
    assert [p.name for p in parse_resume_text(text).projects] == []


def test_a_job_description_telling_a_result_is_work() -> None:
    assert len(_units("Job Description: Rebuilt the fraud model; chargebacks fell 30%.\n")) == 1
