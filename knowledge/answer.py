"""What the engine returns: an :class:`Answer`, and the chat :class:`Context` it carries on."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from enum import Enum

from .frame import Frame


class Status(str, Enum):
    FOUND = "found"
    AMBIGUOUS = "ambiguous"
    NOT_FOUND = "not_found"


class Intent(str, Enum):
    LEAD = "lead"
    COORD = "coord"
    DIRECTOR = "director"
    DEADLINE = "deadline"
    CONTENT = "content"
    NOTE = "note"
    COLUMN = "column"
    TASK = "task"
    DUE = "due"
    AGENCY = "agency"
    GROUP = "group"
    TOPIC = "topic"
    SECTION = "section"
    DOCUMENTS = "documents"
    META = "meta"
    COUNT = "count"
    SCHEDULE = "schedule"
    PLANS = "plans"
    HELP = "help"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class TaskRef:
    """A task as people name it: its id in a plan ("II.3" in "1169/QĐ-UBND")."""

    plan: str
    ref: str


@dataclass(frozen=True)
class Suggestion:
    """A question the user can ask next (a button in Telegram)."""

    label: str
    query: str


@dataclass(frozen=True)
class Context:
    """What a chat was talking about, for follow-ups. Plain data, so it can be stored as JSON.

    >>> Context.from_dict(Context(plan="87/KH-UBND").to_dict()).plan
    '87/KH-UBND'
    """

    plan: str | None = None  # the plan in scope
    tasks: tuple[TaskRef, ...] = ()  # the tasks in hand
    agencies: tuple[int, ...] = ()
    roles: tuple[str, ...] = ()  # the roles the agencies were asked in, for "còn Bộ Y tế?"
    pending: str | None = None  # a question waiting for the user to pick a plan
    listed: tuple[TaskRef, ...] = ()  # the last list of tasks shown, for "cái thứ 2"
    asked: str | None = None  # the last question that stood on its own
    # The last answer's kind (tasks, documents, sections, plans, events) and, for a list
    # that is not of tasks, its items in order: document numbers, section refs, plan numbers.
    kind: str | None = None
    items: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()  # the columns last asked, for "còn II.4 thì sao?"
    seen: tuple[TaskRef, ...] = ()  # tasks talked about, latest last, for "quay lại việc …"
    answered: str | None = None  # what the last question asked (a frame's ``asked``)
    item: str | None = None  # the one of ``items`` picked last ("cái thứ 3"), for "của nó"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> Context:
        if not data:
            return cls()
        return cls(
            plan=data.get("plan"),
            tasks=tuple(TaskRef(**t) for t in data.get("tasks", ())),
            agencies=tuple(data.get("agencies", ())),
            roles=tuple(data.get("roles", ())),
            pending=data.get("pending"),
            listed=tuple(TaskRef(**t) for t in data.get("listed", ())),
            asked=data.get("asked"),
            kind=data.get("kind"),
            items=tuple(data.get("items", ())),
            columns=tuple(data.get("columns", ())),
            seen=tuple(TaskRef(**t) for t in data.get("seen", ())),
            answered=data.get("answered"),
            item=data.get("item"),
        )

    def with_(self, **changes) -> Context:
        return replace(self, **changes)


@dataclass(frozen=True)
class Answer:
    """The engine's reply. ``text`` is plain text; ``title``, ``items`` and ``footer`` are
    the same text in parts, so a long list can be shown a page at a time."""

    status: Status
    intent: Intent
    title: str
    items: tuple[str, ...] = ()
    footer: str = ""
    tasks: tuple[TaskRef, ...] = ()
    # the ids of ``tasks`` as the plans write them, set as the turn ends: an item a plan
    # numbers only "-" is cited as its task ("I.4" for our "I.4.2")
    cited: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    plan: str | None = None
    suggestions: tuple[Suggestion, ...] = ()
    lang: str = "vi"
    context: Context = field(default_factory=Context)
    frame: Frame | None = None  # how the question was read

    @property
    def found(self) -> bool:
        return self.status is Status.FOUND

    @property
    def task_ids(self) -> list[str]:
        return [t.ref for t in self.tasks]

    @property
    def text(self) -> str:
        return "\n".join(part for part in (self.title, *self.items, self.footer) if part)

    def to_json(self) -> dict:
        """The ``planbot ask --jsonl`` form."""
        return {
            "found": self.found,
            "status": self.status.value,
            "intent": self.intent.value,
            "tasks": list(self.cited),
            "plan": self.plan,
            "sections": list(self.sections),
            "text": self.text,
            "suggestions": [s.query for s in self.suggestions],
            "frame": self.frame.to_dict() if self.frame else None,
        }
