"""Under a job, a bullet that carries a name and its own dates (`▶ 名称　2023.02 – 2023.10　角色`)
over bullets of another glyph names a piece of work; those bullets are its points (session 8,
resume11; the family fresh4/i11 showed, here in other words).
"""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _projects(text: str) -> list[tuple[str, str, int]]:
    return [(p.name, p.period, len(p.bullets)) for p in parse_resume_text(text).projects]


def test_zh_dated_arrow_bullets_over_other_glyphs() -> None:
    got = _projects(
        "工作经历\n某银行科技部　高级算法工程师　2019.07 – 至今\n"
        "▶ 反洗钱可疑交易识别　2022.01 – 2023.03　模型负责人\n"
        "➢ 用图特征 + GBDT 识别可疑账户；\n➢ 业绩：人工复核量下降 40%。\n"
        "▶ 信用卡催收话术推荐　2020.05 – 2021.10　核心开发\n➢ 催回率提升 6 个百分点。\n"
    )
    assert [(g[0], g[2]) for g in got] == [("反洗钱可疑交易识别", 2), ("信用卡催收话术推荐", 1)]


def test_en_dated_bullets_over_dashes() -> None:
    got = _projects(
        "Experience\nNorthwind Bank, Senior ML Engineer, 2019 – present\n"
        "• Card fraud scoring   2021.03 – 2022.06   Tech lead\n"
        "- Moved scoring to a streaming job\n- Fraud losses down 18%\n"
        "• Branch demand forecast   2019.09 – 2020.12\n- MAPE from 21% to 12%\n"
    )
    assert [g[0] for g in got] == ["Card fraud scoring", "Branch demand forecast"]


def test_dated_bullets_over_indented_points() -> None:
    got = _projects(
        "工作经历\n某电商平台　推荐算法工程师　2020.07 – 至今\n"
        "◆ 首页猜你喜欢重排　2022.04 – 2023.01\n    – 引入多目标排序\n    – GMV 提升 3.2%\n"
        "◆ 搜索 query 纠错　2021.02 – 2021.12\n    – 纠错准确率由 88% 提升至 94%\n"
    )
    assert [g[0] for g in got] == ["首页猜你喜欢重排", "搜索 query 纠错"]
