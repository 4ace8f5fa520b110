"""What the number of an appendix row says, and how a table's numbering runs on.

A number may be read in more than one way: "1.2" is task 2 of group 1, or item 2 under
task 1 (a group II that writes its tasks 1, 1.1, 1.2, 2); "3" is a task, or in a table of
dotted ids the group row above tasks 3.1, 3.2. :func:`readings` lists every way, and
:func:`follow` prices each against where the numbering stands, so that both readers (the
scored pass over a flattened table and the row-by-row reading of a Word table) take the
one that continues the sequence.

>>> [(m.kind, m.group, m.number, m.sub) for m in readings("1.2", dotted=True)]
[('task', '1', '2', ''), ('sub', None, '1', '2')]
>>> state = Numbering(group="II", last=1)
>>> follow(state, readings("1.1", dotted=True)[1])
(0.0, Numbering(group='II', last=1, sub='1', opened=False, marked=False))
>>> follow(state, readings("1.1", dotted=True)[1])[1].number
'1.1'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.normalize import int_to_roman, roman_to_int

_ROW_NUMBER = re.compile(r"^(?P<num>\d{1,3})\s*\.?\s*$")
_ROW_INLINE = re.compile(r"^(?P<num>\d{1,3})\s*\.\s+(?P<rest>\S.*)$")
GROUP = re.compile(r"^(?P<num>[IVXLl1]{1,5})\s*\.?\s*$")
# "II. Title"; on a printed page also "II Title", the numeral's cell beside the title's.
GROUP_INLINE = re.compile(
    r"^(?:(?P<num>[IVXLl1]{1,5})\s*[.:]|(?P<bare>[IVXL]{1,5})(?=\s+[A-ZĐÀ-Ỹ]))\s+(?P<title>\S.*)$"
)
_LETTER = re.compile(r"^(?P<letter>[A-Z])\s*\.?$")  # groups lettered A, B, C
_LETTER_INLINE = re.compile(r"^(?P<letter>[A-Z])\s*[.:]\s+(?P<title>\S.*)$")
# Items under a task: "a)" alone in its cell; "a) text" on a line is a cell's own list.
_SUB_LETTER = re.compile(r"^(?P<letter>[a-zđ])\s*\)$")
_SUB_MARK = re.compile(r"^[-+–]$")  # "-" or "+" alone in the number cell: the next item
_DOTTED = re.compile(r"^(?P<g>[IVXLl]{1,5}|\d{1,2})\s*\.\s*(?P<n>\d{1,2})\s*\.?$")
# "2.1 Theo dõi ...": on a printed page the number's cell beside the content's
_DOTTED_INLINE = re.compile(
    r"^(?P<g>[IVX]{1,5}|\d{1,2})\.(?P<n>\d{1,2})\.?\s+(?P<rest>[A-ZĐÀ-Ỹ].*)$"
)
_DOTTED_ARABIC = re.compile(r"^\d{1,2}\s*\.\s*\d{1,2}\s*\.?$")
_THREE = re.compile(
    r"^(?P<g>[IVXLl]{1,5}|\d{1,2})\s*\.\s*(?P<n>\d{1,2})\s*\.\s*(?P<s>\d{1,2})\s*\.?$"
)

# What a reading costs against the numbering before it (a cell that fits its column scores
# a few points): a plan numbers its rows in order, so a number out of sequence is more
# likely a cell's content ("12" in a budget column) than a new row.
SKIPPED = 8.0  # a task number that does not follow the one before
RESTARTED = 3.0  # numbering back at 1 with no group row (ids then repeat)
OUT_OF_ORDER = 6.0  # a group numeral that does not follow the one before
EMPTY_GROUP = 3.0  # a group row straight after another
IMPLIED_GROUP = 3.0  # a task id that names the next group ("4.1"), which had no group row


@dataclass(frozen=True)
class Marker:
    """One reading of a row's number: a group row, a task, or an item under a task
    ("1.2.1", "a)"), and any text written after the number."""

    kind: str  # group | task | sub
    group: str | None  # the group the number names ("II", "B", "1" of "1.2"), if any
    number: str | None = None  # a task's number; for an item, the task it is under
    title: str = ""
    sub: str = ""  # an item's own number or letter


@dataclass(frozen=True)
class Numbering:
    """Where a table's numbering stands after a row: the group it is in, the last task
    number, the last item under that task, whether that row was a group row, and whether
    it was an item the plan marks only with "-" or "+" (its number is ours, not the plan's)."""

    group: str | None = None
    last: int = 0
    sub: str = ""
    opened: bool = False
    marked: bool = False

    @property
    def number(self) -> str:
        """The number of the row just read, within its group: "3", or "1.2" for item 2
        under task 1, "2.a" for item a)."""
        return f"{self.last}.{self.sub}" if self.sub else str(self.last)


def group_code(text: str) -> str | None:
    """The Roman numeral a group is written with, normalised ("Ill" is III)."""
    value = roman_to_int(text)
    return int_to_roman(value) if value else None


def group_value(code: str | None) -> int | None:
    """The place of a group in its sequence: "III" and "3" are third, and so is "C"."""
    if code is None:
        return None
    if code.isdigit():
        return int(code)
    if value := roman_to_int(code):
        return value
    return ord(code) - ord("A") + 1 if "A" <= code <= "Z" else None


def is_dotted(numbers: list[str]) -> bool:
    """True for a table that numbers rows "1.1", "1.2": its plain numbers may be groups."""
    return sum(1 for n in numbers if _DOTTED_ARABIC.match(n.strip())) >= 2


def is_id(text: str) -> bool:
    """True for a number no cell holds as its value: a dotted id ("1.2", "1.2.1"), a group
    numeral ("II") or an item's letter ("a)"). A plain "12" may be an amount."""
    text = text.strip()
    return any(p.match(text) for p in (_THREE, _DOTTED, GROUP, _SUB_LETTER, _SUB_MARK))


def readings(text: str, *, dotted: bool) -> list[Marker]:
    """Every way to read a number cell or a flattened line, most likely first: "II",
    "Ill", "IV.", "II. Title" and "B" are groups; "3.", "3 ." and "3. Content" are tasks
    (and, in a table of dotted ids, group rows); "1.2" is task 2 of group 1 or item 2 under
    task 1; "1.2.1" and "a)" are items under a task. Empty if the text is no number."""
    text = text.strip()
    if m := _THREE.match(text):
        return [Marker("sub", _named_group(m["g"]), str(int(m["n"])), sub=str(int(m["s"])))]
    if m := _DOTTED.match(text) or _DOTTED_INLINE.match(text):
        rest = m.groupdict().get("rest") or ""
        task = Marker("task", _named_group(m["g"]), str(int(m["n"])), rest)
        if not m["g"].isdigit():
            return [task]
        return [task, Marker("sub", None, str(int(m["g"])), rest, str(int(m["n"])))]
    if GROUP.match(text) and (code := group_code(text)):
        return [Marker("group", code)]
    if (m := GROUP_INLINE.match(text)) and (code := group_code(m["num"] or m["bare"])):
        return [Marker("group", code, title=m["title"])]
    if m := _LETTER.match(text) or _LETTER_INLINE.match(text):
        return [Marker("group", m["letter"], title=m.groupdict().get("title") or "")]
    if m := _SUB_LETTER.match(text):
        return [Marker("sub", None, sub=m["letter"])]
    if _SUB_MARK.match(text):
        return [Marker("sub", None, sub="")]
    m = _ROW_NUMBER.match(text) or _ROW_INLINE.match(text)
    if m is None:
        return []
    number, rest = str(int(m["num"])), m.groupdict().get("rest") or ""
    task = Marker("task", None, number, rest)
    return [Marker("group", number, title=rest), task] if dotted else [task]


def _arabic(group: str | None) -> int | None:
    return int(group) if group and group.isdigit() else None


def _named_group(text: str) -> str:
    return group_code(text) or text


def follow(state: Numbering, mark: Marker) -> tuple[float, Numbering] | None:
    """What it costs for ``mark`` to open the next row, and where the numbering then
    stands; None if the reading cannot follow at all (an item under no task).

    Tasks may be numbered again from 1 in each group or run on across groups (group I has
    tasks 1-2, group II tasks 3-5); either way they keep the number the plan gives them.
    """
    if mark.kind == "group":
        value, before = group_value(mark.group), group_value(state.group)
        cost = 0.0 if value == (before or 0) + 1 else OUT_OF_ORDER
        cost += EMPTY_GROUP if state.opened else 0.0
        return cost, Numbering(mark.group, state.last, "", True)
    if mark.kind == "sub":
        return _follow_item(state, mark)
    number = int(mark.number or 0)
    if mark.group is not None:  # "2.1" names its group, with or without a group row
        return _follow_named(state, mark.group, number)
    if number == state.last + 1 or (number == 1 and state.opened):
        return 0.0, Numbering(state.group, number)
    if not state.opened and number == (_arabic(state.group) or -1) + 1:
        # "7." after the tasks 6.1-6.3 of group "6.": a task on its own after the last group
        return 0.0, Numbering(None, number)
    if number == 1:  # a fresh numbering with no group row
        return RESTARTED, Numbering(None, number)
    return SKIPPED, Numbering(state.group, number)


def _follow_named(state: Numbering, group: str, number: int) -> tuple[float, Numbering]:
    """A task whose id names its group: the group row's own ("I" above "1.1", "1.2"), or
    the next group without a row of its own."""
    same = group_value(group) == group_value(state.group)
    if same:
        expected, cost = (1 if state.opened else state.last + 1), 0.0
    else:
        expected = 1
        in_order = group_value(group) == (group_value(state.group) or 0) + 1
        cost = IMPLIED_GROUP if in_order else OUT_OF_ORDER
    return cost + (0.0 if number == expected else SKIPPED), Numbering(group, number)


def _follow_item(state: Numbering, mark: Marker) -> tuple[float, Numbering] | None:
    """An item under the task just read: "1.2.1" under 1.2, "1.1" under 1, "a)" under it."""
    parent = int(mark.number) if mark.number else state.last
    if state.opened or not state.last or parent != state.last:
        return None
    if mark.group is not None and group_value(mark.group) != group_value(state.group):
        return None
    if not mark.sub:  # an unnumbered "-" row: items are numbered 1, 2 in order
        sub = _next_item(state.sub if state.sub.isdigit() else "", letters=False)
        return 0.0, Numbering(state.group, state.last, sub, marked=True)
    expected = _next_item(state.sub, letters=not mark.sub.isdigit())
    cost = 0.0 if mark.sub == expected else SKIPPED
    return cost, Numbering(state.group, state.last, mark.sub)


def _next_item(sub: str, *, letters: bool) -> str:
    """The item after ``sub``: "1" then "2", "a" then "b"; the first when there is none."""
    if not sub:
        return "a" if letters else "1"
    if sub.isdigit():
        return str(int(sub) + 1)
    return "đ" if sub == "d" else "e" if sub == "đ" else chr(ord(sub) + 1)
