"""Word segmentation with pyvi, loaded once and only when text is indexed.

pyvi joins the syllables of a compound word with "_" ("truy_xuất nguồn_gốc"). The
words are stored folded, so a question typed without accents, split into the same
words by :mod:`knowledge.words`, still meets them.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.normalize import fold

_WORD = re.compile(r"[0-9a-z]+(?:_[0-9a-z]+)*")
_AI = re.compile(r"(?<![\w&.-])AI(?![\w&-])")  # "FinTech, AI/IoT", not "AIDS" nor "KH&AI"


@cache
def _tokenizer():
    from pyvi import ViTokenizer  # about 0.7 s: paid once, by the indexer only

    return ViTokenizer


def compounds(text: str) -> list[str]:
    """Folded words, compounds joined with "_".

    >>> compounds("Truy xuất nguồn gốc sản phẩm, 50%")
    ['truy_xuat', 'nguon_goc', 'san_pham', '50', 'phan_tram']
    >>> compounds("FinTech, AI/IoT")
    ['fintech', 'tri_tue', 'nhan_tao', 'iot']
    """
    if not text.strip():
        return []
    # "50%" is asked for as "bao nhiêu phần trăm"; "AI" as "trí tuệ nhân tạo", which a
    # question's "AI" is read as ("ai" is "who").
    text = _AI.sub(" trí tuệ nhân tạo ", text.replace("%", " phần trăm "))
    return _WORD.findall(fold(_tokenizer().tokenize(text)))


def search_text(text: str) -> str:
    """The words the full-text index holds for a text: folded, compounds joined.

    >>> search_text("Tổ chức đối thoại với doanh nghiệp.")
    'to_chuc doi_thoai voi doanh_nghiep'
    """
    return " ".join(compounds(text))
