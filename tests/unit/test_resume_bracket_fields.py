"""A field written as `【key】value` (or `[key] value`, `〔key〕value`) is `key：value`, and dot
bullets of East Asian typography (・ ･ ‧) are bullets (session 8, resume11; the family fresh4/i01's
職務経歴書 showed, here in other words). The points under `【成果】` belong to the project the
`【项目】` line named — never projects of their own — and `【期间】` gives its period.
"""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _projects(text: str) -> list[tuple[str, str, list[str]]]:
    return [(p.name, p.period, p.bullets) for p in parse_resume_text(text).projects]


def test_bracketed_fields_and_katakana_dots() -> None:
    got = _projects(
        "工作经历\n2020年3月～至今　某物流科技　数据工程师\n\n"
        "【期间】2022年1月～2023年6月\n【项目】运单异常预警\n【工作内容】\n"
        "　・用 XGBoost 预测运单延误\n【成果】\n　・异常发现时间从 2 天缩短到 4 小时\n"
        "【使用技术】Python／Spark\n"
    )
    assert [g[0] for g in got] == ["运单异常预警"]
    assert got[0][1].startswith("2022")
    assert any("4 小时" in b for b in got[0][2])


def test_square_bracket_fields() -> None:
    got = _projects(
        "项目经历\n[项目] 门诊排队预测\n[时间] 2021.03 – 2021.12\n[成果]\n"
        "･ 平均等待时间从 40 分钟降到 25 分钟\n･ 覆盖 6 家分院\n"
    )
    assert [g[0] for g in got] == ["门诊排队预测"]
    assert got[0][1].startswith("2021.03")


def test_hyphenation_point_bullets_stay_under_their_project() -> None:
    got = _projects(
        "项目经历\n【项目名称】广告素材审核\n【项目成果】\n"
        "‧ 审核通过率提升 12%\n‧ 人工抽检量减少一半\n"
    )
    assert [g[0] for g in got] == ["广告素材审核"]
    assert len(got[0][2]) == 2
