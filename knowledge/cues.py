"""The cue words of questions: which column is asked and what kind of answer (a count, a
list, an extreme, a claim to confirm, something no plan holds). The cues of each column are
in ``field_cues``, small talk and follow-ups in ``chat_cues``, deadlines relative to today in
``deadline_cues``.

Every pattern is matched on folded text ("ai chu tri"), so a question with or without
diacritics reads the same.

>>> bool(COUNT_CUE.search("co bao nhieu nhiem vu")), bool(COUNT_CUE.search("ai chu tri"))
(True, False)
"""

from __future__ import annotations

import re


def cue(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(rf"\b(?:{p})\b" for p in patterns))


# ("kế hoạch chi tiết", "quy định chi tiết": a kind of paper, not the whole row asked for)
FULL_CUE = cue(
    r"(?<!ke hoach )(?<!quy dinh )(?<!huong dan )chi tiet",
    r"toan van",
    r"day du",
    r"tat ca thong tin",
    r"details?",
    r"full",
)

ALL_CUE = cue(
    r"tat ca(?: cac)? (?:nhiem vu|viec)",
    r"danh sach(?: cac| tat ca)? (?:nhiem vu|nv|viec)",
    r"(?:list|all)(?: of)?(?: the| all)? tasks",
    r"liet ke(?: ra)?(?: cac| tat ca| nhung| het| toan bo)* (?:nhiem vu|nv|viec|cong viec)",
    # "Kế hoạch gồm những nhiệm vụ nào?", "đề án có những việc gì": every task (a topic after
    # it, "… về đào tạo", asks those on the topic)
    r"(?:ke hoach|de an|quyet dinh|nghi quyet|chuong trinh(?: hanh dong)?)(?: nay| do)?"
    r" (?:co|gom|bao gom|giao) (?:nhung|cac) (?:nhiem vu|nv|viec|cong viec) (?:nao|gi)",
    r"what tasks (?:are there )?(?:does|are in|in) (?:the|this) plan(?: have| include| contain)?",
)
# "Nhiệm vụ nào không do Sở KH&CN chủ trì?": the tasks outside the filter.
NEGATION_CUE = cue(
    r"khong (?:truc tiep )?(?:do|phai|co|duoc|thuoc|lien quan|chu tri|phoi hop|chi dao"
    r"|tham gia|ghi|neu)",
    # "phối hợp nv nào, không tính (những việc) chủ trì": leaves those out
    r"khong (?:tinh|ke|bao gom|gom)(?: (?:ca|cac|nhung|nhiem vu|nv|viec|cai))*"
    r" (?:chu tri|phoi hop|chi dao)",
    # "nhiệm vụ nào không thực hiện hằng năm": those done otherwise
    r"(?<=nao )(?:\w+ ){0,4}khong (?:thuc hien|lam)\b",
    r"chua (?:co|duoc|xac dinh)",
    # "để trống cột cơ quan phối hợp": left blank; not "từng bộ trong giai đoạn …" (each
    # ministry in it)
    r"(?<!tung )(?<!cac )(?<!moi )(?<!nhung )(?<!mot )(?<!cua )(?:de|bo) trong",
    # "ngoại giao", "ngoài công lập", "ngoài ngân sách" are words of their own, no "except".
    # Nor "ngoài việc đó ra" (besides the task in hand), which sets no agency aside.
    r"(?<!nuoc )ngoai(?! (?:nuoc|giao|te|thuong|hoi|khoa|vien|tru|o|cong lap|ngan sach"
    r"|nha nuoc|ra|(?:viec|nhiem vu|nv|cai|van ban) (?:do|nay|tren|vua roi|kia))\b)",
    # (not "dự trữ", "lưu trữ", "cư trú", "khấu trừ", "phòng trừ", "trụ sở")
    r"(?<!du )(?<!luu )(?<!cu )(?<!khau )(?<!phong )tru(?! so\b)",
    r"(?:not|isn t|aren t|doesn t|don t)(?! (?:yet|due)\b)",
    r"(?:without|other than|except|excluding)",
)
# "Sở KH&CN và UBND huyện cùng chủ trì", "vừa chủ trì vừa chỉ đạo": every one, not any.
ALL_OF_CUE = cue(r"cung", r"deu", r"vua", r"ca hai", r"chung voi", r"both", r"together", r"jointly")
# Superlatives and totals over a column: "thời hạn muộn nhất", "kinh phí lớn nhất", "tổng kinh phí".
MOST_CUE = cue(
    r"(?:lon|cao|nhieu|muon|tre|xa|lau|dai) nhat",
    # (not "hạn cuối cùng để gửi báo cáo": the deadline of that work, said firmly)
    r"cuoi cung(?! (?:de|cho|phai) )",
    r"largest",
    r"highest",
    r"biggest",
    r"latest",
    r"most",
)
LEAST_CUE = cue(
    # (not "ít nhất một lãnh đạo", "at least one": a number, no extreme)
    r"(?:nho|thap|som) nhat",
    r"it nhat(?! (?:\d+|mot|hai|ba|bon|nam)\b)",
    r"dau tien",
    r"smallest",
    r"lowest",
    r"(?<!at )least",  # not "at least one"
    r"earliest",
)
# What an agency does or hands in: "phải thực hiện nội dung gì", "triển khai những việc gì",
# "phải nộp báo cáo gì", "cần trình văn bản nào".
DOES_WHAT = (
    # ("btc lo gì trong đề án": "lo" is to see to)
    r"(?:thuc hien|trien khai|dam nhan|dam nhiem|lo) (?:nhung )?(?:noi dung |viec )?gi"
    r"|(?:phai|can|duoc giao) (?:nop|trinh|gui|ban hanh|xay dung|hoan thanh|chuan bi|soan thao)"
    r"(?: (?:nhung|cac))?(?: (?:bao cao|van ban|san pham|de an|ke hoach))? (?:gi|nao)"
)
# What an agency is given to do as a whole, its tasks and its part in the text: "Chi cục
# có vai trò gì", "Sở X được giao những việc gì", "what is the department responsible for".
DUTIES_CUE = cue(
    r"vai tro",
    r"trach nhiem",
    r"duoc giao",
    r"(?:lam|phai lam) (?:nhung )?(?:gi|viec gi)",
    DOES_WHAT,
    # "Bộ Công an lo phần nào trong đề án?", "phụ trách mảng gì"
    r"(?:lo|phu trach|dam nhan|dam nhiem|chiu trach nhiem) (?:phan|mang|khau) (?:nao|gi)",
    # not "Có nhiệm vụ nào về tiếp nhận góp ý của doanh nghiệp không?", about a topic
    r"co (?:nhung )?(?:nhiem vu|viec) (?:gi|nao)(?! (?:ve|lien quan)\b)",
    # "Bộ Y tế năm nay phải nộp mấy cái báo cáo", "phải trình những đề án nào": what it is
    # given to deliver
    r"phai (?:nop|trinh|gui|ban hanh|hoan thanh|xong|xay dung|thuc hien|soan|lam)"
    r" (?:may|bao nhieu|nhung|cac|gi)\b",
    # "Bộ Ngoại giao là chủ trì hay phối hợp?": which part it has, wherever the plan gives it
    r"(?:chu tri|phoi hop|chi dao) hay (?:chi )?(?:la )?(?:chu tri|phoi hop|chi dao)",
    r"(?:lead|leads|leading) or (?:just |only )?(?:support|coordinat|help)",
    r"\brole\b",
    r"responsib",
    r"in charge of",
    # "What is the army supposed to do under this plan?", "what does X have to do"
    # (the agency's name is blanked out of the cues: "what is          supposed to do")
    r"what (?:is|are|does|do|will|must|should)\s+(?:\w+\s+){0,4}(?:supposed|expected|required"
    r"|have|has|need|needs|going|asked|told|meant|tasked) to do\b",
    r"what (?:must|should|will)\s+(?:\w+\s+){0,4}do\b",
)
# ("tổng hợp", "tổng kết", "Tổng cục" are words of their own.)
TOTAL_CUE = cue(
    r"tong(?: cong| so)?(?! (?:hop|ket|quan|the|cuc|bi thu|ly|giam doc|dieu tra|thong)\b)",
    r"cong lai",
    r"total",
    r"sum",
)
# "kết quả cuối cùng phải ra được văn bản gì": the kind of answer asked for, no topic.
ANSWER_KIND = cue(r"(?:ra |la )?(?:duoc )?van ban (?:gi|nao)(?= *$)", r"cuoi cung")
# "trong phụ lục": where the tasks are, which says nothing of their topic.
APPENDIX_WORD = cue(r"phu luc", r"appendix", r"annex", r"bang (?:phu luc|nhiem vu)")
# "trong Đề án", "của Kế hoạch này": the plan itself, named by its kind; no topic.
THIS_PLAN = cue(
    # "Theo Đề án, việc … theo những hình thức nào?": opening on the plan, whatever follows
    r"^(?:theo|trong) (?:de an|ke hoach|chuong trinh|quyet dinh|nghi quyet)(?: hanh dong)?"
    r"(?: nay)?",
    r"(?:trong|cua|theo|tai|thuoc|cho) (?:de an|ke hoach|chuong trinh|quyet dinh|nghi quyet)"
    r"(?: hanh dong)?(?: nay)?(?= gom| co| la| \w+ nao| nao| (?:z|v|vay|nhi|ha)\b| ?[,.?]|$)",
    # "What does the action programme require?": in English "the plan" is the plan itself,
    # also once read in the plans' words ("this chuong trinh hanh dong").
    r"(?:in |of |under |for )?(?:this|the) (?:action )?"
    r"(?:plan|decision|resolution|scheme|programme|program)\b",
    r"(?:in |of |under |for )?(?:this|the) (?:de an|ke hoach|chuong trinh(?: hanh dong)?)\b",
    # "Đề án quy định bao nhiêu hình thức …?": the plan's kind and what it does, no topic
    r"(?:^|(?<= ))(?:de an|ke hoach|chuong trinh)(?: hanh dong)?(?: nay)? (?:quy dinh|de ra|neu"
    r"|dat ra|liet ke)(?= (?:bao nhieu|may|nhung|cac|gi|nao)\b)",
    # "Đề án có mấy hình thức …?", "đề án này": a question that opens on the plan's kind.
    r"(?:^|(?<= ))(?:de an|ke hoach|chuong trinh)(?: hanh dong)?(?: nay)?(?= (?:co|gom|cap|giao|dat"
    r"|de ra|yeu cau|quy dinh|neu|nham|phan dau|huong toi|uu tien|liet ke|de cap|noi|du kien"
    r"|se)\b)",
    r"(?:de an|ke hoach|chuong trinh) nay",
)
# "thuộc nhóm nào", "bao nhiêu nhóm": the question is about the groups of the appendix.
# "What main areas does the plan cover?", "các mảng lớn của kế hoạch": its groups
PLAN_AREAS = (
    r"(?:main|key|broad|major) (?:areas|themes|pillars|headings)"
    r"|(?:which|what) (?:areas|themes|pillars) (?:does|do|will) (?:the|this|it)"
    r"|(?:nhung|cac) mang (?:lon|chinh)"
)
GROUP_WORD = cue(r"nhom(?! [ivxl0-9]+\b)", r"groups?(?! [ivxl0-9]+\b)", PLAN_AREAS)
PLANS_CUE = cue(
    r"(?:nhung|cac|danh sach|bao nhieu|may) (?:ke hoach|van ban ke hoach)",
    # (not "kế hoạch nào của Tỉnh ủy": a paper the plan cites, by whose it is)
    r"ke hoach nao(?! (?:cua|do) )",
    r"which plans",
    r"list (?:of )?plans",
    r"plans loaded",
)
DOCUMENTS_CUE = cue(
    r"van ban (?:\w+ ){0,8}(?:ra soat|sua doi|bo sung)",
    # "Văn bản quy định mức chi … nào nằm trong danh sách cần rà soát?"
    r"van ban (?:\S+ ){0,16}(?:danh sach|danh muc) (?:can |phai |duoc )?(?:ra soat|sua doi)",
    r"(?:ra soat|sua doi|bo sung) van ban",
    # "Kế hoạch yêu cầu rà soát, sửa đổi những văn bản nào?"
    r"(?:ra soat|sua doi|bo sung)(?: \w+){0,4} van ban (?:nao|gi)",
    # "… yêu cầu rà soát, sửa đổi, bổ sung bao nhiêu văn bản?", "phải sửa đổi mấy văn bản"
    r"(?:ra soat|sua doi|bo sung)(?: \w+){0,4} (?:bao nhieu|may|nhung|cac) van ban",
    r"danh muc van ban",
    r"documents? (?:up )?(?:to|for|under) review",
    r"documents? (?:\w+ ){0,4}(?:reviewed|amended|revised)",
    r"review(?:ed)? documents?",
    # "… is on the review list, right?", "the list of things to review"
    r"review list",
    # "a deadline for reviewing the old 2020 traceability plan?": an earlier paper, by its age
    r"(?:review|reviewing|reviewed|revis\w+|amend\w*|updat\w+) (?:the |a |an |any |its )?"
    r"(?:old|older|existing|previous|earlier|(?:19|20)\d\d)\b(?: \w+){0,4} (?:plans?|decisions?"
    r"|resolutions?|rules|regulations|documents?|programmes?|programs?|schemes?)",
    r"list (?:of \w+ )?(?:to|for) (?:be )?review",
    # "How many documents does the plan say need reviewing?"
    r"documents? (?:\w+ ){0,6}(?:need|needs|require|requires) (?:reviewing|review|revising"
    r"|revision|amending|to be (?:reviewed|revised|amended))",
    r"(?:rules|regulations|policies|documents|programs|programmes|schemes|decisions?|plans?"
    r"|resolutions?)"
    r" (?:\w+ ){0,12}(?:be|being)"
    r" (?:reviewed|amended|revised)",
    # "Which older provincial documents does the plan want to review and update?"
    # ("… is the province going to review", "… will the province update")
    r"documents? (?:\w+ ){0,6}(?:(?:wants?|plans?|going|needs?|aims?|intends?) to"
    r"|will(?: \w+){0,3})"
    r" (?:review|revise|amend|update)",
)
# "đó" (that) of "mấy báo cáo đó", not the "do" (by) of "do Sở X chủ trì": folded alike, told
# apart by what follows.
THAT_NOT_BY = (
    r"do(?! (?:so|bo|ubnd|uy ban|cac|co quan|ben|don vi|cuc|chi cuc|ban|tong cuc|vien|truong"
    r"|hoi|cong an|phong|trung tam|chinh phu|thu tuong|ai|mot)\b)"
)
# "mấy", not "nhà máy", "dệt may", "bộ máy", "máy móc".
COUNT_CUE = cue(
    # not "là nhiệm vụ số mấy", "số bao nhiêu", which ask an id; nor "mấy năm (thì) xong",
    # "bao nhiêu tháng", which ask how long
    r"(?<!so )(?<!han )bao nhieu(?! (?:nam|thang|ngay|tuan)\b)",  # ("hạn bao nhiêu": when)
    # not "nhà máy", "bộ máy"; nor "quý mấy", "tháng mấy", which ask when
    # ("hạn mấy", "han may": the deadline, as "hạn bao nhiêu")
    r"(?<!nha )(?<!det )(?<!bo )(?<!quy )(?<!q )(?<!thang )(?<!ngay )(?<!nam )(?<!thu )(?<!so )"
    r"(?<!han )may(?! moc| (?:nam|thang|ngay|tuan)\b)"
    # nor "mấy báo cáo đó", "mấy việc này": "those", pointing back
    rf"(?! (?:\w+ ){{1,2}}(?:nay|kia|ay|{THAT_NOT_BY})\b)",
    r"how many",
    # the number of tasks, not "số lượng cấp phó", a task's words
    r"so luong (?:cac |nhung )?(?:nhiem vu|nv|viec|cong viec|dau viec|hoat dong|van ban|ke hoach"
    r"|muc|nhom)",
    r"tong so",
    r"dem",
)
# "Bộ Chỉ huy quân sự tỉnh phối hợp với ai?": the agency named, and who works with it.
WITH_WHOM = cue(
    r"(?:phoi hop|lam viec|cung|ket hop|chu tri) voi (?:ai|nhung ai"
    r"|(?:nhung |cac )?(?:co quan|ben|don vi)(?: \w+){0,3} nao"
    # "phối hợp với những đài nào", "với các bộ nào": whoever they are
    r"|(?:nhung|cac)(?: \w+){1,2} nao)",
    r"with whom",
    r"works? with who",
    r"(?:partners?|coordinates?) with who",
)
# "Is the newspaper involved?", "Are businesses expected to join in?": any part an agency
# plays in the tasks. (Not Vietnamese "tham gia", which is mostly "người tham gia bảo hiểm".)
INVOLVED_CUE = cue(
    r"tham gia",
    r"involved",
    r"tak(?:e|es|ing) part",
    r"participat(?:e|es|ing)",
    r"join(?:s|ing)? in",
    r"(?:play|plays|playing|have|has) (?:a|any) (?:part|role)",
    r"part of (?:this|it|that)",
    # "which ministries work on it": every one with a part, the lead and the others
    r"(?:which|what) (?:ministries|agencies|departments|bodies|offices|authorities"
    r"|organi[sz]ations) (?:\w+ ){0,2}(?:work|are working|deal) (?:on|with)",
    # "Does the plan mention the radio and TV station?": what it is given to do
    r"mention(?:s|ed)?",
    r"(?:nhac|de cap) (?:den|toi)",
)
# The question asks for an agency ("Ai chủ trì ...?"), so an agency it names is a topic.
ASKS_WHO = cue(
    r"ai",
    r"who",
    r"which (?:ministr(?:y|ies)|agenc(?:y|ies)|departments?|bod(?:y|ies)|offices?"
    r"|authorit(?:y|ies)|organi[sz]ations?)",
    r"(?:co quan|don vi|so|bo|nganh|ben) nao",
    # "có UBND nào phối hợp không?": a People's Committee, as "bộ nào" asks a ministry
    r"(?:uy ban nhan dan|uy ban|ubnd)(?: cap)?(?: tinh| huyen| xa)? nao",
    # "những cơ quan báo chí nào", "đơn vị sự nghiệp nào": a kind of body, asked for
    r"(?:nhung|cac) (?:co quan|don vi|to chuc)(?:,? \w+){1,4} nao",
    # "cơ quan báo chí nào phối hợp …": one of that kind ("cơ quan chủ trì nào" names none)
    r"(?:co quan|don vi|to chuc) (?!(?:chu tri|phoi hop|chi dao)\b)\w+(?: \w+)? nao",
    # "Đơn vị chủ trì việc … là gì?": the agency that leads, asked for.
    # Not "Sở X là cơ quan phối hợp …", which names the agency.
    r"^(?:(?!la\b)\w+ ){0,2}(?:co quan|don vi) (?:chu tri|phoi hop|chi dao|phu trach|thuc hien)",
    # "Xin cho biết / tôi muốn biết / hỏi đơn vị chủ trì …"
    r"(?:biet|hoi|xem) (?:ve )?(?:co quan|don vi) (?:chu tri|phoi hop|chi dao|phu trach)",
    r"(?:which|what) (?:government |state |public |provincial |local |national |central"
    r" |district |city )?(?:newspapers?|broadcasters?|(?:tv |radio )?stations?|agency"
    r"|agencies|department|departments|body|bodies|office|ministry"
    r"|ministries|minister|unit|units|authority|authorities|organi[sz]ations?)",
)
TASK_WORD = cue(
    # "bao nhiêu nhiệm vụ cụ thể": the appendix's tasks, which are the specific ones.
    r"nhiem vu (?:cu the|chi tiet)",
    r"nhiem vu",
    r"nv",
    r"(?:cac|nhung|bao nhieu|may) hoat dong",
    r"hoat dong nao",
    r"vai tro",  # "vai trò của Đài PT-TH": every task it has a part in
    r"what (?:does|do|will)(?: \w+){0,8} do",  # (the name blanked: "what does [the army] do")
    r"(?:anything|something|nothing|much) to do",
    r"roles?",
    r"(?:any|a|what|which) (?:jobs?|duties|part)",  # "Does the military have any job?"
    r"activities",
    r"cong viec",
    r"viec",
    r"tasks?",
    r"action items?",
    r"(?:which|what) (?:items|things|actions|jobs)",  # "Which items were meant to be finished…?"
    r"lam gi",
    DOES_WHAT,
    # not "giáo dục", "chuyển giao"; nor "giao UBND huyện báo cáo … khi nào", a report's date
    r"(?<!chuyen )giao(?! (?:duc|vien|thong|dich|luu)\b)"
    r"(?!(?:\s+\w+){0,8}\s+(?:bao cao|gui)(?: \w+){0,8} (?:khi nao|bao gio|ngay nao"
    r"|truoc ngay)\b)",
    r"duoc phan cong",
    r"(?:chu tri|phoi hop|chi dao|lam|phu trach) (?:gi|nhung gi|cai gi|viec gi)",
    r"(?:lien quan|tham gia|co phan) (?:gi|viec gi|nhung gi|den nhung viec nao)",
    r"trach nhiem gi",
    r"(?:have|has|need|needs) to do",
    r"asks? (?:of|from)",
    r"expects? (?:of|from)",
    r"requires? (?:of|from)",
    r"means? for",
    r"responsible for",
    r"in charge of",
    r"assigned",
)
SCHEDULE_CUE = cue(r"doi thoai", r"dialog(?:ue)?s?", r"lich (?:gap|lam viec|hop)")
SCHEDULE_ONLY = cue(
    r"lich doi thoai",
    r"(?<!du )lich",  # not "du lịch"
    r"schedule",
    r"when",
    r"khi nao",
    r"bao gio",
    r"dien ra",
    r"to chuc (?:vao|luc|o dau)",
    r"o dau",
    r"where",
    # "the exact date of the next dialogue", "đối thoại ngày nào"
    r"(?:exact|specific|precise|what|which|the) dates?",
    r"ngay (?:nao|may|cu the)",
)

# "due" is a deadline filter ("which tasks are due?") only when tasks are asked for; "when is
# it due?" asks for the deadline of the task just discussed.
ASKS_WHICH = cue(r"nao", r"which", r"what tasks", r"list", r"nhung")
