"""An admin sends a plan as a PDF on Telegram: it is loaded; a scan is refused and the old
base keeps serving. The real python-telegram-bot Application against the fake Bot API."""

from __future__ import annotations

import pytest

from knowledge.store import KnowledgeBase
from tests import pdfkit
from tests.botkit import ADMIN, exchange, running, visible
from tests.test_bot_admin import upload

pytestmark = pytest.mark.skipif(pdfkit.font_missing(), reason="DejaVu fonts are not installed")


async def test_an_admin_loads_a_pdf_plan_and_a_scan_is_refused(api, kb):
    plan = pdfkit.generated_plan()
    first = plan.tasks[0]
    lead = first.cell_lines("lead")[0]
    question = f"Ai chủ trì nhiệm vụ {first.id} của {plan.ref}?"
    async with running(api, kb):
        added = await upload(api, pdfkit.plan_pdf(plan), "ke-hoach.pdf")
        [answer] = await exchange(api, question)
        scan = await upload(api, pdfkit.scan_pdf(), "ban-scan.pdf")
        [still] = await exchange(api, question)
        [plans] = await exchange(api, "/kehoach", user_id=ADMIN)

    assert f"Đã nạp ke-hoach.pdf: {plan.ref}" in visible(added.text)
    assert f"{plan.ref}: kế hoạch mới." in visible(added.text)
    assert f"chủ trì: {lead}" in visible(answer.text)  # the column as the plan names it
    assert visible(scan.text).startswith("Không nạp được ban-scan.pdf:")
    assert "không có lớp chữ (bản scan hay ảnh chụp)" in visible(scan.text)
    assert "nhận dạng chữ (OCR)" in visible(scan.text) and ".docx" in visible(scan.text)
    assert "Cơ sở tri thức cũ vẫn đang được dùng." in visible(scan.text)
    assert f"chủ trì: {lead}" in visible(still.text)
    assert "Có 2 kế hoạch" in visible(plans.text)
    assert ["1169/QĐ-UBND", plan.ref] == [p.number for p in KnowledgeBase(kb).plans()]
