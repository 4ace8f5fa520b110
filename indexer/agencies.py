"""Split a lead or coordinator cell into the agencies it names.

>>> split_agencies("Sở Khoa học và Công nghệ và UBND huyện, thành phố.")
[('Sở Khoa học và Công nghệ', False), ('UBND huyện, thành phố', False)]
>>> split_agencies("UBND tỉnh (Sở Khoa học và Công nghệ)")
[('UBND tỉnh', False), ('Sở Khoa học và Công nghệ', True)]
>>> split_agencies("Báo và Phát thanh, Truyền hình Tây An")
[('Báo và Phát thanh, Truyền hình Tây An', False)]
>>> split_agencies("- Công an tỉnh; - Viettel Phú Lâm")
[('Công an tỉnh', False), ('Viettel Phú Lâm', False)]
>>> split_agencies("Sở Nội vụ, Bưu điện tỉnh")
[('Sở Nội vụ', False), ('Bưu điện tỉnh', False)]
>>> split_agencies("Các cơ quan, đơn vị")
[('Các cơ quan, đơn vị', False)]
>>> split_agencies("Các Bộ, cơ quan, UBND các tỉnh, thành phố")
[('Các Bộ, cơ quan', False), ('UBND các tỉnh, thành phố', False)]
>>> split_agencies("Bộ Y tế, Cơ quan, đơn vị liên quan")
[('Bộ Y tế', False), ('Cơ quan, đơn vị liên quan', False)]
>>> split_agencies("Bộ Tài chính, cơ quan, tổ chức có liên quan")
[('Bộ Tài chính', False), ('cơ quan, tổ chức có liên quan', False)]
>>> split_agencies("Các Sở: Kế hoạch và Đầu tư, Văn hóa, Thể thao và Du lịch")
[('Sở Kế hoạch và Đầu tư', False), ('Sở Văn hóa, Thể thao và Du lịch', False)]
"""

from __future__ import annotations

import re

from knowledge.agency_names import agency_tokens, head_of, key
from knowledge.normalize import fold

_PARENS = re.compile(r"\(([^()]*)\)")
# (any case: "Bộ Ngoại giao Và các cơ quan" where a line break was lost)
_SEPARATOR = re.compile(r"\s*(?:,|\bvà\b|\bva\b)\s*", re.IGNORECASE)
_BULLET = re.compile(r"^[-+•*–]\s*")
# "ban" and "cơ quan" open a name only when written as one ("Ban Quản lý ..."); in
# "các sở, ban, ngành" they are a list of kinds, not new agencies.
_LOWER_HEADS = {"ban", "hoi", "phong", "quy", "doan", "thue", "vien"}
# Bodies whose names open with words that are no head word of the alias table (which is
# for questions, where "bưu điện" alone is no agency); in a cell after a comma they start
# a new agency ("Sở Nội vụ, Bưu điện tỉnh", "Hội Cựu chiến binh tỉnh, Tỉnh đoàn").
_MORE_HEADS = tuple(
    tuple(h.split())
    for h in (
        "buu dien",
        "vien thong",
        "dien luc",
        "tinh doan",
        "thanh doan",
        "huyen doan",
        "benh vien",
        "hoc vien",
        "chi nhanh",
        "nha xuat ban",
        "toa an",
        "canh sat",
        "co so",  # "Sở Y tế, cơ sở khám bệnh, chữa bệnh": the facilities, a body of their own
    )
)
# "các cơ sở giáo dục", "những đơn vị": a plural opens a group of agencies of its own.
_PLURAL = re.compile(r"^(?:các|những)\s", re.IGNORECASE)


def _head(tokens: list[str]) -> int:
    """How many leading tokens name the kind of body ("cong an" is 2); 0 if none."""
    extra = next((len(h) for h in _MORE_HEADS if tuple(tokens[: len(h)]) == h), 0)
    return head_of(tokens) or extra


def _opens_agency(fragment: str, previous: str = "") -> bool:
    """True if ``fragment``, after a comma or "và", starts a new agency rather than
    continuing the name before it (``previous``)."""
    tokens = agency_tokens(fragment)
    n = _head(tokens)
    if n == 0:
        return bool(_PLURAL.match(fragment))
    first_word = fragment.split()[0] if fragment.split() else ""
    if first_word[:1].islower() and not _PLURAL.match(fragment):
        if n == 1 and tokens[0] in _LOWER_HEADS:
            return False  # "các sở, ban, ngành"
        if _bare(_SEPARATOR.split(fragment, maxsplit=1)[0]) and _bare(previous):
            # "Các Bộ, cơ quan, UBND các tỉnh": a kind with no name goes on the list of
            # kinds before it; "cơ quan" alone names no agency
            return False
    return True


def split_agencies(cell: str) -> list[tuple[str, bool]]:
    """The agencies named in a cell, each with True if it was given in parentheses.

    Commas and "và" separate agencies only where the next fragment opens a new name,
    so "Sở Khoa học và Công nghệ" and "UBND huyện, thành phố" stay whole.
    """
    subs = [s.strip() for s in _PARENS.findall(cell) if s.strip()]
    main = _PARENS.sub(" ", cell)
    out = [(name, False) for name in _split(main)]
    for sub in subs:
        out.extend((name, True) for name in _split(sub) if _opens_agency(name))
    return out


_LEAD_MARK = re.compile(r"\(\s*chủ trì\s*\)", re.IGNORECASE)


def split_lead(cell: str) -> tuple[str, list[str]] | None:
    """The lead and the partners of a lead cell that marks its lead: "Sở Tư pháp (chủ
    trì), Sở Nội vụ" is led by Sở Tư pháp, with Sở Nội vụ; None without "(chủ trì)".

    >>> split_lead("Bảo hiểm xã hội tỉnh (chủ trì), Sở Y tế, Sở Tài chính")
    ('Bảo hiểm xã hội tỉnh', ['Sở Y tế', 'Sở Tài chính'])
    >>> split_lead("Sở Tư pháp") is None
    True
    """
    m = _LEAD_MARK.search(cell)
    before = [n for n, sub in split_agencies(cell[: m.start()]) if not sub] if m else []
    if not before:
        return None
    after = [n for n, sub in split_agencies(cell[m.end() :].lstrip(" ,;")) if not sub]
    return before[-1], [*before[:-1], *after]


def list_aliases(name: str) -> set[str]:
    """Keys of the bodies an agency name lists by their kinds of place: "UBND các huyện,
    thị xã, thành phố" is asked for as "UBND các huyện" or "UBND cấp huyện" too.

    >>> sorted(list_aliases("UBND các huyện, thành phố"))
    ['uy ban nhan dan huyen', 'uy ban nhan dan thanh pho']
    >>> list_aliases("Sở Văn hóa, Thể thao và Du lịch")
    set()

    A body of every level is asked for by each level: "UBND tỉnh" holds "UBND các cấp".

    >>> sorted(list_aliases("Các Trường Đại học, Cao đẳng, Trung cấp"))
    ['truong cao dang', 'truong dai hoc', 'truong trung']

    >>> sorted(list_aliases("Ủy ban nhân dân các cấp"))
    ['uy ban nhan dan huyen', 'uy ban nhan dan tinh', 'uy ban nhan dan xa']
    """
    if fold(name).rstrip(" .").endswith("cac cap") and "," not in name:
        return {f"{key(name)} {level}" for level in ("tinh", "huyen", "xa")}
    first, *others = [p.strip() for p in name.split(",")]
    tokens = agency_tokens(first)
    n = head_of(tokens)
    # Each later part is a lower-case kind of place with no head of its own ("thành phố"),
    # or a short kind of the same body ("Các Trường Đại học, Cao đẳng, Trung cấp": a
    # "trường cao đẳng"); not the rest of one name ("Sở Văn hóa, Thể thao và Du lịch").
    if not n or len(tokens) <= n or not others:
        return set()
    if not all(_kind_of_place(p) or _kind_of_body(p) for p in others):
        return set()
    head = " ".join(tokens[:n])
    return {key(first), *(f"{head} {key(p)}" for p in others if key(p))}


def _bare(fragment: str) -> bool:
    """True for a kind of body with no name ("Các cơ quan", "đơn vị")."""
    tokens = agency_tokens(fragment)
    return bool(tokens) and _head(tokens) == len(tokens)


def _kind_of_body(part: str) -> bool:
    tokens = agency_tokens(part)
    return 0 < len(tokens) <= 2 and "va" not in fold(part).split() and not _head(tokens)


def _kind_of_place(part: str) -> bool:
    return part[:1].islower() and not _PLURAL.match(part) and not _head(agency_tokens(part))


def _split(text: str) -> list[str]:
    # A semicolon always separates agencies; a comma or "và" only before a new name.
    out = []
    for part in text.split(";"):
        part = _BULLET.sub("", part.strip())
        out += [_unqualified(name) for name in _named_kinds(part) or _split_list(part)]
    return out


# "… ở địa phương", "… trình HĐND", "… đối với địa phương": where or to whom it acts; a kind
# of body left over from a list with a comma missing ("Sở Y tế cơ quan, đơn vị liên quan").
_QUALIFIER = re.compile(
    r"^(?P<name>.+?)(?<![,;])\s+(?:(?:trình|ở|đối với)\s+\S|(?:cơ quan|đơn vị|tổ chức)$)", re.I
)


def _unqualified(name: str) -> str:
    """The agency of a name that says where it acts or to whom it submits: "Ủy ban nhân dân
    cấp tỉnh ở địa phương", "UBND cấp tỉnh trình HĐND cùng cấp" are the provincial UBND.

    >>> _unqualified("UBND cấp tỉnh trình HĐND cùng cấp"), _unqualified("Sở Y tế")
    ('UBND cấp tỉnh', 'Sở Y tế')
    >>> _unqualified("Sở Y tế đối với địa phương"), _unqualified("Sở Y tế cơ quan")
    ('Sở Y tế', 'Sở Y tế')
    """
    m = _QUALIFIER.match(name)
    return m["name"] if m and _head(agency_tokens(m["name"])) else name


# "Các Sở: Tài chính, Nội vụ": the kind of body once, then the names of several.
_KIND_LIST = re.compile(
    r"^(?:(?:các|những)\s+)?(?P<kind>[^:,;()]{2,30}?)\s*:\s*(?P<names>\S.*)$", re.I
)
# Names that hold a comma of their own, folded, as the part before the comma and the start
# of the part after it: a list of names is not cut inside them.
_COMMA_NAMES = {"van hoa": "the thao", "lao dong": "thuong binh"}


def _named_kinds(text: str) -> list[str]:
    """The agencies of "Các Sở: Kế hoạch và Đầu tư, Tài chính", each with its kind ("Sở
    Kế hoạch và Đầu tư", "Sở Tài chính"); empty if the text lists no names under a kind."""
    m = _KIND_LIST.match(text)
    if m is None or not _bare(m["kind"]):
        return []
    kind = m["kind"][:1].upper() + m["kind"][1:]
    names: list[str] = []
    for piece in (p.strip() for p in m["names"].rstrip(".;,").split(",")):
        rest = _COMMA_NAMES.get(fold(names[-1])) if names else None
        if rest and fold(piece).startswith(rest):
            names[-1] = f"{names[-1]}, {piece}"
        elif piece:
            names.append(piece)
    return [f"{kind} {name}" for name in names]


# "Các Bộ, ngành Ủy ban nhân dân cấp tỉnh": a kind written small, then a body written by
# name with no comma between.
_NAME_AFTER_KIND = re.compile(
    r"\b(ngành|cơ quan|đơn vị|địa phương)\s+(?=(?:Ủy ban|Uỷ ban|UBND|Sở|Bộ|Ban|Cơ quan)\b)"
)


# "Ngân hàng Nhà nước Bộ Khoa học và Công nghệ", "Bộ Ngoại giao Bộ Công Thương Cơ quan, tổ
# chức": names run together where the text lost its line breaks; a head word written large
# before a name written large opens the next (not "Bộ đội Biên phòng", nor "Ủy ban nhân dân").
_NAME_AFTER_NAME = re.compile(
    # (not after a "và" that joins them already: "Bộ Tài chính và Bộ Công Thương")
    r"(?<=[^\s,;(])(?<!\b[vV][àÀ])\s+"
    r"(?=(?:(?:Bộ(?! đội)|Sở|Ủy ban|Uỷ ban|UBND|Ngân hàng|Tổng cục|Cục)"
    r"\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝ]|Cơ quan\b))"
)


def _split_list(text: str) -> list[str]:
    text = _NAME_AFTER_KIND.sub(r"\1, ", text.strip().rstrip(".;,").strip())
    text = _NAME_AFTER_NAME.sub(", ", text)
    if not text:
        return []
    pieces: list[str] = []
    pos = 0
    for m in _SEPARATOR.finditer(text):
        previous = text[pos : m.start()].strip()
        after = text[m.end() :]
        # "Cơ quan, đơn vị liên quan": a kind with no name opens a list of kinds; but "Các
        # bộ, UBND các tỉnh, thành phố" lists the ministries, then a body written by name.
        # (Nor "Các Bộ, Ủy ban nhân dân các cấp", a body of every level; but "Các Sở, Ban,
        # Ngành" is one list of kinds.)
        first = after.split(",")[0]
        opens = not _bare(previous) or (
            bool(_PLURAL.match(previous))
            and after[:1].isupper()
            and (not _bare(first) or len(first.split()) >= 3)
        )
        if previous and opens and _opens_agency(after, previous):
            pieces.append(previous)
            pos = m.end()
    pieces.append(text[pos:].strip())
    return [p for p in pieces if p]


# Duties that open the text under an agency's heading in "Tổ chức thực hiện".
_DUTIES = (
    "Chủ trì|Phối hợp|Cân đối|Chỉ đạo|Xây dựng|Bảo đảm|Hướng dẫn|Tổ chức|Thực hiện|Nghiên cứu"
    "|Bố trí|Có trách nhiệm|Tham mưu|Rà soát|Triển khai|Theo dõi|Đôn đốc|Là cơ quan|Căn cứ"
    "|Trên cơ sở|Ưu tiên|Hằng năm|Hàng năm|Định kỳ|Tăng cường|Đẩy mạnh|Kiểm tra"
)
# A heading read as one line with the text under it: "Bộ Tài chính Cân đối nguồn …".
_DUTY_OPENS = re.compile(rf"\s(?=(?:{_DUTIES})\b)")
_DUTY_WORD = re.compile(rf"\b(?:{_DUTIES})\b", re.I)
_HEADING_WORDS = 10  # an agency's name is shorter than this; a longer heading is a passage


def heading_agency(title: str) -> str | None:
    """The agency a body heading names, as in "Tổ chức thực hiện" ("6. Bộ Quốc phòng",
    "10. Bộ Tài chính Cân đối nguồn ngân sách …"); None for other headings.

    >>> heading_agency("Bộ Tài chính Cân đối nguồn ngân sách nhà nước hằng năm")
    'Bộ Tài chính'
    >>> heading_agency("Bộ Quốc phòng"), heading_agency("Mục tiêu cụ thể")
    ('Bộ Quốc phòng', None)
    >>> heading_agency("Sở Tài chính bố trí kinh phí.") is None
    True
    """
    parts = _DUTY_OPENS.split(title, maxsplit=1)
    name = parts[0].strip(" .:;,")
    if len(parts) == 1 and (title.rstrip().endswith(".") or _DUTY_WORD.search(title)):
        return None  # "Sở Tài chính bố trí kinh phí.": a sentence, not a heading
    tokens = agency_tokens(name)
    if not tokens or not head_of(tokens) or len(name.split()) > _HEADING_WORDS:
        return None
    if not name[:1].isupper() or "," in name:
        return None  # "các bộ, cơ quan ngang bộ" names kinds of body, not one
    return name
