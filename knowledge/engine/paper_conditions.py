"""When a route about the plan itself or another paper applies: the plan named and when, a
fact of the plan after another, a paper a task issues, a paper the plan only plans or cites
(its number is not the plan's); tests of the route table in :mod:`.routes`, each on its own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import topics as ranking
from ..fields import Role
from ..normalize import fold
from .common import words_of

if TYPE_CHECKING:
    from .routes import Turn

# The fewest words of a plan's title that name it, said with no word of a task's own.
TITLE_WORDS = 3
# A deadline asked as work to finish, not a paper's date: "bao giờ phải xong", "hạn trình".
FINISHED = re.compile(r"\b(?:xong|hoan thanh|trinh|han|thoi han|due|finished|completed)\b")

# Words that name a kind of paper: "Quyết định 1703 ngày nào?" describes no task.
PAPER_WORDS = frozenset(
    "quyet_dinh chi_thi nghi_quyet nghi_dinh thong_tu ke_hoach cong_van van_ban so".split()
)
_ISSUING_WORDS = frozenset({"ky", "ban_hanh"})  # "ai ký ban hành": asked, not described


def a_plan_named_and_when(t: Turn) -> bool:
    """ "nq116 ngày nào", "Quyết định 1169 khi nào?": a plan named by its kind and number,
    and when, with nothing else: the plan's date (the kind is how it is named, no topic)."""
    topic = [w for w in t.topic_words if w not in PAPER_WORDS]
    return (
        bool(t.named_plans)
        and t.q.fields == [Role.DEADLINE]
        and not (t.q.refs or t.agencies or t.periods or t.q.relative or topic)
        # (not "nq116 có nv nào hạn ngày nào": the tasks' deadlines)
        and not (t.q.has("task_word") or FINISHED.search(t.q.folded))
    )


def a_bare_when(t: Turn) -> bool:
    """ "and when?", "khi nào?", "ngày nào?": when, and nothing else named."""
    return t.q.fields == [Role.DEADLINE] and not (
        t.q.refs or t.agencies or t.periods or t.q.relative or t.topic_words or t.q.meta
    )


# "who has to carry it out?", "ai thi hành nó?": who puts "it" into force
_CARRIES_IT_OUT = re.compile(
    r"\b(?:carry(?:ing)? it out|carries it out|(?:implement|implementing|implements|execute"
    r"|executes|enforce|enforces) it|puts? it into (?:effect|force|practice)"
    r"|(?:thi hanh|thuc thi) (?:no|cai nay|van ban nay))\b"
)


def who_carries_it_out(t: Turn) -> bool:
    """ "And who has to carry it out?" after a fact of the plan ("When does it take
    effect?"): who must carry out the plan itself, as its last article says; not of a task
    in hand, whose lead carries it out."""
    return (
        t.context.answered == "facts"
        and not t.context.tasks
        and t.q.has("asks_who")
        and bool(_CARRIES_IT_OUT.search(t.q.folded))
    )


def issued_by_a_task(t: Turn) -> bool:
    """ "Các chính sách hỗ trợ IPO phải được ban hành khi nào?": when a task issues what its
    words describe, not when the plan was issued; "nv về công nghiệp quốc phòng căn cứ nghị
    quyết nào?": what the task is based on, not the plan's bases."""
    if t.named_plans or not t.narrow or _names_this_plan(t):
        return False
    meta = set(t.q.meta)
    issued = meta in ({"signer"}, {"issuer"})
    if not (meta == {"date"} or (meta == {"bases"} and t.q.has("task_word")) or issued):
        return False
    words = [w for w in t.topic_words if w not in PAPER_WORDS and w not in _ISSUING_WORDS]
    covering = ranking.tasks_covering(t.kb, words, scope=t.scope) if len(words) >= 2 else []
    if not covering or covering[0][0] < _DESCRIBES:
        return False
    # ("Đề án … ai ký ban hành?": who issues what a task yields, which its result says; or
    # "Khung chương trình … do ai ban hành?" of a task that is to issue it, its lead)
    return not issued or yields_a_paper(t) or "ban_hanh" in covering[0][1].words


_DESCRIBES = 0.8  # a task covering this share of the words is the one they describe
# "cái kế hoạch bhyt toàn dân này": the plan in hand, by its kind and words of its title
_KIND_THIS = re.compile(
    r"\b(?:ke hoach|de an|chuong trinh|quyet dinh|nghi quyet)((?: \w+){1,6}) nay\b"
)


def _names_this_plan(t: Turn) -> bool:
    m = _KIND_THIS.search(t.q.folded)
    if not m or not t.scope or len(t.scope) != 1:
        return False
    title = t.engine.title_words[t.scope[0]]
    return all(w in title for w in words_of(m[1]))


def yields_a_paper(t: Turn) -> bool:
    """The plan in scope has a column for what a task yields ("Kết quả", "Sản phẩm"),
    which names the paper and who issues it."""
    return bool(t.scope) and len(t.scope) == 1 and Role.PRODUCT in t.kb.columns(t.scope[0])


# The kinds of paper a question may ask of by name; the plan is one, the others it cites.
_KIND_NAMED = re.compile(
    r"\b(nghi dinh|thong tu|luat|chi thi|cong van|ket luan|nghi quyet|quyet dinh|ke hoach"
    r"|de an|chuong trinh)\b(?! nay\b)"
)


# "đã được ban hành chưa", "has it been issued yet": whether a paper is out, which no plan
# records
_OUT_YET = re.compile(r"\bda(?: \w+){0,4} chua\b|\byet\b")


def another_papers_facts_asked(t: Turn) -> bool:
    """The number of a paper the plan plans or cites, or whether it is out yet; not when it
    is to be issued, which is the deadline of the task that plans it ("Nghị định … phải
    tham mưu ban hành khi nào?")."""
    meta = set(t.q.meta)
    return bool(
        ("number" in meta or ("date" in meta and _OUT_YET.search(t.q.folded)))
        and another_paper(t)
        # (not one the plan lists for review or cites as a basis, by the words of its title)
        and t.document_titled() is None
    )


# "nghị quyết này dựa trên kết luận số mấy": the plan itself, by its kind, is what is asked of
_THIS_KIND = re.compile(r"\b(?:nghi quyet|quyet dinh|ke hoach|de an|chuong trinh|van ban) nay\b")


def another_paper(t: Turn) -> bool:
    """ "Nghị định quy định về vị trí việc làm đã được ban hành chưa, số hiệu là gì?" of a
    resolution: the first paper the question names is of a kind the plans in scope are not
    (their kind and their title's), and it names no plan, so its number or date is that
    paper's, not theirs. ("Nghị quyết này …" is the plan, whatever it calls it.)"""
    first = _KIND_NAMED.search(t.q.folded)
    if not first or t.named_plans or not t.scope or _THIS_KIND.search(t.q.folded):
        return False
    own = " ".join(fold(f"{p.doc_type} {p.title}") for p in map(t.plan, t.scope))
    return first[1] not in own


# A paper cited by its number in a task's text: "theo Nghị quyết số 08-NQ/TW".
_CITES = re.compile(r"\b(?:nghi quyet|chi thi|quyet dinh|ket luan|nghi dinh|thong tu) so \d")


def cites_a_paper(t: Turn) -> bool:
    """Whether the question's words describe one task ahead of the rest, whose text cites a
    paper by number."""
    if len(t.topic_beyond_title) < TITLE_WORDS or not t.task_described:
        return False
    scored = ranking.tasks_covering(t.kb, t.topic_words, scope=t.scope)
    ahead = len(scored) == 1 or (len(scored) > 1 and scored[0][0] - scored[1][0] > ranking.TIE)
    return ahead and any(
        _CITES.search(fold(x.content)) for x in t.kb.tasks_by_ids([scored[0][1].id])
    )
