"""HR answers: the motivation criterion reads what the HR ask needs (interviewer/data/grading/
hr.yaml): a figure and its basis for pay, a cause for leaving, stages and a role for plans; stock
phrases, blame and praise of the company earn nothing; a story or a weakness is graded only when
the question asks for it."""

from __future__ import annotations

import pytest

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.grading.hr import hr_ask, hr_unasked
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric

HR = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("hr")
MOTIVATION = GradeContext(topic_kind="motivation")


@pytest.fixture(scope="module")
def grader() -> HeuristicGrader:
    return HeuristicGrader()


def _motivation(grader: HeuristicGrader, q: str, a: str) -> int:
    return grader.grade(q, a, HR, MOTIVATION).score("motivation")


@pytest.mark.parametrize(
    ("question", "ask"),
    [
        ("What salary are you expecting?", "salary"),
        ("说说你的期望薪资吧", "salary"),
        ("Why did you leave your last company?", "leaving"),
        ("你上一份工作为什么不干了？", "leaving"),
        ("Where do you want to be in three years?", "plans"),
        ("你接下来几年有什么打算？", "plans"),
        ("do you have other offers at the moment?", "offers"),
        ("为什么选择我们这个岗位？", "about_us"),
        ("How does a B-tree index work?", None),
    ],
)
def test_the_hr_ask_is_read_from_the_question(question: str, ask: str | None) -> None:
    assert hr_ask(question) == ask


@pytest.mark.parametrize(
    ("question", "content", "stock"),
    [
        (
            "What salary are you expecting?",
            "I'm on 58k now; postings at this level here sit at 65 to 72k, so that's my range, "
            "and the pension match would count too.",
            "I'm open, whatever is fair, I'll leave it to you.",
        ),
        (
            "你接下来几年有什么打算？",
            "第一年把数据仓库的调度系统摸透，第二年主导一次分层改造，第三年争取带三四个人做数据质量。",
            "我会继续努力学习，不断充实自己，为公司创造更大的价值，实现自我成长。",
        ),
        (
            "Why did you leave your last company?",
            "The company moved all engineering to the head office and I could not relocate; your "
            "team is remote-first and does the same routing work I did for three years.",
            "I want a new challenge and a new environment, it is time for change.",
        ),
    ],
)
def test_what_the_ask_needs_beats_stock_phrases(
    grader: HeuristicGrader, question: str, content: str, stock: str
) -> None:
    assert _motivation(grader, question, content) >= 4
    assert _motivation(grader, question, stock) <= 2


def test_an_answer_without_what_the_ask_needs_is_at_most_loosely_tied(
    grader: HeuristicGrader,
) -> None:
    warm = "I really want to join your team, I have used your product and I plan to grow here."
    assert _motivation(grader, "What salary are you expecting?", warm) <= 3


def test_blaming_the_last_employer_is_the_lowest_levels(grader: HeuristicGrader) -> None:
    blame = "那边氛围不太好，领导也不懂技术，天天瞎指挥，所以我想换到你们这个岗位。"
    assert _motivation(grader, "你为什么离职？", blame) <= 2


@pytest.mark.parametrize(
    ("question", "answer", "praise"),
    [
        (
            "你为什么想加入我们？",
            "我之前三年做物流调度，你们这个岗位正好是做路径规划的，我想在这个方向继续做深。",
            "贵公司是我心目中最好的公司，各位面试官都特别有水平。",
        ),
        (
            "Where do you see yourself in three years?",
            "Owning the search relevance pipeline end to end, and after that mentoring two juniors.",
            "Your company is a legend in this industry and your interviewers are world class.",
        ),
    ],
)
def test_praise_of_the_company_earns_nothing(
    grader: HeuristicGrader, question: str, answer: str, praise: str
) -> None:
    sep = "" if "我" in answer else " "
    plain = grader.grade(question, answer, HR, MOTIVATION).overall
    praised = grader.grade(question, f"{praise}{sep}{answer}", HR, MOTIVATION).overall
    assert praised <= plain


def test_a_story_and_a_weakness_are_graded_only_when_asked() -> None:
    assert hr_unasked("reflection", "How do you run one-on-ones with your reports?")
    assert hr_unasked("star", "How do you run one-on-ones with your reports?")
    assert not hr_unasked("reflection", "What is your biggest weakness?")
    assert not hr_unasked("star", "Tell me about a time you disagreed with your manager.")
    assert not hr_unasked("motivation", "How do you run one-on-ones with your reports?")
