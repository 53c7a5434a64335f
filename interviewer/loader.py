"""Load personas and rubrics from the built-in folders and the user's, keeping the valid ones.

A broken file never stops the app: it is reported with its path, the field at fault and what was
expected, and every other file still loads. A user file with the id of a built-in replaces it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from interviewer.config import Settings
from interviewer.errors import DataFileError, NotFoundError
from interviewer.schemas import Persona, Rubric

MAX_DATA_FILE_BYTES = 1_000_000
MAX_YAML_ALIASES = 50

M = TypeVar("M", bound=BaseModel)


def builtin_dir(kind: str) -> Path:
    """Folder of shipped `personas` or `rubrics`: inside the wheel, or at the checkout root."""
    here = Path(__file__).resolve().parent
    packaged = here / "builtin" / kind
    return packaged if packaged.is_dir() else here.parent / kind


class _GuardedLoader(yaml.SafeLoader):
    """SafeLoader that refuses alias bombs (billion laughs) before they are expanded."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_YAML_ALIASES:
                raise yaml.YAMLError(f"more than {MAX_YAML_ALIASES} YAML aliases (*refs)")
        return super().compose_node(parent, index)


#: libyaml's C parser when PyYAML was built with it: the answer bank's 29 files load in ~0.9 s
#: instead of ~5 s, which every `grade`, `practice` and `bank` run paid (and CI, per test).
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)


def _load_yaml(text: str) -> Any:
    """Safe YAML: the C parser counts aliases from its events (linear, nothing expanded) before
    it builds anything; without it, or on any error, the guarded pure-Python loader runs, so
    its messages (line, column, problem) are the ones users see."""
    if _FAST_LOADER is not None:
        try:
            aliases = sum(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, _FAST_LOADER))
            if aliases <= MAX_YAML_ALIASES:
                return yaml.load(text, Loader=_FAST_LOADER)  # noqa: S506 - libyaml SafeLoader
        except yaml.YAMLError:
            pass
    return yaml.load(text, Loader=_GuardedLoader)  # noqa: S506 - a SafeLoader subclass


def read_yaml(path: Path) -> Any:
    """Parse one YAML file safely; errors name the file and the line."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise DataFileError(
            path, f"cannot read: {e.strerror}", "check the path and the file's permissions"
        ) from e
    if size > MAX_DATA_FILE_BYTES:
        raise DataFileError(
            path,
            f"is {size} bytes; data files are limited to 1 MB",
            "a persona or rubric is a few kB of text: check you picked the right file",
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DataFileError(path, f"is not UTF-8 (byte {e.start})", "save the file as UTF-8") from e
    try:
        return _load_yaml(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(e, "problem", None) or str(e)
        says_tab = "\\t" in str(e) or "tab" in str(e).lower()
        hint = _yaml_hint(str(e), tab="\t" in text and says_tab)
        raise DataFileError(path, f"is not valid YAML{where}: {problem}", hint) from e


def _yaml_hint(error: str, *, tab: bool) -> str:
    """What to do about a YAML syntax error, in plain words."""
    if tab:
        return "indent with spaces, not tabs"
    if "alias" in error.lower():
        return "write the values out instead of repeating *references (anchors/aliases)"
    if "tag" in error.lower():
        return "remove the !tag: data files hold plain text, numbers, lists and mappings only"
    return "fix the YAML at that line (indentation, a missing ':' or an unclosed quote)"


def _describe(err: Mapping[str, Any]) -> tuple[str, str]:
    loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
    msg = err["msg"]
    if err["type"] == "extra_forbidden":
        msg = "unknown field (misspelt? remove it)"
    elif err["type"] == "missing":
        msg = "required field is missing"
    return loc, msg


def validate_file(path: Path, model: type[M]) -> M:
    """Read and validate one data file, or raise DataFileError naming the field."""
    data = read_yaml(path)
    if data is None:
        raise DataFileError(path, "is empty", "write the fields as `name: value` lines")
    if not isinstance(data, dict):
        raise DataFileError(
            path,
            f"must be a YAML mapping of fields, got {type(data).__name__}",
            "write the fields as `field: value` lines (id, name, ...), not a list",
        )
    try:
        return model.model_validate(data)
    except ValidationError as e:
        loc, msg = _describe(e.errors()[0])
        more = len(e.errors()) - 1
        extra = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
        raise DataFileError(
            path,
            f"{msg}{extra}",
            f"compare with a valid file: `interviewer {model.__name__.lower()}s show <id> --yaml`",
            field=loc,
        ) from e


@dataclass
class Catalog(Generic[M]):
    """Valid items by id, plus the errors of the files that could not be used."""

    kind: str
    items: dict[str, M] = field(default_factory=dict)
    sources: dict[str, Path] = field(default_factory=dict)
    errors: list[DataFileError] = field(default_factory=list)

    def get(self, item_id: str) -> M:
        try:
            return self.items[item_id]
        except KeyError:
            known = ", ".join(sorted(self.items)) or "none"
            bad = [e for e in self.errors if Path(e.path).stem == item_id]
            hint = f"that file is broken: {bad[0]}" if bad else f"known {self.kind}: {known}"
            raise NotFoundError(f"no {self.kind[:-1]} '{item_id}'", hint) from None

    def ids(self) -> list[str]:
        return sorted(self.items)


def load_catalog(model: type[M], kind: str, dirs: Iterable[Path]) -> Catalog[M]:
    cat: Catalog[M] = Catalog(kind)
    for d in dirs:
        if not d.is_dir():
            continue
        for path in sorted([*d.glob("*.yaml"), *d.glob("*.yml")]):
            try:
                item = validate_file(path, model)
            except DataFileError as e:
                cat.errors.append(e)
                continue
            cat.items[item.id] = item  # type: ignore[attr-defined]
            cat.sources[item.id] = path  # type: ignore[attr-defined]
    return cat


def load_personas(settings: Settings) -> Catalog[Persona]:
    return load_catalog(
        Persona, "personas", [builtin_dir("personas"), *settings.user_personas_dirs()]
    )


def load_rubrics(settings: Settings) -> Catalog[Rubric]:
    return load_catalog(Rubric, "rubrics", [builtin_dir("rubrics"), *settings.user_rubrics_dirs()])
