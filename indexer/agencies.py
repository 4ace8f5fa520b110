"""Split a lead or coordinator cell into the agencies it names.

>>> split_agencies("Sở Khoa học và Công nghệ và UBND huyện, thành phố.")
[('Sở Khoa học và Công nghệ', False), ('UBND huyện, thành phố', False)]
>>> split_agencies("UBND tỉnh (Sở Khoa học và Công nghệ)")
[('UBND tỉnh', False), ('Sở Khoa học và Công nghệ', True)]
>>> split_agencies("Báo và Phát thanh, Truyền hình Tây An")
[('Báo và Phát thanh, Truyền hình Tây An', False)]
>>> split_agencies("- Công an tỉnh; - Viettel Phú Lâm")
[('Công an tỉnh', False), ('Viettel Phú Lâm', False)]
"""

from __future__ import annotations

import re

from knowledge.agency_names import agency_tokens, head_of

_PARENS = re.compile(r"\(([^()]*)\)")
_SEPARATOR = re.compile(r"\s*(?:,|\bvà\b|\bva\b)\s*")
_BULLET = re.compile(r"^[-+•*–]\s*")
# "ban" and "cơ quan" open a name only when written as one ("Ban Quản lý ..."); in
# "các sở, ban, ngành" they are a list of kinds, not new agencies.
_LOWER_HEADS = {"ban", "hoi", "phong", "quy", "doan", "thue", "vien"}


def _opens_agency(fragment: str) -> bool:
    tokens = agency_tokens(fragment)
    n = head_of(tokens)
    if n == 0:
        return False
    first_word = fragment.split()[0] if fragment.split() else ""
    return not (n == 1 and tokens[0] in _LOWER_HEADS and first_word[:1].islower())


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


def _split(text: str) -> list[str]:
    # A semicolon always separates agencies; a comma or "và" only before a new name.
    return [p for part in text.split(";") for p in _split_list(_BULLET.sub("", part.strip()))]


def _split_list(text: str) -> list[str]:
    text = text.strip().rstrip(".;,").strip()
    if not text:
        return []
    pieces: list[str] = []
    pos = 0
    for m in _SEPARATOR.finditer(text):
        if _opens_agency(text[m.end() :]) and text[pos : m.start()].strip():
            pieces.append(text[pos : m.start()].strip())
            pos = m.end()
    pieces.append(text[pos:].strip())
    return [p for p in pieces if p]
