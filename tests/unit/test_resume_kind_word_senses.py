"""A word of two senses names a kind only in its sense, and a deed told as "用 X 判断 Y" is a
model judging (session 13, fresh11 family in other words): 对齐 is a model's alignment with
whose values or how (偏好对齐, 对齐训练), while 商品对齐, 口径对齐 match records; features or a
model used to judge or recognise something is ml work, rules used to judge are not."""

from __future__ import annotations

import pytest

from interviewer.resume.kinds import classify

CASES = [
    ("ml", ["负责商品对齐模型，用文本匹配加视觉特征判断片段对应的商品，切片准确率 91%。"]),
    (
        "data",
        ["搭建门店主数据，把 6 个系统的门店编码对齐到一套口径，重复门店从 3000 个降到 40 个。"],
    ),
    ("finetune", ["用 DPO 做人类偏好对齐，7B 对话模型的有害回复率从 6% 降到 1.5%。"]),
    ("finetune", ["负责安全对齐训练：收集 2 万条偏好数据训练奖励模型，再做 PPO。"]),
    ("ml", ["基于图像特征识别破损包裹，漏检率从 8% 降到 2%。"]),
    ("ml", ["用 BERT 判断工单是否需要升级，升级准确率 90%。"]),
    ("other", ["用规则判断订单是否超时，超时投诉下降 30%。"]),
]


@pytest.mark.parametrize(("kind", "bullets"), CASES)
def test_the_sense_of_the_words_decides(kind: str, bullets: list[str]) -> None:
    reading = classify("", bullets)
    assert reading.kind == kind
