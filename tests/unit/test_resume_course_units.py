"""A line that opens with the KIND of a piece of work and then its name — `《编译原理》大作业：X`,
`毕业设计：X`, `课题：X`, `Course project: X` — names X, not the kind (session 8, resume11; the
family fresh4/i05's course projects showed, here in other words). The course it was done for is
its setting, not its name.
"""

from __future__ import annotations

from tests.unit.resume_names import project_names


def test_zh_course_work_is_named_after_its_label() -> None:
    names = project_names(
        "项目经历\n"
        "1.《编译原理》大作业：Tiny-C 编译器（2022 秋）\n   实现词法与语法分析，通过 120 个测试用例。\n"
        "2.《计算机网络》课程设计：可靠 UDP 传输协议（2023 春）\n   丢包 10% 时吞吐量仍达 85%。\n"
    )
    assert names == ["Tiny-C 编译器", "可靠 UDP 传输协议"]


def test_zh_thesis_label_names_the_thesis_work() -> None:
    names = project_names(
        "项目经历\n- 毕业设计：基于知识图谱的药物推荐（2024.01 – 2024.05）\n"
        "  召回率从 0.61 提升到 0.74\n"
    )
    assert names == ["基于知识图谱的药物推荐"]


def test_en_course_project_label_names_the_work() -> None:
    names = project_names(
        "Projects\n- Course project: Raft key-value store (Spring 2023)\n"
        "  Survived 500 randomised partition tests.\n"
        "- Capstone project: Bird-call classifier\n  F1 from 0.62 to 0.80 after augmentation.\n"
    )
    assert names == ["Raft key-value store", "Bird-call classifier"]
