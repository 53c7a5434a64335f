"""More people, written after the first held-out run, for families the first corpus lacked:
section headings outside any vocabulary, free-form project tables, 'Key achievements:' labels
under jobs, new graduates (education first, course and personal projects), Markdown projects
with an em-dash tagline and a quoted role line. New words, not the held-out's."""

from __future__ import annotations

from content_en import P, c, proj

PEOPLE: list[P] = [
    {
        "id": "m05",
        "lang": "en",
        "name": "Kwame Boateng",
        "seniority": "senior",
        "layouts": ["docx_roles_h2", "markdown_odd"],
        "skills": ["Python", "Kubeflow", "BigQuery", "Vertex AI"],
        "positions": [
            {
                "title": "Staff Data Scientist",
                "org": "Meridian Grocers",
                "period": "2019 - 2024",
                "projects": [
                    proj(
                        "Shelf Demand Forecast",
                        "ml",
                        [
                            "Replaced store-level moving averages with a hierarchical forecasting model",
                            "Out-of-stock events dropped 22% across 310 stores",
                        ],
                        [c("out-of-stock events", 22, "%")],
                        role="Project lead",
                        period="2021 - 2023",
                    ),
                    proj(
                        "Promo Uplift Study",
                        "eval",
                        [
                            "Designed holdout experiments to measure promotion uplift",
                            "Saved about $2.1M a year by cutting promotions with no measurable lift",
                        ],
                        [c("promotions", 2100000, "usd")],
                        role="Analyst",
                        period="2020",
                        key="Designed holdout experiments",
                    ),
                ],
            },
        ],
    },
    {
        "id": "m01",
        "lang": "en",
        "name": "Rowan Achebe",
        "seniority": "mid",
        "layouts": ["markdown_odd", "docx_free_table"],
        "skills": ["Python", "Haystack", "OpenSearch", "Terraform"],
        "positions": [
            {
                "title": "Software Engineer II",
                "org": "Lumen Travel",
                "period": "2020 - present",
                "projects": [
                    proj(
                        "Trip Planner Chat",
                        "rag",
                        [
                            "Grounded trip suggestions in 9k destination guides via OpenSearch and a reranker",
                            "Booking rate on chat sessions climbed from 4.1% to 6.3%",
                        ],
                        [c("booking rate", 6.3, "%", 4.1)],
                        role="Lead developer",
                        period="2023",
                    ),
                    proj(
                        "Fare Alert Pipeline",
                        "data",
                        [
                            "Rewrote fare ingestion as an Airflow DAG pulling 40 partner feeds",
                            "Stale fares fell by 70%",
                        ],
                        [c("stale fares", 70, "%")],
                        role="Engineer",
                        period="2021 - 2022",
                    ),
                ],
            },
        ],
    },
    {
        "id": "m02",
        "lang": "en",
        "name": "Ines Carvalho",
        "seniority": "junior",
        "layouts": ["grad_pdf", "docx_achievements"],
        "skills": ["Python", "scikit-learn", "React", "SQL"],
        "positions": [
            {
                "title": "Machine Learning Intern",
                "org": "Orbit Analytics",
                "period": "Jun 2023 - Sep 2023",
                "projects": [
                    proj(
                        "Churn Signals",
                        "ml",
                        [
                            "Trained a churn classifier on 18 months of usage logs; AUC went from 0.74 to 0.81"
                        ],
                        [c("AUC", 0.81, "", 0.74)],
                        obj="a churn classifier",
                    ),
                    proj(
                        "Label Audit",
                        "eval",
                        ["Audited 1,500 support labels and found 210 mislabelled tickets"],
                        [c("mislabelled tickets", 210, "count")],
                        obj="1,500 support labels",
                    ),
                ],
            },
        ],
    },
    {
        "id": "m03",
        "lang": "zh",
        "name": "邓嘉伟",
        "seniority": "mid",
        "layouts": ["markdown_odd", "docx_free_table"],
        "skills": ["Python", "LangGraph", "PostgreSQL", "Celery"],
        "positions": [
            {
                "title": "后端开发工程师",
                "org": "某在线旅游公司",
                "period": "2021.04 - 至今",
                "projects": [
                    proj(
                        "行程规划助手",
                        "agent",
                        [
                            "用LangGraph编排查询航班、酒店与天气的工具调用",
                            "用户下单转化率提升了2.4个百分点",
                        ],
                        [c("下单转化率", 2.4, "pp")],
                        role="核心开发",
                        period="2023.02 - 2023.11",
                    ),
                    proj(
                        "订单对账系统",
                        "data",
                        ["重写每日对账批处理并接入Celery调度", "对账差错单量减少了六成"],
                        [c("差错单量", 60, "%")],
                        role="负责人",
                        period="2021.06 - 2022.08",
                    ),
                ],
            },
        ],
    },
    {
        "id": "m04",
        "lang": "zh",
        "name": "许若兰",
        "seniority": "junior",
        "layouts": ["grad_pdf", "docx_achievements"],
        "skills": ["Python", "PyTorch", "Transformers"],
        "positions": [
            {
                "title": "算法实习生",
                "org": "某医疗影像公司",
                "period": "2023.07 - 2023.12",
                "projects": [
                    proj(
                        "报告结构化抽取",
                        "finetune",
                        ["基于BERT微调影像报告实体抽取模型，F1从0.78提升到0.88"],
                        [c("F1", 0.88, "", 0.78)],
                        obj="影像报告实体抽取模型",
                    ),
                    proj(
                        "标注质检",
                        "eval",
                        ["抽检3000条标注数据，发现并修正了400余条错误标注"],
                        [c("错误标注", 400, "count")],
                        obj="标注数据抽检",
                    ),
                ],
            },
        ],
    },
]
