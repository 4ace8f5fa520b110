"""A question as a frame: what is asked, about what, filtered how, in which language.

:func:`knowledge.question.read` finds the parts of a question (ids, periods, cue words);
the engine then reads the names the knowledge base knows (agencies, plans) and builds a
:class:`Frame`. The routes decide on it, and ``planbot ask --frame`` shows it, so a question
that went the wrong way shows where the reading went wrong.

>>> Frame(Asked.COLUMNS, columns=("lead",), task_ids=("II.3",)).to_dict()["asked"]
'columns'
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import Enum


class Asked(str, Enum):
    """What kind of answer the question wants."""

    COLUMNS = "columns"  # a task's cells: "Ai chủ trì II.3?"
    LIST = "list"  # tasks that pass filters: "Sở X chủ trì nhiệm vụ nào?"
    COUNT = "count"  # how many: "có mấy nhiệm vụ"
    EXTREME = "extreme"  # "thời hạn muộn nhất", "kinh phí lớn nhất", totals
    COMPARE = "compare"  # "II.1 hay II.3 đến hạn trước?"
    YES_NO = "yes_no"  # "Đã quá hạn chưa?", "có … không?"
    FACTS = "facts"  # the plan's own facts: signer, number, bases
    TEXT = "text"  # a body section, a day, a document cited or listed for review
    TOPIC = "topic"  # whatever the plan says about some words
    TALK = "talk"  # greetings, thanks, help
    NOT_IN_PLAN = "not_in_plan"  # contacts, office holders, salaries


@dataclass(frozen=True)
class AgencyFilter:
    """An agency the question names, the roles it asks about, and whether it excludes."""

    name: str
    agencies: tuple[int, ...]
    roles: tuple[str, ...] = ()
    negated: bool = False


@dataclass(frozen=True)
class Frame:
    asked: Asked
    columns: tuple[str, ...] = ()  # roles or headers asked for
    task_ids: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    group: str | None = None
    documents: tuple[str, ...] = ()  # numbers of documents cited or listed for review
    plans: tuple[str, ...] = ()  # plan numbers named
    agencies: tuple[AgencyFilter, ...] = ()
    periods: tuple[str, ...] = ()  # labels: "Quý II/2026"
    relative: str | None = None  # upcoming | overdue | pending
    topic: tuple[str, ...] = ()  # the words left once all of the above is read
    follow_up: bool = False  # leans on the chat before it
    lang: str = "vi"

    def to_dict(self) -> dict:
        """Plain JSON data: lists, strings, numbers."""
        return json.loads(json.dumps(asdict(self)))
