"""A model that acts through tools it calls is an agent, in Chinese too (session 9, resume15;
the family fresh8/m05 showed, here in other words): 让模型…调用 X 与 Y 工具, 大模型调用查询、下单
两个工具. A service other systems call (模型服务被 N 个业务调用) and tools people use are not."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _kind(text: str) -> str:
    projects = parse_resume_text(text).projects
    assert len(projects) == 1
    return projects[0].kind


def test_a_model_calling_tools_is_an_agent() -> None:
    assert (
        _kind(
            "项目经历\n项目一：售后工单自动处理\n"
            "● 由大模型读取用户工单，调用订单查询、退款审批两个工具完成处理，再回复用户。\n"
            "● 工单自动处理率从 20% 提升至 55%。\n"
        )
        == "agent"
    )


def test_an_assistant_calling_tools_in_a_plain_line_is_an_agent() -> None:
    assert (
        _kind(
            "项目经验\n【项目名称】运维值班助手\n"
            "【工作内容】助手根据告警内容依次调用日志检索、指标查询和重启脚本等工具定位问题。\n"
            "【项目业绩】平均恢复时长缩短 40%。\n"
        )
        == "agent"
    )


def test_a_model_service_called_by_others_is_no_agent() -> None:
    assert (
        _kind(
            "项目经历\n项目一：风控模型在线服务\n"
            "● 将评分模型封装为在线推理服务，模型服务被 30 个业务系统调用，配套压测工具。\n"
            "● P99 延迟从 120ms 降到 35ms。\n"
        )
        != "agent"
    )
