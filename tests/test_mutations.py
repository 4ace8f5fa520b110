"""Parser robustness: every mutation of a real plan either parses or is refused with a
:class:`PlanError` whose message names the file and says what is wrong; nothing else escapes,
and no refusal only wraps a failure the indexer did not foresee.

The plans are the bundled 1169/QĐ-UBND, the Tây An sample and a generated .docx. Text is
mutated line by line (delete, swap, duplicate, garbage lines and bytes, truncation); the
.docx as a file (truncated, bytes flipped), as a zip (members damaged, cut, dropped) and as a
document (paragraphs and table rows deleted, swapped, duplicated). Mutations are seeded, so
a failure names a mutation that can be replayed; ``bench/reliability.py`` runs many more
through :func:`run`.
"""

from __future__ import annotations

import io
import itertools
import random
import re
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from indexer.build import Source, parse_source
from indexer.errors import PlanError, UnreadableFile
from indexer.readers import read_plan

from . import filekit
from .conftest import SEED, TAY_AN

PER_CASE = 15  # mutations per (plan, kind) in CI: 23 cases, 345 mutations
DOCUMENT = "word/document.xml"

Mutation = Callable[[bytes, random.Random], bytes]


def _lines(change: Callable[[list[str], random.Random], None]) -> Mutation:
    def mutate(data: bytes, rng: random.Random) -> bytes:
        lines = data.decode().split("\n")
        for _ in range(rng.randint(1, 5)):
            change(lines, rng)
        return "\n".join(lines).encode()

    return mutate


def _delete(items: list, rng: random.Random) -> None:
    if items:
        del items[rng.randrange(len(items))]


def _swap(items: list, rng: random.Random) -> None:
    i, j = rng.randrange(len(items)), rng.randrange(len(items))
    items[i], items[j] = items[j], items[i]


def _duplicate(items: list, rng: random.Random) -> None:
    items.insert(rng.randrange(len(items) + 1), items[rng.randrange(len(items))])


def _garbage_line(lines: list[str], rng: random.Random) -> None:
    garbage = "".join(
        chr(rng.choice([rng.randrange(32, 127), rng.randrange(0xA0, 0x3000)]))
        for _ in range(rng.randint(0, 80))
    )
    lines.insert(rng.randrange(len(lines) + 1), garbage)


def _garbage_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        out.insert(rng.randrange(len(out) + 1), rng.randrange(256))
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def _flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 10)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _members(change: Callable[[dict[str, bytes], random.Random], None]) -> Mutation:
    """A mutation of the zip's members, written back as a valid zip."""

    def mutate(data: bytes, rng: random.Random) -> bytes:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = {i.filename: archive.read(i) for i in archive.infolist()}
        change(members, rng)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name, content in members.items():
                z.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), content)
        return out.getvalue()

    return mutate


def _any_member(mutation: Mutation) -> Callable[[dict[str, bytes], random.Random], None]:
    def change(members: dict[str, bytes], rng: random.Random) -> None:
        # Half the time the part the reader needs, else any part.
        name = DOCUMENT if rng.random() < 0.5 else rng.choice(sorted(members))
        members[name] = mutation(members[name], rng) if members[name] else b""

    return change


def _drop_member(members: dict[str, bytes], rng: random.Random) -> None:
    del members[DOCUMENT if rng.random() < 0.5 else rng.choice(sorted(members))]


_ELEMENT = {  # captured, so that re.split keeps them: gaps at even indices, elements at odd
    "paragraph": re.compile(rb"(<w:p[ >].*?</w:p>|<w:p/>)", re.S),
    "row": re.compile(rb"(<w:tr[ >].*?</w:tr>)", re.S),
}


def _elements(kind: str, change: Callable[[list, random.Random], None]) -> Mutation:
    """Delete, swap or duplicate whole paragraphs or table rows of document.xml, as a
    careless edit in Word would."""

    def on_xml(members: dict[str, bytes], rng: random.Random) -> None:
        parts = _ELEMENT[kind].split(members[DOCUMENT])
        elements, gaps = parts[1::2], parts[0::2]
        for _ in range(rng.randint(1, 4)):
            change(elements, rng)
        middle = itertools.zip_longest(elements, gaps[1:-1], fillvalue=b"")
        members[DOCUMENT] = gaps[0] + b"".join(e + g for e, g in middle) + gaps[-1]

    return _members(on_xml)


TEXT_MUTATIONS: dict[str, Mutation] = {
    "delete-lines": _lines(_delete),
    "swap-lines": _lines(_swap),
    "duplicate-lines": _lines(_duplicate),
    "garbage-lines": _lines(_garbage_line),
    "garbage-bytes": _garbage_bytes,
    "truncate": _truncate,
}
DOCX_MUTATIONS: dict[str, Mutation] = {
    "truncate": _truncate,
    "flip-bytes": _flip_bytes,
    "member-garbage": _members(_any_member(_garbage_bytes)),
    "member-flip": _members(_any_member(_flip_bytes)),
    "member-truncate": _members(_any_member(_truncate)),
    "member-drop": _members(_drop_member),
    "delete-paragraphs": _elements("paragraph", _delete),
    "swap-paragraphs": _elements("paragraph", _swap),
    "delete-rows": _elements("row", _delete),
    "swap-rows": _elements("row", _swap),
    "duplicate-rows": _elements("row", _duplicate),
}
PLANS: dict[str, tuple[Callable[[], bytes], dict[str, Mutation]]] = {
    "1169-QD-UBND.txt": (SEED.read_bytes, TEXT_MUTATIONS),
    "tay-an-87-KH-UBND.txt": (TAY_AN.read_bytes, TEXT_MUTATIONS),
    "dong-hai-26-KH-UBND.docx": (filekit.plan_docx, DOCX_MUTATIONS),
}
CASES = [(plan, kind) for plan, (_, kinds) in PLANS.items() for kind in kinds]


def outcome(name: str, data: bytes) -> str:
    """ "parsed", "refused", or what went wrong: another exception, or an unclear message."""
    try:
        parse_source(Source(name, data))
    except PlanError as e:
        message = str(e)
        if not message.startswith(f"{name}: ") or len(message) < len(name) + 15:
            return f"unclear message: {message!r}"
        if isinstance(e.__cause__, Exception):  # a bug, which the refusal only wraps
            return f"{type(e.__cause__).__name__}: {e.__cause__}"
        return "refused"
    except Exception as e:  # noqa: BLE001 — anything else is the failure this test looks for
        return f"{type(e).__name__}: {e}"
    return "parsed"


@dataclass
class Tally:
    """Outcomes of a run of mutations; ``failures`` holds (plan, kind, seed, what happened)."""

    outcomes: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str, int, str]] = field(default_factory=list)

    @property
    def tried(self) -> int:
        return sum(self.outcomes.values())


def run(plan: str, kind: str, count: int, tally: Tally | None = None, first: int = 0) -> Tally:
    """Try ``count`` mutations of one kind on one plan; mutation ``seed`` is replayable."""
    tally = tally or Tally()
    load, kinds = PLANS[plan]
    data = load()
    for seed in range(first, first + count):
        mutated = kinds[kind](data, random.Random(f"{plan}-{kind}-{seed}"))
        result = outcome(plan, mutated)
        tally.outcomes[
            "parsed" if result == "parsed" else "refused" if result == "refused" else "failed"
        ] += 1
        if result not in ("parsed", "refused"):
            tally.failures.append((plan, kind, seed, result))
    return tally


@pytest.mark.parametrize(("plan", "kind"), CASES, ids=[f"{p.split('-')[0]}-{k}" for p, k in CASES])
def test_a_mutated_plan_parses_or_is_refused_clearly(plan, kind):
    tally = run(plan, kind, PER_CASE)
    assert [] == tally.failures
    assert PER_CASE == tally.tried


def test_the_unmutated_plans_parse():
    assert {"parsed"} == {outcome(name, load()) for name, (load, _) in PLANS.items()}


def _edit(*changes: tuple[str, str, int]) -> Callable[[bytes], bytes]:
    """A .docx maker: the plan with (old, new, count) replacements in document.xml."""

    def make(docx: bytes) -> bytes:
        xml = filekit.part(docx, DOCUMENT).decode()
        for old, new, count in changes:
            xml = xml.replace(old, new, count)
        return filekit.with_part(docx, DOCUMENT, xml.encode())

    return make


def _header(**changes) -> Callable[[bytes], bytes]:
    """A .docx maker: the plan with document.xml's zip headers changed."""
    return lambda docx: filekit.with_member(docx, DOCUMENT, **changes)


SPAN = '<w:tcPr><w:gridSpan w:val="{}"/>'
MERGE = "<w:tcPr><w:vMerge/>"
NESTED = "<w:tc><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"
LZMA_HEADER = b"\x09\x14\x05\x00\x5d\x00\x00\x10\x00"  # zip's LZMA header, then properties
ALL = -1
# Word files written to break a reader, and what must come of each: "parsed" or a message.
HOSTILE = [
    # A span counts grid columns: garbage reads as 1, and a forged one is capped.
    ("span-not-a-number", _edit(("<w:tcPr>", SPAN.format("abc"), ALL)), "parsed"),
    ("span-a-billion", _edit(("<w:tcPr>", SPAN.format(10**9), 4)), "parsed"),
    ("span-of-5000-digits", _edit(("<w:tcPr>", SPAN.format("9" * 5000), ALL)), "parsed"),
    ("span-zero", _edit(("<w:tcPr>", SPAN.format(0), ALL)), "parsed"),
    # A vertical merge repeats the cell above; the first row has none above it.
    ("merge-in-the-first-row", _edit(("<w:tcPr>", MERGE, 1)), "parsed"),
    ("merge-every-cell", _edit(("<w:tcPr>", MERGE, ALL)), "không tìm thấy bảng nhiệm vụ"),
    ("nested-tables", _edit(("<w:tc>", NESTED, ALL)), "parsed"),
    ("no-body", _edit(("w:body>", "w:bodx>", ALL)), "không có phần thân văn bản"),
    ("not-xml", _edit(("</w:body>", "", 1)), "nội dung không phải XML"),
    ("encrypted", _header(flags=1), "có đặt mật khẩu"),
    ("unknown-compression", _header(method=99), "compression method is not supported"),
    ("lzma-but-deflated", _header(method=zipfile.ZIP_LZMA), "bị hỏng"),
    ("lzma-garbage", _header(method=zipfile.ZIP_LZMA, data=LZMA_HEADER + b"\xff" * 200), "Corrupt"),
    ("bzip2-but-deflated", _header(method=zipfile.ZIP_BZIP2), "bị hỏng"),
    ("stored-but-deflated", _header(method=zipfile.ZIP_STORED), "bị hỏng"),
    ("size-too-small", _header(size=100), "Bad CRC-32"),
    ("size-too-large", _header(size=10**6), "parsed"),
]


@pytest.mark.parametrize(("name", "make", "expected"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_word_files(name, make, expected):
    data = make(filekit.plan_docx())
    start = time.perf_counter()
    try:
        parse_source(Source(f"{name}.docx", data))
        actual = "parsed"
    except PlanError as e:
        actual = str(e)
    assert time.perf_counter() - start < 5, "a hang guard: each takes milliseconds"
    assert expected in actual
    assert expected == "parsed" or actual.startswith(f"{name}.docx: ")


LAUGHS = '<!DOCTYPE d [<!ENTITY a "ha">' + "".join(
    f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)
ENTITIES = {
    "billion-laughs": (LAUGHS + "]>", "&i;"),
    "external-file": ('<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>', "&e;"),
}


@pytest.mark.parametrize(("doctype", "reference"), ENTITIES.values(), ids=list(ENTITIES))
def test_entities_are_never_expanded(doctype, reference):
    """libxml2 may refuse the document or leave the reference out; it never expands it."""
    make = _edit(("?>", "?>" + doctype, 1), ("<w:t>", f"<w:t>{reference}", 1))
    try:
        text = str(read_plan("x.docx", make(filekit.plan_docx())))
    except UnreadableFile as e:
        text = str(e)
    assert "hahaha" not in text and "root:" not in text
