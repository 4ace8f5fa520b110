"""Read a question: the task ids, periods, plan numbers and cue words it contains.

Everything here works on the folded text, so "Ai chủ trì" and "ai chu tri" read the same.
Task ids are taken out before anything else splits them ("II.3" would become "II. 3").

>>> q = read("Ai chủ trì nhiệm vụ II.3?", today=date(2026, 5, 1))
>>> q.refs, [f.value for f in q.fields], q.lang
([('II', '3')], ['lead'], 'vi')
>>> read("Which tasks are due Quarter II/2026?", today=date(2026, 5, 1)).periods[0].label()
'Quý II/2026'
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from .amounts import Amount, value_of
from .cues import (
    ALL_CUE,
    ALL_OF_CUE,
    AMOUNT_CUE,
    ASKS_WHICH,
    ASKS_WHO,
    BACK_CUE,
    CLAIM_CUE,
    CONTACT_CUE,
    COUNT_CUE,
    DATED_CUE,
    DOCUMENTS_CUE,
    DONE_CUE,
    DUE_WORD,
    DUTIES_CUE,
    FIELD_CUES,
    FULL_CUE,
    GREETING_CUE,
    GROUP_WORD,
    HELP_CUE,
    HELP_WORDS,
    INVOLVED_CUE,
    LASTING_CUE,
    LEAST_CUE,
    MOST_CUE,
    NARROW_CUE,
    NEAREST_CUE,
    NEGATION_CUE,
    NEXT_CUE,
    OFFICE_HOLDER_CUE,
    ONGOING_CUE,
    OTHER_CUE,
    OUT_OF_SCOPE_CUE,
    OVERDUE_CUE,
    PENDING_CUE,
    PLANS_CUE,
    POINTS_BACK_CUE,
    PREVIOUS_CUE,
    SCHEDULE_CUE,
    SCHEDULE_ONLY,
    SHARE_CUE,
    SMALL_TALK_FILLER,
    STILL_CUE,
    TASK_WORD,
    THANKS_CUE,
    TOTAL_CUE,
    UPCOMING_CUE,
    WITH_WHOM,
    WITHIN_CUE,
    cue,
)
from .fields import Role
from .normalize import clean, fold, has_diacritics, int_to_roman, roman_to_int
from .periods import Kind, Period, find_periods, quarter
from .plan_fact_cues import META_CUES, REPORT_WORD
from .relative import (
    BARE_MONTH,
    BARE_QUARTER,
    COMING,
    FROM_NOW,
    RELATIVE,
    UNTIL,
    YEAR_SHIFT,
    coming,
    count_digits,
    relative_period,
)
from .words import ENGLISH_TERMS, STOPWORDS, expand_chat

MAX_CHARS = 2000
# Emoji (pictographs, dingbats, flags, skin tones) say nothing about a plan: they are read as
# spaces, so "quý 😀 3/2025" is "quý 3/2025" and "II.3👍" is "II.3".
_EMOJI = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")


# English words that Vietnamese questions do not use, and the reverse.
# The words that frame a question in each language. Names do not count: an English
# question may name "Sở Khoa học và Công nghệ" or "1169/QĐ-UBND".
# Vietnamese folds to some English words ("đo" is "do", "cần" is "can"): those are left out.
_ENGLISH = frozenset(
    "who which what when where how is are does task tasks lead leads due deadline "
    "quarter plan plans business dialogue schedule signed many coordinates coordinate "
    "documents review help ask show list tell thanks thank you hello bye goodbye".split()
)
_VIETNAMESE = frozenset(
    "ai nao gi khi la co cua nhiem vu han chu tri phoi hop ke hoach nhung bao nhieu thoi "
    "cac duoc khong hoi toi biet lam thuc hien".split()
)

# "II.3", "ii.3", "2.3", "II-3", "II.03"; not dates ("15/11") nor numbers ("1.200").
_REF = re.compile(
    r"(?:(?<![\w./-])|(?<=\bnv))(?P<g>[ivxl]{1,4}|\d{1,2})\s*[.-]\s*(?P<n>0?\d{1,2})"
    r"(?![\d/]|\.\d|\s*/\s*\d)"
)
# "nhiệm vụ II3", "task II 3": only after the word, where "vi 3" cannot be "đơn vị 3".
_REF_AFTER_WORD = re.compile(
    r"\b(?:nhiem vu|nv|task)\s*(?:so\s*)?(?P<g>[ivxl]{1,4})\s*(?P<n>\d{1,2})\b(?!\s*[./-]\s*\d)"
)
_REF_WORDS = re.compile(
    r"\b(?:nhiem vu|nv|task|viec|noi dung)\s*(?:thu\s*|so\s*)?(?P<n>\d{1,2})\s*"
    r"(?:cua|thuoc|trong|in|of)?\s*(?:nhom|group|phan|muc)\s*(?:thu\s*)?"
    r"(?P<g>[ivxl]{1,4}|\d{1,2})\b"
)
_APPENDIX = cue(r"phu luc", r"appendix", r"annex")
# "phụ lục II", "appendix 2": a later table, whose ids the indexer writes "PL II: I.1".
_APPENDIX_NUMBER = re.compile(
    r"\b(?:phu luc|appendix|annex)\s*(?:so\s*)?(?P<n>[ivx]{1,4}|\d{1,2})\b"
)
# "mục 3 nhóm II", "dòng 3 nhóm II": a row of the appendix by its group.
# "II1 ai chỉ đạo": a group and a number typed with no dot between.
_REF_GLUED = re.compile(r"(?<![\w./-])(?P<g>(?:i{1,3}|iv|vi{0,3}|ix|x))(?P<n>\d{1,2})(?![\w./-])")
_REF_ROW = re.compile(
    r"\b(?:muc|dong|stt)\s*(?:so\s*)?(?P<n>\d{1,2})\s*(?:cua|thuoc|trong)?\s*(?:nhom|group)\s*"
    r"(?:thu\s*)?(?P<g>[ivxl]{1,4}|\d{1,2})\b"
)
# "nhóm II, nhiệm vụ 3", "nhóm 2 nv 3", "group II task 3".
_REF_GROUP_FIRST = re.compile(
    r"\b(?:nhom|group)\s*(?:thu\s*)?(?P<g>[ivxl]{1,4}|\d{1,2})\s*[,:;-]?\s*"
    r"(?:nhiem vu|nv|task|viec)\s*(?:thu\s*|so\s*)?(?P<n>\d{1,2})\b(?![./]\d)"
)
_ID_RANGE = re.compile(r"\s*(?:-|–|den|toi|to|through)\s*")
_MORE_NUMBERS = re.compile(
    r"\s*(?:,|va|hay|hoac|voi|and|or|&)\s*(?P<n>\d{1,2})\b"
    r"(?!\s*[./]\s*\d|\s*(?:thang|nam|quy|ngay|tuan|months?|years?|days?))"
)
# Not "nhiệm vụ 6 tháng đầu năm", "việc 3 tháng tới".
_REF_BARE = re.compile(
    r"\b(?:nhiem vu|nv|task)\s*(?:so\s*|thu\s*)?(?P<n>\d{1,2})\b"
    r"(?!\s*[./]\s*\d|\s*(?:thang|nam|quy|ngay|tuan|months?|years?|days?|weeks?)\b)"
)
_SECTION_REF = re.compile(
    r"\b(?:muc|phan|khoan|diem|section|part)\s+(?P<r>[ivxl]{1,4}(?:\s*\.\s*\d{1,2}(?:\s*\.\s*"
    r"[a-z])?)?|\d{1,2}(?:\s*\.\s*\d{1,2})*)\b"
)
_ARTICLE_REF = re.compile(r"\b(?:dieu|article)\s+(?P<n>\d{1,2})\b")
# "nhóm II", "nhóm nhiệm vụ II", "group 3"
_GROUP = re.compile(
    r"\b(?:nhom|group)\s+(?:(?:nhiem vu|nv|giai phap)\s+)?(?:(?:so|thu|number)\s+)?"
    r"(?P<g>[ivxl]{1,4}|\d{1,2}|[a-h])\b"
)
# "1.2.1": a task under a task, its parent's id then its own number.
_REF_DEEP = re.compile(
    r"(?<![\w./-])(?P<g>(?:[ivxl]{1,4}|\d{1,2})\s*\.\s*\d{1,2})\s*\.\s*(?P<n>\d{1,2})"
    r"(?![\d/]|\.\d)"
)
# Groups lettered A, B, C: "B.3", written in capitals (a lowercase "a.1" is too common).
_REF_LETTER = re.compile(r"(?<![\w./-])(?P<g>[a-h])\s*\.\s*(?P<n>\d{1,2})(?![\d/]|\.\d)")
_PLAN_NUMBER = re.compile(
    r"(?:\b(?:(?P<w>ke hoach|quyet dinh|kh|qd|plan|decision)|van ban)\s*(?:so\s*)?)?"
    r"(?<![\d/])(?P<d>\d{1,5})\s*/\s*(?:(?:19|20)\d\d\s*/\s*)?(?P<s>[a-z]{1,6}(?:\s*-\s*[a-z]{1,8})*)"
)
# "Chỉ thị 38-CT/TW", "Quyết định 1703", "Luật Tổ chức chính quyền địa phương": documents
# a plan may cite; the engine looks them up in the legal bases.
CITED_KIND = (
    r"chi thi|nghi quyet|quyet dinh|ke hoach|thong tu|nghi dinh|cong van|luat|van ban|qd|kh|nq"
)
# Kinds of document no plan is: "Chỉ thị 38" needs no "-CT/TW" to be one.
_CITED_ONLY = r"chi thi|nghi quyet|thong tu|nghi dinh|luat|nq"
_CITED = re.compile(
    rf"\b(?:(?:{CITED_KIND})\s*(?:so\s*)?(?P<d>\d{{1,5}})\s*[-/]"
    rf"|(?:{_CITED_ONLY})\s*(?:so\s*)?(?P<e>\d{{1,5}})\b)"
)
_PLAN_WORD = re.compile(
    r"\b(?:ke hoach|quyet dinh|kh|qd|plan|decision|van ban)\s*(?:so\s*)?(?P<d>\d{1,5})\b(?![./]\d)"
)
# "thứ hai" is "2" after a word that numbers things: "nhiệm vụ thứ hai", "nhóm thứ ba"
# (not "thứ tự", nor the weekday "thứ ba").
_ORDINALS_VI = {"nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6}
_ORDINALS_VI |= {"bay": 7, "tam": 8, "chin": 9, "muoi": 10}
_ORDINAL_WORD = re.compile(
    r"\b(nhiem vu|nv|nhom|group|cai|viec|muc|van ban|tai lieu|ke hoach|buoi|phien) thu ("
    + "|".join(_ORDINALS_VI)
    + r")\b"
)
# Words that name a plan or a document by its number ("kế hoạch 87"): "kế hoạch thứ hai" keeps
# its "thứ", so it stays a place and is never read as a plan numbered 2.
# "Nhiệm vụ thứ hai" is a place in a list, not task 2 of some group: it keeps its "thứ" too.
_KEEPS_THU = ("van ban", "tai lieu", "ke hoach", "buoi", "phien", "nhiem vu", "nv")
# "cái thứ 2", "số 2", "nhiệm vụ thứ 2", "cái đầu tiên", "the second one": a place in the
# list just shown (the engine takes it so only when a list was shown).
_PLACE = r"\d{1,2}|dau tien|cuoi cung|cuoi"
_LIST_PLACE = re.compile(
    rf"^\W*(?:con |va |and |what about |how about )?(?:so|thu|number|no\.?|#)\s*(?P<a>\d{{1,2}})\b"
    rf"|\b(?:cai|viec|muc|dong) (?:thu |so )?(?P<b>{_PLACE})\b"
    rf"|\b(?:nhiem vu|nv) (?:thu (?P<c>\d{{1,2}})|(?P<d>dau tien|cuoi cung))\b"
    r"|\bthe (?P<e>first|second|third|fourth|fifth|last) (?:one|task|document|plan|section"
    r"|session|meeting|item)\b"
    rf"|\b(?:van ban|tai lieu|ke hoach|buoi|phien) (?:thu (?P<f>\d{{1,2}})|(?P<g>dau tien"
    r"|cuoi cung|cuoi))\b"
)
_PLACE_WORDS = {"dau tien": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
# An amount of money: "trên 1 tỷ đồng", "dưới 500 triệu", "1.200 triệu đồng".
_AMOUNT = re.compile(
    r"(?:\b(?P<cmp>tren|hon|lon hon|nhieu hon|vuot|tu|duoi|it hon|nho hon|khong qua|toi da|over"
    r"|above|more than|under|below|less than|at least|at most)\s+)?"
    r"(?<![\d.,/])(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d/])"
    r"(?:\s*(?P<unit>ty|trieu|nghin|ngan|dong|billion|million|vnd)\b)?"
)
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_COMPARE = {
    **dict.fromkeys(["tren", "hon", "lon hon", "nhieu hon", "vuot", "over", "above"], ">"),
    **dict.fromkeys(["more than", "tu", "at least"], ">="),
    **dict.fromkeys(["duoi", "it hon", "nho hon", "under", "below", "less than"], "<"),
    **dict.fromkeys(["khong qua", "toi da", "at most"], "<="),
}
_WORD = re.compile(r"[0-9a-z]+")
_WITH_DIGITS = re.compile(r"\S*\d\S*")


@dataclass
class Query:
    """What a question contains, before it meets the knowledge base."""

    text: str
    folded: str
    rest: str  # the folded text with the recognised spans blanked out
    plain: str  # the words of ``rest`` without cue words of periods, single spaces
    lang: str
    words: str = ""  # the question's words with only ids and plan numbers taken out
    rest_text: str = ""  # the question as written, with the same spans as ``rest`` blanked
    refs: list[tuple[str | None, str]] = field(default_factory=list)
    bare_numbers: list[str] = field(default_factory=list)  # "nhiệm vụ 3", no group
    section_refs: list[str] = field(default_factory=list)
    plan_numbers: list[str] = field(default_factory=list)  # folded "87/kh-ubnd"
    plan_digits: list[str] = field(default_factory=list)  # "87" from "kế hoạch 87"
    cited_digits: list[str] = field(default_factory=list)  # "38" from "Chỉ thị 38-CT/TW"
    cited_shown: str = ""  # "Chỉ thị 38", as the user wrote it
    plan_named: bool = False  # a plan word before the number: "kế hoạch 999" must exist
    plans_shown: list[str] = field(default_factory=list)  # the numbers as the user wrote them
    periods: list[Period] = field(default_factory=list)
    relative: str | None = None  # upcoming | overdue | pending
    place: int | None = None  # "cái thứ 2": a place in the list just shown; -1 for the last
    amount: Amount | None = None
    appendix: str | None = None  # "II" from "phụ lục II"
    group: str | None = None
    fields: list[Role] = field(default_factory=list)
    full: bool = False
    meta: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)

    def has(self, flag: str) -> bool:
        return flag in self.flags


def _group_code(token: str) -> str:
    """ "ii" and "2" are both group II."""
    value = int(token) if token.isdigit() else roman_to_int(token)
    return int_to_roman(value) if value else token.upper()


def _ref(group: str, number: str) -> tuple[str, str]:
    """A task id as the user wrote it, tidied: ("ii", "03") → ("II", "3"), ("2", "3") stays."""
    return (group if group.isdigit() else _group_code(group)), str(int(number))


def ref_forms(group: str | None, number: str) -> list[str]:
    """The ids a task the user named may have: as written, then with the other numerals
    for its group ("2.3" may be II.3: most plans number groups in Roman).

    >>> ref_forms("2", "3"), ref_forms("II", "3"), ref_forms(None, "3")
    (['2.3', 'II.3'], ['II.3', '2.3'], ['3'])
    """
    if group is None:
        return [number]
    if "." in group:  # "1.2.1" is written one way only
        return [f"{group}.{number}"]
    other = _group_code(group) if group.isdigit() else str(roman_to_int(group) or group)
    return list(dict.fromkeys([f"{group}.{number}", f"{other}.{number}"]))


def _ordinal_digits(m: re.Match[str]) -> str:
    """ "nhom thu hai" → "nhom 2      ": the same length, so positions in the text still
    line up."""
    thu = " thu" if m[1] in _KEEPS_THU else ""
    return f"{m[1]}{thu} {_ORDINALS_VI[m[2]]}".ljust(len(m[0]))


def _list_place(text: str) -> int | None:
    """The place "cái thứ 2" names: 2; -1 for "cái cuối cùng".

    >>> _list_place("cai 2 ai chu tri"), _list_place("the last one?"), _list_place("II.3")
    (2, -1, None)
    """
    m = _LIST_PLACE.search(text)
    if not m:
        return None
    n = next(g for g in m.groups() if g)
    if n.isdigit():
        return int(n)
    return -1 if n.startswith(("cuoi", "last")) else _PLACE_WORDS[n]


def _capital(text: str, folded: str, at: int) -> bool:
    """Whether the user wrote a capital where the folded text has a letter."""
    return len(text) == len(folded) and text[at].isupper()


# A recurring period set aside: "trừ mấy cái hằng năm", "ngoài các việc làm hàng năm",
# "instead of just being yearly".
_BESIDES = re.compile(
    r"\b(?:tru|ngoai|khong (?:tinh|ke|phai)|except|excluding|besides|apart from|other than"
    r"|instead of|rather than)\b(?: \w+){0,4} *$"
)


def _blank(text: str, span: tuple[int, int]) -> str:
    return text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]


_OBLIGED = re.compile(r"\b(?:phai|can|se|duoc giao) ban hanh\b")
_CONTENT_NAMED = re.compile(r"\bnoi dung\b|\bcontent\b")
_NOT_ASKED = re.compile(r"\((?:không|ko|chứ không|not|rather than)\b[^()]*\)", re.IGNORECASE)


def read(
    question: str,
    *,
    today: date,
    names: Callable[[str], list[tuple[int, int]]] | None = None,
) -> Query:
    """Read a question; never raises, whatever the text.

    ``names`` finds the names the knowledge base knows in the folded text (agencies): their
    words are read before any cue word, so they are never one ("không" in "Cục Hàng không").

    >>> read("Cuc Hang khong chu tri gi", today=date(2026, 5, 1)).has("negated")
    True
    >>> spans = lambda folded: [(0, 13)]
    >>> read("Cuc Hang khong chu tri gi", today=date(2026, 5, 1), names=spans).has("negated")
    False
    """
    text = expand_chat(clean(_EMOJI.sub(" ", question))[:MAX_CHARS])
    # "chỉ phối hợp (không phải chủ trì)": an aside that says what is not asked.
    text = _NOT_ASKED.sub(lambda m: " " * len(m[0]), text)
    text = _spelled_ai(text)
    folded = fold(text)
    rest = folded
    q = Query(text=text, folded=folded, rest="", plain="", lang=_language(text, folded))

    rest = _ORDINAL_WORD.sub(_ordinal_digits, rest)
    q.place = _list_place(rest)
    for m in _AMOUNT.finditer(rest):
        # "trên 1 tỷ đồng", "1.000 triệu": an amount, never a task id ("1.0").
        if m["unit"] or _THOUSANDS.fullmatch(m["num"]):
            q.amount = q.amount or Amount(
                _COMPARE.get(m["cmp"] or "", ""), value_of(m["num"]), m["unit"] or ""
            )
            rest = _blank(rest, m.span())
    for pattern in (_REF_WORDS, _REF_ROW, _REF_GROUP_FIRST, _REF_AFTER_WORD, _REF_GLUED):
        for m in pattern.finditer(rest):
            q.refs.append(_ref(m["g"], m["n"]))
            rest = _blank(rest, m.span())
    for m in _SECTION_REF.finditer(rest):
        q.section_refs.append(re.sub(r"\s+", "", m["r"]).upper().replace(".D", ".đ"))
        rest = _blank(rest, m.span())
    if m := _APPENDIX_NUMBER.search(folded):
        q.appendix = _group_code(m["n"])
        rest = _blank(rest, m.span())
    if _APPENDIX.search(folded):  # "mục II.3 trong phụ lục" is the appendix's task II.3
        for ref in [r for r in q.section_refs if re.fullmatch(r"[IVXL]+\.\d+", r)]:
            q.section_refs.remove(ref)
            q.refs.append(_ref(*ref.lower().split(".")))
    for m in _ARTICLE_REF.finditer(rest):
        q.section_refs.append(f"Điều {m['n']}")
        rest = _blank(rest, m.span())
    for m in _REF_DEEP.finditer(rest):
        group, task = re.sub(r"\s+", "", m["g"]).split(".")
        parent = group if group.isdigit() else _group_code(group)
        q.refs.append((f"{parent}.{int(task)}", str(int(m["n"]))))
        rest = _blank(rest, m.span())
    last_end = None
    for m in _REF.finditer(rest):
        ref = _ref(m["g"], m["n"])
        # "II.1 đến II.4": every task between, in the same group.
        if last_end is not None and q.refs and _ID_RANGE.fullmatch(rest[last_end : m.start()]):
            group, first = q.refs[-1]
            if group == ref[0] and int(first) < int(ref[1]) <= int(first) + 30:
                q.refs += [(group, str(n)) for n in range(int(first) + 1, int(ref[1]))]
        q.refs.append(ref)
        last_end = m.end()
        rest = _blank(rest, m.span())
    for m in _REF_LETTER.finditer(rest):
        if _capital(text, folded, m.start()):
            q.refs.append((m["g"].upper(), str(int(m["n"]))))
            rest = _blank(rest, m.span())
    # "nhóm nv số 2": a group, before its number is read as a task's.
    if (m := _GROUP.search(rest)) and m["g"].isdigit():
        q.group = _ref(m["g"], "0")[0]
        rest = _blank(rest, m.span())
    for m in _REF_BARE.finditer(rest):
        q.bare_numbers.append(m["n"])
        rest = _blank(rest, m.span())
        # "nhiệm vụ 7 và 9", "task 3, 5 or 6": the numbers that follow are tasks too.
        at = m.end()
        while more := _MORE_NUMBERS.match(rest, at):
            q.bare_numbers.append(more["n"])
            rest = _blank(rest, more.span())
            at = more.end()
    for m in _CITED.finditer(rest):
        q.cited_digits.append(m["d"] or m["e"])
        q.cited_shown = q.cited_shown or (
            text[m.start() : m.end()].strip(" -/") if len(text) == len(folded) else m[0]
        )
    for m in _PLAN_NUMBER.finditer(rest):
        suffix = re.sub(r"\s+", "", m["s"])
        q.plan_numbers.append(f"{m['d']}/{suffix}")
        q.plan_digits.append(m["d"])
        q.plan_named = q.plan_named or bool(m["w"])
        if len(text) == len(folded):  # folding kept every position: show the user's spelling
            q.plans_shown.append(text[m.start("d") : m.end()].strip())
        rest = _blank(rest, m.span())
    for m in _PLAN_WORD.finditer(rest):
        q.plan_digits.append(m["d"])
        q.plan_named = True
        rest = _blank(rest, (m.start("d"), m.end("d")))
    q.words = " ".join(_WORD.findall(rest))
    for period in find_periods(rest):
        rest = _blank(rest, period.span)
        if period.recurring and (m := _BESIDES.search(rest[: period.span[0]])):
            # "trừ mấy cái hằng năm": the tasks with a dated deadline, not the yearly ones.
            q.flags.add("dated")
            rest = _blank(rest, m.span())
            continue
        q.periods.append(period)
    for m in BARE_QUARTER.finditer(rest):
        n = int(m[1]) if m[1].isdigit() else roman_to_int(m[1])
        shift = m["y"].split()[-2 if m["y"].endswith("year") else -1] if m["y"] else "nay"
        year = today.year + YEAR_SHIFT[shift]
        q.periods.append(Period(Kind.QUARTER, *quarter(year, n), span=m.span()))
        rest = _blank(rest, m.span())
    for m in BARE_MONTH.finditer(rest):
        # "đến hết tháng 9", "hạn tháng 9": this year's month, or up to its end.
        month = int(m["m"])
        start = date(today.year, month, 1)
        end = date(today.year, month, calendar.monthrange(today.year, month)[1])
        until = UNTIL.search(rest[max(0, m.start() - 12) : m.start()])
        period = Period(Kind.BEFORE, date.min, end, m.span()) if until else None
        q.periods.append(period or Period(Kind.MONTH, start, end, m.span()))
        rest = _blank(rest, m.span())
    rest = count_digits(rest)  # "ba tháng tới"
    for m in COMING.finditer(rest):
        q.periods.append(coming(int(m[1] or m[3]), m[2] or m[4], today, m.span()))
        rest = _blank(rest, m.span())
    m = _GROUP.search(rest)
    if m and (
        len(m["g"]) > 1 or m["g"] in "ivxl0123456789" or _capital(text, folded, m.start("g"))
    ):
        q.group = m["g"].upper() if m["g"] in "abcdefgh" else _ref(m["g"], "0")[0]
        rest = _blank(rest, m.span())

    if FROM_NOW.search(folded):
        # "từ nay đến hết quý 2/2027", "từ giờ tới quý 2/2027": from today to its end.
        q.periods = [
            p if p.recurring else replace(p, kind=Kind.RANGE, start=today) for p in q.periods
        ]
    q.rest = rest
    # The same blanks in the original text, whose capitals tell "CA" (Công an) from "cả".
    if len(text) == len(folded):
        q.rest_text = "".join(
            " " if r == " " and f != " " else t for r, f, t in zip(rest, folded, text, strict=True)
        )
    else:
        q.rest_text = rest
    plain = " ".join(_WORD.findall(rest))
    # The cue words are read in the text without the names it holds.
    named = rest
    for span in names(folded) if names else ():
        named = _blank(named, span)
    cues = " ".join(_WORD.findall(named))
    for pattern, unit, shift in RELATIVE:
        if pattern.search(cues):
            q.periods.append(relative_period(unit, shift, today))
            plain = pattern.sub(" ", plain)
            cues = pattern.sub(" ", cues)
    ends_in = q.periods and _ENDS_IN.search(cues) and not _PAST_DUE.search(cues)
    if OVERDUE_CUE.search(cues) and not ends_in:
        q.relative = "overdue"
    elif PENDING_CUE.search(cues):
        q.relative = "pending"
    elif UPCOMING_CUE.search(cues) or (
        DUE_WORD.search(cues)
        and not q.periods
        and (TASK_WORD.search(cues) or ASKS_WHICH.search(cues))
        and not _WHEN_DUE.search(cues)  # "… and when is it due?" asks a deadline
    ):
        q.relative = "upcoming"

    for role, pattern in FIELD_CUES.items():
        if pattern.search(cues):
            q.fields.append(role)
    # "là gì" is the content only when no other column is named ("Sản phẩm ... là gì?").
    # "nội dung là gì, ai chủ trì" names the content as a column of its own.
    if Role.CONTENT in q.fields and len(q.fields) > 1 and not _CONTENT_NAMED.search(cues):
        q.fields.remove(Role.CONTENT)
    q.full = bool(FULL_CUE.search(cues))
    q.meta = [kind for kind, pattern in META_CUES.items() if pattern.search(cues)]
    if "date" in q.meta and _OBLIGED.search(cues):
        q.meta.remove("date")  # "Nghị định … phải ban hành khi nào?": a task's deadline
    if "recipients" in q.meta and REPORT_WORD.search(cues):
        q.meta.remove("recipients")
    for flag, pattern in (
        ("help", HELP_CUE),
        ("plans", PLANS_CUE),
        ("documents", DOCUMENTS_CUE),
        ("count", COUNT_CUE),
        ("task_word", TASK_WORD),
        ("asks_who", ASKS_WHO),
        ("narrow", NARROW_CUE),
        ("negated", NEGATION_CUE),
        ("most", MOST_CUE),
        ("least", LEAST_CUE),
        ("total", TOTAL_CUE),
        ("nearest", NEAREST_CUE),
        ("out_of_scope", OUT_OF_SCOPE_CUE),
        ("amount", AMOUNT_CUE),
        ("duties", DUTIES_CUE),
        ("share", SHARE_CUE),
        ("done", DONE_CUE),
        ("claim", CLAIM_CUE),
        ("ongoing", ONGOING_CUE),
        ("within", WITHIN_CUE),
        ("lasting", LASTING_CUE),
        ("contact", CONTACT_CUE),
        ("other", OTHER_CUE),
        ("points_back", POINTS_BACK_CUE),
        ("with_whom", WITH_WHOM),
        ("involved", INVOLVED_CUE),
        ("next", NEXT_CUE),
        ("previous", PREVIOUS_CUE),
        ("back", BACK_CUE),
        ("dated", DATED_CUE),
        ("all_of", ALL_OF_CUE),
        ("still", STILL_CUE),
        ("all", ALL_CUE),
        ("schedule", SCHEDULE_CUE),
        ("schedule_only", SCHEDULE_ONLY),
    ):
        if pattern.search(cues):
            q.flags.add(flag)
    if "ongoing" in q.flags and not q.periods and _NOW.search(cues):
        # "Hiện nay những nhiệm vụ nào vẫn còn trong thời gian thực hiện?": spans that hold today.
        q.periods.append(Period(Kind.DATE, today, today, (0, 0)))
    # "help" asks for help in "help" or "bạn làm được gì", not in a sentence about a topic
    # ("where can investors get help with procedures?").
    if len(plain.split()) > HELP_WORDS:
        q.flags.discard("help")
    if GROUP_WORD.search(cues):
        q.flags.add("group_word")
    for flag, pattern in (("greeting", GREETING_CUE), ("thanks", THANKS_CUE)):
        left = pattern.sub(" ", cues).split()
        if left != cues.split() and not set(left) - SMALL_TALK_FILLER - STOPWORDS:
            q.flags.add(flag)
    if OFFICE_HOLDER_CUE.search(plain):
        q.flags.add("out_of_scope")
    q.plain = " ".join(plain.split())
    return q


_WHEN_DUE = re.compile(r"\bwhen (?:is|are|was|will) (?:it|this|that|they|these|those)\b")
_NOW = re.compile(
    r"\b(?:hien nay|hien tai|bay gio|luc nay|thoi diem nay|now|currently|at present)\b"
)
# "Năm nay những nhiệm vụ nào hết thời hạn thực hiện?": whose time ends in the period named,
# not those overdue ("đã quá hạn").
_ENDS_IN = re.compile(r"\bhet (?:thoi han|thoi gian|han)\b")
_PAST_DUE = re.compile(r"\b(?:qua|tre|cham) (?:thoi )?han\b|\bda het\b")

# "ứng dụng AI", "using AI and drones": artificial intelligence, not "ai" (who).
_AI = re.compile(r"(?<![\w&/.-])AI(?![\w&/-])")


def _spelled_ai(text: str) -> str:
    """ "AI" in capitals among other words, spelled out in the question's language; a
    question typed all in capitals ("AI CHỦ TRÌ?") keeps its "ai".

    >>> _spelled_ai("Ai chủ trì việc ứng dụng AI?"), _spelled_ai("AI CHỦ TRÌ?")
    ('Ai chủ trì việc ứng dụng trí tuệ nhân tạo?', 'AI CHỦ TRÌ?')
    """
    if not _AI.search(text) or text.upper() == text:
        return text
    english = _language(text, fold(text)) == "en"
    return _AI.sub("artificial intelligence" if english else "trí tuệ nhân tạo", text)


def _language(text: str, folded: str) -> str:
    """ "en" when English frame words outnumber Vietnamese ones; on a tie, diacritics decide."""
    # Acronyms ("FDI", "SME", "OCOP") belong to both languages.
    acronyms = {w.lower() for w in re.findall(r"\b[A-Z]{2,}\b", text)}
    words = [w for w in _WORD.findall(folded) if w not in acronyms]
    english = sum(w in _ENGLISH or w in ENGLISH_TERMS for w in words)
    vietnamese = sum(w in _VIETNAMESE for w in words)
    if english == 1 and not vietnamese and has_diacritics(_WITH_DIGITS.sub(" ", text)):
        return "vi"  # "hỗ trợ doanh nghiệp xuất khẩu" with one word that is also English
    if english != vietnamese:
        return "en" if english > vietnamese else "vi"
    # A plan number's "Đ" ("1169/QĐ-UBND") says nothing of the language asked in.
    return "en" if english and not has_diacritics(_WITH_DIGITS.sub(" ", text)) else "vi"
