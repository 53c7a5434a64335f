"""A line that describes the work under its name — an indefinite noun phrase ("An agent for
filing declarations: …", "A model that flags …", "一套自动回答商家问题的系统：…") — is the named
work's first line, never a second project named by the description (fresh11 family, session 13,
here in other words)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

H = "# Sam Doe\n\n## Experience\n\n**Acme** — ML Engineer — 2020 – 2024\n\n"

CASES = [
    (
        "Customs helper",
        "An agent for filing declarations: reads the invoice, looks up HS codes with a search "
        "tool and asks the broker when unsure; broker time fell from 25 to 7 minutes.",
    ),
    (
        "智能客服",
        "一套自动回答商家问题的系统：检索知识库后生成回答，转人工率从 40% 降到 25%。",
    ),
    (
        "Shelf scanner",
        "A vision model for spotting empty shelves - runs on store cameras; out-of-stock "
        "time fell 30%.",
    ),
    (
        "报表助手",
        "一个帮运营同学自动生成日报的工具：接入数仓后每天 8 点出报表，人工整理时间从 2 小时降到 10 分钟。",
    ),
]


@pytest.mark.parametrize(("name", "line"), CASES)
def test_a_description_under_a_name_is_its_first_line(name: str, line: str) -> None:
    r = parse_resume_text(H + f"### {name}\n{line}\n")
    assert [p.name for p in r.projects] == [name]
    assert r.projects[0].metrics


@pytest.mark.parametrize(
    "line",
    [
        "- A/B testing platform: built the assignment service; experiments per month 4 -> 30.",
        "- Atlas search: rebuilt ranking with a cross-encoder; NDCG@10 +6%.",
    ],
)
def test_names_that_open_like_an_article_stay_names(line: str) -> None:
    r = parse_resume_text(H + line + "\n")
    assert [p.name for p in r.projects] == [line[2:].split(":")[0]]
