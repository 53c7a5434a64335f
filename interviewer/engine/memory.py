"""Topic memory, the engine side: where a question's memory starts and what a project keeps.

The TopicMemory itself (what one question's discussion has established) is the reading layer's
(interviewer.reading.TopicMemory, updated by reading.memory_after). The engine decides its scope:
a new main question starts afresh, except that what the candidate established about the same
project on earlier questions (their own part, the situation, the task) carries over, so no later
question asks for it again.
"""

from __future__ import annotations

from interviewer.reading import TopicMemory

#: Fact kinds that hold for a whole project, not only the question they were said on.
PROJECT_FACTS = ("own_action", "situation", "task")
#: Clauses kept per fact kind and project (the latest win).
_KEEP = 3

ProjectFacts = dict[str, dict[str, list[str]]]


def fresh_memory(project: str | None, project_facts: ProjectFacts) -> TopicMemory:
    """The memory a new main question starts with. It has no question text yet: the reading
    layer adopts the words actually asked (opening or transition included) on the first answer
    instead of starting the memory over."""
    carried = project_facts.get(project, {}) if project else {}
    return TopicMemory(
        question="",
        project=project,
        facts={k: list(v) for k, v in carried.items() if k in PROJECT_FACTS and v},
    )


def remember_project(
    project_facts: ProjectFacts, memory: TopicMemory, kinds: tuple[str, ...] | None = PROJECT_FACTS
) -> ProjectFacts:
    """`project_facts` with this question's standing facts added (a new mapping); `kinds=None`
    keeps every fact kind (what was told on the project, for the planned questions still to
    come), else only those kinds (what carries into a later question's memory)."""
    if not memory.project:
        return project_facts
    out = {p: {k: list(v) for k, v in kinds_.items()} for p, kinds_ in project_facts.items()}
    mine = out.setdefault(memory.project, {})
    for kind in memory.facts if kinds is None else kinds:
        for clause in memory.facts.get(kind, []):
            kept = mine.setdefault(kind, [])
            if clause not in kept:
                kept.append(clause)
                del kept[:-_KEEP]
    return out
