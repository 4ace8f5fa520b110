"""The text around a plan's tables: the letterhead, number, date and title, the bases it
cites, its recipients and signer, the decision's articles, the body's parts, sections
and items, and what an appendix holds besides its tables.
"""

from __future__ import annotations

import re
from datetime import date

from knowledge.normalize import fold, int_to_roman

from .model import ParsedPlan, Section
from .numbering import GROUP_INLINE, group_code
from .tables import FOOTNOTE

_DOC_TYPES = (
    "quyet dinh",
    "ke hoach",
    "chi thi",
    "nghi quyet",
    "thong bao",
    "chuong trinh",
    "de an",
    "cong van",
    "huong dan",
)
# "Số: 2045 /QĐ-UBND": text extraction may leave spaces around the slash.
_NUMBER = re.compile(
    r"^s[oố]\s*(?:hieu|hiệu)?\s*:?\s*(\d+(?:\s*[/-]\s*[^\s,;/-]+)*)", re.IGNORECASE
)
_DATE_LINE = re.compile(
    r"^(?P<place>[^,]{2,60}),\s*ngay\s*(?P<d>\d{1,2})\s*thang\s*(?P<m>\d{1,2})"
    r"\s*nam\s*(?P<y>\d{4})"
)
_PART = re.compile(r"^(?P<num>[IVXLl1]{1,5})\s*[.:]\s*(?P<title>\S.*)$")
_SECTION = re.compile(r"^(?P<num>\d{1,2}(?:\s*\.\s*\d{1,2})?)\s*[.:]\s*(?P<title>\S.*)$")
_ITEM = re.compile(r"^(?P<num>[a-zđ])\s*\)\s*(?P<title>\S.*)$")
_ARTICLE = re.compile(r"^Điều\s+(?P<num>\d{1,2})\s*[.:]?\s*(?P<title>.*)$")
_APPENDIX_NUMBER = re.compile(r"^phu luc\s*(?:so\s*)?(?P<n>[ivxl]{1,5}|\d{1,2})\b")  # folded
HEADING_CHARS = 12  # a heading in capitals is longer than a header cell such as "STT"
_MOTTO = ("cong hoa xa hoi chu nghia", "doc lap - tu do", "doc lap tu do")
_BASES = ("can cu ", "xet de nghi", "theo de nghi")
_ON_BEHALF = ("KT.", "Q.", "TL.", "TUQ.")  # signed for another: "KT. CHỦ TỊCH"
_SIGN_TITLE = re.compile(
    r"^(?:(?:TM|KT|Q|TL|TUQ)\..*|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|BÍ THƯ"
    r"|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG)$"
)
_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$")
_FILED = re.compile(r"^luu\s*[:.]|^luu\s+vt\b")  # folded "Lưu: VT, KGVX"


def read_text(plan: ParsedPlan, stream: list) -> None:
    """Metadata, the decision's articles and the body tree, from the lines around the tables."""
    state = _TextState(plan)
    for entry in stream:
        if isinstance(entry, tuple):
            table, rows = entry
            table.title = state.take_heading() or table.title
            table.appendix = state.appendix_number
            (plan.documents if table.kind == "documents" else plan.tasks).extend(rows)
            state.in_appendix = True
        else:
            state.line(entry)


class _TextState:
    """Walks the text lines once, filling the plan as it recognises each part."""

    def __init__(self, plan: ParsedPlan) -> None:
        self.plan = plan
        self.before_motto = True
        self.issuer: list[str] = []
        self.title_open = False
        self.in_recipients = False
        self.in_appendix = False
        self.sign_titles: list[str] = []
        self.part: str | None = None
        self.section: str | None = None
        self.node: Section | None = None
        self.last_heading: str | None = None
        self.appendix: Section | None = None
        self.appendix_number = ""  # of the last "PHỤ LỤC II" heading
        self.body_started = False

    def take_heading(self) -> str | None:
        heading, self.last_heading = self.last_heading, None
        return heading

    def add(self, ref: str, kind: str, title: str, parent: str | None) -> None:
        if any(s.ref == ref for s in self.plan.sections):
            self.plan.warnings.append(f"mục {ref} xuất hiện hai lần; mục sau được giữ riêng")
            ref = f"{ref}'"
        self.node = Section(ref, kind, title, parent)
        self.plan.sections.append(self.node)

    def line(self, line: str) -> None:
        plan, folded = self.plan, fold(line)
        if self.before_motto:
            # The letterhead: the issuer's name in capitals, then the national motto.
            if folded.startswith("cong hoa xa hoi"):
                self.before_motto = False
                plan.issuer = " ".join(self.issuer)
                return
            if set(line) <= set("-_=* "):
                return
            if line.isupper() and folded.strip(" :") not in _DOC_TYPES and len(self.issuer) < 4:
                self.issuer.append(line)
                return
            self.before_motto = False  # no motto: the letterhead, if any, has ended
            plan.issuer = " ".join(self.issuer)
        if set(line) <= set("-_=* ") or folded.startswith(_MOTTO):
            return  # rules, and the national motto wherever the layout put it
        if not plan.number and (m := _NUMBER.match(line)):
            plan.number = re.sub(r"\s+", "", m.group(1)).rstrip(".")
            return
        if plan.date is None and (m := _DATE_LINE.match(folded)):
            try:
                plan.date = date(int(m["y"]), int(m["m"]), int(m["d"]))
                plan.place = line[: len(m["place"])].strip()
                return
            except ValueError:
                pass
        if folded.startswith("phu luc"):
            self.in_appendix = True
            self.appendix_number = _appendix_number(folded)
            self.title_open = False
            if len(line) > HEADING_CHARS:  # "PHỤ LỤC II. BIỂU MẪU BÁO CÁO"
                self._appendix_line(line)
            return
        if self.in_appendix:
            self._appendix_line(line)
            return
        if not plan.doc_type and folded.strip(" :") in _DOC_TYPES and line.isupper():
            plan.doc_type = line.strip(" :").capitalize()
            self.title_open = True
            return
        if self.title_open:
            # The title is the line after the document's kind, in capitals or not, and runs
            # on in capitals until the issuing body's name ("ỦY BAN NHÂN DÂN TỈNH") or the
            # text begins.
            authority = fold(plan.issuer).split(" tinh ")[0][:15]
            structural = (
                _PART.match(line)
                or _SECTION.match(line)
                or _ARTICLE.match(line)
                or folded.startswith(_BASES)
                or _SIGN_TITLE.match(line)
            )
            first = not plan.title and not structural and not line.startswith("(")
            if first or (line.isupper() and not structural and not folded.startswith(authority)):
                plan.title = f"{plan.title} {line}".strip()
                return
            self.title_open = False
        if folded.startswith(_BASES):
            plan.bases.append(line)  # "Căn cứ ..." and the proposal it answers, "Xét đề nghị ..."
            return
        if folded.startswith("noi nhan"):
            self.in_recipients, self.node = True, None
            return
        if self.in_recipients:
            if line.startswith(("-", "+", "•")):
                recipient = line.lstrip("-+• ").rstrip(";.").strip()
                if not _FILED.match(fold(recipient)):  # "Lưu: VT, KGVX" is the filing note
                    plan.recipients.append(recipient)
                return
            self.in_recipients = False
        if _SIGN_TITLE.match(line):
            self.sign_titles.append(line)
            self.node = None
            return
        if self.sign_titles and not plan.signer and _is_person(line):
            plan.signer = line
            plan.signer_title = _signer_title(self.sign_titles)
            self.sign_titles.clear()
            return
        if m := _ARTICLE.match(line):
            self.add(f"Điều {m['num']}", "article", m["title"], None)
            if self.part:
                # "Điều 2. Tổ chức thực hiện" after a scheme's parts I–IV in Điều 1: its
                # "1.", "2." are its own clauses, not more sections of part IV.
                self.part, self.section = f"Điều {m['num']}", None
            return
        if line.isupper() and fold(line).strip(" :") in _DOC_TYPES:
            return  # the attached plan's own heading, "KẾ HOẠCH"
        self._body_line(line)

    def _body_line(self, line: str) -> None:
        if (m := _PART.match(line)) and (code := group_code(m["num"])):
            self.part, self.section = code, None
            self.add(code, "part", m["title"], None)
            self.body_started = True
            return
        if (m := _SECTION.match(line)) and (self.body_started or self.part):
            num = re.sub(r"\s+", "", m["num"])
            top = num.split(".")[0]
            if "." in num and self.section:
                ref, parent = f"{self.part}.{num}" if self.part else num, self.section
            else:
                ref = f"{self.part}.{top}" if self.part else top
                parent = self.part
                if "." in num:
                    ref = f"{ref}.{num.split('.')[1]}"
            self.section = ref if "." not in num else self.section
            self.add(ref, "section", m["title"], parent)
            return
        if (m := _ITEM.match(line)) and self.section:
            self.add(f"{self.section}.{m['num']}", "item", m["title"], self.section)
            return
        if self.node is not None:
            self.node.lines.append(line)
        elif line.startswith("(") and "kem theo" in fold(line):
            return
        elif self.title_open is False and not self.plan.title and line.isupper():
            self.plan.title = line

    def _appendix_line(self, line: str) -> None:
        # Headings between tables title the table that follows. Other text there (a table
        # of report forms the parser does not read as tasks) is kept as a searchable part.
        if GROUP_INLINE.match(line) or (line.isupper() and len(line) > HEADING_CHARS):
            self.last_heading, self.appendix = line, None
            return
        if FOOTNOTE.match(line) or (line.startswith("(") and "kem theo" in fold(line)):
            return
        if self.appendix is None:
            appendices = [s for s in self.plan.sections if s.kind == "appendix"]
            # Named as the plan numbers it ("Phụ lục II"), its later parts under it ("Phụ
            # lục II.1"); counted when it has no number of its own.
            ref, parent = f"Phụ lục {len(appendices) + 1}", None
            if number := self.appendix_number:
                ref = f"Phụ lục {number}"
                parts = sum(1 for s in appendices if s.ref.startswith(f"{ref}."))
                if any(s.ref == ref for s in appendices):
                    ref, parent = f"{ref}.{parts + 1}", ref
            self.appendix = Section(ref, "appendix", self.last_heading or "", parent)
            self.plan.sections.append(self.appendix)
        self.appendix.lines.append(line)


def _appendix_number(folded: str) -> str:
    """The Roman numeral of "PHỤ LỤC II", "Phụ lục số 02": "II"; "" for a lone "PHỤ LỤC".

    >>> _appendix_number("phu luc so 02"), _appendix_number("phu luc ii. bieu mau")
    ('II', 'II')
    """
    m = _APPENDIX_NUMBER.match(folded)
    if m is None:
        return ""
    return int_to_roman(int(m["n"])) if m["n"].isdigit() else group_code(m["n"]) or ""


def _signer_title(titles: list[str]) -> str:
    """The title the signer signs with: "CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN", and one
    who signs for another keeps both lines, "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH"."""
    on_behalf = [i for i, t in enumerate(titles) if t.startswith(_ON_BEHALF)]
    return ", ".join(titles[on_behalf[-1] :]) if on_behalf else titles[-1]


def _is_person(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words)
