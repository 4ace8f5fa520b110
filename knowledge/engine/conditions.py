"""When a route applies: the tests of the route table in :mod:`.routes` that read more of a
question than one cue, each on its own so it can be tried alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..fields import AGENCY_ROLES, Role
from ..words import STOPWORDS, translate_english
from .body_dates import PASSED_ASKED
from .common import (
    BESIDES_IT,
    DAY,
    IT,
    NAMED_LAW,
    THIS_PLAN,
    WHICH_TASKS,
    WHO_OR_WHERE,
    YES_NO,
    words_of,
)
from .filters import common_body
from .paper_conditions import (
    FINISHED,
    PAPER_WORDS,
    TITLE_WORDS,
    another_paper,
    cites_a_paper,
    issued_by_a_task,
)
from .unstated import FIGURE_NAMED, HEADCOUNT

if TYPE_CHECKING:
    from .routes import Turn


def about_tasks(t: Turn) -> bool:
    return t.q.has("task_word") or any(r in t.q.fields for r in AGENCY_ROLES)


def of_a_task(t: Turn) -> bool:
    """ "Thời hạn tuyên truyền Chỉ thị 38-CT/TW là khi nào?" asks of the task that names the
    paper; "Chỉ thị 38-CT/TW ban hành ngày nào?" of the paper."""
    if about_tasks(t):
        return True
    described = [w for w in t.topic_words if w not in PAPER_WORDS and not w[:1].isdigit()]
    return Role.DEADLINE in t.q.fields and "date" not in t.q.meta and len(described) >= 1


# "về", "liên quan đến": what the tasks asked for are about follows.
_ABOUT_FOLLOWS = re.compile(r"\b(?:ve|lien quan (?:den|toi))\b")


def a_period_in_a_tasks_words(t: Turn) -> bool:
    """ "Ai chủ trì việc tổ chức đối thoại định kỳ …": a period written in the words of the
    task whose column is asked; or in the topic of a yes or no ("có nhiệm vụ nào về giao chỉ
    tiêu … tới 2030 không?")."""
    q = t.q
    if not (t.narrow and q.periods and t.topic_words):
        return False
    # ("… đến 2030 thuộc nv nào, hạn sao": the one task its words describe, not a list)
    belongs = bool(_BELONGS_TO.search(q.folded))
    which = WHICH_TASKS.search(q.folded) and not belongs
    if (q.fields or t.named_headers or belongs) and not which:
        return True
    about = _ABOUT_FOLLOWS.search(q.folded)
    return bool(about and YES_NO.search(q.folded) and about.end() <= q.periods[0].span[0])


# "… thuộc nhiệm vụ nào", "… là nv nào": the task the words belong to
_BELONGS_TO = re.compile(r"\b(?:thuoc|la|nam trong|o) (?:nhiem vu|nv|viec) (?:nao|so may)\b")


def a_cited_paper_asked(t: Turn) -> bool:
    """ "Chỉ thị 38-CT/TW ban hành ngày nào?", "Luật Tổ chức chính quyền địa phương": a
    paper the plan cites; not "luật BHYT sửa đổi bao giờ phải xong", a task's deadline."""
    return (
        bool(t.q.cited_digits or NAMED_LAW.search(t.q.plain))
        and not about_tasks(t)
        and not (of_a_task(t) and FINISHED.search(t.q.folded))
        # nor "luật BHYT sửa đổi có Bộ Tư pháp tham gia ko": an agency's part in the task
        # that makes it
        and not (t.agencies and t.q.has("involved"))
        and not t.carrying_out
    )


# What a list of documents to review is about: asked with a role and no other topic, the
# role is the document's.
_REVIEWING = frozenset({"ra_soat", "sua_doi", "bo_sung", "van_ban", "review", "revise"})


def asks_of_the_paper_shown(t: Turn) -> bool:
    """A column of the one document to review just shown or picked ("the last one"), by its
    header's words ("thẩm quyền ban hành", "the authority to issue") and nothing else
    named."""
    one = len(t.context.items) == 1 or bool(t.context.item)
    if not one or t.q.refs or t.q.cited_digits or t.agencies:
        return False
    if (
        any(r in t.q.fields for r in AGENCY_ROLES)
        and not t.q.has("task_word")
        and set(t.topic_words) <= _REVIEWING
    ):
        return True  # "ai chủ trì?", "ai chủ trì rà soát": its lead, as its row gives it
    said = set((translate_english(t.q.plain) if t.lang == "en" else t.q.plain).split())
    headers = {h for d in t.kb.documents(t.scope) for h in d.attrs}
    # every word of a header, in any order ("the authority to issue": "thẩm quyền … ban hành");
    # or who does the doing it ends on ("who issues that one?", "ai ban hành?")
    doing = t.q.has("asks_who")
    return any(
        (len(words_of(h)) >= 2 and set(words_of(h)) <= said)
        or (doing and len(words_of(h)) >= 3 and set(words_of(h)[-2:]) <= said)
        for h in headers
    )


def of_the_plan(t: Turn) -> bool:
    """A fact of the plan itself is asked (its signer, date, bases …), not a task's column
    named like one ("nhiệm vụ … được bổ sung căn cứ vào văn bản nào")."""
    return (
        bool(t.q.meta)
        and not a_column_of_a_task(t)
        # "Bộ CHQS tỉnh chịu trách nhiệm nhiệm vụ nào, theo nghị quyết nào?": its tasks'
        and not (
            t.agencies
            and (t.q.has("task_word") or t.q.has("duties") or _WHAT_IT_DOES.search(t.q.folded))
        )
        # "nv về kho tàng dự trữ quốc gia là của bộ nào, làm đến năm nào": a task's columns;
        # so too when no task word but its agency is asked ("Đề án phát triển … định hướng
        # đến năm nào và do cơ quan nào triển khai?": the plan itself has no lead)
        and not (
            (t.q.has("task_word") or any(f in AGENCY_ROLES for f in t.q.fields))
            and any(f in (Role.LEAD, Role.DEADLINE) for f in t.q.fields)
            and t.task_described
        )
        and not issued_by_a_task(t)
        # "Mục đích của kế hoạch gồm những nội dung chính nào?": a part of the text, not
        # the plan in short
        and not (t.q.meta == ["summary"] and t.titled_section)
        # "Chương trình đào tạo … thực hiện trong giai đoạn nào?": a task's time
        # (or of the one in hand, asked with no words of its own: "thực hiện trong giai đoạn
        # nào?" after a task)
        and not (
            t.q.meta == ["title"]
            and Role.DEADLINE in t.q.fields
            and (t.task_described or (len(t.context.tasks) == 1 and not t.topic_words))
        )
        # "Nhiệm vụ đó thực hiện theo nghị quyết nào?": of the one task in hand; "Việc tăng
        # nguồn lực … trong quốc phòng được thực hiện theo nghị quyết nào?": of the task its
        # words describe, whose text cites it
        and not (IT.search(t.q.plain) and len(t.context.tasks) == 1)
        and not (t.q.meta == ["bases"] and cites_a_paper(t))
        # (a paper the plan plans or cites is not the plan, unless it lists it for review
        # or cites it as a basis: those are facts the plan gives)
        and not (another_paper(t) and t.document_titled() is None)
    )


# "phụ trách nội dung nào": what an agency named does ("việc gì" is a task word already)
_WHAT_IT_DOES = re.compile(r"\bnoi dung (?:nao|gi)\b")


def every_task_claimed_asked(t: Turn) -> bool:
    """ "Có phải tất cả các nhiệm vụ đều do Sở X chủ trì không?", "Are all tasks led by X?":
    yes or no of the whole plan, not of a task, a period or a group."""
    return (
        bool(t.agencies and YES_NO.search(t.q.folded))
        and t.q.has("all")
        and not (t.q.refs or t.q.periods or t.q.group)
    )


def a_column_of_a_task(t: Turn) -> bool:
    """A column header named of a task ("nhiệm vụ … được bổ sung căn cứ vào văn bản nào", "đề
    án chỉ số KPI … bổ sung căn cứ vb nào"), not a fact of the plan named like it."""
    # (not "When does Resolution 97 take effect?", "chương trình này … thực hiện kết luận số
    # mấy", "Đề án đào tạo nguồn nhân lực … được phê duyệt tại quyết định số mấy": the plan
    # itself, named by its number, as "this", or in its title's words)
    plan_named = (
        bool(t.named_plans)
        or bool(THIS_PLAN.search(t.q.folded))
        or (len(t.topic_words) >= TITLE_WORDS and not t.topic_beyond_title)
    )
    if not t.named_headers:
        return False
    # ("còn căn cứ bổ sung thì sao?" after one task: of that task, when it says nothing else
    # but what that task's own cells say: "còn báo cáo kết quả thì … căn cứ bổ sung nào?")
    header_words = {w for h in t.named_headers for w in words_of(h)}
    in_hand = (
        len(t.context.tasks) == 1
        and all(set(w.split("_")) <= header_words or t._in_hand_says(w) for w in t.topic_words)
        and not plan_named
    )
    return t.q.has("task_word") or (t.task_described and not plan_named) or in_hand


def day_asked(t: Turn) -> bool:
    """ "Ngày 15/11 phải làm gì?" is about that day; "đến hạn 30/6/2026" filters by it."""
    q = t.q
    # "báo cáo nộp trước 15/11 phải không": a claim about a date, not that day's tasks.
    return bool(DAY.search(q.folded)) and not (
        q.refs or t.agencies or q.relative or Role.DEADLINE in q.fields or q.has("claim")
    )


def plan_digits_only(t: Turn) -> bool:
    folded = t.q.folded.strip()
    return bool(re.fullmatch(r"\d{1,5}", folded)) and folded in t.engine.plan_index.by_digits


def schedule_asked(t: Turn) -> bool:
    q = t.q
    # "… đối thoại với doanh nghiệp còn cơ quan nào tham gia?" asks the task's agencies.
    return q.has("schedule") and (
        q.has("schedule_only")
        or (not q.fields and not q.has("asks_who"))
        or q.fields == [Role.DEADLINE]
    )


def explicit_filter(t: Turn) -> bool:
    """A period, a group or an agency with a role the question asks for is no topic word:
    "nothing due", "Báo X leads nothing" stands. Not businesses or people at large, which
    a task's words name as often as its cells: "chosen to lead smaller firms" leads none."""
    agencies = t._agency_filter()
    named_role = (
        bool(agencies)
        and any(r in t.q.fields for r in AGENCY_ROLES)
        and not all(common_body(m.alias) for m in agencies)
    )
    # ("… gửi kế hoạch chi tiết lên Chính phủ trước khi nào, giờ trễ chưa?": whether the
    # thing asked is late, which the text may date, not a list of late tasks)
    relative = bool(t.q.relative) and not a_task_state_asked(t)
    return bool(t.periods or relative or t.q.group or named_role or not t.topic_words)


def a_task_state_asked(t: Turn) -> bool:
    """ "Đề án ban chỉ huy quân sự xã ai làm, trễ hạn chưa?": whether one task is overdue,
    coming due or dated, asked yes or no of a task named by its words; not "nhiệm vụ nào đã
    quá hạn?", the list."""
    q = t.q
    # (or whether it has a dated deadline at all: "… có quy định thời hạn cụ thể không?")
    return bool(
        (q.relative in ("overdue", "upcoming") or q.has("dated"))
        and YES_NO.search(q.folded)
        and t.narrow
        and not (q.refs or q.bare_numbers or t.agencies or t.periods or q.group)
        and not (q.has("count") or q.has("narrow") or WHICH_TASKS.search(q.folded))
    )


def of_the_papers_in_hand(t: Turn) -> bool:
    """A question about the documents to review just listed: "trong số đó", "của nó" after
    one was picked, or of the one shown ("Who has the authority to issue the revised
    version?")."""
    return (
        t.context.kind == "documents"
        and bool(t.context.items)
        and (
            t.q.has("narrow")
            or t.q.has("points_back")
            or bool(t.context.item and (t.q.fields or t.named_headers) and IT.search(t.q.plain))
            # "what is it about?" of the one picked: that paper, whole
            or bool(t.context.item and IT.search(t.q.plain) and not t.topic_words)
            or asks_of_the_paper_shown(t)
            # "Thời hạn rà soát là khi nào?": their time column
            or (Role.DEADLINE in t.q.fields and not (t.q.has("task_word") or t.agencies))
        )
        and not t.q.refs
    )


def an_agencys_part_in_hand(t: Turn) -> bool:
    """ "Sở X làm gì trong việc đó?", "…, còn Sở KH&CN giữ vai trò gì?" after one task: the
    agency's part in that task."""
    q = t.q
    return (
        bool(t.agencies and len(t.context.tasks) == 1)
        and bool(
            IT.search(q.plain)
            or (q.has("still") and _ITS_ROLE.search(q.folded))
            or _TAKES_PART_IN_HAND.search(q.folded)
            # "còn phối hợp? có ubnd tỉnh ko": whether it plays the role asked; "có bộ quốc
            # phòng tham gia k": whether it takes part
            or (
                _AMONG_THEM.search(q.folded)
                and (q.has("involved") or any(r in q.fields for r in AGENCY_ROLES))
            )
        )
        and not (q.refs or q.has("narrow") or WHICH_TASKS.search(q.folded))
        and not BESIDES_IT.search(q.folded)
    )


def a_date_of_the_part_in_hand(t: Turn) -> bool:
    """ "By what date?", "năm nay qua chưa?" after a part of the text was shown: a short
    follow-up that names nothing new."""
    q = t.q
    return (
        t.context.kind == "sections"
        and bool(t.context.item)
        and (Role.DEADLINE in q.fields or PASSED_ASKED.search(q.folded) is not None)
        and len(q.plain.split()) <= _FOLLOW_UP_WORDS
        and not (q.refs or q.has("task_word") or t.agencies)
    )


def asks_who_of_the_part_in_hand(t: Turn) -> bool:
    """ "gửi cho ai?", "rồi sở đó báo cáo tiếp lên đâu?" after a part of the text was shown: to
    whom or where what it says goes, which that part says; a short follow-up whose words
    that part writes, naming nothing new."""
    q = t.q
    if not (t.context.kind == "sections" and t.context.item and WHO_OR_WHERE.search(q.folded)):
        return False
    if len(q.plain.split()) > _FOLLOW_UP_WORDS or q.refs or q.has("task_word") or t.agencies:
        return False
    part = t.section_in_hand()
    said = set(words_of(part.text)) if part else set()
    words = [w for w in words_of(q.plain) if w not in STOPWORDS and w not in _WHO_OR_WHERE_WORDS]
    held = [w for w in words if w in said]
    return bool(held) and len(held) * 2 >= len(words)


_WHO_OR_WHERE_WORDS = frozenset("ai dau who whom where len tiep roi".split())
_ITS_ROLE = re.compile(
    r"\bvai tro (?:gi|nao|the nao|ra sao)|\b(?:what|which) (?:is )?(?:its |their )?role"
)
_FOLLOW_UP_WORDS = 8
# "…? có UBND tỉnh không": a body asked to be among those of a column, as the last clause.
_AMONG_THEM = re.compile(
    r"(?:^|[?.,!]\s*)(?:the |vay |con )?co\s+[\w\s&]{2,60}?\s(?:khong|ko|k|hong)\s*\??$"
)
# "thế bộ tài chính có tham gia không?", "is the ministry of finance involved too?": a short
# yes/no on taking part, which names no task, is about the task in hand.
_TAKES_PART_IN_HAND = re.compile(
    r"^(?:(?:the|vay|con|the con|thi|and|so|what about)\s+)?[\w\s&]{2,60}?\s"
    r"(?:co|cung)\s+(?:tham gia|phoi hop|chu tri|lien quan|dinh dang|co ten)"
    r"(?:\s+(?:vao|gi|voi))?\s+(?:khong|ko|k|hong|chu|a|ha)\s*\??$"
    r"|^(?:and|so|what about)?\s*(?:is|are|does|do)\s+[\w\s&']{2,60}?\s(?:involved|taking part|"
    r"(?:also )?(?:a )?(?:part of it|in it|helping))(?: too| as well)?\s*\??$"
)


# "So is that this quarter?": the task in hand asked of, in English
_IS_IT = re.compile(r"^\W*(?:so |and |but )?(?:is|was|will) (?:that|it|this)\b")
# A message closed as a question to confirm: "… hả", "… phải không", "… right?"
_TO_CONFIRM = re.compile(
    r"\b(?:ha|a|ah|nhi|hen|ak|phai khong|dung khong|khong|chu|right|is it|then)\W*$"
)


def a_period_checked_in_hand(t: Turn) -> bool:
    """ "tức là quý này luôn hả" after one task's deadline: whether it falls in the period
    named, which its deadline answers; nothing else is asked or named."""
    q = t.q
    return (
        len(t.context.tasks) == 1
        and bool(q.periods)
        and not (q.refs or t.agencies or q.has("task_word"))
        # ("sang năm sau còn phải làm không?": whether it is still to do then, of this task)
        and q.relative in (None, "pending")
        and q.fields in ([], [Role.DEADLINE])  # (a period read as the deadline asked)
        and bool(_TO_CONFIRM.search(q.folded) or _IS_IT.search(q.folded))
    )


# "cái đã hoàn thành", "việc nào xong rồi": one of the things in hand
_A_THING = re.compile(r"\b(?:cai|viec|nhiem vu|nv|ones?)\b")


def small_talk_only(t: Turn) -> bool:
    """Thanks or a greeting with no question around it: "hi bot, q2/2026 co nv nao ko" is
    padding around one ("ok cho hỏi nv số 40 là gì": a task asked after "ok")."""
    return (t.q.has("thanks") or t.q.has("greeting")) and not (
        t.q.refs
        or t.q.bare_numbers
        or t.q.periods
        or t.q.relative
        or t.agencies
        or t.q.has("task_word")
    )


def a_number_not_stated_asked(t: Turn) -> bool:
    """A number of people, bodies or things asked ("bao nhiêu người", "nêu con số cụ thể"),
    of no task named."""
    spelled = t.q.has("count_spelled") and bool(HEADCOUNT.search(t.q.folded))
    return (spelled or bool(FIGURE_NAMED.search(t.q.folded))) and not t.q.refs


def done_of_the_list_asked(t: Turn) -> bool:
    """ "còn cái đã hoàn thành rồi …" after a list: the ones of it marked done."""
    return bool(
        t.q.has("done")
        and len(t.context.listed) > 1
        and _A_THING.search(t.q.folded)
        and not (t.q.refs or t.agencies)
    )


def tasks_marked_done_asked(t: Turn) -> bool:
    """ "Nhiệm vụ nào đã hoàn thành?"; not "đã quá hạn mà không được ghi là đã hoàn thành",
    the overdue ones, as filtered."""
    return (
        t.q.has("done")
        and t.q.has("task_word")
        and not (t.agencies or t.q.refs or (t.q.relative and t.q.has("negated")))
    )
