"""Rejecting what Whisper invents on silence: boilerplate, loops, echoed prompts."""

from __future__ import annotations

import pytest

from interviewer.voice.base import voice_config
from interviewer.voice.filters import (
    SegmentScores,
    boilerplate_phrase,
    reject_reason,
    repeats_prompt,
)

ZH_PROMPT = voice_config()["initial_prompts"]["zh"]


@pytest.mark.parametrize(
    "text",
    [
        "字幕由Amara.org社区提供",
        "请不吝点赞 订阅 转发 打赏支持明镜与点点栏目",
        "谢谢观看！",
        "Thanks for watching!",
        "Thank you for watching.",
        "Subtitles by the Amara.org community",
    ],
)
def test_subtitle_boilerplate_is_rejected(text: str) -> None:
    assert boilerplate_phrase(text) is not None
    assert (reject_reason(SegmentScores(text)) or "").startswith("boilerplate")


@pytest.mark.parametrize(
    "text",
    [
        "我负责检索服务的迁移，延迟从800毫秒降到300毫秒。",
        "I watched the dashboards and thanked the on-call team.",
        "We used subtitles as training data.",
    ],
)
def test_real_answers_are_kept(text: str) -> None:
    assert reject_reason(SegmentScores(text, no_speech_prob=0.1, avg_logprob=-0.4)) is None


def test_echoed_initial_prompt_is_rejected() -> None:
    assert repeats_prompt("以下是普通话的句子０使用简体中文。", ZH_PROMPT)
    assert (
        reject_reason(SegmentScores("以下是普通话的句子，使用简体中文。"), ZH_PROMPT)
        == "prompt echo"
    )
    assert not repeats_prompt("我们的系统使用简体中文界面，服务两百万用户。", ZH_PROMPT)


def test_whisper_silence_and_loop_rules() -> None:
    assert reject_reason(SegmentScores("you", no_speech_prob=0.9, avg_logprob=-1.5)) == "silence"
    # confident speech with a high no-speech score is kept, as Whisper itself does
    assert reject_reason(SegmentScores("Yes.", no_speech_prob=0.9, avg_logprob=-0.2)) is None
    assert reject_reason(SegmentScores("哄" * 40, compression_ratio=4.6)) == "repetition"
    assert reject_reason(SegmentScores(" ... ")) == "empty"
