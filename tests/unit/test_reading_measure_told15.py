"""How a measure is taken is its method in two more shapes (lead probes L13, L16; fresh17 a040):

- its definition: when one item counts as a hit (a condition, then the label it earns) or what is
  divided by what ("right fields over all fields", 对的字段数占总字段数) — a rule of counting, not
  a claim of an outcome, so it needs no "is that your feeling or do you have data?";
- what it was taken on: the data, period or set named ("offline on the last two quarters",
  用上线前两周的全部订单算的).

Either one closes the method gap and is no result. And the speaker's own part told as possession
("the X was mine", 召回这块是我的) is an own action (lead probe L7). Controls: a bare figure, a
result with no method, a part disowned ("wasn't mine", 不是我的)."""

from __future__ import annotations

import pytest

from interviewer.reading import read_answer
from interviewer.reading.model import QuestionInfo

HOW = {"zh": "这个指标具体是怎么算的？", "en": "How exactly is that number computed?"}

DEFINED = [
    ("zh", "只要抽出来的金额和人工录入的一模一样，这一单就算对；准确率就是算对的单数除以总单数。"),
    ("zh", "用户点了推荐并且七天内下单，才算一次转化，转化率是转化次数占曝光次数的比例。"),
    ("zh", "模型给的前三个候选里有正确科室就算命中。"),
    (
        "en",
        "A reply counts as resolved when the customer doesn't reopen the ticket within 48 hours.",
    ),
    (
        "en",
        "An alert is a true positive if an engineer acted on it; precision is true positives over all alerts fired.",
    ),
    (
        "en",
        "A field is right when it matches the label exactly, and accuracy is right fields divided by all fields.",
    ),
]
MEASURED_ON = [
    ("en", "Offline, on the last two quarters of claims, it got 0.62 against 0.41 for the rules."),
    ("en", "We scored it on three months of real support tickets, about nine thousand of them."),
    ("zh", "离线算的，用的是上线前最后两周的全部订单，大概四百万单。"),
    ("zh", "在去年第四季度的全部工单上回测的，准确率是 86%。"),
]
#: a rule putting items in a category of the product defines no measure (engine tuning
#: en-dd-ml-roles-terse: the method of "agreement went from 0.64 to 0.8" is still open)
CATEGORY_RULES = [
    (
        "en",
        "I added a rule: a brand plus a product type counts as buy. Agreement went from 0.64 to 0.8.",
    ),
    (
        "en",
        "Anything with a price filter counts as shopping intent; precision went up a lot after that.",
    ),
    ("zh", "我加了条规则：品牌加品类就算购买意图，一致率从 0.64 到了 0.8。"),
]
BARE = [
    ("zh", "准确率从 91% 提到了 97%。"),
    ("en", "Accuracy went from 91% to 97%."),
    ("en", "It was really accurate, the business loved it."),
    ("zh", "效果挺好的，业务很满意。"),
]


def _read(lang: str, answer: str, question: str | None = None):
    return read_answer(QuestionInfo(text=question or HOW[lang]), answer)


@pytest.mark.parametrize(("lang", "answer"), DEFINED)
def test_a_rule_of_counting_is_the_method_not_an_outcome(lang, answer):
    reading = _read(lang, answer)
    kinds = {f.kind for f in reading.facts}
    assert "method" in kinds, [(f.kind, f.text) for f in reading.facts]
    assert "result" not in kinds and "failure" not in kinds, [
        (f.kind, f.text) for f in reading.facts
    ]
    assert "metrics" not in reading.gaps and "method" not in reading.gaps
    assert reading.act == "answer"


@pytest.mark.parametrize(("lang", "answer"), MEASURED_ON)
def test_the_data_a_figure_was_taken_on_is_its_method(lang, answer):
    reading = _read(lang, answer, {"zh": "效果怎么样？", "en": "How did it do?"}[lang])
    assert "method" in {f.kind for f in reading.facts}, [(f.kind, f.text) for f in reading.facts]
    assert "method" not in reading.gaps


@pytest.mark.parametrize(("lang", "answer"), BARE)
def test_a_figure_or_a_judgement_with_no_rule_or_data_tells_no_method(lang, answer):
    reading = _read(lang, answer, {"zh": "效果怎么样？", "en": "How did it do?"}[lang])
    assert "method" not in {f.kind for f in reading.facts}


OWNED = [
    ("en", "The deduplication step and the alerting were mine; the dashboards were a colleague's."),
    ("en", "Honestly the scheduler was all mine, start to finish."),
    ("zh", "清洗那一块是我的，标注是外包做的。"),
    ("zh", "排序模型归我，召回是组长写的。"),
]
NOT_OWNED = [
    ("en", "The scheduler wasn't mine, another team owned it."),
    ("zh", "排序那块不是我的，我没怎么碰。"),
    # 是我…的 + a noun is a noun phrase ("the reason I want to leave"), no cleft of ownership
    ("zh", "领导天天开会，这也是我想走的原因。"),
    ("zh", "那段时间挺忙，这是我当时最头疼的事。"),
]
OWN_Q = {"zh": "哪部分是你负责的？", "en": "Which part was yours?"}


@pytest.mark.parametrize(("lang", "answer"), OWNED)
def test_a_piece_of_work_told_as_the_speakers_own_is_an_own_action(lang, answer):
    reading = _read(lang, answer, OWN_Q[lang])
    assert "own_action" in {f.kind for f in reading.facts}, [
        (f.kind, f.text) for f in reading.facts
    ]
    assert reading.act == "answer"


@pytest.mark.parametrize(("lang", "answer"), NOT_OWNED)
def test_a_piece_disowned_is_no_own_action(lang, answer):
    reading = _read(lang, answer, OWN_Q[lang])
    assert "own_action" not in {f.kind for f in reading.facts}


@pytest.mark.parametrize(("lang", "answer"), CATEGORY_RULES)
def test_a_rule_putting_items_in_a_category_defines_no_measure(lang, answer):
    reading = _read(lang, answer, {"zh": "效果怎么样？", "en": "How did it do?"}[lang])
    assert "method" not in {f.kind for f in reading.facts}, [
        (f.kind, f.text) for f in reading.facts
    ]
