"""The roles a column of an appendix table can play, with their labels in both languages."""

from __future__ import annotations

from enum import Enum


class Role(str, Enum):
    """What a column holds, whatever the plan calls it."""

    NUMBER = "number"
    CONTENT = "content"
    LEAD = "lead"
    COORD = "coord"
    DIRECTOR = "director"
    DEADLINE = "deadline"
    NOTE = "note"
    PRODUCT = "product"
    BUDGET = "budget"
    OTHER = "other"

    def label(self, lang: str = "vi") -> str:
        return _LABELS[self][lang == "en"]


_LABELS = {
    Role.NUMBER: ("STT", "No."),
    Role.CONTENT: ("Nội dung", "Content"),
    Role.LEAD: ("Chủ trì", "Lead"),
    Role.COORD: ("Phối hợp", "Coordinating"),
    Role.DIRECTOR: ("Chỉ đạo", "Directing"),
    Role.DEADLINE: ("Thời hạn", "Deadline"),
    Role.NOTE: ("Ghi chú", "Note"),
    Role.PRODUCT: ("Sản phẩm", "Product"),
    Role.BUDGET: ("Kinh phí", "Budget"),
    Role.OTHER: ("Khác", "Other"),
}

# Roles whose cells name agencies, so they are split and linked to agency entities.
AGENCY_ROLES = (Role.LEAD, Role.COORD, Role.DIRECTOR)
# Roles stored as columns of the task row; the others go to task attributes.
TASK_COLUMNS = (Role.CONTENT, Role.LEAD, Role.COORD, Role.DIRECTOR, Role.DEADLINE, Role.NOTE)
