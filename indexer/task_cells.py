"""What a task row's cells give the base besides their text: the periods of its deadline
(one per stage), and the agencies it names, each with its role."""

from __future__ import annotations

import re

from knowledge.fields import AGENCY_ROLES, Role
from knowledge.periods import Period, find_periods, parse_period

from .agencies import split_agencies, split_lead

# Where a deadline cell's stages part: "; ", or a full stop before the next sentence.
_STAGES = re.compile(r";\s+|\.\s+(?=[^\W\d_])")


def deadline_periods(deadline: str) -> list[Period]:
    """The periods a deadline cell gives: one, or one per stage of a task in stages, whose
    deadlines are set apart with "; " or written as sentences; none for a deadline that is
    a state or an event.

    >>> [p.end.isoformat() for p in deadline_periods("Tháng 5/2026; Tháng 11/2026")]
    ['2026-05-31', '2026-11-30']
    >>> [p.kind.value for p in deadline_periods("Ban hành Quý II/2026. Cập nhật thường xuyên")]
    ['quarter', 'continuous']
    >>> [p.kind.value for p in deadline_periods("Hằng năm, thường xuyên")]
    ['annual', 'continuous']
    >>> deadline_periods("Kỳ họp thứ nhất Quốc hội khóa XVI")
    []
    """
    if not deadline:
        return []
    whole = parse_period(deadline)
    parts = _STAGES.split(deadline.strip().rstrip("."))
    stages = [parse_period(part) for part in parts] if len(parts) > 1 else []
    if len(stages) > 1 and all(stages):
        return [p for p in stages if p is not None]
    if whole and whole.recurring:
        # "Hằng năm, thường xuyên" is both: a question for either kind finds it.
        kinds = dict.fromkeys(p.kind for p in find_periods(deadline) if p.recurring)
        return [
            whole,
            *(Period(k, whole.start, whole.end, whole.span) for k in kinds if k is not whole.kind),
        ]
    return [whole] if whole else []


def mark_partners(cells: dict[Role, str]) -> None:
    """A lead cell that marks its lead, "Sở Tư pháp (chủ trì), Sở Nội vụ": the lead is the
    agency marked, and the others join the coordinators, first."""
    split = split_lead(cells[Role.LEAD])
    if split is not None:
        cells[Role.LEAD] = split[0]
        cells[Role.COORD] = ", ".join([*split[1], *filter(None, [cells[Role.COORD]])])


def mentions(cells: dict[Role, str], lead_and_coord: bool) -> list[tuple[Role, str, bool]]:
    """The agencies a task's cells name, each with its role and whether it was given in
    parentheses. In a column for both roles ("Cơ quan chủ trì/phối hợp") the first agency
    named leads, with the units in its parentheses, and the others coordinate."""
    out = []
    for role in AGENCY_ROLES:
        names = split_agencies(cells[role])
        if role is Role.LEAD and lead_and_coord:
            # split_agencies lists the names outside parentheses first
            out += [(role, n, sub) for i, (n, sub) in enumerate(names) if i == 0 or sub]
            out += [(Role.COORD, n, sub) for n, sub in names[1:] if not sub]
        else:
            out += [(role, n, sub) for n, sub in names]
    return out
