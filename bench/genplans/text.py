"""Small text helpers: folding as the grader compares, file-name slugs, Vietnamese dates and
the spelled-out forms of agency names.
"""

from __future__ import annotations

import unicodedata
from datetime import date


def unaccent(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def fold(text: str) -> str:
    """The grader's comparison form: no case, diacritics or punctuation."""
    kept = "".join(c if c.isalnum() else " " for c in unaccent(text).lower())
    return " ".join(kept.split())


def slug(text: str) -> str:
    return "-".join(fold(text).split())


def vi_date(d: date) -> str:
    """ "ngày 05 tháng 3 năm 2025": day padded, month padded only for 1 and 2, as offices do."""
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def agency_variants(text: str) -> list[str]:
    """The cell as written plus the spelled-out forms of UBND and HĐND an answer may use."""
    out = [text]
    for short, full in (("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân")):
        out += [v.replace(short, full) for v in out if short in v]
    return dedupe(out)


def dedupe(texts: list[str]) -> list[str]:
    seen, out = set(), []
    for text in texts:
        if fold(text) not in seen:
            seen.add(fold(text))
            out.append(text)
    return out
