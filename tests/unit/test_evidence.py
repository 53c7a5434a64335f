"""Evidence quotes must come from the answer; form-only differences are tolerated."""

from __future__ import annotations

from interviewer.grading.evidence import normalise, quote_in, verify_quotes

ANSWER = '我把切片改成512个token，召回率从72%提升到86%。Then I said: "ship it".'


def test_normalise_ignores_width_punctuation_and_case():
    assert normalise("ＡＢＣ，１２３！") == normalise("abc,123!") == "abc123"
    assert normalise("“ship it”") == normalise('"Ship  it"')


def test_quote_in_accepts_form_variants_and_rejects_inventions():
    assert quote_in(ANSWER, "召回率从72%提升到86%")
    assert quote_in(ANSWER, "召回率从７２％提升到８６％")  # full-width digits
    assert quote_in(ANSWER, "then i said “ship it”")
    assert not quote_in(ANSWER, "召回率从72%提升到90%")
    assert not quote_in(ANSWER, "")
    assert not quote_in(ANSWER, "。，")


def test_verify_quotes_splits_kept_and_rejected():
    kept, rejected = verify_quotes(
        ANSWER, ["我把切片改成512个token", "I doubled revenue", "我把切片改成512个token"]
    )
    assert kept == ["我把切片改成512个token"]
    assert rejected == ["I doubled revenue"]
