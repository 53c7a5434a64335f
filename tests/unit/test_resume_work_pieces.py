"""Families fresh2 showed, each in other words than its résumés (session 6, resume9).

A job told as prose: each piece of work the paragraph tells (a deed and its object) is its own
askable unit; sentences that only add a result stay with the work before them; sentences about
the job itself (joined, duties, hiring) are no unit.
"""

from __future__ import annotations

import pytest

from interviewer.resume.assemble import parse_resume_text


def _units(text: str) -> list[tuple[str, list[str]]]:
    r = parse_resume_text(text)
    return [(p.name, p.bullets) for p in r.projects]


def _has(units: list[tuple[str, list[str]]], phrase: str) -> int:
    """How many units carry the phrase."""
    return sum(phrase in " ".join([n, *b]) for n, b in units)


_PROSE = [
    (
        "EXPERIENCE\n\nHelio Energy, Senior Engineer (2019 to now)\n"
        "I came in to stabilise billing. I rewrote the meter-read ingestion job in Go, which took "
        "nightly runtime from 4 hours to 35 minutes. Later I designed a tariff recommendation "
        "model for households on time-of-use plans; bill complaints fell 22%. I also run our "
        "interview loop.\n",
        ["meter-read ingestion", "tariff recommendation"],
        ["interview loop", "stabilise billing"],
    ),
    (
        "Work history\n\nCarta Freight — Data Scientist — 2018–2022\n"
        "Most of my time went into pricing. We replaced the static lane-pricing table with a "
        "gradient-boosted quote model, and win rate on quotes rose from 18% to 26%. After that I "
        "built the carrier-churn early warning report in Looker. Carrier churn dropped by a "
        "third. I mentored two analysts.\n",
        ["quote model", "carrier-churn"],
        ["mentored two analysts"],
    ),
    (
        "工作经历\n\n2019.07 — 2023.06　某物流平台　算法工程师\n"
        "主要负责运力调度相关算法。上线了基于强化学习的派单策略，司机空驶率从 31% 降到 24%。"
        "随后重构了 ETA 预估服务，P90 误差由 9 分钟降至 5 分钟；同时搭建了路网特征的离线"
        "计算流程，日更改为小时更。平时也负责新人带教和需求评审。\n",
        ["派单策略", "ETA 预估服务", "路网特征"],
        ["新人带教"],
    ),
    (
        "工作经历\n\n2021.03 — 至今　某保险科技公司　NLP 工程师\n"
        "入职后先做理赔单据的信息抽取，把人工录入换成 OCR 加版面模型，录入时长从每单 6 分钟"
        "缩短到 40 秒。2023 年起牵头建设核保知识库问答，检索加大模型生成，核保员查询时间减少一半。\n",
        ["信息抽取", "核保知识库问答"],
        [],
    ),
]


@pytest.mark.parametrize("text,works,not_units", _PROSE)
def test_each_piece_of_work_in_a_prose_paragraph_is_its_own_unit(text, works, not_units):
    units = _units(text)
    for phrase in works:
        assert _has(units, phrase) == 1, (phrase, units)
    assert len(units) == len(works), units
    for phrase in not_units:
        assert not any(phrase in n for n, _ in units), units


def test_a_result_sentence_stays_with_its_work():
    units = _units(_PROSE[1][0])
    churn = next(b for n, b in units if "carrier-churn" in " ".join([n, *b]))
    assert any("dropped by a third" in line for line in churn)
    r = parse_resume_text(_PROSE[0][0])
    ingest = next(p for p in r.projects if "meter-read" in " ".join(p.bullets))
    assert any(m.baseline == 4 * 3600 or m.baseline == 240 for m in ingest.metrics) or any(
        m.result is not None for m in ingest.metrics
    )


@pytest.mark.parametrize(
    "bullet",
    [
        "Built the returns portal; cut refund time from 9 days to 2.",
        "Shipped the churn model. Lifted retention 4 pp.",
        "搭建了商品知识图谱，覆盖 300 万 SKU。召回率提升 6%。",
    ],
)
def test_a_bullet_with_one_piece_of_work_stays_one_unit(bullet):
    text = f"Experience\nAcme Corp — Engineer — 2020–2023\n- {bullet}\n- Maintained the CI.\n"
    assert len(_units(text)) == 1


@pytest.mark.parametrize(
    "head",
    [
        "RESUME\n\nName: Tran Thi Lan\nApplying for: Data Engineer\nDate of birth: 1996-04-02\n",
        "CV\n\nFull name: Ahmed Karim\nNationality: Egyptian\nPosition applied: ML Engineer\n",
        "个人简历\n\n姓名：周楠\n求职意向：数据分析师\n工作年限：5年\n",
    ],
)
def test_the_personal_details_block_is_no_project(head):
    text = head + (
        "\nEXPERIENCE\nFrom 2020 to now: Acme Analytics - Data Engineer\n"
        "- Built the billing ETL in Airflow; nightly runtime from 5 h to 40 min\n"
    )
    names = [n for n, _ in _units(text)]
    assert len(names) == 1, names
    assert not any(w in " ".join(names) for w in ("Tran", "Ahmed", "周楠", "Nationality"))


@pytest.mark.parametrize(
    "header,name",
    [
        (
            "Project 1) Fraud alerts for card payments (Napas, 2022 - now)",
            "Fraud alerts for card payments",
        ),
        ("Project 2. Warehouse slotting optimiser (TMA, 2021)", "Warehouse slotting optimiser"),
        ("Proj. 3) Call-centre speech analytics (2019 - 2020)", "Call-centre speech analytics"),
    ],
)
def test_a_numbered_project_line_with_a_parenthesis_names_the_project(header, name):
    text = (
        "PROJECT EXPERIENCE\n\n"
        f"{header}\n - Responsibility: design the model and the API.\n"
        " - Achievement: alert precision improve from 0.41 to 0.63.\n\n"
        "Project 9) Internal wiki search (2018)\n - Achievement: search time decrease 40%.\n"
    )
    names = [n for n, _ in _units(text)]
    assert names == [name, "Internal wiki search"], names


@pytest.mark.parametrize(
    "items,names",
    [
        (
            "- geo-cache | Redis, Go | map tile p95 420 ms → 90 ms\n"
            "- invoice-ocr | Tesseract, LayoutLM | manual keying ↓ 70%\n",
            ["geo-cache", "invoice-ocr"],
        ),
        (
            "• churn-radar | LightGBM, dbt | churn 6.1% → 4.9%\n"
            "• sku-merge | Spark | duplicate SKUs ↓ 80%\n"
            "• docs-bot | RAG, Qdrant | deflection 15% ↑ 32%\n",
            ["churn-radar", "sku-merge", "docs-bot"],
        ),
        (
            "* 推荐召回 | Faiss, 双塔 | CTR ↑ 3.1%\n* 日志平台 | ClickHouse | 查询耗时 12s ↓ 0.8s\n",
            ["推荐召回", "日志平台"],
        ),
    ],
)
def test_a_name_stack_result_one_liner_names_its_project(items, names):
    text = "Jane Roe | ML engineer | jane@example.com\n\nSTUFF I SHIPPED\n" + items
    assert [n for n, _ in _units(text)] == names


@pytest.mark.parametrize(
    "line,name",
    [
        ("Tier-2 UK retailer — S&OP demand forecast (2022, 4 months)", "S&OP demand forecast"),
        ("Public broadcaster — A/B test platform (2021, 10 weeks, team of 3)", "A/B test platform"),
        ("Nordic bank — KYC Q&A assistant (2024, ongoing)", "KYC Q&A assistant"),
    ],
)
def test_a_client_engagement_line_is_named_by_client_and_engagement(line, name):
    text = f"CLIENT ENGAGEMENTS\n\n{line}\nBuilt the first version; error fell from 30% to 12%.\n"
    got = _units(text)
    assert len(got) == 1 and name in got[0][0], got
    assert not any(b.startswith("(,") for b in got[0][1]), got


@pytest.mark.parametrize(
    "section,line",
    [
        ("TALKS & SERVICE", "Reviewer: KDD 2024, WSDM 2025. Keynote, PyCon Lisbon 2023."),
        ("Patents", "Adaptive rate limiting for API gateways — US 11,234,567 (2022)"),
        ("荣誉奖项", "优秀员工：2022 年度公司优秀员工（前 5%）"),
    ],
)
def test_records_of_talks_service_patents_and_awards_are_no_units(section, line):
    text = (
        "PROJECTS\nRoute optimiser: cut delivery miles from 120k to 95k a month.\n\n"
        f"{section}\n{line}\n"
    )
    assert [n for n, _ in _units(text)] == ["Route optimiser"]


@pytest.mark.parametrize(
    "name,body",
    [
        ("Pipe-failure prediction", "Weibull survival analysis on asset age and soil type."),
        ("Footfall prediction", "Hourly visitor counts per store from Wi-Fi pings and weather."),
        ("Late-payment prediction", "Invoices scored weekly for the credit team."),
    ],
)
def test_work_named_by_what_it_predicts_is_ml(name, body):
    from interviewer.resume.kinds import classify

    assert classify(name, [body]).kind == "ml"


@pytest.mark.parametrize(
    "head,name",
    [
        ("▍智能排产助手　2022.05 - 2023.01", "智能排产助手"),
        ("❖ Warranty claim triage   2021 – 2022", "Warranty claim triage"),
        ("▌客服质检大模型  2023.02-2023.11", "客服质检大模型"),
    ],
)
def test_a_heading_with_a_leading_bar_glyph_names_a_project(head, name):
    text = (
        "工作经历\n某制造企业　算法工程师　2020.07 - 至今\n"
        f"{head}\n项目背景：排产靠人工经验。\n我的工作：搭建需求预测与排产求解模块。\n"
        "项目成果：排产耗时由 4 小时缩短至 15 分钟。\n"
    )
    assert [n for n, _ in _units(text)] == [name]


@pytest.mark.parametrize(
    "first,second,baseline,result",
    [
        (
            "项目成果：上线后覆盖全部门店，客诉率下降一半，日活用户从 3 万",
            "增长到 12 万。",
            30000,
            120000,
        ),
        (
            "Impact: shipped to all regions in two sprints; monthly active sellers went from 1,200",
            "to 4,800 after launch.",
            1200,
            4800,
        ),
        (
            "成果：规则与模型双通道上线，误杀明显减少，人工审核量由每天 8000 条",
            "下降到 1500 条。",
            8000,
            1500,
        ),
    ],
)
def test_a_labelled_result_wrapped_onto_the_next_line_keeps_its_end(
    first, second, baseline, result
):
    from interviewer.resume.lines import width

    # a PDF's lines: the wrapped line runs to the column's full width, as the others do
    back = "项目背景：人工审核压力大，规则误杀多，" + "高峰期积压严重" * 3
    while width(back) > width(first):
        back = back[:-1]
    text = f"项目经历\n▍订单风控系统　2021.03 - 2022.06\n{back}\n{first}\n{second}\n"
    r = parse_resume_text(text)
    assert len(r.projects) == 1
    assert any(m.baseline == baseline and m.result == result for m in r.projects[0].metrics), [
        (m.baseline, m.result) for m in r.projects[0].metrics
    ]


@pytest.mark.parametrize(
    "extra",
    [
        "2. 技术栈总结\nPython、Go、Kafka\n3. 荣誉：公司年度优秀员工\n",
        "Tools\nPython, Rust, DuckDB, Airflow\n",
        "Best paper award, RecSys 2022\nChen, L., et al. Fast ANN for ads. arXiv:2301.01234\n",
        "I love turning messy logs into useful products.\n",
    ],
)
def test_a_heading_skill_list_award_or_sentence_is_no_project(extra):
    text = (
        "Projects\n1. Ads retrieval revamp (2022.01-2023.06)\n"
        "- Built the two-tower retriever; recall@100 from 0.52 to 0.71.\n" + extra
    )
    assert [n for n, _ in _units(text)] == ["Ads retrieval revamp"]


_KINDS = [
    # a model that finds violations / anomalies in what people produce is ml, not eval
    ("客服通话智能质检", ["用 BERT 模型对通话文本做违规话术识别，人工抽检量下降 70%。"], "ml"),
    (
        "Chat moderation",
        ["A classifier that flags abuse in live chat; reviewer queue down 45%."],
        "ml",
    ),
    ("Sensor anomaly alerts", ["Isolation forest per turbine on SCADA signals."], "ml"),
    ("Pump health", ["Autoencoders on vibration spectra; unplanned stops -20%."], "ml"),
    # caches and attention kernels of an LLM server are serving
    (
        "Prompt cache rollout",
        ["Shared system-prompt prefixes across tenants; GPU hours -30%."],
        "serving",
    ),
    ("前缀缓存改造", ["多轮对话复用 KV，首字延迟下降 40%。"], "serving"),
    # query rewriting / spelling correction / cold-start recall in search and recsys are ml
    ("搜索纠错", ["同义词挖掘加拼写纠错，零结果率从 5% 降到 2%。"], "ml"),
    ("Query rewriting", ["Rewrote misspelled product queries; null-result rate 6% to 3%."], "ml"),
    ("新用户冷启动", ["基于向量的召回通路，新用户点击率提升 8%。"], "ml"),
    # a judge / grader that scores other outputs is the measuring itself
    ("Essay auto-grader", ["Trained a reward model on 20k teacher scores; agreement 0.8."], "eval"),
    (
        "LLM judge for support replies",
        ["Prompted GPT-4 with a rubric; agrees with leads 85%."],
        "eval",
    ),
    ("回答质量裁判模型", ["训练奖励模型给客服回答打分，与人工一致率 0.82。"], "eval"),
    # a pretrained model fine-tuned, or distilled into a student, is finetune
    ("工单分类", ["基于 RoBERTa 微调多标签分类模型，F1 从 0.7 提升到 0.8。"], "finetune"),
    (
        "Intent model",
        ["Distilled the 1B intent model into a 60M student for the edge."],
        "finetune",
    ),
    ("文本审核", ["把 13B 审核模型蒸馏到 1B，吞吐提升 5 倍。"], "finetune"),
    # labels made to train a model in a data loop are data; labels spot-checked are eval
    (
        "Perception data loop",
        ["Pre-labelling model plus human review; annotation cost -50%."],
        "data",
    ),
    ("标注质量抽检", ["抽检 2000 条标注数据，修正 300 条错误。"], "eval"),
    ("Label audit", ["Spot-checked 5k annotations from the vendor; error rate 8% to 2%."], "eval"),
    # data made for a model (synthetic records, a generator) is data work, whatever it tests
    (
        "Synthetic data generator",
        ["Generated 1M synthetic transactions to test the fraud model."],
        "data",
    ),
    ("合成数据平台", ["用大模型生成 50 万条客服对话，用于意图模型训练。"], "data"),
    (
        "Test data factory",
        ["Built a data generator for 40 payment edge cases used by the risk model."],
        "data",
    ),
    # recall is how a result is measured; extracting clauses/entities from documents is ml
    ("智能合同审查系统", ["UIE 信息抽取加规则库，风险条款召回率 93%。"], "ml"),
    ("Invoice field reader", ["Entity extraction from scanned invoices; field recall 0.88."], "ml"),
    ("工单实体抽取", ["关系抽取模型识别设备与故障，召回率由 70% 提升到 86%。"], "ml"),
    # putting models into production as a platform is serving; a base LLM trained further is finetune
    (
        "模型服务化平台",
        ["统一模型上线流程，支持灰度发布与自动扩缩容，上线周期从 2 周缩短到 2 天。"],
        "serving",
    ),
    (
        "MLOps platform",
        ["Model registry and one-click rollout to KServe; deploy time 2 weeks to 1 day."],
        "serving",
    ),
    (
        "金融领域大模型",
        ["构造 20 万条训练集，在 Qwen-7B 上继续训练，领域评测得分提升 12 分。"],
        "finetune",
    ),
    (
        "法律大模型",
        ["基于 Baichuan-13B 做增量预训练和指令微调，法考题正确率提升 9 分。"],
        "finetune",
    ),
    ("行业大模型", ["在 InternLM 上进行 SFT，客服场景采纳率 +14%。"], "finetune"),
    # re-ranking in a recommender (multi-objective, MMoE) is ml; re-ranking retrieved passages is rag
    ("推荐重排", ["引入多目标重排模型，点击率 +4.1%。"], "ml"),
    ("Feed ranking", ["MMoE multi-task model for watch time and likes; +3% time spent."], "ml"),
    ("知识库问答", ["文档切块后向量检索加重排，大模型生成答案，准确率 70%→88%。"], "rag"),
    # measuring words in a project that built something else do not make it eval
    (
        "Policy assistant",
        ["Hybrid retrieval over policy PDFs; accuracy on our evaluation set 70% to 85%."],
        "rag",
    ),
]


@pytest.mark.parametrize("name,bullets,kind", _KINDS)
def test_kind_by_what_the_work_did(name, bullets, kind):
    from interviewer.resume.kinds import classify

    assert classify(name, bullets).kind == kind, classify(name, bullets)


_ZH_BLOCKS = [
    (
        "项目经验\n项目名称：智慧工地安全帽识别\n开发周期：2021.03-2021.09\n所在公司：某建筑科技公司\n"
        "项目职位：算法负责人\n项目介绍：基于 YOLOv5 的安全帽检测，部署在边缘盒子上。\n我的职责：\n"
        "1、负责模型训练与加速，单路推理耗时从 80ms 降到 25ms；\n2、检测 mAP 由 0.82 提升至 0.91。\n",
        ["智慧工地安全帽识别"],
    ),
    (
        "项目经历\n2021/03 - 2022/12    门店客流预测\n所在单位：某零售集团\n项目描述：按小时预测客流。\n"
        "责任描述：LightGBM 特征工程，MAPE 从 22% 降到 13%。\n\n"
        "2019/01 - 2020/12    会员积分系统重构\n所属公司：某零售集团\n项目描述：积分服务拆分。\n"
        "责任描述：接口 P99 从 800ms 降到 120ms。\n",
        ["门店客流预测", "会员积分系统重构"],
    ),
    (
        "■ 项目经历\n【项目一】金融知识库问答（2023.02 ~ 2023.12）\n● 角色：技术负责人\n"
        "● 描述：文档切块 + 向量检索 + 大模型生成。\n● 业绩：问答准确率 65%→89%。\n"
        "【项目二】营销短信生成（2022.05 ~ 2022.12）\n● 角色：算法工程师\n"
        "● 描述：用 LoRA 微调 ChatGLM-6B 生成营销短信。\n● 业绩：点击率提升 1.3 个百分点。\n",
        ["金融知识库问答", "营销短信生成"],
    ),
]


@pytest.mark.parametrize("text,names", _ZH_BLOCKS)
def test_zh_project_blocks_in_job_site_words(text, names):
    r = parse_resume_text(text)
    assert [p.name for p in r.projects] == names
    assert not any("公司" in b or "集团" in b for p in r.projects for b in p.bullets[:1])
    assert all(p.metrics for p in r.projects)


@pytest.mark.parametrize(
    "item",
    [
        "◆ 日常：模型监控、报表、监管报送。",
        "- Other duties: vendor management, quarterly reporting.",
        "- On-call: weekly rotation for the feature store.",
    ],
)
def test_an_item_named_by_a_duty_is_no_project(item):
    text = (
        "工作经历\n某银行　风控模型岗　2018.07-至今\n"
        "◆ 申请评分卡：评分卡替换为 XGBoost，KS 从 0.32 提升至 0.41。\n" + item + "\n"
    )
    assert [n for n, _ in _units(text)] == ["申请评分卡"]


@pytest.mark.parametrize("label", ["Key projects:", "Main projects:", "主要项目："])
def test_a_projects_label_under_a_job_keeps_the_next_job_a_job(label):
    text = (
        "Employment\nAcme Bank, Madrid — Lead Data Scientist (2019 – present)\n"
        f"{label}\n  Early-warning system: default model; caught 35% more defaults.\n\n"
        "Telefonica, Madrid — Data Analyst (2016 – 2019)\n"
        "- Built the churn dashboard for marketing, used by 40 analysts.\n"
    )
    r = parse_resume_text(text)
    assert [p.org for p in r.positions] == ["Acme Bank", "Telefonica"]
    assert len(r.projects) == 2 and r.projects[1].position == 1


@pytest.mark.parametrize(
    "label",
    [
        "Roles & Responsibilities:",
        "Roles and Responsibilities:",
        "Responsibilities & Achievements:",
    ],
)
def test_a_long_label_opens_a_list_and_is_no_bullet(label):
    text = (
        "PROJECT DETAILS\nProject 1:\nTitle : Claims Triage\nClient : A US insurer\n"
        f"{label}\n• Fine-tuned BERT on 50k labelled emails.\n• Improved routing accuracy from 71% to 90%.\n"
    )
    r = parse_resume_text(text)
    assert [p.name for p in r.projects] == ["Claims Triage"]
    assert not any("Responsibilities" in b for b in r.projects[0].bullets), r.projects[0].bullets


_DATES_OVER_JOBS = [
    (
        "经历\n\n2021.3 ~ 现在\n某自动驾驶公司 / 感知算法工程师\n· 负责 BEV 感知模型的训练，mAP 提升 4.5 个点\n\n"
        "2018.7 ~ 2021.2\n某手机厂商 / 影像算法工程师\n· 夜景降噪模型，端侧耗时从 900ms 降至 300ms\n",
        [("感知算法工程师", "某自动驾驶公司"), ("影像算法工程师", "某手机厂商")],
    ),
    (
        "Experience\n\n2019 – present\nCanva | Senior Data Scientist\n"
        "- Built the template-recommendation model; template use +9%.\n\n2016 – 2019\n"
        "Atlassian | Data Scientist\n- Designed the ticket-routing classifier; misrouted tickets down 30%.\n",
        [("Senior Data Scientist", "Canva"), ("Data Scientist", "Atlassian")],
    ),
    (
        "履历\n2020.01 - 2023.12\n某券商 · 量化研究员\n- 搭建因子挖掘平台，回测耗时从 3 小时降到 20 分钟\n"
        "2017.07 - 2019.12\n某基金 · 数据分析师\n- 重构净值报表流程，出报时间由 T+1 提前到当日 18 点\n",
        [("量化研究员", "某券商"), ("数据分析师", "某基金")],
    ),
]


@pytest.mark.parametrize("text,jobs", _DATES_OVER_JOBS)
def test_a_dates_line_over_an_employer_and_title_opens_that_job(text, jobs):
    r = parse_resume_text(text)
    assert [(p.title, p.org) for p in r.positions] == jobs
    assert len(r.projects) == 2 and [p.position for p in r.projects] == [0, 1]


@pytest.mark.parametrize(
    "line",
    [
        "Owned data contracts for 30 producer teams.",
        "Owned the on-call handbook for 12 services.",
        "Accountable for vendor SLAs across 4 regions.",
    ],
)
def test_owning_something_for_n_teams_is_a_duty(line):
    from interviewer.resume.naming import is_achievement

    assert not is_achievement(line)
    assert is_achievement("Owned the checkout redesign; conversion +3%.")


@pytest.mark.parametrize(
    "items",
    [
        " o Designed a streaming ETA pipeline - alerts 4 hours earlier.\n o Migrated 120 DAGs to Dagster, failed runs -70%.\n",
        "o Rebuilt the pricing service in Go; p99 from 900 ms to 200 ms.\no Wrote the churn model; churn 5% to 4%.\n",
        "  o 搭建实时数仓，报表延迟从 1 天降到 5 分钟。\n  o 重构埋点 SDK，丢点率由 3% 降到 0.2%。\n",
    ],
)
def test_words_o_bullet_opens_a_list_item(items):
    text = (
        "EXPERIENCE\nACME LOGISTICS, Chicago, IL\nSenior Data Engineer, 03/2020 - Present\n" + items
    )
    units = _units(text)
    assert len(units) == 2, units
    assert not any(n.startswith(("o ", "the o ")) for n, _ in units)


_HTML = [
    (
        "<h2>Experience</h2><p><b>Senior Engineer</b>, Zalando (2019–2023)</p><ul>"
        "<li><b>Size advisor:</b> built the size-recommendation model; returns due to size -9%.</li>"
        "<li>Ran the team's hiring loop.</li></ul>",
        ["Size advisor"],
    ),
    (
        "<div><h3>工作经历</h3><p>2020.07 - 至今 某电商公司 算法工程师</p><ul>"
        "<li>搭建商品知识图谱，搜索无结果率从 6% 降到 2%</li><li>参与日常值班</li></ul></div>",
        ["商品知识图谱"],
    ),
    (
        "<h2>Projects</h2><p><strong>Q&amp;A bot</strong> &mdash; RAG over the wiki; "
        "deflection 10% &rarr; 25%.</p><p><strong>Invoice OCR</strong> &mdash; LayoutLM; "
        "keying time 6 min &rarr; 1 min.</p>",
        ["Q&A bot", "Invoice OCR"],
    ),
]


@pytest.mark.parametrize("text,names", _HTML)
def test_a_resume_pasted_with_its_html_tags_reads_as_its_text(text, names):
    r = parse_resume_text(text)
    assert [p.name for p in r.projects] == names
    assert not any("<" in b for p in r.projects for b in p.bullets)
    assert all(p.metrics for p in r.projects)


def _docx(build) -> bytes:
    import io

    from docx import Document

    doc = Document()
    build(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _jobs_with_nested_points(doc, employer_level, title_level, item_style, point_style):
    doc.add_heading("Experience", 1)
    for org, title, items in (
        (
            "Siemens Healthineers",
            "Senior ML Engineer (2020 – present)",
            ["Report summarizer", "Protocol recommender"],
        ),
        ("Bosch", "Data Scientist (2017 – 2020)", ["Drill-line maintenance model"]),
    ):
        doc.add_heading(org, employer_level)
        doc.add_heading(title, title_level)
        for item in items:
            doc.add_paragraph(item, style=item_style)
            doc.add_paragraph("Role: Tech lead | 2021–2022")
            doc.add_paragraph(
                f"Shipped the {item.lower()}; error rate 30% to 12%.", style=point_style
            )


@pytest.mark.parametrize(
    "levels,styles",
    [
        ((2, 3), ("List Number", "List Bullet 2")),
        ((2, 3), ("List Bullet", "List Bullet 2")),
        ((3, 4), ("List Number", "List Number 2")),
    ],
)
def test_docx_employer_heading_over_title_heading_and_nested_points(levels, styles):
    from interviewer.resume import load_resume_bytes

    data = _docx(lambda d: _jobs_with_nested_points(d, *levels, *styles))
    r = load_resume_bytes(data, "cv.docx")
    assert [p.org for p in r.positions] == ["Siemens Healthineers", "Bosch"]
    names = [p.name for p in r.projects]
    assert names == ["Report summarizer", "Protocol recommender", "Drill-line maintenance model"]
    assert all(p.metrics for p in r.projects)
