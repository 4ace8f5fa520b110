"""The language a question is asked in, from the words that frame it.

>>> language_of("Who leads II.3?", "who leads ii.3?"), language_of("Ai chủ trì?", "ai chu tri?")
('en', 'vi')
>>> language_of("de an kpi xay dung phap luat het han", "de an kpi xay dung phap luat het han")
'vi'
"""

from __future__ import annotations

import re

from .normalize import fold, has_diacritics, is_syllable
from .words import ENGLISH_TERMS

_WORD = re.compile(r"[0-9a-z]+")
# A question of this many words or more, this share of them shaped as Vietnamese syllables, is
# Vietnamese whatever single English word it holds.
_SHAPED_WORDS = 4
_SHAPED = 0.75
_WITH_DIGITS = re.compile(r"\S*\d\S*")

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
    "cac duoc khong hoi toi biet lam thuc hien thi vay ko nay ve dau sao oi mn minh em "
    # chat's own: "nv" (nhiệm vụ), "lo" (handles), "nhi", "nha", "ak"
    "nv lo nhi nha ak".split()
)

# English words Vietnamese chat uses as its own courtesies.
_SMALL_TALK = frozenset("ok okay thanks thank hi hello bye".split())

# "ứng dụng AI", "using AI and drones": artificial intelligence, not "ai" (who).
_AI = re.compile(r"(?<![\w&/.-])AI(?![\w&/-])")


def spelled_ai(text: str) -> str:
    """ "AI" in capitals among other words, spelled out in the question's language; a
    question typed all in capitals ("AI CHỦ TRÌ?") keeps its "ai".

    >>> spelled_ai("Ai chủ trì việc ứng dụng AI?"), spelled_ai("AI CHỦ TRÌ?")
    ('Ai chủ trì việc ứng dụng trí tuệ nhân tạo?', 'AI CHỦ TRÌ?')
    """
    if not _AI.search(text) or text.upper() == text:
        return text
    english = language_of(text, fold(text)) == "en"
    return _AI.sub("artificial intelligence" if english else "trí tuệ nhân tạo", text)


def language_of(text: str, folded: str) -> str:
    """ "en" when English frame words outnumber Vietnamese ones; on a tie, diacritics decide."""
    # Acronyms ("FDI", "SME", "OCOP") belong to both languages.
    acronyms = {w.lower() for w in re.findall(r"\b[A-Z]{2,}\b", text)}
    words = [w for w in _WORD.findall(folded) if w not in acronyms]
    english_words = [w for w in words if w in _ENGLISH or w in ENGLISH_TERMS]
    english = len(english_words)
    vietnamese = sum(w in _VIETNAMESE for w in words)
    if vietnamese and english and _SMALL_TALK.issuperset(english_words):
        return "vi"  # "ok thanks. nhom V co may nv": chat's English courtesies, then Vietnamese
    if english == 1 and not vietnamese and has_diacritics(_WITH_DIGITS.sub(" ", text)):
        return "vi"  # "hỗ trợ doanh nghiệp xuất khẩu" with one word that is also English
    shaped = sum(is_syllable(w) for w in words if not w.isdigit())
    if english <= 1 and len(words) >= _SHAPED_WORDS and shaped >= _SHAPED * len(words):
        # "de an kpi cham diem cong tac xay dung phap luat qua han chua nhi": typed without
        # marks, every word but one is shaped as a Vietnamese syllable
        return "vi"
    if english != vietnamese:
        return "en" if english > vietnamese else "vi"
    # A plan number's "Đ" ("1169/QĐ-UBND") says nothing of the language asked in.
    return "en" if english and not has_diacritics(_WITH_DIGITS.sub(" ", text)) else "vi"
