"""Property tests: the résumé parser and the quantity reader never raise, and spans come from the input."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewer.quantities import consistent, extract_quantities, same_measure
from interviewer.resume import parse_resume_text
from interviewer.resume.assemble import text_as_read

# Pieces that steer generated text into the parser's interesting paths.
FRAGMENTS = [
    "## 项目经历",
    "## Projects",
    "### ",
    "项目一：",
    "Project: ",
    "工作经历",
    "Experience",
    "技能：",
    "Skills: ",
    "- ",
    "* ",
    "1、",
    "（",
    "）",
    "(",
    ")",
    "|",
    "｜",
    "2023.06",
    "–",
    "-",
    "至今",
    "present",
    "从",
    "提升到",
    "降到",
    "由",
    "from ",
    " to ",
    "→",
    "%",
    "％",
    "个百分点",
    " points",
    "倍",
    "x",
    "ms",
    "秒",
    "QPS",
    "万",
    "亿",
    "k",
    "M",
    "B",
    "卡",
    "GPUs",
    "人",
    "team of ",
    "召回率",
    "recall",
    "p99",
    "under",
    "<",
    "两",
    "三",
    "十二",
    "百分之",
    "$",
    "¥",
    "年",
    "月",
    "角色：",
    "Role: ",
    "技术栈：",
    "**",
    "\n",
    "\r\n",
    "\t",
    "\x00",
    "\x07",
    "\u200b",
    "７２",
    "72",
    "86",
    "0.85",
    "1,200",
    "13812345678",
    "v2",
    "Qwen2.5-7B",
    "@",
    "http://x.y/1",
]

text_strategy = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_extract_quantities_never_raises_and_spans_are_exact(text):
    found = extract_quantities(text)
    for q in found:
        assert q.text and text[q.start : q.end] == q.text
    for a in found[:4]:
        for b in found[:4]:
            assert isinstance(same_measure(a, b), bool)
            assert isinstance(consistent(a, b), bool)
        assert consistent(a, a)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_parse_resume_text_never_raises(text):
    r = parse_resume_text(text)
    assert r.lang in ("zh", "en")
    assert r.text == text
    # claims quote the text as read (a ligature glyph spelled out: 'ﬀ' -> 'ff'), not the raw bytes;
    # a claim wrapped over two lines is quoted as one line: line breaks, spaces and inline marks aside
    read = _unwrapped(text_as_read(text))
    for m in r.metrics:
        assert _unwrapped(m.text) in read
    for p in r.projects:
        assert "\n" not in p.name
        for m in p.metrics:
            assert _unwrapped(m.text) in read


def _unwrapped(text: str) -> str:
    """The text with line breaks, spaces and inline Markdown marks (**bold**, `code`) taken out:
    the reader drops them, so a claim quotes the words between them."""
    return re.sub(r"[\s*_`~]+", "", text)


def test_a_claim_around_inline_marks_quotes_the_words():
    text = "## 项目经历## 项目经历## Projects提升到**十二"
    r = parse_resume_text(text)
    assert all(_unwrapped(m.text) in _unwrapped(text_as_read(text)) for m in r.metrics)


def test_a_claim_wrapped_over_two_lines_is_quoted_as_one():
    text = "提升到## 项目经历## 项目经历## 项目经历## 项目经历\r0"
    r = parse_resume_text(text)
    assert all(_unwrapped(m.text) in _unwrapped(text_as_read(text)) for m in r.metrics)


def test_a_claim_next_to_a_ligature_glyph_quotes_the_text_as_read():
    text = "000000×## 项目经历000000\ufb00ª1、"
    r = parse_resume_text(text)
    assert r.metrics and all(m.text in text_as_read(text) for m in r.metrics)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_arbitrary_unicode(text):
    for q in extract_quantities(text):
        assert text[q.start : q.end] == q.text
    parse_resume_text(text)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=2000),
        st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"\xff\xfe", b"\xef\xbb\xbf"]).flatmap(
            lambda head: st.binary(max_size=1500).map(lambda tail: head + tail)
        ),
    ),
    st.sampled_from(["cv.txt", "cv.md", "cv.pdf", "cv.docx", "cv.markdown"]),
)
def test_reading_arbitrary_bytes_gives_text_or_a_data_file_error(data, name):
    from interviewer.errors import DataFileError
    from interviewer.resume import read_resume_bytes

    try:
        text = read_resume_bytes(data, name)
    except DataFileError as err:
        assert err.message and err.hint
    else:
        assert text.strip()
