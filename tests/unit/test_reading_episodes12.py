"""Session 12 (read12), families from the seen split fresh14, written before the fix, in other
words than the split's:

- an episode: a value told of one occasion (the sentence places it on a single night, day or
  time, or the question asks for one failure) is how that occasion went, not the claim's usual
  level;
- a selection rule: a number compared inside the phrase that picks out which things an action
  applies to ("merchants with a rate over 5% were moved…", 低于 60% 的类别) is the line the rule
  draws, not a measured level.

Controls: the same measures told as where things stand stay contradictions."""

from __future__ import annotations

import pytest
from conflict_expect import has_conflict

MTTR = ["Mean time to recover cut from 50 minutes to 12 minutes."]
ETL = ["Nightly ETL completes in under 3 hours."]
MTTR_ZH = ["故障平均恢复时间从 40 分钟降到 10 分钟"]
BATCH_ZH = ["每日离线任务 2 小时内跑完"]
FPR = ["Cut false-positive rate from 8% to 2%."]
P95 = ["Cut search p95 latency from 900 ms to 300 ms."]
RECALL_ZH = ["召回率从 70% 提升到 86%"]
ACC_ZH = ["意图识别准确率从 78% 提升到 91%"]
SHIP = ["Delivered in 5 months.", "Nightly ETL completes in under 3 hours."]
MTTD = ["Mean time to detect cut from 20 minutes to 4 minutes.", "Team of 4."]
MTTD_ZH = ["故障发现时间从 20 分钟缩短到 4 分钟", "团队 4 人"]


@pytest.mark.parametrize(
    ("bullets", "question", "answer", "conflict"),
    [
        # an episode: one occasion, by the sentence or by a question asking for one failure
        (
            MTTR,
            "What was your worst outage?",
            "A bad config push took checkout down, and it stayed down for about two hours "
            "before anyone rolled it back.",
            False,
        ),
        (
            ETL,
            "Any memorable failures?",
            "One Saturday the ETL sat waiting on a lock for nine hours, so Monday's "
            "dashboards were empty.",
            False,
        ),
        (
            MTTR_ZH,
            "说说你遇到过最严重的一次故障？",
            "机房断电，整个集群停了三个多小时才恢复。",
            False,
        ),
        (
            BATCH_ZH,
            "离线任务出过问题吗？",
            "有天晚上上游表迟到，任务一直卡着，拖了七个小时。",
            False,
        ),
        (
            ETL,
            "Tell me about something that broke.",
            "last tuesday the job just hung for like 6 hrs",
            False,
        ),
        # the question asks for one occasion of something going wrong
        (
            MTTD,
            "What's the worst miss you remember?",
            "A certificate expired and no alert fired for about an hour.",
            False,
        ),
        (
            MTTD_ZH,
            "检测漏掉过最严重的一次是什么情况？",
            "磁盘写满了，告警没触发，过了五十分钟才有人发现。",
            False,
        ),
        (
            ETL,
            "Describe a time the pipeline failed.",
            "An upstream schema change broke the parser and the job kept retrying for eight hours.",
            False,
        ),
        (
            BATCH_ZH,
            "讲一次离线任务失败的经历。",
            "上游字段改了名，解析全挂了，任务重试了六个小时。",
            False,
        ),
        # ... but the whole work or the team told in that story is still the claim's
        (
            SHIP,
            "Describe a time the project went badly.",
            "We slipped; the whole project took ten months.",
            True,
        ),
        (
            MTTD,
            "What's the worst miss you remember?",
            "Honestly there were nine of us on that team.",
            True,
        ),
        # controls: the usual level, and the project's length told in a failure story
        (ETL, "How long does the nightly ETL take?", "Usually around six hours these days.", True),
        (MTTR_ZH, "现在故障平均多久能恢复？", "平均三十分钟左右吧。", True),
        (
            SHIP,
            "What went wrong on that project?",
            "The vendor API changed twice, so the whole project took ten months.",
            True,
        ),
        # a selection rule: the compared number picks out the things an action applies to
        (
            FPR,
            "How did you handle noisy merchants?",
            "Merchants with a false-positive rate over 5% were moved to a manual review list.",
            False,
        ),
        (
            P95,
            "What did you do about slow queries?",
            "Any query whose p95 came in above 800 ms got logged and replayed offline.",
            False,
        ),
        (RECALL_ZH, "长尾类别怎么处理的？", "召回率低于 60% 的类别，我们单独加了规则兜底。", False),
        (
            ACC_ZH,
            "数据增强是怎么做的？",
            "准确率不到八成的那些意图，每个补了两百条人工改写的样本。",
            False,
        ),
        # controls: the same comparison told as where the measure stands
        (P95, "Where is p95 now?", "Honestly it's still above 800 ms on most days.", True),
        (RECALL_ZH, "召回率现在多少？", "现在整体召回还低于 60%。", True),
    ],
)
def test_episodes_and_selection_rules(
    bullets: list[str], question: str, answer: str, conflict: bool
) -> None:
    assert has_conflict(bullets, question, answer) is conflict
