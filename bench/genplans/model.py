"""The generated plan: its cells (lead, coordinators, task, group, column), the
extraction quirks of its text, its signer and the plan itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bench.genplans.deadlines import Deadline
from bench.genplans.text import slug
from bench.genplans.vocabulary import ROMAN


@dataclass(frozen=True)
class Lead:
    """The lead cell: one agency, maybe a sub-unit in brackets or a co-lead after "và"."""

    head: str
    sub: str = ""  # "Chi cục ..." under a department, or the department under "UBND tỉnh"
    split: bool = False  # the bracketed sub-unit sits on a line (paragraph) of its own
    partner: str = ""

    def lines(self) -> list[str]:
        if self.sub and self.split:
            return [self.head, f"({self.sub})"]
        if self.sub:
            return [f"{self.head} ({self.sub})"]
        if self.partner:
            return [f"{self.head} và {self.partner}"]
        return [self.head]

    @property
    def text(self) -> str:
        return " ".join(self.lines())

    @property
    def leaders(self) -> set[str]:
        """Agencies that certainly lead; "UBND tỉnh (Sở X)" is led by UBND, X only maybe."""
        return set() if self.head == "UBND tỉnh" else {self.head, self.partner} - {""}

    @property
    def maybe_leaders(self) -> set[str]:
        return {self.sub} if self.head == "UBND tỉnh" else set()


@dataclass(frozen=True)
class Coord:
    agencies: tuple[str, ...]
    tail: str = ""

    @property
    def text(self) -> str:
        text = ", ".join(self.agencies) + self.tail
        return text[0].upper() + text[1:]


@dataclass
class Task:
    group: int  # 1-based position of the group in the appendix
    num: int
    content: str
    lead: Lead
    coord: Coord
    deadline: Deadline
    director: str
    product: str
    budget: str
    note: str  # may be empty: the only cell a row can leave empty (it is the last column)

    @property
    def id(self) -> str:
        return f"{ROMAN[self.group - 1]}.{self.num}"

    def cell_lines(self, key: str) -> list[str]:
        """The cell of column ``key`` as lines; empty list for an empty cell."""
        if key == "lead":
            return self.lead.lines()
        if key == "coord":
            return [self.coord.text]
        if key == "deadline":
            return [self.deadline.text]
        value = getattr(self, key)  # content, director, product, budget, note
        return [value] if value else []


@dataclass
class Group:
    title: str
    tasks: list[Task]


@dataclass(frozen=True)
class Column:
    key: str  # tt, content, lead, coord, director, deadline, product, budget, note
    label: str


@dataclass(frozen=True)
class Quirks:
    """Artefacts of the Word-to-text extraction seen in the 1169 sample (txt files only)."""

    crlf: bool = False
    bom: bool = False
    lead_space: bool = False  # " ỦY BAN NHÂN DÂN" on the first line
    ill: bool = False  # group III written "Ill"
    dotted: frozenset[int] = frozenset()  # groups whose numeral has a dot: "IV."
    spaced: frozenset[str] = frozenset()  # task ids whose row number reads "1 ."
    section_label: bool = False  # "I. CÁC NHIỆM VỤ TRIỂN KHAI" above the table


@dataclass(frozen=True)
class Signer:
    titles: tuple[str, ...]
    name: str


@dataclass
class Plan:
    index: int
    number: int
    kind: str  # "KH" (kế hoạch) or "QĐ" (quyết định ban hành kế hoạch)
    province: str
    issued: date
    title: str
    media: tuple[str, ...]
    columns: list[Column]
    groups: list[Group]
    report: tuple[int, int]  # yearly report due (day, month)
    report_style: int
    purposes: list[str]
    requirements: list[str]
    task_heading: str
    body_lists_tasks: bool  # body section II repeats every task as a), b)...
    signer: Signer | None
    fmt: str  # "txt" or "docx"
    merge_group_rows: bool  # docx: group title cell spans the rest of the row
    quirks: Quirks = field(default_factory=Quirks)

    @property
    def ref(self) -> str:
        return f"{self.number}/{self.kind}-UBND"

    @property
    def filename(self) -> str:
        kind = "QD" if self.kind == "QĐ" else "KH"
        return f"{slug(self.province)}-{self.number}-{kind}-UBND.{self.fmt}"

    @property
    def tasks(self) -> list[Task]:
        return [t for g in self.groups for t in g.tasks]
