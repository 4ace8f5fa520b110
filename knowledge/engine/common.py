"""Patterns and words the routes share."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..answer import Intent
from ..chat_cues import OBLIGED_CUE, PLEASE_CUE
from ..claim_cues import CLAIM_WORDS
from ..cues import (
    ALL_CUE,
    ANSWER_KIND,
    APPENDIX_WORD,
    ASKS_WHO,
    COUNT_CUE,
    FULL_CUE,
    GROUP_WORD,
    INVOLVED_CUE,
    PLAN_AREAS,
    SCHEDULE_ONLY,
    TASK_WORD,
    THAT_NOT_BY,
    THIS_PLAN,
    TOTAL_CUE,
)
from ..deadline_cues import (
    DUE_WORD,
    OVERDUE_CUE,
    PENDING_CUE,
    UPCOMING_CUE,
)
from ..field_cues import FIELD_CUES
from ..fields import Role
from ..normalize import fold
from ..records import Task
from ..unheld_cues import CONTACT_CUE

DIALOGUE = "doi_thoai"  # the indexed word of the tasks about dialogue with businesses
REPLY_WORDS = 7  # a reply that picks a plan is short: "của thành phố Đông Hải"
ROLE_INTENT = {
    Role.LEAD: Intent.LEAD,
    Role.COORD: Intent.COORD,
    Role.DIRECTOR: Intent.DIRECTOR,
    Role.DEADLINE: Intent.DEADLINE,
    Role.CONTENT: Intent.CONTENT,
    Role.NOTE: Intent.NOTE,
}
ROLE_NAMES = {
    "vi": {"lead": "chủ trì", "coord": "phối hợp", "director": "chỉ đạo"},
    "en": {"lead": "leads", "coord": "coordinates", "director": "directs"},
}
# Words that frame a question rather than name its topic. Budget, product and note words
# stay: "kinh phí" is what a question about funding is about.
# Every column's cue words: what is left of a follow-up without them names something new.
FIELD_WORDS = re.compile(
    "|".join(
        p.pattern
        for p in (*FIELD_CUES.values(), FULL_CUE, TASK_WORD, ASKS_WHO, INVOLVED_CUE, GROUP_WORD)
    )
)
STATUS_WORDS = re.compile(
    "|".join(p.pattern for p in (OVERDUE_CUE, PENDING_CUE, UPCOMING_CUE, DUE_WORD))
)
# "Phụ lục gồm những nhóm nào?", "có mấy nhóm": the groups themselves.
WHICH_GROUPS = re.compile(
    # not "những nhóm công nghệ nào", a kind of group the text names
    r"\b(?:nhung|cac|may|bao nhieu) nhom\b"
    r"(?! (?!(?:nhiem vu|nv|viec|cong viec|lon|chinh)\b)(?:\w+ ){1,3}(?:nao|gi)\b)"
    r"|\bnhom (?:nhiem vu |nv |viec )?nao\b"
    r"|\b(?:which|what|how many)(?: are| is)?(?: the)?(?: main| major)?(?: task)? groups\b"
    r"|\bwhich group (?:has|holds|contains)\b"
    rf"|\b(?:{PLAN_AREAS})\b"
)
# A day: "15/11", "06/02/2025".
DAY = re.compile(r"(?<![\d/.])(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*((?:19|20)\d\d))?(?![\d/])")
# "Nhiệm vụ nào hạn năm 2027", "which tasks": the tasks are asked for, the period filters.
WHICH_TASKS = re.compile(
    r"\b(?:nhiem vu|nv|viec|cong viec|hoat dong)\s+(?:nao|gi)\b|\b(?:which|what) tasks?\b"
    r"|\b(?:cac|nhung|may|bao nhieu) (?:nhiem vu|nv|viec|cong viec)\b"
)
# "Luật Tổ chức chính quyền địa phương": a law is named by its words, not a number.
NAMED_LAW = re.compile(r"\bluat(?: [a-z]+){2,}")
# Cells that give a task to every department at once.
SHARED = re.compile(r"\bcac so\b|\bcac (?:co quan|don vi) (?:co )?lien quan\b")
PAPER = r"(?:bao cao|de an|nghi dinh|nghi quyet|thong tu|san pham|du an|chuong trinh)"
# "nó", "việc đó", "văn bản này", "it": the one thing in hand.
IT = re.compile(
    r"\b(?:it|no|(?:viec|nhiem vu|nv|cai|van ban) (?:do|nay))\b"
    # "mấy báo cáo đó là khi nào?", "những văn bản ấy": those things, of the one in hand
    # (not "các nhiệm vụ do Sở X chủ trì", by whom)
    rf"|\b(?:nhung|may|cac) \w+(?: \w+)? (?:nay|ay|kia|{THAT_NOT_BY})\b"
    # "báo cáo đó trình lên đâu?", "đề án ấy": the paper the task in hand delivers
    rf"|\b{PAPER} (?:ay|{THAT_NOT_BY})\b"
)
# Words that point back at what was just shown: "hạn của nó", "who leads them?".
POINTING = frozenset(
    "no chung them they those these ones one both nhiem_vu_do viec_do ca_hai hai kia con_lai 2"
    " ho ca cai".split()
)
TAKES_EFFECT = re.compile(r"hieu luc|ke tu ngay")
# A document number: digits, then "/" or "-" and letters somewhere ("87/kh-ubnd", "5-kh/tu").
NUMBER_LIKE = re.compile(r"(?<![\w/])\d{1,5}[/-][0-9a-z/.-]*[a-z][0-9a-z/.-]*")
# Words every plan's title has, which tell no plan from another.
TITLE_COMMON = frozenset("ke hoach quyet dinh thuc hien trien khai ban hanh tinh tren dia".split())
# "Việc nào liên quan đến hội nhập quốc tế?": the words after it are the topic, not these.
ABOUT_CUE = re.compile(
    r"\b(?:co )?lien quan (?:den|toi|ve)\b|\b(?:related|relating|relevant) to\b"
    r"|\b(?:regarding|concerning|in relation to)\b"
)
# "Các nhiệm vụ", "những việc", "which tasks": several tasks are asked for.
SEVERAL = re.compile(
    # (not the works one task is made of: "nhiệm vụ nâng cao … gồm những việc gì")
    r"\b(?:cac|nhung|danh sach(?: cac)?) (?:nhiem vu|nv|viec|cong viec|hoat dong)\b"
    r"(?<!gom nhung viec)(?<!gom nhung cong viec)(?<!gom nhung hoat dong)"
    r"|\btasks\b"
    # "có nv nào về hội nhập quốc tế ko, list giúp": the ones there are, listed
    r"|\bliet ke\b|\b(?<!the )list\b(?! of\b)"  # (not "the list of flagship companies")
    r"|\b(?:anything|something|any tasks?) (?:about|on|regarding|for)\b"
)
# "Ngoài việc đó", "besides that one": the task in hand set aside, not an agency.
BESIDES_IT = re.compile(
    r"\bngoai (?:viec|nhiem vu|nv|cai) (?:do|nay|tren|vua roi|kia)\b"
    r"|\b(?:besides|apart from|other than) (?:that|this|it)(?: one| task)?\b"
)
# "Ngoài Chương trình 12-CTr/BCĐ, …", "… thì ngoài Nghị quyết 66 còn …": a paper the asker
# has already, by its number (not "quảng bá ngoài nước,", abroad)
HAD = re.compile(
    r"\b(?:ngoai|besides|apart from|other than) (?=[^,?]{0,60}?\d)[^,?]{2,80}?"
    r"(?:,|(?= (?:con|thi)\b))"
)
# "(qua Sở KH&CN)", "(thuộc Bộ Y tế)": an aside naming the body another works through
THROUGH = re.compile(r"\((?:qua|thong qua|thuoc|truc thuoc|cua|via|under|through) ([^)]{2,80})\)")
# A person's office: "what position does he hold?", "ông ấy giữ chức vụ gì?".
OFFICE_ASKED = re.compile(
    r"\b(?:position|title|office|post|role|job|capacity|chuc vu|chuc danh|cuong vi|giu chuc"
    r"|lam chuc)\b"
)
# "Bộ Y tế tham gia với vai trò gì?", "what part does the ministry play?": an agency's part
# in the task asked of.
PART_ASKED = re.compile(
    r"\b(?:vai tro|tu cach) (?:gi|nao|the nao|ra sao)\b"
    r"|\b(?:what|which) (?:part|role)\b"
)
# "Đã quá hạn chưa?", "có phải … không?", "Is it overdue?", "Will the province …?": a yes or
# a no; not "Can you list …", a request.
YES_NO = re.compile(
    # (with the particles a chat ends on: "quá hạn chưa ạ", "… không vậy", "ko nhỉ")
    r"\b(?:chua|khong|ko|k|hay chua)(?:\W+(?:a|ak|ha|nhi|nhe|nha|vay|v|the|ban|ad|z))*\W*$"
    # (also a later sentence's: "We export furniture. Does the plan …?")
    r"|(?:^|[.!?]\s)\W*(?:is|are|does|do|has|have|was|were|will|did"
    r"|(?:can|could|should|would)(?! you\b))\b"
    # "…, and is it late already?": a yes or no asked of what the first clause named
    r"|[,;]\s*(?:and |but |so )?(?:is|are|has|have|was|were|did) (?:it|they|this|that)\b"
)
# The product asked of a task: "Kết quả đầu ra của nhiệm vụ …", "… là văn bản gì?". Only
# so: "kết quả" alone may be what a task is about ("đánh giá kết quả thực hiện").
PRODUCT_ASKED = re.compile(
    r"\b(?:ket qua|san pham)(?: dau ra)? cua (?=nhiem vu|nv|viec)"
    r"|\bla (?:van ban|san pham|ket qua|hinh thuc van ban) (?:gi|nao)\b"
    # "… từ 2027 ra văn bản gì?": what the work issues, asked
    r"|\b(?:cho )?ra (?:van ban|san pham|ket qua) (?:gi|nao)\b"
)
# "gồm những loại nào", "các dạng gì": kinds asked for, of what the words name; no topic.
_KINDS_ASKED = re.compile(r"\b(?:(?:nhung|cac|may|bao nhieu) )?(?:loai|kieu|dang) (?:nao|gi)\b")
TOPIC_NOISE = [
    _KINDS_ASKED,
    ABOUT_CUE,
    PRODUCT_ASKED,
    ALL_CUE,
    INVOLVED_CUE,  # "còn những bộ nào tham gia phối hợp"
    ANSWER_KIND,
    CLAIM_WORDS,  # "…, đúng không?": the claim's words are no topic
    CONTACT_CUE,  # before ASKS_WHO takes its "ai"
    PLEASE_CUE,
    OBLIGED_CUE,
    APPENDIX_WORD,
    THIS_PLAN,
    # (not a product, a result or a budget, which may be what a task is about; a note never is)
    *(
        FIELD_CUES[r]
        for r in (Role.LEAD, Role.COORD, Role.DIRECTOR, Role.DEADLINE, Role.CONTENT, Role.NOTE)
    ),
    ASKS_WHO,
    COUNT_CUE,
    FULL_CUE,
    GROUP_WORD,
    OVERDUE_CUE,
    PENDING_CUE,
    SCHEDULE_ONLY,
    TASK_WORD,
    TOTAL_CUE,
]


def words_of(text: str) -> list[str]:
    """The folded words of a text, in order: ``words_of("Sở KH&CN")`` is ``["so", "kh",
    "cn"]``."""
    return list(_words_of(text))


@lru_cache(maxsize=4096)  # (the same passages and cells are read for question after question)
def _words_of(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


_WORD = re.compile(r"[0-9a-z]+")


# "ai", "đâu", "who", "where": to whom or where something goes, asked beside another thing
WHO_OR_WHERE = re.compile(r"\b(?:ai|dau|who|whom|where)\b")


def without_items_of_others(tasks: list[Task]) -> list[Task]:
    """The tasks less the items of any task among them ("III.2.4" beside "III.2"), which the
    task shows with its items anyway."""
    held = {(t.plan_id, t.ref) for t in tasks}

    def parents(ref: str) -> list[str]:
        parts = ref.split(".")
        return [".".join(parts[:n]) for n in range(1, len(parts))]

    # (by the refs above each, not by every pair: a paper may be cited in thousands of cells)
    return [t for t in tasks if not any((t.plan_id, p) in held for p in parents(t.ref))]


def cells_text(task: Task) -> str:
    """A task's content and its other cells, as one text: where a figure or a word it
    holds may be written."""
    return " ".join([task.content, *(a.value for a in task.attrs)])


@cache  # (a thousand plans' headers are read at every question that may name one)
def header_words(header: str) -> str:
    """ "Kinh phí (triệu đồng)" is asked for as "kinh phi"."""
    return " ".join(re.findall(r"[0-9a-z]+", fold(re.sub(r"\(.*?\)", "", header))))


def as_written(text: str, first: str, last: str) -> str:
    """The words of ``text`` from those that fold to ``first`` to those that fold to
    ``last``, as the user wrote them.

    >>> as_written("Nhiệm vụ nào dùng vốn đầu tư công?", "von", "cong")
    'vốn đầu tư công'
    """
    tokens = re.findall(r"\w+", text)
    folded = [fold(t) for t in tokens]

    def find(words: str, start: int = 0) -> tuple[int, int] | None:
        size = len(words.split())
        for i in range(start, len(tokens) - size + 1):
            if " ".join(folded[i : i + size]) == words:
                return i, i + size
        return None

    begin = find(first)
    end = find(last, begin[0]) if begin else None
    return " ".join(tokens[begin[0] : end[1]]) if begin and end else f"{first} … {last}"


def asks_header(plain: str, header: str) -> bool:
    """Whether the question asks a column by its header's words, in any order, with "nào"
    or "gì" among them: "trình cấp nào" and "cấp nào trình" ask "Cấp trình".

    >>> asks_header("ai chu tri va trinh cap nao", "Cấp trình")
    True
    >>> asks_header("nhiem vu nao co cap trinh la chinh phu", "Cấp trình")
    False
    >>> asks_header("nhiem vu nao ket qua la nghi dinh", "Kết quả")
    False
    >>> asks_header("han khi nao va ket qua dau ra la van ban gi", "Kết quả")
    True
    """
    words = header_words(header).split()
    tokens = plain.split()
    size = len(words) + 1
    # "kết quả đầu ra là văn bản gì": the header, then what kind of thing it is asked
    said = re.search(
        rf"\b{' '.join(words)} (?:dau ra |cuoi cung )?(?:se )?la (?:\w+ ){{0,2}}(?:gi|nao)\b", plain
    )
    # Not "nhiệm vụ nào kết quả là …": a "nào" before the header's words is the task's.
    return bool(said) or any(
        tokens[i] not in ("nao", "gi")
        and sorted(tokens[i : i + size]) in (sorted([*words, "nao"]), sorted([*words, "gi"]))
        for i in range(len(tokens) - size + 1)
    )


# Words of revising a paper: "sửa đổi", "thay thế", "revise", "amend".
REVISING = re.compile(
    r"\b(?:sua doi|dieu chinh|thay the|bai bo|ra soat|cap nhat|revis\w*|amend\w*|replac\w*"
    r"|updat\w*|review(?:ed|ing|s)?)\b"
)
