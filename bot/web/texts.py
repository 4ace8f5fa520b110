"""The site's words in Vietnamese and English, and the choice between them.

>>> choose_language(None, "en-US,en;q=0.9,vi;q=0.8"), choose_language(None, "vi,en;q=0.5")
('en', 'vi')
>>> choose_language("vi", "en"), choose_language(None, ""), choose_language("fr", "de, en;q=0.1")
('vi', 'vi', 'en')
"""

from __future__ import annotations

LANGUAGES = ("vi", "en")

WORDS: dict[str, tuple[str, str]] = {
    "site": ("Kế hoạch và lịch đối thoại doanh nghiệp", "Plans and the business dialogue"),
    "home": ("Trang chủ", "Home"),
    "schedule": ("Lịch đối thoại", "Dialogue schedule"),
    "calendar": ("Thêm vào lịch (.ics)", "Add to your calendar (.ics)"),
    "calendar_hint": (
        "Dán địa chỉ này vào Google Calendar hoặc Outlook để lịch tự cập nhật:",
        "Subscribe to this address in Google Calendar or Outlook to keep it up to date:",
    ),
    "ask": ("Hỏi về kế hoạch", "Ask about the plans"),
    "ask_button": ("Hỏi", "Ask"),
    "ask_placeholder": ("Ví dụ: Ai chủ trì nhiệm vụ II.3?", "e.g. Who leads task II.3?"),
    "plans": ("Các kế hoạch", "Plans"),
    "date": ("Ngày", "Date"),
    "tasks": ("Nhiệm vụ", "Tasks"),
    "task": ("Nhiệm vụ", "Task"),
    "upcoming": ("Phiên đối thoại sắp tới", "Upcoming sessions"),
    "past": ("Phiên đã diễn ra", "Past sessions"),
    "no_upcoming": ("Chưa có phiên đối thoại nào sắp tới.", "No sessions are planned yet."),
    "no_past": ("Chưa có phiên nào đã diễn ra.", "No sessions have taken place yet."),
    "place": ("Địa điểm", "Place"),
    "about": ("Nhiệm vụ liên quan", "Task"),
    "all_schedule": ("Xem cả lịch", "The whole schedule"),
    "named_tasks": ("Nhiệm vụ được nêu", "Tasks named"),
    "try": ("Có thể hỏi", "You could ask"),
    "filters": ("Lọc nhiệm vụ", "Filter the tasks"),
    "agency": ("Cơ quan", "Agency"),
    "period": ("Thời hạn", "Deadline"),
    "group": ("Nhóm", "Group"),
    "any": ("Tất cả", "All"),
    "filter_button": ("Lọc", "Filter"),
    "clear": ("Bỏ lọc", "Clear"),
    "shown": ("Hiện {n}/{total} nhiệm vụ", "{n} of {total} tasks shown"),
    "none_match": ("Không có nhiệm vụ nào khớp bộ lọc.", "No task matches the filters."),
    "timeline": ("Tiến độ theo quý", "Timeline by quarter"),
    "timeline_alt": (
        "Biểu đồ số nhiệm vụ theo quý hết hạn, nhiệm vụ quá hạn màu đỏ, hôm nay là đường đứt",
        "Chart of tasks by the quarter they are due, overdue in red, today a dashed line",
    ),
    "timeline_png": ("Tải ảnh PNG", "Download as PNG"),
    "lead": ("Chủ trì", "Lead"),
    "content": ("Nội dung", "Content"),
    "signed": ("Người ký", "Signed by"),
    "sessions_for_task": ("Phiên đối thoại về nhiệm vụ này", "Sessions about this task"),
    "same_group": ("Các nhiệm vụ cùng nhóm", "Tasks of the same group"),
    "read_only": (
        "Trang chỉ để xem. Cơ quan quản lý cập nhật kế hoạch và lịch qua Telegram.",
        "This site is read-only. Officers update plans and the schedule on Telegram.",
    ),
    "language": ("English", "Tiếng Việt"),
    "error": ("Có lỗi", "Error"),
    "not_found": ("Không tìm thấy trang này.", "This page does not exist."),
    "no_plan": ("Không có kế hoạch «{what}».", "There is no plan «{what}»."),
    "no_task": ("Kế hoạch {plan} không có nhiệm vụ «{what}».", "Plan {plan} has no task «{what}»."),
    "bad_filter": (
        "Giá trị lọc «{what}» không hợp lệ cho «{name}».",
        "«{what}» is not a valid value for «{name}».",
    ),
    "too_long": (
        "Câu hỏi quá dài: tối đa {n} ký tự.",
        "The question is too long: {n} characters at most.",
    ),
    "empty": ("Hãy nhập một câu hỏi.", "Please type a question."),
    "too_many": (
        "Quá nhiều yêu cầu từ địa chỉ của bạn; hãy thử lại sau ít giây.",
        "Too many requests from your address; try again in a few seconds.",
    ),
    "failed": (
        "Máy chủ gặp lỗi khi tạo trang này. Xin thử lại sau.",
        "The server failed to build this page. Please try again later.",
    ),
    "back_home": ("Về trang chủ", "Back to the home page"),
}


def word(key: str, lang: str, **values: object) -> str:
    text = WORDS[key][lang == "en"]
    return text.format(**values) if values else text


def choose_language(asked: str | None, accept: str) -> str:
    """``?lang=`` when it names a language of the site; else the browser's preferred one
    of the two (Accept-Language); else Vietnamese."""
    if asked in LANGUAGES:
        return asked
    best, best_q = "vi", 0.0
    for part in accept.split(",")[:20]:
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in LANGUAGES:
            continue
        try:
            q = float(params.strip().removeprefix("q=")) if params.strip().startswith("q=") else 1
        except ValueError:
            continue
        if q > best_q:  # strictly: earlier entries win ties, "vi, en" is Vietnamese
            best, best_q = primary, q
    return best
