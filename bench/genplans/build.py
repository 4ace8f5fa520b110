"""Building plans: each recombines the seed with the vocabulary, drawn from a random
generator seeded by ``(seed, i)`` alone.
"""

from __future__ import annotations

import random
from datetime import date

from bench.genplans.deadlines import make_deadline
from bench.genplans.model import Column, Coord, Group, Lead, Plan, Quirks, Signer, Task
from bench.genplans.seed import SEED_GROUPS, SeedTask
from bench.genplans.vocabulary import (
    ANNUAL_WORDS,
    COLLECTIVE_COORDS,
    COLLECTIVE_LEADS,
    COORD_TAILS,
    DEPARTMENTS,
    DIRECTORS,
    GIVEN_NAMES,
    KHCN,
    LEAD_PARTNERS,
    MEDIA_STYLES,
    MIDDLE_NAMES,
    NOTES,
    OTHER_PARTNERS,
    PRODUCTS,
    PROVINCES,
    PURPOSES,
    REQUIREMENTS,
    SUB_UNITS,
    SURNAMES,
    TASK_HEADINGS,
    TITLES,
)

SKIP_NUMBERS = {87, 1169}  # the sample plans' numbers stay unique when indexed together
FIRST_ISSUE = date(2025, 3, 1)


def build_plans(n: int, *, seed: int = 7, docx_share: float = 0.1) -> list[Plan]:
    return [make_plan(i, seed, docx_share) for i in range(n)]


def is_docx(i: int, share: float) -> bool:
    # Exactly share*N of the first N plans, spread evenly and stable when N grows.
    return int((i + 1) * share + 1e-9) > int(i * share + 1e-9)


def plan_number(i: int, rng: random.Random) -> int:
    # Each plan draws from its own window of 13 numbers, so numbers never collide.
    number = 20 + 13 * i + rng.randrange(12)
    return number + 1 if number in SKIP_NUMBERS else number


def make_plan(i: int, seed: int, docx_share: float) -> Plan:
    rng = random.Random(f"genplans-{seed}-{i}")
    province = rng.choice(PROVINCES)
    # After the laws and directive the body cites (early 2025), before the end of 2026.
    issued = date.fromordinal(FIRST_ISSUE.toordinal() + rng.randrange(665))
    fmt = "docx" if is_docx(i, docx_share) else "txt"
    media = tuple(m.replace("{P}", province) for m in rng.choice(MEDIA_STYLES))
    columns = make_columns(rng)
    groups = make_groups(rng, province, issued, media, columns)
    plan = Plan(
        index=i,
        number=plan_number(i, rng),
        kind=rng.choice(("KH", "KH", "QĐ")),
        province=province,
        issued=issued,
        title=rng.choice(TITLES).format(P=province, Y=issued.year, Y5=issued.year + 5),
        media=media,
        columns=columns,
        groups=groups,
        report=make_report_day(rng),
        report_style=rng.randrange(2),
        purposes=[p.replace("{P}", province) for p in rng.sample(PURPOSES, rng.randint(2, 4))],
        requirements=rng.sample(REQUIREMENTS, rng.randint(2, 3)),
        task_heading=rng.choice(TASK_HEADINGS),
        body_lists_tasks=rng.random() < 0.5,
        signer=None,
        fmt=fmt,
        merge_group_rows=rng.random() < 0.5,
    )
    if plan.kind == "QĐ" or rng.random() < 0.6:
        plan.signer = make_signer(rng)
    if fmt == "txt":
        plan.quirks = make_quirks(rng, plan)
    return plan


def make_columns(rng: random.Random) -> list[Column]:
    agent = rng.choice(("Cơ quan", "Đơn vị"))
    cols = [
        Column("tt", rng.choice(("TT", "STT"))),
        Column("content", rng.choice(("Nội dung nhiệm vụ", "Nội dung công việc", "Nhiệm vụ"))),
        Column("lead", f"{agent} chủ trì"),
        Column("coord", f"{agent if rng.random() < 0.8 else 'Cơ quan'} phối hợp"),
    ]
    if rng.random() < 0.35:
        cols.append(Column("director", "Cơ quan chỉ đạo"))
    deadline = Column(
        "deadline",
        rng.choice(("Thời gian", "Thời hạn", "Thời gian hoàn thành", "Thời gian thực hiện")),
    )
    tail = [deadline]
    if rng.random() < 0.45:
        product = Column("product", rng.choice(("Sản phẩm", "Sản phẩm dự kiến")))
        tail.insert(rng.randrange(2), product)
    cols += tail
    if rng.random() < 0.25:
        cols.append(Column("budget", "Kinh phí (triệu đồng)"))
    # Ghi chú is always last: the extraction drops empty cells, and only a missing last
    # cell can be told apart by a reader of the one-cell-per-line text.
    if rng.random() < 0.35:
        cols.append(Column("note", "Ghi chú"))
    return cols


def make_groups(
    rng: random.Random, province: str, issued: date, media: tuple[str, ...], columns: list[Column]
) -> list[Group]:
    annual_word = rng.choice(ANNUAL_WORDS)
    groups = []
    for g, seed_group in enumerate(rng.sample(SEED_GROUPS, rng.randint(2, 6)), start=1):
        size = rng.randint(2, min(8, len(seed_group.tasks)))
        tasks = [
            make_task(rng, g, num, seed_task, province, issued, media, annual_word)
            for num, seed_task in enumerate(rng.sample(seed_group.tasks, size), start=1)
        ]
        groups.append(Group(seed_group.title.replace("{P}", province), tasks))
    if any(c.key == "note" for c in columns):
        ensure_one_note(rng, groups, issued)
    return groups


def make_task(
    rng: random.Random,
    g: int,
    num: int,
    seed: SeedTask,
    province: str,
    issued: date,
    media: tuple[str, ...],
    annual_word: str,
) -> Task:
    lead = make_lead(rng, seed.lead, media)
    return Task(
        group=g,
        num=num,
        content=vary_content(rng, seed.content, province),
        lead=lead,
        coord=make_coord(rng, lead, province, media),
        deadline=make_deadline(rng, issued, annual_word),
        director=rng.choice(DIRECTORS),
        product=seed.product if seed.product and rng.random() < 0.7 else rng.choice(PRODUCTS),
        budget=make_budget(rng),
        note=make_note(rng, issued) if rng.random() < 0.25 else "",
    )


def ensure_one_note(rng: random.Random, groups: list[Group], issued: date) -> None:
    tasks = [t for g in groups for t in g.tasks]
    if not any(t.note for t in tasks):
        rng.choice(tasks).note = make_note(rng, issued)


def vary_content(rng: random.Random, text: str, province: str) -> str:
    """Seed content, lightly varied so that the same task reads a little differently."""
    text = text.replace("{P}", province)
    r = rng.random()
    if r < 0.15 and "địa bàn" not in text:
        return text.rstrip(".") + f" trên địa bàn tỉnh {province}."
    if r < 0.25:
        return "Tiếp tục " + text[0].lower() + text[1:]
    return text


def pick_agency(rng: random.Random, media: tuple[str, ...]) -> str:
    if rng.random() < 0.4:
        return KHCN
    return rng.choice(DEPARTMENTS + media)


def make_lead(rng: random.Random, seed_lead: str | None, media: tuple[str, ...]) -> Lead:
    r = rng.random()
    if r < 0.10:
        return Lead(rng.choice(COLLECTIVE_LEADS))
    if r < 0.14:  # the province leads through one of its departments, as in 1169's II.1
        return Lead("UBND tỉnh", sub=rng.choice([d for d in DEPARTMENTS if d.startswith("Sở")]))
    if seed_lead and rng.random() < 0.5:
        # The Tây An sample's lead is its merged media house: use this plan's media instead.
        head = rng.choice(media) if "{P}" in seed_lead else seed_lead
    else:
        head = pick_agency(rng, media)
    if head in SUB_UNITS and rng.random() < 0.3:
        return Lead(head, sub=SUB_UNITS[head], split=rng.random() < 0.5)
    if rng.random() < 0.08:
        partner = rng.choice(LEAD_PARTNERS + (pick_agency(rng, media),))
        return Lead(head, partner=partner) if partner != head else Lead(head)
    return Lead(head)


def make_coord(rng: random.Random, lead: Lead, province: str, media: tuple[str, ...]) -> Coord:
    if rng.random() < 0.25:
        return Coord((rng.choice(COLLECTIVE_COORDS),))
    leading = {lead.head} | lead.leaders | lead.maybe_leaders  # nobody supports itself
    pool = [a.replace("{P}", province) for a in DEPARTMENTS + media + OTHER_PARTNERS]
    pool = [a for a in pool if a not in leading]
    return Coord(tuple(rng.sample(pool, rng.randint(1, 3))), rng.choice(COORD_TAILS))


def make_budget(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return str(50 * rng.randint(1, 19))
    return f"{100 * rng.randint(10, 95):,}".replace(",", ".")  # 1.200: Vietnamese grouping


def make_note(rng: random.Random, issued: date) -> str:
    return rng.choice(NOTES).format(
        k=rng.randint(10, 400), d=rng.randint(1, 28), m=rng.randint(1, 12), y=issued.year
    )


def make_report_day(rng: random.Random) -> tuple[int, int]:
    m = rng.randint(1, 12)
    return rng.choice((5, 10, 15, 20, 25) if m == 2 else (5, 10, 15, 20, 25, 30)), m


def make_signer(rng: random.Random) -> Signer:
    name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE_NAMES)} {rng.choice(GIVEN_NAMES)}"
    titles = rng.choice((("CHỦ TỊCH",), ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")))
    return Signer(("TM. ỦY BAN NHÂN DÂN",) + titles, name)


def make_quirks(rng: random.Random, plan: Plan) -> Quirks:
    i = plan.index
    return Quirks(
        # Fixed positions rather than chance, so that even the first ten plans have both.
        crlf=i % 12 == 4,
        bom=i % 15 == 7,
        lead_space=rng.random() < 0.2,
        ill=rng.random() < 0.3,
        dotted=frozenset(g for g in range(1, len(plan.groups) + 1) if rng.random() < 0.1),
        spaced=frozenset(t.id for t in plan.tasks if rng.random() < 0.05),
        section_label=rng.random() < 0.3,
    )
