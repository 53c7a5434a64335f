"""A recording waiting in the answer box goes only with an answer to its own question, and stays
until that answer is stored (a failed send can be tried again with it)."""

from __future__ import annotations

from interviewer.web.spoken import SpokenDraft, SpokenDrafts


def test_a_draft_is_found_for_its_question_until_discarded():
    drafts = SpokenDrafts()
    drafts.put("me", SpokenDraft(session_id=3, question_index=4, audio_path="/a.wav"))
    assert drafts.find("me", 3, 4) is not None
    assert drafts.find("me", 3, 4) is not None  # a failed send finds it again
    assert drafts.find("me", 3, 6) is None  # the interview moved on
    assert drafts.find("me", 2, 4) is None and drafts.find("you", 3, 4) is None
    drafts.put("me", SpokenDraft(session_id=3, question_index=4, audio_path="/b.wav"))
    assert drafts.find("me", 3, 4).audio_path == "/b.wav"  # the newer recording wins
    drafts.discard("me")
    assert drafts.find("me", 3, 4) is None
