"""Text extracted from a gazette PDF (Công báo), made ready for the table reader.

Extraction leaves the print's furniture among the plan's lines: the page header "CÔNG
BÁO/Số 242/Ngày 22-04-2026" with the page number under it, the e-signature stamp ("Ký bởi:
…", "Cơ quan: …", "Ngày ký: …"), footnotes at the foot of a page, and two cells of a row
side by side on one line, set apart by a run of spaces. :func:`unprint` drops the furniture
and splits such lines, so that no stamp is read as a table header or a cell; the table
reader then joins each cell's wrapped lines, keeping a word broken after its hyphen
("210-" + "KL/TW") whole.

>>> unprint(["CÔNG BÁO/Số 242/Ngày 22-04-2026 ", "77", " ", "Các bộ,   Bộ Tư pháp",
...          "Ký bởi: CÔNG BÁO", "Cơ quan: VĂN PHÒNG CHÍNH PHỦ", "Ngày ký: 2026-04-22"])
(['<<trang mới>>', 'Các bộ,', 'Bộ Tư pháp'], True)
>>> unprint(["Số: 5/KH-UBND", "Sở Y tế  (chủ trì)"])
(['Số: 5/KH-UBND', 'Sở Y tế  (chủ trì)'], False)
"""

from __future__ import annotations

import re

from knowledge.normalize import clean

_PAGE_HEADER = re.compile(r"^\s*C[ÔO]NG\s+B[ÁA]O\s*/\s*S[ốo]\s*\d+\s*/\s*Ng[àa]y\s*[\d-]+\s*$")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
_STAMP = re.compile(r"^\s*(?:Ký bởi|Cơ quan|Ngày ký|Thời gian ký|Email)\s*:")
_FOOTNOTE = re.compile(r"^\d{1,2}\s+[A-ZĐÀ-Ỹ]")  # "1 Nghị quyết số 66-NQ/TW ngày ..."
# Two cells of a row side by side: a run of spaces before a cell that opens in capitals
# ("cơ quan ngang bộ  Bộ Tư pháp"), not after a label ("Số:  982/QĐ-TTg").
_CELLS_APART = re.compile(r"(?<=[^\s:])\s{2,}(?=[A-ZĐÀ-Ỹ])")
PAGE_BREAK = "<<trang mới>>"
WRAPPED_HYPHEN = re.compile(r"\w-$")


def is_gazette(lines: list[str]) -> bool:
    """True for text extracted from the gazette: it carries the gazette's page headers."""
    return sum(1 for line in lines if _PAGE_HEADER.match(line)) >= 1


def unprint(lines: list[str]) -> tuple[list[str], bool]:
    """The plan's own lines, without the gazette's furniture, and whether there was any; a
    :data:`PAGE_BREAK` line stands where a page ended."""
    if not is_gazette(lines):
        return lines, False
    lines = list(lines)
    keep = [True] * len(lines)
    for i, line in enumerate(lines):
        if _STAMP.match(line):
            keep[i] = False
        elif _PAGE_HEADER.match(line):
            lines[i] = PAGE_BREAK  # a row broken here goes on, cell by cell, on the next page
            after = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
            if after is not None and _PAGE_NUMBER.match(lines[after]):
                keep[after] = False
            _drop_footnotes(lines, i, keep)
    out = []
    for line, kept in zip(lines, keep, strict=True):
        if kept and clean(line):
            out += [clean(part) for part in _CELLS_APART.split(line.strip()) if clean(part)]
    return out, True


def _drop_footnotes(lines: list[str], header: int, keep: list[bool]) -> None:
    """Drop the footnotes printed at the foot of the page that ends before ``header``: the
    block after the last blank line, if it opens with a note's number ("1 Nghị quyết ...")."""
    end = header
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 0 and lines[start - 1].strip():
        start -= 1
    notes = [k for k in range(start, end) if _FOOTNOTE.match(lines[k])]
    if notes and notes[0] == start:
        for k in range(start, end):
            keep[k] = False
