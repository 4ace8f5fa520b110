"""The words of a question that name its topic: in the plans' Vietnamese when it is asked
in English; without what frames it (cue words, a column asked, the agency it sends to or
sets aside, the asker's guess at the answer), and, on a second reading, without the
sentences that say who asks or the agencies it names."""

from __future__ import annotations

import copy
import re
from functools import cached_property

from .. import topics as ranking
from ..agency_names import spelled_out
from ..english import capitals, names_a_thing, spell_capitals
from ..english import phrases as english_phrases
from ..fields import Role
from ..normalize import fold, is_syllable
from ..store import KnowledgeBase
from ..unheld_cues import CONTACT_CUE
from ..words import STOPWORDS, translate_english
from .common import GROUP_WORD, HAD, THROUGH, TOPIC_NOISE, asks_header, header_words, words_of
from .english_words import (
    DOING_SHARE,
    english_share,
    glossary_word,
    glossary_words_kept,
    untranslated,
)
from .lookups import own_words

# Sentences before the question that say who asks: "We're an insurer.", "I work for …".
# (after a greeting: "Hi, I run a small food factory in Binh Duong. …")
ABOUT_US = re.compile(
    r"(?:\s*(?:hi|hello|hey|good (?:morning|afternoon|evening))\b[\s,!.]*)?"
    r"(?:\s*(?:we|i|our|my)\b[^.?!]*[.!])+",
    re.IGNORECASE,
)
# Or after the question: "Anything on cooperation on standards? We export a lot." says why
# the asker asks, no topic of the question's.
_ASKER_AFTER = re.compile(r"(?<=\?)(?:\s*(?:we|i|our|my)\b[^?]*?(?:[.!]|$))+\s*$", re.I)
# The same in Vietnamese, a clause before the question: "e ở phòng kinh tế huyện, …", "mình
# bên sở tài chính: …". Matched on the folded text.
ABOUT_US_VI = re.compile(
    r"\W*(?:(?:chao|xin chao|hi|hello|alo|da)\b[\s,!.]*)?"
    r"(?:(?:ad|admin|bot|anh|chi|a|c)\b[\s,!.]*)?"
    r"(?:em|e|minh|toi|tui|chung toi|chung em|ben em|bon em)"
    r"(?: la (?:can bo|chuyen vien|nhan vien|cong chuc|vien chuc))?"
    r" (?:o|ben|thuoc|lam o|lam viec o|lam viec tai|lam tai|lam ben|cong tac o|cong tac tai"
    r"|dang o|dang lam o)"
    r" [^,.;:!?]{2,60}?[,.;:!?]"
)


def asker_words(text: str, folded: str, lang: str) -> str:
    """The words before the question that say who asks, or nothing.

    >>> asker_words("We're an insurer. Who pays?", "we're an insurer. who pays?", "en")
    "We're an insurer."
    >>> asker_words("e ở phòng kinh tế, ai chủ trì", "e o phong kinh te, ai chu tri", "vi")
    'e o phong kinh te,'
    >>> asker_words("ai chủ trì II.3", "ai chu tri ii.3", "vi")
    ''
    """
    found = ABOUT_US.match(text) if lang == "en" else ABOUT_US_VI.match(folded)
    return found[0] if found else ""


# "ngoài Sở KH&CN", "trừ Bộ Y tế" just before an agency's name: that agency set aside
_BESIDES = re.compile(r"\b(?:ngoai|tru|ngoai tru)\s*$")
# "bộ nào phối hợp với Bộ NN&MT trong việc …": the partner of the one asked, no topic
_PARTNER = re.compile(r"\b(?:phoi hop|cung|ket hop|lam viec|works?|partners?) (?:voi|with)\s*$")
_SENT = re.compile(r"\b(?:gui|nop|chuyen|send|sent|submit|forward)\b")
_TO_WHOM = re.compile(r"\b(?:cho|den|toi|len|to)(?: the)?\s*$")
_OUTPUT_ASKED = re.compile(
    r"\bsan pham(?: (?:dau ra|cuoi cung|(?:phai|can) dat|dat duoc))?\b"
    r"|\b(?:outputs?|deliverables?)\b"
    # "kết quả được thể hiện ra sao", "kết quả là gì": the result asked, not a topic
    r"|\bket qua(?= (?:(?:duoc )?the hien|la gi|ra sao|nhu the nao|(?:phai|can) dat|dat duoc))"
)
# "…, thủ tướng hay ai?": the asker's guess at the answer, no question of its own.
GUESS = re.compile(
    r",\s*((?:\w+ ){0,3}\w+) (?:hay|hoac|or) (?:la )?(?:ai|ben nao|co quan nao|don vi nao"
    r"|someone|who)(?: khac| else)?\W*$"
)


# What a turn reads once, and reads again without the asker or the names.
_READ_ONCE = ("_english_text", "_topic_text", "_english_phrases", "_english_sources", "topic_words")
_MY = re.compile(r"\bmy\b")
_TITLED = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}\b")  # "Green Lane"
# "our company", "our small business": who asks, not what about
_OURS = re.compile(
    r"\bour (?:\w+ ){0,2}?(?:company|business|firm|factory|enterprise|startup|shop|sme)\b", re.I
)
_BREAK = "|"  # where a cue was taken out of the topic's text
# How the asker wants it said, not what about: "In plain words, what is it trying to do?"
_ASIDE = re.compile(
    r"\b(?:in (?:plain|simple|simpler|everyday) (?:words|english|terms|language)|simply put"
    r"|put simply|in short|in a nutshell|roughly speaking|in brief|briefly)\b"
)
_WRITTEN_AS_IS = re.compile(r"\b[a-z]{5,}\b")
_INSTEAD = re.compile(r"\b(?:instead of|rather than|as opposed to)\b(?: \w+){1,4}")


class TopicWordsMixin:
    # The sentences that say who asks, and the agencies named, left out of the topic (see
    # TopicsMixin.topic).
    asker_left_out = False
    names_left_out = False

    @cached_property
    def _topic_text(self) -> str:
        """The question's words, in the plans' Vietnamese when asked in English; without an
        agency it sets aside ("ngoài Sở KH&CN còn ai phối hợp?"), which is no topic, nor,
        on a second reading, any agency it names (see :meth:`topic`)."""
        if self.lang == "en":
            text = self._english_text
            # "the Green Lane deposit transfer": a name the plans write in English, as one
            # word ("Luồng xanh" (Green Lane)), is no glossary phrase to translate
            named = [
                fold(m[0])
                for m in _TITLED.finditer(self.q.text)
                if self.kb.known("_".join(fold(m[0]).split()))
            ]
            for name in named:
                text = f" {text} ".replace(f" {name} ", " ")
            text = " ".join([translate_english(text), *("_".join(n.split()) for n in named)])
        else:
            text = self.q.words
            if self.asker_left_out:
                text = _without_asker(text, self.about_us)
        # (the names' spans read only when some abbreviation is written at all)
        spelled = spelled_out(self.q.folded)
        if spelled:
            spelled = spelled_out(self.q.folded, self.engine.matcher.name_spans(self.q.folded))
        for short, full in spelled.items():
            if not self.kb.known(short.replace(" ", "_")):  # (a plan may write it as a word)
                text = f" {text} ".replace(f" {short} ", f" {full} ").strip()
        if had := HAD.search(self.q.folded):
            # "ngoài Chương trình 12-CTr/BCĐ, …": what the asker has already, no topic
            text = f" {text} ".replace(f" {' '.join(words_of(had[0]))} ", " ").strip()
        if aside := THROUGH.search(self.q.folded):
            # "Chi cục TĐC (trực thuộc Sở KH&CN) chủ trì …": whom it works through, no topic
            text = f" {text} ".replace(f" {' '.join(words_of(aside[0]))} ", " ").strip()
        if guess := GUESS.search(self.q.folded):
            # "…, bộ trưởng hay ai?": the asker's guess at the answer is no topic
            text = f" {text} ".replace(f" {guess[1]} ", " ")
        for a, b in reversed(self.engine.matcher.name_spans(text)):
            if self.names_left_out:
                text = f"{text[:a]} {text[b:]}"
            elif self.lang == "vi" and (m := _BESIDES.search(text[:a])):
                text = f"{text[: m.start()]} {text[b:]}"
            elif self.q.has("asks_who") and _PARTNER.search(text[:a]):
                text = f"{text[:a]} {text[b:]}"
            elif _SENT.search(text[:a]) and (m := _TO_WHOM.search(text[:a])):
                # "gửi góp ý cho UBND tỉnh", "send feedback to the provincial government": where
                # the thing goes, not what it is
                text = f"{text[: m.start()]} {text[b:]}"
            elif spelled := self._spelled_name(text[a:b]):
                # "bo ct lấy kinh phí từ đâu" is about what "Bộ Công Thương" is, written out
                text = f"{text[:a]}{spelled}{text[b:]}"
        return text

    def _spelled_name(self, written: str) -> str:
        """The one agency's name a name written by its initials stands for ("bo ct" for
        "bo cong thuong"), folded; or nothing."""
        found = self.engine.matcher.find(written)
        if len(found) != 1 or not found[0].by_initials or len(found[0].agencies) != 1:
            return ""
        names = self.kb.agency_names(found[0].agencies)
        return " ".join(words_of(names[0])) if names and names[0] else ""

    @cached_property
    def _english_text(self) -> str:
        """An English question's words without its cue words ("which office", "who leads"),
        which go before the rest is translated, else the glossary turns them into words of a
        topic ("office" is "văn phòng")."""
        # "my" folds as "Mỹ" would, but in English it is the asker's; what comes after
        # "instead of" is what is not asked about.
        text = spell_capitals(self.q.text, _without_reason(self.q.words, self.q.text))
        if self.asker_left_out:
            # (first: what is taken out below, "my", "our company", opens those sentences)
            text = _without_asker(text, self.about_us)
        text = _MY.sub(" ", text)
        for ours in _OURS.finditer(fold(self.about_us)):
            # (said in the sentences that say who asks, which come first)
            text = text.replace(ours[0], " ", 1)
        text = _INSTEAD.sub(" ", _ASIDE.sub(" ", text))
        # (Not "contact", which the glossary reads as the focal agency, "đầu mối".)
        for pattern in TOPIC_NOISE:
            if pattern is not CONTACT_CUE:
                text = pattern.sub(" ", text)
        return text

    @cached_property
    def _english_phrases(self) -> dict[str, str]:
        """The glossary's words the question's English translates to, with their English."""
        return english_phrases(self._english_text)

    @cached_property
    def _english_sources(self) -> dict[str, str]:
        """The glossary's words in the question, and every run of their syllables (the
        plans' vocabulary may split them), with the English each stands for."""
        sources = dict(self._english_phrases)
        for phrase, source in self._english_phrases.items():
            syllables = phrase.split()
            for i in range(len(syllables)):
                for j in range(i + 1, len(syllables) + 1):
                    sources.setdefault(" ".join(syllables[i:j]), source)
        return sources

    def _english_weight(self, word: str) -> float:
        """What a word no plan writes weighs in an English question: a glossary word by the
        English it stands for, a thing more than a doing ("ngân hàng" for "banks", not
        "biên soạn" for "compiling"); an English word left as it was by what it is."""
        source = self._english_sources.get(word.replace("_", " "))
        if source is None:
            return english_share(word)
        return ranking.UNKNOWN_SHARE if names_a_thing(source) else DOING_SHARE

    @cached_property
    def topic_words(self) -> list[str]:
        return self._words_of_topic(self._topic_text)

    def reread(self, left_out: str):
        """This turn read again without what ``left_out`` names ("asker_left_out": the
        sentences that say who asks; "names_left_out": the agencies named)."""
        turn = copy.copy(self)
        for read_once in _READ_ONCE:
            turn.__dict__.pop(read_once, None)
        setattr(turn, left_out, True)
        return turn

    @cached_property
    def own_topic_words(self) -> list[str]:
        """The topic's words, without an English question's sentences that say who asks
        ("We're a software startup planning to enter a new market. …", "em ở phòng kinh tế
        huyện, …")."""
        if self.about_us:
            return self.reread("asker_left_out").topic_words
        return self.topic_words

    @cached_property
    def about_us(self) -> str:
        """The words before the question that say who asks ("We're an insurer.", "em ở
        phòng kinh tế huyện,"), or nothing."""
        return asker_words(self.q.text, self.q.folded, self.lang)

    def _words_of_topic(self, text: str) -> list[str]:
        # Periods stay in: a question that did not filter by "hằng năm" is about the words.
        # "nhóm nghiên cứu" is a kind of group the text names: its "nhóm" is a topic word.
        own_group = self._names_a_group_of_its_own
        if self.lang == "en":
            text = glossary_words_kept(text, list(self._english_phrases))
        # A cue taken out leaves a break, not a join: "có thời hạn ban hành" is no "có ban".
        for pattern in TOPIC_NOISE:
            if not (own_group and pattern is GROUP_WORD):
                text = pattern.sub(f" {_BREAK} ", text)
        if Role.PRODUCT in self.q.fields and any(
            Role.PRODUCT in self.kb.columns(p) for p in self.scope or ()
        ):
            # "… có sản phẩm đầu ra là gì?" of a plan with a column for it: that column asked
            # (not "báo cáo kết quả thực hiện", a report's words)
            text = _OUTPUT_ASKED.sub(" ", text)
        # A column named by its own word after a generic one ("cấp nào phê duyệt" for "Cấp
        # phê duyệt") is asked, not a topic; a header that is all its own words ("Kết quả")
        # may be the topic's words too ("báo cáo kết quả thực hiện").
        text = f" {text} "
        for header in self.named_headers:
            own, spelled = own_words(header), header_words(header)
            # (as the glossary joined them in English: "approves" is "phe_duyet")
            said = (spelled, own) if own and own != spelled else ()
            if not said and asks_header(self.q.plain, header):  # "sẽ cho ra sản phẩm gì"
                said = (spelled,)
            for words in said:
                text = text.replace(f" {words} ", " ")
                text = text.replace(f" {words.replace(' ', '_')} ", " ")
            if len(spelled.split()) >= 3:  # named in any order ("bổ sung căn cứ")
                for word in spelled.split():
                    text = text.replace(f" {word} ", " ")
        # (each stretch between breaks on its own: none of its words joins the next one's)
        words = [
            w
            for stretch in text.split(_BREAK)
            for w in self.engine.lexicon.segment(stretch.split(), respell=self.lang != "en")
        ]
        if self.lang == "en":
            words = [s for w in words for s in glossary_word(w, self.engine.lexicon)]
        # Numbers count only when the plans use them as words ("ISO 9001"), not as dates.
        found = [
            w
            for w in (_join_unknown(words, self.kb) if self.lang == "vi" else words)
            if w not in STOPWORDS
            and not (w.isdigit() and (len(w) < 3 or not self.kb.known(w)))
            and not (self.lang == "en" and untranslated(w, self.kb))
        ]
        if self.lang == "en":
            # "KPI", "IAEA": capitals the plans write as they are, whatever the glossary says
            found += [w for w in capitals(self.q.text) if self.kb.known(w) and w not in found]
            # "sandbox", "fintech": English words the plans write as they are, whatever the
            # glossary makes of them
            found += [
                w
                for w in _WRITTEN_AS_IS.findall(self.q.text.lower())
                if not is_syllable(w) and w not in STOPWORDS and self.kb.known(w) and w not in found
            ]
        if not found:
            # "Who pays for all this?": a column asked of no task is looked up in the body.
            asked = [r for r in self.q.fields if r in (Role.BUDGET, Role.PRODUCT, Role.NOTE)]
            found = [w for r in asked for w in self.engine.lexicon.segment(words_of(r.label()))]
        return found


def _join_unknown(words: list[str], kb: KnowledgeBase) -> list[str]:
    """A lone syllable next to one the plans never use is likely half of a word they never
    use ("chữ ký" beside the "ký" of "ngày ký"): the two count as one unknown word."""
    out: list[str] = []
    for word in words:
        previous = out[-1] if out else None
        unknown_pair = previous is not None and (
            (_unknown_syllable(word, kb) and "_" not in previous and kb.known(previous))
            or (_unknown_syllable(previous, kb) and "_" not in word and kb.known(word))
        )
        # (Only Vietnamese syllables: "phát voucher" is no word of two halves.)
        syllables = is_syllable(previous or "") and is_syllable(word)
        if unknown_pair and syllables and previous not in STOPWORDS and word not in STOPWORDS:
            out[-1] = f"{previous}_{word}"
        else:
            out.append(word)
    return out


def _unknown_syllable(word: str, kb: KnowledgeBase) -> bool:
    """A Vietnamese syllable the plans never use; an acronym ("THPT") has no vowel."""
    return not kb.known(word) and "_" not in word and bool(re.search(r"[aeiouy]", word))


def _without_reason(words: str, text: str) -> str:
    """The question's ``words`` without the sentences after it that say why the asker asks.

    >>> _without_reason("any plan on exports we export", "Any plan on exports? We export.")
    'any plan on exports'
    """
    after = _ASKER_AFTER.search(text)
    said, kept = words_of(after[0]) if after else [], words.split()
    return " ".join(kept[: -len(said)]) if said and kept[-len(said) :] == said else words


def _without_asker(text: str, said: str) -> str:
    """``text`` without the words of ``said`` that open it."""
    words = words_of(said)
    return " ".join(text.split()[len(words) :]) if text.split()[: len(words)] == words else text
