"""Which language a chat message is written in, and so the conversation's.

The chat is Dutch first: a message only moves a conversation to another language
when it clearly is one. Short Latin-script messages ("ok", "ja", "help", "please")
say nothing unless they carry letters only one of our languages has (ş, ğ, ı in
Turkish; ą, ę, ł... in Polish); a message with Dutch function words stays Dutch
whatever else is mixed in, because its writer reads Dutch. Arabic and Cyrillic
script decide at once. For the rest py3langid, restricted to the languages the
chat serves (and German and French, so their writers are not mistaken for
English), gives the language with a probability.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

DEFAULT_LANGUAGE = "nl"
# Languages with a danger lexicon and a message catalogue.
SERVED = ("nl", "en", "tr", "pl", "ar", "uk")
# Also offered to the identifier: without them a German message reads as English.
_CONFUSABLE = ("de", "fr")
MIN_WORDS = 3  # a Latin-script message shorter than this decides nothing
MIN_PROBABILITY = 0.9
# How many of the latest decided messages make up the conversation's language.
RECENT = 3
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_OWN_LETTERS = {"tr": set("şğı"), "pl": set("ąęłśźżćń")}
# Dutch function words that no other served language shares (not "de", "ben",
# "kan", "van", "met", "want", "er", "ze"...): two of them make a message
# Dutch, however much English or Turkish it also has.
DUTCH_MARKERS = frozenset(
    [
        "ik",
        "jij",
        "hij",
        "zij",
        "het",
        "een",
        "niet",
        "mijn",
        "mn",
        "m'n",
        "wat",
        "dat",
        "naar",
        "voor",
        "maar",
        "heeft",
        "heb",
        "hebt",
        "geen",
        "niks",
        "niets",
        "bij",
        "ook",
        "echt",
        "wel",
        "nu",
        "thuis",
        "jullie",
        "ons",
        "hem",
        "haar",
        "zijn",
        "wordt",
        "word",
        "moet",
        "mag",
        "gaat",
        "kun",
        "kunt",
        "wil",
        "ben",
        "bent",
        "waar",
        "waarom",
        "hoe",
        "wie",
        "omdat",
        "als",
        "dan",
        "zou",
        "kon",
        "doet",
        "deed",
        "zegt",
        "zei",
        "alleen",
        "altijd",
        "nooit",
        "weet",
        "weg",
        "mee",
        "uit",
        "toen",
        "alles",
        "nog",
        "deze",
        "dit",
        "daar",
        "hier",
        "veel",
        "heel",
        "erg",
        "misschien",
        "graag",
        "bedankt",
        "dank",
        "hoeveel",
        "welke",
        "wanneer",
        "worden",
        "werd",
        "onze",
        "jouw",
        "hun",
        "zich",
        "kinderen",
        "moeder",
        "vader",
        "kind",
        "huis",
        "steeds",
        "gewoon",
        "eigenlijk",
        "samen",
        "krijgen",
        "krijg",
        "tegen",
    ]
)
# English small words: a message taken for English must have one, so markup,
# code or a list of names does not switch a chat ("<script>window...").
ENGLISH_MARKERS = frozenset(
    [
        "i",
        "me",
        "my",
        "you",
        "your",
        "he",
        "she",
        "him",
        "her",
        "it",
        "we",
        "they",
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "what",
        "how",
        "why",
        "when",
        "where",
        "who",
        "can",
        "could",
        "will",
        "would",
        "should",
        "please",
        "help",
        "this",
        "that",
        "there",
        "here",
        "now",
        "just",
        "im",
        "i'm",
        "don't",
        "can't",
    ]
)
# A marker counts when at least this many appear.
DUTCH_MARKER_MIN = 2


class LanguageDetector:
    """Identifies the language of one message; the model loads on first use."""

    def __init__(self) -> None:
        self._identifier: Any = None

    def detect(self, text: str) -> str | None:
        """The message's language (ISO 639-1), or None when it does not say.

        None is not "Dutch": it leaves the conversation's language as it was.
        Languages the chat does not serve come back as None too.
        """
        letters = [c for c in text if c.isalpha()]
        if len(letters) < 2:
            return None
        arabic = len(_ARABIC.findall(text))
        cyrillic = len(_CYRILLIC.findall(text))
        if arabic * 2 > len(letters):
            return "ar"
        if cyrillic * 2 > len(letters):
            return "uk"
        words = [w.lower() for w in _WORD.findall(text)]
        markers = sum(w in DUTCH_MARKERS for w in set(words))
        if markers >= DUTCH_MARKER_MIN:
            return DEFAULT_LANGUAGE
        lowered = set(text.lower())
        own = [lang for lang, chars in _OWN_LETTERS.items() if lowered & chars]
        if len(own) == 1 and len(words) < MIN_WORDS:
            return own[0]
        if len(words) < MIN_WORDS:
            return None
        language, probability = self._identify(text)
        if language not in SERVED:
            return None
        if probability < MIN_PROBABILITY and language not in own:
            return None
        if language == "en" and not set(words) & ENGLISH_MARKERS:
            # Markup, code or a name list is "English" to the identifier.
            return None
        if language == DEFAULT_LANGUAGE and not markers:
            # Polish or Turkish typed without its letters can read as Dutch
            # ("on mnie bije"); Dutch nearly always has one of its small words.
            return None
        return language

    def guess(self, text: str) -> str | None:
        """The most likely served language other than Dutch, however unsure.

        For a message :meth:`detect` cannot place: its danger is read in this
        language too, so an unsure reading costs one lexicon, not all of them.
        """
        words = _WORD.findall(text)
        if len(words) < MIN_WORDS:
            return None
        for language, _ in self._loaded().rank(text):
            if language in SERVED and language != DEFAULT_LANGUAGE:
                return str(language)
        return None

    def _identify(self, text: str) -> tuple[str, float]:
        language, probability = self._loaded().classify(text)
        return str(language), float(probability)

    def _loaded(self) -> Any:
        """The identifier, loaded on first use (not at import or start-up)."""
        if self._identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            identifier = LanguageIdentifier.from_pickled_model(
                MODEL_FILE, norm_probs=True
            )
            identifier.set_languages(list(SERVED) + list(_CONFUSABLE))
            self._identifier = identifier
        return self._identifier


def conversation_language(detected: Iterable[str | None]) -> str:
    """The language to answer in, from each user message's detection in order.

    The language of the recent messages, not of one: of the last ``RECENT``
    messages that said something, the language most of them are in, the latest
    breaking a tie. The first clear message decides a new conversation, so a
    Turkish cry for help is answered in Turkish at once.
    """
    decided = [d for d in detected if d]
    recent = decided[-RECENT:]
    if not recent:
        return DEFAULT_LANGUAGE
    counts = {lang: recent.count(lang) for lang in recent}
    best = max(counts.values())
    return next(lang for lang in reversed(recent) if counts[lang] == best)
