"""A table whose header no vocabulary reads is read by what its rows say (issue 14): the header
row is a label, never a job or a project; a cell of dates is a row's period; a cell telling work
done is the work and the short cell beside it names it; a row telling no work (a prize) is no
project; a row naming a role is a job. Written in several voices before the fix."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

_RESEARCH_ZH = """# 科研经历
| 时间 | 课题 | 内容与成果 |
| 2023.03-2024.06 | 医学影像报告自动生成 | 提出结构化解码方法，报告 BLEU 从 21.3 提升到 27.8；论文在审 |
| 2022.09-2023.02 | 跨语种命名实体识别 | 用多语种预训练模型做迁移，F1 达到 84.2 |
"""
_RESEARCH_EN = """# Research
| When | Topic | What I did |
| 2022 – 2024 | Protein function prediction | Built a graph neural network over residue contacts; AUPR rose from 0.41 to 0.55 |
| 2021 – 2022 | Low-resource speech recognition | Pre-trained a wav2vec model on 300 hours of untranscribed audio, word error rate down from 38% to 24% |
"""
_CONTESTS_EN = """# Competitions
| Year | Contest | Entry and result |
| 2023 | Kaggle LLM Science Exam | Silver medal; built a retrieval pipeline over Wikipedia that lifted MAP@3 from 0.71 to 0.86 |
| 2021 | ICPC regional | Third place |
"""
_CONTESTS_ZH = """# 竞赛经历
| 年份 | 赛事 | 名次与作品 |
| 2022.10 | 阿里天池 商品标题生成赛 | 三等奖；作品：基于 T5 的标题改写模型，ROUGE-L 达到 0.47 |
| 2020.05 | 全国大学生数学建模竞赛 | 省一等奖 |
"""


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        (_RESEARCH_ZH, ["医学影像报告自动生成", "跨语种命名实体识别"], ["时间", "课题"]),
        (
            _RESEARCH_EN,
            ["Protein function prediction", "Low-resource speech recognition"],
            ["When", "Topic"],
        ),
        (_CONTESTS_EN, ["Kaggle LLM Science Exam"], ["Year", "ICPC regional"]),
        (_CONTESTS_ZH, ["阿里天池 商品标题生成赛"], ["年份", "全国大学生数学建模竞赛"]),
    ],
)
def test_rows_telling_work_are_projects_and_the_header_is_none(
    text: str, names: list[str], not_names: list[str]
) -> None:
    resume = parse_resume_text(text)
    got = [p.name for p in resume.projects]
    assert got == names
    assert not set(not_names) & set(got)
    assert all(p.period for p in resume.projects)  # the dates cell is the period


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "# 工作经历\n| 时间 | 公司 | 职位 |\n| 2020.05 – 至今 | 小红书 | 资深算法工程师 |\n"
            "| 2017.07 – 2020.04 | 携程 | 算法工程师 |\n",
            ["小红书", "携程"],
        ),
        (
            "# Experience\n| Years | Company | Title |\n| 2020 – now | Etsy | Senior Data Scientist |\n"
            "| 2016 – 2020 | Booking.com | Data Scientist |\n",
            ["Etsy", "Booking.com"],
        ),
    ],
)
def test_a_header_over_jobs_is_no_job(text: str, orgs: list[str]) -> None:
    resume = parse_resume_text(text)
    assert [p.org for p in resume.positions] == orgs
    assert not resume.projects
