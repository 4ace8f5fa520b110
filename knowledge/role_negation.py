"""Which of the roles a question asks it says an agency does not hold: "phối hợp chứ
không chủ trì", "support without leading" ask for the tasks of one role without those of
the other."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .field_cues import FIELD_CUES
from .fields import Role

# What stands before a role the agency does not hold: "chứ không", "without".
# ("không tính nhiệm vụ chủ trì", "trừ những việc chủ trì", "excluding the ones it leads":
# the role left out of the count)
_NOT_BEFORE = re.compile(
    r"\b(?:khong|ko|k|chua|tru|ngoai tru|not|never|without|except|excluding|isn t|doesn t"
    r"|don t|does not|do not)"
    r"(?: (?:phai|duoc|truc tiep|giu vai tro|dong vai tro|vai tro|la|dung|the|tinh|ke|ca"
    r"|bao gom|gom|cac|nhung|nhiem vu|nv|viec|cai|phan|o|ones?|tasks?|it|they|those|which"
    r"|that))*\s*$"
)


def negated_roles(folded: str, roles: Iterable[Role]) -> set[Role]:
    """Of the roles a question asks, those it says the agency does not hold, when it asks
    another it does: the tasks are those of the others, without these.

    >>> q = "nhiem vu nao so khcn chi dong vai tro phoi hop chu khong chu tri"
    >>> negated_roles(q, [Role.LEAD, Role.COORD]) == {Role.LEAD}
    True
    >>> negated_roles("so x phoi hop nv nao, ko tinh nv chu tri", [Role.LEAD, Role.COORD])
    {<Role.LEAD: 'lead'>}
    >>> negated_roles("nhiem vu nao khong do so x chu tri", [Role.LEAD])
    set()
    """
    roles = list(roles)
    negated = set()
    for role in roles:
        at = [m.start() for m in FIELD_CUES[role].finditer(folded)]
        if at and all(_NOT_BEFORE.search(folded[:i].rstrip(" ,")) for i in at):
            negated.add(role)
    return negated if len(negated) < len(roles) else set()
