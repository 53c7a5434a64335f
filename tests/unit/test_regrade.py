"""Re-grading a stored session writes new grades beside the old ones and reports the change."""

from __future__ import annotations

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.grading.regrade import RegradeResult, regrade_session
from interviewer.types import TurnRecord

ANSWERS = [
    (
        "讲一个你主导的项目。",
        "project",
        "去年客服机器人经常答错。我负责检索部分，我把切片改成按标题切分，并用BM25加向量检索而不是纯向量检索，"
        "代价是多一个索引。最终准确率从64%提升到83%。",
    ),
    (
        "你为什么想要这个岗位？",
        "motivation",
        "你们团队在做客服智能体，我这两年做的正是这个。入职第一年我希望负责智能体评测。",
    ),
]


def _stored_session(services) -> int:
    persona = services.personas.get("hr")
    rubric = services.rubrics.get("star")
    snapshot = {"topics": [{"id": "p1", "kind": "project"}, {"id": "m1", "kind": "motivation"}]}
    sid = services.repo.create_session(
        persona=persona.id,
        rubric="star",
        lang="zh",
        model="offline",
        persona_snapshot=snapshot,
        rubric_snapshot=rubric.model_dump(mode="json"),
    )
    grader = HeuristicGrader()
    index = 0
    for (question, _kind, answer), topic in zip(ANSWERS, ("p1", "m1"), strict=True):
        services.repo.add_turn(
            TurnRecord(
                session_id=sid,
                index=index,
                role="interviewer",
                kind="question",
                text=question,
                topic=topic,
            )
        )
        turn_id = services.repo.add_turn(
            TurnRecord(
                session_id=sid,
                index=index + 1,
                role="candidate",
                kind="answer",
                text=answer,
                topic=topic,
            )
        )
        old = grader.grade(question, answer, rubric, GradeContext(lang="zh"))
        services.repo.add_grades(turn_id, old)
        index += 2
    return sid


def test_regrade_under_another_rubric_keeps_old_grades(services):
    sid = _stored_session(services)
    before = services.repo.get_session(sid)
    old_sets = {t.index: t.grades[0] for t in before.turns if t.role == "candidate"}

    result = regrade_session(services, sid, "hr")
    assert isinstance(result, RegradeResult)
    assert result.old_rubric == "star" and result.rubric == "hr" and result.grader == "offline"
    after = services.repo.get_session(sid)
    for turn in after.turns:
        if turn.role != "candidate":
            continue
        rubrics = [gs.rubric for gs in turn.grades]
        assert rubrics == ["star", "hr"]
        assert turn.grades[0].criteria == old_sets[turn.index].criteria  # untouched
    # applies_to by the stored topic kind: motivation only on the motivation answer
    motivation_turn = [t for t in after.turns if t.topic == "m1" and t.role == "candidate"][0]
    hr_ids = {c.criterion for c in motivation_turn.grades[1].criteria}
    assert "motivation" in hr_ids and "reflection" not in hr_ids

    by = {c.criterion: c for c in result.criteria}
    assert by["metrics"].old_mean is not None and by["metrics"].new_mean is None
    assert by["motivation"].old_mean is None and by["motivation"].new_mean is not None
    assert by["ownership"].delta == round(by["ownership"].new_mean - by["ownership"].old_mean, 2)
    assert [t.old_overall for t in result.turns] == [old_sets[1].overall, old_sets[3].overall]
    assert all(t.written for t in result.turns)
    assert result.rows()[-1][0] == "overall (0–100)"


def test_regrade_twice_does_not_duplicate(services):
    sid = _stored_session(services)
    regrade_session(services, sid, "hr")
    again = regrade_session(services, sid, "hr")
    assert not any(t.written for t in again.turns)
    for turn in services.repo.get_session(sid).turns:
        for gs in turn.grades:
            ids = [c.criterion for c in gs.criteria]
            assert len(ids) == len(set(ids))


def test_regrade_keys_only_what_grade_keys(services, monkeypatch):
    """A re-grade takes the answer key as `interviewer grade` does: a project question that
    happens to match a bank question is graded without its key, a technical one with it."""
    import interviewer.grading.factory as factory

    question = "What does each ZeRO stage in DeepSpeed partition across GPUs?"
    answer = "Stage 1 splits optimizer states, stage 2 also gradients, stage 3 the parameters."
    rubric = services.rubrics.get("star")
    snapshot = {"topics": [{"id": "p1", "kind": "project"}, {"id": "t1", "kind": "technical"}]}
    sid = services.repo.create_session(
        persona=services.personas.get("hr").id,
        rubric="star",
        lang="en",
        model="offline",
        persona_snapshot=snapshot,
        rubric_snapshot=rubric.model_dump(mode="json"),
    )
    for index, topic in enumerate(("p1", "t1")):
        for role, kind, text in (
            ("interviewer", "question", question),
            ("candidate", "answer", answer),
        ):
            services.repo.add_turn(
                TurnRecord(
                    session_id=sid, index=2 * index + (role == "candidate"), role=role,
                    kind=kind, text=text, topic=topic,
                )
            )  # fmt: skip
    keys: dict[str | None, object] = {}
    grader = HeuristicGrader()

    class Capture:
        def __getattr__(self, name: str) -> object:
            return getattr(grader, name)

        def grade(self, q, a, r, ctx):  # type: ignore[no-untyped-def]
            keys[ctx.topic_kind] = ctx.key
            return grader.grade(q, a, r, ctx)

    monkeypatch.setattr(factory, "make_grader", lambda *args, **kw: Capture())
    regrade_session(services, sid, "star")
    assert keys["project"] is None
    assert keys["technical"] is not None and keys["technical"].id == "distributed.zero_stages"
