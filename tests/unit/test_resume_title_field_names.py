"""A job's title told in a field whose key names it in full (职位名称：, 岗位名称：, 职务名称：,
Position title:) is the title alone — the key is a label, never part of the role (note11)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text


@pytest.mark.parametrize(
    ("key", "title"),
    [
        ("职位名称：", "算法工程师"),
        ("岗位名称：", "数据开发工程师"),
        ("职务名称：", "技术经理"),
        ("Position title: ", "Senior Data Scientist"),
    ],
)
def test_a_title_field_key_is_not_kept_in_the_role(key: str, title: str) -> None:
    text = (
        "工作经历\n公司名称：某某科技有限公司\n"
        f"{key}{title}\n在职时间：2020.03 - 至今\n工作描述：搭建推荐排序模型，点击率提升 8%。\n"
    )
    r = parse_resume_text(text)
    assert [p.title for p in r.positions] == [title]
    assert r.projects and r.projects[0].role == title
