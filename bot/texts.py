"""The bot's own words: notices and the command menus, in Vietnamese and English.

Answers come from the engine; these are only what the bot says about itself.
"""

from __future__ import annotations

from telegram import BotCommand, Update

from .message_text import command

NOTICES = {
    "welcome": (
        "Xin chào! Tôi trả lời câu hỏi về các kế hoạch của Ủy ban nhân dân: ai chủ trì, "
        "ai phối hợp, thời hạn, lịch đối thoại doanh nghiệp.",
        "Hello! I answer questions about the People's Committee's plans: who leads, who "
        "coordinates, deadlines, the business dialogue schedule.",
    ),
    "commands": (
        "Lệnh: /nhiemvu II.3 · /han Q2/2026 · /coquan Sở KH&CN · /timkiem từ khóa · "
        "/kehoach · /lichdoithoai · /tiendo · /dangky · /huydangky",
        "Commands: /task II.3 · /due Q2/2026 · /agency Sở KH&CN · /search keyword · "
        "/plans · /schedule · /progress · /subscribe · /unsubscribe",
    ),
    "wait": (
        "Bạn gửi nhanh quá (tối đa 20 tin nhắn mỗi phút). Vui lòng chờ một phút rồi hỏi tiếp.",
        "You are sending too fast (at most 20 messages a minute). Please wait a minute.",
    ),
    "too_long": (
        "Câu hỏi quá dài (tối đa 2.000 ký tự). Hãy hỏi ngắn gọn hơn.",
        "That question is too long (2,000 characters at most). Please ask a shorter one.",
    ),
    "hint": (
        "Tôi chỉ đọc tin nhắn chữ. Hãy gõ câu hỏi, ví dụ: «{example}», hoặc gõ /help.",
        "I only read text. Type a question, for example “{example}”, or /help.",
    ),
    "unknown_command": (
        "Tôi không biết lệnh này. Gõ /help để xem các lệnh.",
        "I do not know that command. Type /help to see the commands.",
    ),
    "expired": (
        "Nút này đã hết hạn; hãy hỏi lại.",
        "This button has expired; please ask again.",
    ),
    "apology": (
        "Xin lỗi, đã có lỗi khi xử lý yêu cầu của bạn. Vui lòng thử lại sau.",
        "Sorry, something went wrong while handling your request. Please try again later.",
    ),
    "refused": (
        "Xin lỗi, chỉ quản trị viên mới dùng được lệnh này.",
        "Sorry, only administrators can use this command.",
    ),
    "refused_upload": (
        "Xin lỗi, chỉ quản trị viên mới nạp được kế hoạch.",
        "Sorry, only administrators can load plans.",
    ),
    "edited_command": (
        "Lệnh trong tin nhắn đã sửa không được thực hiện; hãy gửi lại thành tin mới.",
        "A command in an edited message is not run; send it again as a new message.",
    ),
    # Reminders and subscriptions
    "unknown_agency": (
        "Không thấy cơ quan «{agency}» trong các kế hoạch. "
        "Viết tên như trong kế hoạch, vd. /dangky Sở Khoa học và Công nghệ.",
        "No agency “{agency}” in the plans. Write its name as the plan does, e.g. "
        "/subscribe Sở Khoa học và Công nghệ.",
    ),
    "every_agency": ("mọi cơ quan", "every agency"),
    "subscribed": (
        "Đã đăng ký nhắc hạn cho {whom}. Tin nhắn sẽ đến (8:00–20:00):",
        "Subscribed to deadline reminders for {whom}. Messages will come (8:00–20:00):",
    ),
    "will_dated": (
        "• {n} nhiệm vụ có hạn cụ thể: {days} ngày trước hạn chót, và vào ngày đầu quý có hạn.",
        "• Tasks with a date ({n}): {days} days before the deadline, and on the first day of "
        "its quarter.",
    ),
    "will_annual": (
        "• {n} nhiệm vụ hằng năm: {days} ngày trước ngày 31/12 mỗi năm.",
        "• Yearly tasks ({n}): {days} days before 31/12 each year.",
    ),
    "will_periodic": (
        "• {n} nhiệm vụ định kỳ: {days} ngày trước ngày cuối mỗi quý.",
        "• Periodic tasks ({n}): {days} days before the end of each quarter.",
    ),
    "will_continuous": (
        "• {n} nhiệm vụ thường xuyên (không có hạn chót): nhắc lại vào ngày đầu mỗi quý.",
        "• Ongoing tasks ({n}, no deadline): listed on the first day of each quarter.",
    ),
    "no_dated": (
        "{whom} không có nhiệm vụ nào có hạn cụ thể sắp tới, nên sẽ không có tin nhắc hạn chót.",
        "{whom} has no task with an upcoming date, so no deadline reminder will come.",
    ),
    "past": (
        "{n} nhiệm vụ đã qua hạn không được nhắc.",
        "Tasks already past their deadline ({n}) are not reminded.",
    ),
    "how_to_stop": ("Gõ /huydangky để hủy.", "Type /unsubscribe to stop."),
    "unsubscribed": (
        "Đã hủy nhắc hạn cho cuộc trò chuyện này.",
        "Reminders for this chat are stopped.",
    ),
    "not_subscribed": (
        "Cuộc trò chuyện này chưa đăng ký nhắc hạn.",
        "This chat is not subscribed to reminders.",
    ),
    "deadline_today": (
        "⏰ Nhắc hạn: hôm nay là hạn chót {day}.",
        "⏰ Reminder: today is the deadline {day}.",
    ),
    "deadline_in": (
        "⏰ Nhắc hạn: còn {days} ngày đến hạn chót {day}.",
        "⏰ Reminder: {days} days to the deadline {day}.",
    ),
    "quarter_due": (
        "📅 Đầu {quarter}: các nhiệm vụ đến hạn trong quý.",
        "📅 Start of {quarter}: the tasks due this quarter.",
    ),
    "quarter_continuous": (
        "📅 Đầu {quarter}: các nhiệm vụ thường xuyên.",
        "📅 Start of {quarter}: the ongoing tasks.",
    ),
    "quarter_both": (
        "📅 Đầu {quarter}: các nhiệm vụ đến hạn trong quý và các nhiệm vụ thường xuyên.",
        "📅 Start of {quarter}: the tasks due this quarter and the ongoing tasks.",
    ),
    "which_plan": (
        "Có {n} kế hoạch; chọn một: {choices}",
        "There are {n} plans; pick one: {choices}",
    ),
    "no_such_plan": (
        "Không có kế hoạch «{plan}». Các kế hoạch: {choices}",
        "There is no plan “{plan}”. The plans: {choices}",
    ),
    "progress": (
        "Tiến độ {plan}: {overdue} nhiệm vụ đã quá hạn, {due} nhiệm vụ còn hạn, {undated} "
        "nhiệm vụ thường xuyên hoặc hằng năm.",
        "{plan}: {overdue} tasks overdue, {due} still due, {undated} ongoing or yearly.",
    ),
    "no_events": (
        "Chưa có lịch đối thoại nào sắp tới, nên chưa có tệp lịch để gửi.",
        "No dialogue session is scheduled yet, so there is no calendar to send.",
    ),
    # A command's argument it could not read (bot/command_args.py)
    "unread_period": (
        "Tôi không đọc được thời hạn «{given}». Hãy viết thời hạn như: {forms}",
        "I could not read the deadline “{given}”. Write it like: {forms}",
    ),
    "unread_agency": (
        "Không thấy cơ quan «{agency}» trong các kế hoạch. "
        "Viết tên như trong kế hoạch, vd. /coquan {example}.",
        "No agency “{agency}” in the plans. Write its name as the plan does, e.g. "
        "/agency {example}.",
    ),
    "unread_task": (
        "Không có nhiệm vụ «{task}» trong các kế hoạch. Các nhiệm vụ gần nhất: {nearest}",
        "There is no task “{task}” in the plans. Nearest: {nearest}",
    ),
    "unread_task_form": (
        "Không có nhiệm vụ «{task}» trong các kế hoạch. Mã nhiệm vụ viết như: {examples}",
        "There is no task “{task}” in the plans. Task ids look like: {examples}",
    ),
}

# (Vietnamese name, English alias, Vietnamese description, English description)
PUBLIC_COMMANDS = (
    ("start", "start", "Bắt đầu, câu hỏi mẫu", "Start, with example questions"),
    ("help", "help", "Hướng dẫn", "Help"),
    ("nhiemvu", "task", "Xem nhiệm vụ, vd. /nhiemvu II.3", "Show a task, e.g. /task II.3"),
    ("han", "due", "Nhiệm vụ đến hạn, vd. /han Q2/2026", "Tasks due, e.g. /due Q2/2026"),
    ("coquan", "agency", "Nhiệm vụ của một cơ quan", "Tasks of an agency"),
    ("timkiem", "search", "Tìm theo từ khóa", "Search by keyword"),
    ("kehoach", "plans", "Các kế hoạch đang có", "The plans loaded"),
    ("lichdoithoai", "schedule", "Lịch đối thoại doanh nghiệp", "Business dialogue schedule"),
    ("tiendo", "progress", "Biểu đồ tiến độ một kế hoạch", "A plan's timeline chart"),
    ("dangky", "subscribe", "Đăng ký nhắc hạn", "Subscribe to deadline reminders"),
    ("huydangky", "unsubscribe", "Hủy nhắc hạn", "Unsubscribe from reminders"),
)
ADMIN_COMMANDS = (
    ("reload", "Nạp lại toàn bộ kế hoạch"),
    ("rollback", "Quay lại cơ sở tri thức trước"),
    ("xoakehoach", "Xóa một kế hoạch"),
    ("sukien_them", "Thêm lịch đối thoại"),
    ("sukien", "Danh sách sự kiện"),
    ("sukien_xoa", "Xóa sự kiện"),
    ("chuatraloi", "Câu hỏi chưa trả lời được"),
    ("thongke", "Thống kê câu hỏi"),
)
ENGLISH_COMMANDS = frozenset(en for vi, en, *_ in PUBLIC_COMMANDS if en != vi)


def vietnamese_menu() -> list[BotCommand]:
    return [BotCommand(vi, desc) for vi, _, desc, _ in PUBLIC_COMMANDS]


def english_menu() -> list[BotCommand]:
    return [BotCommand(en, desc) for _, en, _, desc in PUBLIC_COMMANDS]


def admin_menu() -> list[BotCommand]:
    return vietnamese_menu() + [BotCommand(name, desc) for name, desc in ADMIN_COMMANDS]


def language(update: Update) -> str:
    """The user's language for the bot's own words: English if their Telegram is, or if
    they typed a command's English name (/subscribe)."""
    user = update.effective_user
    if user and (user.language_code or "").startswith("en"):
        return "en"
    message = update.message or update.edited_message  # the user's, not a pressed button's
    typed = message.text if message and message.text else ""
    return "en" if typed.startswith("/") and command(message) in ENGLISH_COMMANDS else "vi"


def notice(key: str, lang: str, **values: str) -> str:
    return NOTICES[key][lang == "en"].format(**values)
