"""Classes of questions round 83 (asked of 55a6243) showed were read wrong, each tried with
sentences of its own, on the bundled plan and the real plans:

- a document listed for review named by its number, and "ngày nào": the day its own title
  gives (its review's deadline only when the review is asked);
- "thời hạn hoàn thành đã qua": the overdue tasks;
- "phó chủ tịch … là ai": a person, whom no plan names;
- a topic named bare ("kho dự trữ qg") is a task's when a task says most of what the best
  passage says;
- a count of a thing the plans never write ("bao nhiêu kỹ sư"): not stated.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Intent, Status
from tests.forest import ask

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(("question", "day"), [("qđ 2684 ngày mấy?", "24/11/2021")])
def test_the_day_of_a_listed_document(seed_engine, question, day):
    answer = ask(seed_engine, question, DAY)
    assert (Status.FOUND, Intent.DOCUMENTS, True) == (
        answer.status,
        answer.intent,
        day in answer.text,
    )


def test_a_listed_documents_review_deadline_is_still_not_stated(seed_engine):
    assert Status.NOT_FOUND == ask(seed_engine, "QĐ 874 hạn rà soát ngày nào", DAY).status


def test_a_deadline_that_has_gone_by(seed_engine):
    answer = ask(seed_engine, "có việc nào thời hạn thực hiện đã qua chưa", DAY)
    assert ["I.1", "II.3", "II.4", "II.5", "IV.1", "VI.3"] == answer.task_ids


@pytest.mark.parametrize(
    "question",
    ["Phó Chủ tịch UBND tỉnh theo dõi việc này là ai?", "pho chu tich ubnd phu trach la ai"],
)
def test_a_deputy_is_a_person_no_plan_names(seed_engine, question):
    assert Status.NOT_FOUND == ask(seed_engine, question, DAY).status


def test_the_signer_is_still_named(seed_engine):
    assert "Võ Văn Minh" in ask(seed_engine, "ai ký quyết định", DAY).text


@pytest.mark.parametrize("question", ["quy hoach kho du tru qg", "kho tàng dự trữ quốc gia"])
def test_a_bare_topic_is_a_tasks(real, question):
    assert ["I.5"] == ask(real("nq-116-NQ-CP"), question, DAY).task_ids


@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("Mỗi năm đào tạo bao nhiêu kỹ sư hạt nhân?", Status.NOT_FOUND),
        ("có bao nhiêu nhóm nghiên cứu mạnh", Status.FOUND),
    ],
)
def test_a_count_of_a_thing_the_plan_never_writes(real, question, status):
    assert status == ask(real("qd-893-QD-TTg"), question, DAY).status
