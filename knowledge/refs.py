"""Task ids, groups, sections, plan numbers and places in a list, as questions write them.

These patterns run on folded text ("nhiệm vụ II.3" is "nhiem vu ii.3"). The question reader
takes each one out of the text before anything else splits it.

>>> tidy_ref("ii", "03"), ref_forms("2", "3")
(('II', '3'), ['2.3', 'II.3'])
"""

from __future__ import annotations

import re

from .cues import cue
from .normalize import int_to_roman, roman_to_int

# "II.3", "ii.3", "2.3", "II-3", "II.03"; not dates ("15/11") nor numbers ("1.200").
REF = re.compile(
    r"(?:(?<![\w./-])|(?<=\bnv))(?P<g>[ivxl]{1,4}|\d{1,2})\s*[.-]\s*(?P<n>0?\d{1,2})"
    r"(?![\d/]|\.\d|\s*/\s*\d)"
)
# "nhiệm vụ II3", "task II 3": only after the word, where "vi 3" cannot be "đơn vị 3".
REF_AFTER_WORD = re.compile(
    r"\b(?:nhiem vu|nv|task)\s*(?:so\s*)?(?P<g>[ivxl]{1,4})\s*(?P<n>\d{1,2})\b(?!\s*[./-]\s*\d)"
)
REF_WORDS = re.compile(
    r"\b(?:nhiem vu|nv|task|viec|noi dung)\s*(?:thu\s*|so\s*)?(?P<n>\d{1,2})\s*"
    r"(?:cua|thuoc|trong|in|of)?\s*(?:nhom|group|phan|muc)\s*(?:thu\s*)?"
    r"(?P<g>[ivxl]{1,4}|\d{1,2})\b"
)
# "nhiệm vụ số 6 và số 7 mục II", "nv 2, 3 nhóm I": several tasks of one group.
REF_LIST_GROUP = re.compile(
    r"\b(?:nhiem vu|nv|task|tasks|viec)\s*(?:thu\s*|so\s*)?(?P<ns>\d{1,2}(?:\s*(?:,|va|hoac|hay"
    r"|and|or|&)\s*(?:so\s*|thu\s*)?\d{1,2})+)\s*(?:cua|thuoc|trong|in|of|o)?\s*"
    r"(?:nhom|group|phan|muc)\s*(?:thu\s*)?(?P<g>[ivxl]{1,4}|\d{1,2})\b"
)
APPENDIX = cue(r"phu luc", r"appendix", r"annex")
# "phụ lục II", "appendix 2": a later table, whose ids the indexer writes "PL II: I.1".
APPENDIX_NUMBER = re.compile(
    r"\b(?:phu luc|appendix|annex)\s*(?:so\s*)?(?P<n>[ivx]{1,4}|\d{1,2})\b"
)
# "mục 3 nhóm II", "dòng 3 nhóm II": a row of the appendix by its group.
# "II1 ai chỉ đạo": a group and a number typed with no dot between.
REF_GLUED = re.compile(r"(?<![\w./-])(?P<g>(?:i{1,3}|iv|vi{0,3}|ix|x))(?P<n>\d{1,2})(?![\w./-])")
REF_ROW = re.compile(
    r"\b(?:muc|dong|stt)\s*(?:so\s*)?(?P<n>\d{1,2})\s*(?:cua|thuoc|trong)?\s*(?:nhom|group)\s*"
    r"(?:thu\s*)?(?P<g>[ivxl]{1,4}|\d{1,2})\b"
)
# "nhóm II, nhiệm vụ 3", "nhóm 2 nv 3", "group II task 3".
REF_GROUP_FIRST = re.compile(
    r"\b(?:nhom|group)\s*(?:thu\s*)?(?P<g>[ivxl]{1,4}|\d{1,2})\s*[,:;-]?\s*"
    r"(?:nhiem vu|nv|task|viec)\s*(?:thu\s*|so\s*)?(?P<n>\d{1,2})\b(?![./]\d)"
)
ID_RANGE = re.compile(r"\s*(?:-|–|den|toi|to|through)\s*")
MORE_NUMBERS = re.compile(
    r"\s*(?:,|va|hay|hoac|voi|and|or|&)\s*(?P<n>\d{1,2})\b"
    r"(?!\s*[./]\s*\d|\s*(?:thang|nam|quy|ngay|tuan|months?|years?|days?))"
)
# Not "nhiệm vụ 6 tháng đầu năm", "việc 3 tháng tới".
REF_BARE = re.compile(
    r"\b(?:nhiem vu|nv|task)\s*(?:so\s*|thu\s*)?(?P<n>\d{1,2})\b"
    r"(?!\s*[./]\s*\d|\s*(?:thang|nam|quy|ngay|tuan|months?|years?|days?|weeks?)\b)"
)
SECTION_REF = re.compile(
    r"\b(?:muc|phan|khoan|diem|section|part)\s+(?P<r>[ivxl]{1,4}(?:\s*\.\s*\d{1,2}(?:\s*\.\s*"
    r"[a-z])?)?|\d{1,2}(?:\s*\.\s*\d{1,2})*)\b"
    # not a part of a deeper number: "mục III.2.2" is an item of task III.2, not section III.2
    r"(?!\s*\.\s*\d)"
)
ARTICLE_REF = re.compile(r"\b(?:dieu|article)\s+(?P<n>\d{1,2})\b")
# "nhóm II", "nhóm nhiệm vụ II", "group 3"
GROUP = re.compile(
    r"\b(?:nhom|group)\s+(?:(?:nhiem vu|nv|giai phap)\s+)?(?:(?:so|thu|number)\s+)?"
    r"(?P<g>[ivxl]{1,4}|\d{1,2}|[a-h])\b"
)
# "1.2.1": a task under a task, its parent's id then its own number.
REF_DEEP = re.compile(
    r"(?<![\w./-])(?P<g>(?:[ivxl]{1,4}|\d{1,2})\s*\.\s*\d{1,2})\s*\.\s*(?P<n>\d{1,2})"
    r"(?![\d/]|\.\d)"
)
# Groups lettered A, B, C: "B.3", written in capitals (a lowercase "a.1" is too common).
REF_LETTER = re.compile(r"(?<![\w./-])(?P<g>[a-h])\s*\.\s*(?P<n>\d{1,2})(?![\d/]|\.\d)")
PLAN_NUMBER = re.compile(
    r"(?:\b(?:(?P<w>ke hoach|quyet dinh|kh|qd|plan|decision)|van ban)\s*(?:so\s*)?)?"
    r"(?<![\d/])(?P<d>\d{1,5})\s*/\s*(?:(?:19|20)\d\d\s*/\s*)?(?P<s>[a-z]{1,6}(?:\s*-\s*[a-z]{1,8})*)"
)
# "Chỉ thị 38-CT/TW", "Quyết định 1703", "Luật Tổ chức chính quyền địa phương": documents
# a plan may cite; the engine looks them up in the legal bases.
CITED_KIND = (
    r"chi thi|nghi quyet|quyet dinh|ke hoach|thong tu|nghi dinh|cong van|luat|van ban|qd|kh|nq"
    r"|ket luan|kl|resolution|directive|circular|decree|law|conclusion"
)
# Kinds of document no plan is: "Chỉ thị 38" needs no "-CT/TW" to be one.
_CITED_ONLY = (
    r"chi thi|nghi quyet|thong tu|nghi dinh|luat|nq|ket luan|kl|cong van|cv"
    r"|resolution|directive|circular|decree|law|conclusion"
)
CITED = re.compile(
    rf"\b(?:(?:{CITED_KIND})\s*(?:so\s*)?(?P<d>\d{{1,5}})\s*[-/]"
    rf"|(?:{_CITED_ONLY})\s*(?:so\s*)?(?P<e>\d{{1,5}})\b)"
)
PLAN_WORD = re.compile(
    r"\b(?:ke hoach|quyet dinh|kh|qd|plan|decision|van ban)\s*(?:so\s*)?(?P<d>\d{1,5})\b(?![./]\d)"
)
# "thứ hai" is "2" after a word that numbers things: "nhiệm vụ thứ hai", "nhóm thứ ba"
# (not "thứ tự", nor the weekday "thứ ba").
_ORDINALS_VI = {"nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6}
_ORDINALS_VI |= {"bay": 7, "tam": 8, "chin": 9, "muoi": 10}
ORDINAL_WORD = re.compile(
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
_PLACE = r"\d{1,2}|dau tien|cuoi cung|sau cung|cuoi"
_LIST_PLACE = re.compile(
    rf"^\W*(?:con |va |and |what about |how about )?(?:so|thu|number|no\.?|#)\s*(?P<a>\d{{1,2}})\b"
    # (not "mục 2.1", a numbered part)
    rf"|\b(?:cai|viec|muc|dong) (?:thu |so )?(?P<b>{_PLACE})\b(?!\.\d)"
    # "còn cái đầu?": the first; not "việc đầu tư", "dòng đầu" ("đóng dấu" folds alike)
    r"|\bcai (?P<h>dau)\b(?! tu\b)"
    # "cái sau ai chủ trì" after two tasks: the latter; "cái trước" the former
    r"|\bcai (?P<k>sau|truoc)\b(?! (?:do|nay|nua|khi|cung|day)\b)"
    r"|\bthe (?P<l>latter|former)\b"
    # (not "nhóm nhiệm vụ thứ 2", a group)
    rf"|(?<!nhom )\b(?:nhiem vu|nv) (?:thu (?P<c>\d{{1,2}})|(?P<d>dau tien|cuoi cung|sau cung))\b"
    r"|\bthe (?P<e>first|second|third|fourth|fifth|last) (?:one|task|document|plan|section"
    r"|session|meeting|item)\b"
    # "and the first?": the whole message; "who directs the second?": its last words
    r"|^\W*(?:and |what about |how about )?the (?P<j>first|second|third|fourth|fifth|last)\W*$"
    r"|\bthe (?P<m>first|second|third|fourth|fifth|last)(?: (?:of them|on the list|in the list))?"
    r"\W*$"
    # "phần thứ 4", "ý thứ hai" of a task's items; not "phần 2", a part of the text
    rf"|\b(?:phan|y|dau viec) thu (?P<i>{_PLACE})\b"
    rf"|\b(?:van ban|tai lieu|ke hoach|buoi|phien) (?:thu (?P<f>\d{{1,2}})|(?P<g>dau tien"
    r"|cuoi cung|sau cung|cuoi))\b"
)
_PLACE_WORDS = {
    "dau tien": 1,
    "dau": 1,
    "truoc": 1,
    "former": 1,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
}


def group_code(token: str) -> str:
    """ "ii" and "2" are both group II."""
    value = int(token) if token.isdigit() else roman_to_int(token)
    return int_to_roman(value) if value else token.upper()


def tidy_ref(group: str, number: str) -> tuple[str, str]:
    """A task id as the user wrote it, tidied: ("ii", "03") → ("II", "3"), ("2", "3") stays."""
    return (group if group.isdigit() else group_code(group)), str(int(number))


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
    other = group_code(group) if group.isdigit() else str(roman_to_int(group) or group)
    return list(dict.fromkeys([f"{group}.{number}", f"{other}.{number}"]))


def group_forms(group: str) -> set[str]:
    """The codes a group the user named may have in a plan: "2" may be II.

    >>> sorted(group_forms("2")), sorted(group_forms("ii"))
    (['2', 'II'], ['2', 'ii'])
    """
    return {form.split(".")[0] for form in ref_forms(group, "0")}


def ordinal_digits(m: re.Match[str]) -> str:
    """ "nhom thu hai" → "nhom 2      ": the same length, so positions in the text still
    line up."""
    thu = " thu" if m[1] in _KEEPS_THU else ""
    return f"{m[1]}{thu} {_ORDINALS_VI[m[2]]}".ljust(len(m[0]))


def list_place(text: str) -> int | None:
    """The place "cái thứ 2" names: 2; -1 for "cái cuối cùng".

    >>> list_place("cai 2 ai chu tri"), list_place("con cai dau"), list_place("II.3")
    (2, 1, None)
    """
    m = _LIST_PLACE.search(text)
    if not m:
        return None
    n = next(g for g in m.groups() if g)
    if n.isdigit():
        return int(n)
    return -1 if n.startswith(("cuoi", "sau", "last", "latter")) else _PLACE_WORDS[n]
