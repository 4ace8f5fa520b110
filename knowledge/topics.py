"""Which tasks or body sections a question's words are about.

A hit's score is the share of the question's word weight (IDF) it covers; a synonym counts
for less than the word itself, and a word the plans never use still weighs, so a question
about something else ("thời tiết hôm nay") covers little of any passage.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from rapidfuzz import fuzz

from .store import KINDS, Hit, KnowledgeBase
from .words import STOPWORDS, SYNONYMS

MIN_COVERAGE = 0.55  # below this share of the question's words, nothing is about it
SYNONYM_CREDIT = 0.6  # a synonym is evidence, but less than the word itself
DATE_BONUS = 0.1
LONG_TASK = 40  # words: a task this long has a subject and a tail
TIE = 0.05  # hits this close to the best answer it about as well
# A task that leads every other by LEAD_MARGIN, covering at least LEAD_FLOOR, is the one an
# English question means (:func:`clear_lead`).
LEAD_FLOOR = 0.4
LEAD_MARGIN = 0.1
_RENDERING_WORDS = 4  # the most words a glossary rendering is segmented into
UNKNOWN_SHARE = 0.5  # of the rarest word's weight, what a word the plans never use weighs
_STATES_DATE = re.compile(r"\bngay \d{1,2} (?:thang )?\d{1,2}\b")


def rank(
    kb: KnowledgeBase,
    words: Sequence[str],
    *,
    scope: Sequence[int] | None,
    phrase: str,
    asks_when: bool,
    unknown_share: Callable[[str], float] = lambda word: UNKNOWN_SHARE,
    by_parts: bool = False,
    alternates: Mapping[str, Sequence[str]] | None = None,
    kinds: Sequence[str] = KINDS,
) -> list[tuple[float, Hit]]:
    """Tasks and sections holding the words, best first, with their coverage.

    ``phrase`` is the question's text: among hits of equal coverage, the one whose text opens
    with it wins ("Kinh phí thực hiện Kế hoạch ..." for "kinh phí thực hiện kế hoạch lấy từ
    đâu"). ``asks_when``: a "khi nào / hạn" question about the body is answered by the
    passage that states a date. ``unknown_share`` is what a word the plans never use
    weighs, as a share of the rarest word's weight: in English, where the words left
    untranslated are mostly the asker's own ("actually", "packaged"), and the glossary's
    words for what the asker does ("offer", "compiling") are no topic, less for all but
    names of things ("cryptocurrency", which no plan here is about). ``by_parts``: a compound the
    plans never write is met, for less, by the words of it they do ("chuỗi" of the
    glossary's "chuỗi cung ứng"); for English, whose compounds are the glossary's.
    ``alternates``: other words of the plans a word stands for in full ("training" is
    "đào tạo", "bồi dưỡng" or "tập huấn"), from the glossary, for English.
    """
    # A word the plans never use counts, but less than a rare word they do use: real
    # questions carry words of their own ("lấy", "hôm nay").
    weights = {w: kb.idf(w) if kb.known(w) else kb.idf("") * unknown_share(w) for w in words}
    # A word the plans use is matched as itself; one they never use, by its synonyms, and
    # then it weighs what they weigh ("giải thưởng" is the plans' rarer "khen thưởng").
    # Each form with the credit it earns: the word itself in full, a synonym for less.
    forms: dict[str, dict[str, float]] = {}
    # A compound the plans never write, by the words of it they do, each for its share of
    # the compound's weight, which is theirs together.
    parts: dict[str, dict[str, float]] = {}
    for w in words:
        # (A lone syllable in the text may be half of another word: "chính" of "chính sách".)
        forms[w] = {w: 1.0 if "_" in w else SYNONYM_CREDIT}
        if not kb.known(w):
            forms[w] |= dict.fromkeys(SYNONYMS.get(w, ()), SYNONYM_CREDIT)
            if by_parts and "_" in w and (found := _parts(w, kb)):
                weights[w] = max(weights[w], sum(kb.idf(p) for p in found))
                parts[w] = {p: kb.idf(p) / weights[w] for p in found}
        # (the glossary's other words for it are it, in full, whatever the synonyms say)
        forms[w] |= dict.fromkeys((alternates or {}).get(w, ()), 1.0)
    # A rendering of several words ("kinh_te tu_nhan" for "private sector") stands for its
    # other words as a whole: each of its words is met where the text writes one of them.
    for i, j in runs(len(words)) if alternates else ():
        for w in words[i:j]:
            forms[w] |= dict.fromkeys(alternates.get("_".join(words[i:j]), ()), 1.0)
    # A compound the plans write as loose syllables (pyvi joins "thủy điện" but leaves
    # "hồ chứa" apart) is still written there: found by its rarest syllable, matched where
    # the syllables stand together, weighing at least what that syllable weighs.
    loose: set[str] = set()
    for w in words:
        syllables = w.split("_")
        if len(syllables) > 1 and not kb.known(w) and written(kb, w):
            rarest = max(syllables, key=kb.idf)
            loose.add(rarest)
            weights[w] = max(weights[w], kb.idf(rarest))
    for w in words:
        # (a word weighs what its synonyms among its forms weigh; one the plans never write,
        # what any of its forms does, the glossary's other words for it too)
        others = SYNONYMS.get(w, ()) if kb.known(w) else forms[w]
        known = [kb.idf(f) for f in others if f != w and f in forms[w] and kb.known(f)]
        if known:
            weights[w] = max(known)
    total = sum(weights.values())
    searched = sorted(
        loose | {f for fs in (*forms.values(), *parts.values()) for f in fs if kb.known(f)}
    )
    scored: list[tuple[float, Hit]] = []
    for hit in kb.search(searched, plan_ids=scope, kinds=kinds):
        flat = f" {hit.text.replace('_', ' ')} "
        matched = sum(
            weights[w] * _credit(w, forms[w], parts.get(w, {}), hit.words, flat)
            for w in dict.fromkeys(words)  # (in one order: a float sum varies with it)
        )
        score = matched / total
        if asks_when and hit.kind == "section":
            score = score + DATE_BONUS if _STATES_DATE.search(hit.text) else score * 0.7
        scored.append((score, hit))
    scored.sort(
        key=lambda sh: (
            -round(sh[0], 2),
            -fuzz.partial_ratio(phrase, sh[1].text[:120].replace("_", " ")) // 10,
            sh[1].kind != "task",
            sh[1].rank,
        )
    )
    return scored


def merged(rankings: Sequence[list[tuple[float, Hit]]]) -> list[tuple[float, Hit]]:
    """Rankings of words asked as alternatives ("international agreements or trade
    commitments") as one: each hit with the best coverage it has of one of them, since a
    task all about one is all about the question. Equal scores keep the order found.

    >>> one, two = Hit("task", 1, 1, 0.0, "a"), Hit("task", 2, 1, 0.0, "b")
    >>> [(s, h.id) for s, h in merged([[(1.0, one), (0.2, two)], [(0.9, two)]])]
    [(1.0, 1), (0.9, 2)]
    """
    best: dict[tuple[str, int], tuple[float, Hit]] = {}
    for ranking in rankings:
        for score, hit in ranking:
            key = (hit.kind, hit.id)
            if key not in best or score > best[key][0]:
                best[key] = (score, hit)
    return sorted(best.values(), key=lambda sh: -round(sh[0], 2))


def alternate_forms(
    words: Sequence[str], alternates: Mapping[str, Sequence[str]]
) -> dict[str, tuple[str, ...]]:
    """For each word, the other words of the plans the glossary gives for it or for a run
    of words it is in ("co_so kham_benh_chua_benh" is also "co_so_y_te").

    >>> alternate_forms(["co_so", "kham"], {"co_so_kham": ("co_so_y_te",)})
    {'co_so': ('co_so_y_te',), 'kham': ('co_so_y_te',)}
    """
    forms: dict[str, tuple[str, ...]] = {w: () for w in words}
    for i, j in [(i, i + 1) for i in range(len(words))] + runs(len(words)):
        for w in words[i:j]:
            forms[w] = (*forms[w], *alternates.get("_".join(words[i:j]), ()))
    return forms


def runs(n: int) -> list[tuple[int, int]]:
    """The spans of two words or more, up to a rendering's length, of ``n`` words."""
    return [(i, j) for i in range(n) for j in range(i + 2, min(n, i + _RENDERING_WORDS) + 1)]


def _credit(
    word: str, forms: dict[str, float], parts: dict[str, float], hit_words: set[str], flat: str
) -> float:
    """What a hit earns for a word: the best credit of the forms its words or its text
    write ("hieu_chuan" written "hiệu chuẩn" is the word itself), or, for less, the share
    of the word its parts written carry."""

    def written(form: str) -> bool:
        # A glossary's one-syllable word ("cử" for "send") only as a word of the hit's own,
        # never as half of another ("cụ thể"); the question's own lone syllables may be.
        if form in hit_words:
            return True
        if "_" not in form and forms.get(form) == 1.0 and form != word:
            return False
        return f" {form.replace('_', ' ')} " in flat

    if word in hit_words:
        return 1.0
    best = max((c for form, c in forms.items() if written(form)), default=0.0)
    share = sum(s for part, s in parts.items() if part in hit_words or written(part))
    return max(best, SYNONYM_CREDIT * share)


def _parts(compound: str, kb: KnowledgeBase) -> list[str]:
    """The words the plans write that a compound they never write is made of, longest
    first from the left, stopwords aside: "chuoi_cung_ung" is "chuoi" (and "cung_ung"
    where the plans write it)."""
    syllables = compound.split("_")
    found: list[str] = []
    i = 0
    while i < len(syllables):
        for j in range(len(syllables) - (i == 0), i, -1):  # never the whole compound
            word = "_".join(syllables[i:j])
            if kb.known(word):
                if word not in STOPWORDS:
                    found.append(word)
                i = j
                break
        else:
            i += 1
    return found


def written(kb: KnowledgeBase, word: str) -> bool:
    """Whether the plans write the word: as one of their words, or a compound as its
    syllables, loose ("đê sông", which pyvi leaves as two words)."""
    return kb.known(word) or ("_" in word and all(map(kb.known, word.split("_"))))


def clear_lead(scored: list[tuple[float, Hit]]) -> list[tuple[float, Hit]]:
    """The best task, with any passage scoring as well, when it covers a fair share of the
    words and no other task comes near it; empty otherwise. An English question keeps only
    the words the glossary could render, and the asker's own ("our hydropower company"),
    so a task can be plainly the one meant while covering less than :data:`MIN_COVERAGE`.

    >>> from knowledge.records import Hit
    >>> one, two = Hit("task", 1, 1, 0.0, "a"), Hit("task", 2, 1, 0.0, "b")
    >>> [h.id for _, h in clear_lead([(0.48, one), (0.2, two)])]
    [1]
    >>> clear_lead([(0.48, one), (0.45, two)]), clear_lead([(0.3, one)])
    ([], [])
    """
    tasks = [s for s, h in scored if h.kind == "task"]
    if not tasks or tasks[0] < LEAD_FLOOR or scored[0][0] > tasks[0] + TIE:
        return []
    if len(tasks) > 1 and tasks[1] > tasks[0] - LEAD_MARGIN:
        return []
    return [(s, h) for s, h in scored if s >= tasks[0]]


def tasks_covering(
    kb: KnowledgeBase, words: Sequence[str], *, scope: Sequence[int] | None, phrase: str = ""
) -> list[tuple[float, Hit]]:
    """The tasks that cover at least :data:`MIN_COVERAGE` of the words, best first: the ones a
    question that describes a task by its words may mean."""
    if not words:
        return []
    scored = rank(kb, words, scope=scope, phrase=phrase, asks_when=False, kinds=("task",))
    return [(s, h) for s, h in scored if s >= MIN_COVERAGE]


def closest(scored: list[tuple[float, Hit]], words: Sequence[str]) -> list[tuple[float, Hit]]:
    """Of hits that cover the question's words about as well, those that hold them closest
    together: "xây dựng Nghị định về tăng mức đóng" in one phrase, not the same words
    scattered over a long text.

    >>> from knowledge.records import Hit
    >>> near = Hit("task", 1, 1, 0.0, "xay_dung nghi_dinh ve tang muc dong")
    >>> far = Hit("task", 2, 1, 1.0, "muc dong tang theo lo trinh roi xay_dung nghi_dinh")
    >>> [h.id for _, h in closest([(1.0, near), (1.0, far)], ["nghi_dinh", "muc", "dong"])]
    [1]
    """
    spans = [_window(h.text, words) for _, h in scored]
    most = min((held for held, _ in spans), default=0)  # held is negated: fewer is more
    best = min((span for held, span in spans if held == most), default=0)
    return [
        sh
        for sh, (held, span) in zip(scored, spans, strict=True)
        if held == most and span <= best * 1.5 + 2
    ]


def most_in_order(scored: list[tuple[float, Hit]], words: Sequence[str]) -> list[tuple[float, Hit]]:
    """Of hits that tie, those holding most of the question's words side by side as it
    says them, function words aside: people name a task by a phrase of it ("tính chi phí
    quản lý vào giá dịch vụ y tế"), not by the same words in another order.

    >>> from knowledge.records import Hit
    >>> said = Hit("task", 1, 1, 0.0, "cho phep_tinh chi_phi quan_ly vao gia dich_vu")
    >>> other = Hit("task", 2, 1, 0.0, "gia dich_vu moi co chi_phi quan_ly")
    >>> words = ["chi_phi", "quan_ly", "gia", "dich_vu"]
    >>> [h.id for _, h in most_in_order([(1.0, said), (1.0, other)], words)]
    [1]
    """
    asked = list(zip(words, words[1:], strict=False))
    held = []
    for _, hit in scored:
        tokens = [t for t in hit.text.split() if t not in STOPWORDS]
        pairs = set(zip(tokens, tokens[1:], strict=False))
        held.append(sum(pair in pairs for pair in asked))
    return _most(scored, held)


def _most(scored: list[tuple[float, Hit]], held: list[int]) -> list[tuple[float, Hit]]:
    """The hits whose count in ``held`` is the highest."""
    return [sh for sh, n in zip(scored, held, strict=True) if n == max(held, default=0)]


def most_before_about(
    scored: list[tuple[float, Hit]], words: Sequence[str]
) -> list[tuple[float, Hit]]:
    """Of hits that tie, those holding most of the question's words before their first
    "về": what a task does, not what the rules it reviews are about ("tăng cường thanh tra,
    kiểm tra …" checks goods; "rà soát quy định pháp luật về thanh tra, kiểm tra" does not).

    >>> from knowledge.records import Hit
    >>> rules = Hit("task", 1, 1, 0.0, "ra_soat quy_dinh ve thanh_tra kiem_tra hang_hoa")
    >>> checks = Hit("task", 2, 1, 0.0, "tang_cuong thanh_tra kiem_tra ve hang_hoa")
    >>> [h.id for _, h in most_before_about([(1.0, rules), (1.0, checks)], ["kiem_tra"])]
    [2]
    """
    asked = set(words)
    held = [len(asked & set(f" {h.text} ".split(" ve ")[0].split())) for _, h in scored]
    return _most(scored, held)


def most_syllables(scored: list[tuple[float, Hit]], plain: str) -> list[tuple[float, Hit]]:
    """Of hits that tie, those holding most of the question's own syllables, numbers read
    without leading zeros: "chọn 5 doanh nghiệp" is "Lựa chọn 05 doanh nghiệp", though
    "chọn" alone is no word of the plans.

    >>> from knowledge.store import Hit
    >>> one = Hit("task", 1, 1, 0.0, "lua_chon 05 doanh_nghiep chu_luc")
    >>> two = Hit("task", 2, 1, 0.0, "thuc_day doanh_nghiep chu_luc")
    >>> [h.id for _, h in most_syllables([(1.0, one), (1.0, two)], "viec chon 5 doanh nghiep")]
    [1]
    """
    asked = {_number(s) for s in plain.split()} - STOPWORDS
    held = [len(asked & {_number(s) for s in h.text.replace("_", " ").split()}) for _, h in scored]
    return _most(scored, held)


def most_focused(scored: list[tuple[float, Hit]], words: Sequence[str]) -> list[tuple[float, Hit]]:
    """Of hits that tie, those the words are the subject of: "the one about barcodes and
    traceability" is the task that applies barcodes and traceability, not the training
    whose long list of subjects ends with them. A long task names what it is about first;
    one that meets the words only in its last half gives way to one that meets them in its
    first. A short one is all subject ("Tham mưu ban hành Nghị định về vị trí việc làm").

    >>> from knowledge.store import Hit
    >>> first = Hit("task", 1, 1, 0.0, "ung_dung ma_vach truy_xuat nguon_goc de quan_ly tot")
    >>> last = Hit("task", 2, 1, 0.0, " ".join(["dao_tao"] * 40 + ["ma_vach", "nguon_goc"]))
    >>> [h.id for _, h in most_focused([(1.0, first), (1.0, last)], ["ma_vach", "nguon_goc"])]
    [1]
    """
    tails = [_in_tail(h.text, words) for _, h in scored]
    if all(tails) or not any(tails):
        return scored
    return [sh for sh, tail in zip(scored, tails, strict=True) if not tail]


def _in_tail(text: str, words: Sequence[str]) -> bool:
    """Whether a long text meets the first of the words only in its last half."""
    tokens = text.split()
    found = [i for i, token in enumerate(tokens) if token in words]
    return len(tokens) >= LONG_TASK and bool(found) and found[0] >= len(tokens) / 2


def _number(syllable: str) -> str:
    return syllable.lstrip("0") or syllable if syllable.isdigit() else syllable


def _window(text: str, words: Sequence[str]) -> tuple[int, int]:
    """How many of ``words`` the text holds, negated, and the fewest syllables of it that
    hold one of each: a key that sorts the text holding most words closest first."""
    tokens = text.replace("_", " ").split()
    marks: list[tuple[int, int]] = []  # (position, which word), a word's last syllable
    for k, word in enumerate(dict.fromkeys(words)):
        parts = word.split("_")
        for i in range(len(tokens) - len(parts) + 1):
            if tokens[i : i + len(parts)] == parts:
                marks.append((i + len(parts) - 1, k))
    marks.sort()
    wanted = len({k for _, k in marks})
    best, count, seen, left = len(tokens), 0, Counter(), 0
    for end, k in marks:
        count += seen[k] == 0
        seen[k] += 1
        while count == wanted:
            best = min(best, end - marks[left][0] + 1)
            seen[marks[left][1]] -= 1
            count -= seen[marks[left][1]] == 0
            left += 1
    return -wanted, best
