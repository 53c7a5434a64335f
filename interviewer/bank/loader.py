"""Load answer-key files: the shipped `bank/` folder and the user's `<home>/bank/`.

Files are read and validated by interviewer.loader's machinery (the same errors, naming file and
field). On top of the schema, a bank file is checked for what one file alone can show: every
concept a claim or a rival names exists; question ids are unique across the whole bank.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from interviewer.bank.schema import BankFile, BankQuestion, KeyPoint, Misconception
from interviewer.errors import DataFileError, NotFoundError
from interviewer.loader import builtin_dir, validate_file

if TYPE_CHECKING:
    from interviewer.bank.match import Decision, Match, Matcher
    from interviewer.config import Settings


def reference_problems(bank: BankFile) -> list[tuple[str, str]]:
    """(field, message) for every claim or rival naming a concept the file does not define."""
    problems: list[tuple[str, str]] = []
    for cid, concept in bank.concepts.items():
        for k, rival in enumerate(concept.rivals):
            if rival not in bank.concepts:
                problems.append((f"concepts.{cid}.rivals.{k}", f"unknown concept '{rival}'"))
    for qi, q in enumerate(bank.questions):
        known = q.concepts
        for si, s in enumerate(q.subject):
            if s not in known:
                problems.append((f"questions.{qi}.subject.{si}", f"unknown concept '{s}'"))
        groups: list[tuple[str, Sequence[KeyPoint | Misconception]]] = [
            ("key_points", q.key_points),
            ("misconceptions", q.misconceptions),
        ]
        for name, items in groups:
            for ii, item in enumerate(items):
                for ci, claim in enumerate(item.claims):
                    for cc, c in enumerate(claim.all):
                        if c not in known:
                            problems.append(
                                (
                                    f"questions.{qi}.{name}.{ii}.claims.{ci}.all.{cc}",
                                    f"unknown concept '{c}' (question '{q.id}')",
                                )
                            )
    return problems


def load_file(path: Path) -> BankFile:
    """Validate one bank file, or raise DataFileError naming the field and what is expected."""
    bank = validate_file(path, BankFile)
    problems = reference_problems(bank)
    if problems:
        where, msg = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise DataFileError(
            path,
            f"{msg}{more}",
            "define it under `concepts:` (terms in zh and en) or fix the spelling",
            field=where,
        )
    return bank


def user_bank_dirs(settings: Settings) -> list[Path]:
    return [settings.home / "bank"]


def bank_files(dirs: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for d in dirs:
        if d.is_dir():
            files.extend(sorted([*d.glob("*.yaml"), *d.glob("*.yml")]))
    return files


@dataclass
class Bank:
    """Every loaded question by id, topic files by topic, and the files that could not be used.

    A user file whose topic equals a shipped one replaces it; a question id defined twice keeps
    the later file's question and reports the clash.
    """

    questions: dict[str, BankQuestion] = field(default_factory=dict)
    topics: dict[str, BankFile] = field(default_factory=dict)
    sources: dict[str, Path] = field(default_factory=dict)
    """Topic id -> file it came from."""
    errors: list[DataFileError] = field(default_factory=list)
    _matcher: Matcher | None = None

    def add(self, bank: BankFile, path: Path) -> None:
        replaced = self.topics.get(bank.topic)
        if replaced is not None:
            for q in replaced.questions:
                self.questions.pop(q.id, None)
        for i, q in enumerate(bank.questions):
            if q.id in self.questions:
                self.errors.append(
                    DataFileError(
                        path,
                        f"question id '{q.id}' is also in topic '{self.questions[q.id].topic}'",
                        "question ids must be unique across the bank; prefix them with the topic",
                        field=f"questions.{i}.id",
                    )
                )
            self.questions[q.id] = q
        self.topics[bank.topic] = bank
        self.sources[bank.topic] = path
        self._matcher = None

    def get(self, question_id: str) -> BankQuestion:
        try:
            return self.questions[question_id]
        except KeyError:
            close = [i for i in self.questions if question_id.split(".")[0] in i][:5]
            hint = f"did you mean one of {close}?" if close else "see `interviewer bank list`"
            raise NotFoundError(f"no bank question '{question_id}'", hint) from None

    def ids(self) -> list[str]:
        return sorted(self.questions)

    def by_topic(self, topic: str, level: int | None = None) -> list[BankQuestion]:
        """Questions of one topic (in file order), optionally of one level only."""
        bank = self.topics.get(topic)
        if bank is None:
            return []
        return [
            self.questions[q.id]
            for q in bank.questions
            if (level is None or q.level == level) and self.questions.get(q.id) is not None
        ]

    def match(self, question_text: str, lang: str | None = None) -> Match | None:
        """The closest bank question with a confidence, or None below the threshold."""
        from interviewer.bank.match import Matcher

        if self._matcher is None:
            self._matcher = Matcher(list(self.questions.values()))
        return self._matcher.match(question_text, lang)

    def decide(self, question_text: str, lang: str | None = None) -> tuple[Match | None, str]:
        """`match`, with the reason when no key is used ("" when one is)."""
        from interviewer.bank.match import Matcher

        if self._matcher is None:
            self._matcher = Matcher(list(self.questions.values()))
        return self._matcher.decide(question_text, lang)

    def decision(self, question_text: str, lang: str | None = None) -> Decision:
        """`decide` with the ranking it was made from (one ranking for a caller that shows both)."""
        from interviewer.bank.match import Matcher

        if self._matcher is None:
            self._matcher = Matcher(list(self.questions.values()))
        return self._matcher.decision(question_text, lang)

    def asked_points(self, question_text: str, question: BankQuestion) -> list[str]:
        """The ids of `question`'s key points that `question_text` asks for (a question worded
        to ask one part of a two-part bank question does not ask for the other part's points)."""
        from interviewer.bank.match import Matcher

        if self._matcher is None:
            self._matcher = Matcher(list(self.questions.values()))
        return self._matcher.asked_points(question_text, question)

    def scored(self, question_text: str, lang: str | None = None) -> list[Match]:
        """Every candidate with its confidence, best first (for tools and the benchmark)."""
        from interviewer.bank.match import Matcher

        if self._matcher is None:
            self._matcher = Matcher(list(self.questions.values()))
        return self._matcher.ranked(question_text, lang)


# A loaded bank is read-only, and loading it (29 YAML files, then the matcher built on first use)
# costs seconds; every Services, CLI command and grading batch would pay it again. Banks are kept
# per process by the files' identity and stamps, so an edited or added file loads afresh.
_LOADED: dict[tuple[tuple[str, int, int, int], ...], Bank] = {}
_KEEP = 4


def _stamps(files: list[Path]) -> tuple[tuple[str, int, int, int], ...] | None:
    try:
        return tuple(
            (str(f), st.st_mtime_ns, st.st_ctime_ns, st.st_size) for f in files for st in [f.stat()]
        )
    except OSError:
        return None


def load_dirs(dirs: Iterable[Path]) -> Bank:
    files = bank_files(dirs)
    key = _stamps(files)
    if key is not None and key in _LOADED:
        return _LOADED[key]
    bank = Bank()
    for path in files:
        try:
            bank.add(load_file(path), path)
        except DataFileError as e:
            bank.errors.append(e)
    if key is not None:
        if len(_LOADED) >= _KEEP:
            _LOADED.pop(next(iter(_LOADED)))
        _LOADED[key] = bank
    return bank


def load_bank(settings: Settings) -> Bank:
    """Shipped topics, then the user's `<home>/bank/*.yaml` (a user topic replaces a shipped one)."""
    return load_dirs([builtin_dir("bank"), *user_bank_dirs(settings)])
