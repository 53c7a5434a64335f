"""`interviewer practice` in a terminal (no --json): how to send an answer, criterion names."""

from __future__ import annotations

from click.testing import CliRunner

from interviewer.cli import cli

ANSWER_ZH = (
    "我负责检索重写。召回率从72%提升到86%，测试集两千条；我比较了两种方案，因为延迟选了两阶段。\n\n"
)
ANSWER_EN = "I led the search rewrite; recall went from 72% to 86% on 2,000 queries.\n\n"


def test_zh_session_says_how_to_answer_and_names_criteria_in_chinese():
    out = CliRunner().invoke(
        cli, ["practice", "--persona", "leader", "--lang", "zh"], input=ANSWER_ZH
    )
    assert out.exit_code == 0, out.output
    assert "空一行即提交" in out.output
    score = next(line for line in out.output.splitlines() if "得分" in line)
    assert "/5" in score and "star " not in score and "metrics " not in score
    # criteria are named in Chinese (which ones depends on what the question asked)
    assert any(name in score for name in ("量化", "结构", "个人贡献", "技术深度", "取舍"))


def test_en_session_says_an_empty_line_sends():
    out = CliRunner().invoke(
        cli, ["practice", "--persona", "leader", "--lang", "en"], input=ANSWER_EN
    )
    assert out.exit_code == 0, out.output
    assert "an empty line sends it" in out.output
    score = next(line for line in out.output.splitlines() if "score " in line)
    assert "/5" in score and "metrics " not in score and "ownership " not in score
    assert any(
        name in score for name in ("Quantified impact", "Ownership", "Structure", "Technical depth")
    )
