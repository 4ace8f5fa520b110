"""What the parser makes of a plan file, before it is written to the knowledge base."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from knowledge.fields import Role


@dataclass
class Section:
    """A node of the body: a Roman part, a numbered section, a lettered item or an article."""

    ref: str  # "II", "II.1", "II.1.c", "Điều 1"
    kind: str  # part | section | item | article
    title: str
    parent: str | None = None
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class Column:
    header: str  # as the plan writes it; under a two-row header, "Kinh phí - Ngân sách tỉnh"
    role: Role
    parent: str = ""  # the header above it in a two-row header ("Kinh phí")


@dataclass
class Table:
    """An appendix table: tasks, or documents to review."""

    number: int
    kind: str  # tasks | documents
    title: str
    columns: list[Column]
    appendix: str = ""  # the appendix it is in, "II" for "PHỤ LỤC II"; "" if unnumbered


@dataclass
class Group:
    code: str  # "III", normalised from "Ill"
    title: str
    table: int


@dataclass
class Row:
    """A task or document row: its number as written and one cell per column.

    >>> Row(0, "V", "23", [], runs_on=True).ref, Row(0, "I", "4.1", [], item=True).parent
    ('23', 'I.4')
    """

    table: int
    group: str | None
    number: str  # within its group: "3", or "1.2" for item 2 under task 1
    cells: list[str]
    prefix: str = ""  # "PL II: " when an earlier table of the plan has the same ids
    item: bool = False  # a row under a task ("-", "a)", "2.1" under 2) with cells of its own
    marked: bool = False  # an item numbered only "-" or "+": the plan cites it by its task
    runs_on: bool = False  # numbered on across groups (I: 1-6, II: 7-14): the number is the id
    note: str = ""  # a row spanning the table after this one, which comments on it

    @property
    def ref(self) -> str:
        own = self.group and not self.runs_on
        return self.prefix + (f"{self.group}.{self.number}" if own else self.number)

    @property
    def parent(self) -> str | None:
        """The ref of the task an item is under; None for a task."""
        return self.ref.rsplit(".", 1)[0] if self.item else None

    @property
    def group_code(self) -> str | None:
        """The code of its group as the knowledge base holds it, prefix included."""
        return self.prefix + self.group if self.group else None


@dataclass
class ParsedPlan:
    source: str
    number: str = ""
    doc_type: str = ""
    issuer: str = ""
    place: str = ""
    date: date | None = None
    title: str = ""
    signer: str = ""
    signer_title: str = ""
    bases: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    tasks: list[Row] = field(default_factory=list)
    documents: list[Row] = field(default_factory=list)
    abbreviations: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    wrapped: bool = False  # text extracted from a printed page: a cell wraps over lines

    def columns(self, table: int) -> list[Column]:
        return self.tables[table].columns
