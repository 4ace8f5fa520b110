"""The cue words of questions about the plan itself rather than its tasks: who signed it,
its number and date, its issuer, its bases and the proposal it answers, when it takes
effect, its recipients, its title and what it is about.

>>> [kind for kind, cue in META_CUES.items() if cue.search("ai ky quyet dinh nay")]
['signer']
"""

from __future__ import annotations

import re

from .cues import cue

# "ai là người", "bộ nào là cơ quan": who, asked at length
_WHO_IS = r"(?: la (?:nguoi|co quan|ben|bo|don vi))?"
# The paper in hand, by its kind: "quyết định này", "qđ này", "đề án"
_THIS_PAPER = r"(?:quyet dinh|qd|nghi quyet|nq|ke hoach|de an|van ban|chuong trinh)(?: nay)?\b"

META_CUES: dict[str, re.Pattern[str]] = {
    "signer": cue(
        r"ai k[yi]",
        r"nguoi k[yi]",
        # "do đồng chí nào ký ban hành?", "ông nào ký?"
        r"(?:dong chi|ong|ba|lanh dao|nguoi) nao (?:\w+ )?k[yi]",
        r"k[yi] boi",
        # "Ai thay mặt Chính phủ ký Nghị quyết 116?", "do Phó Thủ tướng nào ký?"; not "nhiệm
        # vụ nào định kỳ", "kỳ họp"
        r"(?:ai|nao)(?: \w+){0,5} (?<!dinh )(?<!chu )(?<!dang )k[yi]"
        r"(?=(?: (?:vay|the|a|ha|nhi|nhe|ad|ak|nha|ban|bot))*\W*$"
        r"| (?:quyet dinh|nghi quyet|van ban|ke hoach|de an|ban hanh)\b)",
        # "Ông ấy ký với chức danh gì?": the signer's office, shown beside the name.
        r"k[yi] (?:voi |duoi )?(?:chuc danh|chuc vu|tu cach|cuong vi)",
        r"sign(?:ed)? (?:it |this )?(?:as|in what capacity|with what title)",
        r"k[yi] ten",
        r"who signed",
        r"signed by",
        # "When was this decision signed and by whom?"
        r"sign(?:ed)?(?: \w+){0,5},? (?:and )?by whom",
        r"signer",
        # "Who put their name on this decision?", "whose signature is on it?"
        r"(?:put|puts|wrote) (?:his|her|their) (?:name|signature) (?:on|to)",
        r"whose (?:name|signature)",
        r"signature",
    ),
    "number": cue(
        r"so hieu",
        # "số kế hoạch là gì", not "Sở Kế hoạch và Đầu tư" nor "ký số văn bản".
        r"so (?:cua )?(?:quyet dinh|ke hoach|van ban)(?: nay)?(?= la\b| bao\b| gi\b|$)",
        r"(?:quyet dinh|ke hoach|van ban)(?: nay)?(?: co| mang| la)? so (?:bao nhieu|may|gi)",
        r"so va ngay",
        # "kh này ban hành theo qđ số mấy": the decision that issues it
        r"(?:ban hanh )?(?:theo|kem(?: theo)?) (?:quyet dinh|qd) (?:so )?"
        r"(?:may|bao nhieu|nao|gi)",
        r"ky hieu",
        # "Thông tư hướng dẫn Luật Viên chức số mấy": a paper named by its kind and title
        r"(?:thong tu|nghi dinh|chi thi|luat|ket luan)(?: \w+){0,8} (?:co |mang |la )?so"
        r" (?:may|bao nhieu|gi)\b",
        r"document number",
        r"(?:the )?number and (?:the )?date",
        r"plan number",
        # "What's the official number of this decision?"
        r"(?:official |reference )?number of (?:this|the) (?:decision|plan|resolution|document)",
    ),
    "date": cue(
        r"ngay ban hanh",
        r"ban hanh (?:ngay|khi nao|luc nao|bao gio)",
        r"ngay ky",
        r"ky (?:ngay|khi nao)",
        r"issued? (?:on|when)",
        r"signed when",
        r"date of issue",
        r"when was (?:it|this|the plan|the decision|this plan|this decision|the document)"
        r" (?:issued|signed|published|released|adopted)",
        r"(?:ban hanh|ky|ra) (?:ngay|vao ngay) (?:bao nhieu|may|nao)",
        r"issue date",
        # "Who signed this decision, and when?"
        r"(?:signed|issued)(?: \w+){0,3},? and when",
        r"\bon (?:what|which) date",
        r"number and (?:the )?date",
        r"so va ngay",
        # (not "các sở …, hạn ngày nào": agencies, then a deadline asked)
        r"(?<!cac )(?:so|ky hieu) (?!(?:\w+ ){0,3}(?:thoi )?han\b)(?:\w+ ){0,4}ngay (?:nao|thang)",
        r"(?:mang|ghi) ngay(?: thang)?(?: nam)? (?:nao|bao nhieu)",
        r"ngay thang nam nao",
        r"(?:kem theo|theo) quyet dinh(?: \w+){0,3} ngay (?:nao|bao nhieu|may)",
        # "ai ký nq 116, ngày nào", "ký …, vào ngày nào" (not "định kỳ", "chu kỳ", "đăng ký")
        r"(?<!dinh )(?<!chu )(?<!dang )(?:ky|ban hanh)(?: \w+){0,6},? (?:vao )?ngay"
        r" (?:nao|bao nhieu|may)",
        r"when was (?:\w+ ){0,3}(?:issued|signed|adopted|promulgated|approved|put out"
        r"|published|released|announced|made public)",
        r"when did (?:it|this|the)(?: \w+){0,2} (?:come out|get published|get issued)",
        # "When did the province put this plan out?": the verb's object in between
        r"when did (?:\w+ ){0,3}(?:put|bring|roll|send|get) (?:(?:it|this|the|that|its|their)"
        r" )?(?:\w+ )?out\b",
        r"when did (?:\w+ ){0,3}(?:issue|publish|release|sign|adopt|approve|announce|launch)"
        r" (?:it|this|the|that|its|their)\b",
        r"(?:what|which) (?:date|day) (?:was|is|did) (?:\w+ ){0,3}(?:issued|signed|adopted"
        r"|promulgated|approved|published|released|put out|brought out|sent out|made public)",
    ),
    "issuer": cue(
        r"(?:co quan|ai|don vi)(?: nao)? ban hanh",
        # "kh này do ubnd tỉnh nào ban hành": which committee issued it (its name blanked)
        r"\bdo nao ban hanh",
        r"who issued",
        r"issuer",
        # "Kế hoạch này là của tỉnh nào?": whose plan, where
        # (not "… là trách nhiệm của cơ quan nào": whose the work is)
        r"(?<!trach nhiem )(?<!nhiem vu )(?:la )?(?:cua|thuoc) (?:tinh|thanh pho|bo|co quan) nao",
        r"(?:ap dung|danh|ban hanh) (?:cho|tai|o) (?:tinh|thanh pho|dia phuong) nao",
        r"(?:which|what) (?:province|city|ministry) (?:issued|does (?:this|the) (?:plan|decision)"
        r" (?:come from|belong to))",
        r"(?:plan|decision) (?:is )?(?:from|of) (?:which|what) (?:province|city|ministry)",
    ),
    "bases": cue(
        # not "căn cứ thời hạn ghi trong phụ lục …" (based on the deadlines)
        r"can cu(?! (?:vao )?(?:thoi han|han|tien do|ket qua|tinh hinh|muc|so lieu)\b)",
        r"co so phap ly",
        r"legal bas[ie]s",
        # "kh nay dựa trên chỉ thị số mấy", "dựa vào những văn bản nào"
        r"dua (?:tren|vao|theo) (?:nhung |cac )?(?:chi thi|nghi quyet|quyet dinh|ket luan"
        r"|van ban|luat|ke hoach)(?: \w+){0,3}? (?:so )?(?:may|nao|gi)\b",
        r"(?:based|built|founded) on (?:which|what)\b",
        r"(?:thuc hien|trien khai|cu the hoa) (?:chi thi|nghi quyet|quyet dinh|ke hoach"
        r"|van ban|ket luan) nao",
        r"(?:thuc hien|trien khai|cu the hoa)(?: \w+){0,3} (?:nhung |cac )?(?:chi thi|nghi quyet"
        r"|quyet dinh|van ban|ket luan)(?: cap tren| cua trung uong)? nao",
        r"van ban cap tren",
        # "… để thực hiện chỉ thị số mấy?"
        r"(?:thuc hien|trien khai) (?:chi thi|nghi quyet|quyet dinh|ket luan) so (?:may|nao|gi)",
        r"implements? which",
        # "Which Politburo resolution is it implementing?" (the issuer's name blanked)
        r"(?:which|what) (?:\w+ ){0,3}(?:resolutions?|directives?|decisions?|conclusions?"
        r"|documents?|polic(?:y|ies)|laws?) (?:is|are|does|do) (?:it|this|they|(?:this|the) \w+)"
        r" (?:implement\w*|carr\w+|put\w*|based|buil\w+|follow\w*)",
        r"(?:higher|upper)[ -]level (?:documents?|decisions?|directives?)",
        r"(?:documents?|decisions?|directives?|polic(?:y|ies)|resolutions?|strateg(?:y|ies))"
        r" (?:is |are |does )?(?:this|the) (?:plan|decision)"
        r" (?:implement(?:s|ing)?|carry(?:ing)? out|carries out|based on|putting into)",
        # "kế hoạch này triển khai chủ trương nào của trung ương": the plan named first
        r"(?:ke hoach|quyet dinh|nghi quyet|chuong trinh)(?: nay)? (?:thuc hien|trien khai"
        r"|cu the hoa) (?:\w+ ){0,2}(?:chu truong|chinh sach|dinh huong)(?: \w+){0,3} nao",
    ),
    "proposal": cue(
        r"(?:theo|xet) de nghi",
        r"de nghi cua ai",
        r"ai de nghi",
        r"put forward (?:the |a )?(?:proposal|request)",
        r"whose (?:proposal|request|submission|recommendation)",
        r"to ?trinh",  # ("toTrinh", typed together)
        r"(?:submission|proposal) (?:number|no)\b",
        # "Bộ nào trình ban hành quyết định này?", not "ai đề xuất chính sách …" (a task).
        # ("ai là người đề xuất ban hành qđ này": the paper by its initials too)
        rf"(?:bo|co quan|ai)(?: nao)?{_WHO_IS} (?:de nghi|de xuat|trinh)(?: ban hanh)?"
        rf" {_THIS_PAPER}",
        # "Cơ quan nào đã trình UBND tỉnh ban hành kế hoạch này?" (the issuer's name, blanked,
        # between)
        rf"(?:bo|so|co quan|ai)(?: nao)?{_WHO_IS} (?:da )?(?:de nghi|de xuat|trinh) (?:\w+ ){{0,6}}"
        rf"ban hanh {_THIS_PAPER}",
        # "kế hoạch này là bộ nào đề nghị lên Chính phủ?": the paper named first
        r"(?:ke hoach|quyet dinh|nghi quyet|de an|chuong trinh|van ban)(?: nay)? (?:la |do )?"
        r"(?:bo|co quan|ai)(?: nao)? (?:de nghi|de xuat|trinh)",
        r"(?:bo|co quan|ai)(?: nao)? (?:de nghi|de xuat|trinh) (?:len )?(?:chinh phu|thu tuong)",
        r"(?:which|what) (?:ministry|minister|agency|body|department)"
        r" (?:proposed|submitted|recommended)",
        r"(?:who|which ministry) (?:proposed|submitted) (?:it|this|the (?:decision|resolution"
        r"|plan|programme|scheme))",
        r"(?:proposed|submitted) by",
        r"(?:co phai )?do (?:\S+ ){0,8}(?:de nghi|trinh)(?: ban hanh)?(?: khong| ko| k)?$",
        r"(?:at|on) (?:the )?(?:request|proposal) of",
    ),
    "effective": cue(
        r"hieu luc",
        r"co gia tri tu",
        r"in effect",
        r"effective",
        r"comes? into (?:force|effect)",
        r"takes? effect",
        r"in force",
        # "From what date does this decision apply?", "áp dụng từ ngày nào"
        r"(?:from|since|starting|as of) (?:what|which) (?:date|day|time)\b(?: \w+){0,4}"
        r" (?:apply|applies|valid|count|start)",
        r"apply (?:from|since|starting) (?:when|what date|which date)",
        # "From when does the decision apply?": the day asked first, the verb after
        r"(?:from|since|starting) when (?:does|do|is|will|did) (?:\w+ ){0,3}"
        r"(?:apply|applies|valid|count|start|begin)",
        r"ap dung (?:tu|ke tu|bat dau tu) (?:ngay|khi|luc|thoi diem) (?:nao|bao gio|may)",
    ),
    # "Ai chịu trách nhiệm thi hành quyết định này?", "Who must carry out the decision?":
    # the article that names who puts it into force (not a task's "thi hành" of another)
    "executors": cue(
        r"thi hanh (?:quyet dinh|qd|nghi quyet|nq) (?:nay|do)",
        r"(?:who|which (?:agencies|bodies|offices|officials)) (?:must|should|will|is to|are to"
        r"|has to|have to|is responsible for|are responsible for) (?:carry(?:ing)? out"
        r"|implement(?:ing)?|execut(?:e|ing)|enforc(?:e|ing)) (?:this|the) (?:decision|resolution)",
        r"responsible for (?:carrying out|implementing|executing|enforcing) (?:this|the)"
        r" (?:decision|resolution)",
    ),
    "recipients": cue(
        r"noi nhan",
        r"gui (?:cho|den) (?:ai|nhung ai|(?:nhung |cac )?(?:co quan|don vi)(?: nao)?)",
        # "qđ gửi những nơi nào?"
        r"gui (?:cho |den |toi )?(?:nhung |cac )?noi nao",
        # "Quyết định 1169 có được gửi cho các hiệp hội doanh nghiệp không?"
        r"(?:quyet dinh|qd|ke hoach|van ban|nghi quyet)(?: \w+){0,2} (?:co )?(?:duoc )?gui"
        r" (?:cho|den|toi)",
        # "qđ này có gửi Cục Thống kê không?": the receiver named straight after "gửi"
        r"(?:quyet dinh|qd|ke hoach|van ban|nghi quyet)(?: nay| do)? co (?:duoc )?gui\b",
        # "Các hiệp hội … có được gửi quyết định này không?": the receiver named first
        r"(?:co )?duoc gui (?:quyet dinh|qd|ke hoach|van ban|nghi quyet)(?: nay| do)?"
        r" (?:khong|ko|k|chua)",
        # "Who was the plan sent to?", not "the data sent to the province"
        r"(?:plan|decision|resolution|document|it|this) (?:is |was |been |be |get |got )?"
        r"(?:sent|distributed) to",
        r"(?:sent|distributed) to (?:whom|who|which)",
        # "Were business associations sent a copy of this decision?", "who gets a copy?"
        r"(?:sent|given|get|gets|got|receive|receives|received) (?:a )?cop(?:y|ies)\b",
        r"cop(?:y|ied|ies) (?:of (?:this|the) \w+ )?(?:sent |went )?to\b",
        r"recipients?",
        # "Did the provincial business associations receive this decision?"
        r"(?:receive|received|receives|get|got|gets) (?:this|the) (?:decision|plan|resolution)",
        r"nhan (?:duoc )?(?:quyet dinh|qd|ke hoach|nghi quyet)(?: nay| do)",
        # "Are business associations informed about this decision?", "who is notified of it?"
        r"(?:informed|notified|told|made aware) (?:about|of) (?:this|the)"
        r" (?:decision|plan|resolution)",
        r"duoc thong bao (?:ve )?(?:quyet dinh|qd|ke hoach|nghi quyet) (?:nay|do)"
        r" (?:khong|ko|k|chua)",
    ),
    "title": cue(
        r"ten (?:cua )?(?:ke hoach|quyet dinh|van ban|de an|nghi quyet|chuong trinh)",
        r"ten (?:day du|chinh thuc)",
        r"tieu de",
        r"trich yeu",
        r"title",
        r"giai doan nao",
        r"ve viec gi",
        # "Quyết định 982 phê duyệt đề án gì?": the paper it approves is in its title.
        r"(?:phe duyet|ban hanh) (?:de an|ke hoach|chuong trinh|chien luoc|quy hoach)"
        r" (?:gi|nao|ve gi)\b",
        r"(?:approves?|adopts?) (?:what|which) (?:scheme|plan|project|programme|program)",
    ),
    # "kế hoạch hướng tới năm nào?", "tầm nhìn đến năm nào?": the years its title looks to
    "horizon": cue(
        r"huong (?:toi|den) (?:nam|moc)(?: thoi gian| nam)? (?:nao|bao nhieu|may|bn)",
        r"tam nhin (?:den |toi )?(?:nam )?(?:nao|bao nhieu|may|bn)",
        r"(?:ke hoach|de an|chuong trinh|nghi quyet)(?: nay)? (?:dinh huong |thuc hien |trien"
        r" khai |keo dai )?(?:den|toi) nam (?:nao|bao nhieu|may|bn)",
        r"(?:vision|horizon|target year|aim(?:ing)? for|look(?:ing|s)? (?:ahead )?to) (?:up )?"
        r"(?:to |until )?(?:what|which) year",
        r"(?:what|which) year (?:is|does) (?:this|the) (?:plan|scheme|programme|resolution)"
        r" (?:aim|look|run|go)",
    ),
    "summary": cue(
        r"(?:ke hoach|quyet dinh|van ban|de an|nghi quyet|chuong trinh)(?: nay)?"
        r" (?:noi |de cap )?ve (?:cai |van de |viec )?gi",
        r"noi dung chinh",
        # "kế hoạch này làm ra để làm gì vậy": what it is for, which its title says
        r"(?:ke hoach|quyet dinh|van ban|de an|nghi quyet|chuong trinh)(?: nay)? (?:duoc )?"
        r"(?:lam ra|ban hanh|dat ra|xay dung) (?:de|nham) (?:lam gi|muc dich gi)",
        r"tom tat",
        r"thong tin (?:ve|cua) (?:ke hoach|quyet dinh|van ban)",
        r"what is (?:this|the) (?:plan|decision) about",
        # "Can you explain in plain words what this plan is about?": asked within a sentence
        r"what (?:this|the) (?:plan|decision|scheme|programme|program|resolution)"
        r" (?:is|s)(?: (?:all|really|mainly|actually))? about",
        r"what(?: is| s)? (?:this|the) (?:plan|decision|scheme|programme|program|resolution)"
        r" (?:all|really|mainly|actually) about",
        # "What is this plan mainly for?", "what's the plan really for?"
        r"what(?: is| s)? (?:this|the) (?:plan|decision|scheme|programme|program|resolution)"
        r"(?: \w+ly)? for\b",
        r"summary",
        r"overview",
    ),
}
# "Báo cáo gửi cho ai?", "tổng hợp kết quả thực hiện … gửi cho ai?" ask the body who
# receives what is sent, not the decision's recipients.
REPORT_WORD = cue(r"bao cao", r"reports?", r"tong hop", r"ket qua thuc hien")
