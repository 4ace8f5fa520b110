"""Chat shorthand written out before a question is read: "ko", "đc", "csdl", "qđ 1703",
"hạn bh", "thứ 7, cn".

People type fast in Telegram. Each shorthand is expanded in the text as written, so every
later reading (cues, names, periods) sees the whole word; the rules keep a shorthand that is
part of a name or a number ("KH&CN", "05-KH/TU") as it is.
"""

from __future__ import annotations

import re

from .normalize import fold

# What people type for a word when they chat: "ko", "đc", "csdl". Expanded in the text as
# written, before anything is read, so every reading sees the word ("ko phải" is a negation).
_CHAT_WORDS = {
    "không": "ko kg khg hok hông hem",
    "được": "dc đc",
    "phải": "fai fải",
    "gì": "j",
    "như thế nào": "ntn",
    "bao nhiêu": "bn bnh bnhieu bnhiu",
    "chủ tịch": "ctịch ctich",
    "thời gian": "tg tgian thgian",
    "với": "vs",
    "người": "ng",
    "số điện thoại": "sđt sdt",
    "danh sách": "ds",
    "kế hoạch": "kh",
    "chương trình": "ctrinh ctr",
    "ủy ban nhân dân": "ubnd",
    "hội đồng nhân dân": "hdnd hđnd",
    "mạng xã hội": "mxh",
    "phụ lục": "pl",
    "văn bản": "vb",
    "cán bộ": "cb cbcc",
    "cơ sở dữ liệu": "csdl",
    "công nghệ thông tin": "cntt",
    "doanh nghiệp": "dn",
    "doanh nghiệp nhỏ và vừa": "dnnvv",
    "hợp tác xã": "htx",
    "ngân sách nhà nước": "nsnn",
    "thủ tục hành chính": "tthc",
    "bảo hiểm y tế": "bhyt",
    "bảo hiểm xã hội": "bhxh",
    "bảo hiểm thất nghiệp": "bhtn",
    "khám bệnh, chữa bệnh": "kcb",
    "văn bản quy phạm pháp luật": "vbqppl",
    "quy phạm pháp luật": "qppl",
    "nghị định": "nđ",
    "nghị quyết": "nq",
    "kết quả": "kq",
    "sản phẩm": "sp",
    "thu nhập cá nhân": "tncn",
    "thu nhập doanh nghiệp": "tndn",
    "báo cáo": "bc",
    "quốc tế": "qt qte",
    "bệnh viện": "bv",
    "làm": "lm",
    "liên quan": "lq lquan",
    "cơ quan": "cq",
    "bộ trưởng": "bt",
    "trung ương": "tw",
    "chính phủ": "cp",
    "đơn vị sự nghiệp": "dvsn đvsn",
    "quý": "qui",  # the old spelling, or a slip: "qui nay"
    "hôm nay": "hnay",
    "giờ": "h",  # "vậy h quá hạn chưa"
    "công ty": "cty",
    "năm nay": "nnay",
    "tháng này": "tnay",
    "kiểm tra": "ktra",
    "thương mại điện tử": "tmđt tmdt",
    "quản lý nhà nước": "qlnn",
    "trường": "trg",
    "đại học": "đh dh",
    "cao đẳng": "cđ",
    "xây dựng": "xd",
    # the roles, typed run together
    "chủ trì": "chutri",
    "phối hợp": "phoihop",
    "chỉ đạo": "chidao",
}
_CHAT_WORD = {short: word for word, shorts in _CHAT_WORDS.items() for short in shorts.split()}
# Not inside a name or a number: "KH&CN", "87/KH-UBND", "DN-01".
_CHAT_SHORT = re.compile(
    r"(?<![\w&/.-])(" + "|".join(sorted(_CHAT_WORD, key=len, reverse=True)) + r")(?![\w&/-])",
    re.IGNORECASE,
)
# After "sở", "bộ" a run of consonants is an agency's initials ("sở kh" is Sở KH&CN, not
# "sở kế hoạch"); a shorthand with a vowel is still a word ("sở ko chủ trì").
_AFTER_HEAD_WORD = re.compile(r"(?<!\w)(?:sở|so|bộ|bo) $", re.IGNORECASE)
_VOWEL = re.compile(r"[aeiouy]")


# "sp/kq": two shorthands joined by a slash (not within a paper's number, "05-KH/TU").
_CHAT_PAIR = re.compile(r"(?<![\w&/.-])(\w{1,5})/(\w{1,5})(?![\w&/-])")


# "ct38", "qđ 1703", "nq97": a kind of paper and its number run together.
_PAPER_KIND = {
    "ct": "Chỉ thị",
    "qd": "Quyết định",
    "nq": "Nghị quyết",
    "nd": "Nghị định",
    "tt": "Thông tư",
    "kh": "Kế hoạch",
}
# Of those, the initials that stand for their kind alone, as in "NĐ-CP", "QĐ-TTg", "NQ-CP"
# ("tt", "ct", "kh" are as often "thủ tướng", "chương trình", "khoa học").
PAPER_INITIALS = {i: "_".join(fold(_PAPER_KIND[i]).split()) for i in ("nd", "qd", "nq")}
_PAPER_SHORT = re.compile(
    r"(?<![\w/&.-])(ct|q[dđ]|nq|n[dđ]|tt|kh)[ .-]?(\d{1,4}(?:/(?:19|20)\d\d)?)(?![\w/-])", re.I
)


# "hạn bh", "xong bh": a "bh" that ends the message is "bao giờ" (when), not "bảo hiểm";
# so is one before a doing ("bh xd xong", "bh phải nộp").
_WHEN_LAST = re.compile(
    r"(?<![\w&/-])bh(?:\W*$| (?=(?:xd|xong|lam|nop|phai|phải|hoan|hoàn|moi|mới|thi|thì|co|có"
    r"|het|hết|den|đến|toi|tới|bat|bắt)\b))",
    re.I,
)


# "ko bt", "chưa bt": "bt" after a "not" is "biết" (know), not "bộ trưởng".
_NOT_KNOWN = re.compile(r"(?<![\w])(ko|k|kg|hok|không|khong|chưa|chua) bt(?![\w&/-])", re.I)


# "hạn q mấy": which quarter.
_QUARTER_WHICH = re.compile(r"(?<![\w/])(?:q|qu[iíìy]) (?=m[aấ]y\b|n[aà]o\b)", re.I)


# "lấy từ đâu v": a lowercase "v" ending a message is "vậy", unless a word that names a
# group or a part stands before it ("nhóm v").
# "thanh, kiểm tra", "thanh kiểm tra": two words sharing their second syllable, written once;
# it is "thanh tra, kiểm tra" (inspection and checking).
_INSPECTION = re.compile(r"(?<![\w&/-])(thanh),? (?=ki[eể]m tra\b)", re.I)


# "liệt kê đi", "kể ra đi": an "đi" that closes a request is a particle, not "go".
_PLEASE_DO = re.compile(
    r"\b((?:kê|ke|kể|nói|noi|xem|gửi|gui|list|show)(?: ra| luôn| luon)?) (?:đi|di)(?=\W*$)", re.I
)


_TRAILING_V = re.compile(
    r"(?<!nhóm)(?<!nhom)(?<!mục)(?<!muc)(?<!phần)(?<!phan)(?<!group)(?<!part) v\s*\??\s*$"
)


# "có vc gì", "vc nào", "mấy vc": a "vc" where a work is asked or counted is "việc"; elsewhere
# it is the initials of the plan's compound ("cc vc" is "công chức, viên chức").
_WORK = re.compile(
    r"(?<![\w&/-])vc(?= (?:g[iì]|j|n[aà]o|n[aà]y|đ[oó]|do)\b)"
    r"|(?:(?<=mấy )|(?<=may )|(?<=những )|(?<=nhung )|(?<=các )|(?<=cac ))vc(?![\w&/-])",
    re.I,
)


# "thứ 7", "t7": the weekday as the plans write it ("thứ bảy"); "cn" after one is Sunday.
_WEEKDAYS = ("hai", "ba", "tư", "năm", "sáu", "bảy")
# (Only where a day is meant: "vào thứ 7", "thứ 7, cn"; "cái thứ 2" is the second one.)
_WEEKDAY = re.compile(
    r"(?:(?<=vào )|(?<=vao )|(?<=ngày )|(?<=ngay )|(?<=hôm )|(?<=hom ))(?:thứ|thu|t) ?([2-7])"
    r"(?![\w/])|(?<![\w/])(?:thứ|thu|t) ?([2-7])(?=,? (?:và |va |& )?(?:cn|chủ nhật|chu nhat)\b)",
    re.I,
)
_SUNDAY = re.compile(r"(thứ (?:hai|ba|tư|năm|sáu|bảy)),? (?:và |va |& )?cn\b", re.I)


# "huyện mình", "huyện em": the asker's own district, whose People's Committee the plans
# give tasks to.
_OWN_DISTRICT = re.compile(
    r"(?<![\w])(huyện|huyen) (?:mình|minh|em|e|tôi|toi|tui|chúng tôi|chung toi)\b",
    re.I,
)


# "gđ sở khcn": a "gđ" before the body it heads is its director ("giám đốc"); "bộ gd" stays
# the ministry's initials.
_DIRECTOR = re.compile(
    r"(?<![\w&/-])g[dđ](?= (?:so|sở|cuc|cục|chi cuc|chi cục|trung tam|trung tâm|vien|viện)\b)",
    re.I,
)
# "gd nào", "mỗi gd": which stage, each stage ("giai đoạn"); "bộ gd" is the ministry's
# initials.
_STAGE_WHICH = re.compile(
    r"(?<![\w&/-])(?<!bo )(?<!bộ )g[dđ](?= n[aà]o\b)"
    r"|(?<=mỗi )g[dđ]\b|(?<=moi )g[dđ]\b|(?<=từng )g[dđ]\b|(?<=tung )g[dđ]\b",
    re.I,
)
# "ct ubnd tỉnh", "pct ubnd": before the body it chairs, "ct" is its chair ("chủ tịch") and
# "pct" its vice-chair; "ct38" or "ct 38" stays a directive's number (read before this).
_CHAIR = re.compile(
    r"(?<![\w&/-])(p)?ct(?= (?:ubnd|hđnd|hdnd|ủy ban|uỷ ban|uy ban|ub|tỉnh|tinh|huyện|huyen"
    r"|xã|xa|ubmttq)\b)",
    re.I,
)
# "ai cđ", "bên nào cđ": after who is asked, "cđ" is "chỉ đạo" (elsewhere "cao đẳng").
_WHO_DIRECTS = re.compile(
    r"(?<![\w&/-])(ai|b[eê]n n[aà]o|cq n[aà]o|c[oơ] quan n[aà]o) c[dđ](?![\w&/-])", re.I
)
# The other spelling of a "y" syllable: "kí" for "ký", "quản lí", "kĩ thuật", "tỉ lệ",
# "Hoa Kì"; the plans write the "y". ("sĩ" stays: "bác sĩ" is how it is written.)
_I_FOR_Y = re.compile(r"(?<![\w&/-])(?:[kl][iíìỉĩị]|tỉ|mĩ)(?![\w&/-])", re.IGNORECASE)
_Y_OF_I = str.maketrans("iíìỉĩịIÍÌỈĨỊ", "yýỳỷỹỵYÝỲỶỸỴ")
# "căn cứ của nó", "hạn của từng cái": the thing in hand, as "cái này" says it. "nó" written with
# its mark is always the pronoun; without it only after "của", "với", "cho" ("nợ" folds alike).
_IT = re.compile(
    r"(?<![\w&/-])(?:nó|(?<=của )no|(?<=cua )no|(?<=với )no|(?<=voi )no|(?<=cho )no"
    r"|(?:từng|tung|mỗi|moi) (?:cái|cai))(?![\w&/-])",
    re.I,
)


def expand_chat(text: str) -> str:
    """Chat shorthand written out.

    >>> expand_chat("tuyen truyen ct38, qđ 1703 ai lam")
    'tuyen truyen Chỉ thị 38, Quyết định 1703 ai lam'
    >>> expand_chat("tt 34/2014 co bi thay the ko")
    'Thông tư 34/2014 co bi thay the không'

    >>> expand_chat("kh có nhắc csdl ko, Sở KH&CN đc giao j")
    'kế hoạch có nhắc cơ sở dữ liệu không, Sở KH&CN được giao gì'

    >>> expand_chat("so kh chu tri gi"), expand_chat("kinh phi lay tu dau v")
    ('so kh chu tri gi', 'kinh phi lay tu dau vậy')
    >>> expand_chat("cai nao so ko chu tri")
    'cai nao so không chu tri'
    >>> expand_chat("ko bt nv nao noi ve ma vach"), expand_chat("bt ky ngay nao")
    ('không biết nv nao noi ve ma vach', 'bộ trưởng ky ngay nao')
    >>> expand_chat("ai chu tri nhom v")
    'ai chu tri nhom v'
    >>> expand_chat("sp/kq cua nv la j"), expand_chat("số 05-kh/tu")
    ('sản phẩm / kết quả cua nv la gì', 'số 05-kh/tu')
    >>> expand_chat("huyen e phai lam gi")
    'ủy ban nhân dân huyen phai lam gi'
    >>> expand_chat("ra vien vao thu 7 cn"), expand_chat("cai thu 2 ai chu tri")
    ('ra vien vao thứ bảy, chủ nhật', 'cai thu 2 ai chu tri')
    >>> expand_chat("nv II.5 ai cd v, hạn?"), expand_chat("trường cđ nào")
    ('nv II.5 ai chỉ đạo v, hạn?', 'trường cao đẳng nào')
    >>> expand_chat("chuẩn bh xd xong"), expand_chat("gđ sở khcn là ai")
    ('chuẩn bao giờ xây dựng xong', 'giám đốc sở khcn là ai')
    >>> expand_chat("ct ubnd tinh hien nay la ai"), expand_chat("pct ubnd phu trach")
    ('chủ tịch ủy ban nhân dân tinh hien nay la ai', 'phó chủ tịch ủy ban nhân dân phu trach')
    >>> expand_chat("kho dự trữ ai chủ trì, gd nào"), expand_chat("bộ gd nào")
    ('kho dự trữ ai chủ trì, giai đoạn nào', 'bộ gd nào')
    >>> expand_chat("kế hoạch kí ngày nào, ai quản lí"), expand_chat("tỉnh có tỉ lệ")
    ('kế hoạch ký ngày nào, ai quản lý', 'tỉnh có tỷ lệ')
    >>> expand_chat("nv thanh kiem tra hang hoa"), expand_chat("công tác thanh, kiểm tra")
    ('nv thanh tra, kiem tra hang hoa', 'công tác thanh tra, kiểm tra')
    >>> expand_chat("ngan hang nha nuoc co vc gi ko"), expand_chat("tuyển cc vc")
    ('ngan hang nha nuoc co việc gi không', 'tuyển cc vc')
    >>> expand_chat("căn cứ của nó"), expand_chat("han cua tung cai"), expand_chat("no dong bhxh")
    ('căn cứ của cái này', 'han cua cái này', 'no dong bảo hiểm xã hội')
    """
    text = _PAPER_SHORT.sub(lambda m: f"{_PAPER_KIND[fold(m[1])]} {m[2]}", text)
    text = _QUARTER_WHICH.sub("quý ", text)
    text = _NOT_KNOWN.sub(r"\1 biết", text)
    text = _WHEN_LAST.sub(lambda m: "bao giờ" + m[0][2:], text)
    text = _DIRECTOR.sub("giám đốc", text)
    text = _CHAIR.sub(lambda m: "phó chủ tịch" if m[1] else "chủ tịch", text)
    text = _STAGE_WHICH.sub("giai đoạn", text)
    text = _WHO_DIRECTS.sub(r"\1 chỉ đạo", text)
    text = _TRAILING_V.sub(" vậy", text)
    text = _INSPECTION.sub(r"\1 tra, ", text)
    text = _PLEASE_DO.sub(r"\1", text)
    text = _WEEKDAY.sub(lambda m: f"thứ {_WEEKDAYS[int(m[1] or m[2]) - 2]}", text)
    text = _SUNDAY.sub(r"\1, chủ nhật", text)
    text = _OWN_DISTRICT.sub(r"UBND \1", text)
    text = _IT.sub("cái này", text)
    text = _WORK.sub("việc", text)
    text = _I_FOR_Y.sub(lambda m: m[0][0] + m[0][1:].translate(_Y_OF_I), text)
    text = _CHAT_PAIR.sub(_chat_pair, text)
    return _CHAT_SHORT.sub(_chat_word, text)


def _chat_word(m: re.Match[str]) -> str:
    """A shorthand written out, unless it is an agency's initials after its head word."""
    if _AFTER_HEAD_WORD.search(m.string, 0, m.start()) and not _VOWEL.search(fold(m[1])):
        return m[0]
    return _CHAT_WORD[m[1].lower()]


def _chat_pair(m: re.Match[str]) -> str:
    """Two shorthands joined by a slash, each written out ("sp/kq" is "sản phẩm / kết
    quả"); anything else as it was ("KH/TU" of a paper's number)."""
    pair = [_CHAT_WORD.get(w.lower()) for w in (m[1], m[2])]
    return " / ".join(pair) if all(pair) and m[0].islower() else m[0]
