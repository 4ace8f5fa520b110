"""English words the glossary lacks, reached through WordNet's synonyms and broader terms.

Businesses ask in everyday English ("audits", "prizes", "get-togethers"); the glossary in
:mod:`knowledge.english` holds the plans' terms. WordNet (Princeton, as Debian's package
``wordnet-base`` installs it under /usr/share/wordnet, or wherever ``PLANBOT_WORDNET``
points) gives a word's synonyms and the broader term each sense falls under, so "audit" can
reach the glossary's "inspection". The sorted index files are searched by bisection, so
nothing is loaded at start-up. Without WordNet on the machine, words are simply not found.

>>> "inspect" in related("audit") if available() else True
True
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_POS = ("noun", "verb", "adj")
_GENERAL = 4  # a noun synset fewer steps than this below the root is too general to mean much
SENSES = 1  # a word's first sense is its common one; later ones stray ("package" → software)


def _root() -> Path:
    return Path(os.environ.get("PLANBOT_WORDNET", "/usr/share/wordnet"))


def available() -> bool:
    return (_root() / "index.noun").is_file()


@cache
def related(word: str) -> tuple[str, ...]:
    """Synonyms of the word's first sense as the part of speech it is mostly used as, then
    the broader terms of that sense, with spaces for WordNet's underscores; empty if WordNet
    is absent or lacks the word."""
    if not word.isascii() or not word.isalpha() or not available():
        return ()
    synonyms: list[str] = []
    broader: list[str] = []
    # The part of speech it is mostly used as: "national" is an adjective before it is a
    # citizen, "main" before a water main.
    usual = usual_kind(word)
    for pos in [usual] if usual in _POS else _POS:
        for offset in _offsets(pos, word)[:SENSES]:
            lemmas, pointers = _synset(pos, offset)
            synonyms += lemmas
            for hyper in pointers[:2]:
                # Not a category near the top of the nouns: "style" is a "property" and
                # "power" a "quality", which say nothing of either.
                if pos != "noun" or _depth(pos, hyper) >= _GENERAL:
                    broader += _synset(pos, hyper)[0]
    found = [w.replace("_", " ").lower() for w in (*synonyms, *broader)]
    return tuple(dict.fromkeys(w for w in found if w != word))


@cache
def kinds(word: str) -> frozenset[str]:
    """The parts of speech WordNet knows the word as ("noun", "verb", "adj"); empty if it
    does not know it, or is absent.

    >>> sorted(kinds("audit")) if available() else ["noun", "verb"]
    ['noun', 'verb']
    """
    if not word.isascii() or not word.isalpha() or not available():
        return frozenset()
    return frozenset(pos for pos in (*_POS, "adv") if _offsets(pos, word))


@cache
def usual_kind(word: str) -> str | None:
    """The part of speech the word is most used as: the one whose senses WordNet's corpus
    tags most often ("altogether" is a noun only in "in the altogether").

    >>> usual_kind("altogether") if available() else "adv"
    'adv'
    """
    if not word.isascii() or not word.isalpha() or not available():
        return None
    tagged = {pos: _entry(pos, word) for pos in (*_POS, "adv")}
    found = [(count, pos) for pos, (offsets, count) in tagged.items() if offsets]
    return max(found)[1] if found else None


@cache
def _depth(pos: str, offset: int) -> int:
    """How many broader synsets lie above this one, along the first of each."""
    pointers = _synset(pos, offset)[1]
    return 1 + _depth(pos, pointers[0]) if pointers else 0


def _offsets(pos: str, word: str) -> list[int]:
    return _entry(pos, word)[0]


def _entry(pos: str, word: str) -> tuple[list[int], int]:
    """The synset offsets of a word's senses, and how many of its senses the corpus tags,
    from the sorted index file, by bisection."""
    with open(_root() / f"index.{pos}", "rb") as index:
        size = index.seek(0, os.SEEK_END)
        key = word.encode() + b" "
        low, high = 0, size
        while low < high:
            middle = (low + high) // 2
            index.seek(middle)
            if middle:
                index.readline()  # to the start of the next line
            line = index.readline()
            if not line or line >= key:
                high = middle
            else:
                low = middle + 1
        index.seek(low)
        if low:
            index.readline()
        for line in index:
            if line.startswith(b" "):  # the licence at the top
                continue
            if not line.startswith(key):
                return [], 0
            fields = line.split()
            synsets = int(fields[2])
            return [int(f) for f in fields[-synsets:]], int(fields[-synsets - 1])
    return [], 0


def _synset(pos: str, offset: int) -> tuple[list[str], list[int]]:
    """A synset's words and the offsets of its broader synsets ('@' pointers)."""
    with open(_root() / f"data.{pos}", "rb") as data:
        data.seek(offset)
        fields = data.readline().split(b" | ")[0].split()
    count = int(fields[3], 16)
    words = [fields[4 + 2 * i].decode() for i in range(count)]
    at = 4 + 2 * count
    pointers = []
    for i in range(int(fields[at])):
        symbol, target, target_pos = fields[at + 1 + 4 * i : at + 4 + 4 * i]
        if symbol in (b"@", b"@i") and target_pos.decode() == pos[0]:
            pointers.append(int(target))
    return [w.split("(")[0] for w in words], pointers
