"""A Chinese field key is named by its last word: `责任描述：`, `任务描述：`, `实施背景：`,
`职责描述：` are fields of the project above (its description, its background, what the
candidate did), never a project named by the key (fresh11 family, session 13: a 前程无忧 export's
责任描述 became a project holding the real project's result)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

BLOCK = (
    "王五\n\n项目经验\n2021/03 -- 2021/12    直播商品切片\n所属公司：某电商公司\n"
    "项目描述：从直播视频中自动切出每件商品的讲解片段。\n"
    "{key}：负责商品匹配模型，用文本匹配加视觉特征判断片段对应的商品。\n"
    "项目业绩：切片准确率 91%。\n"
)


@pytest.mark.parametrize("key", ["责任描述", "任务描述", "实施背景", "职责描述", "工作职责"])
def test_a_key_ending_in_a_field_word_is_a_field(key: str) -> None:
    r = parse_resume_text(BLOCK.format(key=key))
    assert [p.name for p in r.projects] == ["直播商品切片"]
    assert any("商品匹配模型" in b for b in r.projects[0].bullets)
    assert r.projects[0].metrics


def test_a_project_named_like_a_field_is_still_a_project() -> None:
    text = (
        "王五\n\n项目经验\n智能客服知识库：检索增强问答，转人工率从 40% 降到 25%。\n"
        "风控特征平台：统一特征口径，特征上线周期从 2 周缩短到 2 天。\n"
    )
    r = parse_resume_text(text)
    assert [p.name for p in r.projects] == ["智能客服知识库", "风控特征平台"]
