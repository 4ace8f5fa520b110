"""Classes of questions round 72 (asked of 5140ace) showed were read wrong, each tried with
sentences of its own, on the bundled plan and real gazette plans:

- to whom or where, asked of the part of the text just shown ("gửi cho ai?");
- "who issues it?" of the document to review just picked: the column whose doing it is;
- a task and one of its items met alike: the task, which shows its items;
- "năm 2028 còn phải làm không?" after one task: its deadline, checked against the year;
- where the money comes from, said over several passages: each passage that names a source;
- a deadline gone by ("hạn đã trôi qua", "có hạn trước hôm nay"), which is no order;
- a syllable the plans write is no slip ("truyền hình" is not "truyền chính"), and words only
  agencies' names write find the tasks of those agencies;
- "kế hoạch nào của Tỉnh ủy" asks the paper the plan carries out, not the plans loaded;
- a group named by its title's words beside an agency: the group, not a topic within it;
- a document to review whose deadline is left blank: not stated, not a task;
- a day asked that the passage found does not set: not found;
- "ai duyệt?" of a plan whose column says to whom a task's paper goes ("Cấp trình").
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Intent, Status
from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)


def test_where_the_part_in_hand_sends_it(seed_engine):
    first, then = chat(
        seed_engine,
        "Các sở, ngành báo cáo tình hình thực hiện kế hoạch vào lúc nào?",
        "gửi cho ai?",
        today=DAY,
    )
    assert (Intent.SECTION, True) == (then.intent, "Sở Khoa học và Công nghệ" in then.text)


def test_who_issues_the_document_picked(seed_engine):
    *_, answer = chat(
        seed_engine, "Các văn bản cần rà soát là gì?", "văn bản thứ 2", "who issues it?", today=DAY
    )
    assert "Thẩm quyền ban hành: UBND tỉnh" in answer.text


def test_a_task_and_its_item_met_alike(real):
    question = (
        "Nhiệm vụ sắp xếp đơn vị sự nghiệp công lập, trường học, doanh nghiệp nhà nước theo"
        " Công văn 59-CV/BCĐ ai chủ trì?"
    )
    assert ["III.2"] == ask(real("nq-105-NQ-CP"), question, DAY).task_ids


def test_still_to_do_in_a_year_of_the_task_in_hand(real):
    answer = chat(
        real("nq-116-NQ-CP"), "Ai chủ trì nhiệm vụ II.4?", "năm 2028 còn phải làm không?", today=DAY
    )[-1]
    assert (["II.4"], Status.FOUND) == (answer.task_ids, answer.status)


def test_funding_sources_over_several_passages(real):
    answer = ask(real("nq-116-NQ-CP"), "Kinh phí cho kế hoạch này lấy từ những nguồn nào?", DAY)
    said = ("ngân sách trung ương" in answer.text, "ngân sách địa phương" in answer.text)
    assert (True, True) == said


@pytest.mark.parametrize(
    "question", ["nhiệm vụ nào hạn đã trôi qua", "nv nào có hạn trước hôm nay vậy"]
)
def test_a_deadline_gone_by(seed_engine, question):
    overdue = ask(seed_engine, "nhiệm vụ nào đã quá hạn", DAY)
    assert overdue.task_ids == ask(seed_engine, question, DAY).task_ids


@pytest.mark.parametrize(
    "question", ["việc nào có liên quan đến truyền hình", "nv nao lien quan truyen hinh ko"]
)
def test_words_only_an_agencys_name_writes(seed_engine, question):
    assert ["I.2"] == ask(seed_engine, question, DAY).task_ids


def test_the_plan_of_the_party_committee_it_carries_out(seed_engine):
    answer = ask(seed_engine, "Kế hoạch này thực hiện kế hoạch nào của Tỉnh ủy?", DAY)
    assert (Intent.META, True) == (answer.intent, "191-KH/TU" in answer.text)


def test_a_group_by_its_title_beside_an_agency(seed_engine):
    by_title = ask(
        seed_engine,
        "Trong nhóm về thanh tra, kiểm tra, giám sát, UBND huyện chủ trì những nhiệm vụ nào?",
        DAY,
    )
    by_code = ask(seed_engine, "Trong nhóm V, UBND huyện chủ trì những nhiệm vụ nào?", DAY)
    assert by_code.task_ids == by_title.task_ids


def test_a_document_to_review_with_no_deadline(seed_engine):
    answer = ask(seed_engine, "Quyết định 2109/QĐ-UBND phải rà soát xong khi nào?", DAY)
    assert (Status.NOT_FOUND, []) == (answer.status, answer.task_ids)


def test_a_day_the_passage_does_not_set(real):
    answer = ask(
        real("nq-105-NQ-CP"),
        "Các bộ gửi báo cáo tình hình thực hiện Chương trình hành động về Bộ Nội vụ vào ngày nào?",
        DAY,
    )
    assert Status.NOT_FOUND == answer.status


def test_who_approves_is_the_level_it_goes_to(real):
    answer = ask(real("nq-105-NQ-CP"), "nhiệm vụ IV.2 ai duyệt?", DAY)
    assert (["IV.2"], True) == (answer.task_ids, "Cấp trình" in answer.text)
