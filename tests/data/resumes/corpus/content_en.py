"""English people of the tuning corpus: what each résumé says, independent of its layout."""

from __future__ import annotations

from typing import Any

P = dict[str, Any]


def proj(
    name: str | None,
    kind: str,
    bullets: list[str],
    claims: list[dict[str, Any]],
    *,
    role: str = "",
    period: str = "",
    obj: str = "",
    facts: list[dict[str, str]] | None = None,
    key: str = "",
) -> P:
    """A project; `key` is a distinctive phrase of its bullets (defaults to the first bullet's start)."""
    return {
        "name": name,
        "kind": kind,
        "bullets": bullets,
        "claims": claims,
        "role": role,
        "period": period,
        "obj": obj,
        "facts": facts or [],
        "key": key or bullets[0].split(";")[0][:40],
    }


def c(label: str, result: float, unit: str, baseline: float | None = None) -> dict[str, Any]:
    return {"label": label, "baseline": baseline, "result": result, "unit": unit}


PEOPLE: list[P] = [
    {
        "id": "e01",
        "lang": "en",
        "name": "Dana Whitfield",
        "seniority": "senior",
        "layouts": ["markdown", "pdf_two_column"],
        "skills": ["Python", "PyTorch", "vLLM", "Milvus", "Kubernetes", "LangChain"],
        "positions": [
            {
                "title": "Staff ML Engineer",
                "org": "Northwind Retail",
                "period": "2021 - present",
                "projects": [
                    proj(
                        "Atlas Shopping Assistant",
                        "rag",
                        [
                            "Built a RAG assistant over 40k product pages with a cross-encoder reranker",
                            "Conversion on assisted sessions rose from 12% to 19%",
                        ],
                        [c("conversion", 19, "%", 12)],
                        role="Tech lead",
                        period="2022 - 2023",
                    ),
                    proj(
                        "Batch Scoring Migration",
                        "serving",
                        [
                            "Moved nightly scoring from Spark UDFs to vLLM on 8x H100",
                            "Cut GPU cost by 40% and p95 latency from 900 ms to 350 ms",
                        ],
                        [c("GPU cost", 40, "%"), c("p95 latency", 350, "ms", 900)],
                        facts=[{"text": "8x H100", "role": "hardware"}],
                    ),
                ],
            },
            {
                "title": "ML Engineer",
                "org": "Brightline Insurance",
                "period": "2018 - 2021",
                "projects": [
                    proj(
                        "Claims Triage Classifier",
                        "ml",
                        [
                            "Trained a gradient-boosted classifier that routes incoming claims",
                            "Manual review workload decreased by 35%",
                        ],
                        [c("workload", 35, "%")],
                    ),
                ],
            },
        ],
    },
    {
        "id": "e02",
        "lang": "en",
        "name": "Marcus Oyelaran",
        "seniority": "senior",
        "layouts": ["plain", "docx_roles"],
        "skills": ["Go", "Python", "Kafka", "Airflow", "dbt", "Snowflake"],
        "positions": [
            {
                "title": "Senior Data Engineer",
                "org": "Helio Payments",
                "period": "2020 - 2024",
                "projects": [
                    proj(
                        "Ledger Lakehouse",
                        "data",
                        [
                            "Designed the CDC ingestion from Postgres into a lakehouse with dbt models",
                            "Nightly batch window shrank from 6 hours to 50 minutes",
                        ],
                        [c("batch window", 50 / 60, "h", 6)],
                        role="Lead engineer",
                        period="2021 - 2022",
                    ),
                    proj(
                        "Fraud Feature Store",
                        "data",
                        [
                            "Built a streaming feature store on Kafka and Flink for the fraud team",
                            "Feature freshness improved from 24 hours to 5 minutes for 300 features",
                        ],
                        [c("feature freshness", 5 / 60, "h", 24)],
                        role="Engineer",
                        period="2022 - 2024",
                    ),
                ],
            },
        ],
    },
    {
        "id": "e03",
        "lang": "en",
        "name": "Priya Raman",
        "seniority": "mid",
        "layouts": ["wrapped_bullets", "linkedin_pdf"],
        "skills": ["Python", "LangGraph", "OpenAI API", "FastAPI", "Redis"],
        "positions": [
            {
                "title": "AI Engineer",
                "org": "Tallyworks",
                "period": "2022 - present",
                "projects": [
                    proj(
                        "Invoice Agent",
                        "agent",
                        [
                            "Shipped an LLM agent with tool calling that reconciles vendor invoices against purchase orders",
                            "Straight-through processing went from 31% to 64% of invoices",
                        ],
                        [c("straight-through processing", 64, "%", 31)],
                    ),
                    proj(
                        "Support Copilot Evals",
                        "eval",
                        [
                            "Created an eval harness with a 450-question golden set and LLM-as-judge scoring",
                            "The harness caught 9 regressions before release",
                        ],
                        [c("regressions", 9, "count")],
                        facts=[{"text": "450-question", "role": "sample_size"}],
                    ),
                ],
            },
        ],
    },
    {
        "id": "e04",
        "lang": "en",
        "name": "Tomasz Nowicki",
        "seniority": "senior",
        "layouts": ["docx_table", "json_resume"],
        "skills": ["PyTorch", "DeepSpeed", "LoRA", "Weights & Biases", "Python"],
        "positions": [
            {
                "title": "Research Engineer",
                "org": "Quill Legal AI",
                "period": "2021 - 2024",
                "projects": [
                    proj(
                        "Contract Clause Tuner",
                        "finetune",
                        [
                            "Fine-tuned a 13B model with LoRA on 60k annotated contract clauses",
                            "Clause extraction F1 improved from 0.71 to 0.86",
                        ],
                        [c("F1", 0.86, "", 0.71)],
                        role="Owner",
                        period="2023",
                        facts=[{"text": "13B", "role": "model_size"}],
                    ),
                    proj(
                        "Annotation Program",
                        "eval",
                        [
                            "Ran a labelling program with 6 paralegals; inter-annotator kappa reached 0.81"
                        ],
                        [c("kappa", 0.81, "")],
                        role="Lead",
                        period="2022",
                    ),
                ],
            },
        ],
    },
    {
        "id": "e05",
        "lang": "en",
        "name": "Hannah Cole",
        "seniority": "junior",
        "layouts": ["no_projects_section", "pdf_single"],
        "skills": ["Python", "SQL", "Airflow", "pandas"],
        "positions": [
            {
                "title": "Data Analyst",
                "org": "Greenfield Energy",
                "period": "2022 - present",
                "projects": [
                    proj(
                        "Meter Data Pipeline",
                        "data",
                        [
                            "Automated the meter-reading ETL in Airflow, replacing a weekly spreadsheet export; report preparation time fell from 3 days to 4 hours"
                        ],
                        [c("report preparation time", 4, "h", 72)],
                        obj="the meter-reading ETL",
                    ),
                    proj(
                        "Outage Forecast",
                        "ml",
                        [
                            "Built an outage forecasting model with LightGBM; MAPE improved from 18% to 11%"
                        ],
                        [c("MAPE", 11, "%", 18)],
                        obj="the outage forecasting model",
                    ),
                ],
            },
        ],
    },
    {
        "id": "e06",
        "lang": "en",
        "name": "Luis Ortega",
        "seniority": "senior",
        "layouts": ["markdown", "linkedin_pdf"],
        "skills": ["TensorRT-LLM", "Triton", "CUDA", "Python", "Kubernetes"],
        "positions": [
            {
                "title": "Principal Engineer",
                "org": "Skyline Media",
                "period": "2019 - present",
                "projects": [
                    proj(
                        "Realtime Caption Serving",
                        "serving",
                        [
                            "Rebuilt caption model serving on Triton with continuous batching",
                            "Throughput tripled while p99 latency stayed under 200 ms",
                        ],
                        [c("throughput", 3, "x"), c("p99 latency", 200, "ms")],
                    ),
                    proj(
                        "Recommendation Refresh",
                        "ml",
                        [
                            "Replaced the two-tower recommender's candidate generator",
                            "Watch time per session up 8%",
                        ],
                        [c("watch time", 8, "%")],
                    ),
                ],
            },
        ],
    },
    {
        "id": "e07",
        "lang": "en",
        "name": "Aiko Tanaka",
        "seniority": "mid",
        "layouts": ["plain", "json_resume"],
        "skills": ["Python", "Elasticsearch", "Qdrant", "sentence-transformers"],
        "positions": [
            {
                "title": "Search Engineer",
                "org": "Docuvault",
                "period": "2021 - 2024",
                "projects": [
                    proj(
                        "Hybrid Search",
                        "rag",
                        [
                            "Combined BM25 and dense retrieval with a reranker for enterprise document search",
                            "Recall@10 went from 0.58 to 0.79 on a 1,200-query test set",
                        ],
                        [c("recall@10", 0.79, "", 0.58)],
                        facts=[{"text": "1,200-query", "role": "sample_size"}],
                    ),
                    proj(
                        "Query Autocomplete",
                        "ml",
                        [
                            "Trained a small ranking model for autocomplete suggestions",
                            "Click-through on suggestions doubled",
                        ],
                        [c("click-through", 2, "x")],
                    ),
                ],
            },
        ],
    },
    {
        "id": "e08",
        "lang": "en",
        "name": "Grace Mbeki",
        "seniority": "senior",
        "layouts": ["pdf_two_column", "docx_table"],
        "skills": ["Python", "LangChain", "pgvector", "AWS", "Terraform"],
        "positions": [
            {
                "title": "Engineering Manager",
                "org": "CareLink Health",
                "period": "2020 - present",
                "projects": [
                    proj(
                        "Nurse Notes Assistant",
                        "rag",
                        [
                            "Led a team of 5 building retrieval over clinical guidelines for nurses",
                            "Answer accuracy reached 92% on a physician-reviewed set; hallucinations down 60%",
                        ],
                        [c("answer accuracy", 92, "%"), c("hallucinations", 60, "%")],
                        facts=[{"text": "team of 5", "role": "team_size"}],
                    ),
                    proj(
                        "Cloud Cost Program",
                        "other",
                        [
                            "Rightsized clusters and moved batch jobs to spot instances",
                            "Monthly cloud spend from $180k to $110k",
                        ],
                        [c("cloud spend", 110000, "usd", 180000)],
                    ),
                ],
            },
        ],
    },
    {
        "id": "e09",
        "lang": "en",
        "name": "Omar Haddad",
        "seniority": "junior",
        "layouts": ["no_projects_section", "docx_roles"],
        "skills": ["Python", "FastAPI", "PostgreSQL", "Docker"],
        "positions": [
            {
                "title": "Backend Engineer",
                "org": "Parcelly",
                "period": "2023 - present",
                "projects": [
                    proj(
                        "Label Printing Service",
                        "other",
                        [
                            "Rewrote the label printing service in FastAPI; error rate dropped from 4% to 0.5%"
                        ],
                        [c("error rate", 0.5, "%", 4)],
                        obj="the label printing service",
                    ),
                    proj(
                        "Address Matching",
                        "other",
                        ["Added a fuzzy address matcher that halved failed deliveries"],
                        [c("failed deliveries", 50, "%")],
                        obj="the fuzzy address matcher",
                    ),
                ],
            },
        ],
    },
    {
        "id": "e10",
        "lang": "en",
        "name": "Sofia Lindqvist",
        "seniority": "senior",
        "layouts": ["wrapped_bullets", "pdf_single"],
        "skills": ["Python", "Ray", "PyTorch", "MLflow"],
        "positions": [
            {
                "title": "Lead ML Engineer",
                "org": "Fjord Logistics",
                "period": "2019 - 2024",
                "projects": [
                    proj(
                        "Route ETA Model",
                        "ml",
                        [
                            "Built a gradient boosting ETA model over GPS traces from 12k trucks",
                            "Mean absolute error reduced by 27% compared to the vendor model",
                        ],
                        [c("mean absolute error", 27, "%")],
                    ),
                    proj(
                        "Training Platform",
                        "ml",
                        [
                            "Set up distributed training on Ray for the forecasting team",
                            "Training time cut from 14 hours to 2 hours",
                        ],
                        [c("training time", 2, "h", 14)],
                    ),
                ],
            },
        ],
    },
]
