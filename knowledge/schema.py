"""The knowledge base's tables. The indexer writes them; :mod:`knowledge.store` reads them.

>>> import sqlite_utils
>>> db = sqlite_utils.Database(memory=True)
>>> create(db)
>>> sorted(db.table_names())[:4]
['agencies', 'aliases', 'documents', 'groups']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the reader imports this module too, and answers without sqlite-utils
    import sqlite_utils

SCHEMA_VERSION = 3


def create(db: sqlite_utils.Database) -> None:
    """Create every table and index of an empty knowledge base."""
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["plans"].create(
        {
            "id": int,
            "number": str,
            "number_key": str,
            "doc_type": str,
            "issuer": str,
            "place": str,
            "date": str,
            "title": str,
            "signer": str,
            "signer_title": str,
            "bases": str,
            "recipients": str,
            "places": str,
            "source": str,
            "sha256": str,
            "task_count": int,
            "warnings": str,
            "indexed_at": str,
        },
        pk="id",
    )
    db["plans"].create_index(["number_key"], unique=True)
    db["sections"].create(
        {
            "id": int,
            "plan_id": int,
            "ref": str,
            "kind": str,
            "parent": str,
            "title": str,
            "body": str,
            "position": int,
            "search": str,
        },
        pk="id",
        foreign_keys=[("plan_id", "plans", "id")],
    )
    db["sections"].create_index(["plan_id", "ref"])
    db["groups"].create(
        {"plan_id": int, "code": str, "title": str, "position": int},
        pk=("plan_id", "code"),
        foreign_keys=[("plan_id", "plans", "id")],
    )
    db["tables"].create(
        {"plan_id": int, "number": int, "kind": str, "title": str, "columns": str},
        pk=("plan_id", "number"),
        foreign_keys=[("plan_id", "plans", "id")],
    )
    db["tasks"].create(
        {
            "id": int,
            "plan_id": int,
            "ref": str,
            "ref_key": str,
            "group_code": str,
            "number": str,
            "parent": str,  # an item's task ("I.4" for I.4.1); null for a task
            "marked": int,  # 1 for an item the plan numbers only "-": it cites it as its task
            "position": int,
            "content": str,
            "lead": str,
            "coord": str,
            "director": str,
            "deadline": str,
            "note": str,
            "period_kind": str,
            "period_start": str,
            "period_end": str,
            "search": str,
        },
        pk="id",
        foreign_keys=[("plan_id", "plans", "id")],
    )
    db["tasks"].create_index(["plan_id", "ref_key"])
    db["tasks"].create_index(["ref_key"])
    db["tasks"].create_index(["plan_id", "parent"])
    db["tasks"].create_index(["period_end"])
    db["tasks"].create_index(["period_kind"])
    db["task_attrs"].create(
        {"task_id": int, "role": str, "name": str, "value": str, "number": float},
        foreign_keys=[("task_id", "tasks", "id")],
    )
    db["task_attrs"].create_index(["task_id"])
    # Every period a task is due in: one per stage of a task done in stages ("Tháng 5/2026;
    # Tháng 11/2026"); the tasks row holds the first.
    db["task_periods"].create(
        {"task_id": int, "kind": str, "start": str, "end": str},
        foreign_keys=[("task_id", "tasks", "id")],
    )
    db["task_periods"].create_index(["task_id"])
    db["task_periods"].create_index(["end"])
    db["agencies"].create({"id": int, "key": str, "name": str}, pk="id")
    db["agencies"].create_index(["key"], unique=True)
    db["aliases"].create(
        {"alias": str, "agency_id": int, "source": str},
        pk=("alias", "agency_id"),
        foreign_keys=[("agency_id", "agencies", "id")],
    )
    db["task_agencies"].create(
        {"task_id": int, "agency_id": int, "role": str, "mention": str, "sub": int},
        foreign_keys=[("task_id", "tasks", "id"), ("agency_id", "agencies", "id")],
    )
    db["task_agencies"].create_index(["agency_id", "role"])
    db["task_agencies"].create_index(["task_id"])
    db["documents"].create(
        {
            "id": int,
            "plan_id": int,
            "number": str,
            "title": str,
            "lead": str,
            "coord": str,
            "deadline": str,
            "attrs": str,
            "position": int,
        },
        pk="id",
        foreign_keys=[("plan_id", "plans", "id")],
    )
    db["vocab"].create({"word": str, "df": int}, pk="word")
