"""Classes of questions round 89 (asked of 9fa6308) showed were read wrong, each tried with
sentences of its own, on the bundled plan, the plan written in the tests of round 88 and
real plans:

- "thời hạn của việc này có nằm trong năm 2026 không?": whether the task in hand is due
  in the period, not the period's tasks;
- "hội nhập quốc tế nv nào UBND huyện chủ trì": a topic said before "nv nào" narrows an
  agency's tasks (and, when several are asked for, its group's title is read as part of
  each task's text);
- "kl 210", "công văn 59": a conclusion or an official letter is a paper cited by number;
- "bao nhiêu người": a number of people is one written of them, not any number near the
  words ("phương châm 4 tại chỗ");
- "hạn mấy": the deadline, not a count;
- "which one is …" narrows the list in hand; the one paper left of it is then the one in
  hand ("what is it about?");
- "Chánh Văn phòng UBND tỉnh có trách nhiệm gì trong QĐ này?": the decision's article that
  charges the office holder;
- "Mục II Nhiệm vụ và giải pháp gồm mấy nhóm?": the body's section, numbered and titled,
  though its title holds "nhiệm vụ";
- English "key training institutions": the glossary's "cơ sở đào tạo trọng điểm".
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Status
from tests.dialogues import chat
from tests.forest import ask
from tests.test_groups_by_title_overseers_and_funding_of_an_agency import TRADE_PLAN

DAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def trade(written_engine):
    return written_engine("41-NQ-CP", TRADE_PLAN)


@pytest.mark.parametrize(
    ("second", "verdict"),
    [
        ("thời hạn của việc này có nằm trong năm 2026 không?", "Đúng."),
        ("hạn của nv đó có rơi vào quý 1/2027 ko", "Không đúng."),
    ],
)
def test_whether_the_task_in_hand_is_due_in_a_period(seed_engine, second, verdict):
    last = chat(seed_engine, "Nhiệm vụ II.7 ai chủ trì?", second, today=DAY)[-1]
    assert (["II.7"], True) == (last.task_ids, last.title.startswith(verdict))


def test_the_periods_tasks_are_still_listed_when_none_is_in_hand(seed_engine):
    answer = ask(seed_engine, "Những nhiệm vụ nào có hạn trong năm 2026?", DAY)
    assert {"II.7", "VI.3"} <= set(answer.task_ids)


@pytest.mark.parametrize(
    "question",
    [
        "hội nhập quốc tế nv nào UBND huyện chủ trì",
        "hoi nhap quoc te viec nao ubnd huyen chu tri vay",
    ],
)
def test_a_topic_said_before_the_tasks_asked(seed_engine, question):
    found = ask(seed_engine, question, DAY).task_ids
    assert (True, True) == ("VI.1" in found, set(found) <= {"VI.1", "VI.2", "VI.3"})


def test_a_topic_said_before_several_tasks_asked_reads_their_groups_title(seed_engine):
    question = "hội nhập quốc tế có những nv nào UBND huyện chủ trì"
    assert ["VI.1", "VI.2"] == ask(seed_engine, question, DAY).task_ids


def test_an_agencys_tasks_with_no_topic_are_all_its_tasks(trade):
    assert ["I.2", "II.2", "III.1"] == ask(trade, "Bộ Công Thương phối hợp nv nào", DAY).task_ids


@pytest.mark.parametrize(
    "question", ["kl 210 ngay may", "Kết luận số 210 được ban hành ngày nào vậy?"]
)
def test_a_conclusion_cited_by_number(real, question):
    answer = ask(real("nq-105-NQ-CP"), question, DAY)
    assert ([], True) == (answer.task_ids, "12 tháng 11 năm 2025" in answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "có bao nhiêu người tham gia lực lượng xung kích ở cơ sở?",
        "lực lượng xung kích phòng chống thiên tai hiện có bao nhiêu người",
    ],
)
def test_a_number_of_people_no_plan_writes(real, question):
    assert Status.NOT_FOUND == ask(real("nq-116-NQ-CP"), question, DAY).status


def test_a_number_of_companies_the_plan_writes(real):
    answer = ask(real("qd-982-QD-TTg"), "chọn bao nhiêu doanh nghiệp công nghệ số chủ lực", DAY)
    assert (Status.FOUND, True) == (answer.status, "05 doanh nghiệp" in answer.text)


@pytest.mark.parametrize(
    "question", ["nghi dinh tang muc dong bhyt han may vay", "nđ tăng mức đóng bhyt hạn mấy?"]
)
def test_han_may_asks_the_deadline(real, question):
    answer = ask(real("qd-844-QD-TTg"), question, DAY)
    assert (["8"], "deadline") == (answer.task_ids, answer.intent.value)


def test_which_one_of_the_papers_and_what_it_is_about(seed_engine):
    answers = chat(
        seed_engine,
        "Which documents are to be reviewed?",
        "Which one was issued by the People's Council?",
        "and what is it about?",
        today=DAY,
    )
    texts = [a.text for a in answers[1:]]
    assert [True, True] == ["12/2022/NQ-HĐND" in t and "3338" not in t for t in texts]


@pytest.mark.parametrize(
    "question",
    [
        "chanh van phong ubnd tinh phai lam gi theo qd nay",
        "Thủ trưởng các sở, ban, ngành có trách nhiệm gì trong quyết định này?",
    ],
)
def test_an_office_holders_duties_in_the_decision(seed_engine, question):
    answer = ask(seed_engine, question, DAY)
    assert ([], True) == (answer.task_ids, "chịu trách nhiệm thi hành" in answer.text)


def test_an_agencys_duties_are_still_its_tasks(seed_engine):
    answer = ask(seed_engine, "Sở KH&CN có trách nhiệm gì?", DAY)
    assert {"II.3", "II.7"} <= set(answer.task_ids)


def test_a_body_section_numbered_and_titled(seed_engine):
    answer = ask(seed_engine, "mục II nhiệm vụ và giải pháp có mấy phần", DAY)
    assert ([], True) == (answer.task_ids, "6 mục" in answer.text)


def test_a_group_numbered_with_a_count_of_tasks(seed_engine):
    assert ["III.1", "III.2", "III.3"] == ask(seed_engine, "mục III có mấy nhiệm vụ?", DAY).task_ids


def test_key_training_institutions_in_english(real):
    question = "Which schools are the key training institutions of the scheme?"
    answer = ask(real("qd-893-QD-TTg"), question, DAY)
    assert (Status.FOUND, True) == (answer.status, "Đại học Bách Khoa Hà Nội" in answer.text)


# Round 90 (asked of e667327 to measure it) left these classes, tried here with sentences of
# their own: "trong hai việc đó" is the last two tasks talked about; "cái có hạn năm 2026" is
# the one of the list in hand; "How much grant money …?" asks a sum no plan states; "listed
# as a cooperating party" asks the partners' column; "lấy nguồn kinh phí nào" is where the
# money comes from.


def test_of_the_last_two_tasks_talked_about(seed_engine):
    turns = ("Nhiệm vụ III.1 là gì?", "còn III.2?", "trong hai việc đó việc nào Sở KH&CN chủ trì?")
    assert ["III.1"] == chat(seed_engine, *turns, today=DAY)[-1].task_ids


def test_the_one_of_the_list_in_hand_with_a_period(seed_engine):
    turns = ("Sở KH&CN chỉ đạo những nhiệm vụ nào?", "hạn cái có thời hạn năm 2026 là khi nào?")
    assert ["II.3"] == chat(seed_engine, *turns, today=DAY)[-1].task_ids


def test_a_grant_asked_as_a_sum(seed_engine):
    answer = ask(seed_engine, "How much grant funding is available for a firm?", DAY)
    assert Status.NOT_FOUND == answer.status


@pytest.mark.parametrize(
    "question",
    [
        "In which tasks are companies listed as a cooperating party?",
        "Which tasks name businesses as a collaborating partner?",
    ],
)
def test_listed_as_a_partner_is_the_partners_column(seed_engine, question):
    assert ["I.4", "III.1"] == ask(seed_engine, question, DAY).task_ids


def test_international_cooperation_is_still_a_topic(seed_engine):
    question = "Which tasks are about international cooperation on standards?"
    assert ["VI.1", "VI.2", "VI.3"] == ask(seed_engine, question, DAY).task_ids


def test_which_source_of_money_an_agency_draws_on(real):
    question = "UBND tỉnh, thành phố dùng nguồn kinh phí nào cho các nhiệm vụ địa phương làm?"
    answer = ask(real("nq-116-NQ-CP"), question, DAY)
    assert ([], True) == (answer.task_ids, "ngân sách địa phương" in answer.text)
