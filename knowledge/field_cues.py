"""Which column a question asks for: the cue words of each column ("ai chủ trì", "phối hợp",
"hạn", "who leads", "when is it due"), matched on folded text like every cue.

>>> bool(FIELD_CUES[Role.LEAD].search("ai chu tri nhiem vu ii.3"))
True
>>> bool(FIELD_CUES[Role.DEADLINE].search("when is it due"))
True
"""

from __future__ import annotations

import re

from .cues import cue
from .fields import Role

# "Nhiệm vụ nâng cao … bao gồm những việc gì?": what one task holds ("nào" asks which).
WORKS_OF_ONE = r"(?:bao )?gom (?:nhung )?(?:viec|cong viec|hoat dong|noi dung) gi"
# "Việc điều tra … làm một lần hay định kỳ?", "Is it a one-off or yearly?": whether a task
# recurs, asked of it; its deadline answers, and no period filters.
ONCE_OR_AGAIN = (
    r"(?:mot|1) lan hay (?:dinh ky|hang nam|thuong xuyen|nhieu lan|lap lai)"
    r"|(?:dinh ky|hang nam|thuong xuyen) hay (?:mot|1) lan"
    r"|one[ -]?(?:off|time) or (?:recurring|regular|yearly|annual|every year|ongoing)"
)


# Which column a question asks for. Checked on the folded words of the question.
FIELD_CUES: dict[Role, re.Pattern[str]] = {
    Role.LEAD: cue(
        r"(?:dong )?chu tri(?: thuc hien)?",  # as headed: "Cơ quan chủ trì thực hiện"; co-lead
        r"(?:co quan|don vi) thuc hien",
        r"phu trach",
        r"chiu trach nhiem",
        # (a word of how between: "ai trực tiếp thực hiện", "đơn vị nào sẽ làm")
        r"ai (?:(?:se|phai|truc tiep) )?(?:lam|thuc hien|lo|to chuc|dam nhiem|dam nhan)(?: chinh)?",
        r"(?:lam|lo|phu trach) chinh",  # "ai làm chính": who leads, no "chính" of the topic
        r"dung ra(?: chu tri| lam| to chuc)?",  # "bộ nào đứng ra chủ trì"
        # "Ai được giao tham mưu đề án …?", "giao cho bộ nào?"
        r"ai (?:duoc )?(?:giao|phan cong)",
        r"giao cho (?:ai|ben nao|co quan nao|bo nao|so nao|don vi nao)",
        r"(?:ben|co quan|don vi|so|bo|nganh) nao (?:(?:se|phai|truc tiep) )?"
        r"(?:lam|thuc hien|lo|phu trach|dam nhan)",
        r"viec (?:nay |do )?(?:la )?cua ai",
        # "… là trách nhiệm của cơ quan nào?": whose duty the work is
        r"trach nhiem (?:chinh )?(?:cua|thuoc(?: ve)?)"
        r" (?:ai|(?:co quan|don vi|ben|bo|so|nganh) nao)",
        r"(?:do|thuoc) (?:ben|co quan|don vi|so) nao",
        # "kho du tru qg bo nao": a task named, then which body, ending the message
        r"(?<!voi )(?<!cho )(?:ben|co quan|don vi|so|bo|nganh) nao"
        r"(?: (?:vay|the|a|ha|nhi|z|v|ad|ak))?$",
        # "… thì Bộ Y tế làm hay Sở Y tế làm": which of them does it (names blanked out)
        r"lam\s+hay\s+(?:la\s+)?(?:\w+\s+){0,5}lam\b",
        # "do cấp nào trình", "ai trình": who submits it, its lead
        r"(?:(?:cap|ben|co quan|don vi|bo|so) nao|ai) (?:de )?trinh\b",
        r"who (?:leads?|is leading|is responsible|is in charge|runs)",
        r"who (?:handles|manages|takes care of|looks after|is handling|organi[sz]es|does it)",
        # "Who is supposed to do it?", "who has to do that?", "who will do it?"
        r"who (?:is |are )?(?:supposed|expected|meant|going|has|have|needs?)"
        r" to (?:do|handle|carry)",
        # "who will organize …", "who should do it": whoever does it, its lead
        r"who (?:will|should|must|would|is going to|are going to) (?!coordinat|support|help)\w+",
        r"who (?:\w+ )?(?:carr(?:y|ies) out|conducts?|performs?|implements?)",
        # "who is organizing the dialogues?", "who is drafting it?"
        r"who (?:is|are|s|re) (?!coordinat|support|help|involv|also|going)\w+ing\b",
        # "Which offices will check …?": as "who will check …"
        r"which (?:ministr(?:y|ies)|agenc(?:y|ies)|departments?|bod(?:y|ies)|offices?"
        r"|authorit(?:y|ies)|organi[sz]ations?|units?) (?:will|should|must|would|is going to"
        r"|are going to) (?!coordinat|support|help)\w+",
        # "Which ministry handles that?", "which agency is drafting the decree?"
        r"which (?:ministr(?:y|ies)|agenc(?:y|ies)|departments?|bod(?:y|ies)|offices?"
        r"|authorit(?:y|ies)|organi[sz]ations?|units?)"
        r" (?:is |are |will |would |should |must |has to |have to )?"
        r"(?:handl|manag|run|do|oversee|tak\w* care"
        r"|deal\w* with|draft|prepar|writ|carr\w* out|implement|build|set\w* up|develop"
        r"|organi[sz]|submit|issu)\w*",
        # (with the body it names: "besides the lead office" leaves no "office" behind)
        r"lead(?:s|ing|er)?(?: (?:office|agency|department|ministry|unit|body)s?)?",
        r"led by",
        r"responsible",
        r"in charge",
    ),
    Role.COORD: cue(
        r"phoi hop(?: thuc hien)?",
        # (not "do các sở cùng với UBND huyện chủ trì": both lead)
        r"cung voi(?! (?:\w+ ){0,6}(?:chu tri|dong chu tri)\b)",
        r"(?:lam|thuc hien|trien khai) cung",
        r"coordinat\w*",
        # the verb, not the thing given ("any support for the cost of entering a market")
        r"(?<!any )(?<!some )(?<!financial )(?<!more )(?<!get )(?<!receive )(?<!need )"
        r"(?<!provide )(?<!offer )(?<!of )(?<!for )(?<!policy )(?<!state )(?<!cash )"
        r"support\w*(?! (?:for|to|from|with the cost|package|packages|programs?|programmes?"
        r"|schemes?|policy|policies|measures?|mechanisms?|levels?)\b)",
        r"who (?:else )?helps?",  # "who helps?", "which ministries help out": the partners
        r"(?:which|what) (?:other )?(?:agencies|bodies|departments|ministries|offices)"
        r" (?:help|support|assist|join|work with)",
        # "Which ministry works with the lead on that?" (one that helps may be the doer:
        # "which ministry helps with the consular side")
        r"(?:which|what) (?:other |national |central |local |provincial )?(?:agency|body"
        r"|department|ministry|office) works? with",
        r"helps? out",
        r"(?:is|are) helping(?: out)? (?:with|on|in)",  # "Which newspaper is helping with …?"
        r"(?<!international )(?<!foreign )partners?",  # not partner countries
        r"(?:has|have|needs?) to (?:cooperate|collaborate|work together)",
        # the verb: "international cooperation on disaster prevention" is a topic
        r"(?:cooperat|collaborat)(?:e|es|ed|ing) (?:on|with|in)",
        # "listed as a cooperating party", "a participating agency": the partners' column
        r"(?:cooperating|coordinating|collaborating|participating|supporting)"
        r" (?:party|parties|agency|agencies|bodies|body|partners?|units?|roles?)",
        r"who else",
        r"who (?:else )?(?:is |are )?(?:also )?involved",
        # "who helps out?", "which body does the province team up with?"
        r"help(?:s|ing)? (?:out|them)",
        r"team(?:s|ing)? up(?: with)?",
        r"work(?:s|ing)? (?:alongside|together with)",
        # "Which national body does the department work with on …?"
        r"(?:does|do|will) (?:\w+ ){1,4}work with",
        r"who (?:else )?works? with",
        r"ai (?:nua|khac)",
        r"(?:co )?ai (?:khac )?(?:cung )?tham gia",
        r"(?:ben|co quan|don vi) nao (?:nua|khac)",
    ),
    # Not "directive" nor "foreign direct investment".
    Role.DIRECTOR: cue(
        # (not "Ban Chỉ đạo Trung ương", a body's name)
        r"(?<!ban )chi dao",
        r"direct(?!ives?\b| investment|ly\b)\w*",
        r"oversee\w*",
        r"supervis\w*",
    ),
    Role.DEADLINE: cue(
        r"thoi han",
        r"thoi gian",
        r"han chot",
        r"han (?:nop|gui|trinh)",  # "hạn nộp báo cáo": when it is due, "nộp" no topic
        r"(?:nhung|cac|tung) moc",  # "chia thành những mốc nào" (not "máy móc", "mấy mốc")
        # "chia thành mấy giai đoạn" (not "giai đoạn 2026 - 2030", a period); "mấy lần"
        r"(?:may|bao nhieu|nhung|cac|tung) giai doan(?! \d)",
        r"(?:may|bao nhieu) lan",
        r"bao lau(?: \w+){0,3} (?:mot|1) lan",  # "bao lâu thì thực hiện một lần"
        # "còn mấy năm nữa?", "còn bao lâu": the time left, which its deadline says
        r"con (?:bao lau|(?:may|bao nhieu) (?:nam|thang|ngay|tuan|quy))(?: nua)?",
        r"milestones?",
        r"moc (?:thoi gian|thoi han|hoan thanh)",  # "mấy mốc thời hạn"; "máy móc" folds alike
        r"cu the la(?= (?:khi nao|bao gio|luc nao|ngay nao))",  # "…, cụ thể là khi nào?"
        # not "Hàn Quốc", "hạn chế", "hạn mức", "hạn hán"; nor "trung hạn", "dài hạn", "ngắn
        # hạn" (a plan's horizon: "đầu tư công trung hạn"), "giới hạn", "quyền hạn"
        r"(?<!trung )(?<!dai )(?<!ngan )(?<!gioi )(?<!quyen )(?<!huu )(?<!han )"
        r"han(?! quoc| che| muc| ngach| han)",
        r"khi nao",
        r"(?:by|before|on) (?:what|which) (?:date|day)",
        # "làm một lần hay định kỳ?": whether it recurs, which its deadline says
        ONCE_OR_AGAIN,
        # "nv nào kéo dài lâu nhất": how long, which its deadline says
        r"(?:keo dai |thuc hien )?lau nhat",
        r"(?:takes|runs|lasts) (?:the )?longest",
        r"bao gio",
        r"luc nao",
        r"thoi diem",
        r"hoan thanh",
        r"(?<!phuong )tien do",  # not "phương tiện đo"
        r"ngay nao",
        r"ngay (?:bao nhieu|may)",
        r"xong",
        r"ket thuc",
        r"(?:thang|nam|quy) (?:nao|may)",
        r"giai doan nao",
        r"how (?:often|frequently)",
        r"deadlines?",
        r"due dates?",
        r"due",
        r"when",
        r"by when",
        r"timeline",
        r"how often",
        r"(?:from |in |by )?(?:what|which) year",
        # "What has to be finished this year?": a deadline, not the tasks marked done.
        r"(?:has|have|needs?|must|should|is|are) (?:to )?be (?:finished|completed|done|delivered"
        r"|wrapped up|closed out|ready)",
        r"(?:what|which) (?:schedule|timetable|timeframe|time frame|period|time span)",
        r"(?:over|for|in|during) (?:what|which) (?:years?|period)",
        r"time ?frame",
        r"on (?:a |what )?schedule",
        r"tan suat",
        # "làm theo chu kỳ nào?"; not "chữ ký số"
        r"theo chu ky",
        r"chu ky (?:nao|bao lau|may|the nao|ra sao)",
        r"(?:dang |van )?lam do",  # "vẫn đang làm dở": how far it is, the time column says
        r"bao lau (?:mot|1) lan",
        r"(?:la |trong )?bao lau",  # "thời gian thực hiện là bao lâu"
        # "Bắt đầu triển khai từ khi nào?": when a task starts is its time column too.
        r"bat dau(?: (?:trien khai|thuc hien|lam))?(?: tu)? (?:khi nao|bao gio|luc nao|nam nao)",
        r"(?:trien khai|thuc hien) tu (?:khi nao|bao gio|luc nao)",
        r"how long",
        r"may lan",
        r"frequency",
    ),
    Role.NOTE: cue(r"ghi chu", r"notes?"),
    Role.PRODUCT: cue(
        # "kết quả phải đạt là gì?"; not a task's words ("ngân sách theo kết quả thực hiện …",
        # "nhiệm vụ về sản phẩm …")
        # (nor "chuỗi sản phẩm", "chất lượng sản phẩm", what the work is about)
        # (nor "báo cáo kết quả thực hiện", reporting the results)
        r"(?<!theo )(?<!ve )(?<!chuoi )(?<!luong )(?<!bao cao )(?:san pham|ket qua)"
        r"(?: (?:phai|can) dat| dat duoc| dau ra)?",
        # "… sẽ cho ra văn bản gì?", "ra sản phẩm nào": what the work produces
        r"(?:cho )?ra (?:van ban|san pham|ket qua) (?:gi|nao)",
        # "… sẽ được thể hiện bằng văn bản gì?", "ban hành dưới hình thức văn bản nào"
        r"(?:the hien|ban hanh|trinh) (?:bang|duoi (?:hinh thuc|dang)) (?:van ban|hinh thuc)"
        r" (?:gi|nao)",
        # "phải trình những báo cáo nào": the reports the work yields, its result
        r"(?:trinh|nop|gui) (?:len )?(?:nhung|cac|may) (?:bao cao|san pham|ket qua) (?:nao|gi)",
        # "… bộ nào phối hợp, báo cáo gì": the report the work yields (not "báo cáo nào
        # phải gửi trước 30/4", a report the body asks for)
        r"(?<!noi dung )bao cao gi\b",
        # "trình ai": the level a result goes to, which the result's cell names
        r"trinh (?:ai|len ai|cap nao|len cap nao)",
        r"trinh (?:len |cho )?(?:co quan|don vi|noi) nao",  # (not "cơ quan nào trình", the lead)
        r"outputs?",
        # the work's product, not goods ("tracing products", "which products are covered")
        r"(?:the|its|their|final|end) products?(?! (?:of (?:our|my|the (?:business|company)"
        r"|businesses|companies)))",
        r"deliverables?",
    ),
    Role.BUDGET: cue(
        # not what a task is about ("nv nào về ngân sách", "quản lý ngân sách theo kết quả")
        # (nor "UBND tỉnh bố trí ngân sách hỗ trợ … thì kết quả là gì": the work's words)
        r"(?<!ve )(?<!quan ly )(?<!bo tri )(?<!phan bo )(?:kinh phi|ngan sach|nguon von)",
        r"bao nhieu tien",
        r"budget",
        r"cost",
        r"funding",
        r"who pays",
        r"pays? for",
        r"paid (?:for|by)",
        r"funded",
    ),
    Role.CONTENT: cue(
        r"la gi",
        r"noi dung",
        r"gom nhung gi",
        WORKS_OF_ONE,
        # "… gồm những loại dự án nào": what the task holds
        r"gom (?:nhung |cac )?(?:loai|hang muc|cong trinh|du an|noi dung|linh vuc)"
        r"(?: \w+){0,3} nao",
        r"lam gi",
        r"ve viec gi",
        r"la (?:nhiem vu|nv|viec|cong viec) gi",  # "nó là nhiệm vụ gì vậy"
        r"(?:de|nham) (?:lam gi|muc dich gi)",
        r"nham muc dich",
        r"(?:theo|bang) cach nao",
        r"thuc hien (?:ra sao|nhu the nao)",
        r"mo ta",
        r"what (?:exactly |precisely )?is",
        r"what (?:exactly |precisely )?does",
        r"describe",
        r"contents?",
        r"about what",
    ),
}
