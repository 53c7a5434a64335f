"""Managing people is not a piece of work to ask about (session 7, resume10; the family fresh3's
manager résumé showed, here in other words).

A deed whose object is people or a forum of them — a team grown or built, a guild, chapter or
hiring loop run — is no askable unit unless something other than a head count is measured or a
purpose clause tells the work the people did. The team's own tools, or work led with a team, stay.
"""

from __future__ import annotations

import pytest

from interviewer.resume.naming import is_achievement

NOT_WORK = [
    "Grew the platform group from 4 to 12 engineers and promoted two of them to staff.",
    "Built a team of 6 data scientists from scratch.",
    "Ran the ML chapter and the quarterly hiring loop.",
    "Set up the analytics guild for the Berlin office.",
    "Grew the data team from 3 to 11 people.",
]
WORK = [
    "Led a team of 4 to rebuild the onboarding flow; activation +7%.",
    "Led a team of 4 to rebuild the onboarding flow.",
    "Built the platform team tooling for canary deploys.",
    "Built the team's evaluation harness; caught 30 regressions.",
    "Grew the group's inference throughput 3x by moving to vLLM.",
]


@pytest.mark.parametrize("line", NOT_WORK)
def test_people_managed_is_no_unit(line: str) -> None:
    assert not is_achievement(line)


@pytest.mark.parametrize("line", WORK)
def test_work_done_with_or_for_a_team_is_a_unit(line: str) -> None:
    assert is_achievement(line)
