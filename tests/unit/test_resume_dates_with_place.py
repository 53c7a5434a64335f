"""A job told as `Employer — Title` over a dates line that also says where (`Jan 2021 – Present
· Barcelona`, `03/2019 - 12/2022 | Berlin, DE`, `2020.07 - 至今 · 上海`): the place is where the
job was, not a second employer, so the job is read and its items stay its work (session 11,
resume11; the family fresh9's diagnosis named)."""

from __future__ import annotations

import pytest

from interviewer.resume.assemble import parse_resume_text

CASES = [
    (
        "Work\n\nGlovo — Machine Learning Engineer\nJan 2021 – Present · Barcelona\n"
        "➢ Menu normaliser: fine-tuned a 7B model on menu items; items mapped from 55% to 91%.\n",
        ("Machine Learning Engineer", "Glovo"),
        "Menu normaliser",
    ),
    (
        "Experience\n\nZalando | Data Scientist\n03/2019 - 12/2022 | Berlin, DE\n"
        "- Size advisor: a model trained on return reasons; size returns from 14% to 11%.\n",
        ("Data Scientist", "Zalando"),
        "Size advisor",
    ),
    (
        "工作经历\n\n字节跳动 — 算法工程师\n2020.07 - 至今 · 上海\n"
        "- 评论审核模型：上线多标签分类模型，人工复审量减少 40%\n",
        ("算法工程师", "字节跳动"),
        "评论审核模型",
    ),
]


@pytest.mark.parametrize(("text", "job", "name"), CASES, ids=["en-dot", "en-bar", "zh-dot"])
def test_a_place_beside_the_dates_is_where_the_job_was(
    text: str, job: tuple[str, str], name: str
) -> None:
    resume = parse_resume_text(text)
    assert [(p.title, p.org) for p in resume.positions] == [job]
    assert name in [p.name for p in resume.projects]
