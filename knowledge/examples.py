"""Example questions for help and "not found" answers, built from the loaded plans."""

from __future__ import annotations

from datetime import date

from .periods import Kind
from .store import KnowledgeBase


def examples(kb: KnowledgeBase, lang: str, today: date) -> list[str]:
    """Questions about the first plan's own tasks, deadlines and agencies; the deadline
    asked about is the next one still ahead of ``today``, or else the last.

    >>> from indexer.build import build
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "kb.db"
    >>> _ = build(["knowledge/plans/1169-QD-UBND.txt"], path)
    >>> examples(KnowledgeBase(path), "vi", date(2026, 5, 1))[:2]
    ['Ai chủ trì nhiệm vụ I.3?', 'Nhiệm vụ nào đến hạn Quý II/2026?']
    >>> examples(KnowledgeBase(path), "vi", date(2030, 1, 1))[1]
    'Nhiệm vụ nào đã quá hạn?'
    """
    plans = kb.plans()
    if not plans:
        return []
    tasks = kb.tasks(plan_ids=[plans[0].id])
    dated = sorted(
        (t.period for t in tasks if t.period and not t.period.recurring), key=lambda p: p.end
    )
    # A quarter reads best ("Quý II/2026"); any dated deadline will do.
    dated = [p for p in dated if p.kind is Kind.QUARTER] or dated
    # Once every deadline has passed, the question worth asking is what is overdue.
    period = next((p for p in dated if p.end >= today), None)
    overdue = bool(dated) and period is None
    lead = kb.most_common_lead(plans[0].id)
    dialogue = bool(kb.search(["doi_thoai"], plan_ids=[plans[0].id]))
    ref = tasks[min(2, len(tasks) - 1)].ref if tasks else "1"
    if lang == "en":
        out = [f"Who leads task {ref}?", f"When is task {ref} due?"]
        if period or overdue:
            out.append(f"Which tasks are due {period.label('en')}?" if period else "Overdue tasks?")
        out.append("How many tasks does the plan have?")
        return out + (["When is the business dialogue?"] if dialogue else [])
    out = [f"Ai chủ trì nhiệm vụ {ref}?"]
    if period or overdue:
        out.append(
            f"Nhiệm vụ nào đến hạn {period.label()}?" if period else "Nhiệm vụ nào đã quá hạn?"
        )
    if lead:
        out.append(f"{lead} chủ trì những nhiệm vụ nào?")
    out += ["Nhiệm vụ nào sắp đến hạn?", "Kế hoạch có bao nhiêu nhiệm vụ?"]
    return out + (["Lịch đối thoại doanh nghiệp?"] if dialogue else [])
