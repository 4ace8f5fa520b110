"""English words of plan topics, in the folded Vietnamese the plans use.

Foreign-invested businesses ask in English; the plans are in Vietnamese, and there is no
translation model offline. A question read as English has its topic words replaced by the
plans' words before it is matched: phrases first, longest first ("supply chain" is
"chuỗi cung ứng", not "cung" + "chuỗi"), then single words. A word that is not in the
glossary is looked up again in its base form (:func:`lemma`), so "universities", "labs",
"involving" and "coordinated" need no entries of their own. Words that only frame an
English question ("I want to know", "involving", "related to") translate to nothing, so
they do not dilute the topic.

>>> translate("which tasks involve universities")
'which tasks truong dai hoc'
>>> translate("investment in testing and calibration labs")
'dau tu in thu nghiem and hieu chuan thu nghiem'
>>> translate("i want to know about quality inspection of imported goods")
'to about kiem tra chat luong of hang hoa nhap khau'
>>> translate("the people's committee of binh duong province")
'the uy ban nhan dan of binh duong tinh'
>>> lemma("universities"), lemma("involving"), lemma("labs"), lemma("coordinated")
('university', 'involve', 'lab', 'coordinate')

Frame words the question reader looks for ("who leads", "when", "due", "responsible
for") are left alone, or become the Vietnamese words that frame the same thing ("lead" is
"chủ trì"), so the engine still takes them out of the topic. Single English words that are
also Vietnamese syllables once folded ("ban", "can", "my", "tin") are never keys: a
Vietnamese name inside an English question ("Mỹ Phước") stays as it is, and a Vietnamese
question is not taken for English because of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path

from . import wordnet

# The glossary, knowledge/glossary.txt. One entry a line: English forms separated by "|",
# "=", the folded Vietnamese the plans write; then, after "/", other words the plans use
# for what the English word covers ("train = dao tao / boi duong / tap huan": English has
# one word where the plans have three). Nothing after "=": the words only frame the
# question and are dropped. English is written as typed ("people's committee",
# "e-commerce"); it is read as the question reader reads it, lower case, in words of letters
# and digits. A backslash carries a line on.
_TABLE = (Path(__file__).parent / "glossary.txt").read_text(encoding="utf-8").replace("\\\n", "")

_TOKEN = re.compile(r"[0-9a-z]+")
# What may stand between the words of a phrase: "people's", "e-commerce", "r&d".
_GAP = re.compile(r"[\s'’&-]+")
_PHRASE_SPLIT = re.compile(r"\s*\|\s*")


def _words(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text.lower()))


def _read(table: str) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """The glossary, English words joined by single spaces, and the other words each
    rendering stands for. A form given twice with two meanings is a mistake in the table,
    not a choice to make at run time."""
    terms: dict[str, str] = {}
    others: dict[str, tuple[str, ...]] = {}
    for number, line in enumerate(table.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        english, sep, vietnamese = line.partition("=")
        if not sep or not english.strip():
            raise ValueError(f"glossary line {number}: {line!r}")
        value, *alternates = (" ".join(_words(v)) for v in vietnamese.split("/"))
        if alternates:
            if not value or not all(alternates):
                raise ValueError(f"glossary line {number}: an empty word after '/'")
            others[value] = tuple(dict.fromkeys((*others.get(value, ()), *alternates)))
        for form in _PHRASE_SPLIT.split(english.strip()):
            key = " ".join(_words(form))
            if not key or terms.get(key, value) != value:
                raise ValueError(f"glossary line {number}: {form!r} twice or empty")
            terms[key] = value
    return terms, others


_TERMS, _OTHERS = _read(_TABLE)
# The other words of the plans a rendering stands for, as the topic's words are written
# ("dao_tao": "boi_duong", "tap_huan").
ALTERNATES: dict[str, tuple[str, ...]] = {
    value.replace(" ", "_"): tuple(a.replace(" ", "_") for a in alternates)
    for value, alternates in _OTHERS.items()
}
_LONGEST = max(len(key.split()) for key in _TERMS)


def lemma(word: str) -> str:
    """The glossary word an inflected English word comes from, or the word itself.

    Only plural "-s/-es/-ies", "-ed/-ied" and "-ing" are undone, and only into a word the
    glossary has, so a word it does not know is never guessed at. Vietnamese syllables end
    in a vowel or in c, ch, m, n, ng, nh, p, t: none of them is touched.

    >>> lemma("agencies"), lemma("taxes"), lemma("inspected"), lemma("submitted")
    ('agency', 'tax', 'inspect', 'submit')
    >>> lemma("goods"), lemma("seed"), lemma("business"), lemma("nghiep")
    ('goods', 'seed', 'business', 'nghiep')
    """
    return _find([word]) or word


def _find(words: list[str]) -> str | None:
    """The glossary key for these words, as written or with the last one, the head of an
    English phrase, in its base form ("measuring instruments"), or the first one, a phrasal
    verb's ("setting up"); None if there is none."""
    key = " ".join(words)
    if key in _TERMS:
        return key
    if len(words[-1]) > 3:
        for candidate in _candidates(words[-1]):
            based = " ".join([*words[:-1], candidate])
            if based in _TERMS:
                return based
    # A phrasal verb inflects its first word: "setting up", "carried out".
    if len(words) > 1 and len(words[0]) > 3:
        for candidate in _candidates(words[0]):
            based = " ".join([candidate, *words[1:]])
            if based in _TERMS:
                return based
    return None


def _candidates(word: str) -> Iterator[str]:
    if word.endswith("ies"):
        yield word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        yield word[:-1]
    if word.endswith("es"):
        yield word[:-2]
    if word.endswith("ied"):
        yield word[:-3] + "y"
    # "agreed" is "agree", but "seed" and "need" are no "see" and "nee".
    if word.endswith("ed") and not (word.endswith("eed") and len(word) <= 5):
        stem = word[:-2]
        yield from (word[:-1], stem)
        if len(stem) > 2 and stem[-1] == stem[-2]:
            yield stem[:-1]  # "planned"
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        yield from (stem, stem + "e")
        if len(stem) > 2 and stem[-1] == stem[-2]:
            yield stem[:-1]  # "planning"
    # An adverb is read by its adjective: "internationally", "easily", "quickly".
    if word.endswith("ily") and len(word) > 5:
        yield word[:-3] + "y"
    elif word.endswith("ly") and len(word) > 5:
        yield word[:-2]


class _Glossary(Mapping[str, str]):
    """The glossary as a read-only mapping whose look-ups also read inflected forms:
    ``"universities" in ENGLISH_TERMS`` and ``ENGLISH_TERMS["labs"]`` hold, though only
    "university" and "lab" are listed."""

    def __init__(self, terms: dict[str, str]) -> None:
        self._terms = terms

    def _key(self, key: object) -> str | None:
        return _find(key.split()) if isinstance(key, str) and key.strip() else None

    def __getitem__(self, key: str) -> str:
        found = self._key(key)
        if found is None:
            raise KeyError(key)
        return self._terms[found]

    def __contains__(self, key: object) -> bool:
        return self._key(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)


ENGLISH_TERMS: Mapping[str, str] = _Glossary(_TERMS)


# "help companies track …", "helping us export …", "so companies can track …", "for firms to
# apply …", "let us register …", "getting more companies to use …": whom it is for, then what
# it lets them do, which is the topic.
_FOR_WHOM = (
    r"(?:(?:more|small|local|foreign|our|other) )?(?:companies|businesses|firms|enterprises|smes"
    r"|producers|manufacturers|exporters|us|them|people)"
)
_HELP_TO_DO = re.compile(
    rf"\b(?:help(?:s|ing|ed)? {_FOR_WHOM} (?:to )?|so (?:that )?{_FOR_WHOM} (?:can|could|will"
    rf"|would|may) (?:be able to )?|for {_FOR_WHOM} to |(?:let|lets|letting|allow|allows|allowing"
    rf"|enable|enables|enabling) {_FOR_WHOM} (?:to )?|(?:get|gets|getting|encourage|encourages"
    rf"|encouraging|persuade|push|pushing) {_FOR_WHOM} to )(?=(\w+))"
)


def _help_dropped(text: str) -> str:
    """The text without a "help companies" that a doing follows.

    >>> _help_dropped("anything to help companies track where products come from")
    'anything to track where products come from'
    >>> _help_dropped("help companies with exports")
    'help companies with exports'
    >>> _help_dropped("anything so companies can track products"), _help_dropped("for us to sell")
    ('anything track products', 'sell')
    """
    return _HELP_TO_DO.sub(lambda m: "" if "verb" in wordnet.kinds(m[1]) else m[0], text)


# "our factory staff", "my sales team": the business's own people, whatever they do
_OUR_PEOPLE = re.compile(
    r"\b(?:our|my)((?: [a-z]+){1,2}) (staff|employees|workers|people|personnel|team)\b"
)


def _our_people(text: str) -> str:
    """ "our factory staff" as "our staff" (the plans' người lao động), unless the words
    make a phrase of the glossary ("our health workers").

    >>> _our_people("training for our factory staff"), _our_people("our health workers")
    ('training for our staff', 'our health workers')
    """

    def plain(m: re.Match[str]) -> str:
        said = m[1].split()
        if _find((*said, m[2])) or set(said) & (_EVERYDAY | _DETERMINERS):
            return m[0]
        return "our staff"

    return _OUR_PEOPLE.sub(plain, text)


def translate(text: str) -> str:
    """Folded English topic words replaced by the plans' Vietnamese ones, longest phrase
    first; framing words dropped; anything else left as it is.

    >>> translate("whistleblower protection")
    'nguoi to giac bao ve'
    >>> translate("Sở KH&CN")  # not folded, not English: untouched
    'Sở KH&CN'
    """
    text = _our_people(_help_dropped(text))
    tokens = list(_TOKEN.finditer(text))
    out: list[str] = []
    done = 0  # how much of the text is already in ``out``
    i = 0
    while i < len(tokens):
        size, value = _phrase_at(text, tokens, i)
        if size:
            start, end = tokens[i].start(), tokens[i + size - 1].end()
            out.append(text[done:start])
            out.append(value)
            done = end
            i += size
        else:
            i += 1
    out.append(text[done:])
    return " ".join("".join(out).split()) if done else text


# Capitals that name a thing in English but fold to a Vietnamese word: "AI" is no "ai" (who).
_CAPITALS = {"AI": "artificial intelligence"}
_CAPITAL = re.compile(r"\b[A-Z][A-Z0-9&]{1,6}\b")


def capitals(original: str) -> list[str]:
    """The words of a question written in capitals ("KPI", "IAEA"), folded: a plan may write
    them as they are.

    >>> capitals("Any KPI for the IAEA work?")
    ['kpi', 'iaea']
    """
    return [m[0].lower() for m in _CAPITAL.finditer(original)]


def spell_capitals(original: str, folded: str) -> str:
    """The folded question with the capitals that fold to a Vietnamese word spelled out.

    >>> spell_capitals("Is AI used?", "is ai used")
    'is artificial intelligence used'
    """
    for short, spelled in _CAPITALS.items():
        if re.search(rf"\b{short}\b", original):
            folded = re.sub(rf"\b{short.lower()}\b", spelled, folded)
    return folded


def phrases(text: str) -> dict[str, str]:
    """The Vietnamese words that :func:`translate` puts for ``text``, each with the English
    it stands for; each is one word of the plans ("ngân hàng"), though no plan may write it.

    >>> phrases("taxes on banks and supply chains")
    {'thue': 'taxes', 'ngan hang': 'banks', 'chuoi cung ung': 'supply chains'}
    """
    text = _our_people(_help_dropped(text))
    tokens = list(_TOKEN.finditer(text))
    found: dict[str, str] = {}
    i = 0
    while i < len(tokens):
        size, value = _phrase_at(text, tokens, i)
        if value:
            found.setdefault(value, " ".join(m[0] for m in tokens[i : i + size]))
        i += size or 1
    return found


_DETERMINERS = frozenset("the a an our their my your his her its this that these those".split())
# Words that end a phrasal verb: "set up", "carry out", "put money into".
_PARTICLES = frozenset("up out off in on into onto with over down back away".split())


def kind(english: str) -> str | None:
    """What an English word or phrase mostly is to WordNet ("noun", "verb", "adj", "adv"):
    a phrase by its head, its last word, or a verb when that is a particle; a word in its
    base form when WordNet lacks the form written. None where WordNet knows nothing.

    A form WordNet lacks is read by its base forms: "using" is a verb if "use" is one (not
    the noun "us"), "easier" is what "easy" is.

    >>> kinds = [kind(w) for w in ("supply chains", "setting up", "using", "easier")]
    >>> kinds if wordnet.available() else ["noun", "verb", "verb", "adj"]
    ['noun', 'verb', 'verb', 'adj']
    """
    words = english.split()
    if not words:
        return None
    if len(words) > 1 and words[-1] in _PARTICLES:
        return "verb"
    head = words[-1]
    bases = _base_forms(head)
    if head.endswith(("ing", "ed")) and any("verb" in wordnet.kinds(f) for f in bases):
        return "verb"  # WordNet's "using" is also a noun
    if head.endswith("s") and any("noun" in wordnet.kinds(f) for f in bases):
        return "noun"  # "fines", though "fine" is mostly a quality
    based = [k for form in bases if (k := wordnet.usual_kind(form))]
    return wordnet.usual_kind(head) or (based[0] if based else None)


def _base_forms(word: str) -> list[str]:
    """The forms an inflected English word may come from: a plural's, a verb's, and a
    comparative's ("easier" is "easy", "larger" "large")."""
    forms = list(_candidates(word))
    if word.endswith("ing") and len(word) == 5:  # "using", "doing": too short to be cut above
        forms += [word[:-3], word[:-3] + "e"]
    if word.endswith("ier") and len(word) > 5:
        forms.append(word[:-3] + "y")
    elif word.endswith("er") and len(word) > 5:
        forms += [word[:-2], word[:-1]]
    return forms


def names_a_thing(english: str) -> bool:
    """Whether the English a glossary word stands for may name a thing, not only a doing:
    a phrasal verb does not ("setting up"), nor a word WordNet knows only as a verb or a
    quality ("compiling"); a noun may be a verb too ("tax", "rate").

    >>> [names_a_thing(w) for w in ("import tax", "compiling", "setting up")]
    [True, False, False]
    """
    words = english.split()
    if not words or (len(words) > 1 and words[-1] in _PARTICLES):
        return False
    head = words[-1]
    # "compiling" is a noun to WordNet too; its verb says what it is here.
    forms = (*_candidates(head), head) if head.endswith(("ing", "ed")) else (head,)
    for form in (*forms, *_candidates(head)):
        if found := wordnet.kinds(form):
            return "noun" in found
    return True


def _phrase_at(text: str, tokens: list[re.Match[str]], i: int) -> tuple[int, str]:
    """The longest glossary phrase starting at token ``i``: its length in words and its
    Vietnamese; (0, "") if none."""
    for size in range(min(_LONGEST, len(tokens) - i), 0, -1):
        window = tokens[i : i + size]
        if any(
            not _GAP.fullmatch(text[a.end() : b.start()])
            for a, b in zip(window, window[1:], strict=False)
        ):
            continue
        words = [m[0] for m in window]
        if size > 1 and words[-1] in _DETERMINERS and words[-1] not in ("a", "an"):
            continue  # "talk directly with the …" ends on a word of what follows; "m a" does not
        # "pay their health insurance": a phrase the glossary has, with a determiner inside
        inner = [w for k, w in enumerate(words) if not k or w not in _DETERMINERS]
        key = _find(words) or (_find(inner) if len(inner) < len(words) else None)
        if key is not None and size > 1 and words[0] in _DETERMINERS:
            # "the public health insurance scheme": not "the public", when the words after
            # the determiner open a phrase that reaches further
            later, _ = _phrase_at(text, tokens, i + 1)
            if i + 1 + later > i + size:
                return 0, ""
        if key is not None:
            return size, _TERMS[key]
    nearest = _through_wordnet(tokens[i][0])
    return (1, nearest) if nearest else (0, "")


# Words that frame any question; their WordNet senses lead nowhere ("does" is a deer).
_EVERYDAY = frozenset(
    """task tasks plan plans mean means meant does doing done have having need needs want
    wants know tell give show make made thing things anything something everything there
    about would could should this that these those what when where which whom whose
    our your their they them with from into also just only like will shall must some many
    much more most other others each every please thanks help asks says said able gets
    going goes come comes take takes run runs running carry carries carried carrying
    look looks find found kind sort part whole entire overall
    parts way ways year years month months time times week weeks today here
    being been given keep keeps kept getting setting""".split()
)


@cache
def _through_wordnet(word: str) -> str | None:
    """A word the glossary lacks, by the first synonym or broader term of it that the
    glossary has ("audits" → "inspect" → kiểm tra); None if none has it.

    >>> _through_wordnet("audits") if wordnet.available() else "kiem tra"
    'kiem tra'
    >>> _through_wordnet("changed") != "song"
    True
    """
    if len(word) <= 3 or not word.isalpha() or word in _EVERYDAY:
        return None
    for form in (word, *_candidates(word)):
        if form != word and word.endswith(("ed", "ing")) and "verb" not in wordnet.kinds(form):
            continue  # "changed" is "change", not "chang", the Yangtze (a river)
        for other in wordnet.related(form):
            key = _find(other.split())
            if key is not None and _TERMS[key]:
                return _TERMS[key]
    return None
