"""Ground-truth questions (cases) derived from the generated plans, in the format of the
shared grader. Vietnamese templates take {plan}, a phrase naming the plan; English ones {ref}.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from bench.genplans.deadlines import Deadline
from bench.genplans.model import Plan, Task
from bench.genplans.text import agency_variants, dedupe, unaccent
from bench.genplans.vocabulary import DEPARTMENTS, ROMAN

PLAN_PHRASES = (
    "kế hoạch {ref}",
    "Kế hoạch số {ref}",
    "{doc} {ref}",
    "{doc} số {ref}",
    "kế hoạch {ref} của tỉnh {P}",
    "văn bản số {ref}",
)
LEAD_VI = (
    "Ai chủ trì nhiệm vụ {id} {plan}?",
    "Cơ quan chủ trì nhiệm vụ {id} của {plan} là gì?",
    "Nhiệm vụ {id} trong {plan} do đơn vị nào chủ trì?",
    "Theo {plan}, đơn vị nào chủ trì nhiệm vụ {id}?",
    "Đơn vị chủ trì nhiệm vụ {id} {plan}",
)
LEAD_EN = (
    "Who leads task {id} in plan {ref}?",
    "Which agency is in charge of task {id} of plan {ref}?",
)
COORD_VI = (
    "Cơ quan phối hợp nhiệm vụ {id} theo {plan}?",
    "Đơn vị nào phối hợp thực hiện nhiệm vụ {id} của {plan}?",
    "Nhiệm vụ {id} trong {plan} có những cơ quan nào phối hợp?",
    "Ai phối hợp nhiệm vụ {id} {plan}?",
)
COORD_EN = (
    "Which agencies support task {id} in plan {ref}?",
    "Who coordinates on task {id} of plan {ref}?",
)
DEADLINE_VI = (
    "Thời hạn nhiệm vụ {id} {plan}?",
    "Nhiệm vụ {id} của {plan} có thời hạn khi nào?",
    "Khi nào phải hoàn thành nhiệm vụ {id} theo {plan}?",
    "Thời gian thực hiện nhiệm vụ {id} trong {plan}?",
    "thời hạn nhiệm vụ {id} của {plan}",
)
DEADLINE_EN = (
    "When is task {id} in plan {ref} due?",
    "What is the deadline of task {id} in plan {ref}?",
)
COLUMN_VI = {
    "product": (
        "Sản phẩm của nhiệm vụ {id} {plan} là gì?",
        "Nhiệm vụ {id} trong {plan} có sản phẩm gì?",
    ),
    "budget": (
        "Kinh phí nhiệm vụ {id} của {plan} là bao nhiêu?",
        "Nhiệm vụ {id} {plan} được bố trí kinh phí bao nhiêu?",
    ),
    "director": ("Cơ quan chỉ đạo nhiệm vụ {id} {plan}?", "Ai chỉ đạo nhiệm vụ {id} theo {plan}?"),
    "note": ("Ghi chú của nhiệm vụ {id} trong {plan}?", "Nhiệm vụ {id} của {plan} có ghi chú gì?"),
}
COLUMN_EN = {
    "product": ("What is the expected output of task {id} in plan {ref}?",),
    "budget": ("What is the budget of task {id} in plan {ref}?",),
    "director": ("Who directs task {id} in plan {ref}?",),
    "note": ("What does the note of task {id} in plan {ref} say?",),
}
DUE_VI = (
    "Nhiệm vụ nào của {plan} đến hạn {period}?",
    "Những nhiệm vụ nào trong {plan} phải hoàn thành trong {period}?",
    "Trong {plan}, nhiệm vụ nào có thời hạn {period}?",
)
DUE_EN = ("Which tasks in plan {ref} are due {period}?",)
RECURRING_VI = (
    "Nhiệm vụ nào của {plan} thực hiện {period}?",
    "Những nhiệm vụ nào trong {plan} làm {period}?",
)
RECURRING_EN = ("Which tasks in plan {ref} are done {period}?",)
LEADS_VI = (
    "{agency} chủ trì những nhiệm vụ nào trong {plan}?",
    "Trong {plan}, {agency} chủ trì nhiệm vụ gì?",
    "Nhiệm vụ nào của {plan} do {agency} chủ trì?",
)
LEADS_EN = ("Which tasks does {agency} lead in plan {ref}?",)
SUPPORTS_VI = (
    "{agency} phối hợp nhiệm vụ nào trong {plan}?",
    "Trong {plan}, {agency} tham gia phối hợp những nhiệm vụ nào?",
)
SUPPORTS_EN = ("Which tasks does {agency} support in plan {ref}?",)
COUNT_VI = (
    "{plan} có bao nhiêu nhiệm vụ?",
    "Có bao nhiêu nhiệm vụ trong {plan}?",
    "Tổng số nhiệm vụ của {plan} là bao nhiêu?",
)
COUNT_EN = ("How many tasks are in plan {ref}?",)
REPORT_VI = (
    "Theo {plan}, hằng năm phải báo cáo trước ngày nào?",
    "Hạn báo cáo định kỳ của {plan} là khi nào?",
)
REPORT_EN = ("By what date each year must plan {ref} be reported on?",)
SIGNER_VI = ("Ai ký {plan}?", "Người ký {plan} là ai?")
SIGNER_EN = ("Who signed plan {ref}?",)
BARE_VI = (
    "Ai chủ trì nhiệm vụ {id}?",
    "Thời hạn nhiệm vụ {id}?",
    "Cơ quan phối hợp nhiệm vụ {id}?",
    "Nhiệm vụ {id} là gì?",
)
BARE_EN = ("Who leads task {id}?", "When is task {id} due?")
OUT_OF_SCOPE = (
    "Thời tiết {P} hôm nay thế nào?",
    "Kết quả bóng đá đêm qua ra sao?",
    "Giá vàng hôm nay ở {P} bao nhiêu?",
    "Ai vô địch World Cup 2022?",
    "Cách nấu phở bò ngon?",
    "What's the weather in {P} tomorrow?",
    "Tỷ giá đô la hôm nay?",
    "Đội nào đứng đầu bảng Ngoại hạng Anh?",
)
QUERYABLE_DEADLINES = {"quarter", "month", "year", "half", "annual", "ongoing"}


@dataclass
class CaseContext:
    rng: random.Random
    plans: list[Plan]
    plans_by_id: dict[str, list[Plan]]

    def word(
        self,
        plan: Plan | None,
        vi: tuple[str, ...],
        en: tuple[str, ...] = (),
        en_slots: dict[str, str] | None = None,
        **slots: str,
    ) -> str:
        """A question from the templates: Vietnamese, Vietnamese without marks, or English.

        ``en_slots`` override ``slots`` in English (a period reads "Q2/2026", not "quý 2").
        """
        rng = self.rng
        ref = plan.ref if plan else ""
        r = rng.random()
        if en and r < 0.15:
            return rng.choice(en).format(ref=ref, **{**slots, **(en_slots or {})})
        phrase = plan_phrase(rng, plan) if plan else ""
        q = rng.choice(vi).format(plan=phrase, **slots)
        q = q[0].upper() + q[1:]
        if r < 0.40:  # people type without diacritics, and often without the question mark
            q = unaccent(q)
            q = q[0].lower() + q[1:]
            q = q.rstrip("?") if rng.random() < 0.5 else q
        return q


def plan_phrase(rng: random.Random, plan: Plan) -> str:
    doc = "Quyết định" if plan.kind == "QĐ" else "Kế hoạch"
    return rng.choice(PLAN_PHRASES).format(ref=plan.ref, doc=doc, P=plan.province)


def about(plan: Plan, q: str, tag: str, **checks) -> dict:
    return {"q": q, "tag": tag, "plan": plan.ref, "file": plan.filename, **checks}


def lookup(plan: Plan, task: Task, q: str, tag: str, answers: list[str]) -> dict:
    return about(plan, q, tag, tasks=[task.id], text_any=[dedupe(answers)], found=True)


def task_set(plan: Plan, must: list[Task], may: list[Task]) -> dict:
    """An exact set when nothing is debatable, else what must and what may be listed."""
    if not may:
        return {"tasks": [t.id for t in must]}
    return {"tasks_must": [t.id for t in must], "tasks_may": [t.id for t in may]}


def case_lead(ctx: CaseContext) -> dict:
    plan = ctx.rng.choice(ctx.plans)
    task = ctx.rng.choice(plan.tasks)
    q = ctx.word(plan, LEAD_VI, LEAD_EN, id=task.id)
    return lookup(plan, task, q, "lead", agency_variants(task.lead.text))


def case_coord(ctx: CaseContext) -> dict:
    plan = ctx.rng.choice(ctx.plans)
    task = ctx.rng.choice(plan.tasks)
    q = ctx.word(plan, COORD_VI, COORD_EN, id=task.id)
    return lookup(plan, task, q, "coord", agency_variants(task.coord.text))


def case_deadline(ctx: CaseContext) -> dict:
    plan = ctx.rng.choice(ctx.plans)
    task = ctx.rng.choice(plan.tasks)
    q = ctx.word(plan, DEADLINE_VI, DEADLINE_EN, id=task.id)
    return lookup(plan, task, q, "deadline", list(task.deadline.answers))


def case_column(ctx: CaseContext) -> dict | None:
    plan = ctx.rng.choice(ctx.plans)
    keys = [c.key for c in plan.columns if c.key in COLUMN_VI]
    if not keys:
        return None
    key = ctx.rng.choice(keys)
    task = ctx.rng.choice([t for t in plan.tasks if t.cell_lines(key)])
    value = task.cell_lines(key)[0]
    answers = {
        "director": agency_variants(value),
        "budget": [value, value.replace(".", "")],  # 1.200 may come back as 1200
    }.get(key, [value])
    q = ctx.word(plan, COLUMN_VI[key], COLUMN_EN[key], id=task.id)
    return lookup(plan, task, q, "column", answers)


def due_sets(plan: Plan, asked: Deadline) -> tuple[list[Task], list[Task]]:
    """Tasks that must and may be listed when asked what is due as ``asked`` says.

    A recurring question wants exactly the tasks of that recurrence (Hàng năm = Hằng năm).
    A dated one wants the tasks whose deadline window lies inside the asked window; those
    whose window only overlaps it may be listed, and so may recurring tasks when a whole
    year is asked about.
    """
    if asked.recurring:
        same = [t for t in plan.tasks if t.deadline.kind == asked.kind]
        return same, []
    must, may = [], []
    for t in plan.tasks:
        dl = t.deadline
        if dl.recurring:
            if asked.kind == "year":
                may.append(t)
        elif asked.start <= dl.start and dl.end <= asked.end:
            must.append(t)
        elif dl.start <= asked.end and asked.start <= dl.end:
            may.append(t)
    return must, may


def case_due(ctx: CaseContext) -> dict | None:
    plan = ctx.rng.choice(ctx.plans)
    tasks = [t for t in plan.tasks if t.deadline.kind in QUERYABLE_DEADLINES]
    if not tasks:
        return None
    asked = ctx.rng.choice(tasks).deadline
    vi, en = (RECURRING_VI, RECURRING_EN) if asked.recurring else (DUE_VI, DUE_EN)
    period = ctx.rng.choice(asked.asks)
    if asked.asks_en:
        q = ctx.word(plan, vi, en, {"period": ctx.rng.choice(asked.asks_en)}, period=period)
    else:
        q = ctx.word(plan, vi, period=period)
    return about(plan, q, "due", **task_set(plan, *due_sets(plan, asked)), found=True)


def named_agencies(plan: Plan) -> set[str]:
    return set(DEPARTMENTS) | set(plan.media)


def case_agency(ctx: CaseContext) -> dict | None:
    plan = ctx.rng.choice(ctx.plans)
    named = named_agencies(plan)
    if ctx.rng.random() < 0.7:
        leaders = sorted(set().union(*(t.lead.leaders for t in plan.tasks)) & named)
        if not leaders:
            return None
        agency = ctx.rng.choice(leaders)
        must = [t for t in plan.tasks if agency in t.lead.leaders]
        may = [t for t in plan.tasks if agency in t.lead.maybe_leaders]
        q = ctx.word(plan, LEADS_VI, LEADS_EN, agency=agency)
    else:
        partners = sorted(set().union(*(t.coord.agencies for t in plan.tasks)) & named)
        if not partners:
            return None
        agency = ctx.rng.choice(partners)
        must, may = [t for t in plan.tasks if agency in t.coord.agencies], []
        q = ctx.word(plan, SUPPORTS_VI, SUPPORTS_EN, agency=agency)
    return about(plan, q, "agency", **task_set(plan, must, may), found=True)


def case_count(ctx: CaseContext) -> dict:
    plan = ctx.rng.choice(ctx.plans)
    q = ctx.word(plan, COUNT_VI, COUNT_EN)
    return about(plan, q, "count", text_has=[str(len(plan.tasks))], found=True)


def case_unknown_id(ctx: CaseContext) -> dict:
    plan = ctx.rng.choice(ctx.plans)
    g = ctx.rng.randrange(len(plan.groups))
    if ctx.rng.random() < 0.5:  # a group the plan does not have, or a row past a group's end
        missing = f"{ROMAN[len(plan.groups) + ctx.rng.randrange(2)]}.{ctx.rng.randint(1, 3)}"
    else:
        missing = f"{ROMAN[g]}.{len(plan.groups[g].tasks) + ctx.rng.randint(1, 2)}"
    vi, en = ctx.rng.choice(((LEAD_VI, LEAD_EN), (DEADLINE_VI, DEADLINE_EN), (COORD_VI, ())))
    q = ctx.word(plan, vi, en, id=missing)
    return about(plan, q, "none", found=False, tasks=[])


def case_out_of_scope(ctx: CaseContext) -> dict:
    rng = ctx.rng
    if rng.random() < 0.3:
        letters = "abcdeghiklmnopqrstuvxy"
        q = " ".join(
            "".join(rng.choice(letters) for _ in range(rng.randint(3, 8)))
            for _ in range(rng.randint(2, 4))
        )
    else:
        q = rng.choice(OUT_OF_SCOPE).format(P=rng.choice(ctx.plans).province)
    return {"q": q, "tag": "none", "found": False, "tasks": []}


def case_ambiguous(ctx: CaseContext) -> dict | None:
    shared = [i for i, plans in ctx.plans_by_id.items() if len(plans) > 1]
    if not shared:
        return None
    task_id = ctx.rng.choice(sorted(shared))
    plans = ctx.plans_by_id[task_id]
    q = ctx.word(None, BARE_VI, BARE_EN, id=task_id)
    # No "found": answering for one plan and asking which plan are both defensible.
    return {
        "q": q,
        "tag": "ambiguous",
        "status": "ambiguous",
        "n_plans": len(plans),
        "candidates": [p.ref for p in plans[:5]],
    }


def case_report(ctx: CaseContext) -> dict:
    plan = ctx.rng.choice(ctx.plans)
    d, m = plan.report
    q = ctx.word(plan, REPORT_VI, REPORT_EN)
    answers = [f"{d}/{m}", f"{d:02d}/{m:02d}", f"{d} tháng {m}"]
    return about(plan, q, "section", text_any=[dedupe(answers)], found=True)


def case_signer(ctx: CaseContext) -> dict | None:
    plan = ctx.rng.choice(ctx.plans)
    if plan.signer is None:
        return None
    q = ctx.word(plan, SIGNER_VI, SIGNER_EN)
    return about(plan, q, "meta", text_has=[plan.signer.name], found=True)


# How many of every 300 cases each maker writes.
CASE_MIX = (
    (case_lead, 50),
    (case_coord, 35),
    (case_deadline, 45),
    (case_column, 35),
    (case_due, 30),
    (case_agency, 30),
    (case_count, 15),
    (case_unknown_id, 15),
    (case_out_of_scope, 10),
    (case_ambiguous, 25),
    (case_report, 5),
    (case_signer, 5),
)


def build_cases(plans: list[Plan], *, seed: int = 7, total: int = 300) -> list[dict]:
    """About ``total`` ground-truth cases over ``plans``, each question asked once."""
    plans_by_id: dict[str, list[Plan]] = defaultdict(list)
    for plan in plans:
        for task in plan.tasks:
            plans_by_id[task.id].append(plan)
    ctx = CaseContext(random.Random(f"genplans-cases-{seed}-{len(plans)}"), plans, plans_by_id)
    cases, seen = [], set()
    for maker, per_300 in CASE_MIX:
        want = round(total * per_300 / 300)
        made = 0
        # A single small plan cannot yield many distinct questions of a kind: give up then.
        for _ in range(want * 30):
            if made == want:
                break
            case = maker(ctx)
            if case is None or case["q"] in seen:
                continue
            seen.add(case["q"])
            cases.append(case)
            made += 1
    width = len(str(len(cases)))
    return [{"id": f"n{len(plans)}-{k:0{width}d}", **c} for k, c in enumerate(cases, start=1)]
