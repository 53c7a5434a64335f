"""A cell under a table's role column that tells what was done ('Moved the extract to Kafka
streaming', 'Lead: trained a ranker on click logs', '负责人：把埋点日志迁到 Flink') is the
work's description — the role is only its leading title, when it has one — so the work's kind
and points come from it; a row whose only deed is judging or mentoring others' entries is no
piece of work (fresh13 family, in other words and languages)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

EN_DEED = """## Projects

| Project | Role | Outcome |
|---|---|---|
| Order feed rebuild (Acme) | Moved the order extract from nightly files to Kafka streaming | Freshness from 24 h to 10 min |
| Hackathon mentor (Acme) | Mentored 8 student teams | — |
"""

EN_TITLED = """## Selected work

| Work | My role | Result |
|---|---|---|
| Search ranker | Lead: trained a learning-to-rank model on click logs | CTR +8% |
"""

ZH = """## 项目经历

| 项目 | 角色 | 成果 |
|---|---|---|
| 日志链路改造 | 负责人：把埋点日志从 Hive 离线表迁到 Flink 实时链路 | 数据延迟从 1 天降到 5 分钟 |
| 黑客松评委 | 评审 10 支队伍 | — |
"""

ZH_PLAIN = """## 项目

| 项目 | 项目角色 | 结果 |
|---|---|---|
| 客服质检模型 | 微调 BERT 做违规话术识别 | 召回率 62% → 88% |
"""


@pytest.mark.parametrize(
    "text,name,role,told,kind",
    [
        (EN_DEED, "Order feed rebuild", "", "Kafka streaming", "data"),
        (EN_TITLED, "Search ranker", "Lead", "learning-to-rank", "ml"),
        (ZH, "日志链路改造", "负责人", "Flink", "data"),
        (ZH_PLAIN, "客服质检模型", "", "微调 BERT", "finetune"),
    ],
)
def test_role_cell_telling_work(text: str, name: str, role: str, told: str, kind: str) -> None:
    projects = parse_resume_text(text).projects
    assert [p.name for p in projects] == [name]
    (project,) = projects
    assert project.role == role
    assert any(told in b for b in project.bullets)
    assert project.kind == kind
