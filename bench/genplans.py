"""Generate families of fictional provincial plans and ground-truth questions about them.

The two sample plans (1169/QĐ-UBND of Bình Dương and 87/KH-UBND of the fictional Tây An)
are the seed: every generated plan has its own province, number, date, title, body and
column names, and an appendix table that recombines the seed tasks with new agencies,
deadlines, products, budgets and notes. Questions are derived from the generated model,
never written by hand, so they stay right whatever the seed.

Usage:
    python bench/genplans.py --plans 1,10,100,1000 --out bench/out/plans [--seed 7]
        [--docx-share 0.1] [--cases 300]

writes, for each N, ``OUT/N/`` holding N plan files (.txt, about a tenth .docx), a
``cases.jsonl`` in the format of ``/work/shared/eval/grade.py`` and a ``truth.jsonl``
with every generated task cell. From code::

    from bench.genplans import generate
    paths = generate(10, Path("bench/out/plans/10"), seed=7)

Plan ``i`` depends only on ``(seed, i)``, so the N=10 set is the first ten plans of the
N=100 set.
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import docx

# ---------------------------------------------------------------------------------------------
# Seed: the appendix groups and tasks of the two sample plans. "{P}" stands for the province.
# ---------------------------------------------------------------------------------------------


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

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

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
SKIP_NUMBERS = {87, 1169}
FIRST_ISSUE = date(2025, 3, 1)  # the sample plans' numbers stay unique when indexed together

# ---------------------------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Deadline:
    """A deadline cell, the window in which it falls, and how answers/questions may word it."""

    text: str
    kind: str  # quarter, month, year, half, span, before, annual, ongoing
    start: date | None = None  # None for recurring deadlines
    end: date | None = None
    answers: tuple[str, ...] = ()  # acceptable wordings in an answer (text_any)
    asks: tuple[str, ...] = ()  # wordings for a "which tasks are due ..." question
    asks_en: tuple[str, ...] = ()

    @property
    def recurring(self) -> bool:
        return self.start is None


@dataclass(frozen=True)
class Lead:
    """The lead cell: one agency, maybe a sub-unit in brackets or a co-lead after "và"."""

    head: str
    sub: str = ""  # "Chi cục ..." under a department, or the department under "UBND tỉnh"
    split: bool = False  # the bracketed sub-unit sits on a line (paragraph) of its own
    partner: str = ""

    def lines(self) -> list[str]:
        if self.sub and self.split:
            return [self.head, f"({self.sub})"]
        if self.sub:
            return [f"{self.head} ({self.sub})"]
        if self.partner:
            return [f"{self.head} và {self.partner}"]
        return [self.head]

    @property
    def text(self) -> str:
        return " ".join(self.lines())

    @property
    def leaders(self) -> set[str]:
        """Agencies that certainly lead; "UBND tỉnh (Sở X)" is led by UBND, X only maybe."""
        return set() if self.head == "UBND tỉnh" else {self.head, self.partner} - {""}

    @property
    def maybe_leaders(self) -> set[str]:
        return {self.sub} if self.head == "UBND tỉnh" else set()


@dataclass(frozen=True)
class Coord:
    agencies: tuple[str, ...]
    tail: str = ""

    @property
    def text(self) -> str:
        text = ", ".join(self.agencies) + self.tail
        return text[0].upper() + text[1:]


@dataclass
class Task:
    group: int  # 1-based position of the group in the appendix
    num: int
    content: str
    lead: Lead
    coord: Coord
    deadline: Deadline
    director: str
    product: str
    budget: str
    note: str  # may be empty: the only cell a row can leave empty (it is the last column)

    @property
    def id(self) -> str:
        return f"{ROMAN[self.group - 1]}.{self.num}"

    def cell_lines(self, key: str) -> list[str]:
        """The cell of column ``key`` as lines; empty list for an empty cell."""
        if key == "lead":
            return self.lead.lines()
        if key == "coord":
            return [self.coord.text]
        if key == "deadline":
            return [self.deadline.text]
        value = getattr(self, key)  # content, director, product, budget, note
        return [value] if value else []


@dataclass
class Group:
    title: str
    tasks: list[Task]


@dataclass(frozen=True)
class Column:
    key: str  # tt, content, lead, coord, director, deadline, product, budget, note
    label: str


@dataclass(frozen=True)
class Quirks:
    """Artefacts of the Word-to-text extraction seen in the 1169 sample (txt files only)."""

    crlf: bool = False
    bom: bool = False
    lead_space: bool = False  # " ỦY BAN NHÂN DÂN" on the first line
    ill: bool = False  # group III written "Ill"
    dotted: frozenset[int] = frozenset()  # groups whose numeral has a dot: "IV."
    spaced: frozenset[str] = frozenset()  # task ids whose row number reads "1 ."
    section_label: bool = False  # "I. CÁC NHIỆM VỤ TRIỂN KHAI" above the table


@dataclass(frozen=True)
class Signer:
    titles: tuple[str, ...]
    name: str


@dataclass
class Plan:
    index: int
    number: int
    kind: str  # "KH" (kế hoạch) or "QĐ" (quyết định ban hành kế hoạch)
    province: str
    issued: date
    title: str
    media: tuple[str, ...]
    columns: list[Column]
    groups: list[Group]
    report: tuple[int, int]  # yearly report due (day, month)
    report_style: int
    purposes: list[str]
    requirements: list[str]
    task_heading: str
    body_lists_tasks: bool  # body section II repeats every task as a), b)...
    signer: Signer | None
    fmt: str  # "txt" or "docx"
    merge_group_rows: bool  # docx: group title cell spans the rest of the row
    quirks: Quirks = field(default_factory=Quirks)

    @property
    def ref(self) -> str:
        return f"{self.number}/{self.kind}-UBND"

    @property
    def filename(self) -> str:
        kind = "QD" if self.kind == "QĐ" else "KH"
        return f"{slug(self.province)}-{self.number}-{kind}-UBND.{self.fmt}"

    @property
    def tasks(self) -> list[Task]:
        return [t for g in self.groups for t in g.tasks]


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def unaccent(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def fold(text: str) -> str:
    """The grader's comparison form: no case, diacritics or punctuation."""
    kept = "".join(c if c.isalnum() else " " for c in unaccent(text).lower())
    return " ".join(kept.split())


def slug(text: str) -> str:
    return "-".join(fold(text).split())


def vi_date(d: date) -> str:
    """ "ngày 05 tháng 3 năm 2025": day padded, month padded only for 1 and 2, as offices do."""
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def agency_variants(text: str) -> list[str]:
    """The cell as written plus the spelled-out forms of UBND and HĐND an answer may use."""
    out = [text]
    for short, full in (("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân")):
        out += [v.replace(short, full) for v in out if short in v]
    return dedupe(out)


def dedupe(texts: list[str]) -> list[str]:
    seen, out = set(), []
    for text in texts:
        if fold(text) not in seen:
            seen.add(fold(text))
            out.append(text)
    return out


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


# ---------------------------------------------------------------------------------------------
# Deadlines
# ---------------------------------------------------------------------------------------------


def quarter(q: int, y: int) -> Deadline:
    r = ROMAN[q - 1]
    return Deadline(
        f"Quý {r}/{y}",
        "quarter",
        date(y, 3 * q - 2, 1),
        month_end(y, 3 * q),
        answers=(
            f"Quý {r}/{y}",
            f"quý {q}/{y}",
            f"quý {q} năm {y}",
            f"Q{q}/{y}",
            f"quý {r} năm {y}",
        ),
        asks=(f"Quý {r}/{y}", f"quý {q}/{y}", f"quý {q} năm {y}"),
        asks_en=(f"Quarter {r}/{y}", f"Q{q}/{y}", f"in Q{q} {y}"),
    )


def month(m: int, y: int) -> Deadline:
    return Deadline(
        f"Tháng {m}/{y}",
        "month",
        date(y, m, 1),
        month_end(y, m),
        answers=(f"{m}/{y}", f"{m:02d}/{y}", f"tháng {m} năm {y}"),
        asks=(f"tháng {m}/{y}", f"tháng {m} năm {y}"),
    )


def year(y: int) -> Deadline:
    return Deadline(
        f"Năm {y}",
        "year",
        date(y, 1, 1),
        date(y, 12, 31),
        answers=(f"năm {y}",),
        asks=(f"năm {y}",),
        asks_en=(f"in {y}",),
    )


def first_half(y: int) -> Deadline:
    return Deadline(
        f"6 tháng đầu năm {y}",
        "half",
        date(y, 1, 1),
        date(y, 6, 30),
        answers=(f"6 tháng đầu năm {y}", f"sáu tháng đầu năm {y}", f"6 tháng đầu {y}"),
        asks=(f"6 tháng đầu năm {y}",),
    )


def span(y1: int, y2: int, spaced: bool) -> Deadline:
    text = f"{y1} - {y2}" if spaced else f"{y1}-{y2}"
    return Deadline(
        text,
        "span",
        date(y1, 1, 1),
        date(y2, 12, 31),
        answers=(text, f"{y1} đến {y2}", f"{y1} đến năm {y2}"),
    )


def before(d: int, m: int, y: int) -> Deadline:
    day = date(y, m, d)
    return Deadline(
        f"Trước ngày {d}/{m}/{y}",
        "before",
        day,
        day,
        answers=(f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d} tháng {m} năm {y}"),
    )


def annual(word: str) -> Deadline:
    return Deadline(
        word, "annual", answers=ANNUAL_WORDS, asks=("hàng năm", "hằng năm"), asks_en=("every year",)
    )


def ongoing() -> Deadline:
    return Deadline(
        "Thường xuyên",
        "ongoing",
        answers=("Thường xuyên",),
        asks=("thường xuyên",),
        asks_en=("on an ongoing basis",),
    )


DEADLINE_WEIGHTS = {
    "annual": 30,
    "ongoing": 8,
    "quarter": 25,
    "month": 10,
    "year": 10,
    "half": 6,
    "span": 6,
    "before": 5,
}


def make_deadline(rng: random.Random, issued: date, annual_word: str) -> Deadline:
    kind = rng.choices(list(DEADLINE_WEIGHTS), weights=list(DEADLINE_WEIGHTS.values()))[0]
    # Deadlines fall after the plan is issued, up to two years later.
    y = rng.choice((issued.year, issued.year + 1, issued.year + 1, issued.year + 2))
    first_month = issued.month + 1 if y == issued.year else 1
    if first_month > 12:
        y, first_month = y + 1, 1
    m = rng.randint(first_month, 12)
    if kind == "annual":
        return annual(annual_word if rng.random() < 0.85 else rng.choice(ANNUAL_WORDS))
    if kind == "ongoing":
        return ongoing()
    if kind == "quarter":
        return quarter((m - 1) // 3 + 1, y)
    if kind == "month":
        return month(m, y)
    if kind == "year":
        return year(y)
    if kind == "half":
        return first_half(issued.year + 1)
    if kind == "span":
        return span(issued.year, issued.year + rng.randint(2, 5), rng.random() < 0.6)
    return before(rng.choice((15, 20, 28 if m == 2 else 30)), m, y)


# ---------------------------------------------------------------------------------------------
# Building plans
# ---------------------------------------------------------------------------------------------


def build_plans(n: int, *, seed: int = 7, docx_share: float = 0.1) -> list[Plan]:
    return [make_plan(i, seed, docx_share) for i in range(n)]


def is_docx(i: int, share: float) -> bool:
    # Exactly share*N of the first N plans, spread evenly and stable when N grows.
    return int((i + 1) * share + 1e-9) > int(i * share + 1e-9)


def plan_number(i: int, rng: random.Random) -> int:
    # Each plan draws from its own window of 13 numbers, so numbers never collide.
    number = 20 + 13 * i + rng.randrange(12)
    return number + 1 if number in SKIP_NUMBERS else number


def make_plan(i: int, seed: int, docx_share: float) -> Plan:
    rng = random.Random(f"genplans-{seed}-{i}")
    province = rng.choice(PROVINCES)
    # After the laws and directive the body cites (early 2025), before the end of 2026.
    issued = date.fromordinal(FIRST_ISSUE.toordinal() + rng.randrange(665))
    fmt = "docx" if is_docx(i, docx_share) else "txt"
    media = tuple(m.replace("{P}", province) for m in rng.choice(MEDIA_STYLES))
    columns = make_columns(rng)
    groups = make_groups(rng, province, issued, media, columns)
    plan = Plan(
        index=i,
        number=plan_number(i, rng),
        kind=rng.choice(("KH", "KH", "QĐ")),
        province=province,
        issued=issued,
        title=rng.choice(TITLES).format(P=province, Y=issued.year, Y5=issued.year + 5),
        media=media,
        columns=columns,
        groups=groups,
        report=make_report_day(rng),
        report_style=rng.randrange(2),
        purposes=[p.replace("{P}", province) for p in rng.sample(PURPOSES, rng.randint(2, 4))],
        requirements=rng.sample(REQUIREMENTS, rng.randint(2, 3)),
        task_heading=rng.choice(TASK_HEADINGS),
        body_lists_tasks=rng.random() < 0.5,
        signer=None,
        fmt=fmt,
        merge_group_rows=rng.random() < 0.5,
    )
    if plan.kind == "QĐ" or rng.random() < 0.6:
        plan.signer = make_signer(rng)
    if fmt == "txt":
        plan.quirks = make_quirks(rng, plan)
    return plan


def make_columns(rng: random.Random) -> list[Column]:
    agent = rng.choice(("Cơ quan", "Đơn vị"))
    cols = [
        Column("tt", rng.choice(("TT", "STT"))),
        Column("content", rng.choice(("Nội dung nhiệm vụ", "Nội dung công việc", "Nhiệm vụ"))),
        Column("lead", f"{agent} chủ trì"),
        Column("coord", f"{agent if rng.random() < 0.8 else 'Cơ quan'} phối hợp"),
    ]
    if rng.random() < 0.35:
        cols.append(Column("director", "Cơ quan chỉ đạo"))
    deadline = Column(
        "deadline",
        rng.choice(("Thời gian", "Thời hạn", "Thời gian hoàn thành", "Thời gian thực hiện")),
    )
    tail = [deadline]
    if rng.random() < 0.45:
        product = Column("product", rng.choice(("Sản phẩm", "Sản phẩm dự kiến")))
        tail.insert(rng.randrange(2), product)
    cols += tail
    if rng.random() < 0.25:
        cols.append(Column("budget", "Kinh phí (triệu đồng)"))
    # Ghi chú is always last: the extraction drops empty cells, and only a missing last
    # cell can be told apart by a reader of the one-cell-per-line text.
    if rng.random() < 0.35:
        cols.append(Column("note", "Ghi chú"))
    return cols


def make_groups(
    rng: random.Random, province: str, issued: date, media: tuple[str, ...], columns: list[Column]
) -> list[Group]:
    annual_word = rng.choice(ANNUAL_WORDS)
    groups = []
    for g, seed_group in enumerate(rng.sample(SEED_GROUPS, rng.randint(2, 6)), start=1):
        size = rng.randint(2, min(8, len(seed_group.tasks)))
        tasks = [
            make_task(rng, g, num, seed_task, province, issued, media, annual_word)
            for num, seed_task in enumerate(rng.sample(seed_group.tasks, size), start=1)
        ]
        groups.append(Group(seed_group.title.replace("{P}", province), tasks))
    if any(c.key == "note" for c in columns):
        ensure_one_note(rng, groups, issued)
    return groups


def make_task(
    rng: random.Random,
    g: int,
    num: int,
    seed: SeedTask,
    province: str,
    issued: date,
    media: tuple[str, ...],
    annual_word: str,
) -> Task:
    lead = make_lead(rng, seed.lead, media)
    return Task(
        group=g,
        num=num,
        content=vary_content(rng, seed.content, province),
        lead=lead,
        coord=make_coord(rng, lead, province, media),
        deadline=make_deadline(rng, issued, annual_word),
        director=rng.choice(DIRECTORS),
        product=seed.product if seed.product and rng.random() < 0.7 else rng.choice(PRODUCTS),
        budget=make_budget(rng),
        note=make_note(rng, issued) if rng.random() < 0.25 else "",
    )


def ensure_one_note(rng: random.Random, groups: list[Group], issued: date) -> None:
    tasks = [t for g in groups for t in g.tasks]
    if not any(t.note for t in tasks):
        rng.choice(tasks).note = make_note(rng, issued)


def vary_content(rng: random.Random, text: str, province: str) -> str:
    """Seed content, lightly varied so that the same task reads a little differently."""
    text = text.replace("{P}", province)
    r = rng.random()
    if r < 0.15 and "địa bàn" not in text:
        return text.rstrip(".") + f" trên địa bàn tỉnh {province}."
    if r < 0.25:
        return "Tiếp tục " + text[0].lower() + text[1:]
    return text


def pick_agency(rng: random.Random, media: tuple[str, ...]) -> str:
    if rng.random() < 0.4:
        return KHCN
    return rng.choice(DEPARTMENTS + media)


def make_lead(rng: random.Random, seed_lead: str | None, media: tuple[str, ...]) -> Lead:
    r = rng.random()
    if r < 0.10:
        return Lead(rng.choice(COLLECTIVE_LEADS))
    if r < 0.14:  # the province leads through one of its departments, as in 1169's II.1
        return Lead("UBND tỉnh", sub=rng.choice([d for d in DEPARTMENTS if d.startswith("Sở")]))
    if seed_lead and rng.random() < 0.5:
        # The Tây An sample's lead is its merged media house: use this plan's media instead.
        head = rng.choice(media) if "{P}" in seed_lead else seed_lead
    else:
        head = pick_agency(rng, media)
    if head in SUB_UNITS and rng.random() < 0.3:
        return Lead(head, sub=SUB_UNITS[head], split=rng.random() < 0.5)
    if rng.random() < 0.08:
        partner = rng.choice(LEAD_PARTNERS + (pick_agency(rng, media),))
        return Lead(head, partner=partner) if partner != head else Lead(head)
    return Lead(head)


def make_coord(rng: random.Random, lead: Lead, province: str, media: tuple[str, ...]) -> Coord:
    if rng.random() < 0.25:
        return Coord((rng.choice(COLLECTIVE_COORDS),))
    leading = {lead.head} | lead.leaders | lead.maybe_leaders  # nobody supports itself
    pool = [a.replace("{P}", province) for a in DEPARTMENTS + media + OTHER_PARTNERS]
    pool = [a for a in pool if a not in leading]
    return Coord(tuple(rng.sample(pool, rng.randint(1, 3))), rng.choice(COORD_TAILS))


def make_budget(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return str(50 * rng.randint(1, 19))
    return f"{100 * rng.randint(10, 95):,}".replace(",", ".")  # 1.200: Vietnamese grouping


def make_note(rng: random.Random, issued: date) -> str:
    return rng.choice(NOTES).format(
        k=rng.randint(10, 400), d=rng.randint(1, 28), m=rng.randint(1, 12), y=issued.year
    )


def make_report_day(rng: random.Random) -> tuple[int, int]:
    m = rng.randint(1, 12)
    return rng.choice((5, 10, 15, 20, 25) if m == 2 else (5, 10, 15, 20, 25, 30)), m


def make_signer(rng: random.Random) -> Signer:
    name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE_NAMES)} {rng.choice(GIVEN_NAMES)}"
    titles = rng.choice((("CHỦ TỊCH",), ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")))
    return Signer(("TM. ỦY BAN NHÂN DÂN",) + titles, name)


def make_quirks(rng: random.Random, plan: Plan) -> Quirks:
    i = plan.index
    return Quirks(
        # Fixed positions rather than chance, so that even the first ten plans have both.
        crlf=i % 12 == 4,
        bom=i % 15 == 7,
        lead_space=rng.random() < 0.2,
        ill=rng.random() < 0.3,
        dotted=frozenset(g for g in range(1, len(plan.groups) + 1) if rng.random() < 0.1),
        spaced=frozenset(t.id for t in plan.tasks if rng.random() < 0.05),
        section_label=rng.random() < 0.3,
    )


# ---------------------------------------------------------------------------------------------
# Rendering: the same lines feed the .txt (one per line) and the .docx (one per paragraph)
# ---------------------------------------------------------------------------------------------


def header_lines(plan: Plan) -> list[str]:
    return [
        (" " if plan.quirks.lead_space else "") + "ỦY BAN NHÂN DÂN",
        f"TỈNH {plan.province.upper()}",
        "-------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "---------------",
        f"Số: {plan.ref}",
        f"{plan.province}, {vi_date(plan.issued)}",
    ]


def decision_lines(plan: Plan) -> list[str]:
    """The decision that issues the plan, as in 1169/QĐ-UBND, signed before the plan."""
    d = plan.issued
    return [
        "QUYẾT ĐỊNH",
        f"BAN HÀNH KẾ HOẠCH {plan.title.upper()}",
        "ỦY BAN NHÂN DÂN TỈNH",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;",
        "Căn cứ Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư Trung ương Đảng về đẩy mạnh "
        "công tác tiêu chuẩn đo lường chất lượng quốc gia đến năm 2030 và những năm tiếp theo;",
        f"Xét đề nghị của Giám đốc {KHCN} tại Tờ trình số {plan.number % 90 + 5}/TTr-SKHCN.",
        "QUYẾT ĐỊNH:",
        f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {plan.title[0].lower()}"
        f"{plan.title[1:]}.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh và "
        "các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
        *signature_lines(plan),
        "KẾ HOẠCH",
        plan.title.upper(),
        f"(Kèm theo Quyết định số {plan.ref} {vi_date(d)} của Ủy ban nhân dân tỉnh)",
    ]


def signature_lines(plan: Plan) -> list[str]:
    if plan.signer is None:
        return []
    recipients = [
        "Nơi nhận:",
        "- Như Điều 3;" if plan.kind == "QĐ" else "- Như trên;",
        "- TT.TU, TT.HĐND tỉnh;",
        "- Lưu: VT.",
    ]
    return recipients + list(plan.signer.titles) + [plan.signer.name]


def body_lines(plan: Plan) -> list[str]:
    lines = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"]
    lines += [f"{VI_LETTERS[k]}) {p}" for k, p in enumerate(plan.purposes)]
    lines.append("2. Yêu cầu")
    lines += [f"{VI_LETTERS[k]}) {r}" for k, r in enumerate(plan.requirements)]
    lines.append(plan.task_heading)
    for g, group in enumerate(plan.groups, start=1):
        lines.append(f"{g}. {group.title.rstrip('.')}" + ("" if plan.body_lists_tasks else "."))
        if plan.body_lists_tasks:
            lines += [f"{VI_LETTERS[k]}) {t.content}" for k, t in enumerate(group.tasks)]
    lines += ["III. TỔ CHỨC THỰC HIỆN", *organisation_lines(plan)]
    return lines


def organisation_lines(plan: Plan) -> list[str]:
    d, m = plan.report
    if plan.report_style == 0:
        report = (
            f"1. {KHCN} là cơ quan thường trực, chủ trì theo dõi, đôn đốc việc thực hiện "
            f"Kế hoạch; định kỳ trước ngày {d} tháng {m} hằng năm tổng hợp, báo cáo Ủy "
            "ban nhân dân tỉnh."
        )
    else:
        report = (
            "1. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố chủ động triển "
            f"khai các nhiệm vụ được phân công; trước ngày {d:02d}/{m:02d} hàng năm, hoàn "
            f"thành báo cáo tình hình thực hiện Kế hoạch và gửi {KHCN} để tổng hợp, báo "
            "cáo Ủy ban nhân dân tỉnh."
        )
    return [
        report,
        "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà "
        "nước theo phân cấp.",
        "3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời "
        f"báo cáo về {KHCN} để tổng hợp, báo cáo UBND tỉnh {plan.province} xem xét, chỉ đạo./.",
    ]


def document_lines(plan: Plan) -> list[str]:
    """Everything above the appendix table."""
    lines = header_lines(plan)
    if plan.kind == "QĐ":
        lines += decision_lines(plan) + body_lines(plan)
    else:
        lines += ["KẾ HOẠCH", plan.title.upper(), *body_lines(plan), *signature_lines(plan)]
    doc = "Quyết định" if plan.kind == "QĐ" else "Kế hoạch"
    d = plan.issued
    lines += [
        "PHỤ LỤC",
        "DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH" if plan.index % 2 else plan.title.upper(),
        f"(Kèm theo {doc} số {plan.ref} ngày {d.day:02d}/{d.month}/{d.year} của Ủy ban nhân "
        f"dân tỉnh {plan.province})",
    ]
    if plan.quirks.section_label:
        lines.append("I. CÁC NHIỆM VỤ TRIỂN KHAI")
    return lines


def group_numeral(plan: Plan, g: int) -> str:
    numeral = "Ill" if g == 3 and plan.quirks.ill else ROMAN[g - 1]
    return numeral + ("." if g in plan.quirks.dotted else "")


def row_number(plan: Plan, task: Task) -> str:
    return f"{task.num} ." if task.id in plan.quirks.spaced else f"{task.num}."


def table_lines(plan: Plan) -> list[str]:
    """The appendix in the samples' text form: one cell a line, empty cells left out."""
    lines = [c.label for c in plan.columns]
    for g, group in enumerate(plan.groups, start=1):
        lines += [group_numeral(plan, g), group.title]
        for task in group.tasks:
            lines.append(row_number(plan, task))
            for col in plan.columns[1:]:
                lines += task.cell_lines(col.key)
    return lines


def write_txt(plan: Plan, path: Path) -> None:
    newline = "\r\n" if plan.quirks.crlf else "\n"
    text = newline.join(document_lines(plan) + table_lines(plan)) + newline
    path.write_bytes(("\ufeff" if plan.quirks.bom else "").encode() + text.encode("utf-8"))


def write_docx(plan: Plan, path: Path) -> None:
    document = docx.Document()
    for line in document_lines(plan):
        run = document.add_paragraph().add_run(line)
        if line.isupper():  # upper-case lines are the headings of the source documents
            run.bold = True
    add_task_table(document, plan)
    document.save(str(path))


def add_task_table(document: docx.document.Document, plan: Plan) -> None:
    """Header row, then per group a row "I | title" and one row per task.

    The table is sized up front: adding rows one by one is what makes python-docx slow.
    """
    n_rows = 1 + len(plan.groups) + len(plan.tasks)
    table = document.add_table(rows=n_rows, cols=len(plan.columns))
    table.style = "Table Grid"
    rows = iter(table.rows)
    for cell, col in zip(next(rows).cells, plan.columns, strict=True):
        fill_cell(cell, [col.label])
    for g, group in enumerate(plan.groups, start=1):
        cells = next(rows).cells
        fill_cell(cells[0], [ROMAN[g - 1]])
        fill_cell(cells[1].merge(cells[-1]) if plan.merge_group_rows else cells[1], [group.title])
        for task in group.tasks:
            cells = next(rows).cells
            fill_cell(cells[0], [f"{task.num}."])
            for cell, col in zip(cells[1:], plan.columns[1:], strict=True):
                fill_cell(cell, task.cell_lines(col.key))


def fill_cell(cell: docx.table._Cell, lines: list[str]) -> None:
    """One paragraph a line: a sub-unit on its own line becomes a second paragraph."""
    if lines:
        cell.paragraphs[0].add_run(lines[0])
    for line in lines[1:]:
        cell.add_paragraph(line)


def write_plan(plan: Plan, out_dir: Path) -> Path:
    path = out_dir / plan.filename
    (write_docx if plan.fmt == "docx" else write_txt)(plan, path)
    return path


def truth_record(plan: Plan) -> dict:
    """Every generated cell, for checking a parser against the source of the questions."""
    return {
        "file": plan.filename,
        "ref": plan.ref,
        "province": plan.province,
        "issued": plan.issued.isoformat(),
        "title": plan.title,
        "columns": {c.key: c.label for c in plan.columns},
        "signer": plan.signer.name if plan.signer else None,
        "report": f"{plan.report[0]}/{plan.report[1]}",
        "groups": [g.title for g in plan.groups],
        "tasks": [
            {"id": t.id, **{c.key: " ".join(t.cell_lines(c.key)) for c in plan.columns[1:]}}
            for t in plan.tasks
        ],
    }


# ---------------------------------------------------------------------------------------------
# Questions. Vietnamese templates take {plan}, a phrase naming the plan; English ones {ref}.
# ---------------------------------------------------------------------------------------------

PLAN_PHRASES = (
    "kế hoạch {ref}",
    "Kế hoạch số {ref}",
    "{doc} {ref}",
    "{doc} số {ref}",
    "kế hoạch {ref} của tỉnh {P}",
    "văn bản số {ref}",
)
LEAD_VI = (
    "Ai chủ trì nhiệm vụ {id} {plan}?",
    "Cơ quan chủ trì nhiệm vụ {id} của {plan} là gì?",
    "Nhiệm vụ {id} trong {plan} do đơn vị nào chủ trì?",
    "Theo {plan}, đơn vị nào chủ trì nhiệm vụ {id}?",
    "Đơn vị chủ trì nhiệm vụ {id} {plan}",
)
LEAD_EN = (
    "Who leads task {id} in plan {ref}?",
    "Which agency is in charge of task {id} of plan {ref}?",
)
COORD_VI = (
    "Cơ quan phối hợp nhiệm vụ {id} theo {plan}?",
    "Đơn vị nào phối hợp thực hiện nhiệm vụ {id} của {plan}?",
    "Nhiệm vụ {id} trong {plan} có những cơ quan nào phối hợp?",
    "Ai phối hợp nhiệm vụ {id} {plan}?",
)
COORD_EN = (
    "Which agencies support task {id} in plan {ref}?",
    "Who coordinates on task {id} of plan {ref}?",
)
DEADLINE_VI = (
    "Thời hạn nhiệm vụ {id} {plan}?",
    "Nhiệm vụ {id} của {plan} có thời hạn khi nào?",
    "Khi nào phải hoàn thành nhiệm vụ {id} theo {plan}?",
    "Thời gian thực hiện nhiệm vụ {id} trong {plan}?",
    "thời hạn nhiệm vụ {id} của {plan}",
)
DEADLINE_EN = (
    "When is task {id} in plan {ref} due?",
    "What is the deadline of task {id} in plan {ref}?",
)
COLUMN_VI = {
    "product": (
        "Sản phẩm của nhiệm vụ {id} {plan} là gì?",
        "Nhiệm vụ {id} trong {plan} có sản phẩm gì?",
    ),
    "budget": (
        "Kinh phí nhiệm vụ {id} của {plan} là bao nhiêu?",
        "Nhiệm vụ {id} {plan} được bố trí kinh phí bao nhiêu?",
    ),
    "director": ("Cơ quan chỉ đạo nhiệm vụ {id} {plan}?", "Ai chỉ đạo nhiệm vụ {id} theo {plan}?"),
    "note": ("Ghi chú của nhiệm vụ {id} trong {plan}?", "Nhiệm vụ {id} của {plan} có ghi chú gì?"),
}
COLUMN_EN = {
    "product": ("What is the expected output of task {id} in plan {ref}?",),
    "budget": ("What is the budget of task {id} in plan {ref}?",),
    "director": ("Who directs task {id} in plan {ref}?",),
    "note": ("What does the note of task {id} in plan {ref} say?",),
}
DUE_VI = (
    "Nhiệm vụ nào của {plan} đến hạn {period}?",
    "Những nhiệm vụ nào trong {plan} phải hoàn thành trong {period}?",
    "Trong {plan}, nhiệm vụ nào có thời hạn {period}?",
)
DUE_EN = ("Which tasks in plan {ref} are due {period}?",)
RECURRING_VI = (
    "Nhiệm vụ nào của {plan} thực hiện {period}?",
    "Những nhiệm vụ nào trong {plan} làm {period}?",
)
RECURRING_EN = ("Which tasks in plan {ref} are done {period}?",)
LEADS_VI = (
    "{agency} chủ trì những nhiệm vụ nào trong {plan}?",
    "Trong {plan}, {agency} chủ trì nhiệm vụ gì?",
    "Nhiệm vụ nào của {plan} do {agency} chủ trì?",
)
LEADS_EN = ("Which tasks does {agency} lead in plan {ref}?",)
SUPPORTS_VI = (
    "{agency} phối hợp nhiệm vụ nào trong {plan}?",
    "Trong {plan}, {agency} tham gia phối hợp những nhiệm vụ nào?",
)
SUPPORTS_EN = ("Which tasks does {agency} support in plan {ref}?",)
COUNT_VI = (
    "{plan} có bao nhiêu nhiệm vụ?",
    "Có bao nhiêu nhiệm vụ trong {plan}?",
    "Tổng số nhiệm vụ của {plan} là bao nhiêu?",
)
COUNT_EN = ("How many tasks are in plan {ref}?",)
REPORT_VI = (
    "Theo {plan}, hằng năm phải báo cáo trước ngày nào?",
    "Hạn báo cáo định kỳ của {plan} là khi nào?",
)
REPORT_EN = ("By what date each year must plan {ref} be reported on?",)
SIGNER_VI = ("Ai ký {plan}?", "Người ký {plan} là ai?")
SIGNER_EN = ("Who signed plan {ref}?",)
BARE_VI = (
    "Ai chủ trì nhiệm vụ {id}?",
    "Thời hạn nhiệm vụ {id}?",
    "Cơ quan phối hợp nhiệm vụ {id}?",
    "Nhiệm vụ {id} là gì?",
)
BARE_EN = ("Who leads task {id}?", "When is task {id} due?")
OUT_OF_SCOPE = (
    "Thời tiết {P} hôm nay thế nào?",
    "Kết quả bóng đá đêm qua ra sao?",
    "Giá vàng hôm nay ở {P} bao nhiêu?",
    "Ai vô địch World Cup 2022?",
    "Cách nấu phở bò ngon?",
    "What's the weather in {P} tomorrow?",
    "Tỷ giá đô la hôm nay?",
    "Đội nào đứng đầu bảng Ngoại hạng Anh?",
)
QUERYABLE_DEADLINES = {"quarter", "month", "year", "half", "annual", "ongoing"}


@dataclass
class CaseContext:
    rng: random.Random
    plans: list[Plan]
    plans_by_id: dict[str, list[Plan]]

    def word(
        self,
        plan: Plan | None,
        vi: tuple[str, ...],
        en: tuple[str, ...] = (),
        en_slots: dict[str, str] | None = None,
        **slots: str,
    ) -> str:
        """A question from the templates: Vietnamese, Vietnamese without marks, or English.

        ``en_slots`` override ``slots`` in English (a period reads "Q2/2026", not "quý 2").
        """
        rng = self.rng
        ref = plan.ref if plan else ""
        r = rng.random()
        if en and r < 0.15:
            return rng.choice(en).format(ref=ref, **{**slots, **(en_slots or {})})
        phrase = plan_phrase(rng, plan) if plan else ""
        q = rng.choice(vi).format(plan=phrase, **slots)
        q = q[0].upper() + q[1:]
        if r < 0.40:  # people type without diacritics, and often without the question mark
            q = unaccent(q)
            q = q[0].lower() + q[1:]
            q = q.rstrip("?") if rng.random() < 0.5 else q
        return q


def plan_phrase(rng: random.Random, plan: Plan) -> str:
    doc = "Quyết định" if plan.kind == "QĐ" else "Kế hoạch"
    return rng.choice(PLAN_PHRASES).format(ref=plan.ref, doc=doc, P=plan.province)


def about(plan: Plan, q: str, tag: str, **checks) -> dict:
    return {"q": q, "tag": tag, "plan": plan.ref, "file": plan.filename, **checks}


def lookup(plan: Plan, task: Task, q: str, tag: str, answers: list[str]) -> dict:
    return about(plan, q, tag, tasks=[task.id], text_any=[dedupe(answers)], found=True)


def task_set(plan: Plan, must: list[Task], may: list[Task]) -> dict:
    """An exact set when nothing is debatable, else what must and what may be listed."""
    if not may:
        return {"tasks": [t.id for t in must]}
    return {"tasks_must": [t.id for t in must], "tasks_may": [t.id for t in may]}


def case_lead(ctx: CaseContext) -> dict:
    plan = ctx.rng.choice(ctx.plans)
    task = ctx.rng.choice(plan.tasks)
    q = ctx.word(plan, LEAD_VI, LEAD_EN, id=task.id)
    return lookup(plan, task, q, "lead", agency_variants(task.lead.text))


def case_coord(ctx: CaseContext) -> dict:
    plan = ctx.rng.choice(ctx.plans)
    task = ctx.rng.choice(plan.tasks)
    q = ctx.word(plan, COORD_VI, COORD_EN, id=task.id)
    return lookup(plan, task, q, "coord", agency_variants(task.coord.text))


def case_deadline(ctx: CaseContext) -> dict:
    plan = ctx.rng.choice(ctx.plans)
    task = ctx.rng.choice(plan.tasks)
    q = ctx.word(plan, DEADLINE_VI, DEADLINE_EN, id=task.id)
    return lookup(plan, task, q, "deadline", list(task.deadline.answers))


def case_column(ctx: CaseContext) -> dict | None:
    plan = ctx.rng.choice(ctx.plans)
    keys = [c.key for c in plan.columns if c.key in COLUMN_VI]
    if not keys:
        return None
    key = ctx.rng.choice(keys)
    task = ctx.rng.choice([t for t in plan.tasks if t.cell_lines(key)])
    value = task.cell_lines(key)[0]
    answers = {
        "director": agency_variants(value),
        "budget": [value, value.replace(".", "")],  # 1.200 may come back as 1200
    }.get(key, [value])
    q = ctx.word(plan, COLUMN_VI[key], COLUMN_EN[key], id=task.id)
    return lookup(plan, task, q, "column", answers)


def due_sets(plan: Plan, asked: Deadline) -> tuple[list[Task], list[Task]]:
    """Tasks that must and may be listed when asked what is due as ``asked`` says.

    A recurring question wants exactly the tasks of that recurrence (Hàng năm = Hằng năm).
    A dated one wants the tasks whose deadline window lies inside the asked window; those
    whose window only overlaps it may be listed, and so may recurring tasks when a whole
    year is asked about.
    """
    if asked.recurring:
        same = [t for t in plan.tasks if t.deadline.kind == asked.kind]
        return same, []
    must, may = [], []
    for t in plan.tasks:
        dl = t.deadline
        if dl.recurring:
            if asked.kind == "year":
                may.append(t)
        elif asked.start <= dl.start and dl.end <= asked.end:
            must.append(t)
        elif dl.start <= asked.end and asked.start <= dl.end:
            may.append(t)
    return must, may


def case_due(ctx: CaseContext) -> dict | None:
    plan = ctx.rng.choice(ctx.plans)
    tasks = [t for t in plan.tasks if t.deadline.kind in QUERYABLE_DEADLINES]
    if not tasks:
        return None
    asked = ctx.rng.choice(tasks).deadline
    vi, en = (RECURRING_VI, RECURRING_EN) if asked.recurring else (DUE_VI, DUE_EN)
    period = ctx.rng.choice(asked.asks)
    if asked.asks_en:
        q = ctx.word(plan, vi, en, {"period": ctx.rng.choice(asked.asks_en)}, period=period)
    else:
        q = ctx.word(plan, vi, period=period)
    return about(plan, q, "due", **task_set(plan, *due_sets(plan, asked)), found=True)


def named_agencies(plan: Plan) -> set[str]:
    return set(DEPARTMENTS) | set(plan.media)


def case_agency(ctx: CaseContext) -> dict | None:
    plan = ctx.rng.choice(ctx.plans)
    named = named_agencies(plan)
    if ctx.rng.random() < 0.7:
        leaders = sorted(set().union(*(t.lead.leaders for t in plan.tasks)) & named)
        if not leaders:
            return None
        agency = ctx.rng.choice(leaders)
        must = [t for t in plan.tasks if agency in t.lead.leaders]
        may = [t for t in plan.tasks if agency in t.lead.maybe_leaders]
        q = ctx.word(plan, LEADS_VI, LEADS_EN, agency=agency)
    else:
        partners = sorted(set().union(*(t.coord.agencies for t in plan.tasks)) & named)
        if not partners:
            return None
        agency = ctx.rng.choice(partners)
        must, may = [t for t in plan.tasks if agency in t.coord.agencies], []
        q = ctx.word(plan, SUPPORTS_VI, SUPPORTS_EN, agency=agency)
    return about(plan, q, "agency", **task_set(plan, must, may), found=True)


def case_count(ctx: CaseContext) -> dict:
    plan = ctx.rng.choice(ctx.plans)
    q = ctx.word(plan, COUNT_VI, COUNT_EN)
    return about(plan, q, "count", text_has=[str(len(plan.tasks))], found=True)


def case_unknown_id(ctx: CaseContext) -> dict:
    plan = ctx.rng.choice(ctx.plans)
    g = ctx.rng.randrange(len(plan.groups))
    if ctx.rng.random() < 0.5:  # a group the plan does not have, or a row past a group's end
        missing = f"{ROMAN[len(plan.groups) + ctx.rng.randrange(2)]}.{ctx.rng.randint(1, 3)}"
    else:
        missing = f"{ROMAN[g]}.{len(plan.groups[g].tasks) + ctx.rng.randint(1, 2)}"
    vi, en = ctx.rng.choice(((LEAD_VI, LEAD_EN), (DEADLINE_VI, DEADLINE_EN), (COORD_VI, ())))
    q = ctx.word(plan, vi, en, id=missing)
    return about(plan, q, "none", found=False, tasks=[])


def case_out_of_scope(ctx: CaseContext) -> dict:
    rng = ctx.rng
    if rng.random() < 0.3:
        letters = "abcdeghiklmnopqrstuvxy"
        q = " ".join(
            "".join(rng.choice(letters) for _ in range(rng.randint(3, 8)))
            for _ in range(rng.randint(2, 4))
        )
    else:
        q = rng.choice(OUT_OF_SCOPE).format(P=rng.choice(ctx.plans).province)
    return {"q": q, "tag": "none", "found": False, "tasks": []}


def case_ambiguous(ctx: CaseContext) -> dict | None:
    shared = [i for i, plans in ctx.plans_by_id.items() if len(plans) > 1]
    if not shared:
        return None
    task_id = ctx.rng.choice(sorted(shared))
    plans = ctx.plans_by_id[task_id]
    q = ctx.word(None, BARE_VI, BARE_EN, id=task_id)
    # No "found": answering for one plan and asking which plan are both defensible.
    return {
        "q": q,
        "tag": "ambiguous",
        "status": "ambiguous",
        "n_plans": len(plans),
        "candidates": [p.ref for p in plans[:5]],
    }


def case_report(ctx: CaseContext) -> dict:
    plan = ctx.rng.choice(ctx.plans)
    d, m = plan.report
    q = ctx.word(plan, REPORT_VI, REPORT_EN)
    answers = [f"{d}/{m}", f"{d:02d}/{m:02d}", f"{d} tháng {m}"]
    return about(plan, q, "section", text_any=[dedupe(answers)], found=True)


def case_signer(ctx: CaseContext) -> dict | None:
    plan = ctx.rng.choice(ctx.plans)
    if plan.signer is None:
        return None
    q = ctx.word(plan, SIGNER_VI, SIGNER_EN)
    return about(plan, q, "meta", text_has=[plan.signer.name], found=True)


# How many of every 300 cases each maker writes.
CASE_MIX = (
    (case_lead, 50),
    (case_coord, 35),
    (case_deadline, 45),
    (case_column, 35),
    (case_due, 30),
    (case_agency, 30),
    (case_count, 15),
    (case_unknown_id, 15),
    (case_out_of_scope, 10),
    (case_ambiguous, 25),
    (case_report, 5),
    (case_signer, 5),
)


def build_cases(plans: list[Plan], *, seed: int = 7, total: int = 300) -> list[dict]:
    """About ``total`` ground-truth cases over ``plans``, each question asked once."""
    plans_by_id: dict[str, list[Plan]] = defaultdict(list)
    for plan in plans:
        for task in plan.tasks:
            plans_by_id[task.id].append(plan)
    ctx = CaseContext(random.Random(f"genplans-cases-{seed}-{len(plans)}"), plans, plans_by_id)
    cases, seen = [], set()
    for maker, per_300 in CASE_MIX:
        want = round(total * per_300 / 300)
        made = 0
        # A single small plan cannot yield many distinct questions of a kind: give up then.
        for _ in range(want * 30):
            if made == want:
                break
            case = maker(ctx)
            if case is None or case["q"] in seen:
                continue
            seen.add(case["q"])
            cases.append(case)
            made += 1
    width = len(str(len(cases)))
    return [{"id": f"n{len(plans)}-{k:0{width}d}", **c} for k, c in enumerate(cases, start=1)]


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------

MARKER = ".genplans"  # marks a directory this script owns and may clear


def prepare_dir(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    if not (out_dir / MARKER).exists() and any(out_dir.iterdir()):
        raise FileExistsError(f"{out_dir} is not empty and was not written by genplans")
    # A previous, larger or differently seeded set would otherwise linger among the new one.
    for path in out_dir.iterdir():
        if path.suffix in {".txt", ".docx", ".jsonl"}:
            path.unlink()
    (out_dir / MARKER).touch()


def write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def load_cases(out_dir: Path) -> list[dict]:
    with (Path(out_dir) / "cases.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def generate(
    n: int, out_dir: Path, *, seed: int = 7, docx_share: float = 0.1, n_cases: int = 300
) -> list[Path]:
    """Write ``n`` plans, ``cases.jsonl`` and ``truth.jsonl`` into ``out_dir``.

    Returns the plan files in plan order; read the cases back with :func:`load_cases`.
    """
    out_dir = Path(out_dir)
    prepare_dir(out_dir)
    plans = build_plans(n, seed=seed, docx_share=docx_share)
    paths = [write_plan(plan, out_dir) for plan in plans]
    write_jsonl(out_dir / "truth.jsonl", [truth_record(plan) for plan in plans])
    write_jsonl(out_dir / "cases.jsonl", build_cases(plans, seed=seed, total=n_cases))
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plans", default="1,10,100,1000", help="comma-separated set sizes")
    ap.add_argument("--out", type=Path, default=Path("bench/out/plans"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--docx-share", type=float, default=0.1)
    ap.add_argument("--cases", type=int, default=300, help="cases per set (about)")
    args = ap.parse_args(argv)
    for n in (int(s) for s in args.plans.split(",")):
        start = time.perf_counter()
        paths = generate(
            n, args.out / str(n), seed=args.seed, docx_share=args.docx_share, n_cases=args.cases
        )
        took = time.perf_counter() - start
        cases = load_cases(args.out / str(n))
        tags = defaultdict(int)
        for case in cases:
            tags[case["tag"]] += 1
        docx_count = sum(p.suffix == ".docx" for p in paths)
        print(
            f"N={n}: {len(paths)} plans ({docx_count} docx), {len(cases)} cases in {took:.2f}s"
            f" -> {args.out / str(n)}"
        )
        print("    " + ", ".join(f"{tag} {count}" for tag, count in sorted(tags.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
