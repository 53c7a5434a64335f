"""A Chinese list item cut mid-word by a narrow column (`…再蒸` / `馏到 BERT 上线；`): the short
line that ends the clause is the item's rest, never a project of its own, so the item's claims
stay with the project above it (family seen in fresh7; cases in other words)."""

from __future__ import annotations

from interviewer.resume import load_resume_bytes
from interviewer.resume.lines import read_lines


def _texts(text: str) -> list[str]:
    return [ln.text for ln in read_lines(text) if ln.text]


def test_a_cut_word_rejoins_its_item() -> None:
    text = (
        "· 基于用户画像和实时行为做多路召回，排序用 DeepFM，最后接\n入重排；\n· 点击率提升 8%。\n"
    )
    assert _texts(text) == [
        "基于用户画像和实时行为做多路召回，排序用 DeepFM，最后接入重排；",
        "点击率提升 8%。",
    ]


def test_a_sentence_tail_rejoins_its_item() -> None:
    text = (
        "- 把客服知识库切成段落后建立向量索引，生成答案时附\n"
        "上出处。\n"
        "- 答案采纳率由 52% 提升到 74%\n"
    )
    assert len(_texts(text)) == 2, _texts(text)


def test_a_list_of_languages_cut_after_its_comma_rejoins() -> None:
    text = "• 训练多语种意图识别模型，覆盖英语、日语和韩\n语三种语言，\n• 意图准确率 93%\n"
    assert _texts(text)[0].endswith("韩语三种语言，"), _texts(text)


def test_a_project_name_after_an_item_stays_a_header() -> None:
    text = "· 负责数据平台的日常建设\n数据质量监控平台\n· 规则覆盖率达到 90%\n"
    assert _texts(text) == ["负责数据平台的日常建设", "数据质量监控平台", "规则覆盖率达到 90%"]


def test_claims_stay_with_the_project_above_the_cut() -> None:
    text = (
        "项目经历\n"
        "门店客流预测    2022.03 – 2023.01\n"
        "· 用 LightGBM 融合天气、节假日和历史客流做门店级预测，再蒸\n"
        "馏成小模型部署到边缘盒子；\n"
        "· 预测误差（MAPE）从 18% 降到 11%。\n"
        "会员流失预警    2021.05 – 2021.12\n"
        "· 基于消费序列训练流失模型，每周给运营推送高风险名\n"
        "单；\n"
        "· 挽回会员 3200 名。\n"
    )
    r = load_resume_bytes(text.encode(), "cut.txt")
    assert [p.name for p in r.projects] == ["门店客流预测", "会员流失预警"]
    first = r.projects[0]
    assert any(m.baseline == 18 and m.result == 11 for m in first.metrics), first.metrics


# The same cut right after a number ('…由 7.5%' / '降至 2.1%。'): the change's second half is the
# item's rest (fresh7 l07, seen; cases in other words).


def test_a_change_cut_after_its_first_number_rejoins() -> None:
    text = "· 多模型融合后，退货预测误差由 12.4%\n降到 8.9%；\n· 上线三个城市。\n"
    assert _texts(text)[0].endswith("由 12.4%降到 8.9%；"), _texts(text)


def test_a_rate_cut_after_its_percent_rejoins() -> None:
    text = "- 重写了网关的重试逻辑，接口错误率从 0.8%\n下降到 0.1%。\n"
    assert len(_texts(text)) == 1, _texts(text)


def test_a_figure_then_a_name_stays_apart() -> None:
    text = "· 标注一致率达到 93%\n数据质量监控平台\n· 规则覆盖率达到 90%\n"
    assert len(_texts(text)) == 3, _texts(text)
