"""Key-point detection reads relations: polarity, direction, negation scope, implied subjects."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from interviewer.bank.detector import detect
from interviewer.bank.loader import Bank, load_dirs
from interviewer.bank.schema import BankQuestion
from interviewer.loader import builtin_dir


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_dirs([builtin_dir("bank")])


def q(bank: Bank, qid: str) -> BankQuestion:
    return bank.get(qid)


def verdict(question: BankQuestion, answer: str) -> tuple[list[str], list[str], list[str]]:
    r = detect(question, answer)
    return r.hit_ids(), [c.id for c in r.contradicted], [m.id for m in r.misconceptions]


@pytest.mark.parametrize(
    "answer",
    [
        "PagedAttention is not an eviction policy; it pages the KV cache into blocks.",
        "PagedAttention 不是 LRU 淘汰策略，而是把 KV cache 切成块来管理。",
        "It isn't, um, an LRU thing at all. KV cache gets chopped into blocks.",
        "很多人以为 PagedAttention 是 LRU 淘汰，其实它是分页管理 KV 缓存的块。",
    ],
)
def test_denied_eviction_is_not_the_misconception(bank: Bank, answer: str) -> None:
    hit, _, wrong = verdict(q(bank, "vllm.paged_attention"), answer)
    assert wrong == [] and "blocks" in hit


@pytest.mark.parametrize(
    "answer",
    [
        "PagedAttention is an LRU eviction policy for the KV cache.",
        "PagedAttention 就是一种 LRU 淘汰，显存满了把最久没用的淘汰掉。",
    ],
)
def test_asserted_eviction_is_the_misconception(bank: Bank, answer: str) -> None:
    _, _, wrong = verdict(q(bank, "vllm.paged_attention"), answer)
    assert wrong == ["eviction_policy"]


@pytest.mark.parametrize(
    ("answer", "right"),
    [
        ("Lower top-p leaves fewer candidates, so the text is less diverse.", True),
        ("Lower top-p makes the text more diverse.", False),
        ("Higher top-p gives more varied output, a lower one more predictable output.", True),
        ("top-p 越小，输出越保守。", True),
        ("top-p 调低以后输出更发散、更多样。", False),
        ("嗯，那个 top-p 小一点的话，就，更确定一些吧。", True),
        ("When you turn top-p down it becomes less random.", True),
    ],
)
def test_direction_of_top_p(bank: Bank, answer: str, right: bool) -> None:
    hit, contra, wrong = verdict(q(bank, "sampling.top_p_direction"), answer)
    if right:
        assert "less_diverse" in hit and not wrong
    else:
        assert "less_diverse" in contra and wrong == ["lower_top_p_more_diverse"]


def test_implied_subject_uses_the_question_premise(bank: Bank) -> None:
    # "If you lower top-p…": an answer that only says what happens is read with the premise.
    hit, _, wrong = verdict(q(bank, "sampling.top_p_direction"), "Output gets more conservative.")
    assert "less_diverse" in hit and not wrong


def test_a_rival_named_in_the_sentence_is_not_the_implied_subject(bank: Bank) -> None:
    hit, _, _ = verdict(
        q(bank, "sampling.top_p_direction"), "Lower temperature is more conservative."
    )
    assert "less_diverse" not in hit


def test_a_question_in_the_answer_asserts_nothing(bank: Bank) -> None:
    _, _, wrong = verdict(
        q(bank, "vllm.paged_attention"), "Is PagedAttention an LRU eviction policy?"
    )
    assert wrong == []


def test_spans_quote_the_original_text(bank: Bank) -> None:
    answer = "Ｐａｇｅｄ\u200bAttention keeps the KV cache in blocks, and that is the point."
    r = detect(q(bank, "vllm.paged_attention"), answer)
    span = next(h.span for h in r.hit if h.id == "blocks")
    assert answer[span.start : span.end] == span.text
    assert "KV cache in blocks" in span.text


def test_coverage_and_missed(bank: Bank) -> None:
    question = q(bank, "vllm.paged_attention")
    r = detect(question, "")
    assert r.hit == [] and r.missed == [k.id for k in question.key_points] and r.coverage == 0


@pytest.mark.parametrize(
    ("answer", "wrong"),
    [
        ("ZeRO-1 shards optimizer states, ZeRO-2 adds gradients and ZeRO-3 the parameters.", []),
        ("ZeRO-1 只切优化器状态，参数每张卡还是完整一份；切参数要到 ZeRO-3。", []),
        ("ZeRO-1 already shards the parameters across GPUs.", ["stage1_shards_parameters"]),
        ("ZeRO-2 是把模型参数切分到各个卡上。", ["stage2_shards_parameters"]),
    ],
)
def test_each_stage_binds_to_its_own_object(bank: Bank, answer: str, wrong: list[str]) -> None:
    _, _, asserted = verdict(q(bank, "distributed.zero_stages"), answer)
    assert asserted == wrong


def test_an_elided_verb_carries_its_direction(bank: Bank) -> None:
    # "saves memory, not compute": compute is NOT reduced, so the speed-up myth is not asserted.
    hit, _, wrong = verdict(
        q(bank, "distributed.grad_accumulation"),
        "It saves memory, not compute, so it is no faster.",
    )
    assert "saves_memory_not_compute" in hit and wrong == []


def test_topic_first_negation_and_phrase_negation(bank: Bank) -> None:
    metrics = q(bank, "inference.latency_metrics")
    hit, _, wrong = verdict(metrics, "看平均延迟就够了，p99 那种长尾没必要看。")
    assert "percentiles" not in hit and wrong == ["average_enough"]
    # "without the scaling" denies the scaling only, not the saturation that follows
    scaled = q(bank, "attention.scaled_dot_product")
    hit, _, _ = verdict(scaled, "Without the scaling the softmax saturates and gradients vanish.")
    assert "softmax_saturates" in hit


def test_the_subject_of_the_previous_sentence_carries_over(bank: Bank) -> None:
    why = q(bank, "inference.kv_cache_why")
    hit, _, _ = verdict(
        why, "Every new token attends to the earlier tokens. Their keys and values are kept."
    )
    assert "stores_past_kv" in hit
    # …but not when the sentence names a rival of it
    causal = q(bank, "attention.causal_mask")
    _, _, wrong = verdict(
        causal, "Decoder-only models use causal attention. BERT is bidirectional."
    )
    assert wrong == []


def test_spoken_padding_between_commas_is_not_a_clause(bank: Bank) -> None:
    size = q(bank, "inference.kv_cache_size")
    _, _, wrong = verdict(
        size, "It's layers times hidden size times bytes, you don't need to, like, double it."
    )
    assert wrong == ["forgets_two"]


def test_a_bare_topic_clause_takes_the_direction_of_the_next_clause(bank: Bank) -> None:
    knobs = q(bank, "sampling.three_knobs")
    _, _, wrong = verdict(knobs, "Top-p, if you make it lower, the output gets more creative.")
    assert wrong == ["lower_top_p_more_diverse"]


def test_a_comparison_object_is_not_the_subject(bank: Bank) -> None:
    gqa = q(bank, "attention.mqa_gqa")
    hit, _, _ = verdict(gqa, "GQA groups the query heads, so you get quality close to MHA.")
    assert "gqa_tradeoff" in hit


def test_lay_words_are_read_like_the_textbook_ones(bank: Bank) -> None:
    paged = q(bank, "vllm.paged_attention")
    hit, _, wrong = verdict(
        paged,
        "The attention memory is kept in little equal-sized pages, and a lookup table says where "
        "each page sits on the card; you only grab a new page when the request grows.",
    )
    assert {"blocks", "block_table", "on_demand"} <= set(hit) and wrong == []


@pytest.mark.parametrize(
    "answer",
    [
        "Unlike an LRU eviction policy, PagedAttention splits the KV cache into blocks.",
        "不同于 LRU 淘汰，PagedAttention 是把 KV cache 分块管理。",
        "PagedAttention 跟 LRU 淘汰没关系，它是把 KV cache 分块管理。",
        "PagedAttention has nothing to do with LRU eviction; it pages the KV cache into blocks.",
    ],
)
def test_contrasts_and_denied_relations_do_not_assert_the_misconception(
    bank: Bank, answer: str
) -> None:
    hit, _, wrong = verdict(q(bank, "vllm.paged_attention"), answer)
    assert "blocks" in hit and wrong == []


@pytest.mark.parametrize(
    ("answer", "wrong"),
    [
        (
            "Going from 0.9 to 0.5 on top-p makes the text more varied.",
            ["lower_top_p_more_diverse"],
        ),
        ("top-p 从 0.9 调到 0.5，long tail 的词进不来，输出更保守。", []),
    ],
)
def test_numbers_say_which_way_a_setting_moved(bank: Bank, answer: str, wrong: list[str]) -> None:
    _, _, asserted = verdict(q(bank, "sampling.top_p_direction"), answer)
    assert asserted == wrong


def test_a_chinese_pause_keeps_two_clauses_apart(bank: Bank) -> None:
    # "没那么多限制了" does not reach past "，嗯，" to deny "更放飞"
    _, _, wrong = verdict(
        q(bank, "sampling.top_p_direction"),
        "top-p 小了，模型就没那么多限制了，嗯，写得会更放飞一点。",
    )
    assert wrong == ["lower_top_p_more_diverse"]


@pytest.mark.parametrize(
    "answer",
    [
        "Randomness goes up with the temperature.",
        "输出的随机程度随着温度一起变大。",
    ],
)
def test_a_quantity_tied_to_another_moves_with_it(bank: Bank, answer: str) -> None:
    hit, contra, _ = verdict(q(bank, "sampling.three_knobs"), answer)
    assert "temperature_scales_logits" in hit and contra == []


def test_otherwise_states_what_the_action_prevents(bank: Bank) -> None:
    stages = q(bank, "training_stages.continued_pretraining")
    hit, contra, _ = verdict(stages, "要混一些通用数据进去，否则会遗忘原来的能力。")
    assert "replay_general" in hit and contra == []
    hit, _, _ = verdict(stages, "Replay some general data, otherwise it forgets.")
    assert "replay_general" in hit


def test_a_misconception_in_an_otherwise_clause_is_not_asserted(bank: Bank) -> None:
    _, _, wrong = verdict(
        q(bank, "distributed.parallelism_kinds"),
        "张量并行每层都要通信，得放在一台机器里，不然跨机器的话通信扛不住。",
    )
    assert wrong == []


def test_rivals_joined_by_both_share_the_relation(bank: Bank) -> None:
    _, _, wrong = verdict(
        q(bank, "tokenization.bpe_wordpiece_unigram"),
        "WordPiece and BPE both merge the most frequent pair each time.",
    )
    assert wrong == ["wordpiece_same_as_bpe"]


def test_respectively_only_matters_when_rivals_are_listed(bank: Bank) -> None:
    hit, _, _ = verdict(
        q(bank, "tokenization.bpe_wordpiece_unigram"),
        "WordPiece 选的是 pair 频率除以两边各自频率的 score。",
    )
    assert "wordpiece_score" in hit


def test_a_negation_inside_a_modifier_denies_the_modifier_only(bank: Bank) -> None:
    byte_level = q(bank, "tokenization.byte_level")
    _, _, wrong = verdict(
        byte_level, "It turns a rare character that is not in its vocabulary into [UNK]."
    )
    assert wrong == ["byte_level_unk"]
    _, _, wrong = verdict(byte_level, "词表里没有的生僻字会变成 [UNK]。")
    assert wrong == ["byte_level_unk"]


def test_inner_words_of_a_term_take_their_endings(bank: Bank) -> None:
    hit, _, _ = verdict(
        q(bank, "training_stages.base_vs_chat"), "After SFT it behaves like an assistant."
    )
    assert "sft_teaches_chat" in hit


def test_a_sentence_with_its_own_subject_does_not_inherit_the_last_one(bank: Bank) -> None:
    hit, _, _ = verdict(
        q(bank, "training_stages.base_vs_chat"),
        "基座模型懂得太少了。SFT 就是往里面灌知识嘛。",
    )
    assert "knowledge_already_there" not in hit


@pytest.mark.parametrize(
    ("answer", "right"),
    [
        ("B starts at zero and A is random, so the update is zero at first.", True),
        ("One of them starts random and the other at all zeros, so BA is zero.", True),
        ("A starts at zero and B is random, so the update is zero at first.", False),
        ("A 初始化成 0，B 用随机数初始化，这样一开始增量是零。", False),
        ("B 初始化成 0，A 随机初始化。", True),
    ],
)
def test_a_role_less_claim_is_said_of_its_clause_subject(
    bank: Bank, answer: str, right: bool
) -> None:
    hit, _, _ = verdict(q(bank, "lora.init_scaling"), answer)
    assert ("b_zero" in hit) is right


@pytest.mark.parametrize(
    ("answer", "right"),
    [
        (
            "A small draft model proposes a few tokens and the large model verifies them at once.",
            True,
        ),
        ("The large model drafts the tokens and the small model checks them.", False),
        ("大模型先生成草稿，小模型来验证。", False),
    ],
)
def test_who_verifies_is_the_target_model(bank: Bank, answer: str, right: bool) -> None:
    hit, _, _ = verdict(q(bank, "inference.speculative_decoding"), answer)
    assert ("draft_then_verify" in hit) is right


@pytest.mark.parametrize(
    "text",
    [
        "分辨率翻一倍，块数是四倍",
        "the tokens grow 4x larger",
        "变成 4 倍",
        "a fourfold increase",
        # session 11: a multiple of what it is compared with, one more share of a cost
        "用量是单 agent 的好几倍",
        "能是普通对话的十几倍",
        "大概是聊天的 15 倍",
        "就多一份开销",
        "每轮多花一些钱",
    ],
)
def test_multiples_say_up(text: str) -> None:
    from interviewer.bank.lexicon import lexicon
    from interviewer.bank.text import find, normalise

    norm = normalise(text).text
    assert find(lexicon().up.all(), norm)


@pytest.mark.parametrize("text", ["显存是 FP16 的四分之一", "大多出现在开头", "不多花钱"])
def test_a_fraction_or_a_denied_more_is_not_up(text: str) -> None:
    from interviewer.bank.lexicon import lexicon
    from interviewer.bank.text import find, normalise

    norm = normalise(text).text
    assert not [
        t
        for t in find(lexicon().up.all(), norm)
        if "倍" in norm[t[0] : t[1]] or "多" in norm[t[0] : t[1]]
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "多 agent 的 token 用量是单 agent 的好几倍。",
        "缺点是花的 token 能是普通对话的十几倍。",
        "多一个 agent 就多一份 token 开销。",
    ],
)
def test_a_multiple_of_a_comparison_is_more_tokens(bank: Bank, answer: str) -> None:
    hit, _, wrong = verdict(q(bank, "agents.multi_agent"), answer)
    assert "token_cost" in hit and not wrong


def test_a_name_containing_a_word_does_not_state_it(bank: Bank) -> None:
    # "字节级 BPE" contains "字节" but says nothing of bytes being the base units
    answer = "字节级 BPE 对于词表中未收录的生僻字，仍然会输出 [UNK]。"
    hit, _, wrong = verdict(q(bank, "tokenization.byte_level"), answer)
    assert "bytes_as_base" not in hit and wrong == ["byte_level_unk"]


@pytest.mark.parametrize(
    ("answer", "right"),
    [
        ("A larger beta keeps the policy closer to the reference model.", True),
        ("β 控制策略能偏离参考模型多远。", True),
        ("A smaller beta keeps the policy closer to the reference model.", False),
        ("Beta 越小，模型越贴近参考模型。", False),
    ],
)
def test_naming_a_relation_with_its_direction_reversed_earns_no_credit(
    bank: Bank, answer: str, right: bool
) -> None:
    """A plain claim ("β … reference model") does not hold when the answer reverses a signed
    claim over the same concepts ("a smaller β keeps it closer")."""
    hit, _, _ = verdict(q(bank, "alignment.dpo"), answer)
    assert ("beta_kl" in hit) is right


def _without_coverage(question: BankQuestion, answer: str) -> list[str]:
    from interviewer.bank import coverage

    saved = dict(coverage.THRESHOLD)
    coverage.THRESHOLD.update(en=9.0, zh=9.0)
    try:
        return detect(question, answer).hit_ids()
    finally:
        coverage.THRESHOLD.update(saved)


def test_a_point_described_without_its_components_names_is_credited(bank: Bank) -> None:
    # "query heads into groups that each share one K and V head" names no GQA component the key
    # knows (a group, a shared K/V head) in its own terms; read without the question's subject
    # (GQA), which since session 10 lets the relation be read with GQA implied
    question = q(bank, "attention.mqa_gqa").model_copy(update={"subject": []})
    answer = (
        "Somewhere in between: split the query heads into groups that each share one K and V "
        "head, between the two extremes."
    )
    assert "gqa_groups" not in _without_coverage(question, answer)
    assert "gqa_groups" in detect(question, answer).hit_ids()


@pytest.mark.parametrize(
    ("qid", "answer", "point"),
    [
        # denied where the point affirms
        (
            "attention.mqa_gqa",
            "The query heads are not put into groups, and no group shares one key head.",
            "gqa_groups",
        ),
        # a rival stands where the point's component would: the relation decides, not the words
        (
            "sampling.three_knobs",
            "Top-p keeps only the k most likely tokens, renormalises and samples from them.",
            "top_k_fixed",
        ),
    ],
)
def test_the_same_words_in_another_relation_are_not_credited_by_coverage(
    bank: Bank, qid: str, answer: str, point: str
) -> None:
    assert point not in detect(q(bank, qid), answer).hit_ids()


@pytest.mark.parametrize(
    "answer",
    [
        "Accumulating gradients speeds training up: with fewer optimizer steps the total compute "
        "goes down.",
        "梯度累积能让训练更快，因为 optimizer step 变少了，总计算量也少了。",
    ],
)
def test_words_shared_with_an_asserted_misconception_credit_no_plain_claim(
    bank: Bank, answer: str
) -> None:
    # "fewer optimizer steps" names the point's terms, but inside the claim that accumulation
    # saves compute: the clause asserts the misconception, so the point is not credited there
    hit, _, wrong = verdict(q(bank, "distributed.grad_accumulation"), answer)
    assert wrong == ["accumulation_speeds_up"]
    assert "accumulate_then_step" not in hit


@pytest.mark.parametrize(
    "answer",
    [
        "显存紧的时候，没人引用的 block 按 LRU 顺序回收。",
        "显存紧张时，不再被引用的缓存块按 LRU 回收。",
    ],
)
def test_a_negated_modifier_does_not_deny_its_noun(bank: Bank, answer: str) -> None:
    """'没人引用的 block' names the blocks nobody references; it does not deny the blocks."""
    hit, contradicted, _ = verdict(q(bank, "vllm.prefix_caching"), answer)
    assert "lru_free_blocks" in hit and "lru_free_blocks" not in contradicted


@pytest.mark.parametrize(
    "answer",
    [
        "Keeps the earlier keys and values per layer, so it no longer has to redo the prefix.",
        "历史 token 的 key/value 每层留一份，前缀不必再算第二遍。",
        "每层存着之前 token 的 K、V，这样省掉了对前面整段的重复计算。",
    ],
)
def test_a_denied_cost_does_not_deny_what_it_is_said_of(bank: Bank, answer: str) -> None:
    """'no need to recompute the prefix' denies the recomputation, not that the prefix is kept."""
    hit, contradicted, _ = verdict(q(bank, "inference.kv_cache_why"), answer)
    assert {"stores_past_kv", "no_recompute"} <= set(hit) and contradicted == []


def test_the_reversed_cache_is_still_contradicted(bank: Bank) -> None:
    answer = "KV cache 并不存之前 token 的 K 和 V，每一步还是要把前缀重新算一遍。"
    hit, contradicted, _ = verdict(q(bank, "inference.kv_cache_why"), answer)
    assert hit == [] and "stores_past_kv" in contradicted


@pytest.mark.parametrize(
    "answer",
    [
        "DPO 省掉了训练奖励模型这一步，直接在偏好对上训练。",
        "DPO gets rid of the separate reward model and trains on the pairs directly.",
    ],
)
def test_a_removal_word_states_a_denial(bank: Bank, answer: str) -> None:
    hit, contradicted, _ = verdict(q(bank, "alignment.dpo"), answer)
    assert "no_reward_model" in hit and "no_reward_model" not in contradicted


def test_do_it_again_asserted_is_not_no_recompute(bank: Bank) -> None:
    hit, contra, _ = verdict(
        q(bank, "inference.kv_cache_why"), "每生成一个字都把前面的再 forward 一次。"
    )
    assert "no_recompute" not in hit and "no_recompute" in contra


def test_the_correction_after_a_reported_belief_is_credited(bank: Bank) -> None:
    # the topic is named only inside the belief; the speaker's clause after 事实上 is about it
    hit, _, wrong = verdict(
        q(bank, "vllm.paged_attention"),
        "网上流传的说法是 PagedAttention 就是 LRU 淘汰最久没用的 KV，事实上它是按需分配固定大小的块。",
    )
    assert {"blocks", "on_demand"} <= set(hit) and not wrong


@pytest.mark.parametrize(
    "answer",
    [
        "量化以后参数没有减少。",
        "量化以后参数一个都没少。",
        "参数量并没有因为量化而降低，只是位数变少。",
        "The number of parameters is not reduced by quantisation.",
    ],
)
def test_topic_first_then_a_denied_change(bank: Bank, answer: str) -> None:
    # the negation stands between the quantity and its direction word: the change is denied
    _, _, wrong = verdict(q(bank, "quantization.basics"), answer)
    assert "fewer_params" not in wrong


def test_topic_first_denied_change_keeps_the_other_direction(bank: Bank) -> None:
    hit, _, wrong = verdict(
        q(bank, "sampling.top_p_direction"), "top-p 调低以后，候选词并没有变多，反而变少了。"
    )
    assert "fewer_candidates" in hit and not wrong


def test_a_framed_belief_then_judged_false_is_denied_once(bank: Bank) -> None:
    # "以为" already denies the belief; the judgment after it is its correction, not a 2nd denial
    _, contradicted, _ = verdict(
        q(bank, "agent_evaluation.tool_call_accuracy"),
        "很多团队以为只要调用能 parse 成 JSON 就算调对了，其实不是这么回事。",
    )
    assert "irrelevance" not in contradicted


class Case(NamedTuple):
    """One answer to one question and what must (not) be read from it."""

    family: str
    qid: str
    answer: str
    hit: tuple[str, ...] = ()
    """Key points credited."""
    not_hit: tuple[str, ...] = ()
    """Key points not credited."""
    wrong: tuple[str, ...] = ()
    """Misconceptions asserted (exactly these when `exact_wrong`)."""
    not_wrong: tuple[str, ...] = ()
    """Misconceptions not asserted."""
    not_contra: tuple[str, ...] = ()
    """Key points not read as stated the other way round."""
    no_wrong: bool = False
    """No misconception at all."""
    exact_wrong: bool = False


#: Every (question, answer) → reading case of the relation families, in one table; each row names
#: its family. Session 9 (bank21): a key point said in spoken words its terms do not spell out (a
#: demonstrative where a zh term has 的, a denied "do it again", any verb of seeing, a count of
#: Chinese tokens added, 猜中/猜准 as acceptance). Session 10: a belief reported as others' in
#: frames other than "people think". Session 11: the speaker rejects a reported belief and states
#: their own claim. Session 12: a statement the speaker judges false right after making it ("Not
#: true.", "这是错的", "It doesn't.", "I pushed back") is denied, not asserted.
CASES = [
    Case(
        family="a definition tells what ONE compared thing is: another compared thing's property said in it ('MRR is the share of relevant passages in the top k', '忠实性幻觉是编造不存在的论文') is not that thing's key point, nor the defined thing's (session 15); controls: right definitions, lists of stages",
        qid="hallucination.types",
        answer="Factuality hallucination is when a summary says something that isn't in the source document; faithfulness hallucination is inventing papers that don't exist.",
        not_hit=("factuality", "faithfulness"),
    ),
    Case(
        family="a definition tells what ONE compared thing is: another compared thing's property said in it ('MRR is the share of relevant passages in the top k', '忠实性幻觉是编造不存在的论文') is not that thing's key point, nor the defined thing's (session 15); controls: right definitions, lists of stages",
        qid="hallucination.types",
        answer="忠实性幻觉是编造现实里不存在的论文和人物；事实性幻觉是摘要里写了原文没有的内容。",
        not_hit=("factuality", "faithfulness"),
    ),
    Case(
        family="a definition tells what ONE compared thing is: another compared thing's property said in it ('MRR is the share of relevant passages in the top k', '忠实性幻觉是编造不存在的论文') is not that thing's key point, nor the defined thing's (session 15); controls: right definitions, lists of stages",
        qid="rag_evaluation.retrieval_metrics",
        answer="MRR is the share of the relevant passages that show up in the top k; recall@k averages one over the rank of the first relevant hit.",
        not_hit=("recall_at_k", "mrr"),
    ),
    Case(
        family="a definition tells what ONE compared thing is: another compared thing's property said in it ('MRR is the share of relevant passages in the top k', '忠实性幻觉是编造不存在的论文') is not that thing's key point, nor the defined thing's (session 15); controls: right definitions, lists of stages",
        qid="rag_evaluation.retrieval_metrics",
        answer="MRR 就是所有相关文档里有多少比例出现在前 k 条里。",
        not_hit=("recall_at_k", "mrr"),
    ),
    Case(
        family="a definition tells what ONE compared thing is: another compared thing's property said in it ('MRR is the share of relevant passages in the top k', '忠实性幻觉是编造不存在的论文') is not that thing's key point, nor the defined thing's (session 15); controls: right definitions, lists of stages",
        qid="hallucination.types",
        answer="so, um, faithfulness, that's the one where it just makes up a paper or a person that doesn't exist.",
        not_hit=("factuality", "faithfulness"),
    ),
    Case(
        family="a definition tells what ONE compared thing is: another compared thing's property said in it ('MRR is the share of relevant passages in the top k', '忠实性幻觉是编造不存在的论文') is not that thing's key point, nor the defined thing's (session 15); controls: right definitions, lists of stages",
        qid="hallucination.types",
        answer="Factuality hallucination means contradicting real-world facts, like inventing a paper that doesn't exist; faithfulness hallucination means the summary adds something not in the source.",
        hit=("factuality", "faithfulness"),
    ),
    Case(
        family="a definition tells what ONE compared thing is: another compared thing's property said in it ('MRR is the share of relevant passages in the top k', '忠实性幻觉是编造不存在的论文') is not that thing's key point, nor the defined thing's (session 15); controls: right definitions, lists of stages",
        qid="hallucination.types",
        answer="事实性幻觉是和真实世界的事实不符，比如编出不存在的论文；忠实性幻觉是和给的材料不一致，比如摘要里写了原文里没有的内容。",
        hit=("factuality", "faithfulness"),
    ),
    Case(
        family="a definition tells what ONE compared thing is: another compared thing's property said in it ('MRR is the share of relevant passages in the top k', '忠实性幻觉是编造不存在的论文') is not that thing's key point, nor the defined thing's (session 15); controls: right definitions, lists of stages",
        qid="rag_evaluation.retrieval_metrics",
        answer="recall@k is the share of the relevant passages that show up in the top k. MRR averages one over the rank of the first relevant result.",
        hit=("recall_at_k", "mrr"),
    ),
    Case(
        family="a definition tells what ONE compared thing is: another compared thing's property said in it ('MRR is the share of relevant passages in the top k', '忠实性幻觉是编造不存在的论文') is not that thing's key point, nor the defined thing's (session 15); controls: right definitions, lists of stages",
        qid="rag_evaluation.retrieval_metrics",
        answer="recall@k 是相关文档里有多少比例出现在前 k 条；MRR 是第一个相关结果排名的倒数，再对所有 query 取平均。",
        hit=("recall_at_k", "mrr"),
    ),
    Case(
        family="a definition tells what ONE compared thing is: another compared thing's property said in it ('MRR is the share of relevant passages in the top k', '忠实性幻觉是编造不存在的论文') is not that thing's key point, nor the defined thing's (session 15); controls: right definitions, lists of stages",
        qid="distributed.zero_stages",
        answer="ZeRO-1 是只切优化器状态，ZeRO-2 是再加上梯度，ZeRO-3 是连参数也切，前向反向时 all-gather 回来。",
        hit=("stage1_optimizer", "stage2_gradients", "stage3_parameters"),
    ),
    Case(
        family="a negation in new words (never shows up, nobody, 没人, no matter how often)",
        qid="lora.mechanism",
        answer="Fold BA into W; extra latency never shows up at inference.",
        hit=("merge_no_latency",),
        exact_wrong=True,
    ),
    Case(
        family="a negation in new words (never shows up, nobody, 没人, no matter how often)",
        qid="alignment.dpo",
        answer="With DPO nobody trains a separate reward model.",
        hit=("no_reward_model",),
        exact_wrong=True,
    ),
    Case(
        family="a negation in new words (never shows up, nobody, 没人, no matter how often)",
        qid="alignment.dpo",
        answer="DPO 的话没人再去单独训一个奖励模型了。",
        hit=("no_reward_model",),
        exact_wrong=True,
    ),
    Case(
        family="a negation in new words (never shows up, nobody, 没人, no matter how often)",
        qid="sampling.repetition_penalties",
        answer="The presence penalty is applied once a token has appeared, no matter how often.",
        hit=("presence_once",),
        exact_wrong=True,
    ),
    Case(
        family='别 ("don\'t") denies what follows; 无脑 denies nothing',
        qid="rag_retrieval.top_k",
        answer="别把上下文塞满，越多越好是错觉。",
        not_wrong=("more_chunks_better",),
    ),
    Case(
        family='别 ("don\'t") denies what follows; 无脑 denies nothing',
        qid="rag_retrieval.top_k",
        answer="千万别把检索到的块全塞进去，塞得越多越好这个想法不对。",
        not_wrong=("more_chunks_better",),
    ),
    Case(
        family='别 ("don\'t") denies what follows; 无脑 denies nothing',
        qid="vllm.paged_attention",
        answer="别把 PagedAttention 当成 LRU 淘汰策略，它是分块管理 KV。",
        not_wrong=("eviction_policy",),
    ),
    Case(
        family='别 ("don\'t") denies what follows; 无脑 denies nothing',
        qid="finetune_vs_rag.support_bot",
        answer="别每周都拿新文档去微调模型，文档变了更新索引就行。",
        not_wrong=("weekly_ft",),
    ),
    Case(
        family='别 ("don\'t") denies what follows; 无脑 denies nothing',
        qid="function_calling.tool_failures",
        answer="别无脑一直重试到成功，只对超时和 429 重试几次。",
        not_wrong=("retry_everything",),
    ),
    Case(
        family="别 inside 区别/特别/别的 denies nothing",
        qid="vllm.paged_attention",
        answer="PagedAttention 就是 LRU，把最久没用的 KV 淘汰掉，跟别的缓存一样。",
        wrong=("eviction_policy",),
    ),
    Case(
        family="别 inside 区别/特别/别的 denies nothing",
        qid="rag_retrieval.top_k",
        answer="块越多越好，能塞多少塞多少，区别不大。",
        wrong=("more_chunks_better",),
    ),
    Case(
        family="别 inside 区别/特别/别的 denies nothing",
        qid="function_calling.tool_failures",
        answer="失败了就无脑一直重试，直到成功为止，特别是支付接口。",
        wrong=("retry_everything",),
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="inference.kv_cache_why",
        answer="生成下一个词时，前面这几个 token 的 K 和 V 都缓存下来了，直接拿来用。",
        hit=("stores_past_kv",),
        no_wrong=True,
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="inference.kv_cache_why",
        answer="之前那些 token 每层的 key、value 都存着，新来的词直接用。",
        hit=("stores_past_kv",),
        no_wrong=True,
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="inference.kv_cache_why",
        answer="就是把前面所有的 token 算好的 K、V 留下来。",
        hit=("stores_past_kv",),
        no_wrong=True,
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="inference.kv_cache_why",
        answer="有了缓存以后，前缀就不用再前向一次了。",
        hit=("no_recompute",),
        no_wrong=True,
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="inference.kv_cache_why",
        answer="每步只算新 token 自己的那份，免得把整段 prompt 重新 encode 一遍。",
        hit=("no_recompute",),
        no_wrong=True,
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="inference.kv_cache_why",
        answer="历史部分 cache 住了，省得再走一遍。",
        hit=("no_recompute",),
        no_wrong=True,
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="attention.causal_mask",
        answer="每个 token 只能看见它自己跟它前面的词。",
        hit=("no_future",),
        no_wrong=True,
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="attention.causal_mask",
        answer="位置 i 只看得到自己和之前的位置，后面的被遮住。",
        hit=("no_future",),
        no_wrong=True,
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="attention.causal_mask",
        answer="加了 mask 以后，一个词只看得见前面的内容。",
        hit=("no_future",),
        no_wrong=True,
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="tokenization.chinese",
        answer="可以给词表加上两万个中文 token，序列就短了。",
        hit=("extend_vocab",),
        no_wrong=True,
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="tokenization.chinese",
        answer="Chinese-LLaMA 扩了 2 万多个中文 token 进去。",
        hit=("extend_vocab",),
        no_wrong=True,
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="tokenization.chinese",
        answer="扩中文词表，同样一段话 token 数能少不少。",
        hit=("extend_vocab",),
        no_wrong=True,
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="inference.speculative_decoding",
        answer="加速多少取决于小模型猜中的比例。",
        hit=("acceptance_rate",),
        no_wrong=True,
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="inference.speculative_decoding",
        answer="草稿猜准的比例越高，省的步数越多。",
        hit=("acceptance_rate",),
        no_wrong=True,
    ),
    Case(
        family="a key point said in spoken words its terms do not spell out (session 9)",
        qid="inference.speculative_decoding",
        answer="大模型能收下多少草稿，也就是小模型猜中的比例，决定了快多少。",
        hit=("acceptance_rate",),
        no_wrong=True,
    ),
    Case(
        family="a belief reported as others' and corrected is not asserted (session 10)",
        qid="vllm.paged_attention",
        answer="A popular assumption is that PagedAttention is an LRU scheme that evicts the least recently used KV entries; in fact it allocates fixed-size blocks on demand.",
        not_wrong=("eviction_policy",),
    ),
    Case(
        family="a belief reported as others' and corrected is not asserted (session 10)",
        qid="vllm.paged_attention",
        answer="网上流传的说法是 PagedAttention 就是 LRU 淘汰最久没用的 KV，事实上它是按需分配固定大小的块。",
        not_wrong=("eviction_policy",),
    ),
    Case(
        family="a belief reported as others' and corrected is not asserted (session 10)",
        qid="sampling.top_p_direction",
        answer="The intuition many juniors have is that lowering top-p lets more candidate words in and makes output more varied, but it's the other way round.",
        not_wrong=("lower_top_p_more_diverse",),
    ),
    Case(
        family="a belief reported as others' and corrected is not asserted (session 10)",
        qid="sampling.top_p_direction",
        answer="不少新人的直觉是 top-p 调低会考虑更多候选词、输出更多样，实际上正好反过来。",
        not_wrong=("lower_top_p_more_diverse",),
    ),
    Case(
        family="a belief reported as others' and corrected is not asserted (session 10)",
        qid="attention.flash_attention",
        answer="There's a widespread myth that FlashAttention is approximate and trades accuracy for speed. It isn't; it computes exact attention in tiles.",
        not_wrong=("flash_is_approximate",),
    ),
    Case(
        family="a belief reported as others' and corrected is not asserted (session 10)",
        qid="attention.flash_attention",
        answer="好多同学把 FlashAttention 当成近似注意力，觉得它是拿精度换速度，这是误会，它是精确的。",
        not_wrong=("flash_is_approximate",),
    ),
    Case(
        family="a belief reported as others' and corrected is not asserted (session 10)",
        qid="rag_retrieval.hybrid",
        answer="You'll hear folks claim that once you have vector search BM25 is obsolete and dense retrieval always wins, yet keyword search still nails product codes and rare names.",
        not_wrong=("dense_replaces_bm25",),
    ),
    Case(
        family="a belief reported as others' and corrected is not asserted (session 10)",
        qid="rag_retrieval.hybrid",
        answer="一种常见的看法是有了向量检索就不需要 BM25 了，向量检索总是更好；可实际上关键词检索在产品型号、罕见名字上更准。",
        not_wrong=("dense_replaces_bm25",),
    ),
    Case(
        family="a belief reported as others' and corrected is not asserted (session 10)",
        qid="moe.load_balancing",
        answer="Newcomers tend to imagine the router will spread tokens evenly by itself with nothing extra; in practice it collapses onto a few experts.",
        not_wrong=("balances_itself",),
    ),
    Case(
        family="a belief reported as others' and corrected is not asserted (session 10)",
        qid="moe.load_balancing",
        answer="一般人会想当然地以为路由器自己就会把 token 均匀分给专家，实际训练里它会塌到少数几个专家上。",
        not_wrong=("balances_itself",),
    ),
    Case(
        family="a belief reported as others' and corrected is not asserted (session 10)",
        qid="quantization.basics",
        answer="Some folks picture quantisation as cutting the number of parameters — it doesn't; every weight is still there, just in fewer bits.",
        not_wrong=("fewer_params",),
    ),
    Case(
        family="a belief reported as others' and corrected is not asserted (session 10)",
        qid="quantization.basics",
        answer="外行常把量化理解成减少参数数量，其实参数一个没少，只是每个用更少的位来存。",
        not_wrong=("fewer_params",),
    ),
    Case(
        family="the speaker's own belief (also after rejecting another) is asserted",
        qid="vllm.paged_attention",
        answer="PagedAttention 就是 LRU，把最久没用的 KV 淘汰掉。",
        wrong=("eviction_policy",),
    ),
    Case(
        family="the speaker's own belief (also after rejecting another) is asserted",
        qid="moe.load_balancing",
        answer="I think the router spreads tokens evenly by itself, nothing extra needed.",
        wrong=("balances_itself",),
    ),
    Case(
        family="the speaker's own belief (also after rejecting another) is asserted",
        qid="quantization.basics",
        answer="我觉得量化就是减少参数数量。",
        wrong=("fewer_params",),
    ),
    Case(
        family="the speaker's own belief (also after rejecting another) is asserted",
        qid="vllm.paged_attention",
        answer="我不同意，PagedAttention 就是 LRU，把最久没用的 KV 淘汰掉。",
        wrong=("eviction_policy",),
    ),
    Case(
        family="the speaker's own belief (also after rejecting another) is asserted",
        qid="vllm.paged_attention",
        answer="I don't agree, PagedAttention is just LRU eviction of the oldest KV entries.",
        wrong=("eviction_policy",),
    ),
    Case(
        family="a claim after rejecting a reported belief is credited (session 11)",
        qid="inference.latency_metrics",
        answer="很多人以为看平均就行，完全不是这么回事，要盯 p99 这种尾延迟。",
        hit=("percentiles",),
        not_contra=("percentiles",),
        no_wrong=True,
    ),
    Case(
        family="a claim after rejecting a reported belief is credited (session 11)",
        qid="lora.init_scaling",
        answer="有人以为 A 和 B 都随机初始化，我不这么看，B 初始化成 0，A 随机，所以一开始 BA 是 0。",
        hit=("b_zero",),
        not_contra=("b_zero",),
        no_wrong=True,
    ),
    Case(
        family="a claim after rejecting a reported belief is credited (session 11)",
        qid="inference.kv_cache_why",
        answer="有人说 KV cache 缓存的是输出结果，这个我不认同，它存的是前面 token 每层的 K 和 V。",
        hit=("stores_past_kv",),
        not_contra=("stores_past_kv",),
        no_wrong=True,
    ),
    Case(
        family="a claim after rejecting a reported belief is credited (session 11)",
        qid="inference.kv_cache_why",
        answer="Some folks think it caches the final outputs, I disagree, it keeps the earlier tokens' keys and values per layer.",
        hit=("stores_past_kv",),
        not_contra=("stores_past_kv",),
        no_wrong=True,
    ),
    Case(
        family="a claim after rejecting a reported belief is credited (session 11)",
        qid="inference.latency_metrics",
        answer="People think averages are fine, I disagree, it is the p95 and p99 tail that users feel.",
        hit=("percentiles",),
        not_contra=("percentiles",),
        no_wrong=True,
    ),
    Case(
        family="a claim after rejecting a reported belief is credited (session 11)",
        qid="lora.init_scaling",
        answer="Folks assume both start random, which I don't buy, B starts at zero and A is random.",
        hit=("b_zero",),
        not_contra=("b_zero",),
        no_wrong=True,
    ),
    Case(
        family='说明 / "say," near a belief frame are no frame',
        qid="mcp.security",
        answer="别人写的 server 给出的工具说明和返回内容都不能轻信，里面可能夹带指令。",
        hit=("untrusted_content",),
    ),
    Case(
        family='说明 / "say," near a belief frame are no frame',
        qid="llm_evaluation.judge_validation",
        answer="You get people to grade, say, two hundred examples and check how often the judge agrees with them.",
        hit=("human_sample",),
    ),
    Case(
        family="a statement judged false right after it is denied (session 12)",
        qid="vllm.paged_attention",
        answer="PagedAttention evicts the least recently used KV blocks when memory fills up. Not true, though: it hands out fixed-size blocks on demand.",
        not_wrong=("eviction_policy",),
    ),
    Case(
        family="a statement judged false right after it is denied (session 12)",
        qid="vllm.paged_attention",
        answer="PagedAttention 就是 LRU，把最久没用的 KV 踢掉——这种说法是错的，它是把 KV 分成固定大小的块按需分配。",
        not_wrong=("eviction_policy",),
    ),
    Case(
        family="a statement judged false right after it is denied (session 12)",
        qid="quantization.basics",
        answer="量化就是把参数个数砍掉一部分。这是错的，参数一个没少，只是每个用更少的 bit 存。",
        not_wrong=("fewer_params",),
    ),
    Case(
        family="a statement judged false right after it is denied (session 12)",
        qid="quantization.basics",
        answer="'Quantisation reduces the parameter count' - wrong. Same count, fewer bits each.",
        not_wrong=("fewer_params",),
    ),
    Case(
        family="a statement judged false right after it is denied (session 12)",
        qid="moe.load_balancing",
        answer="嗯，路由器自己就会把 token 平均分给各个专家，这个其实不对哈，不加负载均衡损失它会塌到几个专家上。",
        not_wrong=("balances_itself",),
    ),
    Case(
        family="a statement judged false right after it is denied (session 12)",
        qid="moe.load_balancing",
        answer="My lead once said the router spreads tokens evenly on its own. I pushed back: without an auxiliary loss it collapses onto a few experts.",
        not_wrong=("balances_itself",),
    ),
    Case(
        family="no judgment pointing back (or one two sentences on): still asserted",
        qid="vllm.paged_attention",
        answer="PagedAttention is an LRU eviction scheme. That's how vLLM saves memory.",
        wrong=("eviction_policy",),
    ),
    Case(
        family="no judgment pointing back (or one two sentences on): still asserted",
        qid="vllm.paged_attention",
        answer="PagedAttention 就是 LRU 淘汰最久没用的 KV。FlashAttention 是近似计算。这是错的。",
        wrong=("eviction_policy",),
    ),
    Case(
        family="no judgment pointing back (or one two sentences on): still asserted",
        qid="quantization.basics",
        answer="量化就是减少参数数量，这个没错。",
        wrong=("fewer_params",),
    ),
    Case(
        family="rejecting a statement asserts its denial (session 12)",
        qid="mcp.architecture",
        answer="The LLM talks to the MCP server directly. Nope, it doesn't: the client in the host sends the requests and gives the model the results.",
        hit=("model_not_direct",),
        not_wrong=("model_connects",),
    ),
    Case(
        family="rejecting a statement asserts its denial (session 12)",
        qid="mcp.architecture",
        answer="模型自己直接连 MCP server 调工具——不是这样的，是宿主里的 client 去发请求，再把结果交给模型。",
        hit=("model_not_direct",),
        not_wrong=("model_connects",),
    ),
    Case(
        family="two values of one setting joined by a mark of change (arrow, 改成, 降到) say which way it moved by their order, no 'from' needed (session 12)",
        qid="sampling.top_p_direction",
        answer="top_p 0.95 -> 0.6: fewer tokens survive the cut, output gets more predictable.",
        hit=("less_diverse",),
        no_wrong=True,
    ),
    Case(
        family="two values of one setting joined by a mark of change (arrow, 改成, 降到) say which way it moved by their order, no 'from' needed (session 12)",
        qid="sampling.top_p_direction",
        answer="p 值 0.9 降到 0.5，候选更少，文本更稳。",
        hit=("fewer_candidates",),
        no_wrong=True,
    ),
    Case(
        family="two values of one setting joined by a mark of change (arrow, 改成, 降到) say which way it moved by their order, no 'from' needed (session 12)",
        qid="sampling.top_p_direction",
        answer="top_p 0.9→0.5 lets more words in, so you get more variety.",
        wrong=("lower_top_p_more_diverse",),
    ),
    Case(
        family="two values of one setting joined by a mark of change (arrow, 改成, 降到) say which way it moved by their order, no 'from' needed (session 12)",
        qid="sampling.top_p_direction",
        answer="把 top-p 0.9 改成 0.5 以后，能选的词变多了，输出更多样。",
        wrong=("lower_top_p_more_diverse",),
    ),
    Case(
        family="a range of values ('0.5 到 0.9 之间', 'between 0.5 and 0.9') is no change (session 12)",
        qid="sampling.top_p_direction",
        answer="top-p 一般设在 0.5 到 0.9 之间，越小越保守。",
        no_wrong=True,
    ),
    Case(
        family="a range of values ('0.5 到 0.9 之间', 'between 0.5 and 0.9') is no change (session 12)",
        qid="sampling.top_p_direction",
        answer="Keep top-p somewhere 0.5 to 0.9; the smaller it is, the less random the text.",
        hit=("less_diverse",),
        no_wrong=True,
    ),
    Case(
        family="a denied opposite states the quality (not cheap = costly, 不便宜 = 贵), and the opposite said plainly states the reverse (session 12)",
        qid="graphrag.cost_updates",
        answer="GraphRAG 的全局查询也不便宜，要对一堆社区报告做 map-reduce。",
        hit=("query_cost",),
    ),
    Case(
        family="a denied opposite states the quality (not cheap = costly, 不便宜 = 贵), and the opposite said plainly states the reverse (session 12)",
        qid="graphrag.cost_updates",
        answer="Querying isn't cheap either: a global search map-reduces over lots of community summaries.",
        hit=("query_cost",),
    ),
    Case(
        family="a denied opposite states the quality (not cheap = costly, 不便宜 = 贵), and the opposite said plainly states the reverse (session 12)",
        qid="graphrag.cost_updates",
        answer="建索引可一点都不便宜，每个 chunk 都要调大模型抽实体和关系。",
        hit=("index_cost",),
    ),
    Case(
        family="a denied opposite states the quality (not cheap = costly, 不便宜 = 贵), and the opposite said plainly states the reverse (session 12)",
        qid="graphrag.cost_updates",
        answer="Indexing is not cheap at all, every chunk goes through the LLM to pull out entities and relations.",
        hit=("index_cost",),
    ),
    Case(
        family="a denied opposite states the quality (not cheap = costly, 不便宜 = 贵), and the opposite said plainly states the reverse (session 12)",
        qid="graphrag.cost_updates",
        answer="GraphRAG indexing is cheap, so you can rebuild it whenever you like.",
        not_hit=("index_cost",),
    ),
    Case(
        family="a denied opposite states the quality (not cheap = costly, 不便宜 = 贵), and the opposite said plainly states the reverse (session 12)",
        qid="graphrag.cost_updates",
        answer="GraphRAG 建索引很便宜，随时重建都行。",
        not_hit=("index_cost",),
    ),
    Case(
        family="a hedged guess said as a question proposes its own content (可能是…？, 'something like … ?', …对吧？) and is read as said; a plain question or a question about the question asserts nothing (session 13, lead probe P15)",
        qid="vllm.paged_attention",
        answer="可能是把 KV cache 分块存，减少碎片？",
        hit=("blocks", "less_waste_bigger_batch"),
    ),
    Case(
        family="a hedged guess said as a question proposes its own content (可能是…？, 'something like … ?', …对吧？) and is read as said; a plain question or a question about the question asserts nothing (session 13, lead probe P15)",
        qid="vllm.paged_attention",
        answer="Is it something like storing the KV cache in fixed-size pages, allocated as the sequence grows?",
        hit=("blocks", "on_demand"),
    ),
    Case(
        family="a hedged guess said as a question proposes its own content (可能是…？, 'something like … ?', …对吧？) and is read as said; a plain question or a question about the question asserts nothing (session 13, lead probe P15)",
        qid="inference.kv_cache_why",
        answer="Maybe it keeps the keys and values of earlier tokens so they don't have to be recomputed?",
        hit=("stores_past_kv", "no_recompute"),
    ),
    Case(
        family="a hedged guess said as a question proposes its own content (可能是…？, 'something like … ?', …对吧？) and is read as said; a plain question or a question about the question asserts nothing (session 13, lead probe P15)",
        qid="sampling.top_p_direction",
        answer="嗯…应该是候选词变少，输出更保守一些吧？",
        hit=("fewer_candidates", "less_diverse"),
    ),
    Case(
        family="a hedged guess said as a question proposes its own content (可能是…？, 'something like … ?', …对吧？) and is read as said; a plain question or a question about the question asserts nothing (session 13, lead probe P15)",
        qid="distributed.grad_accumulation",
        answer="I guess you add up the gradients of several micro-batches and only then update the weights?",
        hit=("accumulate_then_step",),
    ),
    Case(
        family="a hedged guess said as a question proposes its own content (可能是…？, 'something like … ?', …对吧？) and is read as said; a plain question or a question about the question asserts nothing (session 13, lead probe P15)",
        qid="training_problems.overfitting",
        answer="训练 loss 还在降、验证集 loss 开始涨，就是过拟合了，对吧？",
        hit=("sign",),
    ),
    Case(
        family="a hedged guess said as a question proposes its own content (可能是…？, 'something like … ?', …对吧？) and is read as said; a plain question or a question about the question asserts nothing (session 13, lead probe P15)",
        qid="vllm.paged_attention",
        answer="我猜是显存满了就把最久没用的 KV 淘汰掉？",
        wrong=("eviction_policy",),
    ),
    Case(
        family="a hedged guess said as a question proposes its own content (可能是…？, 'something like … ?', …对吧？) and is read as said; a plain question or a question about the question asserts nothing (session 13, lead probe P15)",
        qid="vllm.paged_attention",
        answer="Is PagedAttention an LRU eviction policy?",
        no_wrong=True,
    ),
    Case(
        family="a hedged guess said as a question proposes its own content (可能是…？, 'something like … ?', …对吧？) and is read as said; a plain question or a question about the question asserts nothing (session 13, lead probe P15)",
        qid="vllm.paged_attention",
        answer="你是指 PagedAttention 怎么把 KV cache 分块吗？",
        not_hit=("blocks",),
    ),
    Case(
        family="a hedged guess said as a question proposes its own content (可能是…？, 'something like … ?', …对吧？) and is read as said; a plain question or a question about the question asserts nothing (session 13, lead probe P15)",
        qid="inference.kv_cache_why",
        answer="Do you mean why the keys and values of earlier tokens are stored?",
        not_hit=("stores_past_kv",),
    ),
    Case(
        family="a hedged guess said as a question proposes its own content (可能是…？, 'something like … ?', …对吧？) and is read as said; a plain question or a question about the question asserts nothing (session 13, lead probe P15)",
        qid="sampling.top_p_direction",
        answer="为什么 top-p 调低以后候选词会变少？",
        not_hit=("fewer_candidates",),
    ),
    Case(
        family="a misconception told with its own content words in another arrangement (its sentence covered word by word where the relational reading had no say; not denied, reported, asked, or where a key point is stated) is asserted (session 13: the answers_untouched6 misconceptions it now reads, verbatim, and controls)",
        qid="multimodal.image_tokens",
        answer="An image is not a single token: it becomes hundreds of patch tokens.",
        no_wrong=True,
    ),
    Case(
        family="a misconception told with its own content words in another arrangement (its sentence covered word by word where the relational reading had no say; not denied, reported, asked, or where a key point is stated) is asserted (session 13: the answers_untouched6 misconceptions it now reads, verbatim, and controls)",
        qid="finetune_vs_rag.combine",
        answer="有人觉得微调加 RAG 一定比单用 RAG 好，其实不一定。",
        no_wrong=True,
    ),
    Case(
        family="a misconception told with its own content words in another arrangement (its sentence covered word by word where the relational reading had no say; not denied, reported, asked, or where a key point is stated) is asserted (session 13: the answers_untouched6 misconceptions it now reads, verbatim, and controls)",
        qid="training_problems.nan_precision",
        answer="bf16 is less precise than fp16 but has the same range as fp32.",
        no_wrong=True,
    ),
    Case(
        family="a misconception told with its own content words in another arrangement (its sentence covered word by word where the relational reading had no say; not denied, reported, asked, or where a key point is stated) is asserted (session 13: the answers_untouched6 misconceptions it now reads, verbatim, and controls)",
        qid="moe.deepseekmoe",
        answer="Are the shared experts also picked by the router?",
        no_wrong=True,
    ),
    Case(
        family="a hedged guess said as a question proposes its own content (可能是…？, 'something like … ?', …对吧？) and is read as said; a plain question or a question about the question asserts nothing (session 13, lead probe P15)",
        qid="vllm.paged_attention",
        answer="我不太确定，是不是把 KV cache 切成小块来存？",
        hit=("blocks",),
    ),
    Case(
        family="a hedged guess said as a question proposes its own content (可能是…？, 'something like … ?', …对吧？) and is read as said; a plain question or a question about the question asserts nothing (session 13, lead probe P15)",
        qid="lora.init_scaling",
        answer="Not sure, but is B the one that starts at zero, so the product is zero at step one?",
        hit=("b_zero",),
    ),
    Case(
        family="a hedged guess said as a question proposes its own content (可能是…？, 'something like … ?', …对吧？) and is read as said; a plain question or a question about the question asserts nothing (session 13, lead probe P15)",
        qid="training_problems.overfitting",
        answer="不清楚你问的是哪种过拟合？",
        not_hit=("sign",),
    ),
    Case(
        family="a misconception told with its own content words in another arrangement (its sentence covered word by word where the relational reading had no say; not denied, reported, asked, or where a key point is stated) is asserted (session 13: the answers_untouched6 misconceptions it now reads, verbatim, and controls)",
        qid="design_scenarios.slang_support_bot",
        answer="换个更大的模型就行，大模型自己能看懂网络用语和缩写，不用专门处理。",
        wrong=("bigger_model_knows_slang",),
    ),
    Case(
        family="a misconception told with its own content words in another arrangement (its sentence covered word by word where the relational reading had no say; not denied, reported, asked, or where a key point is stated) is asserted (session 13: the answers_untouched6 misconceptions it now reads, verbatim, and controls)",
        qid="finetune_vs_rag.combine",
        answer="微调 + RAG 一定比单用 RAG 好，两个都上就对了。",
        wrong=("combo_always_better",),
    ),
    Case(
        family="a misconception told with its own content words in another arrangement (its sentence covered word by word where the relational reading had no say; not denied, reported, asked, or where a key point is stated) is asserted (session 13: the answers_untouched6 misconceptions it now reads, verbatim, and controls)",
        qid="rag_chunking.evaluate_chunking",
        answer="这个嘛，挑几个例子看一看，感觉回答好像变好了，那就可以上线了。",
        wrong=("eyeball",),
    ),
    Case(
        family="a misconception told with its own content words in another arrangement (its sentence covered word by word where the relational reading had no say; not denied, reported, asked, or where a key point is stated) is asserted (session 13: the answers_untouched6 misconceptions it now reads, verbatim, and controls)",
        qid="multimodal.llava_arch",
        answer="The model first make a caption of the image in text, then this text is given to the language model, so LLM only sees words about the picture.",
        wrong=("caption_first",),
    ),
    Case(
        family="a misconception told with its own content words in another arrangement (its sentence covered word by word where the relational reading had no say; not denied, reported, asked, or where a key point is stated) is asserted (session 13: the answers_untouched6 misconceptions it now reads, verbatim, and controls)",
        qid="lora.qlora",
        answer="People love quoting 'a 70B model on a single 24 GB card' for QLoRA, but the paper did 65B on 48 GB.",
        no_wrong=True,
    ),
    Case(
        family="a misconception told with its own content words in another arrangement (its sentence covered word by word where the relational reading had no say; not denied, reported, asked, or where a key point is stated) is asserted (session 13: the answers_untouched6 misconceptions it now reads, verbatim, and controls)",
        qid="lora.qlora",
        answer="Folks keep repeating that QLoRA trains the 4-bit weights directly; it doesn't, only the adapters learn.",
        no_wrong=True,
    ),
    Case(
        family="a property told of the other compared thing is not the key point; said of the subject it is the misconception",
        qid="alignment.dpo",
        answer="DPO is basically PPO but faster because it uses a smaller reward model, and it still samples from the policy online during training. PPO doesn't need a reward model, it learns from pairs directly.",
        not_hit=("no_reward_model",),
        wrong=("dpo_keeps_reward_model",),
    ),
    Case(
        family="a property told of the other compared thing is not the key point; said of the subject it is the misconception",
        qid="alignment.dpo",
        answer="DPO 其实就是简化版的 PPO，还是要训一个小一点的奖励模型；反倒是 PPO 不需要奖励模型，直接拿偏好对学。",
        not_hit=("no_reward_model",),
        wrong=("dpo_keeps_reward_model",),
    ),
    Case(
        family="a property told of the other compared thing is not the key point; said of the subject it is the misconception",
        qid="alignment.dpo",
        answer="PPO: no reward model, trains on fixed pairs offline. DPO: needs an RM plus online rollouts.",
        not_hit=("no_reward_model",),
        wrong=("dpo_keeps_reward_model",),
    ),
    Case(
        family="a property told of the other compared thing is not the key point; said of the subject it is the misconception",
        qid="alignment.dpo",
        answer="嗯我记得是 PPO 那边不用奖励模型的，DPO 要先训一个打分模型。",
        not_hit=("no_reward_model",),
        wrong=("dpo_keeps_reward_model",),
    ),
    Case(
        family="a property told of the other compared thing is not the key point; said of the subject it is the misconception",
        qid="alignment.grpo",
        answer="PPO 不需要 critic，GRPO 才要一个价值网络。",
        not_hit=("no_critic",),
    ),
    Case(
        family="a property told of the other compared thing is not the key point; said of the subject it is the misconception",
        qid="alignment.grpo",
        answer="PPO has no critic at all; GRPO is the one that trains a value network.",
        not_hit=("no_critic",),
    ),
    Case(
        family="a property told of the other compared thing is not the key point; said of the subject it is the misconception",
        qid="alignment.dpo",
        answer="Unlike PPO, DPO doesn't need a reward model; it trains on the preference pairs directly.",
        hit=("no_reward_model",),
        not_wrong=("dpo_keeps_reward_model",),
    ),
    Case(
        family="a property told of the other compared thing is not the key point; said of the subject it is the misconception",
        qid="alignment.dpo",
        answer="跟 PPO 比，DPO 省掉了奖励模型，也不用在线采样。",
        hit=("no_reward_model",),
        not_wrong=("dpo_keeps_reward_model",),
    ),
    Case(
        family="a property told of the other compared thing is not the key point; said of the subject it is the misconception",
        qid="alignment.dpo",
        answer="DPO 省掉了训练奖励模型去给回答打分这一步。",
        hit=("no_reward_model",),
        not_wrong=("dpo_keeps_reward_model",),
    ),
    Case(
        family="a property told of the other compared thing is not the key point; said of the subject it is the misconception",
        qid="alignment.dpo",
        answer="It drops the reward model entirely and never samples online.",
        hit=("no_reward_model",),
        not_wrong=("dpo_keeps_reward_model",),
    ),
    Case(
        family="a property told of the other compared thing is not the key point; said of the subject it is the misconception",
        qid="alignment.grpo",
        answer="GRPO 不需要价值模型，用组内平均当基线。",
        hit=("no_critic",),
    ),
    Case(
        family="the other matrix being random makes this one's gradient non-zero: the reason both cannot be zero, told from the other side",
        qid="lora.init_scaling",
        answer="B starts at zero so BA is zero. A is random so the gradients for B are not zero.",
        hit=("not_both_zero",),
    ),
    Case(
        family="the other matrix being random makes this one's gradient non-zero: the reason both cannot be zero, told from the other side",
        qid="lora.init_scaling",
        answer="since A starts random, B still gets a nonzero gradient on the very first step.",
        hit=("not_both_zero",),
    ),
    Case(
        family="the other matrix being random makes this one's gradient non-zero: the reason both cannot be zero, told from the other side",
        qid="lora.init_scaling",
        answer="A 是随机的，所以 B 的梯度不是零。",
        hit=("not_both_zero",),
    ),
    Case(
        family="the other matrix being random makes this one's gradient non-zero: the reason both cannot be zero, told from the other side",
        qid="lora.init_scaling",
        answer="A 随机初始化，B 才有非零的梯度，能学起来。",
        hit=("not_both_zero",),
    ),
    Case(
        family="the other matrix being random makes this one's gradient non-zero: the reason both cannot be zero, told from the other side",
        qid="lora.init_scaling",
        answer="You can set both to zero; the gradients still won't be zero.",
        not_hit=("not_both_zero",),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.qid}:{c.answer[:24]}")
def test_reading(bank: Bank, case: Case) -> None:
    hit, contradicted, wrong = verdict(q(bank, case.qid), case.answer)
    assert set(case.hit) <= set(hit), (case.family, hit)
    assert not set(case.not_hit) & set(hit), (case.family, hit)
    assert set(case.wrong) <= set(wrong), (case.family, wrong)
    assert not set(case.not_wrong) & set(wrong), (case.family, wrong)
    assert not set(case.not_contra) & set(contradicted), (case.family, contradicted)
    if case.no_wrong or case.exact_wrong:
        assert sorted(wrong) == sorted(case.wrong), (case.family, wrong)
