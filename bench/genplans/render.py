"""Writing a plan out: the same lines feed the .txt (one per line) and the .docx (one per
paragraph, then the appendix as a Word table); and its truth record, every generated cell.
"""

from __future__ import annotations

from pathlib import Path

import docx

from bench.genplans.model import Plan, Task
from bench.genplans.text import vi_date
from bench.genplans.vocabulary import KHCN, ROMAN, VI_LETTERS


def header_lines(plan: Plan) -> list[str]:
    return [
        (" " if plan.quirks.lead_space else "") + "ỦY BAN NHÂN DÂN",
        f"TỈNH {plan.province.upper()}",
        "-------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "---------------",
        f"Số: {plan.ref}",
        f"{plan.province}, {vi_date(plan.issued)}",
    ]


def decision_lines(plan: Plan) -> list[str]:
    """The decision that issues the plan, as in 1169/QĐ-UBND, signed before the plan."""
    d = plan.issued
    return [
        "QUYẾT ĐỊNH",
        f"BAN HÀNH KẾ HOẠCH {plan.title.upper()}",
        "ỦY BAN NHÂN DÂN TỈNH",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;",
        "Căn cứ Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư Trung ương Đảng về đẩy mạnh "
        "công tác tiêu chuẩn đo lường chất lượng quốc gia đến năm 2030 và những năm tiếp theo;",
        f"Xét đề nghị của Giám đốc {KHCN} tại Tờ trình số {plan.number % 90 + 5}/TTr-SKHCN.",
        "QUYẾT ĐỊNH:",
        f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {plan.title[0].lower()}"
        f"{plan.title[1:]}.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh và "
        "các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
        *signature_lines(plan),
        "KẾ HOẠCH",
        plan.title.upper(),
        f"(Kèm theo Quyết định số {plan.ref} {vi_date(d)} của Ủy ban nhân dân tỉnh)",
    ]


def signature_lines(plan: Plan) -> list[str]:
    if plan.signer is None:
        return []
    recipients = [
        "Nơi nhận:",
        "- Như Điều 3;" if plan.kind == "QĐ" else "- Như trên;",
        "- TT.TU, TT.HĐND tỉnh;",
        "- Lưu: VT.",
    ]
    return recipients + list(plan.signer.titles) + [plan.signer.name]


def body_lines(plan: Plan) -> list[str]:
    lines = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"]
    lines += [f"{VI_LETTERS[k]}) {p}" for k, p in enumerate(plan.purposes)]
    lines.append("2. Yêu cầu")
    lines += [f"{VI_LETTERS[k]}) {r}" for k, r in enumerate(plan.requirements)]
    lines.append(plan.task_heading)
    for g, group in enumerate(plan.groups, start=1):
        lines.append(f"{g}. {group.title.rstrip('.')}" + ("" if plan.body_lists_tasks else "."))
        if plan.body_lists_tasks:
            lines += [f"{VI_LETTERS[k]}) {t.content}" for k, t in enumerate(group.tasks)]
    lines += ["III. TỔ CHỨC THỰC HIỆN", *organisation_lines(plan)]
    return lines


def organisation_lines(plan: Plan) -> list[str]:
    d, m = plan.report
    if plan.report_style == 0:
        report = (
            f"1. {KHCN} là cơ quan thường trực, chủ trì theo dõi, đôn đốc việc thực hiện "
            f"Kế hoạch; định kỳ trước ngày {d} tháng {m} hằng năm tổng hợp, báo cáo Ủy "
            "ban nhân dân tỉnh."
        )
    else:
        report = (
            "1. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố chủ động triển "
            f"khai các nhiệm vụ được phân công; trước ngày {d:02d}/{m:02d} hàng năm, hoàn "
            f"thành báo cáo tình hình thực hiện Kế hoạch và gửi {KHCN} để tổng hợp, báo "
            "cáo Ủy ban nhân dân tỉnh."
        )
    return [
        report,
        "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà "
        "nước theo phân cấp.",
        "3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời "
        f"báo cáo về {KHCN} để tổng hợp, báo cáo UBND tỉnh {plan.province} xem xét, chỉ đạo./.",
    ]


def document_lines(plan: Plan) -> list[str]:
    """Everything above the appendix table."""
    lines = header_lines(plan)
    if plan.kind == "QĐ":
        lines += decision_lines(plan) + body_lines(plan)
    else:
        lines += ["KẾ HOẠCH", plan.title.upper(), *body_lines(plan), *signature_lines(plan)]
    doc = "Quyết định" if plan.kind == "QĐ" else "Kế hoạch"
    d = plan.issued
    lines += [
        "PHỤ LỤC",
        "DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH" if plan.index % 2 else plan.title.upper(),
        f"(Kèm theo {doc} số {plan.ref} ngày {d.day:02d}/{d.month}/{d.year} của Ủy ban nhân "
        f"dân tỉnh {plan.province})",
    ]
    if plan.quirks.section_label:
        lines.append("I. CÁC NHIỆM VỤ TRIỂN KHAI")
    return lines


def group_numeral(plan: Plan, g: int) -> str:
    numeral = "Ill" if g == 3 and plan.quirks.ill else ROMAN[g - 1]
    return numeral + ("." if g in plan.quirks.dotted else "")


def row_number(plan: Plan, task: Task) -> str:
    return f"{task.num} ." if task.id in plan.quirks.spaced else f"{task.num}."


def table_lines(plan: Plan) -> list[str]:
    """The appendix in the samples' text form: one cell a line, empty cells left out."""
    lines = [c.label for c in plan.columns]
    for g, group in enumerate(plan.groups, start=1):
        lines += [group_numeral(plan, g), group.title]
        for task in group.tasks:
            lines.append(row_number(plan, task))
            for col in plan.columns[1:]:
                lines += task.cell_lines(col.key)
    return lines


def write_txt(plan: Plan, path: Path) -> None:
    newline = "\r\n" if plan.quirks.crlf else "\n"
    text = newline.join(document_lines(plan) + table_lines(plan)) + newline
    path.write_bytes(("\ufeff" if plan.quirks.bom else "").encode() + text.encode("utf-8"))


def write_docx(plan: Plan, path: Path) -> None:
    document = docx.Document()
    for line in document_lines(plan):
        run = document.add_paragraph().add_run(line)
        if line.isupper():  # upper-case lines are the headings of the source documents
            run.bold = True
    add_task_table(document, plan)
    document.save(str(path))


def add_task_table(document: docx.document.Document, plan: Plan) -> None:
    """Header row, then per group a row "I | title" and one row per task.

    The table is sized up front: adding rows one by one is what makes python-docx slow.
    """
    n_rows = 1 + len(plan.groups) + len(plan.tasks)
    table = document.add_table(rows=n_rows, cols=len(plan.columns))
    table.style = "Table Grid"
    rows = iter(table.rows)
    for cell, col in zip(next(rows).cells, plan.columns, strict=True):
        fill_cell(cell, [col.label])
    for g, group in enumerate(plan.groups, start=1):
        cells = next(rows).cells
        fill_cell(cells[0], [ROMAN[g - 1]])
        fill_cell(cells[1].merge(cells[-1]) if plan.merge_group_rows else cells[1], [group.title])
        for task in group.tasks:
            cells = next(rows).cells
            fill_cell(cells[0], [f"{task.num}."])
            for cell, col in zip(cells[1:], plan.columns[1:], strict=True):
                fill_cell(cell, task.cell_lines(col.key))


def fill_cell(cell: docx.table._Cell, lines: list[str]) -> None:
    """One paragraph a line: a sub-unit on its own line becomes a second paragraph."""
    if lines:
        cell.paragraphs[0].add_run(lines[0])
    for line in lines[1:]:
        cell.add_paragraph(line)


def write_plan(plan: Plan, out_dir: Path) -> Path:
    path = out_dir / plan.filename
    (write_docx if plan.fmt == "docx" else write_txt)(plan, path)
    return path


def truth_record(plan: Plan) -> dict:
    """Every generated cell, for checking a parser against the source of the questions."""
    return {
        "file": plan.filename,
        "ref": plan.ref,
        "province": plan.province,
        "issued": plan.issued.isoformat(),
        "title": plan.title,
        "columns": {c.key: c.label for c in plan.columns},
        "signer": plan.signer.name if plan.signer else None,
        "report": f"{plan.report[0]}/{plan.report[1]}",
        "groups": [g.title for g in plan.groups],
        "tasks": [
            {"id": t.id, **{c.key: " ".join(t.cell_lines(c.key)) for c in plan.columns[1:]}}
            for t in plan.tasks
        ],
    }
