"""Per-page state and the view the interview tab shows: plain data, no gradio."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict

from interviewer.errors import InputError, NotFoundError
from interviewer.web.identity import Identities, new_owner_id, valid_owner
from interviewer.web.live import LiveAnswers
from interviewer.web.runners import RunnerCache
from interviewer.web.spoken import SpokenDrafts
from interviewer.web.strings import norm_lang, t
from interviewer.web.uploads import ParseGate

if TYPE_CHECKING:
    from interviewer.services import Services


class BrowserState(TypedDict):
    """What the page keeps in the browser's localStorage: never the owner (the request proves it)."""

    session_id: int | None
    lang: str | None


class PageState(TypedDict):
    """One page's state (a gr.State, kept on the server): who it is, the session on screen."""

    owner: str
    """Proved by the request (identity cookie or team sign-in), never taken from the page."""
    session_id: int | None
    lang: str
    """The UI language."""
    session_lang: NotRequired[str]
    """The language the session on screen is held in (the UI may show another)."""
    asked: NotRequired[int | None]
    """Index of the question the page last showed, to tell a stale answer from a fresh one."""


def _session_id(value: Any) -> int | None:
    return int(value) if isinstance(value, int | str) and str(value).isdigit() else None


@dataclass
class WebContext:
    """What every handler needs: the shared services, the runner cache and live answers."""

    services: Services
    warm_up_voice: bool = False
    """Load the speech models in the background when an interview starts (the served app)."""
    runners: RunnerCache = field(init=False)
    live: LiveAnswers = field(init=False)
    spoken: SpokenDrafts = field(init=False)
    """Recordings stored and waiting in the answer box to be checked and sent (page's)."""
    identities: Identities = field(init=False)
    parses: ParseGate = field(init=False)

    def __post_init__(self) -> None:
        from interviewer.limits import RESUME_PARSES

        self.runners = RunnerCache(self.services)
        self.live = LiveAnswers()
        self.spoken = SpokenDrafts()
        self.parses = ParseGate(RESUME_PARSES)
        self.identities = Identities(self.services.settings, self.services.repo)

    def owner_of(self, request: Any) -> str:
        """The owner the request proves (identity cookie, or the signed-in user in team mode);
        an owner the page sends is ignored."""
        owner = self.identities.owner_of(request)
        if owner is None:
            raise InputError("this page does not know who you are yet", "reload the page")
        return owner

    def bind(self, state: Any, request: Any, lang: str | None = None) -> PageState:
        """The page's state with the owner taken from the request, whatever the state held."""
        return {**ensure_state(state, lang), "owner": self.owner_of(request)}


@dataclass
class SetupView:
    """The setup of the session on screen: its widgets' values and the one-line summary."""

    persona: str
    model: str
    focus: str
    focus_choices: list[tuple[str, str]]
    line: str


@dataclass
class InterviewView:
    """Everything the interview tab shows; `None` fields mean "leave as it is"."""

    state: PageState
    chat: list[dict[str, str]] = field(default_factory=list)
    status: str = ""
    scorecard: str | None = None
    report: str = ""
    speech: str | None = None
    """New value for the speech player (the question's sentence clips so far), or None."""
    active: bool = False
    """True while a question waits for an answer (answer box enabled)."""
    notice: str = ""
    clear_answer: bool = False
    progress: str = ""
    """The `#progress` line ("Question 2 of 8"), as HTML."""
    summary: str | None = None
    """The `#score-summary` after an answer, as HTML, or None to leave it."""
    setup: SetupView | None = None
    """The session's setup (folded into one line once started), or None for the idle page."""
    answer_text: str | None = None
    """Text to put in the answer box (a spoken answer's recognised text), or None to leave it."""


def new_state(lang: str | None = None, owner: str | None = None) -> PageState:
    """Per-page state: the browser's owner id, the live session id and the UI language."""
    return PageState(
        owner=owner if owner is not None and valid_owner(owner) else new_owner_id(),
        session_id=None,
        lang=norm_lang(lang),
    )


def ensure_state(state: PageState | dict[str, Any] | None, lang: str | None = None) -> PageState:
    """A usable state from whatever the page or an API client sent: keeps a valid owner (makes
    one otherwise: API clients start empty), a numeric session id and the known keys only."""
    if not isinstance(state, dict) or not valid_owner(state.get("owner")):
        return new_state(lang, None)
    out = PageState(
        owner=str(state["owner"]),
        session_id=_session_id(state.get("session_id")),
        lang=norm_lang(lang or state.get("lang")),
    )
    if isinstance(state.get("session_lang"), str):
        out["session_lang"] = state["session_lang"]
    if "asked" in state:
        asked = state["asked"]
        out["asked"] = asked if isinstance(asked, int) and not isinstance(asked, bool) else None
    return out


def state_from_browser(stored: Any, default_lang: str, owner: str) -> PageState:
    """Page-load state from the value kept in the browser's localStorage (session id and
    language only) and the `owner` the request proved; an owner in `stored` is ignored."""
    stored = stored if isinstance(stored, dict) else {}
    state = new_state(stored.get("lang") or default_lang, owner)
    state["session_id"] = _session_id(stored.get("session_id"))
    return state


def browser_value(state: Any) -> BrowserState:
    """What the page may keep in localStorage: the live session id and the language, no owner."""
    st = state if isinstance(state, dict) else {}
    return BrowserState(session_id=st.get("session_id"), lang=st.get("lang"))


def parse_session_id(value: Any, lang: str) -> int:
    """A session id from the page or an API client; anything but a plain number is "not found"
    (the same words as another owner's session or a missing one)."""
    if value is None or value == "":
        raise InputError(t("pick_session", lang))
    text = str(value).strip().removeprefix("#")
    if isinstance(value, bool) or not text.isdigit() or len(text) > 12:
        raise NotFoundError(t("not_yours", lang))
    return int(text)
