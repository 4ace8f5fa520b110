"""Tasks and sections by the words of a question."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import render
from .. import topics as ranking
from ..answer import Answer, Intent, Status
from ..english import ALTERNATES, capitals
from ..field_cues import WORKS_OF_ONE
from ..fields import AGENCY_ROLES, TASK_COLUMNS, Role
from ..normalize import fold
from ..store import Hit, Task
from ..words import STOPWORDS
from .common import (
    SEVERAL,
    TOPIC_NOISE,
    WHICH_TASKS,
    WHO_OR_WHERE,
    YES_NO,
    cells_text,
    without_items_of_others,
    words_of,
)
from .described import DESCRIBED
from .english_words import (
    vietnamese_share,
)
from .funding import PLANS_FUNDING, SAID_AMONG, FundingMixin
from .topic_groups import A_PART, TopicGroupsMixin, opening_word
from .topic_lists import ANYTHING_ABOUT, TopicListsMixin
from .unstated import PERCENT, SUM

# "Which task is about …?", "… là nhiệm vụ số mấy?": the one task the words describe best.
_ONE_TASK = re.compile(
    r"\b(?:which|what) (?:task|one) (?:is|deals|covers|handles)\b"
    r"|\bla (?:nhiem vu|nv|viec) (?:nao|so may|so bao nhieu)\b|\b(?:nhiem vu|nv|viec) nao la\b"
    # "Đề án có việc tổ chức Diễn đàn … không?": one task, told by its own words (not "có
    # việc gì về …", "có nhiệm vụ nào liên quan …", which ask for all there are)
    r"|\bco (?:viec|nhiem vu|nv) (?!(?:nao|gi|ve|lien quan|nhung|cac|khac)\b)\w+ \w+ \w+"
    # "Nhiệm vụ nâng cao hiệu quả … bao gồm những việc gì?": the works of one task described
    rf"|^\W*(?:nhiem vu|nv|viec)\b.* {WORKS_OF_ONE}\b"
)


# A figure quoted: "50%", "200 %", "3 tỷ", "2 triệu".
_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?: ?%| (?:ty|trieu)\b)")
_FEW = 3  # tasks whose asked columns are shown one by one, not as a list
_TELLING_WORDS = 3  # words a task must share with a passage to answer in its stead
_BARE_SHARE = 0.8  # of the best passage's cover, what a task covers to answer a bare topic
# A question asked in words, not a topic named bare: "những hình thức nào", "bao nhiêu".
_ASKING = re.compile(
    r"\b(?:nao|gi|bao nhieu|may|sao|khong|ko|what|which|how|who|where|when|why|is|are|does)\b"
)
# Whom the work serves and how, which every kind of task names early: no subject of one.
_SERVED = frozenset("doanh_nghiep nguoi_dan to_chuc ca_nhan nha_dau_tu hop_tac_xa ho_tro".split())
# A count of something other than tasks: "chọn bao nhiêu doanh nghiệp", "how many businesses".
_COUNTS_OTHER = re.compile(
    r"\b(?:may|bao nhieu|how many) (?!(?:nhiem vu|nv|viec|cong viec|hoat dong|tasks?|items?"
    r"|muc|noi dung|nhom|groups?|ke hoach|plans?|lan)\b)[a-z]+"
)
# A day, month, quarter or year a passage gives.
_DATED = re.compile(r"\d{1,2}\s*/\s*\d{1,2}|\b(?:ngay|thang|quy) (?:\d|[ivx]+\b)|\b(?:19|20)\d\d\b")
_NO_DATE_SET = {
    "vi": "Kế hoạch không nêu ngày hay thời hạn cụ thể cho việc này.",
    "en": "The plan sets no specific date or deadline for this.",
}


_KIN_WORDS = 3  # words a task shares with the one in hand to be its kin


# "anything to attract people like me?": the sentences that say who asks are the topic
_LIKE_US = re.compile(r"\b(?:like|such as) (?:me|us|ours|mine|myself|ourselves)\b")
# "mức kinh phí cụ thể cho việc …", "how much": a sum asked, which the funding passage answers
_LEVEL_ASKED = re.compile(r"\bmuc (?:kinh phi|von|ngan sach|chi|ho tro)\b|\bcu the\b|\bbao nhieu\b")
_SAYS_ALL, _HALF = 0.9, 0.5  # a passage with nearly all the words, tasks with half as many
_CODED_COVERAGE = 0.45  # of the question's words, what a hit naming its code must cover
# The columns of a task in the order a card shows them.
_SHOWN_ORDER = {r: i for i, r in enumerate(Role)}


class TopicsMixin(FundingMixin, TopicGroupsMixin, TopicListsMixin):
    def _codes(self) -> set[str]:
        """Codes in capitals the plans write ("DRG", "IAEA"), not in an agency's name
        ("UBND tỉnh") nor a paper's number."""
        folded = self.q.folded
        named = {w for a, b in self.engine.matcher.name_spans(folded) for w in folded[a:b].split()}
        return {
            w
            for w in capitals(self.q.text)
            if len(w) >= 3
            and self.kb.known(w)
            and w not in STOPWORDS | named
            and not re.search(rf"{w}\W*\d|\d\W*{w}", folded)
        }

    def _figure_cells(self, tasks: list[Task]) -> list[str]:
        """The tasks' cells that write a sum or a percentage, each with its task's id."""
        return [
            f"{t.ref} — {a.name}: {a.value}"
            for t in tasks
            for a in t.attrs
            if SUM.search(fold(a.value)) or PERCENT.search(a.value)
        ]

    def _quoting_figures(self, scored: list[tuple[float, Hit]]) -> list[tuple[float, Hit]]:
        """Of the hits, the tasks whose text or cells write every figure the question quotes
        ("50%", "3 tỷ"); none if it quotes none or none writes them all."""
        figures = {" ".join(f.split()) for f in _FIGURE.findall(self.q.folded)}
        if not figures or not scored:
            return []
        tasks = self.kb.tasks_by_ids([h.id for _, h in scored if h.kind == "task"])
        writes = {t.id for t in tasks if all(f in fold(cells_text(t)) for f in figures)}
        return [(s, h) for s, h in scored if h.id in writes and h.kind == "task"]

    def _kin_of_the_one_in_hand(self, scored: list[tuple[float, Hit]]) -> list[tuple[float, Hit]]:
        """ "còn cái cho nhân lực nghiên cứu thì sao?" after the framework for managers: of
        the tasks the new words fit alike, the one most like the task in hand (another
        framework), which the question names by what differs."""
        if not (self.q.has("still") and len(self.context.tasks) == 1 and len(scored) > 1):
            return scored
        in_hand = self.tasks_of(self.context.tasks)
        if not in_hand:
            return scored
        own = set(self.engine.lexicon.segment(words_of(in_hand[0].content)))
        tied = [sh for sh in scored if sh[0] >= scored[0][0] - ranking.TIE]
        shared = [len(own & sh[1].words) for sh in tied]
        most = max(shared)
        kin = [sh for sh, n in zip(tied, shared, strict=True) if n == most]
        return kin if len(kin) == 1 and most >= _KIN_WORDS else scored

    def _own_syllables(self) -> str:
        """The question's syllables without its cue words ("nv", "ai", "chỉ đạo"): what it
        says of the task."""
        text = self.q.plain
        for pattern in TOPIC_NOISE:
            text = pattern.sub(" ", text)
        return text

    def topic(self) -> Answer | None:
        """The tasks or the body section that best match the question's words (see
        :meth:`_topic_found`), and a document listed for review that a kind of paper named
        with those words is (see ``with_listed_papers``)."""
        return self.with_listed_papers(self._topic_found())

    def _topic_found(self) -> Answer | None:
        """The tasks or the body section that best match the question's words. When they
        find nothing, they are read again without what may only be around the topic: in
        English, the sentences before the question that say who asks ("We sell packaged
        food. Anything about quality along the supply chain?"); then the agencies named,
        which may be whom a task serves or reports to, not what it is about ("Doanh nghiệp
        gửi góp ý về chính sách cho UBND tỉnh bằng cách nào?")."""
        found = self._topic()
        turn = self
        if found is not None and self.about_us and not _LIKE_US.search(self.q.folded):
            # The question's own words, when they are met as well without the asker's
            # ("Hi, I run a small food factory in Binh Duong. Who … barcodes …?"; "Our
            # company works with local hospitals. What happens to the district-level health
            # centres …?": the passage that holds both, quoted by the question's sentences)
            own = self.reread("asker_left_out")
            better = own._topic()
            if better is not None and better.found and own.topic_best >= self.topic_best:
                return better
        for left_out in ("asker_left_out", "names_left_out"):
            # Asking which plan is an answer too: the words found something in several.
            if found is not None and found.status is not Status.NOT_FOUND:
                break
            if left_out == "asker_left_out" and not self.about_us:
                continue
            if left_out == "names_left_out" and not self.engine.matcher.name_spans(
                turn._topic_text
            ):
                continue
            turn = turn.reread(left_out)
            found = turn._topic() or found
        if found is None or found.status is Status.NOT_FOUND:
            # "nv nào liên quan báo chí, truyền hình": words only agencies' names write
            return self.named_in_agency_cells() or found
        return found

    def _topic(self) -> Answer | None:
        words = self.topic_words
        if (part := A_PART.search(self.q.folded)) and part[1] == "phan" and len(words) > 1:
            # "Phần sắp xếp lại các cơ sở giáo dục do bộ nào chủ trì?": "the part" says
            # nothing of which (while "mức hỗ trợ …" is a level, not a "mục")
            words = [w for w in words if w != "phan"]
        if not words:
            return None
        kb = self.kb
        options = dict(
            scope=self.scope,
            phrase=" ".join(self._topic_text.split()),
            asks_when=Role.DEADLINE in self.q.fields,
            unknown_share=self._english_weight if self.lang == "en" else vietnamese_share,
            by_parts=self.lang == "en",
            alternates=ALTERNATES if self.lang == "en" else None,
        )
        scored = ranking.rank(kb, words, **options)
        either = self.either(words, scored, options)
        scored = either or scored
        # (asked of either, the task each part means is asked of: several)
        several = bool(either) or bool(SEVERAL.search(self.q.folded))
        top_plan = scored[0][1].plan_id if scored else None
        self.topic_best = scored[0][0] if scored else 0.0
        # "Kinh phí thực hiện các nhiệm vụ được quy định thế nào?" of a plan whose table has
        # no budget column: its body says.
        # A column of a task asked of words that describe one ("Tăng cường đầu tư ngân sách
        # … cơ quan nào chủ trì?") is the task's.
        task_best = max((s for s, h in scored if h.kind == "task"), default=0.0)
        described = task_best >= DESCRIBED
        # Not "Bộ nào soạn nghị định về quản lý ngân sách?", which asks who does a task; nor
        # "Is there priority funding for anti-flooding projects …?", which a task says
        # better than any passage.
        section_best = max((s for s, h in scored if h.kind == "section"), default=0.0)
        body_says = (
            Role.BUDGET in self.q.fields
            and Role.BUDGET not in kb.columns(top_plan or 0)
            and (
                bool(PLANS_FUNDING.search(self.q.folded))
                or not (
                    described
                    or self.q.has("asks_who")
                    or (task_best > section_best and not _LEVEL_ASKED.search(self.q.folded))
                )
            )
        )
        if body_says:
            scored = [sh for sh in scored if sh[1].kind == "section"] or scored
        # "Việc chọn ra 5 doanh nghiệp … có sản phẩm là gì?": a column of one task is asked,
        # whatever group title its words also fit. Not an agency's role no one is asked for:
        # "Will the province cooperate with other provinces …?" asks what it will do.
        asked = [
            f
            for f in self.q.fields
            if f is not Role.CONTENT and (f not in AGENCY_ROLES or self.q.has("asks_who"))
        ]
        # "chọn bao nhiêu doanh nghiệp?" counts what a task's text states, not tasks.
        counting = self.q.has("count") and not _COUNTS_OTHER.search(self.q.folded)
        one_task = bool(asked) and not (several or counting)
        group = (
            self._group_named(words, scored)
            if one_task
            else self._group_about(words, scored) or self._group_shared(words, scored)
        )
        if group:
            # A task under a group titled "Hiện đại hóa hạ tầng" is about hạ tầng.
            self.q.group, self.group_of_topic = group, True
            return self.filtered()
        if not scored:
            return None
        best, top = scored[0]
        # "… theo nhóm chẩn đoán liên quan (DRG)": a code in capitals the plans write names
        # the tasks that write it, however little of the rest they share.
        codes = self._codes()
        coded = [(s, h) for s, h in scored if h.kind == "task" and codes & h.words]
        floor = ranking.MIN_COVERAGE
        if best < floor and self.lang == "en" and (lead := ranking.clear_lead(scored)):
            scored, floor = lead, lead[-1][0]
        elif best < floor:
            # ("the IAEA": the passages that name it, when no task does); not when the rest
            # of the question is about something else ("ds học viên được cử đi IAEA")
            scored = coded or [(s, h) for s, h in scored if codes & h.words]
            scored = [(s, h) for s, h in scored if s >= _CODED_COVERAGE]
            if not scored:
                return None
            best, top = scored[0]
        # Several plans answer about as well, and none was named: ask which.
        near = sorted({h.plan_id for s, h in scored if s >= best - ranking.TIE})
        if self.scope is None and len(near) > 1:
            return self._ambiguous(Intent.TOPIC, f"«{self.q.text}»", [self.plan(p) for p in near])
        # "Hoàn thiện tiêu chuẩn … do bộ nào chủ trì?" asks a task's lead: the tasks are
        # weighed against the best task, however closely a passage of the body says it.
        # So too what a task yields ("… thì kết quả là gì?"), a cell only tasks have.
        of_tasks = any(f in (*AGENCY_ROLES, Role.DEADLINE, Role.PRODUCT) for f in self.q.fields)
        tasks_best = max((s for s, h in scored if h.kind == "task"), default=0.0)
        task_scores = [
            (s, h)
            for s, h in scored
            if h.kind == "task" and s >= max(floor, (tasks_best if of_tasks else best) * 0.8)
        ]
        # A column the plans lack ("sản phẩm" of a plan with no product column) is a word
        # of the topic; one they have is asked of the tasks the words describe.
        columns = set(TASK_COLUMNS) | {c for s, h in task_scores[:1] for c in kb.columns(h.plan_id)}
        asked = [f for f in self.q.fields if f is not Role.CONTENT and f in columns]
        asks_columns = bool(asked or self.named_headers)
        # ("Who checks that goods are safe?": the task that does it)
        one = asks_columns or bool(_ONE_TASK.search(self.q.folded)) or self.q.has("asks_who")
        if one and task_scores and not (counting or several):
            # "Ai chủ trì việc thanh tra hàng hóa?": the task its words describe best, not
            # every task that shares some of them; several only when they tie.
            # (The words' subject first: a training whose long list of subjects ends with
            # them gives way, however close together it writes them.)
            # (A long task that meets the words only in the tail of its list gives way to
            # one nearly as good whose subject they are: "barcodes and traceability" of a
            # training whose subjects end with them.)
            task_scores = ranking.most_focused(
                task_scores, [w for w in words if w not in _SERVED] or words
            )
            task_scores = ranking.most_syllables(
                ranking.closest(
                    ranking.most_focused(
                        [(s, h) for s, h in task_scores if s >= task_scores[0][0] - ranking.TIE],
                        words,
                    ),
                    words,
                ),
                self._own_syllables() if self.lang == "vi" else "",
            )
            if len(task_scores) > 1 and self.lang == "vi":  # (English words come in its order)
                task_scores = ranking.most_in_order(task_scores, words)
            if len(task_scores) > 1 and self.q.has("asks_who"):
                # "Who checks that goods are safe?": the task that does the doing asked (its
                # first word), not one whose rules are about it
                task_scores = ranking.most_before_about(task_scores, words[:1])
            # Still tied: the one that opens as the question's words do. People name a task
            # by its opening verb ("tăng cường thanh tra …", not "rà soát quy định về …").
            opening = [
                sh
                for sh in task_scores
                if words[0] in sh[1].text.split()[:2] or words[0] == opening_word(sh[1].text)
            ]
            task_scores = opening if len(opening) == 1 else task_scores
        elif ANYTHING_ABOUT.search(self.q.folded):
            # "Does the plan do anything about barcodes?": the tasks about them, not a
            # training whose long list of subjects ends with them
            task_scores = ranking.most_focused(task_scores, words)
        # the others only share the code's neighbours; or of the figure the question quotes
        # ("hỗ trợ 50% chi phí …"), where one of them writes it
        task_scores = coded or self._quoting_figures(task_scores) or task_scores
        task_scores = self._kin_of_the_one_in_hand(task_scores)
        tasks_hits = [h for _, h in task_scores]
        if several and not (asks_columns or body_says):
            # "Những nhiệm vụ nào về tuyên truyền, phổ biến?": about either.
            tasks_hits = self.about_each(tasks_hits)
        elif WHICH_TASKS.search(self.q.folded) and not (one or body_says):
            # "nv nào về đào tạo bồi dưỡng": which ones, each whose subject is one of them
            opening = self.opening_with_a_word(tasks_hits)
            tasks_hits = list({h.id: h for h in [*tasks_hits, *opening]}.values())
        # "Có mấy hình thức đào tạo?" counts what a section lists, when a section says it
        # best; "về đào tạo có mấy việc?" counts tasks.
        about_tasks = self.q.has("task_word") or asks_columns or (counting and top.kind == "task")
        # A task that says it as fully as the best passage answers: a topic is answered with
        # tasks, a passage only beside them (as "Các nhiệm vụ liên quan" cite it). Not when
        # a column the tasks lack is asked ("kinh phí lấy ở đâu" of a plan with no budget
        # column): the body says that; nor of two words or one, which say too little to
        # tell ("những hình thức đào tạo nào": the passage that lists them).
        lacking = [f for f in self.q.fields if f is not Role.CONTENT and f not in columns]
        # A topic named bare ("kho dự trữ qg") is a task's, a passage only said beside it,
        # when a task says most of what the passage does.
        bare = not (self.q.fields or self.q.meta or _ASKING.search(self.q.folded))
        enough = best * _BARE_SHARE if bare else best - ranking.TIE
        ties = (
            bool(tasks_hits)
            and tasks_best >= enough
            and not lacking
            and len(words) >= _TELLING_WORDS
        )
        about_tasks = about_tasks or ties
        if top.kind == "section" and (self.q.has("amount") or self.q.has("share")):
            # "… dự kiến hỗ trợ ở mức nào?": the passage says what, the row of a task the
            # sum it sets out ("50% chi phí, tối đa 2 tỷ đồng")
            figured = {
                t.id
                for t in self.kb.tasks_by_ids(h.id for h in tasks_hits)
                if self._figure_cells([t])
            }
            tasks_hits = [h for h in tasks_hits if h.id in figured] or tasks_hits
            about_tasks = about_tasks or bool(figured)
        if top.kind == "section" and asks_columns and not tasks_hits:
            tasks_hits = self.tasks_carrying_out(top, scored)
        # "Cơ quan nào chịu trách nhiệm theo dõi, đôn đốc … báo cáo Chính phủ …?": a passage
        # that says all of it outweighs tasks that say half, whoever is asked for. (Not when
        # is asked: a deadline is a task's, however fully the body restates it.)
        body_says_all = (
            top.kind == "section"
            and best >= _SAYS_ALL
            and tasks_best < best * _HALF
            and not (self.q.has("task_word") or Role.DEADLINE in self.q.fields)
        )
        if top.kind == "section" and not (about_tasks and tasks_hits and not body_says_all):
            near = [h.id for s, h in scored[:SAID_AMONG] if h.kind == "section" and s >= best * 0.8]
            found = dict(kb.section_ids(near))
            if sources := self.funding_sources(scored):
                return sources
            section = self.best_said([found[i] for i in near if i in found])
            if self.scattered(section):
                return None
            answer = self.section_answer(section.plan_id, section, focus=True)
            if Role.DEADLINE in self.q.fields and not _DATED.search(fold(answer.text)):
                # "… gửi về đâu, hạn nộp ngày nào?": the passage says where, and no day
                note = _NO_DATE_SET["en" if self.lang == "en" else "vi"]
                answer = replace(answer, items=(*answer.items, note))
                asks_more = any(f in AGENCY_ROLES for f in self.q.fields)
                if not (asks_more or WHO_OR_WHERE.search(self.q.folded)):
                    # the day alone was asked, which the plan does not set
                    answer = replace(answer, status=Status.NOT_FOUND)
            return answer
        # "Về đào tạo có mấy việc?": every task on the topic, counted.
        # Shown in the plan's order, so "the first one" is the first as the plan has it.
        chosen = {h.id for h in tasks_hits[: 25 if counting else 5]}
        tasks = [t for t in kb.tasks(ids=sorted(chosen)) if t.id in chosen]
        tasks = without_items_of_others(tasks)  # (a task and one of its items met alike)
        if len(tasks) == 1 and (item := self.item_meant(tasks[0])):
            tasks = [item]  # "… standards for communications infrastructure": that item
        elif asks_columns and not counting and len(tasks) <= _FEW:
            # "… reorganising health facilities, and which ministry leads it?": of tasks that
            # fit alike, the one item the words pick out of its task's list of subjects
            meant = [item for t in tasks if (item := self.item_meant(t))]
            tasks = meant if len(meant) == 1 else tasks
        plans = sorted({t.plan_id for t in tasks})
        if len(plans) > 1:
            return self._ambiguous(
                Intent.TOPIC,
                f"«{self.q.text}»",
                [self.plan(p) for p in plans],
            )
        if asks_columns and len(tasks) <= _FEW and not counting:
            # "Ai chủ trì việc truy xuất nguồn gốc?": the asked columns of those tasks; and
            # the task whole when how or what for is asked too ("… theo cách nào?")
            content = [Role.CONTENT] if Role.CONTENT in self.q.fields else []
            self.q.fields = [*asked, *content] if asked else self.q.fields
            asks_if = any(YES_NO.search(part) for part in re.split(r"[.?!,;]", self.q.folded))
            if asks_if:
                # "Does the plan say anything about …, and who is in charge?", "Is the
                # government going to issue …, and when?": yes, this task, who leads it and
                # when it is due.
                more = [r for r in (Role.LEAD, Role.DEADLINE) if r not in self.q.fields]
                self.q.fields = sorted([*self.q.fields, *more], key=_SHOWN_ORDER.get)
            answer = self.task_fields(tasks, self._field_intent())
            # "…, and how much could we get?": the cells that state it, too
            sums = self._figure_cells(tasks) if self.q.has("amount") or self.q.has("share") else []
            return replace(answer, items=(*answer.items, *sums)) if sums else answer
        plan = self.plan(tasks[0].plan_id)
        headers = kb.columns(plan.id)
        en = self.lang == "en"
        if counting:
            title = (
                f"{render.count(len(tasks), 'task')} about this in {plan.number}:"
                if en
                else f"Có {len(tasks)} nhiệm vụ liên quan trong {plan.name}:"
            )
        else:
            title = (
                f"Tasks about this in {plan.number}:"
                if en
                else f"Các nhiệm vụ liên quan trong {plan.name}:"
            )
            if YES_NO.search(self.q.folded):  # "Có nhiệm vụ nào về … không?": yes, these
                title = f"{'Yes' if en else 'Có'}. {title}"
        # One or two tasks are shown whole: the words asked about may come late in them.
        limit = render.text_limit(len(tasks))
        items = [
            render.task_line(
                t,
                None,
                headers,
                self.today,
                self.lang,
                self.roles_writing_the_words(t),
                limit=limit,
            )
            for t in tasks
        ]
        if len(tasks) == 1:
            # "… được chia cho những bộ nào, phần nào?": a task of items, each with its lead
            items += self.items_lines(tasks[0], headers)
        if self.q.has("amount") or self.q.has("share") or len(tasks) <= 2:
            # "hỗ trợ tối đa bao nhiêu tiền?": the cells that write a sum or a percentage;
            # of a task shown whole, what it sets out to give ("200% chi phí, tối đa 3 tỷ")
            items += self._figure_cells(tasks)
        return self._answer(
            Status.FOUND,
            Intent.COUNT if counting else Intent.TOPIC,
            title,
            items,
            self._source(tasks),
            tasks,
        )
