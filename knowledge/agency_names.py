"""Agency names: the token form they are matched in, abbreviations and generated aliases.

Questions and table cells go through the same :func:`agency_tokens`, so "Sở KH&CN",
"so khcn" and "Sở Khoa học và Công nghệ" all meet on one key.

>>> key("Sở KH&CN")
'so khoa hoc cong nghe'
>>> key("UBND tỉnh")
'uy ban nhan dan tinh'
>>> "dai ptth" in aliases("Đài Phát thanh và Truyền hình Bình Dương", places={"binh duong"})
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .normalize import fold

# Abbreviations of a whole name part, as officials write them; "&" and "-" are already
# dropped ("KH&CN" is "khcn"). Keys are matched token by token, after folding.
EXPANSIONS: dict[str, str] = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "khcn": "khoa hoc cong nghe",
    "tcdlcl": "tieu chuan do luong chat luong",
    "ptth": "phat thanh truyen hinh",
    "tttt": "thong tin truyen thong",
    "nnmt": "nong nghiep moi truong",
    "nnptnt": "nong nghiep phat trien nong thon",
    "khdt": "ke hoach dau tu",
    "gddt": "giao duc dao tao",
    "ldtbxh": "lao dong thuong binh xa hoi",
    "vhttdl": "van hoa the thao du lich",
    "tnmt": "tai nguyen moi truong",
    "gtvt": "giao thong van tai",
    "bchqs": "bo chi huy quan su",
    "chqs": "chi huy quan su",
    "mttq": "mat tran to quoc",
    "ttdt": "thong tin dien tu",
    "skhcn": "so khoa hoc cong nghe",
    "bql": "ban quan ly",
    "kcn": "khu cong nghiep",
    "kkt": "khu kinh te",
    "qltt": "quan ly thi truong",
    "nhnn": "ngan hang nha nuoc",
    # the national broadcasters and news agency, by the initials of their English names
    "vtv": "dai truyen hinh viet nam",
    "vov": "dai tieng noi viet nam",
    "ttxvn": "thong tan xa viet nam",
    "ldld": "lien doan lao dong",
    "tdc": "tieu chuan do luong chat luong",
    "ct": "chu tich",
    "vp": "van phong",
    "pct": "pho chu tich",
    "bch": "bo chi huy",
}
_JOINED = re.compile(r"\b([a-z]+)&([a-z]+)\b")
_SHORT = re.compile(r"\b[a-z]{3,}\b")


def spelled_out(folded: str, known: Sequence[tuple[int, int]] = ()) -> dict[str, str]:
    """The abbreviations of name parts a folded text writes outside the spans of ``known``
    names, "&"-joined or not, spelled out: an agency no plan lists is still about its words
    ("sở nn&mt" of a passage on "Sở Nông nghiệp và Môi trường"), not two runs of initials
    ("nn" as "nhà nước"); and "tđc" is "tiêu chuẩn đo lường chất lượng".

    >>> spelled_out("so nn&mt duoc giu toi da bao nhieu don vi")
    {'nn mt': 'nong nghiep moi truong'}
    >>> spelled_out("so kh&cn va so nn&mt", known=[(0, 9)])
    {'nn mt': 'nong nghiep moi truong'}
    >>> spelled_out("thong tin truyen thong ve tdc")
    {'tdc': 'tieu chuan do luong chat luong'}
    """

    def free(at: int) -> bool:
        return not any(a <= at < b for a, b in known)

    joined = {
        f"{m[1]} {m[2]}": EXPANSIONS[m[1] + m[2]]
        for m in _JOINED.finditer(folded)
        if m[1] + m[2] in EXPANSIONS and free(m.start())
    }
    alone = {
        m[0]: EXPANSIONS[m[0]]
        for m in _SHORT.finditer(folded.replace("&", " "))
        if m[0] in EXPANSIONS and free(m.start()) and m[0] not in _OF_A_NAME
    }
    return joined | alone


# Abbreviations that name a body, not a field: "ubnd" alone is an agency, matched as one.
_OF_A_NAME = frozenset({"ubnd", "hdnd", "skhcn", "bchqs", "vtv", "vov", "ttxvn", "bql", "nhnn"})


# Everyday names of agencies, each for the formal one's key.
COLLOQUIAL: dict[str, str] = {
    "dai truyen hinh": "dai phat thanh truyen hinh",
    "quan su tinh": "bo chi huy quan su tinh",
}
_COLLOQUIAL = re.compile(r"(?<!chi huy )\b(?:" + "|".join(COLLOQUIAL) + r")\b")

# Abbreviations that are everyday words once folded ("cả", "cá"): expanded only in capitals.
CAPITAL_EXPANSIONS = {"CA": "Công an", "CAT": "Công an tỉnh"}
_CAPITALS = re.compile(r"\b(?:" + "|".join(CAPITAL_EXPANSIONS) + r")\b")

# English names foreign-invested businesses use; each maps to the Vietnamese key.
ENGLISH: dict[str, str] = {
    "department of science and technology": "so khoa hoc cong nghe",
    "dost": "so khoa hoc cong nghe",
    "provincial people s committee": "uy ban nhan dan tinh",
    "people s committee": "uy ban nhan dan tinh",
    "chairman of the provincial people s committee": "chu tich uy ban nhan dan tinh",
    "chairman of the people s committee": "chu tich uy ban nhan dan tinh",
    "provincial chairman": "chu tich uy ban nhan dan tinh",
    "province s chairman": "chu tich uy ban nhan dan tinh",
    "chairman of the province": "chu tich uy ban nhan dan tinh",
    "provincial people s council": "hoi dong nhan dan tinh",
    "people s council": "hoi dong nhan dan tinh",
    "provincial police": "cong an tinh",
    "police": "cong an tinh",
    "department of industry and trade": "so cong thuong",
    "department of finance": "so tai chinh",
    "department of agriculture and environment": "so nong nghiep moi truong",
    "department of information and communications": "so thong tin truyen thong",
    "department of health": "so y te",
    "department of construction": "so xay dung",
    "department of education and training": "so giao duc dao tao",
    "military command": "bo chi huy quan su tinh",
    "radio and television": "dai phat thanh truyen hinh",
    "radio and television station": "dai phat thanh truyen hinh",
    "radio and tv station": "dai phat thanh truyen hinh",
    "radio and tv": "dai phat thanh truyen hinh",
    "radio tv station": "dai phat thanh truyen hinh",
    "newspaper": "bao",
    "the military": "bo chi huy quan su tinh",
    "the army": "bo chi huy quan su tinh",
    "provincial military command": "bo chi huy quan su tinh",
    # Ministries and central bodies, as they name themselves in English.
    "ministry of finance": "bo tai chinh",
    "ministry of foreign affairs": "bo ngoai giao",
    "ministry of public security": "bo cong an",
    "ministry of health": "bo y te",
    "ministry of justice": "bo tu phap",
    "ministry of home affairs": "bo noi vu",
    "ministry of agriculture and environment": "bo nong nghiep moi truong",
    "ministry of industry and trade": "bo cong thuong",
    "ministry of science and technology": "bo khoa hoc cong nghe",
    "ministry of education and training": "bo giao duc dao tao",
    "ministry of construction": "bo xay dung",
    "ministry of national defence": "bo quoc phong",
    "ministry of national defense": "bo quoc phong",
    "ministry of culture sports and tourism": "bo van hoa the thao du lich",
    "ministry of ethnic and religious affairs": "bo dan toc ton giao",
    "state bank of vietnam": "ngan hang nha nuoc viet nam",
    "state bank": "ngan hang nha nuoc viet nam",
    "government office": "van phong chinh phu",
    "vietnam social security": "bao hiem xa hoi viet nam",
    "provincial people s committees": "uy ban nhan dan tinh",
    "district people s committees": "uy ban nhan dan huyen",
    "district and city people s committees": "uy ban nhan dan huyen thanh pho",
    "district people s committee": "uy ban nhan dan huyen",
    # (and as people name a district's or a commune's government)
    "district authorities": "uy ban nhan dan huyen",
    "district government": "uy ban nhan dan huyen",
    "district office": "uy ban nhan dan huyen",
    "district administration": "uy ban nhan dan huyen",
    "commune authorities": "uy ban nhan dan cap xa",
    "commune government": "uy ban nhan dan cap xa",
    "commune people s committees": "uy ban nhan dan cap xa",
    "commune people s committee": "uy ban nhan dan cap xa",
    # Businesses ask about themselves in their own words.
    "businesses": "doanh nghiep",
    "business": "doanh nghiep",
    "companies": "doanh nghiep",
    "company": "doanh nghiep",
    "firms": "doanh nghiep",
    "enterprises": "doanh nghiep",
    "manufacturers": "doanh nghiep",
    "producers": "doanh nghiep",
}
# "the finance department", "the health ministry": the same names, the field first.
# "industry and trade department", and by the field's first part, "science department"
ENGLISH |= {
    f"{field} {m[1]}": key
    for name, key in list(ENGLISH.items())
    if (m := re.fullmatch(r"(department|ministry) of (.+)", name))
    for field in dict.fromkeys((m[2], m[2].split()[0] if " and " in m[2] else m[2]))
    if f"{field} {m[1]}" not in ENGLISH
}
# "What does this mean for us?", "what do we have to do?": in English, the askers are
# businesses, and "us" is them.
FOR_US = re.compile(
    r"\b(?:for|of|from|on|affect|affects|to) us\b|\bour (?:company|business|firm|factory)\b"
    r"|\bwhat (?:do|should|must|can) we\b|\bdo we (?:have|need)\b|\bare we\b"
)

# Words that open an agency name; longest first. A cell fragment that starts with one
# of them starts a new agency ("..., Báo Bình Dương"), any other fragment continues the
# previous one ("UBND huyện, thành phố").
HEADS: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(h.split())
            for h in (
                "so",
                "uy ban nhan dan",
                "uy ban",
                "hoi dong nhan dan",
                "bao",
                "dai",
                "cong an",
                "bo",
                "chi cuc",
                "cuc",
                "tong cuc",
                "trung tam",
                "hiep hoi",
                "lien minh",
                "lien doan",
                "hoi",
                "truong",
                "chu tich",
                "pho chu tich",
                "tinh uy",
                "vien",
                "van phong",
                "kho bac",
                "ngan hang",
                "thue",
                "hai quan",
                "mat tran",
                "doan",
                "co quan",
                "doanh nghiep",
                "phong",
                "thanh tra",
                "quy",
                "cong ty",
                "tap doan",
                "hop tac xa",
                "cong thong tin",
                "ban",
                "to chuc",
                "don vi",
                "thuong truc",
            )
        ),
        key=len,
        reverse=True,
    )
)
# (the heads a word starts, longest first: head_of is asked of every word of a question)
_HEADS_BY_FIRST = {first: [h for h in HEADS if h[0] == first] for first in {h[0] for h in HEADS}}
# Words dropped from keys: "và" is written or not ("Sở KH&CN"), "các" is a plural mark, and
# "UBND cấp huyện" is "UBND huyện".
_DROP = {"va", "cac", "nhung", "cap"}
_JOIN = re.compile(r"(?<=\w)[&\-](?=\w)")
_TOKEN = re.compile(r"[0-9a-z]+")


def agency_tokens(text: str) -> list[str]:
    """Folded tokens with abbreviations expanded and filler words dropped.

    >>> agency_tokens("Sở NN&MT và các sở"), agency_tokens("CA tỉnh"), agency_tokens("tất cả")
    (['so', 'nong', 'nghiep', 'moi', 'truong', 'so'], ['cong', 'an', 'tinh'], ['tat', 'ca'])
    """
    text = _CAPITALS.sub(lambda m: CAPITAL_EXPANSIONS[m[0]], text)
    out: list[str] = []
    for token in _TOKEN.findall(_JOIN.sub("", fold(text))):
        if token in _DROP:
            continue
        out.extend(_expanded(token, out[-1] if out else "").split())
    joined = " ".join(out)
    if _COLLOQUIAL.search(joined):
        out = _COLLOQUIAL.sub(lambda m: COLLOQUIAL[m[0]], joined).split()
    return out


_SPAN_TOKEN = re.compile(r"[0-9a-z]+(?:[&\-][0-9a-z]+)*")


def agency_token_spans(folded: str) -> tuple[list[str], list[tuple[int, int]]]:
    """:func:`agency_tokens` of folded text, each with the span of the text it came from,
    so a name found in the tokens can be blanked in the text.

    >>> agency_token_spans("so kh&cn chu tri")
    (['so', 'khoa', 'hoc', 'cong', 'nghe', 'chu', 'tri'], [(0, 2), (3, 8), (3, 8), (3, 8), \
(3, 8), (9, 12), (13, 16)])
    """
    tokens: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _SPAN_TOKEN.finditer(folded):
        token = _JOIN.sub("", m[0])
        if token in _DROP:
            continue
        for part in _expanded(token, tokens[-1] if tokens else "").split():
            tokens.append(part)
            spans.append(m.span())
    return tokens, spans


# Titles of people: after a kind of body ("Bộ CT", "Sở CT") the letters are the initials
# of its name (Công Thương), not a chairman.
_TITLES = frozenset({"ct", "pct"})
_BODY_HEADS = frozenset({"bo", "so", "cuc", "vien", "ban"})


def _expanded(token: str, previous: str) -> str:
    if token in _TITLES and previous in _BODY_HEADS:
        return token
    return EXPANSIONS.get(token, token)


def key(text: str) -> str:
    """The canonical key of an agency name."""
    return " ".join(agency_tokens(text))


def head_of(tokens: list[str]) -> int:
    """How many leading tokens form the head word ("cong an" is 2); 0 if none.

    >>> head_of(["uy", "ban", "nhan", "dan", "tinh"]), head_of(["so"]), head_of(["bao", "cao"])
    (4, 1, 1)
    """
    for head in _HEADS_BY_FIRST.get(tokens[0], ()) if tokens else ():
        if tuple(tokens[: len(head)]) == head:
            return len(head)
    return 0


def acronym(tokens: list[str]) -> str:
    """Initials of syllables, the way Vietnamese agencies are abbreviated ("khcn")."""
    return "".join(t[0] for t in tokens)


def aliases(name: str, *, places: set[str] = frozenset()) -> set[str]:
    """Keys under which an agency can be asked for: its key and its abbreviated forms.

    ``places`` are folded place names (the plan's province) that may be left out, as in
    "Đài PTTH" for "Đài Phát thanh và Truyền hình Bình Dương".
    """
    tokens = agency_tokens(name)
    found = {" ".join(tokens)}
    n = head_of(tokens)
    if n == 0 or len(tokens) <= n:
        return found
    head, rest = tokens[:n], tokens[n:]
    # Compound words are mostly two syllables, so acronyms cover an even number of them.
    for cut in range(2, len(rest) + 1, 2):
        found.add(" ".join([*head, acronym(rest[:cut]), *rest[cut:]]))
    if len(rest) % 2 == 0 and len(rest) <= 8:
        # "Sở NN và MT": each two-syllable word by its initials, apart.
        found.add(" ".join([*head, *(acronym(rest[k : k + 2]) for k in range(0, len(rest), 2))]))
    for cut in range(1, len(rest)):
        tail = " ".join(rest[cut:])
        if tail in places or tail == "tinh" or (tail.startswith("tinh ") and tail[5:] in places):
            short = rest[:cut]
            found.add(" ".join([*head, *short]))
            if len(short) >= 2:
                found.add(" ".join([*head, acronym(short)]))
    if len(head) >= 2 and " ".join(rest) in {"tinh", *places}:
        found.add(" ".join(head))  # "Công an" for "Công an tỉnh"
    if head[-2:] == ["chu", "tich"] and rest[:4] == ["uy", "ban", "nhan", "dan"] and rest[4:]:
        found.add(" ".join([*head, *rest[4:]]))  # "Chủ tịch tỉnh" for "Chủ tịch UBND tỉnh"
    return found


# Kinds of body a question names for all of their kind the plans hold: "báo chí" (the press)
# is every newspaper, broadcaster and magazine ("Báo Bình Dương", "Đài Phát thanh và Truyền
# hình …").
_KINDS = {"bao chi": ("bao", "dai", "tap chi"), "co quan bao chi": ("bao", "dai", "tap chi")}


def kind_aliases(aliases: dict[str, frozenset[int]]) -> dict[str, frozenset[int]]:
    """Aliases for kinds of body, each standing for the agencies of that kind.

    >>> kind_aliases({"bao binh duong": frozenset({3}), "dai phat thanh": frozenset({4})})
    {'bao chi': frozenset({3, 4}), 'co quan bao chi': frozenset({3, 4})}
    >>> kind_aliases({"so tai chinh": frozenset({1})})
    {}
    """
    found = {}
    for kind, heads in _KINDS.items():
        opening = tuple(f"{h} " for h in heads)
        ids = frozenset().union(*(i for alias, i in aliases.items() if alias.startswith(opening)))
        if ids and kind not in aliases:
            found[kind] = ids
    return found
