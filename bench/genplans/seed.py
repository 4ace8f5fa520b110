"""The seed: the appendix groups and tasks of the two sample plans.

They are 1169/QĐ-UBND of Bình Dương and 87/KH-UBND of the fictional Tây An; every generated
plan recombines them. "{P}" stands for the province.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SeedTask:
    content: str
    lead: str | None  # the agency leading it in the sample; None for "Các sở, ban, ngành..."
    product: str | None = None  # only the Tây An sample has a product column


@dataclass(frozen=True)
class SeedGroup:
    title: str
    tasks: tuple[SeedTask, ...]


SEED_GROUPS: tuple[SeedGroup, ...] = (
    SeedGroup(
        "Đẩy mạnh công tác tuyên truyền, nâng cao nhận thức, kiến thức, trách nhiệm của cán "
        "bộ, đảng viên và Nhân dân về vai trò, vị trí, tầm quan trọng của công tác tiêu chuẩn, "
        "đo lường, chất lượng",
        (
            SeedTask(
                "Tổ chức nghiên cứu, quán triệt, tuyên truyền, phổ biến nội dung Chỉ thị số "
                "38- CT/TW, Quyết định số 1703/QĐ-TTg, Kế hoạch số 191-KH/TU và các văn bản "
                "hướng dẫn thực hiện bằng nhiều hình thức.",
                None,
            ),
            SeedTask(
                "Xây dựng kế hoạch tuyên truyền nhằm nâng cao nhận thức, trách nhiệm của cấp "
                "ủy đảng, chính quyền, nhân dân, nhất là cán bộ lãnh đạo, quản lý, người đứng "
                "đầu cơ quan, tổ chức, doanh nghiệp về vai trò và tầm quan trọng của hoạt động "
                "tiêu chuẩn, đo lường, chất lượng tại địa phương, nâng cao ý thức tự giác chấp "
                "hành tốt các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về tiêu "
                "chuẩn, đo lường, chất lượng.",
                "Sở Khoa học và Công nghệ",
            ),
            SeedTask(
                "Tổ chức định kỳ đối thoại với doanh nghiệp, tổ chức, người dân về hoạt động "
                "tiêu chuẩn, đo lường, chất lượng.",
                "Sở Khoa học và Công nghệ",
            ),
            SeedTask(
                "Bồi dưỡng, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng, vai trò, ý "
                "nghĩa của việc sản xuất, phân phối, tiêu dùng theo tiêu chuẩn, quy chuẩn, "
                "năng suất chất lượng cho công chức, viên chức, người lao động trong các cơ "
                "quan nhà nước, doanh nghiệp và các trường Đại học, Cao đẳng, Trung cấp trên "
                "địa bàn tỉnh.",
                "Sở Khoa học và Công nghệ",
            ),
        ),
    ),
    SeedGroup(
        "Rà soát, xây dựng, bổ sung, hoàn thiện hệ thống, chính sách pháp luật, văn bản quản "
        "lý về công tác tiêu chuẩn, đo lường, chất lượng; đổi mới nâng cao hiệu quả công tác "
        "quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng.",
        (
            SeedTask(
                "Cụ thể hóa chủ trương, đường lối của Đảng, chính sách của Nhà nước trong lĩnh "
                "vực tiêu chuẩn, đo lường, chất lượng, bảo đảm tính thống nhất, đồng bộ của hệ "
                "thống pháp luật, phù hợp với tình hình thực tiễn của địa phương, đáp ứng nhu "
                "cầu phát triển và bảo đảm quốc phòng, an ninh.",
                "Sở Khoa học và Công nghệ",
            ),
            SeedTask(
                "Chủ động rà soát, kiến nghị cấp thẩm quyền, sửa đổi, bổ sung, ban hành các "
                "quy định về quản lý nhà nước trong lĩnh vực tiêu chuẩn, đo lường, chất lượng "
                "để hoàn thiện hệ thống pháp lý nhằm tăng cường hiệu lực, hiệu quả hoạt động "
                "quản lý nhà nước, phù hợp với tình hình thực tiễn và các cam kết quốc tế nhằm "
                "thúc đẩy hoạt động sản xuất, xuất khẩu sản phẩm, hàng hóa trên địa bàn tỉnh "
                "{P}.",
                "Sở Khoa học và Công nghệ",
            ),
            SeedTask(
                "Tổ chức kết nối, triển khai, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu "
                "chuẩn và quy chuẩn kỹ thuật nhằm chia sẻ, cung cấp thông tin đầy đủ, công "
                "khai, minh bạch hoá toàn bộ hoạt động tiêu chuẩn, quy chuẩn kỹ thuật phục vụ "
                "nhu cầu của doanh nghiệp và người dân.",
                "Sở Khoa học và Công nghệ",
            ),
            SeedTask(
                "Ứng dụng các giải pháp về chuyển đổi số, mã số mã vạch, truy xuất nguồn gốc "
                "để tăng cường công tác quản lý nhà nước về năng suất, chất lượng sản phẩm, "
                "hàng hóa, tạo môi trường sản xuất kinh doanh minh bạch, thúc đẩy phát triển "
                "thương mại và hoạt động xuất, nhập khẩu.",
                "Sở Khoa học và Công nghệ",
            ),
            SeedTask(
                "Xây dựng, kiện toàn tổ chức và hoạt động của cơ quan đầu mối quản lý tiêu "
                "chuẩn, đo lường, chất lượng ở địa phương đảm bảo đồng bộ với Trung ương để "
                "thực hiện chức năng, nhiệm vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất "
                "lượng thống nhất từ Trung ương đến địa phương.",
                "Sở Khoa học và Công nghệ",
            ),
            SeedTask(
                "Nâng cao hiệu quả hoạt động công tác thông tin truyền thông về tiêu chuẩn, đo "
                "lường, chất lượng để kịp thời cung cấp thông tin chính sách, pháp luật phục "
                "vụ hoạt động sản xuất, kinh doanh và tiếp nhận, báo cáo cấp có thẩm quyền "
                "nghiên cứu, xử lý các phản ánh, góp ý, đề xuất giải pháp, chính sách từ phía "
                "các tổ chức, doanh nghiệp và người dân.",
                "Sở Khoa học và Công nghệ",
            ),
            SeedTask(
                "Xây dựng, duy trì và phát triển hệ thống chuẩn đo lường chính của tỉnh.",
                "Sở Khoa học và Công nghệ",
            ),
            SeedTask(
                "Tăng cường công tác quản lý chất lượng được chuyển từ hình thức kiểm soát đối "
                "tượng, công đoạn cụ thể sang quản lý chuỗi sản phẩm, từ khâu tổ chức sản xuất "
                "đến phân phối, lưu thông, tiêu dùng và xuất khẩu sản phẩm, hàng hóa mang "
                "thương hiệu Việt Nam.",
                "Sở Khoa học và Công nghệ",
            ),
        ),
    ),
    SeedGroup(
        "Phát triển nguồn nhân lực trong lĩnh vực tiêu chuẩn, đo lường, chất lượng",
        (
            SeedTask(
                "Xây dựng, tổ chức thực hiện các chương trình, kế hoạch đào tạo, bồi dưỡng, "
                "tập huấn cho công chức, viên chức, người lao động và sinh viên trong các cơ "
                "quan, tổ chức, doanh nghiệp, các Trường Đại học, Cao đẳng, Trung cấp về tiêu "
                "chuẩn, quy chuẩn kỹ thuật, đo lường, năng suất, chất lượng sản phẩm, hàng "
                "hóa, nhãn hàng hóa, mã số mã vạch, truy xuất nguồn gốc...",
                "Sở Khoa học và Công nghệ",
            ),
            SeedTask(
                "Gắn đào tạo với nghiên cứu khoa học và nhu cầu thực tiễn, thông qua các nhiệm "
                "vụ khoa học và công nghệ nhằm hình thành và phát triển nguồn nhân lực chất "
                "lượng cao, xây dựng đội ngũ chuyên gia tư vấn về tiêu chuẩn, đo lường, chất "
                "lượng trong các lĩnh vực ưu tiên của tỉnh; tăng cường trao đổi thông tin, học "
                "tập kinh nghiệm, hợp tác đào tạo với cơ quan trung ương và các tỉnh, thành "
                "phố có hoạt động mạnh về tiêu chuẩn, đo lường, năng suất, chất lượng.",
                None,
            ),
            SeedTask(
                "Bồi dưỡng, phát triển nguồn nhân lực về tiêu chuẩn, đo lường, chất lượng phục "
                "vụ công tác công an, đảm bảo vệ số lượng và chất lượng, phù hợp với quy định "
                "của nhà nước và Bộ Công an.",
                "Công an tỉnh",
            ),
        ),
    ),
    SeedGroup(
        "Tăng cường đầu tư ngân sách nhà nước cho công tác tiêu chuẩn, đo lường, chất lượng",
        (
            SeedTask(
                "Tổ chức thực hiện Đề án Quy hoạch phát triển Trung tâm kỹ thuật tiêu chuẩn, "
                "đo lường, chất lượng trên toàn quốc của Trung, duy trì và phát triển Trung "
                "tâm kỹ thuật tiêu chuẩn, đo lường, chất lượng trực thuộc Chi cục Tiêu chuẩn "
                "Đo lường Chất lượng tỉnh, nhằm tạo điều kiện thuận lợi cho các hoạt động sản "
                "xuất kinh doanh của doanh nghiệp và phát triển kinh tế - xã hội của tỉnh.",
                "Sở Khoa học và Công nghệ",
            ),
            SeedTask(
                "Tăng cường đầu tư ngân sách nhà nước, đẩy mạnh thu hút nguồn lực xã hội cho "
                "công tác tiêu chuẩn, đo lường, chất lượng; tiếp tục đầu tư cơ sở vật chất, "
                "hiện đại hóa các đơn vị thử nghiệm, kiểm định, hiệu chuẩn trên địa bàn tỉnh.",
                None,
            ),
            SeedTask(
                "Tăng cường nguồn lực đầu tư cho hoạt động tiêu chuẩn, đo lường, chất lượng "
                "trong lĩnh vực quốc phòng, an ninh theo Nghị quyết số 08-NQ/TW ngày "
                "26/01/2022 của Bộ Chính trị khoá XIII về “Đẩy mạnh phát triển công nghiệp "
                "quốc phòng đến năm 2030 và những năm tiếp theo”.",
                "Bộ Chỉ huy quân sự tỉnh",
            ),
        ),
    ),
    SeedGroup(
        "Tăng cường công tác thanh tra, kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng",
        (
            SeedTask(
                "Rà soát, kiến nghị cấp có thẩm quyền, sửa đổi, bổ sung quy định pháp luật về "
                "thanh tra, kiểm tra, giám sát trong lĩnh vực tiêu chuẩn, đo lường, chất lượng "
                "theo hướng tăng cường hiệu quả công tác quản lý nhà nước, bảo đảm chất lượng, "
                "an toàn của sản phẩm, hàng hóa trong quá trình sản xuất, xuất, nhập khẩu và "
                "lưu thông trên thị trường.",
                "Sở Khoa học và Công nghệ",
            ),
            SeedTask(
                "Tăng cường công tác thanh tra, kiểm tra, giám sát về tiêu chuẩn, đo lường, "
                "chất lượng bảo đảm an toàn của sản phẩm, hàng hóa trong tiêu dùng, sản xuất, "
                "nhập khẩu, lưu thông trên thị trường.",
                None,
            ),
            SeedTask(
                "Tăng cường công tác kiểm tra, thanh tra, giám sát về hoạt động quản lý nhà "
                "nước trong lĩnh vực tiêu chuẩn, đo lường, chất lượng tại địa phương.",
                "Sở Khoa học và Công nghệ",
            ),
            SeedTask(
                "Kịp thời thực hiện các hoạt động khen thưởng, tôn vinh các tổ chức, cá nhân "
                "thực hiện tốt hoạt động tiêu chuẩn, đo lường, chất lượng; có biện pháp phù "
                "hợp, bảo mật thông tin về nhân thân để bảo vệ người tố giác hành vi vi phạm "
                "quy định của pháp luật về tiêu chuẩn, đo lường, chất lượng.",
                "Sở Khoa học và Công nghệ",
            ),
        ),
    ),
    SeedGroup(
        "Tăng cường hội nhập quốc tế và tích cực hợp tác với các địa phương về công tác tiêu "
        "chuẩn, đo lường, chất lượng",
        (
            SeedTask(
                "Chủ động, tích cực hội nhập quốc tế về công tác tiêu chuẩn, đo lường, chất "
                "lượng, tuân thủ các điều ước, các thoả thuận quốc tế có liên quan mà Việt Nam "
                "tham gia.",
                None,
            ),
            SeedTask(
                "Tăng cường trao đổi thông tin, kinh nghiệm, hợp tác đào tạo, tham gia các hội "
                "thảo, chương trình đào tạo trong và ngoài nước về tiêu chuẩn, đo lường, chất "
                "lượng.",
                None,
            ),
            SeedTask(
                "Tổ chức thực hiện Đề án tăng cường Hội nhập hợp tác quốc tế về tiêu chuẩn, đo "
                "lường, chất lượng của Trung ương.",
                "Sở Khoa học và Công nghệ",
            ),
        ),
    ),
    SeedGroup(
        "Tuyên truyền, đào tạo",
        (
            SeedTask(
                "Tổ chức hội nghị phổ biến Đề án truy xuất nguồn gốc cho doanh nghiệp, hợp tác xã.",
                "Sở Khoa học và Công nghệ",
                "Hội nghị",
            ),
            SeedTask(
                "Biên soạn sổ tay hướng dẫn áp dụng truy xuất nguồn gốc cho nông sản.",
                "Sở Nông nghiệp và Môi trường",
                "Sổ tay hướng dẫn",
            ),
            SeedTask(
                "Đào tạo kỹ năng truy xuất nguồn gốc cho cán bộ quản lý cấp xã.",
                "Sở Khoa học và Công nghệ",
                "Lớp đào tạo",
            ),
            SeedTask(
                "Đưa tin, phóng sự về các mô hình truy xuất nguồn gốc tiêu biểu.",
                "Báo và Phát thanh, Truyền hình {P}",
                "Tin, bài, phóng sự",
            ),
        ),
    ),
    SeedGroup(
        "Xây dựng nền tảng và mô hình điểm",
        (
            SeedTask(
                "Xây dựng nền tảng truy xuất nguồn gốc của tỉnh, kết nối với Cổng thông tin "
                "truy xuất nguồn gốc quốc gia.",
                "Sở Khoa học và Công nghệ",
                "Nền tảng truy xuất nguồn gốc",
            ),
            SeedTask(
                "Xây dựng mô hình điểm truy xuất nguồn gốc cho sản phẩm sầu riêng xuất khẩu.",
                "Sở Nông nghiệp và Môi trường",
                "Mô hình điểm",
            ),
            SeedTask(
                "Xây dựng mô hình điểm truy xuất nguồn gốc cho sản phẩm gỗ và đồ gỗ nội thất.",
                "Sở Công Thương",
                "Mô hình điểm",
            ),
            SeedTask(
                "Hỗ trợ doanh nghiệp cấp mã số mã vạch và tem truy xuất nguồn gốc.",
                "Sở Khoa học và Công nghệ",
                "Doanh nghiệp được hỗ trợ",
            ),
        ),
    ),
    SeedGroup(
        "Kiểm tra, giám sát",
        (
            SeedTask(
                "Kiểm tra việc sử dụng mã số, mã vạch trên sản phẩm, hàng hóa lưu thông trên "
                "thị trường.",
                "Sở Khoa học và Công nghệ",
                "Báo cáo kết quả kiểm tra",
            ),
            SeedTask(
                "Kiểm soát tem truy xuất nguồn gốc giả, tem không rõ nguồn gốc.",
                "Công an tỉnh",
                "Báo cáo",
            ),
            SeedTask(
                "Sơ kết 3 năm thực hiện Kế hoạch.",
                "Sở Khoa học và Công nghệ",
                "Báo cáo sơ kết",
            ),
        ),
    ),
)
