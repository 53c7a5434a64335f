"""The deep-dive opener that quotes a claimed result and asks for the setting, the team and the
candidate's part is graded on those asks: story setting and ownership, never a failure story
(lead probe: "what problem made this worth doing" read as a failure question, so a complete
answer showed "Failure and lessons 2/5"). Checked on the persona's own wordings."""

from __future__ import annotations

import pytest

from interviewer.config import Settings
from interviewer.grading.asked import asked_criteria
from interviewer.loader import load_personas
from interviewer.signals import asks_for

FILL = {
    "en": {"project": "Ticket triage assistant", "metric": "misroutes from 18% to 7%"},
    "zh": {"project": "智能客服问答", "metric": "Top5 命中率从 68% 提升至 85%"},
}


def _openers() -> list[tuple[str, str]]:
    persona = load_personas(Settings()).get("deep_dive")
    topic = next(t for t in persona.topics if t.id == "architecture")
    return [
        (lang, q.format(**FILL[lang]))
        for lang in ("en", "zh")
        for q in topic.questions.get(lang)
        if "{metric}" in q
    ]


@pytest.mark.parametrize(("lang", "question"), _openers())
def test_the_claim_opener_asks_the_setting_and_the_part_not_a_failure(
    lang: str, question: str
) -> None:
    assert not asks_for("failure", question, lang)
    assert {"star", "ownership"} <= set(asked_criteria(question) or ())
