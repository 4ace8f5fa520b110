"""The words of questions: chat shorthand, stop words, synonyms, and splitting a question into
the words the knowledge base indexed, without loading pyvi.

The indexer segmented every plan with pyvi; those words (compounds joined by "_") are the
vocabulary. A question is cut into the longest vocabulary words, accents or not, and a
mistyped word is matched to the nearest one with rapidfuzz.

>>> lex = Lexicon({"truy_xuat": 3, "nguon_goc": 3, "ma_so": 2, "ve": 9})
>>> lex.segment("nhiem vu ve truy xuat ngon goc".split())
['nhiem_vu', 've', 'truy_xuat', 'nguon_goc']
>>> lex.segment("tx ng".split())
['truy_xuat', 'nguon_goc']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from rapidfuzz import fuzz, process

# The English glossary lives in .english; these names are where the engine looks for it.
from .english import ENGLISH_TERMS
from .english import translate as translate_english
from .normalize import fold, is_syllable

__all__ = [
    "ENGLISH_TERMS",
    "MAX_SYLLABLES",
    "STOPWORDS",
    "SYNONYMS",
    "TYPO_CUTOFF",
    "Lexicon",
    "expand_chat",
    "translate_english",
]

MAX_SYLLABLES = 4
TYPO_CUTOFF = 85

# Words that carry no topic: question words, particles, and the plan's own frame.
STOPWORDS = frozenset(
    """
    ai gi nao la co khong chua co_quan don_vi cua ve cho toi biet hoi xin vui long hay duoc
    va cac mot nhung nay
    do thi ma o tai voi tu den trong theo can phai se da dang bi boi nhu the thuoc tren duoi
    sau truoc khi bao_gio bao_lau gio luc nhieu it moi hon nhat rat cung con roi lai chi ra vao
    len ban deu cuoi giua
    oi a a nhe nha vay sao neu nguoi dau day kia ay vi thuc_hien nhiem_vu nhiem vu ke_hoach
    ke hoach quyet_dinh viec cong_viec noi_dung la_gi the_nao nhu_the_nao bao_nhieu
    thong_tin cho_biet xin_cho co_the hien_nay tinh lay dau tu_dau o_dau ra_sao nhu_nao
    the_nao cach nao_do gom bao_gom what which who whom whose when where why how is are was
    were be been the a an of in on for to at by with and or do does did can could will would
    should task tasks plan plans please tell me about there any this that it its from as
    list show give must shall need needs each every so hien de
    anh chi em e oi vay nhi giup dum gium minh chau biet_duoc nv muon tim_hieu che
    bot ad admin ak nha nhe hen ha ko k hok hong khg tui z dz ok oke okay okie uhm ukm
    hi hello hey thanks thank btw up put into onto run runs i xiu chut phu_luc tat_ca toan_bo
    works work working involved handle handles handled manage manages else also could would
    lam qd nq ct tt ro_rang du_kien
    noi v mn mng agency agencies cai kem cu
    s d ll re ve m may ghi dat_ra de_ra phai_dat tong_cong doi_voi sap r liet liet_ke ke ten
    tom_tat hom until ngoai ngan_gon tom_lai so_luoc bang_cach nua b
    actually overall well out come comes coming really often now more most any some our us
    already yet part cot dan_chieu
    we there anything something everything got gets get kind type types lot lots
    say says said them they their whole well happen happens happening off once supposed done doing
    carried carry carries besides department departments ministry ministries
    """.split()
)


# Words plans and people use for the same thing; a question's word matches any of them, for
# less than the word itself. Each group is listed once; every word in it stands for the rest.
_SAME = """
    dinh_ky hang_nam
    kinh_phi ngan_sach
    vuong_mac kho_khan
    giai_thuong khen_thuong ton_vinh
    kiem_tra thanh_tra giam_sat
    dao_tao boi_duong tap_huan
    hoi_nghi hoi_thao doi_thoai
    tuyen_truyen truyen_thong pho_bien
    gop_y phan_anh kien_nghi khieu_nai
    co_so_du_lieu du_lieu
    chuyen_doi_so so_hoa
    nhan_luc can_bo
    nguoi_lao_dong nhan_vien
    ubnd uy_ban_nhan_dan
    hdnd hoi_dong_nhan_dan
    doanh_nghiep co_so_san_xuat
    muc_tieu muc_dich
    gui nop
    ket_noi lien_ket ket_hop
    kieu_bao nguoi_viet_nam_o_nuoc_ngoai
    mo_hinh_diem thi_diem
    khong_khi khi_quyen
    gian_lan vi_pham
    phap_ly phap_luat
    truc_tuyen online
    quang_ba xuc_tien
    nuoc_ngoai quoc_te
    nguon_goc xuat_xu
    thay_the thay
    thiet_bi trang_thiet_bi may_moc co_so_vat_chat
    phong_thi_nghiem thi_nghiem thu_nghiem phong_thu_nghiem
"""
SYNONYMS: dict[str, tuple[str, ...]] = {
    word: tuple(w for w in group.split() if w != word)
    for group in _SAME.strip().splitlines()
    for word in group.split()
}
SYNONYMS["tien"] = ("kinh_phi", "ngan_sach")  # "tiền" is money, not the other way round


# Terms made of function words, read as one word: "một cửa" (one-stop) is no "một" + "của".
TERMS = frozenset({"mot_cua"})


# A token this long may be words typed run together; a syllable has at most this many letters.
_RUN_LETTERS = 6
_SYLLABLE_LETTERS = 7

# Initials of a compound stand for it when the plans use it this often.
_INITIALS_SEEN = 2
_CONSONANTS = re.compile(r"[bcdghklmnpqrstvx]{2,4}")


# Words an agency's initials follow ("bộ gd", "sở tc"), as the lexicon reads syllables.
_AGENCY_HEADS = frozenset({"bo", "so", "ubnd", "cuc", "vien", "truong"})
_SHIFTED_GAIN = 3  # how much commoner a shifted reading must be to replace the longest match


def run_together(token: str, syllables: Collection[str]) -> list[str]:
    """The fewest of ``syllables`` a token typed without spaces splits into; empty when it
    is short, not plain letters, or splits into fewer than two.

    >>> run_together("congantinh", {"cong", "an", "tinh"})
    ['cong', 'an', 'tinh']
    """
    if len(token) < _RUN_LETTERS or not token.isalpha():
        return []
    best: list[list[str] | None] = [[]] + [None] * len(token)
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - _SYLLABLE_LETTERS), end):
            piece, before = token[start:end], best[start]
            if before is None or piece not in syllables:
                continue
            if best[end] is None or len(before) + 1 < len(best[end]):
                best[end] = [*before, piece]
    pieces = best[-1]
    return pieces if pieces and len(pieces) >= 2 else []


class Lexicon:
    """The vocabulary of a knowledge base, for segmenting and spelling questions."""

    def __init__(self, vocabulary: dict[str, int]) -> None:
        self.vocabulary = vocabulary
        self._compounds = {w.replace("_", " "): w for w in vocabulary if "_" in w}
        # A synonym the plans never use still reads as one word, to meet the ones they use;
        # unless the plans' own words start it ("chuyển đổi số" is their "chuyển_đổi số").
        # So does a stopword of two syllables ("đơn vị"), or its halves would be topic words.
        for word in (*SYNONYMS, *TERMS, *(w for w in STOPWORDS if "_" in w)):
            syllables = word.split("_")
            starts = any(
                " ".join(syllables[:n]) in self._compounds for n in range(2, len(syllables) + 1)
            )
            if len(syllables) > 1 and not starts:
                self._compounds[" ".join(syllables)] = word
        self._spelled = {w: w.replace("_", " ") for w in vocabulary}
        # "tc dl cl", "cc vc": the initials of the plans' compounds, as people chat them; each
        # stands for its most frequent compound.
        # Or for the one compound with those initials, however rare ("ô nhiễm kk" where
        # "không khí" is the plans' only "kk").
        seen: dict[str, tuple[int, str]] = {}
        compounds: Counter[str] = Counter()
        for word, count in vocabulary.items():
            syllables = word.split("_")
            if len(syllables) < 2:
                continue
            initials = "".join(x[0] for x in syllables)
            compounds[initials] += 1
            if count > seen.get(initials, (0,))[0]:
                seen[initials] = (count, word)
        self._initials = {i: w for i, (count, w) in seen.items() if count >= _INITIALS_SEEN}
        # The kinds of paper officers write by their initials (NĐ, QĐ, NQ) stand for those
        # kinds wherever the plans name them: "nd vị trí việc làm" is a decree, though "nhân
        # dân" (of every "Ủy ban nhân dân") is commoner.
        self._initials.update(
            {i: w for i, w in _PAPER_INITIALS.items() if vocabulary.get(w, 0) >= _INITIALS_SEEN}
        )
        self._rare_initials = {
            i: w for i, (count, w) in seen.items() if count < _INITIALS_SEEN and compounds[i] == 1
        }
        # Every syllable of the plans' words, for words typed run together ("baocaohangnam").
        self.syllables = {x for w in vocabulary for x in w.split("_") if is_syllable(x)}

    def segment(self, syllables: list[str], *, respell: bool = True) -> list[str]:
        """Longest-match segmentation into vocabulary words; unknown syllables stay alone,
        and a run of them is respelled when a vocabulary word is close enough (not for
        English words left untranslated: "team" is no typo of "tâm")."""
        out: list[str] = []
        i = 0
        while i < len(syllables):
            if found := self._longest_at(syllables, i):
                word, size = found
                if size == 2 and self._reads_better_shifted(word, syllables, i):
                    # "về tình hình thực hiện": not "vệ tinh" + "hình thức", which cut the
                    # plans' commoner "tình hình" + "thực hiện"; the first syllable alone
                    word, size = syllables[i], 1
                out.append(word)
                i += size
                continue
            # (not after "bộ", "sở": "bộ gd" is an agency's initials, whatever the plans write)
            after_head = i > 0 and syllables[i - 1] in _AGENCY_HEADS
            if respell and (words := self._of_initials(syllables[i], rare=not after_head)):
                out += words
                i += 1
                continue
            if respell and (run := self.split_run(syllables[i])):
                out += run
                i += 1
                continue
            respelled = self._respell(syllables, i) if respell else None
            if respelled:
                out.append(respelled[0])
                i += respelled[1]
            else:
                out.append(syllables[i])
                i += 1
        return out

    def _longest_at(self, syllables: list[str], at: int) -> tuple[str, int] | None:
        """The longest compound starting at ``at``, and its syllables."""
        for size in range(min(MAX_SYLLABLES, len(syllables) - at), 1, -1):
            if found := self._compounds.get(" ".join(syllables[at : at + size])):
                return found, size
        return None

    def _reads_better_shifted(self, word: str, syllables: list[str], i: int) -> bool:
        """Whether the two compounds read from ``i + 1`` are far commoner in the plans than
        ``word`` at ``i`` and the compound after it: two words against two, by how often
        the plans use them."""
        shifted = self._longest_at(syllables, i + 1)
        if shifted is None:
            return False
        after = self._longest_at(syllables, i + 1 + shifted[1])
        then = self._longest_at(syllables, i + 2)
        df = self.vocabulary.get
        kept = df(word, 0) + (df(then[0], 0) if then else 0)
        moved = df(shifted[0], 0) + (df(after[0], 0) if after else 0)
        return moved > _SHIFTED_GAIN * max(kept, 1)

    def split_run(self, token: str) -> list[str]:
        """The plans' words a token typed without spaces stands for: "baocaohangnam" is
        "báo cáo" and "hằng năm", "thanhtra" is "thanh tra". Split into the fewest syllables
        the plans use; kept only when every piece is one and they make a word of two or
        more syllables the plans write (so "banana" stays as it is)."""
        if token in self.vocabulary:
            return []
        words = self.segment(run_together(token, self.syllables), respell=False)
        return words if any("_" in w for w in words) else []

    def _of_initials(self, token: str, *, rare: bool = True) -> list[str]:
        """The compounds a run of initials stands for: no Vietnamese syllable is all
        consonants, so "dl" is "đo lường" and "vtvl" is "vị trí việc làm"; with ``rare``,
        also the one compound of those initials the plans write only once."""
        if not _CONSONANTS.fullmatch(token) or token in STOPWORDS:
            return []
        if word := self._initials.get(token) or (rare and self._rare_initials.get(token)):
            return [word]
        halves = [self._initials.get(token[:2]), self._initials.get(token[2:])]
        return halves if len(token) == 4 and all(halves) else []

    def _respell(self, syllables: list[str], i: int) -> tuple[str, int] | None:
        if syllables[i] in self.vocabulary or syllables[i] in STOPWORDS or syllables[i] in SYNONYMS:
            return None  # (a word whose synonym the plans write is no typo: "thay" of "thay thế")
        for size in (2, 3, 1):
            # A function word is no typo: "tiền để" is not "tiến độ".
            if i + size > len(syllables) or STOPWORDS & set(syllables[i : i + size]):
                continue
            text = " ".join(syllables[i : i + size])
            if len(text) < 4:
                continue
            best = process.extractOne(
                text, self._spelled, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
            )
            # Nor a word made into one: "chọn" is no "cho"; nor one two letters shorter or
            # longer, which is another word, not a slip ("tiền đóng" is no "tiến độ").
            if best and best[2] not in STOPWORDS and abs(len(best[0]) - len(text)) <= 1:
                return best[2], size
        return None


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
_PAPER_INITIALS = {i: "_".join(fold(_PAPER_KIND[i]).split()) for i in ("nd", "qd", "nq")}
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
_TRAILING_V = re.compile(
    r"(?<!nhóm)(?<!nhom)(?<!mục)(?<!muc)(?<!phần)(?<!phan)(?<!group)(?<!part) v\s*\??\s*$"
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
# "ai cđ", "bên nào cđ": after who is asked, "cđ" is "chỉ đạo" (elsewhere "cao đẳng").
_WHO_DIRECTS = re.compile(
    r"(?<![\w&/-])(ai|b[eê]n n[aà]o|cq n[aà]o|c[oơ] quan n[aà]o) c[dđ](?![\w&/-])", re.I
)
# The other spelling of a "y" syllable: "kí" for "ký", "quản lí", "kĩ thuật", "tỉ lệ",
# "Hoa Kì"; the plans write the "y". ("sĩ" stays: "bác sĩ" is how it is written.)
_I_FOR_Y = re.compile(r"(?<![\w&/-])(?:[kl][iíìỉĩị]|tỉ|mĩ)(?![\w&/-])", re.IGNORECASE)
_Y_OF_I = str.maketrans("iíìỉĩịIÍÌỈĨỊ", "yýỳỷỹỵYÝỲỶỸỴ")


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
    >>> expand_chat("kho dự trữ ai chủ trì, gd nào"), expand_chat("bộ gd nào")
    ('kho dự trữ ai chủ trì, giai đoạn nào', 'bộ gd nào')
    >>> expand_chat("kế hoạch kí ngày nào, ai quản lí"), expand_chat("tỉnh có tỉ lệ")
    ('kế hoạch ký ngày nào, ai quản lý', 'tỉnh có tỷ lệ')
    """
    text = _PAPER_SHORT.sub(lambda m: f"{_PAPER_KIND[fold(m[1])]} {m[2]}", text)
    text = _QUARTER_WHICH.sub("quý ", text)
    text = _NOT_KNOWN.sub(r"\1 biết", text)
    text = _WHEN_LAST.sub(lambda m: "bao giờ" + m[0][2:], text)
    text = _DIRECTOR.sub("giám đốc", text)
    text = _STAGE_WHICH.sub("giai đoạn", text)
    text = _WHO_DIRECTS.sub(r"\1 chỉ đạo", text)
    text = _TRAILING_V.sub(" vậy", text)
    text = _WEEKDAY.sub(lambda m: f"thứ {_WEEKDAYS[int(m[1] or m[2]) - 2]}", text)
    text = _SUNDAY.sub(r"\1, chủ nhật", text)
    text = _OWN_DISTRICT.sub(r"UBND \1", text)
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
