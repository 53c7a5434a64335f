"""A result told in a summary that names a project is a claim of that project."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _claims(text: str) -> dict[str, list[tuple[float, float | None, str]]]:
    return {
        p.name: [(m.value, m.baseline, m.unit) for m in p.metrics]
        for p in parse_resume_text(text).projects
    }


def test_summary_results_go_to_the_project_they_name():
    text = (
        "Summary\nHighlights: led Atlas, lifting CTR by 12%; built Beacon, which cut fraud "
        "losses by $1.2M.\n\nExperience\nAcme Corp — ML Engineer — 2020 – 2023\n"
        "- Atlas: rebuilt the ranking model with LightGBM features\n"
        "- Beacon: a fraud scoring service on Kafka streams\n"
    )
    claims = _claims(text)
    assert (12.0, None, "%") in claims["Atlas"]
    assert [c for c in claims["Beacon"] if c[2] == "usd"]
    assert not [c for c in claims["Atlas"] if c[2] == "usd"]


def test_zh_summary_result_and_no_duplicates_of_the_projects_own_lines():
    text = (
        "个人优势\n主导“智能排班”项目，排班耗时从 2 天缩短到 2 小时；\n\n工作经历\n"
        "某物流公司 | 算法工程师 | 2020.03 - 至今\n项目：智能排班\n- 用整数规划求解司机排班，"
        "空驶率降低 15%\n"
    )
    claims = _claims(text)["智能排班"]
    assert (2.0, 48.0, "h") in claims
    assert sum(1 for c in claims if c[2] == "%") == 1


def test_a_line_naming_two_projects_gives_neither_its_figures():
    text = (
        "Summary\nShipped Atlas and Beacon, revenue up 9%.\n\nExperience\n"
        "Acme Corp — ML Engineer — 2020 – 2023\n- Atlas: ranking model\n- Beacon: fraud service\n"
    )
    claims = _claims(text)
    assert not claims["Atlas"] and not claims["Beacon"]


def test_a_summary_names_its_project_with_or_without_quotes():
    for summary, heading in (
        ("主导「智能排班」项目：排班耗时从 2 天缩短到 2 小时", "项目：智能排班"),
        ("主导“客服质检”升级，抽检覆盖率从 5% 提升到 100%", "项目：客服质检"),
        ("Led 'Atlas', lifting CTR by 12%", "- Atlas: rebuilt the ranking model"),
    ):
        text = (
            f"Summary\n{summary}\n\nExperience\nAcme | Engineer | 2020 - 2023\n{heading}\n"
            "- shipped it to production\n"
        )
        projects = parse_resume_text(text).projects
        assert any(m.role == "result" for p in projects for m in p.metrics), (summary, projects)
