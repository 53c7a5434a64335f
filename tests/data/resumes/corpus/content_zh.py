"""Chinese people of the tuning corpus (formal, terse and code-mixed voices)."""

from __future__ import annotations

from content_en import P, c, proj

PEOPLE: list[P] = [
    {
        "id": "z01",
        "lang": "zh",
        "name": "陈思远",
        "seniority": "senior",
        "layouts": ["zh_block", "pdf_single"],
        "skills": ["Python", "Milvus", "vLLM", "FastAPI", "Kubernetes"],
        "positions": [
            {
                "title": "大模型应用工程师",
                "org": "某物流科技公司",
                "period": "2022.07 - 至今",
                "projects": [
                    proj(
                        "智能客服知识库问答",
                        "rag",
                        [
                            "基于Milvus搭建文档检索与重排链路，覆盖12万篇内部文档",
                            "检索召回率从68%提升至85%，转人工率下降了30%",
                        ],
                        [c("召回率", 85, "%", 68), c("转人工率", 30, "%")],
                        role="技术负责人",
                        period="2023.03 - 2024.01",
                    ),
                    proj(
                        "运单异常预测",
                        "ml",
                        ["使用LightGBM预测运单延误风险", "预测准确率由81%提升到90%"],
                        [c("准确率", 90, "%", 81)],
                        role="核心开发",
                        period="2022.08 - 2023.02",
                    ),
                ],
            },
        ],
    },
    {
        "id": "z02",
        "lang": "zh",
        "name": "王雨桐",
        "seniority": "mid",
        "layouts": ["markdown", "docx_table"],
        "skills": ["PyTorch", "LoRA", "DeepSpeed", "Python"],
        "positions": [
            {
                "title": "算法工程师",
                "org": "某金融科技公司",
                "period": "2021.07 - 至今",
                "projects": [
                    proj(
                        "信贷问答模型微调",
                        "finetune",
                        [
                            "在4张A100上用LoRA微调7B模型，构建2万条指令数据",
                            "业务问答准确率提升了12个百分点",
                        ],
                        [c("准确率", 12, "pp")],
                        role="负责人",
                        period="2023.05 - 2023.12",
                        facts=[{"text": "4张A100", "role": "hardware"}],
                    ),
                    proj(
                        "模型评测体系",
                        "eval",
                        ["搭建离线评测集3000条并引入LLM-as-judge", "上线前共拦截15个回归问题"],
                        [c("回归问题", 15, "count")],
                        role="核心成员",
                        period="2024.01 - 2024.06",
                    ),
                ],
            },
        ],
    },
    {
        "id": "z03",
        "lang": "zh",
        "name": "李浩然",
        "seniority": "senior",
        "layouts": ["zh_block", "docx_roles"],
        "skills": ["Go", "Kafka", "Flink", "ClickHouse"],
        "positions": [
            {
                "title": "高级数据工程师",
                "org": "某电商平台",
                "period": "2019.03 - 2024.05",
                "projects": [
                    proj(
                        "实时数仓建设",
                        "data",
                        [
                            "基于Flink和Kafka构建实时数仓，接入30多个业务系统",
                            "报表产出时间从T+1缩短到5分钟",
                        ],
                        [],
                        role="负责人",
                        period="2020.01 - 2021.06",
                        key="基于Flink和Kafka构建实时数仓",
                    ),
                    proj(
                        "数据质量平台",
                        "data",
                        ["设计数据质量规则引擎与告警", "数据问题发现时长由2天缩短到2小时"],
                        [c("发现时长", 2, "h", 48)],
                        role="主要开发",
                        period="2021.07 - 2022.12",
                    ),
                ],
            },
        ],
    },
    {
        "id": "z04",
        "lang": "zh",
        "name": "赵敏",
        "seniority": "mid",
        "layouts": ["plain", "pdf_two_column"],
        "skills": ["Python", "LangChain", "Redis", "Docker"],
        "positions": [
            {
                "title": "AI应用开发工程师",
                "org": "某SaaS公司",
                "period": "2022.03 - 至今",
                "projects": [
                    proj(
                        "销售线索Agent",
                        "agent",
                        [
                            "设计多工具调用的智能体，自动查询CRM并生成跟进建议",
                            "销售跟进效率提升40%",
                        ],
                        [c("跟进效率", 40, "%")],
                    ),
                    proj(
                        "工单摘要服务",
                        "serving",
                        ["用vLLM部署摘要模型并做批量推理", "单条工单处理耗时从8秒降到1.5秒"],
                        [c("处理耗时", 1500, "ms", 8000)],
                    ),
                ],
            },
        ],
    },
    {
        "id": "z05",
        "lang": "zh",
        "name": "孙嘉怡",
        "seniority": "junior",
        "layouts": ["no_projects_section", "json_resume"],
        "skills": ["Python", "SQL", "Airflow"],
        "positions": [
            {
                "title": "数据开发工程师",
                "org": "某连锁餐饮集团",
                "period": "2023.07 - 至今",
                "projects": [
                    proj(
                        None,
                        "data",
                        ["负责门店销售数据的ETL迁移到Airflow，人工对账工作量减少了一半"],
                        [c("工作量", 50, "%")],
                        obj="门店销售数据的ETL迁移",
                    ),
                    proj(
                        None,
                        "ml",
                        ["搭建门店客流预测模型，预测误差降低25%"],
                        [c("预测误差", 25, "%")],
                        obj="门店客流预测模型",
                    ),
                ],
            },
        ],
    },
    {
        "id": "z06",
        "lang": "zh",
        "name": "周子航",
        "seniority": "senior",
        "layouts": ["markdown", "zh_block_pdf"],
        "skills": ["PyTorch", "TensorRT", "Triton", "CUDA"],
        "positions": [
            {
                "title": "推理优化负责人",
                "org": "某自动驾驶公司",
                "period": "2020.06 - 至今",
                "projects": [
                    proj(
                        "感知模型推理加速",
                        "serving",
                        [
                            "将感知模型迁移到TensorRT并做INT8量化",
                            "单帧推理延迟从45毫秒降到18毫秒，吞吐翻倍",
                        ],
                        [c("推理延迟", 18, "ms", 45), c("吞吐", 2, "x")],
                        role="负责人",
                        period="2021.03 - 2022.01",
                    ),
                    proj(
                        "标注一致性评估",
                        "eval",
                        ["制定标注规范并组织抽检，覆盖5000帧", "标注一致性kappa由0.62提升到0.84"],
                        [c("kappa", 0.84, "", 0.62)],
                        role="负责人",
                        period="2022.02 - 2022.10",
                    ),
                ],
            },
        ],
    },
    {
        "id": "z07",
        "lang": "zh",
        "name": "吴佳琪",
        "seniority": "mid",
        "layouts": ["wrapped_bullets", "docx_table"],
        "skills": ["Python", "Elasticsearch", "BGE", "FastAPI"],
        "positions": [
            {
                "title": "NLP工程师",
                "org": "某在线教育公司",
                "period": "2021.09 - 2024.08",
                "projects": [
                    proj(
                        "题库语义检索",
                        "rag",
                        [
                            "用BGE embedding加Elasticsearch做混合检索，支持拍照搜题后的相似题推荐",
                            "相似题命中率从54%提升到78%",
                        ],
                        [c("命中率", 78, "%", 54)],
                    ),
                    proj(
                        "作文评分模型",
                        "ml",
                        ["训练作文自动评分模型，与人工评分一致率达到88%"],
                        [c("一致率", 88, "%")],
                    ),
                ],
            },
        ],
    },
    {
        "id": "z08",
        "lang": "zh",
        "name": "郑凯",
        "seniority": "senior",
        "layouts": ["plain", "linkedin_pdf"],
        "skills": ["Python", "Spark", "XGBoost", "Hive"],
        "positions": [
            {
                "title": "风控算法专家",
                "org": "某消费金融公司",
                "period": "2018.04 - 至今",
                "projects": [
                    proj(
                        "反欺诈模型升级",
                        "ml",
                        [
                            "引入图特征和XGBoost重建反欺诈模型",
                            "欺诈损失降低35%，AUC从0.82提升到0.89",
                        ],
                        [c("欺诈损失", 35, "%"), c("AUC", 0.89, "", 0.82)],
                    ),
                    proj(
                        "特征平台",
                        "data",
                        [
                            "主导建设离线与实时特征平台，沉淀2000多个特征",
                            "特征开发周期由2周缩短到3天",
                        ],
                        [c("特征开发周期", 72, "h", 336)],
                    ),
                ],
            },
        ],
    },
    {
        "id": "z09",
        "lang": "zh",
        "name": "冯晓雪",
        "seniority": "junior",
        "layouts": ["zh_block", "json_resume"],
        "skills": ["Python", "LangChain", "Chroma"],
        "positions": [
            {
                "title": "算法实习生",
                "org": "某咨询公司",
                "period": "2023.06 - 2023.12",
                "projects": [
                    proj(
                        "研报问答助手",
                        "rag",
                        ["基于LangChain和Chroma实现研报检索问答", "答案准确率达到86%，评测集200条"],
                        [c("答案准确率", 86, "%")],
                        role="开发",
                        period="2023.07 - 2023.11",
                        facts=[{"text": "200条", "role": "sample_size"}],
                    ),
                ],
            },
        ],
    },
    {
        "id": "z10",
        "lang": "zh",
        "name": "黄志明",
        "seniority": "senior",
        "layouts": ["no_projects_section", "pdf_two_column"],
        "skills": ["Python", "vLLM", "Kubernetes", "Prometheus"],
        "positions": [
            {
                "title": "平台工程负责人",
                "org": "某大模型创业公司",
                "period": "2022.01 - 至今",
                "projects": [
                    proj(
                        None,
                        "serving",
                        ["带领3人团队将批量推理迁移到vLLM，GPU成本降低了一半"],
                        [c("GPU成本", 50, "%")],
                        obj="批量推理迁移到vLLM",
                        facts=[{"text": "3人团队", "role": "team_size"}],
                    ),
                    proj(
                        None,
                        "eval",
                        ["建设模型上线评测流程，评测耗时从2天缩短到3小时"],
                        [c("评测耗时", 3, "h", 48)],
                        obj="模型上线评测流程",
                    ),
                ],
            },
        ],
    },
]
