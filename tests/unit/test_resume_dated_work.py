"""Dates are when work was done, never its name (session 7, resume10; the family fresh3's zh
timeline showed, here in other words and in English).

Under a job, a line that opens with a period and goes on with a deed told as a sentence is a
dated piece of work (an askable unit named by its object), not a job and not a project named
'2022.09 - 2023.12 主导'. A dated line holding an employer and a title is still the next job.
A job line whose parts are separated by ideographic spaces is split into title and employer.
"""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _read(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, int | None]]]:
    r = parse_resume_text(text)
    return [(p.title, p.org) for p in r.positions], [(p.name, p.position) for p in r.projects]


def test_zh_dated_deeds_under_jobs() -> None:
    jobs, units = _read(
        "工作经历\n2020.04 - 至今　　京东　零售技术部　高级算法工程师\n"
        "2022.01 - 2023.06　主导商品评论情感分析模型升级：差评识别准确率从 85% 提升到 93%。\n"
        "2020.05 - 2021.12　负责搜索词纠错，纠错覆盖率提升 12%。\n"
        "2016.07 - 2020.03　　网易　有道　算法工程师\n"
        "2018.03 - 2019.09　重构翻译结果缓存，接口耗时从 120 毫秒降到 40 毫秒。\n"
    )
    assert jobs == [("高级算法工程师", "京东"), ("算法工程师", "网易")]
    assert [u[1] for u in units] == [0, 0, 1]
    assert not any(u[0][:2].isdigit() for u in units)
    assert "商品评论情感分析模型升级" in units[0][0]


def test_en_dated_deeds_under_a_job() -> None:
    jobs, units = _read(
        "EXPERIENCE\nSpotify, Stockholm — Senior Data Engineer, 2019 – 2023\n"
        "2021 – 2022  Rebuilt the royalties pipeline on Beam; month-end close from 6 days to 2.\n"
        "2019 – 2020  Led the podcast-metrics backfill of 4 years of events.\n"
    )
    assert len(jobs) == 1
    assert len(units) == 2 and "royalties pipeline" in units[0][0]


def test_a_dated_duty_is_no_job() -> None:
    jobs, units = _read(
        "经历\n2019.07 - 至今　　　小红书　社区技术部　数据工程师\n"
        "2019.07 - 2020.06　参与埋点数据的日常维护。\n"
        "2020.07 - 2022.12　搭建实时数仓，数据延迟从 1 小时降到 5 分钟。\n"
    )
    assert len(jobs) == 1 and jobs[0][1] == "小红书"
    assert [u[0] for u in units] == ["实时数仓"]


def test_a_label_alone_on_its_line_names_no_project() -> None:
    for label in ("主要业绩", "工作成果", "Key achievements"):
        jobs, units = _read(
            f"工作经历\n某银行　信用卡中心　风控建模专家 2019.03 – 至今\n{label}\n"
            "■ 主导「额度调整」模型迭代，坏账率下降 0.4 个百分点。\n"
            "■ 负责团队日常管理。\n"
        )
        assert len(jobs) == 1 and jobs[0][1] == "某银行"
        assert [u[0] for u in units] == ["「额度调整」模型迭代"] or "额度调整" in units[0][0]
        assert len(units) == 1
