"""One kind rule where OCR and extraction sit between data and ml (note11): a model that reads
documents — OCR, layout analysis, fields pulled from scans — is `ml` work (`finetune` when the
résumé says a pretrained model was fine-tuned); moving what it read into tables is `data`.
Written in several voices before the fix, zh and en."""

from __future__ import annotations

import pytest

from interviewer.resume.kinds import classify


@pytest.mark.parametrize(
    ("name", "line", "kind"),
    [
        ("", "用 PaddleOCR 识别身份证和营业执照，关键字段抽取准确率达到 95%", "ml"),
        ("", "负责单据识别：对报关单做版面分析并提取关键要素，人工录入量减少 60%", "ml"),
        (
            "",
            "Deployed an OCR pipeline that reads scanned claim forms; manual entry fell 70%",
            "ml",
        ),
        (
            "",
            "Built the service that pulls policy numbers and totals out of photographed receipts; "
            "keying time fell from 4 minutes to 30 seconds",
            "ml",
        ),
        (
            "",
            "Fine-tuned LayoutLMv3 on 20k receipts to extract totals; field F1 from 0.81 to 0.93",
            "finetune",
        ),
        (
            "",
            "Loaded the OCR output of 2M scanned contracts into warehouse tables with dbt; "
            "freshness from 3 days to 4 hours",
            "data",
        ),
        ("", "把 OCR 结果按天入库到数仓，建了 dbt 模型，数据延迟从 T+1 降到 1 小时", "data"),
    ],
)
def test_reading_documents_is_ml_moving_what_was_read_is_data(
    name: str, line: str, kind: str
) -> None:
    assert classify(name, [line], []).kind == kind
