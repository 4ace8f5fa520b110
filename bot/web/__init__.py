"""The public, read-only web site: plans, tasks, the dialogue schedule and its calendar.

``bot.web.app.create_app`` builds the Starlette application; ``planbot web`` serves it.
"""
