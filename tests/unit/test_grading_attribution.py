"""An own part told by possession is an own part: a sentence that makes the speaker the owner of a
named piece of work ("the X and the Y were mine", "written by me", "I was the only ML person",
都是我从零搭的, 归我) names it without an "I + verb", and a sentence giving another person a piece
("a contractor did the dashboard", 前端是另一个同事做的) is the split of the work. Someone else's
part told with "my" ("my colleague wrote all of it") is no own part. Written before the fix (lead
probes Q9/Q19 and fresh10's elliptical own part), in voices and words of their own."""

from __future__ import annotations

import pytest

from interviewer.grading.attribution import attribute
from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric
from interviewer.signals import TextView

STAR = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")
GRADER = HeuristicGrader()

#: (lang, question, own part told by possession with another's part, the team's account)
SPLIT = [
    (
        "en",
        "What was your part in the lead-scoring tool?",
        "Honestly most of it was on me. The scraper and the scoring logic were mine, and a "
        "frontend contractor did the dashboard.",
        "We built the scraper and the scoring logic, and we did the dashboard too. The team "
        "shipped it in a month.",
    ),
    (
        "en",
        "Which bits of the migration did you do yourself?",
        "The schema and the migration scripts were mine; ops ran the cutover.",
        "We wrote the schema and the migration scripts, and we ran the cutover together.",
    ),
    (
        "en",
        "What did you personally contribute to the API?",
        "The caching layer was designed and written by me; the API gateway was handled by a "
        "colleague.",
        "The caching layer was designed and written by the team, and the gateway as well.",
    ),
    (
        "en",
        "What did you build for the OCR project?",
        "This part is belong to me: the OCR pipeline and the rule engine. Other two guys make the "
        "mobile app.",
        "Our team make the OCR pipeline, the rule engine and the mobile app, all together.",
    ),
    (
        "zh",
        "你在这个项目里负责哪部分？",
        "数据清洗那部分归我，标注平台是外包团队搭的。",
        "我们团队一起做了数据清洗和标注平台，大家配合得很好。",
    ),
    (
        "zh",
        "模型这块你做了什么？",
        "组里就我一个做算法的，模型从训练到部署都是我弄的，后端同学只负责接口。",
        "我们组一起做的模型，从训练到部署大家都有参与，后端也一起配合。",
    ),
    (
        "zh",
        "这个数据看板你自己做了哪些？",
        "那个 ETL 基本上是我从零搭起来的，dashboard 是 PM 自己拖的。",
        "那个 ETL 是我们从零搭起来的，dashboard 也是我们一起做的。",
    ),
]


@pytest.mark.parametrize(("lang", "question", "mine", "team"), SPLIT)
def test_possession_with_anothers_part_is_an_own_part_and_its_split(lang, question, mine, team):
    ctx = GradeContext(topic_kind="project", lang=lang)
    got = GRADER.grade(question, mine, STAR, ctx)
    own = next(c for c in got.criteria if c.criterion == "ownership")
    assert own.score >= 4, (own.score, own.suggestion)
    assert got.overall > GRADER.grade(question, team, STAR, ctx).overall


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Pretty much all of it. I was the only data person on that team."),
        ("en", "The retry worker was mine end to end."),
        ("zh", "整个爬虫都是我一个人写的。"),
        ("zh", "报表这块归我管。"),
    ],
)
def test_possession_alone_names_an_own_part(lang, text):
    assert attribute(TextView(text, lang)).own


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "My colleague wrote all of the pipeline and the dashboards; the whole thing was theirs.",
        ),
        ("en", "We built it together and the credit goes to the whole team."),
        ("zh", "我的同事负责了全部开发，整个系统都是他搭的。"),
        ("zh", "这不是我做的，是我们组长一个人写的。"),
    ],
)
def test_someone_elses_part_told_with_my_is_no_own_part(lang, text):
    assert not attribute(TextView(text, lang)).own


def test_an_elliptical_own_part_beside_the_others_part_counts_when_the_question_asks_for_it():
    ctx = GradeContext(topic_kind="project", lang="en")
    question = "What did you write for the hackathon entry?"
    mine = (
        "The scheduler and the conflict checker, a few hundred lines of Go; the others did the UI."
    )
    team = "We made a whole scheduling app in a weekend and got third place; great team."
    got = GRADER.grade(question, mine, STAR, ctx)
    own = next(c for c in got.criteria if c.criterion == "ownership")
    assert own.score >= 3
    assert got.overall > GRADER.grade(question, team, STAR, ctx).overall
