"""Admin changes to the knowledge base: uploads with diffs, removal, rollback, events."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from click.testing import CliRunner

from bot.cli import cli
from indexer.errors import PlanError
from indexer.library import Library
from knowledge.events import EventError, parse_event_command, to_ics
from knowledge.store import KnowledgeBase

from .conftest import SEED, TAY_AN


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "kb.db")
    lib.ensure()
    return lib


def _numbers(lib: Library) -> list[str]:
    return [p.number for p in KnowledgeBase(lib.db_path).plans()]


def test_upload_adds_a_plan_and_reports_it(library):
    report = library.add("tay-an.txt", TAY_AN.read_bytes())
    assert ["1169/QĐ-UBND", "87/KH-UBND"] == _numbers(library)
    assert "Đã nạp tay-an.txt: 87/KH-UBND — 15 mục, 11 nhiệm vụ" in report.text()
    assert "87/KH-UBND: kế hoạch mới." in report.text()


def test_a_revised_plan_replaces_the_old_one_with_a_diff(library):
    revised = (
        SEED.read_text()
        .replace("Quý II/2026\n4.", "Quý IV/2026\n4.")  # the deadline of II.3
        .replace("Công an tỉnh\n", "Công an tỉnh Bình Dương\n")
    )
    report = library.add("1169-revised.txt", revised.encode())
    text = report.text()
    assert ["1169/QĐ-UBND"] == _numbers(library)
    assert "sửa II.3, Thời hạn: «Quý II/2026» → «Quý IV/2026»" in text
    assert "sửa III.3, Chủ trì: «Công an tỉnh» → «Công an tỉnh Bình Dương»" in text
    task = KnowledgeBase(library.db_path).tasks_by_ref("II.3")[0]
    assert "Quý IV/2026" == task.deadline


def test_removed_and_added_tasks_are_listed(library):
    library.add("a.txt", TAY_AN.read_bytes())
    text = TAY_AN.read_text()
    cut = text.index("3.\nSơ kết 3 năm")
    shorter = (
        text[:cut]
        + "3.\nTổ chức hội thảo tổng kết.\nSở Khoa học và Công nghệ\nCác sở\nNăm 2029\nKỷ yếu\n"
    )
    report = library.add("b.txt", shorter.encode())
    assert "sửa III.3, Nội dung" in report.text()
    assert 2 == len(_numbers(library))


def test_a_bad_upload_keeps_the_old_base_serving(library):
    before = library.db_path.read_bytes()
    for name, data in [
        ("empty.txt", b""),
        ("x.pdf", b"%PDF-1.4"),
        ("bin.docx", b"PK\x03\x04junk"),
        ("notes.txt", "Ghi chú không có bảng".encode()),
    ]:
        with pytest.raises(PlanError):
            library.add(name, data)
    assert before == library.db_path.read_bytes()
    assert [] == list(library.uploads.glob("*.txt"))  # nothing bad was stored


def test_uploads_are_stored_under_generated_names(library):
    library.add("../../etc/passwd.txt", TAY_AN.read_bytes())
    stored = [p.name for p in library.uploads.iterdir() if p.suffix == ".txt"]
    assert 1 == len(stored) and "passwd" not in stored[0] and ".." not in stored[0]
    assert library.uploads.parent == library.db_path.parent  # nothing escaped the data folder


def test_rollback_returns_to_the_previous_base(library):
    library.add("a.txt", TAY_AN.read_bytes())
    library.rollback()
    assert ["1169/QĐ-UBND"] == _numbers(library)
    library.reload()  # the plan list was rolled back too: reload does not bring 87 back
    assert ["1169/QĐ-UBND"] == _numbers(library)


def test_rollback_without_history(tmp_path):
    lib = Library(tmp_path / "kb.db")
    lib.ensure()
    with pytest.raises(PlanError, match="không có phiên bản trước"):
        lib.rollback()


def test_remove_a_plan_but_never_the_last(library):
    library.add("a.txt", TAY_AN.read_bytes())
    library.remove("1169/QĐ-UBND")
    assert ["87/KH-UBND"] == _numbers(library)
    with pytest.raises(PlanError, match="cuối cùng"):
        library.remove("87/KH-UBND")
    with pytest.raises(PlanError, match="không có kế hoạch"):
        library.remove("5/KH-UBND")


def test_events_are_checked_stored_and_kept_across_rebuilds(library):
    draft = parse_event_command(
        "2026-12-15 08:30 | Đối thoại doanh nghiệp quý IV | Hội trường | I.3"
    )
    event_id = library.add_event(
        starts_at=draft.starts_at,
        title=draft.title,
        place=draft.place,
        task_ref=draft.task_ref,
        created_by=7,
    )
    library.add("a.txt", TAY_AN.read_bytes())  # a rebuild carries events over
    (event,) = KnowledgeBase(library.db_path).events(since=datetime(2026, 12, 1))
    assert (event_id, "I.3", "1169/QĐ-UBND") == (event.id, event.task_ref, event.plan_number)
    # I.3 now exists in two plans: the admin must say which.
    with pytest.raises(EventError, match="nhiều kế hoạch"):
        library.add_event(starts_at=draft.starts_at, title="x", task_ref="I.3")
    with pytest.raises(EventError, match="Không có nhiệm vụ VII.1"):
        library.add_event(starts_at=draft.starts_at, title="x", task_ref="VII.1")
    assert library.delete_event(event_id) and not library.delete_event(event_id)


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ("2026-13-40 08:30 | x", "không hợp lệ"),
        ("2026-12-15 08:30", "Cú pháp"),
        ("2026-12-15 09:00 | x | y | not-a-task", "Mã nhiệm vụ"),
        ("2026-12-15 | x", "Thiếu giờ bắt đầu: viết như 2026-12-15 08:30"),
        ("15/12/2026 | x", "Thiếu giờ bắt đầu"),
        ("2026-12-15 09:00 | " + "x" * 300, "tối đa"),
    ],
)
def test_bad_event_commands(command, message):
    with pytest.raises(EventError, match=message):
        parse_event_command(command)


def test_ics_has_one_event_per_session(library):
    draft = parse_event_command("15/12/2026 08:30 | Đối thoại, quý IV; năm 2026 | Hội trường")
    library.add_event(starts_at=draft.starts_at, title=draft.title, place=draft.place)
    ics = to_ics(KnowledgeBase(library.db_path).events(), now=datetime(2026, 11, 24)).decode()
    assert 1 == ics.count("BEGIN:VEVENT")
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20261215T083000" in ics
    assert "DTSTAMP:20261123T170000Z" in ics  # midnight in Vietnam, in UTC
    assert "BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\n" in ics
    assert "SUMMARY:Đối thoại\\, quý IV\\; năm 2026" in ics
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))


def test_the_base_is_built_once_and_rebuilt_when_plans_change(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "seed.txt").write_bytes(SEED.read_bytes())
    library = Library(tmp_path / "kb.db", bundled=plans)
    assert (True, False) == (library.ensure(), library.ensure())
    (plans / "tay-an.txt").write_bytes(TAY_AN.read_bytes())
    assert library.ensure()
    assert 2 == len(KnowledgeBase(library.db_path).plans())


def test_the_command_line_keeps_the_bots_uploads(tmp_path, monkeypatch):
    """``planbot ask`` on the bot's base builds from the same list of plans, uploads included."""
    db = tmp_path / "kb.db"
    Library(db).add("tay-an.txt", TAY_AN.read_bytes())
    (tmp_path / "uploads" / "library.json").touch()  # a newer list: same plans
    monkeypatch.setenv("PLANBOT_DB", str(db))
    result = CliRunner().invoke(cli, ["ask", "Kế hoạch 87 có bao nhiêu nhiệm vụ?"])
    assert (0, ["1169/QĐ-UBND", "87/KH-UBND"]) == (result.exit_code, _numbers(Library(db)))
    assert "11 nhiệm vụ" in result.output


def test_same_named_uploads_are_removed_by_number(library):
    library.add("kehoach.txt", TAY_AN.read_bytes())
    other = TAY_AN.read_text().replace("87/KH-UBND", "88/KH-UBND")
    library.add("kehoach.txt", other.encode())
    library.remove("87/KH-UBND")
    assert ["1169/QĐ-UBND", "88/KH-UBND"] == _numbers(library)


def test_rollback_after_a_replacing_upload_keeps_the_files_it_needs(library):
    library.add("a.txt", TAY_AN.read_bytes())
    revised = TAY_AN.read_text().replace("Tháng 6/2025", "Tháng 9/2025")
    library.add("b.txt", revised.encode())
    library.rollback()
    library.reload()  # the restored plan list still finds its file
    assert ["1169/QĐ-UBND", "87/KH-UBND"] == _numbers(library)
    task = KnowledgeBase(library.db_path).tasks_by_ref("I.1", plan_ids=[2])[0]
    assert "Tháng 6/2025" == task.deadline
    library.remove("87/KH-UBND")
    assert ["1169/QĐ-UBND"] == _numbers(library)


@pytest.mark.parametrize("delay", [0.2, 0.5, 0.8, 1.0, 1.2, 1.4, 1.7, 2.5])
def test_an_upload_killed_at_any_moment_loses_nothing(tmp_path, delay):
    """SIGKILL during an admin upload: the next start serves the old plans, or the old
    plans and the upload, and always what its plan list says."""
    import json
    import signal
    import subprocess
    import sys
    import time

    db = tmp_path / "kb.db"
    Library(db).ensure()
    upload = (
        "import pathlib, sys; from indexer.library import Library;"
        "Library(pathlib.Path(sys.argv[1])).add('87.txt', pathlib.Path(sys.argv[2]).read_bytes())"
    )
    process = subprocess.Popen([sys.executable, "-c", upload, str(db), str(TAY_AN)])
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    library = Library(db)
    library.ensure()
    listed = (
        json.loads((library.uploads / "library.json").read_text())["uploads"]
        if (library.uploads / "library.json").is_file()
        else []
    )
    expected = ["1169/QĐ-UBND", "87/KH-UBND"] if listed else ["1169/QĐ-UBND"]
    assert expected == _numbers(library)


def test_an_upload_that_no_longer_reads_does_not_stop_the_start(library, caplog):
    library.add("tay-an.txt", TAY_AN.read_bytes())
    [stored] = library.uploads.glob("*.txt")
    stored.write_bytes(b"\x00\x01 not a plan any more")
    assert library.ensure()
    assert ["1169/QĐ-UBND"] == _numbers(library)
    assert "skipping the uploaded plan tay-an.txt" in caplog.text


def test_rollback_after_a_reload_keeps_the_plan_list_in_step(library):
    library.add("tay-an.txt", TAY_AN.read_bytes())
    library.reload()
    library.rollback()
    assert (False, ["1169/QĐ-UBND", "87/KH-UBND"]) == (library.ensure(), _numbers(library))


def test_a_change_late_in_a_long_cell_shows_where_it_is(library):
    content = (
        "Tổ chức kết nối, triển khai, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn và "
        "quy chuẩn kỹ thuật nhằm chia sẻ, cung cấp thông tin đầy đủ, công khai, minh bạch hoá"
    )
    revised = SEED.read_text().replace(f"{content} toàn bộ", f"{content} từng phần")
    report = library.add("1169-revised.txt", revised.encode()).text()

    [line] = [line for line in report.splitlines() if "sửa II.3" in line]
    assert line == (
        "  sửa II.3, Nội dung: «…khai, minh bạch hoá toàn bộ hoạt động tiêu chuẩn,…» → "
        "«…khai, minh bạch hoá từng phần hoạt động tiêu chuẩn,…»"
    )


def test_events_go_with_their_plan_and_come_back_with_a_rollback(library):
    library.add("a.txt", TAY_AN.read_bytes())
    when = datetime(2026, 12, 15, 8, 30)
    kept = library.add_event(
        starts_at=when, title="Chung", task_ref="I.3", plan_number="1169/QĐ-UBND"
    )
    gone = library.add_event(
        starts_at=when, title="Tây An", task_ref="II.2", plan_number="87/KH-UBND"
    )

    report = library.remove("87/KH-UBND").text()
    left = [e.id for e in KnowledgeBase(library.db_path).events()]
    library.rollback()
    back = {e.id: e.title for e in KnowledgeBase(library.db_path).events()}

    assert f"#{gone} 15/12/2026 08:30 — Tây An (nhiệm vụ II.2 của 87/KH-UBND)" in report
    assert "Đã xoá 1 sự kiện của kế hoạch không còn nạp:" in report
    assert left == [kept]
    assert back == {kept: "Chung", gone: "Tây An"}


def test_an_event_whose_task_left_its_plan_is_kept_and_reported(library):
    library.add("a.txt", TAY_AN.read_bytes())
    when = datetime(2026, 12, 15, 8, 30)
    library.add_event(starts_at=when, title="Sơ kết", task_ref="III.3", plan_number="87/KH-UBND")
    text = TAY_AN.read_text()
    report = library.add("b.txt", text[: text.index("3.\nSơ kết 3 năm")].encode()).text()

    assert "bỏ 1 nhiệm vụ: III.3" in report
    assert "1 sự kiện gắn với nhiệm vụ không còn trong kế hoạch:" in report
    assert "15/12/2026 08:30 — Sơ kết (nhiệm vụ III.3 của 87/KH-UBND)" in report
    assert [e.task_ref for e in KnowledgeBase(library.db_path).events()] == ["III.3"]


def test_events_keep_their_ids_across_rebuilds(library):
    first = library.add_event(starts_at=datetime(2026, 12, 1, 9), title="Một")
    second = library.add_event(starts_at=datetime(2026, 12, 2, 9), title="Hai")
    library.delete_event(first)
    library.reload()
    library.add("a.txt", TAY_AN.read_bytes())

    [event] = KnowledgeBase(library.db_path).events()
    assert (event.id, event.title) == (second, "Hai")  # /sukien_xoa and the .ics UID agree


def test_the_schedule_names_the_plan_of_an_event_when_several_are_loaded(library):
    from knowledge.engine import Engine

    library.add_event(starts_at=datetime(2026, 12, 15, 8, 30), title="Đối thoại", task_ref="I.3")
    engine = Engine(KnowledgeBase(library.db_path))
    alone = engine.answer("Lịch đối thoại doanh nghiệp?", today=date(2026, 12, 1))
    library.add("tay-an.txt", TAY_AN.read_bytes())
    engine = Engine(KnowledgeBase(library.db_path))
    several = engine.answer("Lịch đối thoại doanh nghiệp?", today=date(2026, 12, 1))
    assert "(nhiệm vụ I.3)" in alone.text
    assert "(nhiệm vụ I.3, 1169/QĐ-UBND)" in several.text
