"""Comparisons: two tasks' deadlines, two agencies' tasks."""

from __future__ import annotations

from functools import cached_property

from ..answer import Answer


class CompareMixin:
    @cached_property
    def compares(self) -> bool:
        return False

    def compare(self) -> Answer | None:
        return None
