"""Message catalogues: every fixed text of the chat, one YAML file per language.

``bot/i18n/<language>.yml`` holds a language's replies (the 112 and 0800-2000
answers, the escalation and out-of-hours notices, a few basic answers), the chat
page's fixed texts and the keywords that pick a basic answer. Dutch is the
source; every other catalogue must have exactly its keys, so a missing
translation fails the tests, not a frightened chatter. A second author who
writes the language checks each text (see bot/i18n/README.md).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from bot.danger.patterns import normalise
from bot.language.detect import DEFAULT_LANGUAGE, SERVED

# Catalogue keys whose Dutch text is an existing domain response of its own.
DUTCH_RESPONSES = {
    "danger_acute": "utter_danger_acute",
    "danger_high": "utter_danger_high",
    "danger_high_other": "utter_danger_high_other",
    "danger_high_pleger": "utter_danger_high_pleger",
    "escalated_acute": "utter_escalated_acute",
    "escalated": "utter_escalated",
    "escalation_failed": "utter_escalation_failed",
}
# The basic answers a keyword can pick, in the order that wins a tie.
BASIC_ANSWERS = ("huisverbod", "someone_else", "interpreter", "free_anonymous", "about")
DIRECTIONS = ("ltr", "rtl")
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)


class CatalogueError(ValueError):
    """A catalogue file is missing, not valid YAML, or lacks keys."""


@dataclass(frozen=True)
class Catalogue:
    """One language's texts."""

    language: str
    name_nl: str  # the language's Dutch name, for the worker ("Turks")
    name: str  # the language's own name, for the page's menu ("Türkçe")
    direction: str  # ltr | rtl
    responses: dict[str, str]
    page: dict[str, str]
    keywords: dict[str, tuple[tuple[str, ...], ...]]

    def response_name(self, key: str) -> str:
        """The Rasa response that sends the text ``key`` in this language."""
        if key not in self.responses:
            raise KeyError(key)
        return response_name(key, self.language)

    def basic_answer(self, text: str) -> str | None:
        """The basic answer a message asks for by its keywords, if any."""
        # Every message of a chat is checked against every catalogue, so each
        # phrase is one compiled search over the message's words (a Python loop
        # over words and phrases cost 4 ms a message).
        joined = " ".join(normalise(w) for w in _WORDS.findall(text))
        best, best_hits = None, 0
        for key in BASIC_ANSWERS:
            hits = sum(
                _phrase_pattern(phrase).search(joined) is not None
                for phrase in self.keywords.get(key, ())
            )
            if hits > best_hits:
                best, best_hits = key, hits
        return best


def response_name(key: str, language: str) -> str:
    """The Rasa response of catalogue text ``key`` in ``language``.

    Dutch keeps its existing response names; the others are generated into
    data/domain/languages.yml as ``utter_<key>_<language>``.
    """
    if language == DEFAULT_LANGUAGE and key in DUTCH_RESPONSES:
        return DUTCH_RESPONSES[key]
    return f"utter_{key}_{language}"


def response_language(name: str | None) -> str | None:
    """The language a Rasa response is written in (None: not a response)."""
    if not name or not name.startswith("utter_"):
        return None
    for language in SERVED:
        if language != DEFAULT_LANGUAGE and name.endswith(f"_{language}"):
            return language
    return DEFAULT_LANGUAGE


@cache
def _phrase_pattern(phrase: tuple[str, ...]) -> re.Pattern[str]:
    """Whole words in a row; a keyword ending in ``*`` matches any word it starts."""
    steps = [
        re.escape(word[:-1]) + "[^ ]*" if word.endswith("*") else re.escape(word)
        for word in phrase
    ]
    return re.compile("(?:^| )" + " ".join(steps) + "(?= |$)")


@cache
def interpreter_note(language: str) -> str | None:
    """What the worker reads beside a chat in another language: "Turks: tolk nodig".

    None for Dutch. Read from the catalogue's ``name_nl`` on first use.
    """
    if language == DEFAULT_LANGUAGE:
        return None
    try:
        name = load_catalogue(language).name_nl
    except CatalogueError:
        name = language
    return f"{name}: tolk nodig"


def page_texts_json(catalogues: dict[str, Catalogue]) -> str:
    """The chat page's fixed texts of every language, as JSON safe inside HTML.

    The page reads it from a data block; "<", ">" and "&" are escaped so no
    text can close the block or start markup.
    """
    data = {
        lang: {"name": cat.name, "dir": cat.direction, **cat.page}
        for lang, cat in catalogues.items()
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def load_catalogue(language: str, directory: Path | None = None) -> Catalogue:
    """Read and check one language's catalogue against the Dutch one.

    Raises:
        CatalogueError: naming the file and what is wrong with it.
    """
    raw = _read(language, directory)
    if language == DEFAULT_LANGUAGE:
        return _build(raw, language, raw)
    return _build(raw, language, _read(DEFAULT_LANGUAGE, directory))


def load_catalogues(directory: Path | None = None) -> dict[str, Catalogue]:
    """Every served language's catalogue, by ISO 639-1 code."""
    return {lang: load_catalogue(lang, directory) for lang in SERVED}


def _read(language: str, directory: Path | None) -> dict[str, Any]:
    name = f"{language}.yml"
    try:
        if directory is None:
            text = resources.files("bot.i18n").joinpath(name).read_text("utf-8")
        else:
            text = (directory / name).read_text("utf-8")
    except OSError as exc:
        raise CatalogueError(f"{name}: cannot read: {exc}") from exc
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{name}: invalid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise CatalogueError(f"{name}: expected a mapping")
    return raw


def _build(raw: dict[str, Any], language: str, source: dict[str, Any]) -> Catalogue:
    where = f"{language}.yml"
    if raw.get("language") != language:
        raise CatalogueError(f"{where}: language must be {language!r}")
    if raw.get("direction") not in DIRECTIONS:
        raise CatalogueError(f"{where}: direction must be one of {DIRECTIONS}")
    texts = {}
    for section in ("responses", "page"):
        texts[section] = _texts(raw, source, section, where)
    keywords = raw.get("keywords")
    if not isinstance(keywords, dict) or set(keywords) != set(BASIC_ANSWERS):
        raise CatalogueError(f"{where}.keywords: needs exactly {list(BASIC_ANSWERS)}")
    phrases = {}
    for key, values in keywords.items():
        if not isinstance(values, list) or not all(
            isinstance(v, str) and v.strip() for v in values
        ):
            raise CatalogueError(f"{where}.keywords.{key}: expected a list of words")
        phrases[key] = tuple(
            tuple(normalise(w) for w in v.split()) for v in values if v.split()
        )
    return Catalogue(
        language=language,
        name_nl=str(raw.get("name_nl") or language),
        name=str(raw.get("name") or raw.get("name_nl") or language),
        direction=str(raw["direction"]),
        responses=texts["responses"],
        page=texts["page"],
        keywords=phrases,
    )


def _texts(
    raw: dict[str, Any], source: dict[str, Any], section: str, where: str
) -> dict[str, str]:
    values = raw.get(section)
    wanted = set((source.get(section) or {}).keys())
    if not isinstance(values, dict):
        raise CatalogueError(f"{where}.{section}: expected a mapping")
    missing = sorted(wanted - set(values))
    unknown = sorted(set(values) - wanted)
    if missing or unknown:
        raise CatalogueError(
            f"{where}.{section}: missing keys {missing}, unknown keys {unknown}"
        )
    bad = sorted(k for k, v in values.items() if not (isinstance(v, str) and v.strip()))
    if bad:
        raise CatalogueError(f"{where}.{section}: empty or non-text values {bad}")
    return {k: " ".join(str(v).split()) for k, v in values.items()}
