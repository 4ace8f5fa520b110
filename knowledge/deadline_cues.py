"""The cue words of deadlines relative to today and of spans: "sắp đến hạn", "quá hạn",
"chưa đến hạn", "vẫn còn thực hiện trong", "thời hạn cụ thể".

Matched on folded text, like every cue.

>>> bool(OVERDUE_CUE.search("nhiem vu nao da qua han")), bool(PENDING_CUE.search("chua den han"))
(True, True)
"""

from __future__ import annotations

import re

from .cues import cue

# A period a task's span reaches into ("vẫn còn thực hiện trong năm 2027"), or one its span
# keeps inside ("thời gian thực hiện chỉ trong năm 2026").
ONGOING_CUE = cue(
    r"(?:van|con|dang) (?:con )?(?:trong thoi gian |dang )?(?:thuc hien|trien khai)",
    # (or "vẫn còn trong thời hạn thực hiện")
    r"(?:van|con|dang) (?:con )?(?:dang )?(?:nam )?(?:trong )?(?:khung )?thoi (?:gian|han)"
    r" (?:thuc hien|trien khai)",
    r"(?:still|ongoing|under way|underway|running) (?:in|during|through)",
)
WITHIN_CUE = cue(
    r"chi (?:(?:thuc hien|trien khai|lam) )?(?:trong|gioi han trong|dien ra trong)",
    # "chỉ có thời hạn trong năm nay, không kéo dài sang nhiều năm"
    r"chi co (?:thoi han|han) (?:trong|gioi han trong)",
    r"khong keo dai (?:sang|qua|toi) (?:nhieu|cac) nam",
    r"only (?:in|within|during)",
    # "hạn trong năm nay thôi", "gói gọn trong năm 2026" (the period itself read apart)
    r"(?:han|thoi han|xong|hoan thanh) trong(?:\s+\w+){0,2}\s+thoi",
    r"goi gon trong",
    r"chi goi trong",  # "chỉ gói trong năm nay"
    # "hạn chỉ là năm 2026 thôi", "có hạn đúng năm nay, không kéo sang năm sau"
    r"(?:han|thoi han)(?: \w+){0,2} (?:chi|dung) (?:la |trong |co )?thoi\b",  # (period blanked)
    r"(?:khong|ko|k) keo (?:dai )?(?:sang|qua|toi) (?:nam sau|nam tiep theo|cac nam sau)",
)
# "(hạn năm nay thôi,) không kéo sang năm sau": before a period named as the one a task
# must not run into, which filters nothing.
NOT_INTO = re.compile(r"\b(?:khong|ko|k) keo (?:dai )?(?:(?:sang|qua|toi) )?$")
# "Có nhiệm vụ nào phải hoàn thành ngay trong năm nay không?": done by then, so not a task
# that starts then and runs on ("Năm 2026 và các năm tiếp theo").
FINISHED_CUE = cue(
    r"(?:phai|can|se) (?:duoc )?(?:hoan thanh|xong|ket thuc|lam xong)",
    r"(?:must|should|will|to) be (?:finished|completed|done|wrapped up)",
    r"(?:finish|complete|wrap up)(?:ed)? (?:by|in|within|before)",
    # "có hạn chót trong năm nay": a last day in it, not a span that runs on past it
    r"han chot (?:trong|vao|la|nam|quy|thang)",
    r"final deadline",
    # "nv nào hết hạn trong năm nay": whose time runs out in it
    r"het (?:thoi )?han (?:trong|vao|nam|quy|thang|cuoi)",
    r"(?:expire|expires|run out|runs out|ends?) (?:in|by|within|this|before)",
)
# "Nhiệm vụ nào có tiến độ kéo dài tới năm 2035?": a span that ends in that year.
LASTING_CUE = cue(r"keo dai (?:toi|den|het)", r"(?:last|run|runs|running) (?:until|through|to)")
# "Nhiệm vụ nào trải dài qua nhiều năm?": a span of years, not one year's deadline.
MULTI_YEAR_CUE = cue(
    r"(?:trai dai|keo dai|thuc hien|lam|dien ra)(?: \w+){0,2} (?:qua |trong |suot )?nhieu nam",
    r"nhieu nam (?:lien|lien tiep)",
    r"multi ?-?years?",
    r"(?:span|spans|spanning|last|lasts|lasting|run|runs|running|over)"
    r" (?:several|multiple|many|a few) years",
)
# Tasks the plan itself marks as done ("Đã hoàn thành" in the time column).
DONE_CUE = cue(
    r"da (?:hoan thanh|xong|lam xong)",
    r"(?<!han )hoan thanh roi",  # not "đã hết hạn hoàn thành rồi" (overdue)
    r"xong roi",
    r"(?:already )?(?:completed|finished|done)",
)
# "Hạn gần nhất là khi nào?": the next deadline still ahead.
NEAREST_CUE = cue(r"gan nhat", r"sap toi nhat", r"next deadline", r"soonest", r"nearest")
# "Những việc nào có thời hạn cụ thể?": a dated deadline, not "hằng năm".
DATED_CUE = cue(
    # "có thời hạn (ghi) cụ thể", "thời hạn ghi cụ thể theo quý"
    r"(?:thoi han|han|thoi gian|moc(?: thoi gian)?) (?:ghi |duoc ghi |neu )?(?:cu the|ro rang"
    r"|xac dinh)",
    r"(?:thoi han|han|thoi gian) (?:theo|la|vao|trong) (?:(?:mot|1) )?(?:quy|thang)"
    r"(?! (?:[ivx]+|\d))",
    r"(?:quy|thang|ngay) cu the",
    r"(?:deadlines?|due) (?:by|in) (?:a )?(?:quarter|month)",
    r"(?:quarterly|monthly|quarter|month) deadlines?",
    r"(?:specific|fixed|set|particular|exact) (?:deadlines?|dates?|quarters?|months?)",
)
UPCOMING_CUE = cue(
    r"sap (?:den|toi|het) han",
    r"gan (?:den|toi) han",
    r"sap toi",
    r"upcoming",
    r"due soon",
    r"coming up",
    r"next deadlines?",
    r"sap den",
)
DUE_WORD = cue(r"den han", r"toi han", r"due")
OVERDUE_CUE = cue(
    r"(?:da )?qua han",
    # "những báo cáo nào đã đến hạn phải trình": their deadline reached, so past it
    r"\bda (?:den|toi) han",
    r"(?:den|toi) han roi",
    r"tre han",
    # "giờ trễ chưa?", "muộn rồi à": late, of the task in hand
    r"(?:tre|muon) (?:chua|roi)",
    r"overdue",
    r"past due",
    r"late",
    r"qua thoi han",
    # "đã quá thời gian thực hiện ghi trong phụ lục"
    r"(?:da )?qua thoi gian(?: thuc hien| hoan thanh)?",
    r"(?:qua|cham|tre|cham tre|lo) tien do",
    r"(?:cham|tre|cham tre) (?:so )?(?:voi|hon) (?:tien do|ke hoach|thoi han)",
    r"behind schedule",
    # "was it supposed to be finished already?": its deadline is behind us, or not
    r"(?:supposed|meant|due|expected|scheduled|set) to (?:be )?(?:finished|completed|done|ready"
    r"|wrapped up)(?: by)? (?:already|by now|yet)",
    r"should (?:have been|already be|be) (?:finished|completed|done|ready)(?: by)?"
    r" (?:already|by now)",
    r"da het (?:thoi )?han",
    r"da het thoi gian(?: thuc hien| hoan thanh)?",
    r"het (?:thoi )?han (?:hoan thanh|thuc hien|roi)",
    r"(?<!sap )het (?:thoi )?han (?:hay )?chua",  # "đến giờ hết hạn chưa?" ("sắp …": soon)
    r"passed (?:their |the |its )?deadlines?",
    r"past (?:their |the |its )?deadlines?",
    r"missed",
    # "Which deadlines have already passed?", "whose due date has gone by?"
    # ("Which deadlines in this plan have already passed?")
    r"(?:deadlines?|due dates?) (?:\w+ ){0,4}(?:have |has |that have |that has )?(?:already )?"
    r"(?:passed|gone by|expired|lapsed)",
    # "…, and has it passed already?": of the one in hand
    # ("has that date passed already?")
    r"(?:has|have|is|are) (?:it|that|this|they|those)(?: (?:date|day|deadline|due date)s?)?"
    r" (?:already )?(?:passed|gone by|expired|lapsed)",
    r"should (?:already )?have been (?:finished|completed|done|delivered)",
    r"(?:le ra )?phai (?:xong|hoan thanh) (?:tu lau|roi)",
    # "những nhiệm vụ có thời hạn đã trôi qua rồi", "hạn đã qua": a deadline gone by
    r"(?:han|thoi han|thoi gian)(?: \w+){0,3} (?:da )?troi qua",
    r"(?:han|thoi han) (?:cu the |hoan thanh |thuc hien )?da qua\b",
    r"(?:han|thoi han)(?: \w+){0,3} truoc (?:ngay )?hom nay",  # "có hạn trước hôm nay"
)
PENDING_CUE = cue(
    r"chua (?:den|toi|qua|het) han",
    # "năm nay còn nhiệm vụ nào phải xong": those still ahead
    # (not "còn ai phải làm nữa", who else does it)
    r"\bcon (?!ai |ben nao |co quan nao |bo nao |so nao )(?:\w+ ){0,3}(?:phai|can)"
    r" (?:xong|hoan thanh|lam)",
    # not "còn hạn chót thì sao?" nor a bare "còn hạn?" (what about the deadline)
    r"(?<=\w )con han(?! chot| cuoi)(?!.* thi sao)",
    r"not (?:yet )?due",
    # "giờ còn kịp không?": whether there is still time
    r"(?:con )?kip (?:khong|ko|k|chua|han)\b",
    r"still (?:on time|in time)",
    r"still open",
    r"chua hoan thanh",
)
