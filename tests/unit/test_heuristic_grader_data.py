"""The grading tuning set is what the bench says it is: six families × zh/en, ≥ 20 pairs each,
≥ 40 attacks each with a control, and legitimate answers about injection."""

from __future__ import annotations

from collections import Counter

from bench.grading import FAMILIES, fresh_attacks, fresh_pairs, tuning_attacks, tuning_pairs

VOICES = {
    "terse",
    "rambling",
    "nonnative",
    "formal",
    "codemix",
    "nomarker",
    "chat",
    "defensive",
    "analogy",
    "hedged",
    "code",
    "selfqa",
    "colloquial",
    "traditional",
    "numbered",
    "storyteller",
    "transcript",
    "bullets",
    "asr",
    "plainright",
    "filler",
    "drift",
    "spoken",
}


def test_every_family_has_twenty_pairs_per_language_in_several_voices() -> None:
    pairs = tuning_pairs()
    counts = Counter((p["family"], p["lang"]) for p in pairs)
    for fam in FAMILIES:
        for lang in ("zh", "en"):
            assert counts[(fam, lang)] >= 20, (fam, lang)
        voices = {p["voice"] for p in pairs if p["family"] == fam}
        assert len(voices) >= 4 and voices <= VOICES, (fam, voices)
    assert len({p["id"] for p in pairs}) == len(pairs)
    for p in pairs:
        assert p["better"].strip() != p["worse"].strip(), p["id"]
        assert p["rubric"] in ("star", "hr") and p["kind"], p["id"]


def test_attacks_have_controls_that_the_attack_contains() -> None:
    attacks = [a for a in tuning_attacks() if not a.get("legit")]
    assert len(attacks) >= 40
    for a in attacks:
        assert a["control"] and a["control"] != a["answer"], a["id"]
        assert len(a["answer"]) > len(a["control"]), a["id"]
    legit = [a for a in tuning_attacks() if a.get("legit")]
    assert len(legit) >= 10 and {a["lang"] for a in legit} == {"zh", "en"}


def test_the_fresh_split_covers_every_family_and_has_controls() -> None:
    pairs = fresh_pairs()
    assert {p["family"] for p in pairs} == set(FAMILIES)
    assert {p["lang"] for p in pairs} == {"zh", "en"}
    assert len({p["id"] for p in pairs}) == len(pairs)
    assert all(p["voice"] in VOICES for p in pairs)
    attacks = fresh_attacks()
    for a in attacks:
        if not a.get("legit"):
            assert a["control"] and len(a["answer"]) > len(a["control"]), a["id"]
    assert sum(bool(a.get("legit")) for a in attacks) >= 10


def test_the_fresh3_split_has_twelve_pairs_per_family_in_both_languages() -> None:
    pairs = fresh_pairs("fresh3")
    fams = {"verbosity", "relevance", "honesty", "correctness"}
    assert {p["family"] for p in pairs} == fams
    for fam in fams:
        for lang in ("zh", "en"):
            assert sum(p["family"] == fam and p["lang"] == lang for p in pairs) >= 6, (fam, lang)
    assert len({p["id"] for p in pairs}) == len(pairs)
    assert all(p["voice"] in VOICES for p in pairs)
    assert all(p["keyed"] is not None for p in pairs if p["family"] == "correctness")


def test_the_fresh4_split_has_four_pairs_per_family_and_language_and_attacks_with_controls() -> (
    None
):
    pairs = fresh_pairs("fresh4")
    assert {p["family"] for p in pairs} == set(FAMILIES)
    for fam in FAMILIES:
        for lang in ("zh", "en"):
            assert sum(p["family"] == fam and p["lang"] == lang for p in pairs) >= 4, (fam, lang)
    assert len({p["id"] for p in pairs}) == len(pairs)
    assert all(p["voice"] in VOICES for p in pairs)
    assert all(p["keyed"] is not None for p in pairs if p["family"] == "correctness")
    attacks = fresh_attacks("fresh4")
    real = [a for a in attacks if not a.get("legit")]
    assert len(real) >= 12 and {a["lang"] for a in real} == {"zh", "en"}
    for a in real:
        assert a["control"] and len(a["answer"]) > len(a["control"]), a["id"]


def test_the_fresh5_split_is_weighted_to_the_weak_families_in_both_languages() -> None:
    pairs = fresh_pairs("fresh5")
    assert len(pairs) >= 50 and {p["family"] for p in pairs} == set(FAMILIES)
    for fam in ("correctness", "relevance", "verbosity", "honesty"):
        for lang in ("zh", "en"):
            assert sum(p["family"] == fam and p["lang"] == lang for p in pairs) >= 4, (fam, lang)
    assert len({p["id"] for p in pairs}) == len(pairs)
    assert all(p["voice"] in VOICES for p in pairs)
    assert all(p["keyed"] is not None for p in pairs if p["family"] == "correctness")


def test_the_fresh6_split_covers_every_family_in_both_languages_with_new_attacks() -> None:
    pairs = fresh_pairs("fresh6")
    assert len(pairs) >= 54 and {p["family"] for p in pairs} == set(FAMILIES)
    for fam in FAMILIES:
        for lang in ("zh", "en"):
            assert sum(p["family"] == fam and p["lang"] == lang for p in pairs) >= 3, (fam, lang)
    assert {p["kind"] for p in pairs} >= {"technical", "project", "behavioral"}
    assert len({p["id"] for p in pairs}) == len(pairs)
    assert all(p["voice"] in VOICES for p in pairs)
    assert all(p["keyed"] is not None for p in pairs if p["family"] == "correctness")
    real = [a for a in fresh_attacks("fresh6") if not a.get("legit")]
    assert len(real) >= 8 and {a["lang"] for a in real} == {"zh", "en"}
    for a in real:
        assert a["control"] and len(a["answer"]) > len(a["control"]), a["id"]


def test_the_fresh8_split_has_seven_families_in_both_languages_and_new_attacks() -> None:
    pairs = fresh_pairs("fresh8")
    assert len(pairs) >= 50
    assert {p["family"] for p in pairs} == {*FAMILIES, "ownership"}
    for fam in {p["family"] for p in pairs}:
        for lang in ("zh", "en"):
            assert sum(p["family"] == fam and p["lang"] == lang for p in pairs) >= 3, (fam, lang)
    assert {p["kind"] for p in pairs} >= {"technical", "project", "behavioral", "motivation"}
    assert all(p["voice"] in VOICES for p in pairs)
    real = [a for a in fresh_attacks("fresh8") if not a.get("legit")]
    assert len(real) >= 12 and {a["lang"] for a in real} == {"zh", "en"}
    for a in real:
        assert a["control"] and len(a["answer"]) > len(a["control"]), a["id"]
