"""Classes of questions round 19 showed were read wrong, each tried with sentences of its
own on the forestry plan written in test_papers_and_followups, the bundled plan and a real
gazette plan:

- "danh sách các nhiệm vụ về …" lists those on the topic, not every task;
- the plan's parts ("gồm mấy phần?", "main sections");
- a yes/no about a task's kind of deadline ("có phải làm hằng năm không?", "an annual task?"),
  and "Có." / "Yes." before the tasks a yes/no topic question finds;
- a kind of body asked of a task its words describe ("những cơ quan công an, kiểm lâm nào
  phối hợp?", "có mời các quỹ tham gia phối hợp không?") is that task's column;
- a document to review picked by the rarest words of its title;
- follow-ups: "còn cái đầu", "ông ấy ký với tư cách gì?", "who has to do it?";
- English: adverbs read by their adjectives ("internationally"), "trying to achieve",
  "the provincial chairman".
"""

from __future__ import annotations

from datetime import date

import pytest

from indexer.agencies import split_agencies
from knowledge.engine import Engine
from tests.dialogues import chat
from tests.forest import TODAY, ask
from tests.realplans import real_engine


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Liệt kê danh sách các nhiệm vụ về phòng cháy chữa cháy", ["II.2"]),
        ("list all tasks about forest fire training", ["II.2"]),
        ("danh sách các nhiệm vụ", ["I.1", "I.2", "II.1", "II.2", "II.3", "II.4"]),
    ],
)
def test_a_list_of_the_tasks_on_a_topic(forest, question, ids):
    assert ask(forest, question).task_ids == ids


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "Kế hoạch này gồm mấy phần?",
            ["có 2 phần", "MỤC ĐÍCH", "TỔ CHỨC THỰC HIỆN", "6 nhiệm vụ"],
        ),
        ("kh co may phan lon vay", ["có 2 phần"]),
        ("What are the main parts of this plan?", ["2 parts", "6 tasks"]),
    ],
)
def test_the_plans_parts(forest, question, said):
    text = ask(forest, question).text
    assert [s for s in said if s not in text] == []


def test_the_parts_of_a_plan_with_documents_to_review(seed_engine):
    text = ask(seed_engine, "Bố cục của kế hoạch thế nào?").text
    assert ("có 3 phần" in text, "5 văn bản cần rà soát" in text) == (True, True)


def test_the_parts_of_a_real_plan(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "qd-982-QD-TTg")
    text = ask(engine, "de an co bao nhieu phan").text
    assert ("có 4 phần" in text, "KINH PHÍ" in text) == (True, True)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Nhiệm vụ II.2 có phải làm hằng năm không?", "Đúng."),
        ("Nhiệm vụ I.1 có phải là việc hằng năm không?", "Không đúng."),
        ("nv II.4 co phai lam hang nam ko", "Không đúng."),
        ("Is task II.1 a yearly task?", "No."),
        ("Is task II.2 done every year?", "Yes."),
    ],
)
def test_a_claim_of_a_recurring_deadline(forest, question, verdict):
    assert ask(forest, question).text.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "start", "ids"),
    [
        ("Có việc nào về camera không?", "Có.", ["II.1"]),
        ("Is there anything on forest fire training?", "Yes.", ["II.2"]),
        ("Kế hoạch nói gì về camera?", "Các nhiệm vụ", ["II.1"]),
    ],
)
def test_a_yes_or_no_topic_says_yes(forest, question, start, ids):
    answer = ask(forest, question)
    assert (answer.text.startswith(start), answer.task_ids) == (True, ids)


@pytest.mark.parametrize(
    ("question", "ids", "said"),
    [
        (
            "Nhiệm vụ lắp đặt camera cảnh báo cháy rừng có những cơ quan công an, kiểm lâm nào"
            " phối hợp?",
            ["II.1"],
            "Công an tỉnh",
        ),
        (
            "Nhiệm vụ huy động ngân hàng đầu tư trồng rừng gỗ lớn có mời các quỹ đầu tư tham"
            " gia phối hợp không?",
            ["II.3"],
            "Ngân hàng Nhà nước",
        ),
    ],
)
def test_a_kind_of_body_asked_of_a_described_task(forest, question, ids, said):
    answer = ask(forest, question)
    assert (answer.task_ids, said in answer.text) == (ids, True)


@pytest.mark.parametrize(
    ("question", "numbers"),
    [
        ("Trong danh mục rà soát có văn bản nào về truy xuất nguồn gốc không?", ["1."]),
        ("Văn bản về đo lường hỗ trợ doanh nghiệp nằm trong danh sách cần sửa đổi không?", ["3."]),
        ("Is the 2020 traceability plan going to be revised?", ["1."]),
        ("những văn bản nào cần rà soát", ["1.", "2.", "3.", "4.", "5."]),
    ],
)
def test_a_document_to_review_by_its_rarest_title_words(seed_engine, question, numbers):
    lines = ask(seed_engine, question).text.splitlines()[1:]
    assert [line.split()[0] for line in lines if line[:1].isdigit()] == numbers


@pytest.mark.parametrize(
    ("questions", "today", "ids", "said"),
    [
        (
            ("nhóm II gồm những nv nào", "cái cuối cùng ai chủ trì", "còn cái đầu"),
            TODAY,
            ["II.1"],
            "Sở Khoa học và Công nghệ",
        ),
        (
            ("Anything due this quarter?", "Who has to do it?"),
            TODAY,
            ["II.1"],
            "Sở Khoa học và Công nghệ",
        ),
    ],
)
def test_follow_ups(forest, questions, today, ids, said):
    last = chat(forest, *questions, today=today)[-1]
    assert (last.task_ids, said in last.text) == (ids, True)


@pytest.mark.parametrize("follow_up", ["Ông ấy ký với tư cách gì?", "What title did he sign as?"])
def test_the_signers_office(seed_engine, follow_up):
    last = chat(seed_engine, "Ai ký quyết định này?", follow_up, today=TODAY)[-1]
    assert "CHỦ TỊCH" in last.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many tasks does the provincial chairman oversee?", "17 tasks"),
        ("Does the province work internationally on metrology?", "VI."),
        ("What is this plan trying to achieve?", "Mục đích"),
    ],
)
def test_english_words_of_other_forms(seed_engine, question, expected):
    answer = ask(seed_engine, question)
    assert expected in answer.text or expected in " ".join(answer.task_ids)


@pytest.mark.parametrize(
    ("questions", "ids", "said"),
    [
        # "sở đó": the lead of the task in hand, when no agency's tasks were asked before.
        (("Nhiệm vụ I.2 do ai chủ trì?", "sở đó còn làm những việc nào?"), ["I.2", "II.3"], ""),
        # "mấy mốc thời hạn, cụ thể": the task in hand's deadline, not the dated tasks.
        (
            ("Ai chủ trì việc xây dựng cơ sở dữ liệu về rừng?", "Việc đó có mấy mốc thời hạn?"),
            ["II.4"],
            "Quý II/2026",
        ),
    ],
)
def test_what_points_back_at_the_task_in_hand(forest, questions, ids, said):
    last = chat(forest, *questions, today=TODAY)[-1]
    assert (last.task_ids, said in last.text) == (ids, True)


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Tháng 5/2026 có những chính sách nào phải triển khai?", ["I.2"]),
        ("What has to be done by the end of this year?", ["II.1"]),
    ],
)
def test_things_asked_for_in_a_period(forest, question, ids):
    assert ask(forest, question).task_ids == ids


@pytest.fixture(scope="module")
def plan_116(tmp_path_factory) -> Engine:
    return real_engine(tmp_path_factory, "nq-116-NQ-CP")


@pytest.fixture(scope="module")
def plan_105(tmp_path_factory) -> Engine:
    return real_engine(tmp_path_factory, "nq-105-NQ-CP")


@pytest.mark.parametrize(
    ("questions", "ids", "said"),
    [
        (("I.4 phần giao thông ai làm",), ["I.4.2", "I.4"], "Bộ Xây dựng"),
        (("I.4.2 ai chủ trì?", "còn phần đê điều, hồ đập thì sao?"), ["I.4.1", "I.4"], "NN&MT"),
        (("I.4.1 ai chủ trì?", "còn thông tin liên lạc?"), ["I.4.4", "I.4"], "Khoa học"),
        # (its items as the list in hand, which "mục thứ 2" picks from; stop 19)
        (
            ("Nhiệm vụ I.4 gồm những mục nào?",),
            ["I.4.1", "I.4", "I.4.2", "I.4.3", "I.4.4"],
            "mục của nhiệm vụ I.4",
        ),
    ],
)
def test_an_item_picked_by_its_own_words(plan_116, questions, ids, said):
    last = chat(plan_116, *questions, today=TODAY)[-1]
    assert (last.task_ids, said in last.text) == (ids, True)


def test_the_items_of_a_task_an_agency_has_a_part_in(plan_105):
    answer = ask(plan_105, "Bộ Y tế được giao làm gì trong việc sắp xếp cơ sở y tế, trường học?")
    assert {"III.2", "III.2.4"} <= set(answer.task_ids)


@pytest.mark.parametrize(
    ("question", "ids", "said"),
    [
        # "trình cấp nào" names the column "Cấp trình" in its own order: it is asked.
        (
            "Việc xây dựng đề án cải cách chế độ tiền lương, phụ cấp trình cấp nào?",
            ["IV.9"],
            "Bộ Chính trị",
        ),
        # "cấp nào" asks a column by its head, of the task a period in its words describes
        (
            "Rà soát vị trí việc làm để xác định biên chế tổng thể giai đoạn 2026 - 2031 thì"
            " cấp nào?",
            ["IV.2"],
            "Bộ trưởng",
        ),
        # the column's value still filters
        ("nhiệm vụ nào có cấp trình là Bộ Chính trị", ["III.7", "III.9", "IV.9"], "Bộ Chính trị"),
    ],
)
def test_a_column_asked_by_its_header_in_other_words(plan_105, question, ids, said):
    answer = ask(plan_105, question)
    assert (answer.task_ids, said in answer.text) == (ids, True)


@pytest.mark.parametrize(
    ("question", "count"),
    [
        # words of the list, of other columns, or of no title: every document
        ("Có bao nhiêu văn bản nằm trong danh mục cần rà soát, sửa đổi, bổ sung?", 5),
        ("Văn bản nào trong danh mục rà soát có sản phẩm dự kiến là một Kế hoạch?", 5),
        ("Which older provincial documents are going to be reviewed and revised?", 5),
        # the syllables that tell titles apart pick them
        ("van ban nao ve truy xuat nguon goc can ra soat", 1),
    ],
)
def test_which_words_pick_documents_by_title(seed_engine, question, count):
    lines = ask(seed_engine, question).text.splitlines()
    assert len([line for line in lines[1:] if line[:1].isdigit()]) == count


def test_investing_is_no_first_one(seed_engine):
    question = "Ai chủ trì việc đầu tư cho các đơn vị thử nghiệm, kiểm định, hiệu chuẩn?"
    assert ask(seed_engine, question).task_ids == ["IV.2"]


def test_a_word_is_no_typo_of_a_function_word(seed_engine):
    # "chọn" is no "cho", which would leave the question without it
    assert "cho" not in seed_engine.lexicon.segment("viec chon doanh nghiep".split())


def test_a_count_of_what_a_task_states_is_no_count_of_tasks(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "qd-982-QD-TTg")
    answer = ask(engine, "Việc chọn doanh nghiệp công nghệ số chủ lực chọn bao nhiêu doanh nghiệp?")
    assert (answer.task_ids, "05" in answer.text) == (["5.1"], True)


@pytest.mark.parametrize(
    ("stem", "question", "ids", "said"),
    [
        # "who is going to run …" asks the lead, as "who leads" does
        ("", "Who is going to run the dialogue sessions with companies?", ["I.3"], "Lead:"),
        # an item picked by its English words
        (
            "nq-116-NQ-CP",
            "Which ministry is responsible for disaster-resilience standards for energy"
            " infrastructure?",
            ["I.4.3", "I.4"],
            "Bộ Công Thương",
        ),
        # "cut unnecessary …", "tech": words of everyday English the glossary reads
        (
            "nq-97-NQ-CP",
            "Will they cut unnecessary business conditions, and who handles it?",
            ["12"],
            "Bộ Tài chính",
        ),
        (
            "qd-982-QD-TTg",
            "Who will organize the digital tech business forums, and who helps?",
            ["4.3"],
            "Bộ Ngoại giao",
        ),
    ],
)
def test_english_of_real_plans(seed_engine, tmp_path_factory, stem, question, ids, said):
    engine = real_engine(tmp_path_factory, stem) if stem else seed_engine
    answer = ask(engine, question)
    assert (answer.task_ids, said in answer.text) == (ids, True)


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        (
            "Bộ Y tế, Sở Y tế, cơ sở khám bệnh, chữa bệnh",
            ["Bộ Y tế", "Sở Y tế", "cơ sở khám bệnh, chữa bệnh"],
        ),
        ("Cơ sở khám bệnh, chữa bệnh", ["Cơ sở khám bệnh, chữa bệnh"]),
        ("UBND huyện, thành phố", ["UBND huyện, thành phố"]),
    ],
)
def test_facilities_after_a_department_are_a_body_of_their_own(cell, names):
    assert [name for name, _ in split_agencies(cell)] == names


@pytest.mark.parametrize(
    ("questions", "today", "ids"),
    [
        # "cái nào đã quá hạn" after a list: which of them, not each one's status
        (
            (
                "Nhiệm vụ nào của nhóm II?",
                "trong đó việc nào có hạn cụ thể?",
                "tính đến hôm nay cái nào đã quá hạn?",
            ),
            date(2027, 1, 10),
            ["II.1", "II.4"],
        ),
        # "h" is "giờ": the status of the task in hand
        (("II.1 hạn khi nào?", "vay h qua han chua"), date(2027, 1, 10), ["II.1"]),
    ],
)
def test_which_of_them_and_now(forest, questions, today, ids):
    assert chat(forest, *questions, today=today)[-1].task_ids == ids


@pytest.mark.parametrize(
    ("question", "ids", "said"),
    [
        ("Cho tôi danh sách nhiệm vụ trong phần bảo vệ rừng", ["II.1", "II.2", "II.3", "II.4"], ""),
        # an agency set aside ("ngoài …") is no topic word and no filter
        (
            "Ngoài Sở Tài chính, việc huy động ngân hàng đầu tư trồng rừng còn cơ quan nào"
            " tham gia?",
            ["II.3"],
            "Ngân hàng Nhà nước",
        ),
        ("In a nutshell, what does this plan aim for?", [], "cháy rừng"),
    ],
)
def test_lists_set_asides_and_fillers(forest, question, ids, said):
    answer = ask(forest, question)
    assert (answer.task_ids, said in answer.text) == (ids, True)


def test_a_papers_own_date_is_no_date_the_plan_sets(seed_engine):
    # "Chỉ thị số 38-CT/TW ngày 30/7/2024" in a passage is the paper's date, not a deadline
    answer = ask(seed_engine, "Việc phổ biến Chỉ thị 38 phải xong vào quý nào?")
    assert (answer.task_ids, "Quý II/2025" in answer.text) == (["I.1"], True)


@pytest.mark.parametrize(
    ("question", "today", "ids", "said"),
    [
        # "có được giao … nhiệm vụ nào … không?": the list, not one task to confirm
        (
            "Công an tỉnh có được giao chủ trì nhiệm vụ nào về phòng cháy không?",
            TODAY,
            ["II.2"],
            "Công an tỉnh",
        ),
        # "theo nhóm khu rừng …" names no group of the table
        ("Việc lắp camera theo nhóm khu rừng đặc dụng do ai chủ trì?", TODAY, ["II.1"], ""),
        # "ngoài đơn vị chủ trì còn … tham gia phối hợp": the task's partners
        (
            "Để tập huấn phòng cháy thì ngoài đơn vị chủ trì còn cơ quan nào tham gia phối hợp?",
            TODAY,
            ["II.2"],
            "Chi cục Kiểm lâm",
        ),
        # "chậm so với kế hoạch" is overdue
        (
            "Những việc nào đang chậm so với kế hoạch?",
            date(2027, 1, 10),
            ["I.1", "I.2", "II.1", "II.4"],
            "",
        ),
    ],
)
def test_lists_groups_and_lateness(forest, question, today, ids, said):
    answer = ask(forest, question, today)
    assert (answer.task_ids, said in answer.text) == (ids, True)


@pytest.mark.parametrize(
    "question", ["Ai thay mặt Thủ tướng ký quyết định này?", "Đề án do Phó Thủ tướng nào ký vậy?"]
)
def test_the_signer_asked_by_office(tmp_path_factory, question):
    engine = real_engine(tmp_path_factory, "qd-982-QD-TTg")
    assert "Người ký:" in ask(engine, question).text


@pytest.mark.parametrize(
    ("follow_up", "said"),
    [
        ("Chi cục Kiểm lâm làm gì trong việc đó?", "Chi cục Kiểm lâm: phối hợp"),
        ("Sở Tài chính có liên quan gì tới nó không?", "Sở Tài chính: không có tên"),
    ],
)
def test_an_agencys_part_in_the_task_in_hand(forest, follow_up, said):
    questions = ("Ai chủ trì việc tập huấn phòng cháy chữa cháy rừng?", follow_up)
    last = chat(forest, *questions, today=TODAY)[-1]
    assert (last.task_ids, said in last.text) == (["II.2"], True)


def test_of_two_tasks_that_hold_the_words_the_one_that_opens_with_them(seed_engine):
    # V.1 reviews the rules "về thanh tra … lưu thông trên thị trường"; V.2 "tăng cường
    # thanh tra …": both hold every word, the question opens as V.2 does
    question = "Ai chủ trì tăng cường thanh tra, kiểm tra hàng hóa lưu thông trên thị trường?"
    assert ask(seed_engine, question).task_ids == ["V.2"]


def test_documents_that_need_reviewing(seed_engine):
    answer = ask(seed_engine, "How many documents does the plan say need reviewing?")
    assert "5 documents to review" in answer.text
