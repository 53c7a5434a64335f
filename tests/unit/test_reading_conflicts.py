"""Contradictions with the résumé and earlier answers: which claim a number is about, and
whether the two values can be squared (roles, bounds, rounding, periods, steps, other groups)."""

from __future__ import annotations

import pytest
from conflict_expect import has_conflict

from interviewer.reading import PriorExchange, QuestionInfo, read_answer
from interviewer.types import Project, Resume

SEARCH = ["Cut search p95 latency from 900 ms to 300 ms.", "Team of 4 engineers over 6 months."]
COST = ["Reduced monthly GPU spend from $40k to $25k.", "Routed 40,000 tickets a month."]
FRAUD = [
    "Caught 2,300 fraudulent orders a month at 0.4% false-positive rate.",
    "Served on 4 T4 GPUs; fine-tuned on 2 A100s.",
    "ROUGE-L up from 0.31 to 0.44.",
]
AUDIT = ["Answer accuracy 91% on 500 audited tickets.", "Team of 4 engineers over 6 months."]
ZH = ["条款识别准确率从 72% 提升到 91%。", "团队 5 人，历时 6 个月。", "每周处理 1.2 万张工单。"]


def test_an_earlier_answer_is_a_claim_and_an_addition_is_a_change() -> None:
    q = QuestionInfo(text="Did the test set change?")
    before = [PriorExchange(question="What did you test on?", answer="About 300 test dialogues.")]
    added = read_answer(
        q, "We kept those 300 and added about 150 harder ones later.", discussion=before
    )
    assert not added.conflicts
    other = read_answer(q, "The test set was 2,000 dialogues.", discussion=before)
    assert other.conflicts and other.conflicts[0].source == "earlier"


def test_a_figure_said_with_rising_doubt_still_asserts() -> None:
    q = QuestionInfo(text="How many tickets?", project="P")
    resume = Resume(projects=[Project(name="P", bullets=COST)])
    r = read_answer(q, "It's, hmm, maybe nine thousand tickets a month? Roughly.", resume=resume)
    assert r.conflicts


def test_a_claimed_start_only_meets_a_said_start() -> None:
    q = QuestionInfo(text="Where did you end up?")
    start = [PriorExchange(question="Where did you start?", answer="We started at 64 percent.")]
    assert not read_answer(q, "We finished at 81 percent.", discussion=start).conflicts
    again = read_answer(q, "We started at 50 percent, honestly.", discussion=start)
    assert again.conflicts
    resume = Resume(projects=[Project(name="P", bullets=["Recall 77% (baseline BM25: 58%)."])])
    q = QuestionInfo(text="What recall did you reach?", project="P")
    assert read_answer(q, "Recall got to about 90%.", resume=resume).conflicts


def test_a_number_in_a_question_back_asserts_nothing() -> None:
    q = QuestionInfo(text="How fast is search now?", project="P")
    resume = Resume(projects=[Project(name="P", bullets=SEARCH)])
    assert not read_answer(q, "Do you mean after the 600 ms change?", resume=resume).conflicts


ESSAY = ["设计作文批改评测集（800 篇，3 位老师打分），模型与老师评分一致率 0.78。"]


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # a count of teachers is not the count of essays the same claim line makes
        ("作文评测那个，嗯，八百篇作文，三个老师打分，一致率差不多零点七八。", False),
        ("找了三个老师来打分。", False),
        ("打分的老师一共是三个。", False),
        # the claim's own counted thing still conflicts
        ("评测集其实只有两百篇作文。", True),
    ],
)
def test_a_count_of_another_thing_in_the_claim_line_is_not_that_claim(
    answer: str, conflict: bool
) -> None:
    assert has_conflict(ESSAY, "评测集是怎么做的？", answer) is conflict


LEAD = ["Led a team of 4 engineers over 7 months.", "Indexed 2.5 million invoices in OpenSearch."]
HELP = ["参与模型开发，负责特征工程部分（团队 7 人）。", "基于 XGBoost，训练样本 80 万。"]


RETURNS = [
    "Flagged 1,400 suspicious returns a week.",
    "Cut review time from 3 days to 6 hours.",
    "覆盖 1200 家门店、8000 个 SKU。",
    "Team of 5 over 8 months.",
]
TEAM_ZH = [
    "作为核心成员参与，负责特征和模型训练（团队 6 人）。",
    "违规视频召回率 95%，误杀率 0.8%。",
]


COACH = [
    "Cut coaching prep time 4x, from 2 hours to 30 minutes per rep.",
    "Built with 2 other engineers in 10 weeks.",
    "覆盖 60 家门店、4500 名员工。",
    "BLEU 从 28.5 提升到 34.2。",
    "Served 120 requests per second at p99 below 250 ms.",
]


def _earlier(question: str, answer: str, before: tuple[str, str]) -> bool:
    prior = [PriorExchange(question=before[0], answer=before[1])]
    return bool(read_answer(QuestionInfo(text=question), answer, discussion=prior).conflicts)


@pytest.mark.parametrize(
    ("question", "answer", "before", "conflict"),
    [
        # the earlier question frames what its number is about
        (
            "How long does training take?",
            "About two days.",
            ("How long is a run?", "Six hours."),
            True,
        ),
        ("p95?", "About 450 ms.", ("What's the median latency?", "About 200 ms."), False),
        # a scale dropped on the second mention
        (
            "Cost now?",
            "About four grand a month, maybe 4.2.",
            ("Cost?", "Roughly four grand a month."),
            False,
        ),
        ("Cost now?", "Nine grand a month.", ("Cost?", "Four grand a month."), True),
        # a claim told at another time is where the said change started
        (
            "Growth?",
            "From two hundred customers at launch to about 350 now.",
            ("How many customers at launch?", "Two hundred."),
            False,
        ),
    ],
)
def test_earlier_answers(
    question: str, answer: str, before: tuple[str, str], conflict: bool
) -> None:
    assert _earlier(question, answer, before) is conflict


def test_the_whole_change_from_another_start_contradicts() -> None:
    bullets = ["召回率从 62% 提升到 80%。"]
    assert has_conflict(bullets, "召回率提升了多少？", "召回率从 70% 提到了 80%。")
    assert not has_conflict(bullets, "召回率提升了多少？", "先从 62% 提到 70%，最后到了 80%。")


AGENT = [
    "Task success went from 54% to 79% on 150 historical releases.",
    "Average run cost fell from $0.42 to $0.11 per release.",
    "Cut p95 time-to-first-token from 1.9 s to 0.6 s.",
    "Increased search conversion by 6.4%.",
    "工具层接入 9 个工具。",
]


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # the claimed start told as the before, then the end
        ("Each run was costing 42 cents, and caching dropped it to 11 cents.", False),
        # a later incident starts where the claimed change ended
        ("Later accuracy on the nightly set fell from 79% to 63% after a bad deploy.", False),
        ("Task success went from 79% to 54% after the refactor.", True),
        # a step of a change told whole, and the last word after a hedge
        ("TTFT p95 went from 1.9 s to 0.6 s. First we reached 1.1 s with vLLM alone.", False),
        ("Nine in ten is how it feels; the measured figure is 79 percent, from 54.", False),
        # a flow per month is not the set measured on; occurrences are not tools
        ("Managers use it for every release, around 30 a month.", False),
        ("日志工具超时以后一直重试，调了四十多次。", False),
        # a grading scale; a spike at a bad moment
        ("Answers were graded 0 to 3 by two leads.", False),
        ("One bad evening latency spiked to 8 seconds.", False),
        # a count is no percentage
        ("It runs on every search, about 300k a day.", False),
    ],
)
def test_what_an_answer_tells_around_a_claim(answer: str, conflict: bool) -> None:
    assert has_conflict(AGENT, "Tell me about it.", answer) is conflict


def test_a_level_said_as_a_correction_and_people_named_by_role() -> None:
    teams = ["Cut report build time from 40 minutes to 5 minutes for 12 regional teams."]
    assert has_conflict(teams, "How many teams use it?", "It's more like six regional teams today.")
    users = ["Rolled out to 240 engineers."]
    assert has_conflict(users, "How widely is it used?", "It's used by about forty engineers.")
    assert not has_conflict(users, "How widely is it used?", "About 240 engineers use it.")


def test_points_said_in_chinese_numerals_are_points() -> None:
    bullets = ["条款识别准确率从 72% 提升到 91%。"]
    assert has_conflict(bullets, "提升了多少？", "准确率提升了十个点左右。")
    assert not has_conflict(bullets, "提升了多少？", "准确率提升了十九个点。")


QC = [
    "违规识别准确率 93%，召回率 88%。",
    "带领 4 人团队，历时 7 个月上线。",
    "Scored 2 million transactions a day at p99 under 50 ms.",
]


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # the claim told as it is, then a part of it
        ("违规识别准确率 93%，召回 88%，其中辱骂类召回高一些，能到 95%。", False),
        # a value held for a while, a point in time, time told per week, hours against a p99
        ("ASR 升级后违规召回一度掉到 80% 左右，两天后恢复。", False),
        ("上线第二周出过一次问题。", False),
        ("A data scientist from the risk team helped two days a week.", False),
        ("It flagged 8% of transactions for a few hours before we rolled back.", False),
        # still a contradiction when nothing else is said
        ("召回率大概 80%。", True),
    ],
)
def test_long_answers_tell_parts_times_and_incidents(answer: str, conflict: bool) -> None:
    assert has_conflict(QC, "讲讲这个项目。", answer) is conflict


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # a change told in words whose end carries a qualifier the reader of numbers left unread
        ("It went from about seventy-two percent to a little over ninety.", False),
        ("We moved from roughly seventy percent to nearly ninety-one.", False),
        ("准确率从七成出头提到了将近九成一。", False),
    ],
)
def test_a_change_in_words_with_a_qualified_end(answer: str, conflict: bool) -> None:
    assert has_conflict(["条款识别准确率从 72% 提升到 91%。"], "准确率？", answer) is conflict


DOCS = [
    "Indexed 80,000 support documents across 12 knowledge bases.",
    "Cut p99 latency from 800 ms to 200 ms; shipped in 4 months.",
    "Grew weekly active users by 25%.",
]


@pytest.mark.parametrize(
    ("question", "answer", "conflict"),
    [
        # a counted thing said in its short form is the claimed thing ("docs" / "documents")
        ("How big is the index?", "Roughly 20,000 docs in total.", True),
        ("How big is the index?", "About eighty thousand docs.", False),
        # a span told from the first version to the whole thing live is the project's span
        (
            "How long did it take?",
            "From the first prototype to fully live took about a year.",
            True,
        ),
        ("How long did it take?", "From the first prototype to fully live was four months.", False),
        # one part's share of the claimed change is a step on its path, not the headline
        ("How did you get p99 down?", "Batching alone took p99 from 800 to about 500.", False),
        # a multiple against a claimed percent change: "doubled" is +100%, not +25%
        ("How much did usage grow?", "Weekly actives roughly doubled.", True),
        ("How much did usage grow?", "Weekly actives went up about 1.25x.", False),
    ],
)
def test_pairing_and_compatibility_in_other_words(
    question: str, answer: str, conflict: bool
) -> None:
    assert has_conflict(DOCS, question, answer) is conflict


BOUND = ["Held p95 below 300 ms while serving 2,000 requests a second.", "Team of 3."]


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # a claimed bound holds at the busiest time too: a peak value is compared with it
        ("When traffic is heaviest, p95 climbs to about 900 ms.", True),
        ("Even at the busiest hour p95 is around 250 ms.", False),
        ("高峰的时候 p95 也就 280ms 左右。", False),
        ("高峰期 p95 能到 800ms。", True),
    ],
)
def test_a_claimed_bound_holds_at_peak(answer: str, conflict: bool) -> None:
    assert has_conflict(BOUND, "What about under load?", answer) is conflict


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # a start told in words or behind a qualifier is a start, when the change goes on "to"
        ("Adoption went from just under a third of the services to all of them.", False),
        ("采用率从三成出头做到了全部服务。", False),
        ("Adoption went from about half of the services to all of them.", True),
    ],
)
def test_a_start_in_words_is_a_start(answer: str, conflict: bool) -> None:
    bullets = ["Raised adoption from 30% to 100% of services."]
    assert has_conflict(bullets, "How did adoption go?", answer) is conflict


def _against_earlier(earlier: list[tuple[str, str]], question: str, answer: str) -> bool:
    prior = [PriorExchange(question=q, answer=a) for q, a in earlier]
    return bool(read_answer(QuestionInfo(text=question), answer, discussion=prior).conflicts)


@pytest.mark.parametrize(
    ("earlier", "question", "answer", "conflict"),
    [
        # the classifier says what is counted when no noun follows (条, 篇, 份…)
        (
            [("训练集多大？", "训练集 5000 篇。")],
            "谁整理的？",
            "我自己整理的，一共一千篇左右。",
            True,
        ),
        (
            [("训练集多大？", "训练集 5000 篇。")],
            "谁整理的？",
            "我自己整理的，五千篇都过了一遍。",
            False,
        ),
        # a fall the sentence says was won back is a level held for a while
        (
            [("召回率多少？", "召回率 90% 左右。")],
            "出过问题吗？",
            "有次召回跌到 70%，当天就修回来了。",
            False,
        ),
        (
            [("What was the recall?", "Around 90%.")],
            "Any incidents?",
            "Recall dropped to 70% after a bad deploy, but we rolled it back the same day.",
            False,
        ),
    ],
)
def test_classifiers_and_falls_won_back(
    earlier: list[tuple[str, str]], question: str, answer: str, conflict: bool
) -> None:
    assert _against_earlier(earlier, question, answer) is conflict


@pytest.mark.parametrize(
    ("bullets", "answer", "conflict"),
    [
        # a share told by its outcome is the claimed rate of that outcome
        (
            ["Answer accuracy 91% on the support set."],
            "Maybe 75% of answers come out correct.",
            True,
        ),
        (
            ["Answer accuracy 91% on the support set."],
            "About 90% of answers come out right.",
            False,
        ),
        (["拦截召回率 85%。"], "大概能抓到六成的垃圾消息。", True),
        # ... a share of something else is not the rate
        (
            ["Answer accuracy 91% on the support set."],
            "About 60% of our users are on mobile.",
            False,
        ),
    ],
)
def test_a_share_told_by_its_outcome(bullets: list[str], answer: str, conflict: bool) -> None:
    assert has_conflict(bullets, "How well does it work?", answer) is conflict


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # a level told early, or followed by the measure moving on, is a step on the claimed path
        ("Early on we were near 0.6; distillation took us the rest of the way.", False),
        ("刚上线那会儿 F1 大概 0.62，后来又迭代了两版。", False),
        # ... unless the answer says it stayed there, or it lies off the path
        ("The first iteration reached 0.6 and it plateaued; we never got higher.", True),
        ("一开始就到了 0.4，后面才上去。", True),
    ],
)
def test_steps_told_early_or_moving_on(answer: str, conflict: bool) -> None:
    bullets = ["Lifted F1 from 0.52 to 0.71."]
    assert has_conflict(bullets, "How did F1 develop?", answer) is conflict


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # a start behind spoken fillers is still the start, and a start is no step on the way
        ("It went from, um, I think about three days down to six hours.", True),
        ("It went from, I'd say, roughly ten days down to six hours.", False),
        ("从，嗯，我记得大概五天降到了六个小时。", True),
    ],
)
def test_a_start_behind_fillers(answer: str, conflict: bool) -> None:
    bullets = ["Cut onboarding time from 10 days to 6 hours."]
    assert has_conflict(bullets, "How did onboarding time change?", answer) is conflict


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # a qualified start is a bound: "just over a week" allows 8 days, not 3
        ("From just over a week down to about two days.", False),
        ("From, um, under four days down to about two days.", True),
    ],
)
def test_a_qualified_start_is_a_bound(answer: str, conflict: bool) -> None:
    bullets = ["Cut onboarding from 8 days to 2 days."]
    assert has_conflict(bullets, "And onboarding?", answer) is conflict


TEAM = ["Led a team of 6 engineers for a year.", "Cut p95 from 900 ms to 300 ms."]


@pytest.mark.parametrize(
    ("question", "answer", "conflict"),
    [
        # a team told without a numeral is a team size when the talk is about the team
        ("How big was the team?", "Honestly it was pretty much me, start to finish.", True),
        ("Who worked on it?", "Me and a data scientist, that's all.", True),
        ("团队多少人？", "就我们俩，我跟一个同事。", True),
        # ... not a part of the work someone did alone
        ("Who wrote the cache?", "Just me and another engineer.", False),
        ("How did you cut latency?", "I profiled it on my own first.", False),
    ],
)
def test_a_team_told_without_a_numeral(question: str, answer: str, conflict: bool) -> None:
    assert has_conflict(TEAM, question, answer) is conflict


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # "a bit over" is a little above, not any amount above
        ("Just over 400 stores, last I checked.", True),
        ("Slightly more than 800 stores.", False),
        ("Well over 500 stores.", False),
    ],
)
def test_a_bit_over_is_close_above(answer: str, conflict: bool) -> None:
    assert has_conflict(["Rolled out to 850 stores."], "How many stores?", answer) is conflict


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # a rate of requests is a throughput whatever latency its line also states
        ("We see about forty requests a second.", True),
        ("Roughly three hundred requests per second at peak.", False),
        # a spike the sentence says was won back is held for a while only; one never fixed is not
        ("During one outage p95 shot up to 4 s, and it recovered within the hour.", False),
        ("p95 crept up to 600 ms after the migration and it never recovered.", True),
    ],
)
def test_throughput_and_spikes_won_back(answer: str, conflict: bool) -> None:
    bullets = ["Serves 300 requests per second at p95 under 200 ms."]
    assert has_conflict(bullets, "How does it perform?", answer) is conflict


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # the whole work is no task of a part, and a stated total is not summed with its parts
        ("两个人就把整个系统做完了。", True),
        ("两个人做标注，四个人做模型。", False),
        ("In total there were three of us, one on the data side.", True),
        ("Four of us in Shanghai and two in Berlin.", False),
    ],
)
def test_whole_work_and_stated_totals(answer: str, conflict: bool) -> None:
    assert has_conflict(["团队 6 人，历时一年。"], "团队多大？", answer) is conflict


@pytest.mark.parametrize(
    ("bullets", "answer", "conflict"),
    [
        # a request rate is the project's throughput, told before or after its number
        (["Sustained 3,000 QPS at p95 under 80 ms."], "Throughput is maybe 700 a second.", True),
        (["高峰 QPS 6000。"], "高峰每秒大概一千五个请求。", True),
        (["高峰 QPS 6000。"], "高峰每秒六千个请求左右。", False),
        # ... a bare count does not borrow it
        (["抽检 500 页。", "QPS 达到 90。"], "500 页里有 80 多页是扫描件。", False),
    ],
)
def test_request_rates(bullets: list[str], answer: str, conflict: bool) -> None:
    assert has_conflict(bullets, "What load does it take?", answer) is conflict


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # decades are ranges of a score, not seconds; bare figures of a short answer are read
        ("Somewhere in the mid 70s, honestly.", True),
        ("High eighties, give or take.", False),
        ("Nearly 75.", True),
        ("About 88.", False),
        # a joined change followed by the rest of the way is a step
        ("Better prompts took it from 61 to roughly 75, and the reranker did the rest.", False),
    ],
)
def test_decades_bare_figures_and_joined_steps(answer: str, conflict: bool) -> None:
    bullets = ["Raised answer accuracy from 61% to 88%."]
    assert has_conflict(bullets, "Where did accuracy land?", answer) is conflict


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # a claim whose subject was cut short still names its measure in its own words
        ("Roughly ten days now.", True),
        ("Three days or so.", False),
    ],
)
def test_a_claims_measure_in_its_own_words(answer: str, conflict: bool) -> None:
    bullets = ["Shortened new-hire onboarding from 4 weeks to 3 days."]
    assert has_conflict(bullets, "And onboarding time today?", answer) is conflict


@pytest.mark.parametrize(
    ("bullets", "answer", "conflict"),
    [
        # a number in a rule or a condition is the line drawn, not a measured value
        (
            ["Cut the error rate from 4% to 0.5%."],
            "We page someone once errors go above 3%.",
            False,
        ),
        (["P99 延迟从 5 秒降到 1.5 秒。"], "一旦 P99 高于 4 秒，我们就降级。", False),
        (["P99 延迟从 5 秒降到 1.5 秒。"], "请求排队超过 6 秒就直接返回缓存。", False),
        # ... a level told in the past under 'when' is measured and compared
        (["P99 延迟从 5 秒降到 1.5 秒。"], "When we shipped, p99 was still over 4 seconds.", True),
    ],
)
def test_numbers_in_rules(bullets: list[str], answer: str, conflict: bool) -> None:
    assert has_conflict(bullets, "How does the fallback work?", answer) is conflict


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # a value told of a named part of the data is not the claimed whole
        ("For the rarest intents precision only went 0.5 to 0.6.", False),
        ("难例子集上，精确率从 0.40 提到 0.52。", False),
        ("Precision went 0.5 to 0.6 overall.", True),
    ],
)
def test_values_of_a_named_part(answer: str, conflict: bool) -> None:
    bullets = ["Raised intent precision from 0.72 to 0.90."]
    assert has_conflict(bullets, "How did precision move?", answer) is conflict


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # a count told as a sample or batch drawn from the claimed set is a part of it
        ("We spot-checked a 300-query batch by hand.", False),
        ("随机抽了 800 条复核。", False),
        ("All in all we labelled maybe 9k queries.", True),
    ],
)
def test_samples_drawn_from_a_set(answer: str, conflict: bool) -> None:
    bullets = ["Labelled 25k queries with three annotators."]
    assert has_conflict(bullets, "How big was the labelling effort?", answer) is conflict


@pytest.mark.parametrize(
    ("bullets", "answer", "conflict"),
    [
        # a share of one person's work and an ordinal told of a person are no result
        (["Raised answer accuracy from 58% to 81%."], "I reviewed roughly a third myself.", False),
        (["准确率从 58% 提升到 81%。"], "我自己大概写了一半。", False),
        (["Raised answer accuracy from 58% to 81%."], "Ties went to a third reviewer.", False),
        (
            ["Raised answer accuracy from 58% to 81%."],
            "Only about a third of answers were right in the end.",
            True,
        ),
        # a unitless change above 100 is no percentage; a score below 1 is no count
        (["Raised pass rate from 61% to 74%."], "We cut it from 512 to 128.", False),
    ],
)
def test_shares_of_labour_people_and_bare_values(
    bullets: list[str], answer: str, conflict: bool
) -> None:
    assert has_conflict(bullets, "How did it go?", answer) is conflict


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # the time a change took is no span of the work or process time
        ("Usage had quadrupled in a year, so we started. p95 went 1.9 s to 0.6 s.", False),
        ("调用量半年里翻了一倍，P95 从 1.9 秒降到 0.6 秒。", False),
        ("Usage had quadrupled in a year. p95 only went from 1.9 s to 1.3 s.", True),
    ],
)
def test_the_period_of_a_change(answer: str, conflict: bool) -> None:
    bullets = ["Cut p95 latency from 1.9 s to 0.6 s."]
    assert has_conflict(bullets, "Before the details, why did it start?", answer) is conflict


BILL = ["Cut the monthly inference bill from $48k to $19k by caching and batching."]


@pytest.mark.parametrize(
    ("question", "answer", "conflict"),
    [
        # a number's clause ends with its sentence: the next sentence's "saving" is not its cue
        (
            "What does it cost now?",
            "The bill is about nineteen thousand dollars a month now. The biggest saving came "
            "from caching.",
            False,
        ),
        (
            "What does it cost now?",
            "We're at roughly $19k a month now. Most of the saving came from batching.",
            False,
        ),
        ("现在每月花多少？", "现在一个月大概一万九千美元。省下来的主要靠缓存。", False),
        (
            "What does it cost now?",
            "It's about $30k a month now. The saving was smaller than we hoped.",
            True,
        ),
        ("What does it cost now?", "We saved about $29k a month. It's $19k now.", False),
    ],
)
def test_cues_stay_in_the_numbers_sentence(question: str, answer: str, conflict: bool) -> None:
    assert has_conflict(BILL, question, answer) is conflict


@pytest.mark.parametrize(
    ("bullets", "answer", "conflict"),
    [
        # an acronym before the counted thing is no plural; a compound names the same thing
        (
            ["Processed 2.4 billion GPS pings per day."],
            "About 240 million location pings a day.",
            True,
        ),
        (
            ["Processed 2.4 billion GPS pings per day."],
            "About 2.5 billion location pings a day.",
            False,
        ),
        (
            ["Migrated 300 microservices to Kubernetes."],
            "We moved about thirty services over.",
            True,
        ),
        (["Migrated 300 microservices to Kubernetes."], "Roughly three hundred services.", False),
    ],
)
def test_counted_things_in_other_words(bullets: list[str], answer: str, conflict: bool) -> None:
    assert has_conflict(bullets, "How much?", answer) is conflict


ETA = ["Mean ETA error from 14 min to 9 min.", "Index refreshed every 15 minutes."]


@pytest.mark.parametrize(
    ("bullets", "answer", "conflict"),
    [
        # a sampling interval or cadence is no level of the claimed measure
        (ETA, "We had GPS pings every 30 seconds and I turned them into segment speeds.", False),
        (
            ["告警延迟从 3 分钟降到 40 秒。"],
            "监控指标每 10 秒采一次，我们按这个粒度做了滑窗。",
            False,
        ),
        (ETA, "The error dropped from like 16 minutes to 9 minutes after the rebuild.", True),
        # a said change whose end is a level claimed without a start squares with it
        (FRAUD[:1], "With the old rules it was about 1.2 percent; now 0.4 percent.", False),
        (["欺诈模型误报率 0.5%。"], "以前规则那套大概 3%，现在是 0.5%。", False),
        (["欺诈模型误报率 0.5%。"], "以前大概 3%，现在是 1.5%。", True),
        (SEARCH, "p95 went from 1.2 s to 300 ms.", True),
    ],
)
def test_intervals_and_changes_ending_at_the_level(
    bullets: list[str], answer: str, conflict: bool
) -> None:
    assert has_conflict(bullets, "Tell me about it.", answer) is conflict


@pytest.mark.parametrize(
    ("answer", "bullet", "conflict"),
    [
        # a change told the other way round from the claimed one contradicts it, whatever its size
        ("Latency went up 40 percent once we added the reranker.", "Reduced latency by 40%.", True),
        ("工单量增加了大概两成。", "工单量减少 20%。", True),
        ("Latency dropped about 40 percent.", "Reduced latency by 40%.", False),
        # saving is spend going down: never compared by direction
        (
            "It saves more than two hundred thousand dollars a year.",
            "Reduced spend by $18,000 per month.",
            False,
        ),
    ],
)
def test_a_change_the_other_way_round_contradicts(answer: str, bullet: str, conflict: bool) -> None:
    resume = Resume(projects=[Project(name="P", bullets=[bullet])])
    q = QuestionInfo(text="What changed?", project="P")
    assert bool(read_answer(q, answer, resume=resume).conflicts) == conflict


SERVING = ["Built the serving layer on Triton with dynamic batching; p99 latency 180 ms -> 60 ms."]


@pytest.mark.parametrize(
    ("bullets", "answer", "conflict"),
    [
        # a limit the team configured is how the system was set up, not a level of the claim
        (
            SERVING,
            "Batching adds a queue delay, so we capped it at 5 ms and nobody noticed it.",
            False,
        ),
        (
            SERVING,
            "I set the request timeout to 200 ms so one slow model can't block a batch.",
            False,
        ),
        (SERVING, "The batching window is 10 ms, invisible next to the model's own time.", False),
        (
            ["推理服务 P99 延迟从 800 毫秒降到 300 毫秒。"],
            "每个请求的超时设成 3 秒，超了就降级。",
            False,
        ),
        (
            ["推理服务 P99 延迟从 800 毫秒降到 300 毫秒。"],
            "最大排队时间限制在 10 毫秒以内。",
            False,
        ),
        # controls: a level reached is still held against the claim
        (SERVING, "In the end we got p99 down to 150 ms.", True),
        (SERVING, "Honestly we only took p99 from 180 to 120 ms.", True),
        (["推理服务 P99 延迟从 800 毫秒降到 300 毫秒。"], "P99 最后降到了 500 毫秒。", True),
    ],
)
def test_a_configured_limit_is_no_level_of_the_claim(
    bullets: list[str], answer: str, conflict: bool
) -> None:
    assert has_conflict(bullets, "How did you make the serving layer fast?", answer) is conflict


@pytest.mark.parametrize(
    ("question", "answer", "conflict"),
    [
        # a bare number answering a question about the team is the team's size
        ("Team?", "Three. I did the classifier.", True),
        ("How many people on the team?", "Eight, I think.", True),
        ("How many people on the team?", "Four, plus me.", False),
        ("团队几个人？", "就三个。", True),
        ("Team size?", "Around five. I was doing the classifier.", False),
        # not about the team: a bare number is no team size
        ("How many months did it take?", "Three.", False),
    ],
)
def test_a_bare_number_answers_the_team_question(
    question: str, answer: str, conflict: bool
) -> None:
    bullets = ["Team of 5 engineers; I built the classifier.", "Shipped in 3 months."]
    assert has_conflict(bullets, question, answer) is conflict


#: A question about where things started ("Park the result: what was the starting point?").
START_Q_EN = "Park the result for a moment: what was the starting point when the project began?"
START_Q_ZH = "结果先放一边，从头讲：立项时的起点是什么状态？"


@pytest.mark.parametrize(
    ("question", "answer", "conflict"),
    [
        # a level the answer's own words tell as reached is where it ended, whatever the question
        # asked about the start: the question's cue counts only when the clause says nothing
        (START_Q_ZH, "最开始纯向量检索只有68%左右。后来加了精排，Top5命中率到了85%。", False),
        (START_Q_ZH, "起步的时候六成多一点，上线以后做到了85%。", False),
        (START_Q_ZH, "一开始 68% 吧，换了重排模型之后提升到 85%，就稳定在那儿了。", False),
        (START_Q_EN, "We were at about 68 with plain vectors; the reranker got us to 85.", False),
        (START_Q_EN, "Around 68 percent at first, and after the reranker it reached 85.", False),
        (START_Q_EN, "Started near 68%. By launch, top-5 hit rate was up to 85%.", False),
        # ... and a start said against the question is still compared with the claimed start
        (START_Q_ZH, "最开始命中率大概只有四成。", True),
        (START_Q_EN, "At the start the hit rate was around 40 percent.", True),
    ],
)
def test_a_level_told_as_reached_is_not_the_start_the_question_asked_for(
    question: str, answer: str, conflict: bool
) -> None:
    bullets = ["Top5 命中率从 68% 提升至 85%；团队 4 人。"]
    assert has_conflict(bullets, question, answer) is conflict


SHIPPED = ["Delivered in 6 months.", "Recall up from 70% to 86%.", "Auto-approval accuracy 88%."]
ZH_SHIP = ["历时 5 个月上线", "召回率从 70% 提升到 86%"]


@pytest.mark.parametrize(
    ("bullets", "answer", "conflict"),
    [
        # a start said as "more than" its numeral (五成多, 七十多) reaches up to the next step
        (["检索 Recall@5 从 58% 提升到 81%"], "从五成多提到了八成左右。", False),
        (["F1 从 74 提升到 91"], "嗯，从七十多提到了九十一。", False),
        (["错误率从 32% 降到 10%"], "从三成出头降到了一成。", False),
        # ... but not below its numeral, nor past the next step
        (["准确率从 40% 提升到 80%"], "从五成多提到了八成。", True),
        (["召回率从 45% 提升到 70%"], "召回率从六成多涨到七成。", True),
    ],
)
def test_a_start_said_as_more_than_its_numeral(
    bullets: list[str], answer: str, conflict: bool
) -> None:
    assert has_conflict(bullets, "提升了多少？", answer) is conflict


@pytest.mark.parametrize(
    ("bullets", "question", "answer", "conflict"),
    [
        # conflicts with the resume
        # the headline must meet the claimed result; steps on the way and the start need not
        (SEARCH, "How fast is search now?", "p95 is around 600 ms now.", True),
        (
            SEARCH,
            "How fast is search now?",
            "At launch p95 was 0.45 s; after the cache it is 0.3.",
            False,
        ),
        (SEARCH, "What was it before?", "Before, the p95 was 0.9 s.", False),
        (SEARCH, "How fast is search now?", "p95 stays under 400 ms.", False),
        (SEARCH, "How fast is search now?", "The median is around 120 ms.", False),
        # "from A <what A was> to B" is one change: A is the start, B the headline
        (
            SEARCH,
            "How fast is search now?",
            "It went from 900 ms on the old index to 300 ms after the rewrite.",
            False,
        ),
        (
            SEARCH,
            "How fast is search now?",
            "It went from about 900 ms with the old index to roughly 500 ms.",
            True,
        ),
        # one team per project; other groups are not the team
        (SEARCH, "How big was the team?", "There were nine engineers on it.", True),
        (
            SEARCH,
            "How big was the team?",
            "Four engineers, plus two annotators we borrowed.",
            False,
        ),
        # money: savings are changes, periods are converted
        (COST, "How much did you save?", "About $15k a month.", False),
        (COST, "How much did you save?", "Roughly $30k a month.", True),
        (COST, "How many tickets?", "About 1,300 a day.", False),
        (COST, "How many tickets?", "Maybe 4,000 a month at most.", True),
        # numbers in words, asides between commas, per item vs per month, shares
        (COST, "How much did you save?", "We saved, um, fifteen grand a month.", False),
        (COST, "How much did you save?", "We saved, like, thirty grand a month.", True),
        (COST, "What does one ticket cost?", "Roughly fifty cents per ticket.", False),
        (COST, "What happened to spend?", "Spend went down by roughly a third.", False),
        (COST, "What happened to spend?", "Spend went down by about four fifths.", True),
        (SEARCH, "How big was the team?", "Seven or eight engineers.", True),
        (SEARCH, "How fast is search now?", "It's about three hundred milliseconds now.", False),
        # users are not the team; a pool cut down is a step; a rate written alike keeps its unit
        (SEARCH, "Who uses it?", "Maybe six hundred people a week search with it.", False),
        (SEARCH, "How big was the team?", "Ten engineers.", True),
        (
            FRAUD,
            "What was the false-positive rate before?",
            "With the old rules it was about 1.2 percent; now 0.4.",
            False,
        ),
        (FRAUD, "What was the false-positive rate before?", "It was 1.2 percent; now 0.9.", True),
        # a share said "N out of M" is a rate; "headcount" of the project is its team
        (AUDIT, "How often are the answers right?", "Roughly four in five had no mistakes.", True),
        (AUDIT, "How often are the answers right?", "About nine out of ten were correct.", False),
        (AUDIT, "How many people built it?", "Headcount was nine.", True),
        # other measures: another family named after the number, another variant, another use
        (FRAUD, "How good is it at catching fraud?", "Recall on known fraud was about 85%.", False),
        (FRAUD, "How did it score?", "ROUGE-1 was about 0.52.", False),
        (FRAUD, "What does it run on?", "Inference runs on four T4s.", False),
        (FRAUD, "What did you train on?", "We fine-tuned on eight A100s.", True),
        (FRAUD, "How many orders?", "Of the 2,300 a month, maybe 200 were new patterns.", False),
        # Chinese: bounds said round on purpose, a part of the whole, a peak
        (ZH, "效果如何？", "准确率九成左右吧，不到九成。", True),
        (ZH, "效果如何？", "准确率最终达到 83%。", True),
        (ZH, "效果如何？", "先换了 embedding 到 84%，后来加规则校验到 91%。", False),
        (ZH, "效果如何？", "准确率从 72% 左右，也就是原来的规则版本，提升到了 91%。", False),
        (ZH, "处理量多大？", "每周三千张左右。", True),
        (ZH, "处理量多大？", "日均一千七百张左右。", False),
        (ZH, "团队多大？", "当时我们十几个人一起做的。", True),
        (ZH, "效果如何？", "准确率九成多吧。", False),
        (ZH, "效果如何？", "准确率从百分之七十二提升到了八十出头。", True),
        # role and tool conflicts
        # the candidate's role on the project: led vs helped, either way round
        (
            LEAD,
            "What was your role?",
            "Honestly my manager ran the project; I built features.",
            True,
        ),
        (LEAD, "Were you the lead?", "Not really, it was a shared thing.", True),
        (LEAD, "What was your role?", "I led the team and did most of the modelling.", False),
        (LEAD, "Who did the serving?", "I led the serving work myself.", False),
        (HELP, "你的角色？", "整个项目是我牵头的。", True),
        (HELP, "你的角色？", "我主要负责特征工程，节假日特征是我做的。", False),
        # the tool for one job: another one is a contradiction, an alternative named is not
        (LEAD, "Where is the index?", "It all sits in Vespa.", True),
        (LEAD, "Where is the index?", "OpenSearch; we looked at Vespa too.", False),
        (LEAD, "Why not Solr?", "Solr would have meant another cluster to run.", False),
        (HELP, "用的什么模型？", "我们用的 CatBoost。", True),
        (HELP, "为什么不用 LightGBM？", "之前试过 LightGBM，效果差不多。", False),
        # levels restatements and parts
        # another claim told again is about that claim
        (RETURNS, "规模？", "一千二百家店，八千个 SKU。", False),
        # a level told as now is the headline, not a step on the way
        (RETURNS, "Review time?", "It used to be three days; now it's about two days.", True),
        (RETURNS, "Review time?", "以前三天，现在六个小时。", False),
        # a starting point told apart from its level is the claimed start
        (RETURNS, "Review time?", "Before, a review took about ten days; now six hours.", True),
        # people told by their own task are part of the team
        (TEAM_ZH, "特征谁做的？", "特征主要是我和另外一个同事两个人做的。", False),
        (TEAM_ZH, "团队多大？", "团队一共三个人。", True),
        # a résumé level next to another rate is a level, not a step
        (TEAM_ZH, "召回怎么样？", "召回大概做到了 88%。", True),
        # fourteen months is no 150 ms process time
        (RETURNS, "How long did it take?", "It dragged on for a good fourteen months.", True),
        # multiples teams crowds and levels
        # a multiple told as a percentage change
        (COACH, "Prep time?", "We roughly halved it.", True),
        (COACH, "Prep time?", "It's four times faster now.", False),
        # the speaker and the others are the team
        (COACH, "Team?", "Three of us.", False),
        (COACH, "Team?", "Me plus five other engineers.", True),
        # hundreds of people are people served, not a team
        (COACH, "员工数？", "四万五千人左右。", True),
        (COACH, "规模？", "六十家店，四千五百个员工。", False),
        # "到 34.2" is where it ended, not a change of 34.2 points
        (COACH, "BLEU？", "提升了 5.7 个点，到 34.2。", False),
        # a starting point whose end was not read as a number
        (COACH, "Prep time?", "Two hours to thirty minutes.", False),
        # counted things money and rounding in other words
        # one counted thing in other words (nouns.yaml): photos are the claimed images
        (["Tagged 40,000 product images."], "How many did you tag?", "About 9,000 photos.", True),
        (
            ["Tagged 40,000 product images."],
            "How many did you tag?",
            "Forty thousand photos.",
            False,
        ),
        (["Served 2M API calls a day."], "Traffic?", "Roughly 400k requests a day.", True),
        (["每周处理 8000 张工单。"], "一周多少？", "一周大概两千单。", True),
        # ... while different things still differ
        (["Served 2M API calls a day."], "Traffic?", "About 300 customers use it.", False),
        # money spent on people's work is a labour cost
        (["每年节省人力成本约 300 万元。"], "省了多少？", "一年大概省了八十万的人力。", True),
        # a round percentage rounds a few points, not ten
        (["Lifted recall from 70% to 95%."], "Recall now?", "Recall is at 90%.", True),
        (["Lifted recall from 70% to 88%."], "Recall now?", "Recall is at 90%.", False),
        # a bare change answers for the one claimed change
        # a bare change answers for the project's one claimed change
        (["召回率从 55% 提升到 80%。", "团队 3 人。"], "提升了多少？", "提升了大概 10%。", True),
        (["召回率从 55% 提升到 80%。", "团队 3 人。"], "提升了多少？", "提升了 25 个点。", False),
        (
            ["Lifted recall from 55% to 80%.", "Team of 3."],
            "How big was the gain?",
            "About 12%.",
            True,
        ),
        # ... not when the question asks about another measure
        (
            ["Lifted recall from 55% to 80%.", "Team of 3."],
            "How much did latency drop?",
            "About 12%.",
            False,
        ),
        # changes in other units and claimed counts
        # a change said from → to in its own unit gives the claimed multiple or percentage
        (
            ["Increased ingestion throughput 3x."],
            "How much faster?",
            "From 2,000 to 4,000 events a second.",
            True,
        ),
        (
            ["Increased ingestion throughput 3x."],
            "How much faster?",
            "From 1,500 to 4,500 events a second.",
            False,
        ),
        (["P99 延迟降低 70%"], "延迟降了多少？", "P99 从 800 毫秒降到了 600 毫秒。", True),
        (["P99 延迟降低 70%"], "延迟降了多少？", "P99 从一秒降到了三百毫秒左右。", False),
        # a claimed bare figure in the thousands that counts is an amount, not a rate
        (
            ["Scaled daily active users from 2,000 to 15,000."],
            "How many daily users now?",
            "About four thousand daily active users.",
            True,
        ),
        (
            ["Scaled daily active users from 2,000 to 15,000."],
            "How many daily users now?",
            "About fifteen thousand daily active users.",
            False,
        ),
        # dian opening a noun is no point
        # 点 opening a counted noun is no unit of points: a data size, not a rate
        (
            ["训练数据 1 亿条点击记录", "点击率提升 8%"],
            "数据量多大？",
            "大概一亿条点击记录。",
            False,
        ),
        (["训练数据 2 亿条点击日志", "点击率提升 12%"], "数据量？", "两亿条点击日志。", False),
        # points said as 个点 stay points
        (["准确率提升 12 个百分点"], "准确率提升了多少？", "提升了五个点左右。", True),
        (["准确率提升 12 个百分点"], "准确率提升了多少？", "差不多十二个点吧。", False),
        # stages thresholds and all told
        # a terse span answering how long a STAGE took is that stage's length, not the project's
        (SHIPPED, "How long did the A/B run?", "Three weeks.", False),
        (ZH_SHIP, "标注花了多久？", "两个月左右。", False),
        (ZH_SHIP, "CTR 是怎么测的？", "做了两周 A/B，实验组高了一点。", False),
        (SHIPPED, "How long did the whole thing take?", "Close to a year.", True),
        (ZH_SHIP, "从立项到上线用了多久？", "差不多十个月。", True),
        # a figure answering a question that asks for a threshold is where a rule draws its line
        (SHIPPED, "Cut-off for auto-approve?", "Confidence over 95%.", False),
        (ZH_SHIP, "相似度阈值设的多少？", "85%。", False),
        (SHIPPED, "What's the auto-approval accuracy now?", "About 72%.", True),
        # 前后 in a question is "all told", no starting point
        (ZH_SHIP, "上线前后花了多久？", "前后差不多两年吧。", True),
        (ZH_SHIP, "改造前后一共花了多长时间？", "五个月左右吧。", False),
    ],
)
def test_conflicts_with_the_resume(
    bullets: list[str], question: str, answer: str, conflict: bool
) -> None:
    assert has_conflict(bullets, question, answer) is conflict
