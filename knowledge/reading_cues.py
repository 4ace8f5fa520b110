"""Cues :func:`knowledge.question.read` applies to a question's folded words beyond the
shared ones of :mod:`knowledge.cues`: a recurring period set aside, a content named, a date
said to be missing, "nếu có thì", today said, a deadline asked rather than filtered."""

from __future__ import annotations

import re

# A recurring period set aside: "trừ mấy cái hằng năm", "ngoài các việc làm hàng năm",
# "instead of just being yearly".
SET_ASIDE = re.compile(
    r"\b(?:tru|ngoai|khong (?:tinh|ke|phai)|except|excluding|besides|apart from|other than"
    r"|instead of|rather than"
    # "… có mốc cụ thể chứ không thực hiện hằng năm": rather than
    r"|chu khong|(?:ma|chu) khong (?:phai|thuc hien|lam))\b(?: \w+){0,4} *$"
)

# "ko tính mấy việc btp chỉ phối hợp", "trừ những việc chỉ phối hợp", "not counting the
# ones it only coordinates": a role set aside, when the question asks another one.
# (Tasks set aside, not the "trữ" of "dự trữ": "ai chủ trì ai phối hợp" stays.)
ROLE_SET_ASIDE = re.compile(
    r"\b(?:tru|ngoai tru|(?:khong|ko|k) (?:tinh|ke)|not counting|excluding|except(?: for)?)"
    r" (?:nhung|cac|may|viec|nhiem vu|nv|cai|the|tasks?|ones?)\b"
    r"(?: \w+){0,5}? (?:chi |only )?(?:phoi hop|chu tri|chi dao|coordinates?|leads?|directs?)\b"
)

# (or "có thời hạn ban hành khi nào", a deadline to issue it by)
OBLIGED_TO_ISSUE = re.compile(r"\b(?:phai|can|se|duoc giao|thoi han|han) ban hanh\b")

CONTENT_NAMED = re.compile(
    r"\bnoi dung\b|\bcontent\b|^(?:nhiem vu|nv|task|viec)? ?(?:la gi|(?:la )?lam gi)\b"
    # "… để làm gì, và cơ quan nào chỉ đạo?": what the task is for, which its text says
    r"|\b(?:de|nham) (?:lam gi|muc dich gi)\b|\bmuc dich (?:gi|nao)\b"
    # "… giao cho cơ quan nào và thực hiện theo cách nào?": how, which its text says
    r"|\b(?:theo|bang) cach nao\b|\bthuc hien (?:ra sao|nhu the nao)\b"
    # "… gồm những loại dự án nào, do ai chủ trì?": what it holds, which its text says
    r"|\bgom (?:nhung |cac )?(?:loai|hang muc|cong trinh|du an|noi dung|linh vuc)\b"
)

NO_DATE = re.compile(
    r"\b(?:khong|chua) (?:co )?(?:thoi han|han|moc(?: thoi gian)?) (?:cu the|ro rang|xac dinh)\b"
)

# ("nếu có thì", never "nêu cơ quan", which folds alike)
IF_NOT = re.compile(
    r"\bneu (?:co|khong|ko|chua)(?: phai)? thi\b"
    r"|\bneu (?:khong|ko|chua)\b(?! (?:co|duoc|neu|phai|ghi)\b)|\bif (?:not|so)\b"
)

IF_SO = re.compile(r"\bneu co(?: phai)? thi\b|\bif so\b")

# After a recurring period ("định kỳ"), words that ask how it recurs.
HOW_OFTEN = re.compile(
    r" *(?:nhu the nao|the nao|ra sao|bao lau (?:mot|1) lan|may lan|nao|gi|bao lau)\b"
)

TODAY_SAID = re.compile(
    r"\b(?:hom nay|bay gio|today|it is now)(?: da)?(?: la| is)?"
    r"(?: (?:ngay|dau|giua|cuoi|thang|quy|nam \d{4}|the|early|mid|late|of"
    r"|\d{1,4}(?:/\d{1,4}){0,2}))+"
)

COUNT_SPELLED = re.compile(r"\b(?:bao nhieu|how many)\b")

NOT_ASKED = re.compile(r"\((?:không|ko|chứ không|not|rather than)\b[^()]*\)", re.IGNORECASE)

# "… and when is its report due?", "việc X khi nào đến hạn?": a deadline asked, not a filter.
WHEN_DUE = re.compile(
    # ("which quarter is the barcode work due?", "quý mấy đến hạn": when, by its unit)
    r"\b(?:when|khi nao|bao gio|luc nao|(?:which|what) (?:quarter|month|year|date|day)"
    r"|(?:quy|thang|nam|ngay) (?:may|nao))\b.*\b(?:due|den han|toi han)\b"
    r"|\b(?:due|den han|toi han) (?:khi nao|bao gio|luc nao|when)\b"
)

EITHER_WORD = re.compile(r"\b(?:hay|hoac|or)\b")

NOW_WORD = re.compile(
    r"\b(?:hien nay|hien tai|bay gio|luc nay|thoi diem nay|now|currently|at present)\b"
)

# "Năm nay những nhiệm vụ nào hết thời hạn thực hiện?": whose time ends in the period named,
# not those overdue ("đã quá hạn").
ENDS_IN = re.compile(r"\bhet (?:thoi han|thoi gian|han)\b")

PAST_DUE = re.compile(r"\b(?:qua|tre|cham) (?:thoi )?han\b|\bda het\b")
