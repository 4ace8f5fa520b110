"""The words of questions: stop words, synonyms, and splitting a question into
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
from collections.abc import Callable, Collection

from rapidfuzz import fuzz, process

from .chat_words import PAPER_INITIALS

# The English glossary lives in .english; these names are where the engine looks for it.
from .english import ENGLISH_TERMS
from .english import translate as translate_english
from .normalize import is_syllable

__all__ = [
    "ENGLISH_TERMS",
    "MAX_SYLLABLES",
    "STOPWORDS",
    "SYNONYMS",
    "TYPO_CUTOFF",
    "Lexicon",
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
    lam qd nq ct tt ro_rang du_kien lien_quan het ben
    noi v mn mng agency agencies cai kem cu
    s d ll re ve m may ghi dat_ra de_ra phai_dat tong_cong doi_voi sap r liet liet_ke ke ten
    tom_tat hom until ngoai ngan_gon tom_lai so_luoc bang_cach nua b
    actually overall well out come comes coming really often now more most any some our us
    exactly precisely basically
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
_INITIALS_WITH_VOWELS = re.compile(r"[a-z]{4}")


# Words an agency's initials follow ("bộ gd", "sở tc"), as the lexicon reads syllables.
_AGENCY_HEADS = frozenset({"bo", "so", "ubnd", "cuc", "vien", "truong"})
_SHIFTED_GAIN = 3  # how much commoner a shifted reading must be to replace the longest match


def run_together(
    token: str, syllables: Collection[str], *, shortest: int = _RUN_LETTERS
) -> list[str]:
    """The fewest of ``syllables`` a token typed without spaces splits into; empty when it
    is shorter than ``shortest``, not plain letters, or splits into fewer than two.

    >>> run_together("congantinh", {"cong", "an", "tinh"})
    ['cong', 'an', 'tinh']
    >>> run_together("yte", {"y", "te"}), run_together("yte", {"y", "te"}, shortest=3)
    ([], ['y', 'te'])
    """
    if len(token) < shortest or not token.isalpha():
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
        # The syllables the plans write within their words: one of them alone is no slip
        # ("hình" of "truyền hình" is not "chính", though the plans write "hình" only in
        # "hình thức")
        self._syllables = {s for w in vocabulary for s in w.split("_")}
        # "tc dl cl", "cc vc": the initials of the plans' compounds, as people chat them; each
        # stands for its most frequent compound.
        # Or for the one compound with those initials, however rare ("ô nhiễm kk" where
        # "không khí" is the plans' only "kk").
        # Beside it, every compound of some initials the plans use often, commonest first:
        # "dt" is "đào tạo" mostly, but "dt với dn" is the "đối thoại với doanh nghiệp" they
        # write.
        seen: dict[str, tuple[int, str]] = {}
        compounds: Counter[str] = Counter()
        options: dict[str, list[tuple[int, str]]] = {}
        for word, count in vocabulary.items():
            syllables = word.split("_")
            if len(syllables) < 2:
                continue
            initials = "".join(x[0] for x in syllables)
            compounds[initials] += 1
            if count > seen.get(initials, (0,))[0]:
                seen[initials] = (count, word)
            if count >= _INITIALS_SEEN:
                options.setdefault(initials, []).append((count, word))
        self._initials = {i: w for i, (count, w) in seen.items() if count >= _INITIALS_SEEN}
        self._options = {i: [w for _, w in sorted(o, reverse=True)] for i, o in options.items()}
        # Whether the plans write one word right before some others ("doi_thoai", "voi
        # doanh_nghiep"); set by the engine, which can search its base.
        self.written_before: Callable[[str, str], bool] | None = None
        # The kinds of paper officers write by their initials (NĐ, QĐ, NQ) stand for those
        # kinds wherever the plans name them: "nd vị trí việc làm" is a decree, though "nhân
        # dân" (of every "Ủy ban nhân dân") is commoner.
        self._initials.update(
            {i: w for i, w in PAPER_INITIALS.items() if vocabulary.get(w, 0) >= _INITIALS_SEEN}
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
                if len(words) == 1 and not after_head:
                    words = [self._in_context(syllables[i], words[0], syllables[i + 1 :])]
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
        # (a vowel is an initial too, "atbx" of "an toàn bức xạ", when the run is no syllable
        # of the plans: "anh", "em" are words)
        typed = _CONSONANTS.fullmatch(token) or (
            _INITIALS_WITH_VOWELS.fullmatch(token) and token not in self._syllables
        )
        if not typed or token in STOPWORDS:
            return []
        if word := self._initials.get(token) or (rare and self._rare_initials.get(token)):
            return [word]
        halves = [self._initials.get(token[:2]), self._initials.get(token[2:])]
        return halves if len(token) == 4 and all(halves) else []

    def _in_context(self, initials: str, commonest: str, after: list[str]) -> str:
        """Of the compounds ``initials`` stand for, the one the plans write before the
        question's next words (two, then one): "dt với dn" is "đối thoại với doanh nghiệp",
        though "đào tạo" is commoner; the commonest when the words tell none apart."""
        options = self._options.get(initials, [])
        if len(options) < 2 or self.written_before is None or not after:
            return commonest
        following = self.segment(after[:4])
        for size in (2, 1):
            if len(following) < size or (size == 1 and following[0] in STOPWORDS):
                continue  # ("cho" alone tells nothing: "đầu tư cho", "đào tạo cho")
            then = " ".join(following[:size])
            written = [w for w in options if self.written_before(w, then)]
            if len(written) == 1:
                return written[0]
        return commonest

    def _respell(self, syllables: list[str], i: int) -> tuple[str, int] | None:
        if syllables[i] in self.vocabulary or syllables[i] in STOPWORDS or syllables[i] in SYNONYMS:
            return None  # (a word whose synonym the plans write is no typo: "thay" of "thay thế")
        for size in (2, 3, 1):
            # A function word is no typo: "tiền để" is not "tiến độ".
            if i + size > len(syllables) or STOPWORDS & set(syllables[i : i + size]):
                continue
            # Nor a slip that takes the first syllable of a word spelled right: "trực tiếp thực
            # hiện" is no "tiếp tục" + "hiện".
            if any(self._longest_at(syllables, j) for j in range(i + 1, i + size)):
                continue
            text = " ".join(syllables[i : i + size])
            if len(text) < 4 or (size == 1 and text in self._syllables):
                continue
            best = process.extractOne(
                text, self._spelled, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
            )
            # Nor a word made into one: "chọn" is no "cho"; nor one two letters shorter or
            # longer, which is another word, not a slip ("tiền đóng" is no "tiến độ").
            if best and best[2] not in STOPWORDS and abs(len(best[0]) - len(text)) <= 1:
                return best[2], size
        return None
