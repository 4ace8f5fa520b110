"""The cue words of small talk and of follow-ups in a conversation: "cảm ơn", "còn phối hợp
thì sao?", "cái còn lại", "quay lại việc … lúc nãy", "the next one".

Matched on folded text, like every cue.

>>> bool(STILL_CUE.search("con phoi hop thi sao")), bool(BACK_CUE.search("quay lai viec do"))
(True, True)
"""

from __future__ import annotations

from .cues import cue

HELP_CUE = cue(
    r"help",
    r"giup",
    r"huong dan su dung",
    r"ban (?:lam|tra loi) duoc gi",
    r"hoi (?:duoc )?gi",
    r"start",
    r"bat dau",
    r"xin chao",
    r"chao",
    r"hello",
    r"hi",
)
HELP_WORDS = 5
# Small talk, when it is the whole message: a greeting gets the help, thanks a short reply.
# "Đề nghị kể tên": please, before what is asked.
# "có bắt buộc phải …", "nhất thiết phải": whether one must, no topic (while "đào tạo bắt
# buộc" is a kind of training)
OBLIGED_CUE = cue(r"(?:co )?(?:bat buoc|nhat thiet|buoc) phai", r"co bat buoc")
PLEASE_CUE = cue(r"de nghi(?= (?:ke|liet ke|cho biet|neu|cung cap|giai thich|tra loi)\b)")
GREETING_CUE = cue(r"xin chao", r"chao", r"hello", r"hi", r"hey", r"good (?:morning|afternoon)")
THANKS_CUE = cue(
    r"cam on",
    r"thanks?",
    r"thank you",
    r"tam biet",
    r"bye",
    r"goodbye",
    r"ok(?:e|ay)?",
    r"duoc roi",
)
SMALL_TALK_FILLER = frozenset(
    "ban bot nhe nha nhieu rat so much you very em anh chi a ah oi vay nhe ha".split()
)
# "còn phối hợp?", "what about coordinating?": the same agency, another role.
# ("and" opening a message, "And the deadline?"; not the "and" of "TV and radio station")
STILL_CUE = cue(r"^(?:the |vay )?con", r"thi sao", r"what about", r"how about", r"^\W*and")
# "cái còn lại", "the other one": the tasks of the last list that are not in hand.
OTHER_CUE = cue(
    r"con lai",
    r"(?:cai|viec|nhiem vu|nv) kia",
    r"the other(?: ones?| tasks?)?",
    r"the rest",
    r"others",
)
# "Bộ Tư pháp còn phối hợp ở nhiệm vụ nào khác nữa không?", "what else does it lead?":
# tasks besides the one in hand.
BESIDES_CUE = cue(
    r"(?:nhiem vu|nv|viec|cong viec|cai|de an|van ban) (?:nao )?khac",
    r"khac nua",
    r"(?:nhiem vu|nv|viec|cai|de an) nao nua",
    r"(?:any|what|which) other (?:tasks?|ones?|projects?|work)",
    r"(?:what|anything|something) else",
)
# "quay lại việc tuyên truyền lúc nãy": a task talked about earlier, by its words.
BACK_CUE = cue(
    r"quay (?:lai|ve)",
    r"tro lai",
    r"luc nay",
    r"hoi nay",
    r"vua nay",
    r"ban nay",
    r"(?:go |going |come |coming )?back to",
    r"(?:mentioned|discussed|from) (?:earlier|before)",
)
# "2 việc đó", "những nhiệm vụ này", "those", "both": the tasks just shown, not anew.
POINTS_BACK_CUE = cue(
    r"(?:\d+|hai|ba|bon|cac|nhung|may) (?:viec|nhiem vu|nv|cai|van ban)"
    r" (?:do|nay|vua roi|tren|kia)",
    r"(?:viec|nhiem vu|nv|cai|van ban) (?:do|vua roi|tren)",
    # "Who directs that task?", "this one": the task in hand, not the agency's other tasks
    r"(?:that|this|the same) (?:task|one|item|activity|job)",
    r"these",
    r"those",
    r"them",
    r"both",
    r"ca hai",
)
# "Nhiệm vụ tiếp theo", "the next one", "việc trước đó": the task after or before the one in
# hand, in the plan's order.
NEXT_CUE = cue(
    r"(?:nhiem vu|nv|viec|cai|muc) (?:(?:dung|nam|o) )?(?:tiep theo|ke tiep|sau do|ngay sau"
    r"|lien sau)",
    r"(?:the )?next (?:task|one|item)",
    r"the (?:task|one) after",
)
PREVIOUS_CUE = cue(
    r"(?:nhiem vu|nv|viec|cai|muc) (?:(?:dung|nam|o) )?(?:truoc do|lien truoc|ngay truoc"
    r"|phia truoc)",
    r"(?:the )?previous (?:task|one|item)",
    r"the (?:task|one) before",
)
# "Trong đó việc nào làm hằng năm?": a filter on the tasks just listed.
NARROW_CUE = cue(
    r"trong (?:so )?(?:do|nay|cac viec (?:do|nay))",
    r"trong (?:may|nhung|cac) (?:viec|nhiem vu|nv|cai) (?:do|nay|tren|vua roi)",
    # "trong mấy việc con của nhiệm vụ đó": the items of the task in hand
    r"trong (?:may|nhung|cac) (?:viec|nhiem vu|nv|muc|dau viec) (?:con|nho)",
    r"(?:nhung )?cai nao",
    r"trong (?:\d|hai|ba|bon|nam) (?:viec|nhiem vu|nv|cai) (?:do|nay|tren|vua roi|kia)",
    r"among (?:them|these|those)",
    r"\bof (?:them|these|those|the above)\b",
    r"which (?:one|ones)\b",
    # "ai chủ trì cái có hạn năm 2025?": the one of the list in hand that has it
    r"cai (?:co|ma|duoc|thuoc)",
    # "For the army one, who …?" (the agency's name is blanked from cues)
    r"(?:for|and|what about|how about) (?:the )?(?:\w+ ){0,2}one",
)
