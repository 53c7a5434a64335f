"""A table naming a measure and its change (指标 | 变化, Metric | Impact) under a project: each row
is one claim of that project, the measure then the change told in words (session 9, resume15;
the family fresh8/m08 showed, here in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _claims(text: str) -> list[tuple[str, float | None, str]]:
    projects = parse_resume_text(text).projects
    assert len(projects) == 1
    return [(m.subject, m.value, m.unit) for m in projects[0].metrics if m.role == "result"]


def test_zh_metric_and_effect_rows_are_claims() -> None:
    claims = _claims(
        "## 项目经历\n\n### 客服意图识别\n\n用 BERT 替换规则匹配识别用户意图。\n\n"
        "| 核心指标 | 效果 |\n| --- | --- |\n| 意图识别准确率 | 提升 9 个百分点 |\n"
        "| 转人工率 | 降低 25% |\n"
    )
    assert [(s, r) for s, r, _ in claims] == [("意图识别准确率", 9.0), ("转人工率", 25.0)]


def test_en_metric_and_impact_rows_are_claims() -> None:
    claims = _claims(
        "## Projects\n\n### Fraud rules engine\n\nMoved hand-written rules into a scored engine.\n\n"
        "| Metric | Impact |\n| --- | --- |\n| Chargeback rate | down 31% |\n"
        "| Manual reviews | cut by half |\n"
    )
    subjects = [s.lower() for s, _, _ in claims]
    assert any("chargeback rate" in s for s in subjects)
    assert any("manual reviews" in s for s in subjects)


def test_the_header_row_is_no_claim_and_no_bullet() -> None:
    projects = parse_resume_text(
        "## 项目经历\n\n### 库存周转优化\n\n按品类调整补货参数。\n\n"
        "| 指标 | 变化 |\n| --- | --- |\n| 库存周转天数 | 从 45 天降到 32 天 |\n"
    ).projects
    assert [p.name for p in projects] == ["库存周转优化"]
    assert not any(b in ("指标", "变化") for b in projects[0].bullets)
    assert any(m.baseline == 45 * 24 and m.result == 32 * 24 for m in projects[0].metrics)
