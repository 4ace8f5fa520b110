"""The cue words of a statement asked to be confirmed: "Sở X chủ trì việc Y, đúng không?",
"Có phải … không?", "Is it true …?"; and the words of it that are no topic.

Matched on folded text, like every cue.

>>> bool(CLAIM_CUE.search("so x chu tri viec y, dung khong a"))
True
"""

from __future__ import annotations

from .cues import cue

# A statement to confirm: "Sở X chủ trì việc Y, đúng không?", "…, phải không?", "is it true".
# Chat particles that may close a yes/no question: "… phải ko nhỉ", "… đúng không ad".
CLOSE = r"(?: (?:nhi|nhe|a|ha|vay|the|ad|ak|nha|ban|bot))*\s*$"
CLAIM_CUE = cue(
    r"(?:dung|phai|chinh xac) (?:khong|ko|k|chu|chua)" + CLOSE,
    # "hạn là quý II/2026 đúng không, giờ đã trễ chưa?": a second question after it
    r"(?:dung|phai|chinh xac) (?:khong|ko|k|chu) (?=(?:gio|va|con|vay|the|roi|nhung)\b)",
    r"co (?:dung|phai) (?:la )?(?:khong|ko)\b",
    # "Có đúng là việc X phải xong trong quý II/2025 không?"
    r"co dung la(?: \S+)+ (?:khong|ko|k)" + CLOSE,
    # "Có phải Công an tỉnh chủ trì việc X không?", "Sở X có chủ trì nv III.2 ko"
    r"co phai(?: \S+)+ (?:khong|ko|k|chua)" + CLOSE,
    r"co (?:duoc giao |phai )?(?:chu tri|phoi hop|chi dao|tham gia)(?: \S+)+ (?:khong|ko|k)"
    + CLOSE,
    # "Bộ Công an có nằm trong danh sách cơ quan phối hợp của nhiệm vụ … không?"
    r"co (?:nam trong|nam o|thuoc|co ten trong|o trong|trong) (?:danh sach |so )?(?:cac )?"
    r"(?:co quan |don vi |ben )?(?:chu tri|phoi hop|chi dao|tham gia)(?: \S+)+ (?:khong|ko|k)"
    + CLOSE,
    # "Nhiệm vụ xây dựng … có hạn trong năm 2025 không?", "… có mốc thời hạn cụ thể không?"
    r"co (?:han|thoi han|moc(?: thoi han)?|den han|phai xong)(?: \S+)+ (?:khong|ko|k)" + CLOSE,
    # "Hạn của nhiệm vụ đó có rơi vào quý này không?": its deadline, checked against a period
    # (a period read out of it leaves blanks)
    r"(?:han|thoi han)(?: \S+){0,4} co (?:roi|nam|thuoc|o|vao|trong)(?:\s+\S+)+\s+(?:khong|ko|k)"
    + CLOSE,
    # "Nhiệm vụ II.3 có do Chủ tịch UBND tỉnh chỉ đạo không?", "… có thuộc Sở X không"
    r"co (?:do|thuoc|duoc giao cho)(?: \S+)+ (?:khong|ko|k)" + CLOSE,
    # "II.3 do Sở KH&CN chỉ đạo à?": a chat particle after the role asks to confirm it;
    # not the polite "ạ", which folds alike, closing a question ("do ai chủ trì ạ")
    r"^(?!.*\b(?:ai|nao|gi|bao gio)\b).*(?:chu tri|phoi hop|chi dao|phu trach)(?: \S+){0,3}"
    r" (?:a|ha|ah|ak)\s*$",
    r"^(?:does|do|is|are) (?:\S+ ){1,8}(?:lead|leads|coordinate|coordinates|direct|directs"
    r"|in charge of|(?:led|directed|coordinated|overseen|supervised) by)\b",
    r"(?:is|are) (?:it|that) (?:true|right|correct)",
    r"(?:right|correct)\s*$",
    # "Is task II.7 an annual task?", "is it due in 2026?" (read without their periods);
    # not "is there anything due …"
    r"^(?:is|are|does|will) (?:task|it|this|that)\b(?!.*\b(?:about|on|for)\b)",
    r"^(?:is|are|does|do|will) (?!there\b)(?:\S+ ){1,8}due",
    # "Will the decree raising … be finished this year?": a task's deadline, checked
    r"^(?:will|is|are|was|were|has|have) (?:the|this|that) (?:\S+ ){1,8}(?:be |been )?"
    r"(?:finished|completed|done|ready|issued|approved|adopted|submitted)\b",
)
# The words that make a statement a question to confirm, and nothing of its topic.
CLAIM_WORDS = cue(
    r"(?:co )?(?:dung|phai|chinh xac) (?:khong|ko|k|chu|chua)" + CLOSE,
    r"(?:co )?(?:dung|phai|chinh xac) (?:khong|ko|k|chu) (?=(?:gio|va|con|vay|the|roi|nhung)\b)",
    r"co phai",
    r"co dung la",
    r"co (?:nam trong|nam o|co ten trong|o trong) (?:danh sach|so)(?: cac)?(?: co quan| don vi)?",
    r"(?:khong|ko|k)" + CLOSE,
)
