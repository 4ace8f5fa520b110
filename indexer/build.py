"""Build a knowledge base from plan files: parse, segment, write, validate, swap in.

The new database is written to a temporary file beside the target, checked, and only
then moved over the old one with an atomic rename, so readers see the old base or the
new one and never half of either.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "kb.db"
>>> [s.number for s in build(["knowledge/plans/1169-QD-UBND.txt"], out)]
['1169/QĐ-UBND']
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from knowledge import agency_names, schema
from knowledge.fields import TASK_COLUMNS, Role
from knowledge.normalize import fold, number_key
from knowledge.schedule import Schedule

from .agencies import heading_agency, list_aliases
from .cell_scores import parse_number
from .errors import PlanError
from .headers import names_both_roles
from .model import ParsedPlan, Table
from .parse import parse_items
from .plan_files import builder_fingerprint
from .readers import check_size, read_plan
from .segment import search_text
from .task_cells import deadline_periods, mark_partners, mentions


@dataclass
class PlanSummary:
    """What indexing made of one plan file."""

    source: str
    number: str
    title: str
    sections: int
    tasks: int
    tables: int
    documents: int
    warnings: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # how each table's columns were read

    def __str__(self) -> str:
        lines = [
            f"{self.source}: {self.number} — {self.sections} sections, {self.tasks} tasks, "
            f"{self.tables} tables, {self.documents} documents to review, "
            f"{len(self.warnings)} warnings"
        ]
        lines += [f"  {c}" for c in self.columns]
        lines += [f"  warning: {w}" for w in self.warnings]
        return "\n".join(lines)


@dataclass
class Source:
    """A plan file to index: its display name and its bytes."""

    name: str
    data: bytes

    @classmethod
    def from_path(cls, path: str | Path, *, name: str | None = None) -> Source:
        path = Path(path)
        if not path.is_file():
            return cls(name or path.name, b"")
        check_size(path)  # a 50 MB file is refused before it is read into memory
        return cls(name or path.name, path.read_bytes())

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def parse_source(source: Source) -> ParsedPlan:
    """Read and parse one plan file; raises :class:`PlanError` with a clear message."""
    with _refusing(source.name):
        return parse_items(source.name, read_plan(source.name, source.data))


@contextmanager
def _refusing(name: str) -> Iterator[None]:
    """Turn a failure the indexer did not foresee, while it reads or writes one plan, into a
    :class:`PlanError` that names the file: whoever sent it gets a refusal, not a
    traceback, and the base is left as it was."""
    try:
        yield
    except PlanError:
        raise
    except Exception as e:
        raise PlanError(
            f"{name}: lỗi ngoài dự kiến khi đọc kế hoạch ({type(e).__name__}: {e}); "
            "kế hoạch chưa được nạp, hãy gửi tệp này cho người phát triển"
        ) from e


def build(
    paths: list[str | Path] | list[Source],
    db_path: str | Path,
    *,
    prepare: Callable[[sqlite_utils.Database], None] | None = None,
) -> list[PlanSummary]:
    """Index plan files into a new knowledge base at ``db_path``, replacing any old one.

    Raises :class:`PlanError` before anything is written if a file cannot be indexed.
    Events live in their own file beside the base (:mod:`knowledge.schedule`); those an
    old base still holds are moved there once, before it is replaced.
    ``prepare`` gets the new base before it is swapped in: whatever else must change goes
    in then, never into the file readers already have open.
    """
    sources = [p if isinstance(p, Source) else Source.from_path(p) for p in paths]
    for source, path in zip(sources, paths, strict=True):
        if not source.data and not isinstance(path, Source) and not Path(path).is_file():
            raise PlanError(f"{source.name}: không có tệp này")
    plans = [parse_source(s) for s in sources]
    by_number: dict[str, int] = {}
    for i, plan in enumerate(plans):  # a later file with the same number replaces the earlier
        key = fold(plan.number)
        if key in by_number:
            plans[i].warnings.append(f"thay cho {plans[by_number[key]].source} (cùng số văn bản)")
        by_number[key] = i
    chosen = sorted(by_number.values())
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_files(db_path)
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        db = sqlite_utils.Database(tmp)
        schema.create(db)
        agencies = _Agencies()
        for i in chosen:
            with _refusing(sources[i].name):
                _write_plan(db, plans[i], sources[i], agencies)
        agencies.write(db)
        _write_vocab(db)
        _write_meta(db, [sources[i] for i in chosen])
        Schedule.beside(db_path).migrate()  # before the old base and its events are replaced
        if prepare is not None:
            prepare(db)
        db.conn.commit()
        _validate(db, len(chosen))
        db.conn.execute("PRAGMA journal_mode=DELETE")
        db.close()
        _fsync(tmp)
        os.replace(tmp, db_path)
        _fsync(db_path.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return [_summary(plans[i]) for i in chosen]


def _summary(plan: ParsedPlan) -> PlanSummary:
    return PlanSummary(
        source=plan.source,
        number=plan.number,
        title=plan.title,
        sections=len(plan.sections),
        tasks=len(plan.tasks),
        tables=len(plan.tables),
        documents=len(plan.documents),
        warnings=list(plan.warnings),
        columns=[_column_map(t) for t in plan.tables],
    )


def _column_map(table: Table) -> str:
    """How a table's headers were read: "columns: STT, Nội dung → content, ..."."""
    names = [
        c.header if c.role is Role.NUMBER else f"{c.header} → {c.role.value}" for c in table.columns
    ]
    return f"table {table.number + 1} ({table.kind}) columns: {', '.join(names)}"


def _places(plan: ParsedPlan) -> set[str]:
    """Folded place names a plan's agencies may carry ("binh duong")."""
    places = {fold(plan.place)} if plan.place else set()
    for marker in (" tinh ", " thanh pho "):
        issuer = f" {fold(plan.issuer)} "
        if marker in issuer:
            places.add(issuer.split(marker, 1)[1].strip())
    return {p for p in places if p}


# Kinds of body that questions ask by ("cơ quan nào", "sở nào"): alone, no agency's alias.
# "doanh nghiệp" alone is the businesses a plan names as one partner.
_ASKED_KINDS = frozenset({"co quan", "don vi", "bo", "so", "ban", "nganh", "cuc", "to chuc"})


def _kind_only(alias: str) -> bool:
    return alias in _ASKED_KINDS


class _Agencies:
    """The agency entities of the base being built, kept in memory and written at the end."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.names: dict[int, str] = {}
        self.aliases: set[tuple[str, int, str]] = set()

    def link(self, name: str, places: set[str]) -> int:
        name = name.strip(" ,;.:-–")  # a cell's list may leave its separator on a name
        key = agency_names.key(name)
        agency_id = self.ids.setdefault(key, len(self.ids) + 1)
        if len(name) > len(self.names.get(agency_id, "")):
            self.names[agency_id] = name  # prefer the spelled-out name
        generated = agency_names.aliases(name, places=places) | list_aliases(name)
        self.alias(agency_id, generated, "generated")
        return agency_id

    def alias(self, agency_id: int, aliases: set[str], source: str) -> None:
        # A kind alone ("cơ quan", "bộ") names no one: a question's "cơ quan nào" asks.
        self.aliases.update((a, agency_id, source) for a in aliases if a and not _kind_only(a))

    def write(self, db: sqlite_utils.Database) -> None:
        db["agencies"].insert_all(
            {"id": i, "key": k, "name": self.names[i]} for k, i in self.ids.items()
        )
        db["aliases"].insert_all(
            ({"alias": a, "agency_id": i, "source": s} for a, i, s in sorted(self.aliases)),
            ignore=True,
        )


def _write_plan(
    db: sqlite_utils.Database, plan: ParsedPlan, source: Source, agencies: _Agencies
) -> None:
    places = _places(plan)
    plan_id = (
        db["plans"]
        .insert(
            {
                "number": plan.number,
                "number_key": number_key(plan.number),
                "doc_type": plan.doc_type,
                "issuer": plan.issuer,
                "place": plan.place,
                "date": plan.date.isoformat() if plan.date else None,
                "title": plan.title,
                "signer": plan.signer,
                "signer_title": plan.signer_title,
                "bases": json.dumps(plan.bases, ensure_ascii=False),
                "recipients": json.dumps(plan.recipients, ensure_ascii=False),
                "places": json.dumps(sorted(places), ensure_ascii=False),
                "source": source.name,
                "sha256": source.sha256,
                "task_count": len(plan.tasks),
                "warnings": json.dumps(plan.warnings, ensure_ascii=False),
                "indexed_at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
        )
        .last_pk
    )
    db["sections"].insert_all(
        {
            "plan_id": plan_id,
            "ref": s.ref,
            "kind": s.kind,
            "parent": s.parent,
            "title": s.title,
            "body": s.text,
            "position": i,
            "search": search_text(f"{s.title}\n{s.text}"),
        }
        for i, s in enumerate(plan.sections)
    )
    for s in plan.sections:
        # "6. Bộ Quốc phòng" in "Tổ chức thực hiện": an agency the text gives duties to,
        # which questions name even when no task of the table does.
        if s.kind in ("section", "item") and (name := heading_agency(s.title)):
            agencies.link(name, places)
    groups: dict[str, tuple[int, str]] = {}  # a code written twice keeps its first title
    for i, g in enumerate(plan.groups):
        groups.setdefault(g.code, (i, g.title))
    db["groups"].insert_all(
        {"plan_id": plan_id, "code": code, "title": title, "position": i}
        for code, (i, title) in groups.items()
    )
    db["tables"].insert_all(
        {
            "plan_id": plan_id,
            "number": t.number,
            "kind": t.kind,
            "title": t.title,
            "columns": json.dumps(
                [[c.header, c.role.value] for c in t.columns], ensure_ascii=False
            ),
        }
        for t in plan.tables
    )
    links = []
    seen: set[str] = set()
    for position, row in enumerate(plan.tasks):
        if row.ref in seen:
            continue
        seen.add(row.ref)
        columns = [c for c in plan.columns(row.table) if c.role is not Role.NUMBER]
        cells = {role: "" for role in TASK_COLUMNS}
        extra = []
        lead_and_coord = False  # the lead came from a "Cơ quan chủ trì/phối hợp" column
        for column, value in zip(columns, row.cells, strict=True):
            if column.role in cells and not cells[column.role]:
                cells[column.role] = value
                lead_and_coord |= column.role is Role.LEAD and names_both_roles(column.header)
            elif value:
                extra.append((column, value))
        mark_partners(cells)
        cells[Role.NOTE] = cells[Role.NOTE] or row.note
        periods = deadline_periods(cells[Role.DEADLINE])
        period = periods[0] if periods else None
        task_id = (
            db["tasks"]
            .insert(
                {
                    "plan_id": plan_id,
                    "ref": row.ref,
                    "ref_key": row.ref.upper(),
                    "group_code": row.group_code,
                    "number": row.number,
                    "parent": row.parent,
                    "marked": int(row.marked),
                    "position": position,
                    **{role.value: cells[role] for role in TASK_COLUMNS},
                    "period_kind": period.kind.value if period else None,
                    "period_start": period.start.isoformat() if period else None,
                    "period_end": period.end.isoformat() if period else None,
                    # A task is named by what it delivers too ("báo cáo chuyên đề về kinh
                    # tế tư nhân"), which a real plan's product column may say alone.
                    "search": search_text(
                        "\n".join(
                            [cells[Role.CONTENT], *(v for c, v in extra if c.role is Role.PRODUCT)]
                        )
                    ),
                }
            )
            .last_pk
        )
        db["task_attrs"].insert_all(
            {
                "task_id": task_id,
                "role": c.role.value,
                "name": c.header,
                "value": v,
                "number": parse_number(v) if c.role is Role.BUDGET else None,
            }
            for c, v in extra
        )
        db["task_periods"].insert_all(
            {
                "task_id": task_id,
                "kind": p.kind.value,
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
            }
            for p in periods
        )
        links += [
            {
                "task_id": task_id,
                "agency_id": agencies.link(name, places),
                "role": role.value,
                "mention": name,
                "sub": int(sub),
            }
            for role, name, sub in mentions(cells, lead_and_coord)
        ]
    db["task_agencies"].insert_all(links)
    for position, row in enumerate(plan.documents):
        columns = [c for c in plan.columns(row.table) if c.role is not Role.NUMBER]
        by_role = {}
        attrs = {}
        for column, value in zip(columns, row.cells, strict=True):
            if column.role in (Role.CONTENT, Role.LEAD, Role.COORD, Role.DEADLINE):
                by_role.setdefault(column.role, value)
            if value:
                attrs[column.header] = value
        db["documents"].insert(
            {
                "plan_id": plan_id,
                "number": row.number,
                "title": by_role.get(Role.CONTENT, ""),
                "lead": by_role.get(Role.LEAD, ""),
                "coord": by_role.get(Role.COORD, ""),
                "deadline": by_role.get(Role.DEADLINE, ""),
                "attrs": json.dumps(attrs, ensure_ascii=False),
                "position": position,
            }
        )
    for short, full in plan.abbreviations.items():
        agency_id = _abbreviated(full, agencies)
        if agency_id:
            agencies.alias(agency_id, {agency_names.key(short)}, "plan")
    for english, key in agency_names.ENGLISH.items():
        # "State Bank of Vietnam" is the plan's "Ngân hàng Nhà nước", with the country or not.
        for known in (key, key.removesuffix(" viet nam")):
            if known in agencies.ids:
                agencies.alias(agencies.ids[known], {english}, "english")
                break
        else:
            # "district people's committees" for the plan's "UBND các huyện, thành phố":
            # the one agency whose name opens with the English name's.
            opening = [k for k in agencies.ids if k.startswith(f"{key} ")]
            if len(opening) == 1:
                agencies.alias(agencies.ids[opening[0]], {english}, "english")
        # "radio and television" for "Đài Phát thanh và Truyền hình Bình Dương", and
        # "binh duong radio and television" too: the English name with its province.
        for place in places:
            local = agencies.ids.get(f"{key} {place}")
            if local:
                agencies.alias(local, {english, f"{place} {english}"}, "english")


def _abbreviated(full: str, agencies: _Agencies) -> int | None:
    """The agency an abbreviation the plan defines stands for: the longest end of the text
    before "(BHXH)" that names an agency of the plan ("... phối hợp giữa Bảo hiểm xã hội
    tỉnh (BHXH)" is Bảo hiểm xã hội tỉnh); None if it names none."""
    words = full.split()
    for start in range(len(words)):
        if words[start][:1].isupper():
            agency_id = agencies.ids.get(agency_names.key(" ".join(words[start:])))
            if agency_id:
                return agency_id
    return None


def _write_vocab(db: sqlite_utils.Database) -> None:
    """Document frequencies of every word and compound, for weighting and segmentation."""
    df: Counter[str] = Counter()
    for table in ("tasks", "sections"):
        for (text,) in db.execute(f"select search from {table}"):
            df.update(set(text.split()))
    db["vocab"].insert_all(({"word": w, "df": n} for w, n in df.items()), pk="word")


def _write_meta(db: sqlite_utils.Database, sources: list[Source]) -> None:
    db["meta"].insert_all(
        [
            {"key": "schema_version", "value": str(schema.SCHEMA_VERSION)},
            {"key": "built_at", "value": datetime.now(UTC).isoformat()},
            {"key": "sources", "value": json.dumps({s.name: s.sha256 for s in sources})},
            {"key": "builder", "value": builder_fingerprint()},
        ]
    )


def _validate(db: sqlite_utils.Database, plans: int) -> None:
    """Refuse to swap in a base that is damaged or lost what was parsed."""
    (status,) = db.execute("PRAGMA integrity_check").fetchone()
    if status != "ok":
        raise PlanError(f"cơ sở tri thức mới không qua được kiểm tra toàn vẹn: {status}")
    if db["plans"].count != plans or db["tasks"].count == 0:
        raise PlanError("cơ sở tri thức mới thiếu kế hoạch hoặc nhiệm vụ")


def _remove_stale_files(db_path: Path) -> None:
    """Remove the temporary files (and their journals) of builds that were killed before
    they could clean up; those of builds still running, here or in another process, stay."""
    prefix = f".{db_path.name}."
    for path in db_path.parent.glob(glob.escape(prefix) + "*.tmp*"):
        pid = path.name[len(prefix) :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            path.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0 only checks that the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        pass
    return True


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
