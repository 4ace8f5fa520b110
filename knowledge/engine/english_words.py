"""How an English question's words weigh as a topic: the glossary's words kept whole, and
English left untranslated weighed by what it is (a thing, or a doing)."""

from __future__ import annotations

import re

from .. import topics as ranking
from .. import wordnet
from ..english import kind as english_kind
from ..normalize import is_syllable
from ..store import KnowledgeBase
from ..words import Lexicon
from .common import TOPIC_NOISE

# Of the rarest word's weight, what a word no plan writes weighs: a thing, or a doing.
THING_SHARE = 0.5
DOING_SHARE = 0.15


def vietnamese_share(word: str) -> float:
    """What a word no plan writes weighs in a Vietnamese question: the same for every word."""
    return ranking.UNKNOWN_SHARE


def english_share(word: str) -> float:
    """What an English word the glossary could not translate weighs in a topic: as much as
    a Vietnamese one if it names a thing (a noun, or a long word WordNet lacks), little if
    it is how the asker says something ("actually", "packaged", "managing")."""
    kinds = wordnet.kinds(word)
    thing = "noun" in kinds or (not kinds and len(word) >= 6 and wordnet.available())
    return THING_SHARE if thing else DOING_SHARE


def untranslated(word: str, kb: KnowledgeBase) -> bool:
    """An English word left as it was that no plan writes and that WordNet knows mostly as
    a doing or a quality ("flexible", "eyeing", "main"): how the asker says it, which cannot
    meet a plan's words and would only count against the ones that do; so is an adverb
    ("How many altogether?"). A thing the plans do not name ("fines") stays: it says the
    question may be about something they do not hold."""
    if kb.known(word):
        return False
    kind = english_kind(word)
    return kind == "adv" or (not is_syllable(word) and kind in ("verb", "adj"))


def glossary_words_kept(text: str, phrases: list[str]) -> str:
    """The glossary's words of several syllables in a translated question, each joined
    into one ("ngan_hang"), so that no cue word takes a syllable of it ("nào" of "nạo vét")
    and the plans' vocabulary does not split it; not those that are cue words themselves
    ("chủ trì" for "lead").

    >>> glossary_words_kept("ai chu tri nao vet", ["chu tri", "nao vet"])
    'ai chu tri nao_vet'
    """
    for phrase in sorted(set(phrases), key=len, reverse=True):
        if any(pattern.fullmatch(phrase) for pattern in TOPIC_NOISE):
            continue
        text = re.sub(rf"\b{re.escape(phrase)}\b", phrase.replace(" ", "_"), text)
    return text


def glossary_word(word: str, lexicon: Lexicon) -> list[str]:
    """A glossary word kept whole, as the plans' vocabulary segments it, with the runs of
    syllables it has no word for kept as one: "phòng chống thiên tai" is "phòng_chống"
    "thiên_tai"; "ngân hàng", which no plan writes, one word."""
    if "_" not in word or word in lexicon.vocabulary:
        return [word]
    out: list[str] = []
    run: list[str] = []
    for part in [*lexicon.segment(word.split("_"), respell=False), "_"]:  # "_" ends a run
        if "_" not in part:
            run.append(part)
            continue
        if run:
            out.append("_".join(run))
            run = []
        out.append(part)
    return out[:-1]
