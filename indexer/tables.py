"""What both table readers share: the table a header opens in the plan, and the lines
around a table that are not its rows (a printed page number, a footnote).
"""

from __future__ import annotations

import re

from knowledge.fields import Role
from knowledge.normalize import fold

from .model import Column, ParsedPlan, Table

FOOTNOTE = re.compile(r"^\[\d+\]")
PAGE_NUMBER = re.compile(r"^(?:trang\s*)?-?\s*\d{1,3}\s*(?:/\s*\d{1,3})?\s*-?$")  # folded


def new_table(plan: ParsedPlan, columns: list[Column]) -> Table:
    kind = (
        "documents"
        if any(c.role is Role.CONTENT and "van ban" in fold(c.header) for c in columns)
        else "tasks"
    )
    table = Table(number=len(plan.tables), kind=kind, title="", columns=columns)
    plan.tables.append(table)
    return table
