"""`interviewer practice`: a terminal interview whose answers come from stdin (scriptable).

Answers are blank-line-separated blocks. Questions go to stdout (to stderr with --json, so stdout
holds exactly one JSON object at the end). When stdin closes before the end the session stays
active and can be resumed with `--continue SESSION_ID`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from interviewer.cli import fail
from interviewer.errors import InputError, InterviewerError

if TYPE_CHECKING:
    from interviewer.engine.session import InterviewRunner
    from interviewer.services import Services


def read_block(stream: IO[str]) -> str | None:
    """The next blank-line-separated block of text, or None at end of input."""
    lines: list[str] = []
    while True:
        line = stream.readline()
        if not line:
            return "\n".join(lines).strip() if lines else None
        if line.strip():
            lines.append(line.rstrip("\r\n"))
        elif lines:
            return "\n".join(lines).strip()


def _say(text: str, *, err: bool) -> None:
    click.echo(text, err=err)
    (sys.stderr if err else sys.stdout).flush()


def _turn_json(t: Any, quote: str | None = None) -> dict[str, Any]:
    grades = t.grades[-1].criteria if t.grades else []
    return {
        "role": t.role,
        "kind": t.kind,
        "text": t.text,
        "topic": t.topic,
        "probes": list(t.probes),
        "quote": quote,
        "grades": [
            {
                "criterion": c.criterion,
                "score": c.score,
                "evidence": list(c.evidence),
                "suggestion": c.suggestion,
            }
            for c in grades
        ],
    }


def _score_line(outcome: Any, lang: str, rubric: Any = None) -> str:
    from interviewer.engine.templates import load_engine_strings

    def name(cid: str) -> str:
        try:
            return str(rubric.criterion(cid).name.get(lang)) if rubric is not None else cid
        except KeyError:
            return cid

    from interviewer.grading.scoring import scored

    if not scored(outcome.grade):
        return "  · " + load_engine_strings().text("cli", "not_scored", lang)
    sep = "，" if lang == "zh" else ", "
    crit = sep.join(f"{name(c.criterion)} {c.score}/5" for c in outcome.grade.criteria)
    return "  · " + load_engine_strings().text(
        "cli", "score_line", lang, overall=outcome.grade.overall, criteria=crit
    )


def _voice_answer(services: Services, runner: InterviewRunner, path_text: str) -> dict[str, Any]:
    """Transcribe a WAV file and store its audio; fields for submit_answer."""
    path = Path(path_text.strip()).expanduser()
    if not path.is_file():
        raise InputError(f"no audio file at {path}", "with --voice each block is a WAV file path")
    from interviewer.voice.analytics import delivery_from_asr
    from interviewer.voice.audio import store_audio
    from interviewer.voice.stt import transcribe_file

    text, asr = transcribe_file(services.settings, str(path), runner.lang)
    stored = store_audio(services.settings, runner.session_id, len(runner._turns), str(path))
    return {
        "text": text,
        "audio_path": stored,
        "asr": asr,
        "delivery": delivery_from_asr(asr, runner.lang),
    }


class QuestionSpeaker:
    """With --voice: speaks each interviewer turn into `<audio_dir>/<sid>/question-<index>` and
    records it on the turn; when speech cannot run it says so once and the interview goes on."""

    def __init__(self, services: Services, runner: InterviewRunner) -> None:
        self.settings = services.settings
        self.runner = runner
        self.working = True

    def speak(self, turn: Any) -> None:
        """Store the spoken audio of one stored interviewer turn (skipped if it has some)."""
        if not self.working or turn.audio_path:
            return
        from interviewer.voice.audio import clip_path
        from interviewer.voice.tts import synthesize_to_file

        target = clip_path(self.settings, self.runner.session_id, "question", turn.index, ".wav")
        try:
            path = synthesize_to_file(self.settings, turn.text, self.runner.lang, target)
        except (InterviewerError, OSError) as e:
            self.working = False
            message = e.message if isinstance(e, InterviewerError) else str(e)
            hint = f" ({e.hint})" if isinstance(e, InterviewerError) and e.hint else ""
            _say(
                f"[questions are not spoken or stored as audio: {message}{hint}; "
                "the interview goes on]",
                err=True,
            )
            return
        self.runner.attach_audio(turn, str(path.resolve()))


def _utf8_stdin() -> IO[str]:
    """stdin decoded as UTF-8, undecodable bytes replaced (never lone surrogates in the DB)."""
    import io

    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        return sys.stdin
    return io.TextIOWrapper(buffer, encoding="utf-8", errors="replace")


def _say_model_failure(runner: InterviewRunner, *, err: bool = True) -> None:
    """Once, when the model failed and the rest of the session went offline (stderr)."""
    error = runner.take_model_failure()
    if error is None:
        return
    from interviewer.engine.templates import load_engine_strings

    _say(
        load_engine_strings().text(
            "cli", "model_fallback", runner.lang, model=runner.model, error=error
        ),
        err=err,
    )


def _print_report(report: dict[str, Any], lang: str) -> None:
    from interviewer.engine.templates import load_engine_strings

    s = load_engine_strings()

    def t(key: str) -> str:
        return s.text("cli", key, lang)

    lines = [f"\n== {t('report_title')} =="]
    if report.get("overall") is not None:
        lines.append(f"{t('overall')}: {report['overall']:.0f}/100")
    names = report.get("criterion_names", {})
    for cid, score in (report.get("criteria") or {}).items():
        lines.append(f"  {names.get(cid, cid)}: {score}/5")
    for key in ("strongest", "weakest"):
        item = report.get(key)
        if item:
            lines.append(f"{t(key)} ({item['overall']:.0f}/100): “{item['answer']}”")
    if report.get("practice_next"):
        lines.append(f"{t('practise_next')}:")
        lines += [f"  - {p['why']}. {p['suggestion']}" for p in report["practice_next"]]
    _say("\n".join(lines), err=False)


@click.command()
@click.option(
    "--persona",
    "persona_id",
    default="deep_dive",
    show_default=True,
    help="Interviewer persona id (`interviewer personas list`).",
)
@click.option(
    "--resume",
    "resume_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Your résumé (md, txt, pdf, docx).",
)
@click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    help="Interview language (default: the résumé's, else the setting).",
)
@click.option("--model", envvar="INTERVIEWER_MODEL", help="`offline` or a litellm model string.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object at the end.")
@click.option(
    "--jd",
    "jd_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A job description file; its keywords steer the technical topics.",
)
@click.option(
    "--continue",
    "continue_id",
    type=int,
    metavar="SESSION_ID",
    help="Resume an unfinished session.",
)
@click.option("--voice", is_flag=True, help="Each block is the path of a WAV file to transcribe.")
@click.option("--focus", help="A criterion or gap to practise (e.g. metrics, tradeoffs).")
@click.option("--no-log", is_flag=True, help="Do not record model calls in the database.")
@click.option(
    "--user",
    envvar="INTERVIEWER_USER",
    default=None,
    help="Team mode: practise as this user (their sessions only).",
)
def practice(
    persona_id: str,
    resume_file: Path | None,
    lang: str | None,
    model: str | None,
    as_json: bool,
    jd_file: Path | None,
    continue_id: int | None,
    voice: bool,
    focus: str | None,
    no_log: bool,
    user: str | None,
) -> None:
    """Run an interview in the terminal; answers come from stdin, one blank-line block each."""
    try:
        _run(
            persona_id,
            resume_file,
            lang,
            model,
            as_json,
            jd_file,
            continue_id,
            voice,
            focus,
            no_log,
            user,
        )
    except InterviewerError as e:
        raise fail(e) from e


def _start(
    services: Services,
    persona_id: str,
    resume_file: Path | None,
    lang: str | None,
    model: str | None,
    jd_file: Path | None,
    focus: str | None,
) -> Any:
    from interviewer.engine.session import InterviewRunner
    from interviewer.schemas import GAP_IDS

    resume = None
    if resume_file is not None:
        from interviewer.resume import load_resume

        resume = load_resume(resume_file)
    persona = services.personas.get(persona_id)
    if focus:
        rubric = services.rubrics.get(persona.rubric)
        known = {c.id for c in rubric.criteria} | set(GAP_IDS)
        if focus not in known:
            raise InputError(
                f"unknown focus '{focus}'",
                f"use a criterion of rubric '{rubric.id}' or a gap id: " + ", ".join(sorted(known)),
            )
    jd = jd_file.read_text(encoding="utf-8", errors="replace") if jd_file else ""
    lang = lang or (resume.lang if resume is not None else services.settings.lang)
    return InterviewRunner.start(
        services,
        persona_id=persona.id,
        lang=lang or "en",
        resume=resume,
        model=model,
        job_description=jd,
        focus=focus,
    )


def _run(
    persona_id: str,
    resume_file: Path | None,
    lang: str | None,
    model: str | None,
    as_json: bool,
    jd_file: Path | None,
    continue_id: int | None,
    voice: bool,
    focus: str | None,
    no_log: bool,
    user: str | None = None,
) -> None:
    from interviewer.config import load_settings
    from interviewer.engine.session import InterviewRunner
    from interviewer.services import Services

    services = Services(load_settings(log_llm_calls=False) if no_log else load_settings())
    if user:
        from interviewer.accounts import owner_key

        services = services.for_owner(owner_key(user))
    try:
        if continue_id is not None:
            runner = InterviewRunner.load(services, continue_id, model=model)
        else:
            runner = _start(services, persona_id, resume_file, lang, model, jd_file, focus)
        _interview(services, runner, as_json, voice)
        status = "finished" if runner.finished else "active"
        report = (
            runner.report()
            if not runner.finished
            else (services.repo.get_session(runner.session_id).report or runner.report())
        )
        if as_json:
            out = {
                "session_id": runner.session_id,
                "persona": runner.persona.id,
                "lang": runner.lang,
                "model": runner.model,
                "status": status,
                "turns": [_turn_json(t, runner.quote_of(t)) for t in runner.turns()],
                "report": report,
            }
            click.echo(json.dumps(out, ensure_ascii=False, default=str))
        else:
            _print_report(report, runner.lang)
        if not runner.finished:
            from interviewer.engine.templates import load_engine_strings

            _say(
                load_engine_strings().text(
                    "cli", "continue_hint", runner.lang, id=runner.session_id
                ),
                err=True,
            )
    finally:
        services.close()


def _interview(services: Services, runner: InterviewRunner, as_json: bool, voice: bool) -> None:
    from interviewer.engine.templates import load_engine_strings

    err = as_json
    header = f"[session {runner.session_id} · {runner.persona.name.get(runner.lang)}"
    if runner.model == "offline" or runner.offline_fallback:
        header += " · " + load_engine_strings().text("cli", "offline_banner", runner.lang)
    _say(header + "]", err=err)
    if not as_json:
        _say(load_engine_strings().text("cli", "how_to_answer", runner.lang), err=False)
    speaker = QuestionSpeaker(services, runner) if voice else None
    stdin = _utf8_stdin()
    while not runner.finished:
        question = runner.next_question()
        _say_model_failure(runner)
        if question is None:
            break
        label = "Q" if question.kind != "followup" else "  ↳"
        _say(f"\n{label}: {question.text}", err=err)
        if speaker is not None:
            speaker.speak(question)
        if runner.finished:
            break
        block = read_block(stdin)
        if block is None:
            break
        fields = _voice_answer(services, runner, block) if voice else {"text": block}
        if voice:
            _say(f"A (transcribed): {fields['text']}", err=err)
        outcome = runner.submit_answer(fields.pop("text"), **fields)
        _say_model_failure(runner)
        if not as_json:
            _say(_score_line(outcome, runner.lang, runner.rubric), err=False)
