"""False contradiction probes from the lead's practice sessions (session 8): a figure equal to a
claimed change's start, a figure scoped to a part or a stretch of time, counts of different things,
and a figure told about another project of the résumé. Tuning items: conflicts28.jsonl."""

from interviewer.reading import PriorExchange, QuestionInfo, read_answer
from interviewer.types import Project, Resume


def _read(answer: str, projects: dict[str, list[str]], asked: str, earlier=()):  # type: ignore[no-untyped-def]
    resume = Resume(projects=[Project(name=n, bullets=b) for n, b in projects.items()])
    q = QuestionInfo(text="Tell me about it.", kind="project", project=asked)
    prior = [PriorExchange(question=a, answer=b) for a, b in earlier]
    return read_answer(q, answer, discussion=prior, resume=resume)


def test_figure_at_the_claimed_start_agrees() -> None:
    r = _read(
        "Before the change a typical test needed about a month to reach significance.",
        {"Experiments": ["Cut median A/B test duration from 30 to 14 days."]},
        "Experiments",
    )
    assert not r.conflicts


def test_still_at_the_start_now_contradicts() -> None:
    r = _read(
        "After the platform change our median experiment still took about 30 days, honestly.",
        {"Experiments": ["Cut median A/B test duration from 30 to 14 days."]},
        "Experiments",
    )
    assert r.conflicts


def test_figure_of_one_client_or_region_is_no_contradiction() -> None:
    for answer, bullet in (
        (
            "Yeah, for one client, the biggest one, accuracy was only about 70 percent.",
            "Raised extraction accuracy from 82% to 93%.",
        ),
        ("西北那几个小区域召回率只有六成左右，数据太少了。", "召回率从 78% 提升到 91%。"),
    ):
        assert not _read(answer, {"P": [bullet]}, "P").conflicts, answer


def test_a_later_cause_is_no_scope() -> None:
    r = _read(
        "MAPE 从 11% 涨到了 18%，后来才发现是节假日特征有问题。",
        {"P": ["周销量预测 MAPE 从 18% 降到 11%。"]},
        "P",
    )
    assert r.conflicts


def test_samples_and_epochs_are_different_measures() -> None:
    r = _read(
        "LoRA，8 张卡，我们跑了三个 epoch 就收敛了。",
        {"P": ["意图准确率 89% → 94%。"]},
        "P",
        earlier=[("测试集多大？", "测试集大概三千条吧。")],
    )
    assert not r.conflicts


def test_figure_about_another_project_is_not_held_against_the_asked_one() -> None:
    projects = {
        "Experimentation platform": ["Median experiment length went from 21 to 12 days."],
        "Dynamic pricing": ["Gross bookings +6.4% in a 4-week geo experiment."],
    }
    told = "I led the pricing model work, and our geo test there ran five weeks."
    assert not _read(told, projects, "Experimentation platform").conflicts
    own = "After the platform change our median experiment still took about 20 days."
    assert _read(own, projects, "Experimentation platform").conflicts
