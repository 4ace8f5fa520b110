"""A conversation with the engine, each question asked in the context the last answer left."""

from __future__ import annotations

from datetime import date

from knowledge.answer import Answer, Context
from knowledge.engine import Engine


def chat(engine: Engine, *questions: str, today: date) -> list[Answer]:
    """Every answer, in order: ``chat(engine, "Ai chủ trì II.3?", "Thời hạn?", today=…)``."""
    context, answers = Context(), []
    for question in questions:
        answers.append(engine.answer(question, context, today))
        context = answers[-1].context
    return answers
