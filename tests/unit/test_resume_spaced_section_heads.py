"""A section name set apart from its content by a wide gap on one line (`SKILLS  Python, SQL`,
`EDUCATION  M.Sc. Statistics, 2019`, `技能    Python、SQL`) names that section and its content
(lead probe cv_en: the skills line was read as more of the last project and no skill was kept).
A name and its text after one space (`Skills Python`) is left as it was. Inputs en/zh written
before the fix."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

_JOB = (
    "EXPERIENCE\nPaywave — Data Scientist (Jul 2019 – Feb 2022)\n"
    "Merchant churn early warning: weekly churn-risk scores for 12k merchants; precision 0.62.\n\n"
)
_ZH_JOB = "工作经历\n2019.07-2021.06  某电商公司  数据分析师\n- 搭建评论情感分析看板，日处理评论20万条。\n\n"


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        (
            _JOB + "SKILLS  Python, SQL, LightGBM, Airflow\nEDUCATION  M.Sc. Statistics, 2019\n",
            "Airflow",
        ),
        (_JOB + "Technical Skills    dbt, Spark, Kafka\n", "Kafka"),
        (_ZH_JOB + "技能    Python、SQL、Hive\n教育    某大学 统计学 硕士 2019\n", "Hive"),
        (_ZH_JOB + "专业技能\tPyTorch、LangChain\n", "LangChain"),
    ],
)
def test_a_section_name_and_its_content_on_one_line(text: str, skill: str) -> None:
    resume = parse_resume_text(text)
    assert skill in resume.skills, resume.skills
    for p in resume.projects:
        assert skill not in " ".join(p.bullets if hasattr(p, "bullets") else []), p
    assert not any("大学" in f"{p.org}{p.title}" or "M.Sc" in p.org for p in resume.positions)
