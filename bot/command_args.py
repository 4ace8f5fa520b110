"""What a command's argument must be, and the reply when it is not: /han needs a deadline,
/coquan an agency some plan names, /nhiemvu a task some plan has.

A command wraps its argument in a question for the engine (/han X asks "Nhiệm vụ nào đến
hạn X?"). The engine reads every word it can and ignores the rest, which suits free text but
not a command: "/han hôm qua" would list the upcoming tasks as if nothing had been given.
So each command checks that the engine's answer is about what its argument named, and
otherwise says what it could not read.
"""

from __future__ import annotations

import re
from datetime import date

from rapidfuzz import fuzz, process

from knowledge.answer import Answer, Intent, Status, Suggestion
from knowledge.engine import Engine
from knowledge.normalize import fold_in_place, number_key
from knowledge.periods import find_periods

from .texts import notice

NEAREST = 4  # task ids suggested for one that does not exist, as the engine suggests
NEAR_ENOUGH = 50  # rapidfuzz ratio of a typed id to a real one worth suggesting

# Deadlines relative to today, or a task's state, that the engine reads beyond the periods
# knowledge/periods.py finds: "quý này", "quý 2" (this year's), "3 tháng tới", "quá hạn".
_RELATIVE = re.compile(
    r"\b(?:"
    + "|".join(
        (
            r"quy (?:nay|hien tai|toi|sau|ke tiep|truoc|vua qua)",
            r"nam (?:nay|toi|sau|ngoai|truoc|qua|vua qua)",
            r"thang (?:nay|toi|sau|truoc|vua qua)",
            r"sang nam",
            r"(?:this|next|last) (?:quarter|month|year)",
            r"(?:quy|quarter|q) ?(?:iv|iii|ii|i|[1-4])(?! ?[/-]? ?\d)",
            r"\d{1,2} (?:thang|ngay|tuan) (?:toi|sap toi|nua|tiep theo)",
            r"next \d{1,2} (?:months?|days?|weeks?)",
            r"(?:6 thang|nua nam) (?:dau|cuoi) nam",
            r"(?:dau|cuoi) nam",
            r"(?:first|second) half of (?:the|this|next) year",
            r"(?:start|end) of (?:the|this|next) year",
            r"(?:sap|gan) (?:den|toi|het) han",
            r"sap (?:den|toi)",
            r"upcoming|due soon|coming up|next deadlines?",
            r"(?:da )?qua (?:thoi )?han|tre han|(?:da )?het han|overdue|past due|late",
            r"chua (?:den|toi|qua|het) han|con han|not (?:yet )?due|still open",
            r"gan nhat|muon nhat|soonest|nearest|latest",
        )
    )
    + r")\b"
)
# Numbers a period is written with, left over when no period was read in them.
_PERIOD_NUMBER = re.compile(
    r"\b(?:q|quy|quarter|thang|month|nam|year|ngay|day|tuan|week)\s*\d"
    r"|\d\s*[/.-]\s*\d|\b(?:19|20)\d\d\b"
    r"|\d\s*(?:thang|ngay|tuan|nam|months?|days?|weeks?|years?)\b"
)
# The forms shown when /han cannot read its argument: (Vietnamese, English); {y} is this year.
DEADLINE_FORMS = (
    ("Q2/{y}", "Q2/{y}"),
    ("quý 2", "quarter 2"),
    ("tháng 7/{y}", "July {y}"),
    ("năm {y}", "{y}"),
    ("trước 30/6/{y}", "by 30/6/{y}"),
    ("quý này", "this quarter"),
    ("3 tháng tới", "next 3 months"),
    ("sắp đến hạn", "upcoming"),
    ("quá hạn", "overdue"),
)


def reads_as_deadline(question: str) -> bool:
    """Whether the question a /han command asks names a deadline the engine reads: a
    period, one relative to today, or a state such as "quá hạn". Other words may come with
    it (an agency, a plan), but no number of a period may be left unread.

    >>> [reads_as_deadline(f"Nhiệm vụ nào đến hạn {t}?") for t in ("Q2/2026", "quý 2", "2026")]
    [True, True, True]
    >>> [reads_as_deadline(f"Which tasks are due {t}?") for t in ("upcoming", "2026", "Q5")]
    [True, True, False]
    >>> [reads_as_deadline(f"Nhiệm vụ nào đến hạn {t}?") for t in ("hôm qua", "tháng 13/2026")]
    [False, False]
    """
    folded = fold_in_place(question)
    periods = find_periods(folded)
    for period in periods:
        start, end = period.span
        folded = folded[:start] + " " * (end - start) + folded[end:]
    words = " ".join(re.findall(r"[\w/.&-]+", folded))
    rest = _RELATIVE.sub(" ", words)
    return (bool(periods) or rest != words) and not _PERIOD_NUMBER.search(rest)


def deadline_checked(
    engine: Engine, command: str, asked: str, given: str, answer: Answer, lang: str, today: date
) -> Answer:
    """The engine's answer to /han if its question names a deadline, or, with no number of a
    period left unread, an agency or a plan whose upcoming deadlines are then listed
    ("/han Sở KH&CN"); otherwise a reply listing the forms it reads, with ``command`` as
    typed."""
    if reads_as_deadline(asked) or (
        not _PERIOD_NUMBER.search(fold_in_place(given))
        and (engine.matcher.find(given) or _names_a_plan(engine, given))
    ):
        return answer
    en = lang == "en"
    forms = " · ".join(f"/{command} {f[en].format(y=today.year)}" for f in DEADLINE_FORMS)
    text = notice("unread_period", lang, given=given, forms=forms)
    return Answer(Status.NOT_FOUND, Intent.DUE, text, lang=lang)


def _names_a_plan(engine: Engine, text: str) -> bool:
    typed = number_key(text)
    return any(number_key(plan.number) in typed for plan in engine.kb.plans())


def agency_checked(engine: Engine, given: str, answer: Answer, lang: str) -> Answer:
    """The engine's answer to /coquan, if the argument names an agency of a loaded plan (as
    the alias table has it, or as the engine read it, its frame says); otherwise a reply
    saying so: the tasks every department leads are no answer to a name no plan has."""
    if engine.matcher.find(given) or (answer.frame is not None and answer.frame.agencies):
        return answer
    plans = engine.kb.plans()
    lead = engine.kb.most_common_lead(plans[0].id) if plans else None
    text = notice("unread_agency", lang, agency=given, example=lead or "…")
    return Answer(Status.NOT_FOUND, Intent.AGENCY, text, lang=lang)


def task_checked(engine: Engine, given: str, answer: Answer, lang: str) -> Answer:
    """The engine's answer to /nhiemvu, unless it found nothing and read no task id in the
    argument (it names the nearest ids itself when it did): then "no task X", with the ids
    nearest to what was typed, or a few ids to show their form."""
    if answer.status is not Status.NOT_FOUND or answer.intent is Intent.TASK:
        return answer
    refs = engine.kb.task_refs()
    typed = fold_in_place(given).upper()
    near = process.extract(typed, refs, scorer=fuzz.ratio, limit=NEAREST, score_cutoff=NEAR_ENOUGH)
    nearest = [ref for ref, _, _ in near]
    if nearest:
        text = notice("unread_task", lang, task=given, nearest=", ".join(nearest))
    else:
        nearest = refs[:NEAREST]
        text = notice("unread_task_form", lang, task=given, examples=", ".join(nearest))
    ask = "Task {}" if lang == "en" else "Nhiệm vụ {}"
    suggestions = tuple(Suggestion(ref, ask.format(ref)) for ref in nearest)
    return Answer(Status.NOT_FOUND, Intent.TASK, text, suggestions=suggestions, lang=lang)
