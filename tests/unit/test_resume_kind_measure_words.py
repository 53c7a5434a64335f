"""What a result was measured in says how the work was judged, not what it did: 'tickets
resolved without a human went from 18% to 44%' is no act of an agent (fresh12 family, in other
words); an agent's own deed that acts on its own still is."""

from __future__ import annotations

import pytest

from interviewer.resume.kinds import classify


@pytest.mark.parametrize(
    ("name", "body", "kind"),
    [
        (
            "Merchant support assistant",
            "built an assistant that answers merchants' questions from the help centre, retrieving "
            "articles with a hybrid index and quoting them; tickets resolved without a human went "
            "from 18% to 44%.",
            "rag",
        ),
        (
            "Policy helpdesk bot",
            "Built a chatbot that answers from the policy wiki with hybrid retrieval and cites the "
            "page; chats closed without a human rose from 30% to 55%.",
            "rag",
        ),
        (
            "客服知识库问答",
            "搭建基于知识库检索的客服问答，答案附引用；无需人工介入自主解决的会话占比从 35% 提升到 60%。",
            "rag",
        ),
        (
            "Refund agent",
            "Built an agent that calls the refund and order APIs and closes tickets on its own; "
            "resolution time went from 2 days to 3 hours.",
            "agent",
        ),
    ],
)
def test_the_measure_is_no_deed(name: str, body: str, kind: str) -> None:
    assert classify(name, [body]).kind == kind
