"""English words of plan topics, in the folded Vietnamese the plans use.

Foreign-invested businesses ask in English; the plans are in Vietnamese, and there is no
translation model offline. A question read as English has its topic words replaced by the
plans' words before it is matched: phrases first, longest first ("supply chain" is
"chuỗi cung ứng", not "cung" + "chuỗi"), then single words. A word that is not in the
glossary is looked up again in its base form (:func:`lemma`), so "universities", "labs",
"involving" and "coordinated" need no entries of their own. Words that only frame an
English question ("I want to know", "involving", "related to") translate to nothing, so
they do not dilute the topic.

>>> translate("which tasks involve universities")
'which tasks truong dai hoc'
>>> translate("investment in testing and calibration labs")
'dau tu in thu nghiem and hieu chuan thu nghiem'
>>> translate("i want to know about quality inspection of imported goods")
'to about kiem tra chat luong of hang hoa nhap khau'
>>> translate("the people's committee of binh duong province")
'the uy ban nhan dan of binh duong tinh'
>>> lemma("universities"), lemma("involving"), lemma("labs"), lemma("coordinated")
('university', 'involve', 'lab', 'coordinate')

Frame words the question reader looks for ("who leads", "when", "due", "responsible
for") are left alone, or become the Vietnamese words that frame the same thing ("lead" is
"chủ trì"), so the engine still takes them out of the topic. Single English words that are
also Vietnamese syllables once folded ("ban", "can", "my", "tin") are never keys: a
Vietnamese name inside an English question ("Mỹ Phước") stays as it is, and a Vietnamese
question is not taken for English because of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

from . import wordnet

# One entry a line: English forms separated by "|", "=", the folded Vietnamese the plans
# write. Nothing after "=": the words only frame the question and are dropped. English is
# written as typed ("people's committee", "e-commerce"); it is read as the question reader
# reads it, lower case, in words of letters and digits. A backslash carries a line on.
_TABLE = """
# --- Standards, metrology, quality
standard | norm = tieu chuan
national standard = tieu chuan quoc gia
international standard = tieu chuan quoc te
vietnamese standard | vietnam standard = tieu chuan viet nam
basic standard | grassroots standard = tieu chuan co so
standardization | standardisation | standardize | standardise = tieu chuan hoa
technical regulation = quy chuan ky thuat
national technical regulation = quy chuan ky thuat quoc gia
standards and technical regulations = tieu chuan quy chuan ky thuat
standards metrology and quality | standards metrology quality = tieu chuan do luong chat luong
standards measurement and quality = tieu chuan do luong chat luong
standards measurement quality = tieu chuan do luong chat luong
metrology | measurement | measure = do luong
measurement standard | metrology standard = chuan do luong
reference standard | primary standard = chuan do luong
main measurement standard = chuan do luong chinh
measuring instrument | measuring equipment = phuong tien do
measuring device = phuong tien do
measurement instrument = phuong tien do
prepackaged | pre packaged | prepacked = dong goi san
prepackaged goods | prepacked goods = hang dong goi san
quality = chat luong
product quality | quality of products | quality of goods | goods quality = chat luong san pham
quality management = quan ly chat luong
quality control = kiem soat chat luong
quality assurance = bao dam chat luong
quality inspection | quality check = kiem tra chat luong
quality infrastructure = ha tang chat luong
national quality infrastructure = ha tang chat luong quoc gia
quality award | national quality award = giai thuong chat luong quoc gia
poor quality | low quality | substandard = kem chat luong
high quality | high-quality = chat luong cao
productivity = nang suat
productivity and quality = nang suat chat luong
calibration | calibrate = hieu chuan
test = thu nghiem
lab | laboratory | testing laboratory | testing lab | test lab = thu nghiem
research laboratory | science laboratory | research lab | science lab = phong thi nghiem
medical test | medical laboratory = xet nghiem
verification | verify = kiem dinh
conformity | conformance = phu hop
conformity assessment = danh gia su phu hop
declaration of conformity | conformity declaration = cong bo hop chuan hop quy
declare conformity = cong bo hop chuan hop quy
certification | certify | certificate = chung nhan
certification body | certification organization = to chuc chung nhan
accreditation | accredit = cong nhan
inspection body | assessment body = to chuc giam dinh
system = he thong
management system = he thong quan ly
quality management system = he thong quan ly chat luong
iso = iso
tcvn = tcvn
qcvn = qcvn
haccp = haccp
gmp = gmp
lean = lean
kaizen = kaizen
5s = 5s
barcode | bar code | product code = ma so ma vach
qr code = ma qr
qr = qr
gs1 = gs1
traceability | trace | trace origin | trace the origin = truy xuat nguon goc
traceability system = he thong truy xuat nguon goc
origin = nguon goc
certificate of origin | certificates of origin = chung nhan xuat xu
stamp | tag = tem
traceability stamp | traceability label = tem truy xuat nguon goc
label = nhan
goods label | product label = nhan hang hoa
packaging = bao bi
goods | commodity | merchandise = hang hoa
product = san pham
products and goods | product and goods = san pham hang hoa
safety = an toan
product safety | safety of products = an toan san pham
hazardous goods | dangerous goods = hang hoa co kha nang gay mat an toan
potentially unsafe goods = hang hoa co kha nang gay mat an toan
fuel | gasoline | petrol | petroleum = xang dau
gold = vang
inspection | inspect | check | examination = kiem tra
inspector | inspectorate = thanh tra
specialized inspection | specialised inspection = thanh tra chuyen nganh
post inspection | post-check | post check = hau kiem
supervision | surveillance | monitor = giam sat
market surveillance | market monitoring = giam sat thi truong
market control | market management | market management force = quan ly thi truong
inspection and supervision | inspection and monitoring = kiem tra giam sat
counterfeit | fake | forged = gia
counterfeit goods | fake goods | counterfeiting | fake products = hang gia
trade fraud | commercial fraud = gian lan thuong mai
fraud = gian lan
smuggle | contraband = buon lau
infringement | infringe = xam pham
intellectual property = so huu tri tue
intellectual property infringement = xam pham so huu tri tue
trademark = nhan hieu
brand = thuong hieu
vietnamese brand | vietnam brand = thuong hieu viet nam
geographical indication = chi dan dia ly

# --- Administration: bodies, places, people
department = so
ministry = bo
committee = uy ban
people's committee = uy ban nhan dan
provincial people's committee | provincial peoples committee | ppc = uy ban nhan dan tinh
district people's committee = uy ban nhan dan huyen
commune people's committee = uy ban nhan dan xa
people's council = hoi dong nhan dan
provincial people's council = hoi dong nhan dan tinh
council = hoi dong
chairman | chairwoman | chairperson | chair | president = chu tich
vice chairman | vice chairwoman | vice chairperson | vice president = pho chu tich
chairman of the provincial people's committee = chu tich uy ban nhan dan tinh
office = van phong
sub-department | sub department | subdepartment = chi cuc
sub-department of standards metrology and quality = chi cuc tieu chuan do luong chat luong
directorate for standards metrology and quality = tong cuc tieu chuan do luong chat luong
national committee for standards metrology and quality =\
    uy ban tieu chuan do luong chat luong quoc gia
center | centre = trung tam
technical center | technical centre = trung tam ky thuat
institute = vien
association = hiep hoi
business association = hiep hoi doanh nghiep
federation = lien doan
alliance = lien minh
cooperative alliance | cooperatives alliance = lien minh hop tac xa
chamber of commerce = phong thuong mai va cong nghiep
vcci = vcci
youth union = doan thanh nien
women's union = hoi lien hiep phu nu
fatherland front = mat tran to quoc
labour federation | labor federation | trade union = lien doan lao dong
provincial party committee = tinh uy
party committee = cap uy
party member = dang vien
party = dang
party's guidelines | party guidelines | guidelines of the party =\
    chu truong duong loi cua dang
central committee = ban chap hanh trung uong
secretariat = ban bi thu
politburo | political bureau = bo chinh tri
prime minister = thu tuong chinh phu
government = chinh phu
central government | central | central level = trung uong
state = nha nuoc
authority | competent authority = cap co tham quyen
competence | jurisdiction | powers = tham quyen
local authority | local government = chinh quyen dia phuong
administration | administrative = hanh chinh
public administration = hanh chinh cong
province = tinh
provincial = tinh
district = huyen
district level | district-level = cap huyen
commune = xa
commune level | commune-level = cap xa
ward = phuong
city = thanh pho
town = thi xa
township = thi tran
locality | local = dia phuong
grassroots | grassroots level = co so
level = cap
sector = nganh
field | area = linh vuc
territory = dia ban
organization | organisation = to chuc
individual = ca nhan
organizations and individuals = to chuc ca nhan
focal point | focal agency | contact point | contact person = dau moi
contact = dau moi
standing agency | standing body | standing office = thuong truc
leaders | leadership = lanh dao
official | officer | cadre = can bo
civil servant | staff = cong chuc
public employee | public servant = vien chuc
employee | worker | labourer | laborer = nguoi lao dong
labour | labor = lao dong
expert | specialist = chuyen gia
consultant | consulting | consultancy | advisory = tu van
people | citizen | resident | the public = nguoi dan
community = cong dong
consumer = nguoi tieu dung
head = nguoi dung dau

# --- Administration: documents and what is done with them
plan = ke hoach
decision = quyet dinh
directive = chi thi
resolution = nghi quyet
circular = thong tu
decree = nghi dinh
law | legislation = phap luat
legal = phap ly
legal framework | legal basis = hanh lang phap ly
legal normative documents | legal document = van ban quy pham phap luat
normative documents = van ban quy pham phap luat
document | text = van ban
guiding documents | guidance documents = van ban huong dan
regulation | rule | provision = quy dinh
policy = chinh sach
mechanism = co che
mechanisms and policies = co che chinh sach
program | programme = chuong trinh
national program | national programme = chuong trinh quoc gia
project | scheme = de an
investment project = du an dau tu
strategy = chien luoc
roadmap = lo trinh
master plan | planning = quy hoach
guideline | guidance | guide | instruction = huong dan
handbook | manual | guidebook = so tay
report = bao cao
annual report = bao cao hang nam
report on implementation = bao cao tinh hinh thuc hien
statistics | statistical = thong ke
preliminary review | interim review | mid-term review | midterm review = so ket
final review | summing up | final report = tong ket
summarize | summarise | synthesize | synthesise | aggregate = tong hop
compile | compilation | draft | write = bien soan
review = ra soat
amend | amendment | revise | revision = sua doi
supplement = bo sung
amend and supplement | amendment and supplement = sua doi bo sung
issue | promulgate | promulgation | enact = ban hanh
approve | approval = phe duyet
submit | submission = trinh
propose | proposal = de xuat
recommend | recommendation | petition = kien nghi
advise = tham muu
consultation | consult = lay y kien
implement | implementation | carry out | performance | perform = thuc hien
deploy | deployment | roll out = trien khai
apply | adoption | adopt = ap dung
application | app = ung dung
enforce | enforcement = thi hanh
comply | compliance = tuan thu
in line with | consistent with | suitable | appropriate = phu hop
attend | participate | participation | take part = tham gia
use | usage = su dung
send | submit to = gui
typical | exemplary | outstanding = tieu bieu
bearing | carrying = mang
disseminate | dissemination | popularize | popularise = pho bien
thoroughly grasp = quan triet
concretize | concretise | specify = cu the hoa
guide | instruct = huong dan
urge = don doc
follow up | track = theo doi
evaluate | evaluation | assess | assessment = danh gia
survey = khao sat
coordinate | coordination = phoi hop
lead | lead agency | leading agency = co quan chu tri
agency = co quan
unit = don vi
cooperate | cooperation | collaborate | collaboration | partnership = hop tac
responsibility | accountable = trach nhiem
accountability = trach nhiem giai trinh
function = chuc nang
decentralization | decentralisation = phan cap
apparatus = bo may
consolidate | consolidation | restructure | strengthen the organization = kien toan
strengthen | enhance | intensify | step up = tang cuong
promote | boost | accelerate = thuc day
push | push forward = day manh
improve | improvement | raise = nang cao
build | construct | construction = xay dung
establish | establishment | set up = thanh lap
develop | development = phat trien
maintain | maintenance = duy tri
modernize | modernise | modernization | modernisation = hien dai hoa
upgrade = nang cap
reform | renew | renewal | renovate | renovation = doi moi
perfect | finalize | finalise | complete the legal system = hoan thien
administrative reform = cai cach hanh chinh
administrative procedure = thu tuc hanh chinh
procedure = thu tuc
one-stop shop | one stop shop = mot cua
license | licence | permit = giay phep
licensing = cap phep
registration | register = dang ky
business registration = dang ky kinh doanh
handling of violations | handle violations = xu ly vi pham

# --- Money, targets, results
budget | fund | finance for = kinh phi
state budget = ngan sach nha nuoc
funding source | source of funds | sources of funds = nguon kinh phi
state funding | public funding | public funds = ngan sach nha nuoc
socialization | socialisation = xa hoi hoa
private funding | private resources | social resources | non-state resources = nguon luc xa hoi
contribution | sponsorship | donation = dong gop tai tro
mobilize | mobilise | mobilization | mobilisation = huy dong
resource = nguon luc
allocate | allocation | arrange = bo tri
cost | expense = chi phi
spending | expenditure = chi
spending level | spending norm = muc chi
finance | financial = tai chinh
treasury = kho bac
tax | taxation = thue
customs = hai quan
customs clearance = thong quan
bank = ngan hang
credit | bank loan | loans = tin dung
capital = von
price = gia ca
subsidy | grant | assist | assistance = ho tro
help businesses | help enterprises | help companies | help firms | help smes = ho tro doanh nghiep
help for businesses | help for enterprises | help my company = ho tro doanh nghiep
support = ho tro
incentive | preferential | preferences = uu dai
tax incentive = uu dai thue
target | indicator | kpi | kpis = chi tieu
goal | aim = muc tieu
purpose | objective = muc dich
requirement = yeu cau
output = san pham
result | outcome = ket qua
effectiveness | efficiency | efficient | effectively = hieu qua
validity = hieu luc
progress | situation | status = tinh hinh
priority | prioritize | prioritise = uu tien
key product | main product | flagship products = san pham chu luc
difficulty | problems | obstacle | issues = kho khan vuong mac
bottlenecks = kho khan vuong mac
pilot | pilot model | pilot project = mo hinh diem
model = mo hinh
solution = giai phap
measures = bien phap
task and solution | tasks and solutions = nhiem vu giai phap

# --- Time words that name a topic, not a period to filter by
date = ngay
annual | annually | yearly | each year | every year = hang nam
periodic | periodically | regular | regularly | routine = dinh ky
ongoing | continuous | continuously | constantly = thuong xuyen
phase | period | stage = giai doan

# --- Economy and business
business | enterprise | company | firm = doanh nghiep
my company | our company | my business | our business | my firm | our firm = doanh nghiep
small and medium enterprises | small and medium sized enterprises = doanh nghiep nho va vua
sme = doanh nghiep nho va vua
small and medium-sized enterprises | small and medium businesses = doanh nghiep nho va vua
foreign invested | foreign-invested = co von dau tu nuoc ngoai
foreign invested enterprises = doanh nghiep co von dau tu nuoc ngoai
foreign-invested enterprises | fdi enterprises = doanh nghiep co von dau tu nuoc ngoai
fdi companies = doanh nghiep co von dau tu nuoc ngoai
foreign invested companies | foreign-invested companies = doanh nghiep co von dau tu nuoc ngoai
foreign companies = doanh nghiep co von dau tu nuoc ngoai
fdi | foreign direct investment = fdi
foreign investment = dau tu nuoc ngoai
foreign investors = nha dau tu nuoc ngoai
foreign | overseas | abroad = nuoc ngoai
domestic = trong nuoc
domestic and foreign | at home and abroad | domestic and international = trong va ngoai nuoc
investment | invest = dau tu
investor = nha dau tu
investment promotion = xuc tien dau tu
investment attraction | attract investment | attracting investment = thu hut dau tu
attract | attraction = thu hut
investment environment = moi truong dau tu
business environment = moi truong kinh doanh
production and business = san xuat kinh doanh
cooperative | co-operative = hop tac xa
household business | business household = ho kinh doanh
startup | start up | start-ups | start ups = khoi nghiep
innovative startup = khoi nghiep doi moi sang tao
innovation | innovative = doi moi sang tao
creative | creativity = sang tao
industrial park | industrial zone = khu cong nghiep
industrial estate = khu cong nghiep
industrial cluster = cum cong nghiep
economic zone = khu kinh te
high tech park | high-tech park | hi-tech park = khu cong nghe cao
industry | industrial = cong nghiep
supporting industry = cong nghiep ho tro
processing industry | manufacturing industry = cong nghiep che bien che tao
industry and trade = cong thuong
trade | commerce | commercial = thuong mai
trade promotion = xuc tien thuong mai
e-commerce | ecommerce | electronic commerce | online commerce = thuong mai dien tu
export = xuat khau
exporter = doanh nghiep xuat khau
import = nhap khau
imported goods | imported products = hang hoa nhap khau
import and export | export and import | imports and exports = xuat nhap khau
exports and imports = xuat nhap khau
importer = doanh nghiep nhap khau
supply chain = chuoi cung ung
value chain = chuoi gia tri
product chain | production chain = chuoi san pham
chain = chuoi
supply = cung ung
market = thi truong
traditional market | wet market = cho
supermarket = sieu thi
shopping mall | shopping centre | shopping center | trade center = trung tam thuong mai
trade centre = trung tam thuong mai
retail | retailer = ban le
distribution | distribute | distributor = phan phoi
circulation | circulating | in circulation = luu thong
consumption | consume = tieu dung
consumer goods = hang tieu dung
consumer protection | protection of consumers = bao ve quyen loi nguoi tieu dung
production | produce | manufacture = san xuat
manufacturer | producer = co so san xuat
factory | plant = nha may
competitiveness | competitive capacity = nang luc canh tranh
competition | compete = canh tranh
capacity | capability = nang luc
capacity building = nang cao nang luc
economy | economic = kinh te
socio-economic | socio economic | socioeconomic | economic and social = kinh te xa hoi
social | society = xa hoi
growth = tang truong
green growth = tang truong xanh
circular economy = kinh te tuan hoan
digital economy = kinh te so
private sector | private economy = kinh te tu nhan
service = dich vu
logistics = logistics
infrastructure = ha tang
facility | physical facilities = co so vat chat
equipment = trang thiet bi
land = dat dai
urban = do thi
rural = nong thon
new rural development | new rural areas | new countryside = nong thon moi
housing = nha o
construction materials | building materials = vat lieu xay dung
transport | transportation = van tai
traffic = giao thong
tourism | tourist = du lich
textile | garment | apparel = det may
footwear | leather and footwear = da giay
furniture = do go noi that
wood | timber = go
wood products | timber products = san pham go
machinery | machine = may moc
mechanical engineering = co khi
chemical = hoa chat
pharmaceutical | medicine | drug = thuoc
cosmetics = my pham
electricity = dien
energy = nang luong
energy saving | energy efficiency = tiet kiem nang luong
renewable energy = nang luong tai tao

# --- Science, technology, digital transformation
science = khoa hoc
science and technology = khoa hoc va cong nghe
department of science and technology | dost = so khoa hoc va cong nghe
ministry of science and technology = bo khoa hoc va cong nghe
technology | technological = cong nghe
high technology | high tech | hi-tech | high-tech = cong nghe cao
technology transfer = chuyen giao cong nghe
technical | technique = ky thuat
research | study = nghien cuu
scientific research = nghien cuu khoa hoc
research and development | r&d = nghien cuu phat trien
science and technology tasks | scientific tasks = nhiem vu khoa hoc va cong nghe
research tasks = nhiem vu khoa hoc va cong nghe
digital transformation | digitalization | digitalisation = chuyen doi so
digitization | digitisation | digitize | digitise = so hoa
digital = so
digital government = chinh phu so
digital society = xa hoi so
digital platform = nen tang so
digital signature = chu ky so
digital infrastructure = ha tang so
e-government | electronic government = chinh quyen dien tu
electronic | electronically = dien tu
online = truc tuyen
public service = dich vu cong
online public service = dich vu cong truc tuyen
public service portal | public services portal = cong dich vu cong
portal | information portal = cong thong tin
electronic information portal | electronic portal = cong thong tin dien tu
website | web portal = trang thong tin dien tu
database = co so du lieu
national database = co so du lieu quoc gia
data = du lieu
big data = du lieu lon
open data = du lieu mo
share = chia se
data sharing | share data | sharing data = chia se du lieu
connect | connection | connectivity | link = ket noi
integrate | system integration = tich hop
platform = nen tang
software = phan mem
information technology = cong nghe thong tin
artificial intelligence = tri tue nhan tao
cybersecurity | cyber security | network security = an ninh mang
information security | information safety = an toan thong tin
smart city = do thi thong minh
smart = thong minh
automation | automate = tu dong hoa
electronic invoice | e-invoice = hoa don dien tu
electronic identification | electronic identity = dinh danh dien tu
cashless payment | non-cash payment = thanh toan khong dung tien mat
payment = thanh toan
internet = internet
iot | internet of things = internet van vat

# --- Education, training, human resources
education = giao duc
education and training = giao duc va dao tao
educational institution | education institution = co so giao duc
school = truong hoc
university = truong dai hoc
college = truong cao dang
universities and colleges | universities colleges = truong dai hoc cao dang
intermediate school | secondary vocational school = truong trung cap
vocational | vocational education = giao duc nghe nghiep
vocational school = truong nghe
vocational training = dao tao nghe
teacher | lecturer = giao vien
student = sinh vien
pupil = hoc sinh
stem = stem
train = dao tao
training course | training class = lop dao tao
refresher training | refresher course | fostering = boi duong
short course | workshop training | hands-on training = tap huan
training and fostering | training and refresher = dao tao boi duong
update knowledge | knowledge update | updating knowledge = cap nhat kien thuc
knowledge = kien thuc
skill = ky nang
human resource | workforce | manpower = nguon nhan luc
high quality human resources | high-quality human resources = nguon nhan luc chat luong cao
team of experts | expert team | pool of experts = doi ngu chuyen gia
team | workforce team = doi ngu
experience | lessons learned = kinh nghiem
exchange = trao doi
information exchange | exchange of information | exchange information = trao doi thong tin
learn from experience | study tour = hoc tap kinh nghiem
learning = hoc tap
scholarship = hoc bong
talent = nhan tai
youth | young people = thanh nien

# --- Health and food safety
food safety = an toan thuc pham
food hygiene and safety | food safety and hygiene = ve sinh an toan thuc pham
food = thuc pham
hygiene | sanitation = ve sinh
health | healthcare | medical = y te
health care = cham soc suc khoe
hospital = benh vien
clinic = phong kham
medical equipment | medical device = trang thiet bi y te
disease | epidemic = dich benh
occupational safety | labour safety | labor safety = an toan lao dong
safe = an toan

# --- Agriculture and environment
agriculture | agricultural = nong nghiep
agricultural products | agricultural produce | farm products | farm produce = nong san
farmer = nong dan
farm = trang trai
crop = cay trong
livestock | animal husbandry = chan nuoi
fishery | aquaculture | seafood | aquatic products = thuy san
fruit = trai cay
vegetable = rau
rice = lua gao
coffee = ca phe
rubber = cao su
pepper = ho tieu
cashew = hat dieu
durian = sau rieng
organic = huu co
ocop = ocop
vietgap = vietgap
globalgap = globalgap
growing area code = ma so vung trong
plant protection = bao ve thuc vat
veterinary = thu y
forestry = lam nghiep
forest = rung
environment | environmental = moi truong
agriculture and environment = nong nghiep va moi truong
environmental protection | protect the environment = bao ve moi truong
waste = chat thai
solid waste = chat thai ran
wastewater | waste water = nuoc thai
pollution = o nhiem
climate change = bien doi khi hau
emission = phat thai
greenhouse gas = khi nha kinh
natural resources = tai nguyen
clean water = nuoc sach
recycle = tai che
plastic = nhua

# --- Communication and events
communication | propaganda | publicity | publicize | publicise = tuyen truyen
communications | media = truyen thong
information and communication = thong tin truyen thong
mass media = phuong tien thong tin dai chung
awareness = nhan thuc
raise awareness | raising awareness | awareness raising = nang cao nhan thuc
press | the press = bao chi
press agency = co quan bao chi
newspaper = bao
binh duong newspaper = bao binh duong
radio = phat thanh
television | tv = truyen hinh
radio and television | radio and tv | broadcasting = phat thanh va truyen hinh
binh duong radio and television = dai phat thanh va truyen hinh binh duong
journalist | reporter = phong vien
news report | reportage = phong su
article = bai viet
publication = an pham
leaflet | brochure = to roi
social media | social network = mang xa hoi
hotline = duong day nong
conference = hoi nghi
seminar | workshop = hoi thao
forum = dien dan
dialogue | dialog = doi thoai
business dialogue | dialogue with businesses = doi thoai doanh nghiep
meeting = hoi nghi
event = su kien
exhibition = trien lam
trade fair = hoi cho
feedback | comments | opinions | suggestions = gop y
reflection = phan anh
role = vai tro
importance = tam quan trong
transparency | transparent = minh bach
publicly | public disclosure | disclose = cong khai

# --- Security and defence
police | public security = cong an
provincial police = cong an tinh
ministry of public security = bo cong an
security | order and security = an ninh
national security = an ninh quoc gia
defense | defence | national defense | national defence = quoc phong
defense and security | defence and security = quoc phong an ninh
defense industry | defence industry | national defense industry = cong nghiep quoc phong
national defence industry = cong nghiep quoc phong
military | army = quan su
military command | provincial military command = bo chi huy quan su tinh
armed forces = luc luong vu trang
border guard = bien phong
fire prevention | firefighting | fire fighting = phong chay chua chay
crime = toi pham

# --- Rewards and discipline
reward | commendation | commend = khen thuong
emulation = thi dua
emulation and commendation | emulation and reward = thi dua khen thuong
emulation movement = phong trao thi dua
certificate of merit | certificates of merit = bang khen
award | prize = giai thuong
honor | honour | recognition = ton vinh
good = tot
discipline | disciplinary = ky luat
violation | violate | breach = vi pham
sanction | penalty | fines | penalize | punish = xu phat
administrative sanction = xu phat vi pham hanh chinh
administrative penalty = xu phat vi pham hanh chinh
complaint = khieu nai
denunciation | accusation = to cao
complaints and denunciations = khieu nai to cao
whistleblower | whistle blower | informant = nguoi to giac
whistleblowing | report violations = to giac
protection | protect = bao ve
confidentiality | confidential | privacy | secrecy = bao mat
identity | personal identity = nhan than
behavior | behaviour | acts | conduct = hanh vi

# --- International cooperation
international = quoc te
international integration | global integration = hoi nhap quoc te
integration = hoi nhap
international cooperation = hop tac quoc te
international organization = to chuc quoc te
agreement = thoa thuan
international agreement = thoa thuan quoc te
treaty = dieu uoc
international treaty = dieu uoc quoc te
commitment = cam ket
international commitment = cam ket quoc te
free trade agreement = hiep dinh thuong mai tu do
trade agreement = hiep dinh thuong mai
fta = fta
cptpp = cptpp
evfta = evfta
rcep = rcep
wto = wto
tbt = tbt
sps = sps
technical barriers to trade = hang rao ky thuat trong thuong mai
mutual recognition = thua nhan lan nhau
harmonize | harmonise | harmonization | harmonisation = hai hoa
region | regional = khu vuc
asean = asean
european union = lien minh chau au
vietnam | vietnamese | viet nam = viet nam
japan | japanese = nhat ban
korea | korean | south korea = han quoc
china | chinese = trung quoc
taiwan | taiwanese = dai loan
singapore = singapore
united states | usa = hoa ky
united nations = lien hop quoc

# --- Words that only frame an English question
we | you | they | our | your | their | she | his | her | us =
i want | i would like | i d like | i need | i am | i m | could i | should i =
handle | in charge of handling =
want | would like | know | find | find out =
look | looking for | see | get | learn about | interested in =
involve | include =
concern | regarding | relate =
related to | relating to | with regard to | in relation to | with respect to | pertaining to =
relevant | mention | cover =
along | deal | dealt | focus on | focuses on | focused on | focusing on =
anything | something | everything | thing | kind of | sort of | type of =
specific | specifically | particular | particularly | exactly | really | currently =
also | just | only | any other | other | another | such | these | those | here =
explain | means | work | work on | works on | working on | as well as =
have | has | had | happen | going to | planned | plans to =
whether | if | kindly | more | some | all | like | says | said | talk =
s | t | don t | doesn t | isn t | aren t | didn t | can t | won t | wouldn t | haven t =
"""

_TOKEN = re.compile(r"[0-9a-z]+")
# What may stand between the words of a phrase: "people's", "e-commerce", "r&d".
_GAP = re.compile(r"[\s'’&-]+")
_PHRASE_SPLIT = re.compile(r"\s*\|\s*")


def _words(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text.lower()))


def _read(table: str) -> dict[str, str]:
    """The glossary, English words joined by single spaces. A form given twice with two
    meanings is a mistake in the table, not a choice to make at run time."""
    terms: dict[str, str] = {}
    for number, line in enumerate(table.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        english, sep, vietnamese = line.partition("=")
        if not sep or not english.strip():
            raise ValueError(f"glossary line {number}: {line!r}")
        value = " ".join(_words(vietnamese))
        for form in _PHRASE_SPLIT.split(english.strip()):
            key = " ".join(_words(form))
            if not key or terms.get(key, value) != value:
                raise ValueError(f"glossary line {number}: {form!r} twice or empty")
            terms[key] = value
    return terms


_TERMS = _read(_TABLE)
_LONGEST = max(len(key.split()) for key in _TERMS)


def lemma(word: str) -> str:
    """The glossary word an inflected English word comes from, or the word itself.

    Only plural "-s/-es/-ies", "-ed/-ied" and "-ing" are undone, and only into a word the
    glossary has, so a word it does not know is never guessed at. Vietnamese syllables end
    in a vowel or in c, ch, m, n, ng, nh, p, t: none of them is touched.

    >>> lemma("agencies"), lemma("taxes"), lemma("inspected"), lemma("submitted")
    ('agency', 'tax', 'inspect', 'submit')
    >>> lemma("goods"), lemma("seed"), lemma("business"), lemma("nghiep")
    ('goods', 'seed', 'business', 'nghiep')
    """
    return _find([word]) or word


def _find(words: list[str]) -> str | None:
    """The glossary key for these words, as written or with the last one, the head of an
    English phrase, in its base form ("measuring instruments"); None if there is none."""
    key = " ".join(words)
    if key in _TERMS:
        return key
    if len(words[-1]) > 3:
        for candidate in _candidates(words[-1]):
            based = " ".join([*words[:-1], candidate])
            if based in _TERMS:
                return based
    return None


def _candidates(word: str) -> Iterator[str]:
    if word.endswith("ies"):
        yield word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        yield word[:-1]
    if word.endswith("es"):
        yield word[:-2]
    if word.endswith("ied"):
        yield word[:-3] + "y"
    # "agreed" is "agree", but "seed" and "need" are no "see" and "nee".
    if word.endswith("ed") and not (word.endswith("eed") and len(word) <= 5):
        stem = word[:-2]
        yield from (word[:-1], stem)
        if len(stem) > 2 and stem[-1] == stem[-2]:
            yield stem[:-1]  # "planned"
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        yield from (stem, stem + "e")
        if len(stem) > 2 and stem[-1] == stem[-2]:
            yield stem[:-1]  # "planning"


class _Glossary(Mapping[str, str]):
    """The glossary as a read-only mapping whose look-ups also read inflected forms:
    ``"universities" in ENGLISH_TERMS`` and ``ENGLISH_TERMS["labs"]`` hold, though only
    "university" and "lab" are listed."""

    def __init__(self, terms: dict[str, str]) -> None:
        self._terms = terms

    def _key(self, key: object) -> str | None:
        return _find(key.split()) if isinstance(key, str) and key.strip() else None

    def __getitem__(self, key: str) -> str:
        found = self._key(key)
        if found is None:
            raise KeyError(key)
        return self._terms[found]

    def __contains__(self, key: object) -> bool:
        return self._key(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)


ENGLISH_TERMS: Mapping[str, str] = _Glossary(_TERMS)


def translate(text: str) -> str:
    """Folded English topic words replaced by the plans' Vietnamese ones, longest phrase
    first; framing words dropped; anything else left as it is.

    >>> translate("whistleblower protection")
    'nguoi to giac bao ve'
    >>> translate("Sở KH&CN")  # not folded, not English: untouched
    'Sở KH&CN'
    """
    tokens = list(_TOKEN.finditer(text))
    out: list[str] = []
    done = 0  # how much of the text is already in ``out``
    i = 0
    while i < len(tokens):
        size, value = _phrase_at(text, tokens, i)
        if size:
            start, end = tokens[i].start(), tokens[i + size - 1].end()
            out.append(text[done:start])
            out.append(value)
            done = end
            i += size
        else:
            i += 1
    out.append(text[done:])
    return " ".join("".join(out).split()) if done else text


def _phrase_at(text: str, tokens: list[re.Match[str]], i: int) -> tuple[int, str]:
    """The longest glossary phrase starting at token ``i``: its length in words and its
    Vietnamese; (0, "") if none."""
    for size in range(min(_LONGEST, len(tokens) - i), 0, -1):
        window = tokens[i : i + size]
        if any(
            not _GAP.fullmatch(text[a.end() : b.start()])
            for a, b in zip(window, window[1:], strict=False)
        ):
            continue
        key = _find([m[0] for m in window])
        if key is not None:
            return size, _TERMS[key]
    nearest = _through_wordnet(tokens[i][0])
    return (1, nearest) if nearest else (0, "")


# Words that frame any question; their WordNet senses lead nowhere ("does" is a deer).
_EVERYDAY = frozenset(
    """task tasks plan plans mean means meant does doing done have having need needs want
    wants know tell give show make made thing things anything something everything there
    about would could should this that these those what when where which whom whose
    our your their they them with from into also just only like will shall must some many
    much more most other others each every please thanks help asks says said able gets
    going goes come comes take takes run runs running look looks find found kind sort part
    parts way ways year years month months time times week weeks today here""".split()
)


@cache
def _through_wordnet(word: str) -> str | None:
    """A word the glossary lacks, by the first synonym or broader term of it that the
    glossary has ("audits" → "inspect" → kiểm tra); None if none has it.

    >>> _through_wordnet("audits") if wordnet.available() else "kiem tra"
    'kiem tra'
    """
    if len(word) <= 3 or not word.isalpha() or word in _EVERYDAY:
        return None
    for form in (word, *_candidates(word)):
        for other in wordnet.related(form):
            key = _find(other.split())
            if key is not None and _TERMS[key]:
                return _TERMS[key]
    return None
