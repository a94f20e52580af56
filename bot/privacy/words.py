"""Load the reviewable word lists of ``words.yml`` (once, on first use).

The lists are data so that a reviewer can add a word the model keeps calling a name
without touching the code; they are validated here so that a typo fails loudly.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

WORDS_FILE = "words.yml"


class WordListError(ValueError):
    """``words.yml`` is missing a section or holds something that is not a word list."""


@dataclass(frozen=True, eq=False)
class WordLists:
    """The word lists, lower case; phrases are tuples of words.

    Compared and hashed by identity: the compiled patterns built from a
    ``WordLists`` are cached per instance, and hashing every list on each lookup
    would cost more than the lookup.
    """

    never_words: frozenset[str]
    never_phrases: tuple[tuple[str, ...], ...]
    strong_cues: tuple[tuple[str, ...], ...]
    weak_cues: tuple[tuple[str, ...], ...]
    titles: frozenset[str]
    relations: frozenset[str]
    particles: frozenset[str]
    first_names: frozenset[str]
    ambiguous_first_names: frozenset[str]
    surnames: tuple[tuple[str, ...], ...]
    places: tuple[str, ...]
    ambiguous_places: tuple[str, ...]
    street_suffixes: tuple[str, ...]
    street_suffixes_with_number: tuple[str, ...]
    not_streets: frozenset[str]
    postcode_words: frozenset[str]
    stop_words: frozenset[str]


@functools.cache
def load_words() -> WordLists:
    """The packaged word lists, read and validated on the first call only."""
    text = resources.files("bot.privacy").joinpath(WORDS_FILE).read_text("utf-8")
    return parse_words(yaml.safe_load(text))


def parse_words(data: Any) -> WordLists:
    """Validate the parsed YAML of a word-list file and build :class:`WordLists`."""
    if not isinstance(data, Mapping):
        raise WordListError("the word lists must be a mapping of sections")
    never = _section(data, "never_redact")
    if not isinstance(never, Mapping) or not never:
        raise WordListError("never_redact must map group names to word lists")
    never_entries = [
        entry for group in never for entry in _words(never, group, "never_redact.")
    ]
    cues = _section(data, "name_cues")
    if not isinstance(cues, Mapping):
        raise WordListError("name_cues must be a mapping")
    # spaCy's Dutch stop words (function words) are never a name either; imported
    # here so that importing this package does not import spaCy.
    from spacy.lang.nl.stop_words import STOP_WORDS

    streets = _section(data, "street_suffixes")
    if not isinstance(streets, Mapping):
        raise WordListError("street_suffixes must be a mapping")
    return WordLists(
        never_words=frozenset(e for e in never_entries if " " not in e),
        never_phrases=tuple(
            sorted(
                {_phrase(e) for e in never_entries if " " in e}, key=len, reverse=True
            )
        ),
        strong_cues=tuple(_phrase(e) for e in _words(cues, "strong", "name_cues.")),
        weak_cues=tuple(_phrase(e) for e in _words(cues, "weak", "name_cues.")),
        titles=frozenset(_words(cues, "titles", "name_cues.")),
        relations=frozenset(_words(cues, "relations", "name_cues.")),
        particles=frozenset(_words(data, "surname_particles")),
        first_names=frozenset(_words(data, "first_names")),
        ambiguous_first_names=frozenset(_words(data, "first_names_ambiguous")),
        surnames=tuple(
            sorted(
                (_phrase(e) for e in _words(data, "surnames")), key=len, reverse=True
            )
        ),
        places=tuple(_words(data, "places")),
        ambiguous_places=tuple(_words(data, "places_ambiguous")),
        street_suffixes=tuple(_words(streets, "common", "street_suffixes.")),
        street_suffixes_with_number=tuple(
            _words(streets, "with_number", "street_suffixes.")
        ),
        not_streets=frozenset(_words(data, "not_streets")),
        postcode_words=frozenset(_words(data, "postcode_words")),
        stop_words=frozenset(STOP_WORDS),
    )


def _section(data: Mapping[str, Any], key: str) -> Any:
    if key not in data:
        raise WordListError(f"section {key!r} is missing")
    return data[key]


def _words(data: Mapping[str, Any], key: str, where: str = "") -> list[str]:
    """A non-empty list of lower-case strings (YAML numbers such as 112 allowed)."""
    value = _section(data, key)
    if not isinstance(value, list) or not value:
        raise WordListError(f"{where}{key} must be a non-empty list")
    words: list[str] = []
    for item in value:
        if not isinstance(item, (str, int)) or isinstance(item, bool):
            raise WordListError(f"{where}{key}: {item!r} is not a word")
        word = " ".join(str(item).split())
        if not word or word != word.lower():
            raise WordListError(f"{where}{key}: {item!r} must be lower case")
        words.append(word)
    return words


def _phrase(entry: str) -> tuple[str, ...]:
    return tuple(entry.split())
