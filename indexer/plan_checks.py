"""What a parsed plan is checked for: tasks and a number, task ids kept apart across
tables, tasks numbered on across groups, columns that would answer nothing; and the
abbreviations its text defines.
"""

from __future__ import annotations

import re

from knowledge.fields import Role

from .errors import NotAPlan
from .model import ParsedPlan, Table

_ABBREVIATION = re.compile(
    r"(?P<full>[A-ZĐÀ-Ỹ][^()]{3,120}?)\s*\((?:sau đây )?(?:gọi |viết )?(?:tắt )?(?:là )?"
    r"(?P<short>[A-ZĐ][A-ZĐ&\-]{1,12})\)"
)


def finish(plan: ParsedPlan) -> None:
    """Check what a plan must have, and learn the abbreviations it defines."""
    if not plan.tasks:
        raise NotAPlan(f"{plan.source}: {_missing_tasks(plan)}")
    if not plan.number:
        plan.warnings.append("không tìm thấy số văn bản ('Số: ...'); tên tệp được dùng thay")
        plan.number = re.sub(r"\.(txt|docx)$", "", plan.source, flags=re.IGNORECASE)
    for table in plan.tables:
        _mark_run_on(plan, table)
    _distinct_tables(plan)
    for kind, refs in (
        ("nhiệm vụ", [row.ref for row in plan.tasks]),
        ("nhóm", [g.code for g in plan.groups]),
    ):
        seen: set[str] = set()
        for ref in refs:
            if ref in seen:
                plan.warnings.append(f"{kind} {ref} xuất hiện hai lần")
            seen.add(ref)
    for table in plan.tables:
        _check_columns(plan, table)
    text = " ".join([*plan.bases, *(s.title + " " + s.text for s in plan.sections)])
    for m in _ABBREVIATION.finditer(text):
        plan.abbreviations.setdefault(m["short"], m["full"].strip())


def _mark_run_on(plan: ParsedPlan, table: Table) -> None:
    """Mark the rows of a table that numbers its tasks on across groups (group I has tasks
    1-6, group II tasks 7-14): the number alone is the task's id, as the plan writes it."""
    rows = [r for r in plan.tasks if r.table == table.number and r.group and not r.item]
    firsts: dict[str, int] = {}
    for row in rows:
        if row.number.isdigit():
            firsts.setdefault(row.group, int(row.number))
    numbers = [r.number for r in rows]
    if len(firsts) < 2 or not any(n > 1 for n in list(firsts.values())[1:]):
        return
    if len(set(numbers)) != len(numbers):
        return  # a number written twice: the groups tell the tasks apart
    for row in plan.tasks:
        if row.table == table.number:
            row.runs_on = True


def _distinct_tables(plan: ParsedPlan) -> None:
    """Keep the ids of a later task table apart from an earlier one's: two appendices may
    both number their groups I, II. The later table's ids and group codes then start with
    its appendix, "PL II: I.1", or its place when appendices are not numbered, "Bảng 2: 1"."""
    taken: set[str] = set()
    appendices: set[str] = set()
    for table in plan.tables:
        if table.kind != "tasks":
            continue
        rows = [r for r in plan.tasks if r.table == table.number]
        groups = [g for g in plan.groups if g.table == table.number]
        refs = {r.ref for r in rows} | {g.code for g in groups}
        if refs & taken:
            own = table.appendix and table.appendix not in appendices
            label = f"PL {table.appendix}" if own else f"Bảng {table.number + 1}"
            for row in rows:
                row.prefix = f"{label}: "
            for group in groups:
                group.code = f"{label}: {group.code}"
            example = rows[0].ref if rows else groups[0].code
            plan.warnings.append(
                f"bảng {table.number + 1} dùng lại số thứ tự của bảng trước; mã nhiệm vụ "
                f"của bảng này có thêm '{label}: ' ở đầu (ví dụ '{example}')"
            )
            refs = {r.ref for r in rows} | {g.code for g in groups}
        appendices.add(table.appendix)
        taken |= refs


def _missing_tasks(plan: ParsedPlan) -> str:
    """Why a plan has no tasks, for the person who sent it."""
    needs = (
        "kế hoạch cần một bảng phụ lục liệt kê nhiệm vụ, có dòng tiêu đề gồm các cột như "
        "'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'"
    )
    if any(t.kind == "tasks" for t in plan.tables):
        return (
            "bảng nhiệm vụ có dòng tiêu đề nhưng không có dòng nhiệm vụ nào; mỗi nhiệm vụ là "
            "một dòng mở đầu bằng số thứ tự (1, 2, ... hoặc 1.1, 1.2)"
        )
    if plan.tables:
        return f"chỉ có bảng danh mục văn bản, không có bảng nhiệm vụ; {needs}"
    return f"không tìm thấy bảng nhiệm vụ; {needs}"


def _check_columns(plan: ParsedPlan, table: Table) -> None:
    """Warn about columns that will not answer what they should: a column empty in every
    row, and a task table with no deadline or with two columns read as its lead."""
    rows = [r for r in plan.tasks + plan.documents if r.table == table.number]
    name = f"bảng {table.number + 1}"
    data_columns = [c for c in table.columns if c.role is not Role.NUMBER]
    for index, col in enumerate(data_columns):
        if rows and all(not r.cells[index] for r in rows):
            plan.warnings.append(f"{name}: cột '{col.header}' trống ở mọi dòng")
    if table.kind != "tasks" or not rows:
        return
    if not any(c.role is Role.DEADLINE for c in table.columns):
        plan.warnings.append(f"{name}: không có cột thời hạn; các nhiệm vụ sẽ không có hạn")
    leads = [f"'{c.header}'" for c in table.columns if c.role is Role.LEAD]
    if len(leads) > 1:
        plan.warnings.append(
            f"{name}: {len(leads)} cột được hiểu là cơ quan chủ trì ({', '.join(leads)}); "
            "ô có nội dung đầu tiên được dùng"
        )
