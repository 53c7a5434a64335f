"""Matching a question to the bank: the measured sets are well formed, and a wrong key is refused
where the question names a topic only in passing (numbers live in bench/bank.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import bank as bench_bank
from interviewer.bank import match as match_mod
from interviewer.bank.loader import load_dirs
from interviewer.errors import DataFileError
from interviewer.loader import builtin_dir, validate_file


@pytest.fixture(scope="module")
def bank():  # type: ignore[no-untyped-def]
    return load_dirs([builtin_dir("bank")])


def test_question_sets_name_real_ids(bank) -> None:  # type: ignore[no-untyped-def]
    for path in (
        bench_bank.UNTOUCHED,
        bench_bank.UNTOUCHED2,
        bench_bank.UNTOUCHED3,
        bench_bank.UNTOUCHED4,
        bench_bank.UNTOUCHED7,
    ):
        items = bench_bank._read(path)
        assert len(items) >= 60
        assert sum(i["question_id"] is None for i in items) >= 20  # HR, own project, off-bank
        for item in items:
            assert set(item) <= {"text", "lang", "question_id", "family", "also"}
            for qid in [item["question_id"], *item.get("also", [])]:
                assert qid is None or qid in bank.questions, (path.name, qid)


@pytest.mark.parametrize(
    ("text", "qid"),
    [
        (
            "When a model scores another model's outputs, what biases creep in?",
            "llm_evaluation.judge_biases",
        ),
        (
            "Let's talk about using a model as an evaluator. What systematic biases should we expect "
            "when one LLM grades another's answers?",
            "llm_evaluation.judge_biases",
        ),
        (
            "让一个模型去评审另一个模型的输出，有哪些系统性的偏见？怎么缓解？",
            "llm_evaluation.judge_biases",
        ),
        (
            "Using an LLM as the evaluator, is it better to compare two answers side by side or score "
            "each one alone?",
            "llm_evaluation.pairwise_vs_pointwise",
        ),
    ],
)
def test_a_model_grading_another_is_a_judge_by_any_name(bank, text: str, qid: str) -> None:  # type: ignore[no-untyped-def]
    # grader, evaluator, rater, 评委, 评审: the same thing as an LLM judge
    m = bank.match(text)
    assert m is not None and m.question.id == qid


def test_cue_file_validates_and_a_bad_one_names_the_field(tmp_path: Path) -> None:
    cues = validate_file(match_mod.CUES_FILE, match_mod.MatchCues)
    assert cues.own_work.en and cues.logistics.zh
    bad = tmp_path / "question_match.yaml"
    bad.write_text("own_work: {en: [a], zh: [b]}\nlogistic: {en: [], zh: []}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as e:
        validate_file(bad, match_mod.MatchCues)
    assert "logistic" in str(e.value)


@pytest.mark.parametrize(
    "text",
    [
        "On your resume you fine-tuned Qwen with LoRA. How big was the team, and what was your part?",
        "你简历里那个 RAG 项目，当时团队几个人？",
        "What's the difference between TCP and UDP?",
    ],
)
def test_a_topic_named_in_passing_gets_no_key(bank, text: str) -> None:  # type: ignore[no-untyped-def]
    assert bank.match(text) is None


@pytest.mark.parametrize(
    ("text", "qid"),
    [
        ("In your project, how did you evaluate retrieval? Recall@k, MRR?", "rag_evaluation"),
        ("聊聊 MoE", "moe"),  # terse: one term, nothing else said, strong match
        ("How does an LLM call a function, and who runs it?", "function_calling"),
    ],
)
def test_a_technical_question_keeps_its_key(bank, text: str, qid: str) -> None:  # type: ignore[no-untyped-def]
    m = bank.match(text)
    assert m is not None and m.question.topic == qid


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("What's the difference between a 401 and a 403 when the tool calls an API?", "a 401"),
        ("讲讲 Dropout 的原理，训练和推理有什么不一样", "dropout"),
        ("XGBoost 和随机森林有什么区别", "xgboost"),
        ("How does garbage collection work in Java?", "garbage collection"),
    ],
)
def test_what_a_question_asks_about_is_read_from_its_form(text: str, span: str) -> None:
    assert span in match_mod.asked_about(text)


def test_a_spoken_clause_is_not_read_as_a_subject() -> None:
    assert match_mod.asked_about("So what's really happening under the hood here?") == []
    assert match_mod.asked_about("Describe roughly what a reranker is buying you.") == []


@pytest.mark.parametrize(
    "text",
    [
        "XGBoost 和随机森林有什么区别",
        "Nginx 负载均衡有哪几种策略？",
        "What's the difference between a 401 and a 403 when the tool calls an API?",
        "MongoDB 和 MySQL 各有什么利弊？",
        "What are the pros and cons of Flink versus Spark Streaming?",
    ],
)
def test_a_subject_the_key_never_mentions_gets_no_key(bank, text: str) -> None:  # type: ignore[no-untyped-def]
    m, why = bank.decide(text)
    assert m is None and "does not cover" in why


@pytest.mark.parametrize(
    ("text", "qid"),
    [
        (
            "ReAct 和 CoT 有什么区别？",
            "agents.react",
        ),  # strong match: the span's wording may differ
        (
            "Explain continuous batching for me, and why throughput goes up.",
            "inference.continuous_batching",
        ),
        ("说说 MoE 里负载均衡损失是干什么的", "moe.load_balancing"),
    ],
)
def test_a_covered_subject_keeps_its_key(bank, text: str, qid: str) -> None:  # type: ignore[no-untyped-def]
    m = bank.match(text)
    assert m is not None and m.question.id == qid


def test_a_bad_span_pattern_names_the_field(tmp_path: Path) -> None:
    good = match_mod.CUES_FILE.read_text(encoding="utf-8")
    bad = tmp_path / "question_match.yaml"
    bad.write_text(good.replace("(?P<s>", "(?P<x>", 1), encoding="utf-8")
    with pytest.raises(DataFileError) as e:
        validate_file(bad, match_mod.MatchCues)
    assert "subject_spans" in str(e.value)


@pytest.mark.parametrize(
    "text",
    [
        "How long did it take you to get the fine-tuned model good enough to ship?",
        "Looking back at the vLLM migration you led, what would you do differently?",
        "你们当时上 MCP 的时候，业务方是什么反应？",
    ],
)
def test_own_work_is_the_second_person_with_their_work_or_past(text: str) -> None:
    assert match_mod.about_own_work(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you could start your fine-tuning project over, what would you change?",
        "Say you rebuilt your quantization pipeline: what would you keep?",
        "你这个向量检索项目要是重做一遍，你会改哪些地方？",
        "你们那个 agent 项目后来为什么没上线？",
        "你们的 GraphRAG 系统上线之后效果怎么样，用户用得多吗？",
    ],
)
def test_going_back_over_their_own_project_is_own_work(text: str) -> None:
    assert match_mod.about_own_work(text)


def test_a_scenario_built_from_scratch_is_not_own_work() -> None:
    assert not match_mod.about_own_work(
        "If you had to build a RAG pipeline from scratch, how would you choose the chunk size?"
    )


@pytest.mark.parametrize(
    "text",
    [
        "In your chatbot, how did you keep retrieved chunks from losing their source?",
        "Imagine your team has a week to ship a bot; who should own the eval set?",
        "假设你们团队要上线一个客服问答，你会选微调还是 RAG？谁来负责？",
    ],
)
def test_a_method_or_a_hypothetical_is_not_own_work(text: str) -> None:
    assert not match_mod.about_own_work(text)


@pytest.mark.parametrize(
    "text",
    [
        "How did you choose the chunk size for your RAG index?",
        "你们 RAG 的切片大小是怎么定的？",
        "Why did you pick Qwen over Llama as the base for your fine-tune?",
    ],
)
def test_the_candidates_own_choice_gets_no_key(bank, text: str) -> None:  # type: ignore[no-untyped-def]
    m, why = bank.decide(text)
    assert m is None and "choice of their own" in why


def test_a_choice_asked_in_general_or_worded_so_by_the_bank_keeps_its_key(bank) -> None:  # type: ignore[no-untyped-def]
    for text in ("How would you choose the chunk size for a RAG index?", "切片大小怎么定？"):
        m = bank.match(text)
        assert m is not None and m.question.topic == "rag_chunking", text
    m = bank.match("How did you choose your embedding model?")  # the bank asks exactly this
    assert m is not None and m.question.id == "embeddings.choose_model"


def test_own_work_needs_both_cues() -> None:
    assert match_mod.about_own_work("I see DPO on your resume. Who decided the budget?")
    assert not match_mod.about_own_work(
        "I see DPO on your resume. How does it drop the reward model?"
    )
    assert not match_mod.about_own_work("Who decided that the reward model can be dropped?")


def test_decide_says_why_no_key_is_used(bank) -> None:  # type: ignore[no-untyped-def]
    m, why = bank.decide("你简历里那个 RAG 项目，当时团队几个人？")
    assert m is None and why
    m, why = bank.decide("聊聊 MoE")
    assert m is not None and why == ""


def test_decision_carries_the_ranking_it_was_made_from(bank) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "聊聊 MoE",
        "你简历里那个 RAG 项目，当时团队几个人？",
        "XGBoost 和随机森林有什么区别",
    ):
        d = bank.decision(text)
        assert (d.match, d.why) == bank.decide(text)
        assert [m.question.id for m in d.ranked[:3]] == [
            m.question.id for m in bank.scored(text)[:3]
        ]


@pytest.mark.parametrize(
    "text",
    [
        "Do you think agents will still need hand-written workflows five years from now?",
        "你觉得向量数据库未来会被长上下文取代吗？",
        "Tell me about a time you shipped something you weren't proud of.",
        "你业余时间会自己微调模型玩吗？",
    ],
)
def test_an_opinion_of_the_future_or_a_personal_question_is_not_a_topic(text: str) -> None:
    assert match_mod.not_a_topic_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "Do you think a lower top-p makes the output more diverse?",
        "你觉得 LoRA 的 B 矩阵为什么要初始化成零？",
        "Tell me how PagedAttention stores the KV cache.",
    ],
)
def test_an_opinion_frame_about_a_fact_is_a_topic(text: str) -> None:
    assert not match_mod.not_a_topic_question(text)


def test_the_candidates_people_point_at_their_own_work() -> None:
    assert match_mod.about_own_work("What did your manager think when the eval numbers dropped?")
    assert match_mod.about_own_work("你们组长当时对这个方案怎么评价？")


def test_a_name_the_bank_never_uses_refuses_a_key_that_is_not_about_it(bank) -> None:  # type: ignore[no-untyped-def]
    m, why = bank.decide("How does Terraform lock its state file when two people apply at once?")
    assert m is None and "Terraform" in why
    # a name in passing beside what a key is about keeps the key
    m = bank.match("We store vectors in Milvus. What do efConstruction and efSearch control?")
    assert m is not None and m.question.id == "embeddings.hnsw_params"


@pytest.mark.parametrize(
    "text",
    [
        "Can you unpack that a bit?",
        "那这样做的代价是什么？",
        "Why would that be a problem in practice?",
    ],
)
def test_a_bare_follow_up_gets_no_key(bank, text: str) -> None:  # type: ignore[no-untyped-def]
    assert bank.match(text) is None


@pytest.mark.parametrize(
    ("text", "qid"),
    [
        (
            "Why does that happen even at temperature zero?",
            "sampling.temperature_zero_nondeterminism",
        ),
        ("那 chunk 之间的重叠一般留多少？", "rag_chunking.overlap"),
    ],
)
def test_a_follow_up_naming_its_subject_keeps_its_key(bank, text: str, qid: str) -> None:  # type: ignore[no-untyped-def]
    m = bank.match(text)
    assert m is not None and m.question.id == qid


@pytest.mark.parametrize(
    ("text", "qid", "out", "kept"),
    [
        ("Why does LoRA initialise B to zero?", "lora.init_scaling", "alpha_scaling", "b_zero"),
        ("LoRA 里 B 矩阵为什么初始化为 0？", "lora.init_scaling", "alpha_scaling", "b_zero"),
        (
            "so why's the B matrix all zeros at the start in LoRA?",
            "lora.init_scaling",
            "alpha_scaling",
            "not_both_zero",
        ),
        ("讲讲 DPO 里 β 的作用。", "alignment.dpo", "no_reward_model", "beta_kl"),
        ("In DPO, what is beta for?", "alignment.dpo", "log_ratio_loss", "beta_kl"),
    ],
)
def test_key_points_are_scoped_to_what_the_question_asks(
    bank, text: str, qid: str, out: str, kept: str
) -> None:  # type: ignore[no-untyped-def]
    asked = bank.asked_points(text, bank.get(qid))
    assert out not in asked and kept in asked


@pytest.mark.parametrize(
    ("text", "qid"),
    [
        (
            "How are LoRA's A and B matrices initialised, and what does alpha do?",
            "lora.init_scaling",
        ),
        ("LoRA 的 A、B 怎么初始化？alpha 干什么用？", "lora.init_scaling"),
        ("How does DPO work?", "alignment.dpo"),
        ("DPO 的原理是什么？", "alignment.dpo"),
        ("What does each stage of DeepSpeed ZeRO shard?", "distributed.zero_stages"),
    ],
)
def test_a_question_asking_the_whole_keeps_every_key_point(bank, text: str, qid: str) -> None:  # type: ignore[no-untyped-def]
    q = bank.get(qid)
    assert set(bank.asked_points(text, q)) == {k.id for k in q.key_points}


@pytest.mark.parametrize(
    "text",
    [
        "IA3 rescales activations with learned vectors instead of adding low-rank matrices. How much does that save?",
        "IPO 相比 DPO 改了损失的哪一部分？为什么能缓解过拟合偏好数据？",
        "StreamingLLM keeps a handful of attention-sink tokens in the cache. Why do those first tokens matter so much?",
        "GaLore 把梯度投影到低秩子空间来省优化器显存，它跟 LoRA 的思路有什么不同？",
        "SPIN 自我博弈微调是怎么不用新的人工标注就继续提升模型的？",
    ],
)
def test_a_coined_method_beside_a_bank_subject_gets_no_key(bank, text: str) -> None:  # type: ignore[no-untyped-def]
    assert bank.match(text) is None


@pytest.mark.parametrize(
    ("text", "qid"),
    [
        (
            "我们在 K8s 上用 vLLM 部署，它的 PagedAttention 为什么能减少显存碎片？",
            "vllm.paged_attention",
        ),
        (
            "We run Qdrant in production; what do M and efSearch control in its HNSW index?",
            "embeddings.hnsw_params",
        ),
        ("ReAct 和 CoT 有什么区别？", "agents.react"),
        ("GRPO 跟 PPO 比省掉了哪个模型？", "alignment.grpo"),
    ],
)
def test_a_known_acronym_or_a_product_as_setting_keeps_the_key(bank, text: str, qid: str) -> None:  # type: ignore[no-untyped-def]
    m = bank.match(text)
    assert m is not None and m.question.id == qid


#: Session 15: a method named with an ordinary capitalised word (Kangaroo, Clover, Griffin,
#: Shampoo) is a name like a coined one: the question asks about that method. A capitalised word
#: opening an English sentence is such a name only when a verb follows it (a bare noun does not
#: open a statement: "Imagine a …", "Explain …" are not names), and a name that uses a bank
#: concept ("Why does Mistral use GQA?") is the setting, not the subject.
ORDINARY_WORD_NAMES = [
    "Kangaroo does self-speculative decoding with an early-exit subnetwork as the drafter. How is the exit layer picked?",
    "How does Clover make its draft heads depend on each other, and why does that raise acceptance over independent heads?",
    "Griffin 把门控线性循环和局部注意力混在一起，它推理时的显存为什么不随序列长度增长？",
    "Shampoo keeps a full preconditioner per layer. Why is that more memory-hungry than Adam's moments?",
    "Prodigy 优化器为什么号称不用手动调学习率？它是怎么估计步长的？",
]


@pytest.mark.parametrize("text", ORDINARY_WORD_NAMES)
def test_a_method_named_with_an_ordinary_word_gets_no_key(bank, text: str) -> None:  # type: ignore[no-untyped-def]
    assert bank.match(text) is None


@pytest.mark.parametrize(
    ("text", "qid"),
    [
        ("Why does Mistral use GQA instead of MHA?", "attention.mqa_gqa"),
        ("Qwen 为什么采用 GQA？和 MHA 比有什么好处？", "attention.mqa_gqa"),
        (
            "Falcon and LLaMA both dropped the encoder. Why are almost all LLMs decoder-only now?",
            "architectures.why_decoder_only",
        ),
        (
            "Explain speculative decoding: how does a draft model speed up generation without changing the output distribution?",
            "inference.speculative_decoding",
        ),
        (
            "Imagine your chatbot's p95 latency spikes every day at noon. Where do you look first?",
            "design_scenarios.p95_spike",
        ),
    ],
)
def test_an_ordinary_capitalised_word_that_is_no_subject_keeps_the_key(
    bank, text: str, qid: str
) -> None:  # type: ignore[no-untyped-def]
    m = bank.match(text)
    assert m is not None and m.question.id == qid


@pytest.mark.xfail(
    strict=True,
    reason="a name asked about beside most of a bank question's words: above confidence .5 the "
    "bank question wins (SUBJECT_CONFIDENCE), so the asked-about name is not decisive there",
)
def test_a_named_method_asked_about_inside_a_bank_subject_gets_no_key(bank) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In speculative decoding, what does Kangaroo change about where the draft tokens come from?"
    )
    assert bank.match(text) is None


@pytest.mark.parametrize(
    ("text", "qid"),
    [
        ("Pinecone 里 HNSW 的 M 和 efSearch 分别控制什么？", "embeddings.hnsw_params"),
        ("Elasticsearch 里怎么把 BM25 和向量检索一起用？为什么要混合？", "rag_retrieval.hybrid"),
        (
            "Anthropic introduced MCP as an open protocol. What problem does it solve?",
            "mcp.what_it_is",
        ),
        ("Triton 部署的时候 continuous batching 是怎么工作的？", "inference.continuous_batching"),
    ],
)
def test_a_name_as_setting_origin_or_instance_keeps_the_key(bank, text: str, qid: str) -> None:  # type: ignore[no-untyped-def]
    m = bank.match(text)
    assert m is not None and m.question.id == qid
