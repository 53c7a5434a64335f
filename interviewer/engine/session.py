"""The interview runner shared by the CLI and the web app.

Every question and answer is written to the database the moment it exists, grades right after,
and the engine state after every step, so a killed process loses nothing and `load` resumes
exactly where the interview stood (a question whose answer was not stored is asked again).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from interviewer.engine.base import Exchange, InterviewContext, NextAction, Plan, PlannedTopic
from interviewer.engine.factory import OFFLINE, Components, make_components, offline_components
from interviewer.engine.fallback import FallbackAdapter, Rewrite
from interviewer.engine.fit import hr_asks, hr_told
from interviewer.engine.memory import fresh_memory
from interviewer.engine.offline_writer import OfflineWriter
from interviewer.engine.planner import ResumePlanner
from interviewer.engine.policy import asks_about_the_job, decide, evidenced_gaps
from interviewer.engine.reader import memory_after
from interviewer.engine.state import EngineState
from interviewer.errors import InputError, NotFoundError
from interviewer.grading.base import GradeContext
from interviewer.grading.limits import MAX_ANSWER_CHARS
from interviewer.grading.scoring import CLARIFY_FLAG, COUNTER_FLAG
from interviewer.reading import Reading, TopicMemory
from interviewer.schemas import Persona, Rubric
from interviewer.types import (
    AsrInfo,
    Delivery,
    GradeResult,
    Resume,
    SessionRecord,
    TurnRecord,
)

if TYPE_CHECKING:
    from interviewer.services import Services

QUESTION_KINDS = ("question", "followup")


class AnswerOutcome(BaseModel):
    """What happened to one answer: the stored turn, its grades and its Reading."""

    turn: TurnRecord
    grade: GradeResult
    reading: Reading


def _now() -> datetime:
    return datetime.now(UTC)


def _bank(services: Services) -> Any:
    """The answer keys, or None when they cannot be loaded (an interview goes on without)."""
    try:
        return services.bank
    except Exception:  # noqa: BLE001 - a broken bank file must not stop an interview
        return None


class InterviewRunner:
    """One interview: plan, ask, store, read, grade, follow up, wrap up, report."""

    def __init__(
        self,
        services: Services,
        record: SessionRecord,
        *,
        persona: Persona,
        rubric: Rubric,
        resume: Resume | None,
        state: EngineState,
        model: str,
        turns: list[TurnRecord],
    ) -> None:
        self.services = services
        self.repo = services.repo
        self.session_id = record.id
        self.lang = record.lang
        self.persona = persona
        self.rubric = rubric
        self.resume = resume
        self.model = model
        self.state = state
        self._turns = turns
        self._shown_at: float | None = None
        self._drafter = OfflineWriter()
        self._model_failure: str | None = None
        self.components: Components = (
            offline_components()
            if model == OFFLINE
            else self.with_fallback(
                None if state.offline_fallback else make_components(services, model)
            )
        )
        self.ctx = InterviewContext(
            session_id=record.id,
            persona=persona,
            lang=record.lang,
            resume=resume,
            job_description=record.job_description,
            focus=record.focus,
            plan=state.plan,
        )
        self._rebuild_history()

    # ------------------------------------------------------------ construction

    @classmethod
    def start(
        cls,
        services: Services,
        *,
        persona_id: str,
        lang: str,
        resume: Resume | None = None,
        model: str | None = None,
        job_description: str = "",
        focus: str | None = None,
        owner: str | None = None,
    ) -> InterviewRunner:
        """Create the session row (persona and rubric snapshots), store the résumé, plan."""
        if lang not in ("zh", "en"):
            raise InputError(f"unknown language '{lang}'", "use zh or en")
        persona = services.personas.get(persona_id)
        rubric = services.rubrics.get(persona.rubric)
        model = model or services.settings.model or OFFLINE
        resume_id = services.repo.add_resume(resume) if resume is not None else None
        sid = services.repo.create_session(
            persona=persona.id,
            rubric=rubric.id,
            lang=lang,
            model=model,
            persona_snapshot=persona.model_dump(mode="json"),
            rubric_snapshot=rubric.model_dump(mode="json"),
            resume_id=resume_id,
            job_description=job_description,
            focus=focus,
            owner=owner,
        )
        ctx = InterviewContext(
            session_id=sid,
            persona=persona,
            lang=lang,  # type: ignore[arg-type]
            resume=resume,
            job_description=job_description,
            focus=focus,
        )
        state = EngineState(plan=ResumePlanner(rubric=rubric, bank=_bank(services)).plan(ctx))
        services.repo.save_state(sid, state.to_json())
        record = services.repo.get_session(sid, with_turns=False)
        return cls(
            services,
            record,
            persona=persona,
            rubric=rubric,
            resume=resume,
            state=state,
            model=model,
            turns=[],
        )

    @classmethod
    def load(
        cls,
        services: Services,
        session_id: int,
        *,
        model: str | None = None,
        owner: str | None = None,
    ) -> InterviewRunner:
        """Resume a stored session; another owner's session is reported as not found."""
        # Another owner's session is "not found", exactly like a missing one.
        record: SessionRecord = services.repo.get_session(session_id, owner=owner)
        persona = Persona.model_validate(record.persona_snapshot)
        rubric = Rubric.model_validate(record.rubric_snapshot)
        resume = services.repo.get_resume(record.resume_id) if record.resume_id else None
        if not record.state.get("plan"):
            raise NotFoundError(
                f"session {session_id} has no interview plan to resume",
                "start a new session with `interviewer practice`",
            )
        state = EngineState.from_json(dict(record.state))
        if record.status == "finished":
            state.finished = True
        runner = cls(
            services,
            record,
            persona=persona,
            rubric=rubric,
            resume=resume,
            state=state,
            model=model or record.model,
            turns=list(record.turns),
        )
        runner._catch_up()
        return runner

    # ------------------------------------------------------------ properties

    @property
    def plan(self) -> Plan:
        return self.state.plan

    @property
    def finished(self) -> bool:
        return self.state.finished

    @property
    def offline_fallback(self) -> bool:
        return self.state.offline_fallback

    @property
    def pending_question(self) -> TurnRecord | None:
        """The last question asked and not answered yet."""
        if (
            self._turns
            and self._turns[-1].role == "interviewer"
            and (self._turns[-1].kind in QUESTION_KINDS)
        ):
            return self._turns[-1]
        return None

    def quote_of(self, turn: TurnRecord) -> str | None:
        """The exact span of the candidate's answer a follow-up picked up, or None."""
        return self.state.quotes.get(str(turn.index))

    def turns(self) -> list[TurnRecord]:
        """Every stored turn with its grades, from the database."""
        return list(self.repo.get_session(self.session_id).turns)

    def attach_audio(self, turn: TurnRecord, audio_path: str) -> None:
        """Record where the spoken audio of a stored turn (e.g. a question read aloud) lives."""
        if turn.id is None or turn.session_id != self.session_id:
            raise InputError("that turn is not stored in this session")
        self.repo.set_turn_audio(turn.id, audio_path)
        for mine in self._turns:
            if mine.id == turn.id:
                mine.audio_path = audio_path

    # ------------------------------------------------------------ asking

    def stream_next(self) -> Iterator[str]:
        """Yield the next interviewer turn in chunks and store it once complete."""
        if self.finished:
            return
        pending = self.pending_question
        if pending is not None:
            self._shown_at = time.time()
            yield pending.text
            return
        self._ensure_analysed()
        action = self._choose()
        self.ctx.memory = self.state.memory
        started = _now()
        chunks: list[str] = []
        for chunk in self.components.writer.write(self.ctx, action):
            # a Rewrite replaces what was streamed (the model broke mid-turn; offline now)
            chunks = [chunk] if isinstance(chunk, Rewrite) else [*chunks, chunk]
            yield chunk
        text = "".join(chunks).strip()
        if not text:
            # A model that streamed nothing must not leave a blank question behind.
            text = "".join(self._drafter.write(self.ctx, action)).strip()
            yield text
        self._record_question(action, text, started)

    def next_question(self) -> TurnRecord | None:
        """The next interviewer turn (non-streaming); None once the interview is over."""
        before = len(self._turns)
        for _ in self.stream_next():
            pass
        if len(self._turns) > before or self.pending_question is not None:
            return self._turns[-1]
        return None

    def _choose(self) -> NextAction:
        """The policy's best action the writer can word without repeating an earlier turn."""
        actions = decide(
            self.ctx,
            self.plan,
            slot=self.state.slot,
            followups_used=self.state.followups_used,
            probed=self.state.probed,
            reading=self.state.last_reading,
            project_probed=self._project_probed(),
            earlier=self.state.evidenced,
            project_told=self.state.project_told,
        )
        action = next((a for a in actions if self._drafter.text(self.ctx, a)), actions[-1])
        return self._not_told_again(action)

    def _told(self) -> dict[str, str]:
        """What the candidate's answers so far told of what HR questions ask (the reason for
        leaving, the salary, a weakness...), each with the clause that told it first."""
        told: dict[str, str] = {}
        for t in self._turns:
            if t.role == "candidate" and t.text:
                for k, clause in hr_told(t.text[:MAX_ANSWER_CHARS]).items():
                    told.setdefault(k, clause)
        return told

    def _not_told_again(self, action: NextAction) -> NextAction:
        """A main question that asks again what an earlier answer told ("What are your salary
        expectations?" after "I'm looking at about 150k") is asked with another of its topic's
        questions, or building on that answer when part of it is still untold, or skipped."""
        if action.kind != "question" or action.slot is None:
            return action
        told = self._told()
        planner = ResumePlanner(rubric=self.rubric, bank=None)
        slot_i = action.slot
        while 0 <= slot_i < len(self.plan.topics) and told:
            slot = self.plan.topics[slot_i]
            again = hr_asks(slot.question) & set(told)
            if slot.project or slot.key or slot.kind == "closing" or not again:
                break
            used = {s.template for s in self.plan.topics}
            narrowed = planner.narrow(self.ctx, slot, set(told), used)
            if narrowed is not None:
                self.plan.topics[slot_i] = narrowed
                break
            if again < hr_asks(slot.question):
                return action.model_copy(
                    update={"slot": slot_i, "after": "told", "detail": told[sorted(again)[0]]}
                )
            slot_i += 1  # everything it asks was told: skipped
        if slot_i == action.slot:
            return action
        if slot_i >= len(self.plan.topics):
            return action.model_copy(update={"kind": "wrapup", "slot": None})
        return action.model_copy(update={"slot": slot_i, "reason": self.plan.topics[slot_i].reason})

    def _current_slot(self) -> PlannedTopic | None:
        slot = self.state.slot
        return self.plan.topics[slot] if 0 <= slot < len(self.plan.topics) else None

    def _project_probed(self) -> list[str]:
        """Content probes already asked on earlier questions about the current slot's project."""
        slot = self.state.slot
        if not 0 <= slot < len(self.plan.topics):
            return []
        project = self.plan.topics[slot].project
        done = self.state.project_probed.get(project, []) if project else []
        return [p for p in done if p not in self.state.probed]

    def _record_question(self, action: NextAction, text: str, started: datetime) -> None:
        slot = (
            self.plan.topics[action.slot]
            if (action.slot is not None and action.slot < len(self.plan.topics))
            else None
        )
        kind = action.kind
        probes = (
            (list(slot.probes) if slot else [])
            if kind == "question"
            else ([action.probe] if action.probe else [])
        )
        ended = _now()
        turn = TurnRecord(
            session_id=self.session_id,
            index=len(self._turns),
            role="interviewer",
            kind=kind,
            text=text,
            topic=slot.topic if slot else None,
            probes=probes,
            reason=action.reason,
            started_at=started,
            ended_at=ended,
            duration_ms=(ended - started).total_seconds() * 1000,
        )
        turn.id = self.repo.add_turn(turn)
        self._turns.append(turn)
        if kind == "followup" and action.quote and action.quote in text:
            self.state.quotes[str(turn.index)] = action.quote
        self._apply_question(turn, action)
        self.repo.save_state(self.session_id, self.state.to_json())
        self._shown_at = time.time()
        if kind == "wrapup":
            self.finish()

    def _apply_question(
        self, turn: TurnRecord, action: NextAction, *, in_history: bool = False
    ) -> None:
        """The one transition past a stored interviewer turn: the state moves, and the turn joins
        the history unless it is there already (`in_history`: rebuilt from the stored turns)."""
        self.state.after_question(turn.kind, turn.text, list(turn.probes), action)
        self.state.applied_turns = len(self._turns)
        if turn.kind != "wrapup" and not in_history:
            self.ctx.history.append(
                Exchange(
                    question=turn.text,
                    kind=turn.kind,
                    topic=turn.topic or "",
                    probes=list(turn.probes),
                )
            )
        self.ctx.asked = list(dict.fromkeys([*self.ctx.asked, *self.state.asked]))

    # ------------------------------------------------------------ answering

    def submit_answer(
        self,
        text: str,
        *,
        audio_path: str | None = None,
        asr: AsrInfo | None = None,
        delivery: Delivery | None = None,
        started_at: datetime | None = None,
    ) -> AnswerOutcome:
        """Store the answer at once, then read and grade it (grades and state stored too)."""
        question = self.pending_question
        if question is None:
            raise InputError(
                "no question is waiting for an answer",
                "ask for the next question first (or the interview is over)",
            )
        text = (text or "").strip()
        ended = _now()
        if started_at is None and self._shown_at is not None:
            started_at = datetime.fromtimestamp(self._shown_at, UTC)
        turn = TurnRecord(
            session_id=self.session_id,
            index=len(self._turns),
            role="candidate",
            kind="answer",
            text=text,
            topic=question.topic,
            audio_path=audio_path,
            asr=asr,
            delivery=delivery,
            started_at=started_at,
            ended_at=ended,
            duration_ms=(ended - started_at).total_seconds() * 1000 if started_at else None,
        )
        turn.id = self.repo.add_turn(turn)
        self._turns.append(turn)
        if self.ctx.history:
            self.ctx.history[-1].answer = text[:MAX_ANSWER_CHARS]
        return self._read_and_grade(turn, question)

    def _read_and_grade(self, answer: TurnRecord, question: TurnRecord) -> AnswerOutcome:
        exchange = self.ctx.history[-1]
        memory = self._memory()
        reader = self.components.reader
        key = self._key()
        reading = reader.read(self.ctx, exchange, memory, key)
        if answer.grades:
            grade = answer.grades[-1]
        else:
            grade = self._grade(answer, question, reading, key)
        exchange.reading = reading
        self.state.after_answer(
            answer.index,
            reading,
            memory_after(self.ctx, exchange, reading, memory),
            evidenced_gaps(self._current_slot(), reading, self.state.probed),
        )
        self.state.applied_turns = len(self._turns)
        self.repo.save_state(self.session_id, self.state.to_json())
        return AnswerOutcome(turn=answer, grade=grade, reading=reading)

    def _key(self) -> Any:
        """The answer-key question of the current slot, when it has one and the bank loads."""
        slot = (
            self.plan.topics[self.state.slot]
            if 0 <= self.state.slot < len(self.plan.topics)
            else None
        )
        if slot is None or not slot.key:
            return None
        bank = _bank(self.services)
        try:
            return bank.get(slot.key) if bank is not None else None
        except Exception:  # noqa: BLE001 - a key removed from the bank since the plan was made
            return None

    def _memory(self) -> TopicMemory:
        """What this question's discussion established before the answer now being read."""
        if self.state.memory is not None:
            return self.state.memory
        slot = (
            self.plan.topics[self.state.slot]
            if 0 <= self.state.slot < len(self.plan.topics)
            else None
        )
        if slot is None:
            return TopicMemory()
        return fresh_memory(slot.project, self.state.project_facts)

    def _grade(
        self, answer: TurnRecord, question: TurnRecord, reading: Reading, key: Any
    ) -> GradeResult:
        topic = next((t for t in self.persona.topics if t.id == question.topic), None)
        # The grader reads the same Reading as the policy and grades against the slot's answer
        # key (the planner gives keys to technical and design slots only).
        grade = self.components.grader.grade(
            question.text,
            answer.text[:MAX_ANSWER_CHARS],
            self.rubric,
            GradeContext(
                lang=self.lang,
                topic_kind=topic.kind if topic else None,
                probes=list(question.probes),
                resume=self.resume,
                session_id=self.session_id,
                reading=reading,
                key=key,
            ),
        )
        if len(answer.text) > MAX_ANSWER_CHARS and "too_long" not in grade.flags:
            grade = grade.model_copy(update={"flags": [*grade.flags, "too_long"]})
        unscored = None
        if asks_about_the_job(reading.act, reading):
            unscored = COUNTER_FLAG
        elif reading.act == "clarify":
            unscored = CLARIFY_FLAG
        if unscored is not None and unscored not in grade.flags:
            # a question back about the job or about what was asked is the candidate's to ask:
            # kept, answered, never scored
            grade = grade.model_copy(update={"flags": [*grade.flags, unscored]})
        assert answer.id is not None
        self.repo.add_grades(answer.id, grade)
        return grade

    def _ensure_analysed(self) -> None:
        """Read (and grade, if ungraded) a stored answer the last process did not finish."""
        if not self._turns or self._turns[-1].role != "candidate":
            return
        last = self._turns[-1]
        if self.state.analysed_turn == last.index and self.state.last_reading is not None:
            return
        question = next(t for t in reversed(self._turns) if t.role == "interviewer")
        self._read_and_grade(last, question)

    # ------------------------------------------------------------ model failure

    def with_fallback(self, primary: Components | None) -> FallbackAdapter:
        """`primary` (a model's components; None: it failed earlier in this session) with the
        offline engine behind it; its first failure switches the session offline."""
        return FallbackAdapter(primary, offline_components(), self._switch_offline)

    def _switch_offline(self, error: str) -> None:
        """The one transition to offline: stored with the state, said once (take_model_failure)."""
        self.state.offline_fallback = True
        self._model_failure = error
        self.repo.save_state(self.session_id, self.state.to_json())

    def take_model_failure(self) -> str | None:
        """The model error that just switched this session offline — once; None otherwise."""
        error, self._model_failure = self._model_failure, None
        return error

    # ------------------------------------------------------------ ending

    def report(self) -> dict[str, Any]:
        """The report of the session so far (not stored)."""
        from interviewer.engine.report import build_report

        return build_report(self.repo.get_session(self.session_id), self.rubric)

    def finish(self) -> dict[str, Any]:
        """End the session: build the report and store it with the overall score."""
        report = self.report()
        overall = report.get("overall")
        self.repo.finish_session(
            self.session_id, report, float(overall) if isinstance(overall, int | float) else None
        )
        self.state.finished = True
        self.repo.save_state(self.session_id, self.state.to_json())
        return report

    # ------------------------------------------------------------ resume

    def _rebuild_history(self) -> None:
        history: list[Exchange] = []
        for t in self._turns:
            if t.role == "interviewer" and t.kind in QUESTION_KINDS:
                history.append(
                    Exchange(
                        question=t.text, kind=t.kind, topic=t.topic or "", probes=list(t.probes)
                    )
                )
            elif t.role == "candidate" and history:
                history[-1].answer = t.text[:MAX_ANSWER_CHARS]
        if (
            history
            and self.state.last_reading is not None
            and self._turns
            and (self.state.analysed_turn == self._turns[-1].index)
        ):
            history[-1].reading = self.state.last_reading
        self.ctx.history = history
        asked = list(self.state.asked)
        for t in self._turns:
            if t.role == "interviewer" and t.text not in asked:
                asked.append(t.text)
        self.ctx.asked = asked

    def _catch_up(self) -> None:
        """Apply interviewer turns stored after the last saved state (a kill between writes).

        The history was rebuilt from every stored turn already; only the state moves here.
        """
        for t in self._turns[self.state.applied_turns :]:
            if t.role == "interviewer":
                self._apply_question(t, self._action_of(t), in_history=True)
        self.state.applied_turns = len(self._turns)

    def _action_of(self, turn: TurnRecord) -> NextAction:
        """The action behind a stored interviewer turn whose state was never saved."""
        kind = turn.kind if turn.kind in ("followup", "wrapup") else "question"
        slot = next(
            (i for i, s in enumerate(self.plan.topics) if s.question in turn.text),
            None if kind == "question" else self.state.slot,
        )
        return NextAction(
            kind=kind,  # type: ignore[arg-type]
            slot=slot,
            probe=turn.probes[0] if kind == "followup" and turn.probes else None,
            reason=turn.reason,
        )
