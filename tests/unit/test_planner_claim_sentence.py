"""A résumé claim is said back as its own sentence ("On Substitution suggester, your résumé
claims acceptance of suggested substitutes from 38% to 61%. Where was the next bottleneck after
that?"), never slotted into a frame that needs a short noun ("After acceptance of suggested
substitutes from 38% to 61% on Substitution suggester, where was…", lead probe Q15): a claim is
a measure with its change, whatever its length, and only a sentence of its own holds every shape."""

from __future__ import annotations

import re

import pytest

from interviewer.engine.base import InterviewContext
from interviewer.engine.planner import ResumePlanner
from interviewer.resume import parse_resume_text

#: Claims of several shapes: a long label with a change, a label with a unit, a terse one, a
#: count with its period.
RESUMES = [
    "## Projects\n### Substitution suggester\n- Acceptance of suggested substitutes rose from 38% "
    "to 61% after I added order-history features and a re-ranking prompt.\n",
    "## Projects\n### Claims triage router\n- Cut the median time for a claim to reach the right "
    "adjuster from 26 hours to 4 hours for the property team.\n",
    "## Projects\n### Ticket deflection bot\n- Deflected 25% of inbound support calls in the first "
    "quarter after launch.\n",
    "## Projects\n### Search ranking\n- Offline NDCG@10 of the marketplace search improved from "
    "0.41 to 0.47 with a cross-encoder reranker.\n",
]

#: A frame that needs a short noun before or after the claim.
_BROKEN = re.compile(r"\b(?:After|For|Behind|of|How was the|The)\s+\{metric\}")


def test_no_english_template_slots_the_claim_into_a_noun_frame(services):
    for pid in ("deep_dive", "leader", "hr"):
        persona = services.personas.get(pid)
        for topic in persona.topics:
            for q in topic.questions.get("en"):
                if "{metric}" not in q:
                    continue
                assert not _BROKEN.search(q), q
                # the claim closes a sentence of its own
                assert re.search(r"\{metric\}[.。]", q), q


@pytest.mark.parametrize("text", RESUMES)
@pytest.mark.parametrize("persona", ["deep_dive", "leader"])
def test_planned_questions_say_the_claim_as_a_sentence(services, text, persona):
    resume = parse_resume_text(text, "r.md")
    p = services.personas.get(persona)
    rubric = services.rubrics.get(p.rubric)
    for sid in range(1, 7):
        ctx = InterviewContext(session_id=sid, persona=p, lang="en", resume=resume)
        plan = ResumePlanner(rubric=rubric, bank=services.bank).plan(ctx)
        for s in plan.topics:
            q = s.question
            assert not re.match(
                r"(?:After|For|Behind|How much of|How do you know) \S+ \S+ from ", q
            ), q
            assert not re.search(r"What did \S.* on \S.* cost you", q), q
