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

from .amounts import Amount, amounts_in
from .chat_cues import (
    BACK_CUE,
    BESIDES_CUE,
    GREETING_CUE,
    HELP_CUE,
    HELP_WORDS,
    NARROW_CUE,
    NEXT_CUE,
    OTHER_CUE,
    POINTS_BACK_CUE,
    PREVIOUS_CUE,
    SMALL_TALK_FILLER,
    STILL_CUE,
    THANKS_CUE,
)
from .chat_words import expand_chat
from .claim_cues import CLAIM_CUE
from .cues import (
    ALL_CUE,
    ALL_OF_CUE,
    ASKS_WHICH,
    ASKS_WHO,
    COUNT_CUE,
    DOCUMENTS_CUE,
    DUTIES_CUE,
    FULL_CUE,
    GROUP_WORD,
    INVOLVED_CUE,
    LEAST_CUE,
    MOST_CUE,
    NEGATION_CUE,
    PLANS_CUE,
    SCHEDULE_CUE,
    SCHEDULE_ONLY,
    TASK_WORD,
    TOTAL_CUE,
    WITH_WHOM,
)
from .deadline_cues import (
    DATED_CUE,
    DONE_CUE,
    DUE_WORD,
    FINISHED_CUE,
    LASTING_CUE,
    MULTI_YEAR_CUE,
    NEAREST_CUE,
    NOT_INTO,
    ONGOING_CUE,
    OVERDUE_CUE,
    PENDING_CUE,
    UPCOMING_CUE,
    WITHIN_CUE,
)
from .field_cues import FIELD_CUES
from .fields import AGENCY_ROLES, Role
from .language import language_of, spelled_ai
from .normalize import clean, fold, roman_to_int
from .periods import Kind, Period, find_periods, quarter
from .plan_fact_cues import META_CUES, REPORT_WORD
from .reading_cues import (
    CONTENT_NAMED,
    COUNT_SPELLED,
    EITHER_WORD,
    ENDS_IN,
    HOW_OFTEN,
    IF_NOT,
    IF_SO,
    NO_DATE,
    NOT_ASKED,
    NOW_WORD,
    OBLIGED_TO_ISSUE,
    PAST_DUE,
    ROLE_SET_ASIDE,
    SET_ASIDE,
    TODAY_SAID,
    WHEN_DUE,
)
from .refs import (
    APPENDIX,
    APPENDIX_NUMBER,
    ARTICLE_REF,
    CITED,
    GROUP,
    ID_RANGE,
    MORE_NUMBERS,
    ORDINAL_WORD,
    PLAN_NUMBER,
    PLAN_WORD,
    REF,
    REF_AFTER_WORD,
    REF_BARE,
    REF_DEEP,
    REF_GLUED,
    REF_GROUP_FIRST,
    REF_LETTER,
    REF_LIST_GROUP,
    REF_ROW,
    REF_WORDS,
    SECTION_REF,
    group_code,
    list_place,
    ordinal_digits,
    tidy_ref,
)
from .relative import (
    BARE_MONTH,
    BARE_QUARTER,
    COMING,
    FROM_NOW,
    ORDINAL_QUARTER,
    RELATIVE,
    UNTIL,
    YEAR_SHIFT,
    coming,
    count_digits,
    relative_period,
)
from .unheld_cues import (
    AMOUNT_CUE,
    CONTACT_CUE,
    DEPUTY_ASKED,
    NAMES_ASKED,
    OFFICE_HOLDER_CUE,
    OUT_OF_SCOPE_CUE,
    PAY_REFORM,
    SHARE_CUE,
)
from .words import STOPWORDS

# "ngoài Bộ X ra còn ai làm nữa": who else, besides those set aside
_WHO_ELSE = re.compile(r"\bcon (?:ai|ben nao|co quan nao|don vi nao)\b")
MAX_CHARS = 2000
# Emoji (pictographs, dingbats, flags, skin tones) say nothing about a plan: they are read as
# spaces, so "quý 😀 3/2025" is "quý 3/2025" and "II.3👍" is "II.3".
_EMOJI = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")


_WORD = re.compile(r"[0-9a-z]+")


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


def _capital(text: str, folded: str, at: int) -> bool:
    """Whether the user wrote a capital where the folded text has a letter."""
    return len(text) == len(folded) and text[at].isupper()


# "ngoài X ra", "trừ X ra": X set aside (its "ra" is no "ngoài ra", moreover)
_BESIDES_NAME = re.compile(r"\b(?:ngoai|tru)\s*$")
_RA = re.compile(r"\s*ra\b")


def _blank(text: str, span: tuple[int, int]) -> str:
    return text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]


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
    text = NOT_ASKED.sub(lambda m: " " * len(m[0]), text)
    text = spelled_ai(text)
    folded = fold(text)
    rest = folded
    q = Query(text=text, folded=folded, rest="", plain="", lang=language_of(text, folded))
    if COUNT_SPELLED.search(fold(question)):
        q.flags.add("count_spelled")  # not "bn", which is also "bệnh nhân" ("cho bn ra viện")

    rest = ORDINAL_WORD.sub(ordinal_digits, rest)
    q.place = list_place(rest)
    for amount, span in amounts_in(rest):
        # "trên 1 tỷ đồng", "1.000 triệu": an amount, never a task id ("1.0").
        q.amount = q.amount or amount
        rest = _blank(rest, span)
    for m in REF_LIST_GROUP.finditer(rest):
        q.refs += [tidy_ref(m["g"], n) for n in re.findall(r"\d{1,2}", m["ns"])]
        rest = _blank(rest, m.span())
    for pattern in (REF_WORDS, REF_ROW, REF_GROUP_FIRST, REF_AFTER_WORD, REF_GLUED):
        for m in pattern.finditer(rest):
            q.refs.append(tidy_ref(m["g"], m["n"]))
            rest = _blank(rest, m.span())
    for m in SECTION_REF.finditer(rest):
        q.section_refs.append(re.sub(r"\s+", "", m["r"]).upper().replace(".D", ".đ"))
        rest = _blank(rest, m.span())
    if m := APPENDIX_NUMBER.search(folded):
        q.appendix = group_code(m["n"])
        rest = _blank(rest, m.span())
    # "mục II.3 trong phụ lục" is the appendix's task II.3, and so is "nhiệm vụ … ở mục III.2"
    task_named = (m := TASK_WORD.search(folded)) and any(
        folded.find(r.lower()) > m.start() for r in q.section_refs
    )
    if APPENDIX.search(folded) or task_named:
        for ref in [r for r in q.section_refs if re.fullmatch(r"[IVXL]+\.\d+", r)]:
            q.section_refs.remove(ref)
            q.refs.append(tidy_ref(*ref.lower().split(".")))
    for m in ARTICLE_REF.finditer(rest):
        q.section_refs.append(f"Điều {m['n']}")
        rest = _blank(rest, m.span())
    for m in REF_DEEP.finditer(rest):
        group, task = re.sub(r"\s+", "", m["g"]).split(".")
        parent = group if group.isdigit() else group_code(group)
        q.refs.append((f"{parent}.{int(task)}", str(int(m["n"]))))
        rest = _blank(rest, m.span())
    last_end = None
    for m in REF.finditer(rest):
        ref = tidy_ref(m["g"], m["n"])
        # "II.1 đến II.4": every task between, in the same group.
        if last_end is not None and q.refs and ID_RANGE.fullmatch(rest[last_end : m.start()]):
            group, first = q.refs[-1]
            if group == ref[0] and int(first) < int(ref[1]) <= int(first) + 30:
                q.refs += [(group, str(n)) for n in range(int(first) + 1, int(ref[1]))]
        q.refs.append(ref)
        last_end = m.end()
        rest = _blank(rest, m.span())
    for m in REF_LETTER.finditer(rest):
        if _capital(text, folded, m.start()):
            q.refs.append((m["g"].upper(), str(int(m["n"]))))
            rest = _blank(rest, m.span())
    # "nhóm nv số 2": a group, before its number is read as a task's.
    if (m := GROUP.search(rest)) and m["g"].isdigit():
        q.group = tidy_ref(m["g"], "0")[0]
        rest = _blank(rest, m.span())
    for m in REF_BARE.finditer(rest):
        q.bare_numbers.append(m["n"])
        rest = _blank(rest, m.span())
        # "nhiệm vụ 7 và 9", "task 3, 5 or 6": the numbers that follow are tasks too.
        at = m.end()
        while more := MORE_NUMBERS.match(rest, at):
            q.bare_numbers.append(more["n"])
            rest = _blank(rest, more.span())
            at = more.end()
    for m in CITED.finditer(rest):
        q.cited_digits.append(m["d"] or m["e"])
        q.cited_shown = q.cited_shown or (
            text[m.start() : m.end()].strip(" -/") if len(text) == len(folded) else m[0]
        )
    for m in PLAN_NUMBER.finditer(rest):
        suffix = re.sub(r"\s+", "", m["s"])
        q.plan_numbers.append(f"{m['d']}/{suffix}")
        q.plan_digits.append(m["d"])
        q.plan_named = q.plan_named or bool(m["w"])
        if len(text) == len(folded):  # folding kept every position: show the user's spelling
            q.plans_shown.append(text[m.start("d") : m.end()].strip())
        rest = _blank(rest, m.span())
    for m in PLAN_WORD.finditer(rest):
        q.plan_digits.append(m["d"])
        q.plan_named = True
        rest = _blank(rest, (m.start("d"), m.end("d")))
    q.words = " ".join(_WORD.findall(rest))
    # "Hôm nay là đầu tháng 9. …": the day the asker is at, which filters nothing.
    for m in TODAY_SAID.finditer(rest):
        rest = _blank(rest, m.span())
    how_often = False
    for period in find_periods(rest):
        rest = _blank(rest, period.span)
        if period.recurring and (m := SET_ASIDE.search(rest[: period.span[0]])):
            # "trừ mấy cái hằng năm": the tasks with a dated deadline, not the yearly ones.
            q.flags.add("dated")
            rest = _blank(rest, m.span())
            continue
        if period.recurring and HOW_OFTEN.match(rest, period.span[1]):
            # "được thực hiện định kỳ như thế nào?": how often, the time column, which
            # filters nothing.
            how_often = True
            continue
        q.periods.append(period)
    for m in BARE_QUARTER.finditer(rest):
        if m["o"]:
            n = ORDINAL_QUARTER[m["o"]]
        else:
            n = int(m["n"]) if m["n"].isdigit() else roman_to_int(m["n"])
        shift = m["y"].split()[-2 if m["y"].endswith("year") else -1] if m["y"] else "nay"
        year = today.year + YEAR_SHIFT[shift]
        q.periods.append(Period(Kind.QUARTER, *quarter(year, n), span=m.span()))
        rest = _blank(rest, m.span())
    for m in BARE_MONTH.finditer(rest):
        # "đến hết tháng 9", "hạn tháng 9": this year's month, or up to its end.
        month = int(m["m"])
        year = today.year + (YEAR_SHIFT[m["y"].split()[-1]] if m["y"] else 0)
        start = date(year, month, 1)
        end = date(year, month, calendar.monthrange(year, month)[1])
        until = UNTIL.search(rest[max(0, m.start() - 12) : m.start()])
        period = Period(Kind.BEFORE, date.min, end, m.span()) if until else None
        q.periods.append(period or Period(Kind.MONTH, start, end, m.span()))
        rest = _blank(rest, m.span())
    rest = count_digits(rest)  # "ba tháng tới"
    for m in COMING.finditer(rest):
        q.periods.append(coming(int(m[1] or m[3]), m[2] or m[4], today, m.span()))
        rest = _blank(rest, m.span())
    m = GROUP.search(rest)
    if m and (
        len(m["g"]) > 1 or m["g"] in "ivxl0123456789" or _capital(text, folded, m.start("g"))
    ):
        q.group = m["g"].upper() if m["g"] in "abcdefgh" else tidy_ref(m["g"], "0")[0]
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
    spans = names(folded) if names else []
    for span in spans:
        named = _blank(named, span)
        if _BESIDES_NAME.search(named, 0, span[0]) and (ra := _RA.match(named, span[1])):
            # "ngoài Chủ tịch UBND tỉnh ra, …": besides the one named, not "ngoài ra" (also)
            named = _blank(named, ra.span())
    cues = " ".join(_WORD.findall(named.replace("%", " phan tram ")))  # "bao nhiêu %"
    # "…? Nếu không thì …", "… không? Nếu có thì …": a second question's condition, no
    # negation (and no "không nêu" of "… không? Nếu có")
    if IF_SO.search(cues):
        q.flags.add("if_so")  # the column after it is asked of the tasks found
    cues = IF_NOT.sub(" ", cues)
    for pattern, unit, shift in RELATIVE:
        if m := pattern.search(cues):
            if NOT_INTO.search(cues[: m.start()]):
                continue  # "ko kéo sang năm sau": the period it must not run into
            period = relative_period(unit, shift, today)
            if unit == "year_end" and UNTIL.search(cues[max(0, m.start() - 12) : m.start()]):
                period = Period(Kind.BEFORE, date.min, period.end)
            q.periods.append(period)
            plain = pattern.sub(" ", plain)
            cues = pattern.sub(" ", cues)
    ends_in = q.periods and ENDS_IN.search(cues) and not PAST_DUE.search(cues)
    if OVERDUE_CUE.search(cues) and not ends_in:
        q.relative = "overdue"
    elif PENDING_CUE.search(cues):
        q.relative = "pending"
    elif UPCOMING_CUE.search(cues) or (
        DUE_WORD.search(cues)
        and not q.periods
        and (TASK_WORD.search(cues) or ASKS_WHICH.search(cues))
        and not WHEN_DUE.search(cues)
        and not DATED_CUE.search(cues)  # "which are due on a set date": the dated ones
    ):
        q.relative = "upcoming"

    if aside := ROLE_SET_ASIDE.search(cues):
        kept = _blank(cues, aside.span())
        if any(FIELD_CUES[r].search(kept) for r in AGENCY_ROLES):
            cues = kept  # (a role asked besides it: the one set aside is not asked)
    for role, pattern in FIELD_CUES.items():
        if pattern.search(cues):
            q.fields.append(role)
    # "là gì" is the content only when no other column is named ("Sản phẩm ... là gì?").
    # "nội dung là gì, ai chủ trì" names the content as a column of its own.
    if Role.CONTENT in q.fields and len(q.fields) > 1 and not CONTENT_NAMED.search(cues):
        q.fields.remove(Role.CONTENT)
    q.full = bool(FULL_CUE.search(cues))
    q.meta = [kind for kind, pattern in META_CUES.items() if pattern.search(cues)]
    if "date" in q.meta and OBLIGED_TO_ISSUE.search(cues):
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
        ("finished", FINISHED_CUE),
        ("lasting", LASTING_CUE),
        ("multi_year", MULTI_YEAR_CUE),
        ("contact", CONTACT_CUE),
        ("names_asked", NAMES_ASKED),
        ("other", OTHER_CUE),
        ("besides", BESIDES_CUE),
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
    if PAY_REFORM.search(q.folded):
        # "Is the government planning to reform civil servants' salaries?": a task's topic,
        # not a salary the plans do not give
        q.flags.discard("out_of_scope")
    who_else = {"asks_who", "involved"} <= q.flags or (
        {"asks_who", "negated"} <= q.flags and bool(_WHO_ELSE.search(cues))
    )
    if who_else and not any(r in AGENCY_ROLES for r in q.fields):
        # "… còn cơ quan nào tham gia?", "who else takes part in it?", "ngoài Bộ X ra còn
        # ai làm?": lead and partners
        q.fields += [Role.LEAD, Role.COORD]
    if q.periods and all(p.recurring for p in q.periods) and NO_DATE.search(cues):
        # "không có mốc cụ thể mà thực hiện thường xuyên": no date of their own, and the
        # recurring period asked; the "không" is of the date, not of the period.
        q.flags.discard("dated")
        if not NEGATION_CUE.search(NO_DATE.sub(" ", cues)):
            q.flags.discard("negated")
    if how_often and Role.DEADLINE not in q.fields:
        q.fields.append(Role.DEADLINE)
    if (
        "dated" in q.flags
        and q.periods
        and all(p.recurring for p in q.periods)
        and EITHER_WORD.search(cues)
    ):
        # "Việc thanh tra … có hạn cụ thể hay thực hiện hàng năm?": which kind of deadline the
        # task has is its deadline asked; neither kind filters. So of the tasks asked for:
        # "nhóm V nv nào có hạn cụ thể hay hằng năm hết" shows each one's deadline.
        q.flags.discard("dated")
        q.periods = []
        q.words = " ".join(_WORD.findall(DATED_CUE.sub(" ", rest)))  # nor are they topic words
        if Role.DEADLINE not in q.fields:
            q.fields.append(Role.DEADLINE)
    if "ongoing" in q.flags and not q.periods and NOW_WORD.search(cues):
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
    for m in DEPUTY_ASKED.finditer(folded):
        if not any(a <= m.start() < b for a, b in spans):
            q.flags.add("out_of_scope")
    q.plain = " ".join(plain.split())
    return q
