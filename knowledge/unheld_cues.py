"""Cues of what a question asks that a plan may not hold: a sum, a percentage, the names
of bodies it only counts, contact details and people, who holds an office today.

>>> bool(OUT_OF_SCOPE_CUE.search("so dien thoai cua so"))
True
>>> bool(SHARE_CUE.search("tang bao nhieu phan tram"))
True
"""

from __future__ import annotations

import re

from .cues import cue

# A sum of money asked for: "tổng kinh phí là bao nhiêu tỷ đồng", "how much funding".
AMOUNT_CUE = cue(
    r"bao nhieu (?:tien|ty|ti|trieu|dong|von)",
    r"(?:ty|trieu) dong",
    r"(?:tong )?(?:kinh phi|von|ngan sach|tien)(?: \w+){0,9} (?:la )?bao nhieu",
    # "Mức vốn bố trí cho các dự án … ở các đô thị lớn là bao nhiêu?": "là bao nhiêu" is
    # of the money named first, however long the thing it is for
    r"(?:kinh phi|von|ngan sach|tien)(?: \w+){10,24} la bao nhieu",
    # ("how much grant money", "how much funding support": a sum, whatever it is called)
    r"how much (?:\w+ )?(?:money|funding|budget|will it cost|does it cost)",
    r"up to how much",  # "… cover part of our costs, and up to how much?"
    # "How much could we get?", "how much support is there?"
    r"how much (?:could|can|would|will|do|does|might) (?:we|i|they|a company|companies"
    r"|businesses|firms|it) (?:get|receive|claim|be given)",
    r"how much (?:support|help|aid|assistance|subsidy|subsidies|cash|grants?)",
    # "trần bao nhiêu", "mức hỗ trợ tối đa … là bao nhiêu"; not "tối đa bao nhiêu Ban"
    r"(?:muc )?tran (?:la )?bao nhieu",
    r"muc (?:ho tro|chi|uu dai)(?: \w+){0,16} (?:la )?bao nhieu",
    r"(?:co )?neu muc (?:ho tro|chi|uu dai)(?: \w+){0,3} cu the",  # "có nêu mức hỗ trợ cụ thể"
    # "có ghi cụ thể số tiền dành cho nhiệm vụ IV.1 không"
    r"(?:ghi|neu|noi|co)(?: ro| cu the)? (?:so tien|muc kinh phi|so kinh phi)",
    # "có nêu tổng mức vốn bố trí cho … không"
    r"(?:ghi|neu|noi|dua ra)(?: ro| cu the)? (?:tong (?:muc |so )?|muc |so )(?:von|kinh phi"
    r"|ngan sach|dau tu)\b",
    r"total (?:budget|funding|cost)",
    # A fee or a price: "học phí bao nhiêu", "lệ phí kiểm định là bao nhiêu", "Is there a fixed
    # fee for getting our scales calibrated?". Plans set tasks, not tariffs.
    r"hoc phi",
    r"(?:muc|bieu) (?:le )?phi",
    r"(?:le phi|phi dich vu)(?: \w+){0,8} (?:la )?bao nhieu",
    r"(?:fixed|flat|standard|set) (?:fee|fees|price|prices|rate|rates|charge|charges)",
    r"fees? (?:for|to) (?:getting|having|using|registering|calibrat\w*|testing|inspect\w*"
    r"|certif\w*)",
    r"how much (?:is|are|would be|will be) (?:the )?(?:fee|fees|charge|charges|price|tuition)",
    r"tuition",
    r"price lists?|(?:bang|bieu) gia",  # "Where can I find the price list for testing …?"
    r"how much (?:do|does|will|would) (?:\w+ ){1,3}charge",
    # "dự kiến hỗ trợ ở mức nào", "mức ưu đãi ra sao", "tính chi phí … như thế nào"
    r"(?:ho tro|uu dai|chi) (?:\w+ ){0,3}(?:o |voi )?muc (?:nao|ra sao|nhu the nao|the nao)",
    r"muc (?:ho tro|chi|uu dai) (?:\w+ ){0,3}(?:nhu the nao|ra sao|the nao)",
    r"tinh (?:vao )?chi phi(?: \w+){0,8} (?:nhu the nao|ra sao|the nao)",
    r"chi phi(?: \w+){0,8} (?:duoc )?tinh(?: \w+){0,8} (?:nhu the nao|ra sao|the nao)",
)
# A percentage asked for: "tăng bao nhiêu phần trăm", "tỷ lệ … là bao nhiêu".
SHARE_CUE = cue(
    r"bao nhieu (?:phan tram|%)",
    r"ty le (?:\w+ ){0,5}(?:la )?bao nhieu",
    r"what (?:percent|percentage|share)",
    r"how many percent",
)
# The names of bodies asked for: "nêu tên cụ thể 5 doanh nghiệp", "là những doanh nghiệp
# nào", "which five companies have been picked", "the names of the firms".
_BODIES = r"(?:doanh nghiep|cong ty|tap doan|to chuc)"
# "những bệnh viện cụ thể nào", "các trường cụ thể nào": a kind, asked for by its instances
# (not the plan's own tasks, papers or contents, which it lists)
SPECIFIC_KIND = (
    r"(?:nhung|cac) (?!(?:nhiem vu|nv|viec|cong viec|hoat dong|noi dung|van ban|giai phap"
    r"|bien phap|muc tieu|san pham|ket qua)\b)((?:\w+ ){1,3}?)cu the nao"
)
# "Tỉnh nào được ưu tiên …?", "which provinces …": places asked for by name (not which
# province's committee leads a task)
_PLACES = (
    r"(?:nhung |cac )?(?:tinh|dia phuong|khu vuc|do thi)(?: \w+){0,2}? nao\b"
    r"(?!(?: \w+){0,2} (?:chu tri|phoi hop|chi dao)\b)",
    r"which (?:provinces|localities|regions|cities|areas)\b(?!(?: \w+){0,2} (?:leads?|co)\b)",
)
PLACES_ASKED = cue(*_PLACES)
NAMES_ASKED = cue(
    rf"ten (?:cu the )?(?:cua )?(?:cac |nhung )?(?:\d+ )?{_BODIES}",
    rf"(?:la )?nhung {_BODIES}(?: cu the)? nao",
    # (the bodies' word may be an agency's name, blanked: "which five [companies] have been")
    r"which (?!(?:tasks?|items?|plans?|documents?|ones?|of)\b)(?:\w+ ){0,4}(?:have been|were"
    r"|will be|are being|got) (?:picked|chosen|selected)",
    r"neu ten cu the",
    # "những bệnh viện cụ thể nào": the instances of a kind, by name
    SPECIFIC_KIND,
    r"names? of (?:the )?(?:\w+ ){0,3}(?:companies|firms|businesses|enterprises)",
    *_PLACES,
)
# Who holds an office today, which no plan says: "ai là chánh vp ubnd tỉnh hiện giờ", "ông ấy
# bây giờ còn làm chủ tịch không?", "who is the current minister?".
_OFFICE = (
    r"(?:chanh van phong|chanh vp|pho chu tich|chu tich|giam doc|bo truong|thu truong"
    r"|truong phong|truong ban|lanh dao|minister|chairman|chairwoman|chair|director|head)"
)
_NOW = r"(?:hien (?:nay|gio|tai)|bay gio|gio nay|luc nay|(?<!bao )gio|currently|now|today)"
# What no plan holds: contact details, officials' names, salaries, fines.
# "lương" (salary), not the "lượng" of "chất lượng có số hiệu gì", "đo lường", "sản lượng".
_SALARY = r"(?<!chat )(?<!do )(?<!so )(?<!khoi )(?<!nang )(?<!san )(?<!trong )(?<!dung )luong"
OUT_OF_SCOPE_CUE = cue(
    rf"ai (?:la|dang la|dang lam|dang giu) (?:\w+ ){{0,2}}{_OFFICE}(?: \w+){{0,5}} {_NOW}",
    rf"{_NOW},? (?:ai (?:la|dang la|dang giu) (?:\w+ ){{0,2}}{_OFFICE}|(?:\w+ ){{0,2}}{_OFFICE}"
    r"(?: \w+){0,5} la ai)",
    rf"{_OFFICE}(?: \w+){{0,5}} {_NOW} la ai",
    rf"{_NOW} (?:con|van) (?:lam|giu|la) (?:\w+ ){{0,2}}{_OFFICE}",
    # "ông ấy bây giờ còn giữ chức đó không?", "is he still in that post?": the office said
    # before, by a word that points back
    rf"{_NOW} (?:\w+ ){{0,2}}(?:con|van) (?:dang )?(?:giu|dam nhiem|o|ngoi)"
    r" (?:chuc|vi tri|cuong vi)",
    r"(?:con|van) (?:dang )?(?:giu|dam nhiem|ngoi) (?:chuc|vi tri|cuong vi)(?: vu)? (?:do|nay|ay)",
    r"still (?:holds?|holding|in|occup\w+|has|have) (?:that|this|the|his|her) (?:office|post"
    r"|position|job|role|seat|title)",
    rf"who (?:is|s) (?:the )?(?:current|present|sitting) {_OFFICE}",
    r"who (?:currently|now) (?:holds|is|serves)",
    rf"who (?:is|s) (?:currently|now) (?:the )?{_OFFICE}",
    # "the name of the person who currently heads the department": a person, not an agency
    rf"(?:name|names) of (?:the )?(?:person|people|official|officials|officer)"
    rf"(?: \w+){{0,3}} {_NOW}",
    # "the name of the officer in charge at the department": a person, whom no plan names
    r"(?:name|names) of (?:the |a |an )?(?:person|people|officials?|officers?|staff(?: members?)?"
    r"|employees?|contact persons?|civil servants?)\b",
    rf"who (?:currently |now )?heads\b(?: \w+){{0,6}} (?:right )?{_NOW}",
    r"who currently heads",
    r"so dien thoai",
    r"sdt",
    r"dien thoai",
    r"dia chi",
    r"email",
    r"g?mail",  # "cho e xin mail sở khcn"
    r"hotline",
    r"duong day nong",
    r"website",
    r"trang web",
    # "link đăng ký tham gia ở đâu": where to sign up online, which a plan does not give
    r"(?:duong )?link (?:dang ky|dk|de dang ky|tai|download|nop)",
    r"duong (?:link|dan) (?:dang ky|tai|nop)",
    r"(?:registration|sign ?up|signup) (?:link|page|form)",
    r"link to (?:register|sign up|apply|join)",
    r"fax",
    r"phone",
    r"address",
    # where an office is, or when it opens: "Where is the standards office located?"
    r"where (?:is|are)(?: \w+){0,6} (?:located|based|situated)",
    r"(?:office|opening|working|business) hours",
    r"(?:tru so|van phong)(?: \w+){0,6} (?:o|nam o|dat o|tai) dau",
    r"gio (?:lam viec|mo cua)",
    # not "lãnh đạo cấp phó … là ai chủ trì", which asks for a task's lead
    # ("phó chủ tịch UBND tỉnh … là ai": the office's name is blanked as an agency's)
    r"(?:giam doc|truong phong|lanh dao|can bo phu trach|\bpho(?= ))\s+(?:\w+\s+){0,8}la ai"
    r"(?! (?:chu tri|phoi hop|chi dao|thuc hien))",
    r"ten (?:cua )?(?:giam doc|truong phong|lanh dao)",
    # "danh sách cán bộ phụ trách từng nhiệm vụ": people, whom no plan names
    r"(?:danh sach|ten|ho ten) (?:cac )?(?:can bo|cong chuc|chuyen vien|nguoi)"
    r"(?: phu trach| dau moi| lien he)?",
    rf"(?:muc )?{_SALARY}(?: co ban| co so)",
    r"muc luong",
    # "phụ cấp cho cán bộ … là bn": a person's allowance or fee, as a sum (not the tasks
    # about allowances a plan may hold, "chế độ tiền lương, phụ cấp")
    r"(?:phu cap|thu lao|tro cap)(?: \w+){0,8} (?:la |duoc |nhan )?(?:bao nhieu|bn)\b",
    r"(?:muc|so tien) (?:phu cap|thu lao|tro cap)",
    # "có phụ cấp gì cho cán bộ làm … không": whether one is paid, which no plan says
    r"co (?:khoan )?(?:phu cap|thu lao|tro cap) (?:gi|nao)\b",
    # "mức thưởng cho người tố giác … là bao nhiêu": a reward as a sum
    r"(?:muc|tien|so tien) thuong(?: \w+){0,8} (?:la |duoc |nhan )?(?:bao nhieu|bn)\b",
    r"(?:allowances?|stipends?) (?:for|of|paid|do|does|will|is|are)",
    rf"{_SALARY} (?:cua |cho )?(?:can bo|cong chuc|vien chuc|nhan vien|giam doc|nguoi lam"
    r"|nguoi lao dong)",
    # a person's pay, not a reform of the pay scheme ("salary reform for public employees")
    r"salary(?!\s+(?:reform|policy|policies|scheme|system|regime|table|scale)s?\b)",
    r"salaries",
    r"wages?",
    r"so (?:dt|dthoai)",
    # "cho em xin mẫu biểu báo cáo": a form to fill in, which a plan does not carry
    r"(?:xin|gui|cho|tai) (?:(?:e|em|minh|toi|chung toi) )?(?:cai )?(?:mau|bieu mau|mau bieu"
    r"|file mau|form)\b",
    r"(?:a |the )?(?:template|form to fill|forms to fill|download)",
    r"(?:tien )?phat bao nhieu",
    r"muc phat",
    # "How much is the fine for …?", "fines for late filing": penalties are in laws, not plans.
    r"how much is the fine",
    r"fines? (?:for|of|on)",
    r"(?:the|any|list|what) fines",
    r"penalty amounts?",
    # "Đơn vị không gửi báo cáo đúng hạn thì bị xử lý như thế nào?", "What happens if we miss
    # the deadline?": what befalls one who fails a duty, which a plan does not set
    r"(?:khong|ko|cham|tre|chua)(?: \w+){0,8} (?:thi )?(?:se )?bi (?:xu ly|phat|ky luat|che tai)"
    r"(?: \w+){0,2} (?:nhu the nao|ra sao|the nao|gi|khong|ko)",
    r"che tai (?:gi|nao|nhu the nao|ra sao)",
    r"what happens if (?:\w+ ){0,3}(?:don t|do not|does not|doesn t|fail|fails|miss|misses"
    r"|are late|is late)",
    r"(?:penalty|penalties|sanctions?) (?:if|for not|for failing|for missing)",
    # "Does the plan explain how to register my company for the courses?", "thủ tục đăng ký
    # tham gia thế nào": how one applies, which a plan does not set out
    # (the asker may be blanked as a name: "how can our [company] sign up")
    r"how (?:do|can|should|would) (?:\w+ ){0,3}(?:register|sign up|enrol|enroll|apply for"
    r"|apply to join)\b",
    r"how to (?:register|sign up|enrol|enroll|apply for|apply to join)\b",
    r"(?:cach|thu tuc|quy trinh|lam sao de|lam the nao de) (?:dang ky|ghi danh|nop ho so)",
    r"dang ky (?:tham gia )?(?:o dau|nhu the nao|the nao|ra sao|bang cach nao)",
)
# A reform of pay, which plans do hold as a task: "Is the government planning to reform civil
# servants' salaries?", "đề án cải cách chế độ tiền lương".
PAY_REFORM = re.compile(
    r"\b(?:reform|overhaul|revis|restructur)\w* (?:[\w']+ ){0,3}(?:salar|wage|pay)"
    r"|\bcai cach (?:\w+ ){0,3}luong\b|\bche do (?:tien )?luong\b"
)
# "Who should we contact?", "liên hệ với ai": the agency in charge, as the plan names it.
CONTACT_CUE = cue(
    r"lien (?:he|lac)(?: voi)? (?:ai|ben nao|co quan nao|don vi nao|o dau|the nao)",
    # (not "xin hỏi ai là người ký …", "cho em hỏi ai ký": "let me ask", then the question)
    r"(?<!xin )(?<!cho )(?<!cho e )(?<!cho em )(?<!cho toi )(?<!cho minh )(?<!cho mk )"
    r"(?:hoi|goi cho|tim|gap) (?:ai|ben nao|co quan nao|don vi nao)",
    r"who (?:should|do|can|could|would) (?:we|i|businesses|companies) (?:contact|call|ask|talk to"
    r"|reach|speak to|get in touch with)",
    r"who to (?:contact|call|ask|talk to)",
    r"who (?:should|do|can|could|would) (?:\w+ ){1,3}(?:contact|call|reach|get in touch with)",
    r"(?:who|which (?:agency|office|department)) (?:\w+ ){0,3}(?:we|i) (?:contact|call|reach)",
    r"which (?:\w+ ){0,2}(?:office|agency|department|body) (?:should|can|do|does) (?:\w+ ){0,3}"
    r"(?:contact|call|reach|ask)",
    r"contact (?:person|point|agency|office)",
    r"(?:main|key|first|right) (?:point of )?contact",
    r"point of contact",
    r"get in touch",
)
# "Giám đốc Sở KH&CN hiện nay là ai?", "who is the current minister?": who holds an office
# today, which no plan states, though it names the office. Read on the whole question, names
# included: "Chủ tịch UBND tỉnh" is an agency's name and an office.
OFFICE = (
    r"(?:pho )?(?:giam doc|chu tich|bo truong|thu truong|cuc truong|chi cuc truong"
    r"|truong phong|truong ban|lanh dao|nguoi dung dau|thu truong|bi thu|tong giam doc)"
    r"|director|minister|chairman|chairwoman|chair|head|governor|leader|secretary"
)
_NOW = "hien nay|hien tai|hien gio|bay gio"
# "Phó Chủ tịch UBND tỉnh nào phụ trách …?", "phó giám đốc sở phụ trách mảng này là ai": a
# deputy asked for, a person no table names (where the plan names the deputy's office as
# one of its agencies, the name is read first and this is not asked).
DEPUTY_ASKED = re.compile(
    r"\b(?:pho (?:chu tich|giam doc|bo truong|thu truong|truong ban|truong phong|chanh van phong)"
    r"|deputy|vice)\b(?:\s\w+){0,10}?\s(?:la ai|ten (?:la )?gi|nao|who|which)\b"
    r"|\b(?:ai|who|which)\b(?:\s\w+){0,3}\s(?:pho (?:chu tich|giam doc|bo truong|thu truong)"
    r"|deputy|vice)\b"
)
OFFICE_HOLDER_CUE = re.compile(
    rf"\b(?:{OFFICE})\b(?:\s\w+){{0,8}}\s(?:{_NOW}|dang)\b(?:\s\w+){{0,3}}"
    rf"\s(?:la ai|ten (?:la )?gi)\b"
    rf"|\b(?:{_NOW})\b(?:\s\w+){{0,3}}\s(?:ai|nguoi nao)\s(?:la|dang la|(?:dang )?giu chuc"
    rf"|(?:dang )?giu|(?:dang )?lam)\s(?:{OFFICE})\b"
    rf"|\bten (?:cua )?(?:ong |ba )?(?:{OFFICE})\b"
    rf"|\b(?:ai|nguoi nao) (?:(?:{_NOW}|hien) )?(?:la|dang la|(?:dang )?giu chuc|(?:dang )?lam)"
    rf" (?:{OFFICE})\b"
    rf"|\bwho (?:is|s) (?:the )?(?:current |present |new )?(?:{OFFICE})\b"
    rf"|\b(?:current|present) (?:{OFFICE})\b"
    # "Ông X hiện nay còn giữ chức Chủ tịch không?", "hiện giờ ông ấy còn làm chủ tịch ko"
    rf"|\b(?:{_NOW})\s(?:(?:ong|ba|anh|chi) (?:ay|nay|do) )?(?:con |van )?"
    rf"(?:giu chuc|dang giu|lam|con la)"
    rf"\s(?:{OFFICE})\b"
)
