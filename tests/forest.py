"""A forestry plan written for the tests (73/KH-UBND of a made-up province), the day its
questions are asked on, and one question asked with no chat before it. The ``forest``
fixture in conftest.py indexes the plan once a session."""

from __future__ import annotations

from datetime import date

from knowledge.answer import Answer, Context
from knowledge.engine import Engine

FOREST_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH ĐÔNG LÂM
Số: 73/KH-UBND
Đông Lâm, ngày 9 tháng 2 năm 2026
KẾ HOẠCH
Bảo vệ và phát triển rừng tỉnh Đông Lâm năm 2026
I. MỤC ĐÍCH
Giảm số vụ cháy rừng, nâng tỷ lệ che phủ rừng.
II. TỔ CHỨC THỰC HIỆN
Sở Nông nghiệp và Môi trường tổng hợp, báo cáo kết quả.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn
I
Thể chế
1
Tham mưu sửa đổi quy định quản lý rừng phòng hộ đầu nguồn.
Sở Nông nghiệp và Môi trường
Sở Tư pháp
Quý III/2026
2
Triển khai chính sách phát triển kinh tế lâm nghiệp theo Nghị quyết số 19-NQ/TW.
Sở Tài chính
Sở Nông nghiệp và Môi trường
Tháng 5/2026
II
Bảo vệ rừng
1
Lắp đặt camera cảnh báo cháy rừng và thiết bị bay không người lái tại các khu rừng đặc dụng.
Sở Khoa học và Công nghệ
Công an tỉnh
Quý IV/2026
2
Tập huấn phòng cháy, chữa cháy rừng cho lực lượng kiểm lâm.
Công an tỉnh
Chi cục Kiểm lâm
Hằng năm
3
Huy động ngân hàng, quỹ và doanh nghiệp tư nhân đầu tư trồng rừng gỗ lớn.
Sở Tài chính
Ngân hàng Nhà nước chi nhánh tỉnh
Năm 2027
4
Xây dựng cơ sở dữ liệu về rừng và người giao khoán bảo vệ rừng.
Sở Nông nghiệp và Môi trường
Các sở, ban, ngành
Ban hành quy chế trong Quý II/2026. Cập nhật dữ liệu thường xuyên
"""

TODAY = date(2026, 10, 20)


def ask(engine: Engine, question: str, today: date = TODAY) -> Answer:
    return engine.answer(question, Context(), today)
