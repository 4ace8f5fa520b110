"""The word tables a plan draws from: provinces, agencies, products, titles, body
sentences, notes and signers' names, and the numbering of groups and lists.

"{P}" stands for the province.
"""

# Fictional provinces: no name folds to a real province and none contains another, so a
# question that names a province never matches two of them.
PROVINCES = (
    "Tây An",
    "Bắc Hà",
    "Đông Giang",
    "Nam Sơn",
    "Tây Lĩnh",
    "Bắc Thủy",
    "Đông Phong",
    "Nam Hòa",
    "Thượng Lâm",
    "Hạ Xuyên",
    "Trung Điền",
    "Tây Khê",
    "Bắc Lâm",
    "Đông Hải",
    "Nam Xuyên",
    "Thượng Giang",
    "Hạ Sơn",
    "Trung Hòa",
    "Tây Phong",
    "Bắc Điền",
    "Đông Lĩnh",
    "Nam Khê",
    "Thượng Thủy",
    "Hạ Lâm",
    "Trung Giang",
    "Tây Thủy",
    "Bắc Xuyên",
    "Đông Sơn",
    "Nam Lĩnh",
    "Thượng Hòa",
    "Hạ Phong",
    "Trung Khê",
    "Tây Điền",
    "Bắc Phong",
    "Đông Xuyên",
    "Nam Điền",
    "Thượng Khê",
    "Hạ Điền",
    "Trung Lâm",
    "Tây Xuyên",
    "Bắc Khê",
    "Đông Lâm",
    "Nam Thủy",
    "Thượng Điền",
    "Hạ Hòa",
    "Trung Sơn",
    "Tây Hòa",
    "Bắc Lĩnh",
    "Đông Điền",
    "Nam Phong",
    "Thượng Xuyên",
    "Hạ Khê",
    "Trung Phong",
    "Vĩnh An",
    "Kim Sơn",
    "Ngọc Hà",
    "Phú Lâm",
    "Hòa Giang",
    "Lạc Thủy",
    "An Điền",
)

KHCN = "Sở Khoa học và Công nghệ"
# Departments every province has; agency questions ask only about these and the media.
DEPARTMENTS = (
    KHCN,
    "Sở Công Thương",
    "Sở Tài chính",
    "Sở Nông nghiệp và Môi trường",
    "Sở Y tế",
    "Sở Xây dựng",
    "Sở Giáo dục và Đào tạo",
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Công an tỉnh",
    "Bộ Chỉ huy quân sự tỉnh",
)
SUB_UNITS = {
    KHCN: "Chi cục Tiêu chuẩn Đo lường Chất lượng",
    "Sở Công Thương": "Chi cục Quản lý thị trường",
    "Sở Y tế": "Chi cục An toàn vệ sinh thực phẩm",
    "Sở Nông nghiệp và Môi trường": "Chi cục Chăn nuôi và Thú y",
}
# Some provinces still have a newspaper and a broadcaster, others merged them (as Tây An).
MEDIA_STYLES = (
    ("Báo {P}", "Đài Phát thanh và Truyền hình {P}"),
    ("Báo và Phát thanh, Truyền hình {P}",),
)
COLLECTIVE_LEADS = (
    "Các sở, ban, ngành và UBND huyện, thành phố.",
    "Các sở, ban ngành, UBND huyện, thành phố",
    "Các sở, ban, ngành",
    "UBND các huyện, thị xã, thành phố",
)
LEAD_PARTNERS = ("UBND huyện, thành phố.", "UBND các huyện, thị xã, thành phố")
COLLECTIVE_COORDS = (
    "Các sở, ban ngành, UBND huyện, thành phố và các cơ quan có liên quan",
    "Các sở, ban, ngành và các cơ quan có liên quan",
    "Các sở, ban, ngành, cơ quan có liên quan",
    "Các cơ quan có liên quan",
)
OTHER_PARTNERS = (
    "Liên minh Hợp tác xã tỉnh",
    "Hiệp hội Chế biến gỗ tỉnh",
    "Sở Thông tin và Truyền thông",
    "Trung tâm Mã số Mã vạch Quốc gia",
    "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia",
    "UBND các huyện, thị xã, thành phố",
    "Các Trường Đại học, Cao đẳng, Trung cấp",
    "các doanh nghiệp",
    "Cổng Thông tin điện tử tỉnh {P}",
    "UBND tỉnh {P}",
)
COORD_TAILS = ("", "", " và các cơ quan có liên quan", ", các cơ quan có liên quan")
DIRECTORS = (
    "Chủ tịch UBND tỉnh",
    "Chủ tịch UBND tỉnh",
    "Chủ tịch UBND tỉnh",
    "UBND tỉnh",
    "HĐND tỉnh",
    "Phó Chủ tịch UBND tỉnh",
    KHCN,
)
PRODUCTS = (
    "Kế hoạch",
    "Báo cáo",
    "Hội nghị",
    "Quyết định",
    "Lớp đào tạo",
    "Tin, bài, phóng sự",
    "Mô hình điểm",
    "Sổ tay hướng dẫn",
    "Cơ sở dữ liệu",
    "Đề án",
    "Báo cáo kết quả kiểm tra",
    "Văn bản hướng dẫn",
    "Chương trình đào tạo",
)
# Word for "every year": the samples use both spellings; each plan prefers one.
ANNUAL_WORDS = ("Hàng năm", "Hằng năm")

TITLES = (
    "Triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư Trung ương Đảng "
    "về đẩy mạnh công tác tiêu chuẩn đo lường chất lượng quốc gia đến năm 2030 và những năm "
    "tiếp theo trên địa bàn tỉnh {P}",
    "Thực hiện Đề án triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc trên địa bàn "
    "tỉnh {P} giai đoạn {Y} - {Y5}",
    "Nâng cao năng suất và chất lượng sản phẩm, hàng hóa trên địa bàn tỉnh {P} năm {Y}",
    "Đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng tỉnh {P} giai đoạn {Y} - {Y5}",
    "Phát triển hạ tầng chất lượng quốc gia trên địa bàn tỉnh {P} đến năm 2030",
)
PURPOSES = (
    "Quán triệt, tổ chức thực hiện đầy đủ, chất lượng, hiệu quả các nhiệm vụ và giải pháp về "
    "công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn tỉnh.",
    "Tạo chuyển biến mạnh mẽ về nhận thức và hành động của các sở, ban, ngành, chính quyền "
    "các cấp và người dân về công tác tiêu chuẩn, đo lường, chất lượng.",
    "Từng bước hình thành hệ thống truy xuất nguồn gốc sản phẩm, hàng hóa của tỉnh, kết nối "
    "với Cổng thông tin truy xuất nguồn gốc sản phẩm, hàng hóa quốc gia.",
    "Nâng cao nhận thức của doanh nghiệp, hợp tác xã và người tiêu dùng về lợi ích của truy "
    "xuất nguồn gốc.",
    "Tăng cường sự phối hợp đồng bộ, chặt chẽ của các cơ quan, tổ chức trong hệ thống chính "
    "trị của tỉnh {P}.",
)
REQUIREMENTS = (
    "Các nhiệm vụ được giao phải có sản phẩm cụ thể, thời gian hoàn thành rõ ràng.",
    "Các sở, ban, ngành, địa phương chủ động tổ chức triển khai, đẩy mạnh công tác phối hợp "
    "thực hiện tốt các nhiệm vụ, giải pháp theo đúng tiến độ được giao.",
    "Nội dung Kế hoạch phải bảo đảm thiết thực, hiệu quả, khả thi và có thời gian thực hiện "
    "cụ thể.",
    "Ưu tiên các nhóm sản phẩm chủ lực: trái cây, thủy sản, gỗ và sản phẩm từ gỗ.",
)
TASK_HEADINGS = ("II. NHIỆM VỤ VÀ GIẢI PHÁP", "II. NỘI DUNG THỰC HIỆN", "II. NHIỆM VỤ TRỌNG TÂM")
NOTES = (
    "{k}-KHPH/BTGTU, ngày {d:02d}/{m:02d}/{y}",
    "Nhiệm vụ chuyển tiếp",
    "Lồng ghép với Kế hoạch số {k}/KH-UBND",
    "Ưu tiên triển khai",
    "Thực hiện theo hướng dẫn của Bộ Khoa học và Công nghệ",
)
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Phan")
MIDDLE_NAMES = ("Văn", "Thị", "Minh", "Thanh", "Quốc", "Hữu", "Đức", "Ngọc", "Anh")
GIVEN_NAMES = (
    "Minh",
    "Hùng",
    "Lan",
    "Dũng",
    "Hải",
    "Tuấn",
    "Hương",
    "Sơn",
    "Long",
    "Bình",
    "Thắng",
    "Phương",
    "Nam",
    "Hoa",
    "Quang",
    "Trung",
)
VI_LETTERS = "abcdđeghik"  # Vietnamese documents skip f and j in a), b), ... lists
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
