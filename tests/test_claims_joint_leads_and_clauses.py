"""Classes of questions rounds 61 and 62 (asked of 1344bc7 and 552e7b3) showed were read
wrong, each tried with sentences of its own, on the bundled plan, the forestry plan of
tests/forest.py and real gazette plans:

- the words after "về" end where the question's own clause opens after a comma;
- asked whether an agency leads any task, of one that leads none: the tasks it plays its
  other roles in are cited, and stay in hand (a list asked for in the role stays empty);
- a statement about an agency and a task its words describe ("X có phải chủ trì việc … không")
  is checked against that task, also for a department the plan only names as "các sở";
- "A cùng với B chủ trì": both lead;
- "ok, 2 cái đó …", "ok, both of them …": the two in hand, after a word of padding;
- "đã đến hạn", "supposed to be finished already": past the deadline; "đã quá hạn mà không
  được ghi là đã hoàn thành" is the overdue list, not the done one;
- "hạn là … đúng không, giờ trễ chưa?" and "… có X không" of the task in hand;
- "vẫn còn trong thời hạn thực hiện", "thể hiện bằng văn bản gì", "trình cơ quan nào";
- "nd" is a decree (Nghị định), "viên chức" no "Viện";
- "có việc <its words> không": one task; a syllable of a task's opening words names it, not
  its group;
- the plan's facts asked inside an English sentence; English renderings of several words
  that stand for other words of the plans ("private sector": "ngoài nhà nước").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("stem", "question", "expected"),
    [
        ("seed", "Trong số các nhiệm vụ về hội nhập quốc tế, việc nào Sở KH&CN chủ trì?", ["VI.3"]),
        (
            "forest",
            "Trong các nhiệm vụ về bảo vệ rừng, nhiệm vụ nào do Sở Tài chính chủ trì?",
            ["II.3"],
        ),
    ],
)
def test_the_topic_ends_where_the_questions_clause_opens(
    forest, seed_engine, stem, question, expected
):
    answer = ask(forest if stem == "forest" else seed_engine, question, DAY)
    assert expected == answer.task_ids


@pytest.mark.parametrize(
    ("stem", "turns", "expected"),
    [
        (
            "seed",
            ("Đài PT-TH Bình Dương có chủ trì nhiệm vụ nào ko?", "hạn?"),
            [["I.2"], ["I.2"]],
        ),
        (
            "forest",
            ("Chi cục Kiểm lâm có chủ trì nhiệm vụ nào không?", "ai chủ trì việc đó"),
            [["II.2"], ["II.2"]],
        ),
    ],
)
def test_an_agency_leading_none_cites_the_tasks_of_its_other_roles(
    forest, seed_engine, stem, turns, expected
):
    answers = chat(forest if stem == "forest" else seed_engine, *turns, today=DAY)
    assert expected == [a.task_ids for a in answers]


def test_an_agency_asked_of_the_plan_cites_no_task(seed_engine):
    question = "Phó Chủ tịch UBND tỉnh nào theo dõi chung kế hoạch này?"
    assert [] == ask(seed_engine, question, DAY).task_ids


@pytest.mark.parametrize(
    ("stem", "question", "expected", "verdict"),
    [
        (
            "seed",
            "Bộ Chỉ huy quân sự tỉnh có phải là đơn vị chủ trì việc tăng cường thanh tra, "
            "kiểm tra an toàn hàng hóa lưu thông trên thị trường không?",
            ["V.2"],
            "Không đúng",
        ),
        (
            "forest",
            "Công an tỉnh có phải chủ trì việc lắp camera cảnh báo cháy rừng không?",
            ["II.1"],
            "Không đúng",
        ),
        (
            "seed",
            "so tu phap co phai chu tri nv tuyen truyen pho bien chi thi 38 ko a",
            ["I.1"],
            "",
        ),
    ],
)
def test_a_statement_about_an_agency_is_checked_on_the_task_it_describes(
    forest, seed_engine, stem, question, expected, verdict
):
    answer = ask(forest if stem == "forest" else seed_engine, question, DAY)
    assert (answer.task_ids, verdict in answer.text) == (expected, True)


def test_two_agencies_leading_together(seed_engine):
    question = "nv nào các sở, ban, ngành cùng với UBND huyện, thành phố chủ trì?"
    expected = ["I.1", "III.2", "V.2", "VI.1", "VI.2"]
    assert expected == ask(seed_engine, question, DAY).task_ids


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("nhiệm vụ nào có hạn trong quý 2/2026", "oke, 2 việc đó đã trễ hạn chưa"),
            ["II.3", "II.5"],
        ),
        (
            ("Which tasks are due in Q2 2026?", "ok, are both of them overdue now?"),
            ["II.3", "II.5"],
        ),
    ],
)
def test_the_two_in_hand(seed_engine, turns, expected):
    assert expected == chat(seed_engine, *turns, today=DAY)[-1].task_ids


@pytest.mark.parametrize(
    ("stem", "question", "expected"),
    [
        ("nq-97-NQ-CP", "Những báo cáo nào Bộ Y tế chủ trì đã đến hạn nộp rồi?", ["18", "21"]),
        ("seed", "Was the barcode and traceability work meant to be done by now?", ["II.4"]),
        (
            "qd-844-QD-TTg",
            "Nhiệm vụ nào đã hết hạn mà trong phụ lục không ghi là đã hoàn thành?",
            ["16", "21"],
        ),
    ],
)
def test_past_the_deadline(forest, real, seed_engine, stem, question, expected):
    engine = seed_engine if stem == "seed" else real(stem)
    assert expected == ask(engine, question, DAY).task_ids


@pytest.mark.parametrize(
    ("stem", "turns", "expected", "said"),
    [
        (
            "qd-844-QD-TTg",
            (
                "Ai chủ trì việc giao chỉ tiêu phát triển đối tượng tham gia BHYT?",
                "hạn là quý 2/2026 phải không, vậy giờ trễ chưa?",
            ),
            ["21"],
            "Quý II/2026",
        ),
        (
            "forest",
            ("Ai chủ trì lắp camera cảnh báo cháy rừng?", "còn phối hợp? có công an tỉnh ko"),
            ["II.1"],
            "Công an tỉnh: phối hợp",
        ),
    ],
)
def test_a_check_of_the_task_in_hand(forest, real, stem, turns, expected, said):
    answer = chat(forest if stem == "forest" else real(stem), *turns, today=DAY)[-1]
    assert (answer.task_ids, said in answer.text) == (expected, True)


@pytest.mark.parametrize(
    ("stem", "question", "expected", "said"),
    [
        (
            "qd-893-QD-TTg",
            "Năm sau những nhiệm vụ nào vẫn còn trong thời hạn thực hiện?",
            ["3", "4", "5", "7"],
            "",
        ),
        (
            "qd-844-QD-TTg",
            "Việc giao chỉ tiêu phát triển đối tượng tham gia BHYT được thể hiện bằng văn bản gì?",
            ["21"],
            "Quyết định của Thủ tướng",
        ),
        (
            "nq-97-NQ-CP",
            "Báo cáo chuyên đề về phát triển kinh tế nhà nước trình cơ quan nào?",
            ["19"],
            "Ban Chỉ đạo Trung ương",
        ),
        ("nq-105-NQ-CP", "nd ve vi tri viec lam cua vien chuc han khi nao", ["IV.5"], "4/2026"),
        (
            "qd-982-QD-TTg",
            "de an co viec to chuc dien dan doanh nghiep cong nghe so o nuoc ngoai ko",
            ["4.3"],
            "",
        ),
        ("qd-982-QD-TTg", "viec chon 5 dn cong nghe so chu luc ai chu tri", ["5.1"], ""),
    ],
)
def test_words_of_the_plans_columns_and_papers(real, stem, question, expected, said):
    answer = ask(real(stem), question, DAY)
    assert (answer.task_ids, said in answer.text) == (expected, True)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("When did the province bring this plan out?", "28/04/2025"),
        ("Starting from which date does the decision apply?", "28/04/2025"),
        ("Quyết định này được áp dụng kể từ ngày nào?", "28/04/2025"),
        ("Could you tell me briefly what the plan is all about?", "tiêu chuẩn đo lường"),
    ],
)
def test_the_plans_facts_asked_within_a_sentence(seed_engine, question, said):
    answer = ask(seed_engine, question, DAY)
    assert (answer.task_ids, said in answer.text) == ([], True)


@pytest.mark.parametrize(
    ("stem", "question", "expected", "said"),
    [
        (
            "qd-893-QD-TTg",
            "Will the private sector be encouraged to help with training?",
            [],
            "ngoài nhà nước",
        ),
        (
            "qd-893-QD-TTg",
            "Is the non-state sector encouraged to take part in training?",
            [],
            "ngoài nhà nước",
        ),
        (
            "qd-844-QD-TTg",
            "Can the province top up the contributions of people joining health insurance?",
            ["3"],
            "",
        ),
        (
            "nq-97-NQ-CP",
            "Is there going to be a network of foreign legal experts, and by when?",
            [],
            "Quý IV/2026",
        ),
        (
            "qd-982-QD-TTg",
            "How quickly can deposits be transferred in an international M&A deal?",
            ["3.5"],
            "",
        ),
    ],
)
def test_english_renderings_of_several_words(real, seed_engine, stem, question, expected, said):
    answer = ask(seed_engine if stem == "seed" else real(stem), question, DAY)
    assert (answer.task_ids, said in answer.text) == (expected, True)


@pytest.mark.parametrize(
    "question",
    [
        "Can businesses look up standards online?",
        "Can we look up technical regulations on the internet?",
    ],
)
def test_looking_up_is_the_database_first(seed_engine, question):
    assert "II.3" == ask(seed_engine, question, DAY).task_ids[0]
