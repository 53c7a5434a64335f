"""A Chinese job line with a remark in brackets (a department, a city inside the company's name,
校招/实习) keeps its title and employer: the remark belongs to the word before it and is no field
of its own (the brief's 'dates company title' family; cases in other words)."""

from __future__ import annotations

from interviewer.resume.evidence import job_line


def _pair(text: str) -> tuple[str, str]:
    job = job_line(text)
    assert job is not None, text
    return job.title, job.org


def test_a_department_after_the_title_is_a_remark() -> None:
    assert _pair("2019.07-2022.03 美团 机器学习工程师（到店事业群）") == ("机器学习工程师", "美团")


def test_a_city_inside_the_company_name_is_a_remark() -> None:
    assert _pair("2022年7月-至今 腾讯科技（深圳）有限公司 高级工程师") == (
        "高级工程师",
        "腾讯科技有限公司",
    )


def test_a_hiring_channel_after_the_title_is_a_remark() -> None:
    assert _pair("2018.09-2020.06　中国移动研究院　算法研究员（校招）") == (
        "算法研究员",
        "中国移动研究院",
    )


def test_a_business_unit_after_the_company_stays_read() -> None:
    assert _pair("2021.03-至今　字节跳动（抖音电商）　算法工程师") == ("算法工程师", "字节跳动")


def test_an_employer_in_brackets_is_still_the_employer() -> None:
    assert _pair("2020.03-2021.05 算法工程师（某物流科技公司）") == ("算法工程师", "某物流科技公司")
