"""After a keyed question, "What a strong answer covers" is what the grade found: on the real
offline engine and grader, the points listed as covered and missed are the grade's own, in the
feedback under the answer and in the review transcript alike."""

from __future__ import annotations

import re

from interviewer.web import handlers as h
from interviewer.web import review_handlers as rh
from interviewer.web import state as ws

RESUME = (
    "Support assistant (2024): RAG over 40k help pages with hybrid retrieval and a reranker; "
    "answer accuracy from 61% to 83%."
)
ANSWER = (
    "I split documents along their structure: headings, sections and paragraphs, recursively "
    "by separators and sentence boundaries, with about 500 tokens and some overlap. Tables and "
    "code blocks stay whole. We measured recall@5 on 300 labelled questions."
)


def test_keyed_answer_shows_the_points_its_grade_found(services):
    ctx = ws.WebContext(services)
    views = list(
        h.start_interview(
            ctx, None, persona_id="deep_dive", lang="en", model="offline", resume_text=RESUME
        )
    )
    st = views[-1].state
    for _ in range(30):  # the technical round asks its keyed questions after the projects
        view = list(h.submit_answer(ctx, st, ANSWER))[-1]
        st = view.state
        rec = services.repo.get_session(st["session_id"])
        grade = [t for t in rec.turns if t.role == "candidate"][-1].grades[-1]
        if grade.key is not None or not view.active:
            break
    assert grade.key is not None, "no keyed question in 30 answers"
    found = grade.key_points
    assert found is not None and found.hit, found  # the answer covers some of it
    key = services.bank.get(grade.key.id)
    html = view.summary or ""
    covered = html.split("iv-covers", 1)[1]
    assert covered.count("iv-hit") == len(found.hit)
    assert covered.count("iv-missed") == len(key.key_points) - len(found.hit)
    assert re.search(rf"covered {len(found.hit)} of {len(key.key_points)}", covered)
    for pid in found.hit:
        assert key.key_point(pid).en[:25].replace("'", "&#x27;") in covered

    review = rh.transcript(services, st["owner"], st["session_id"], "en")
    assert review.count("iv-covers") >= 1
    assert f"covered {len(found.hit)} of {len(key.key_points)}" in review
