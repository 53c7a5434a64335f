"""A project whose name opens with a word that also keys a contact field (Address, Email,
Location, Phone, Website; 地址, 电话, 邮箱) is a named project like its siblings: a contact key is
a key only when it stands alone before its value (`Address: 12 Baker St`), not when it begins
the name of a piece of work (`Address normaliser: …`) — P19, session 13."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

NAMED = [
    (
        "Address normaliser",
        "replaced regex rules with a CRF model that tags street, unit and postcode; failed "
        "deliveries dropped from 3.1% to 1.9%.",
    ),
    (
        "Email triage bot",
        "fine-tuned a small BERT to route inbound mail to 9 queues; first response time fell "
        "from 6 hours to 40 minutes.",
    ),
    (
        "Location clustering",
        "grouped 2M store visits into trade areas with HDBSCAN; site-selection hit rate rose "
        "from 40% to 55%.",
    ),
    (
        "Phone fraud detector",
        "trained a gradient-boosted model on call metadata; scam calls blocked rose 3x.",
    ),
    ("地址标准化模型", "用 BERT+CRF 替换正则规则，派送失败率从 3.1% 降到 1.9%。"),
    ("电话外呼智能体", "模型自主调用 CRM 与排班接口完成预约，人工外呼量减少 60%。"),
]


@pytest.mark.parametrize(("name", "rest"), NAMED)
def test_a_name_opening_with_a_contact_word_is_a_named_project(name: str, rest: str) -> None:
    zh = any("\u4e00" <= c <= "\u9fff" for c in name)
    sep = "：" if zh else ": "
    text = (
        "# Sam Doe\n\n## Experience\n\n### Acme — ML Engineer (2018 – 2021)\n"
        f"- **{name}**{sep}{rest}\n"
    )
    r = parse_resume_text(text)
    assert [p.name for p in r.projects] == [name]
    assert r.projects[0].named


@pytest.mark.parametrize(
    "line",
    [
        "Address: 12 Baker Street, London",
        "Email: sam.doe@example.com",
        "Location: Berlin, Germany",
        "地址：北京市海淀区中关村大街 1 号",
    ],
)
def test_contact_fields_still_name_no_project(line: str) -> None:
    text = f"Sam Doe\n{line}\n\nExperience\nAcme — ML Engineer (2018 – 2021)\n- Built the churn model.\n"
    r = parse_resume_text(text)
    assert all(line.split(":")[0].split("：")[0] not in p.name for p in r.projects)
