"""Load, validate and look up advice entries (pure Python, no Rasa imports)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.advice.rules import text_problems

AUDIENCES = ("iedereen", "zelf", "ander", "professional", "kind", "pleger")
DEFAULT_AUDIENCE = "iedereen"
_FILE_FIELDS = {"topic", "title", "sources", "advice"}
_FIELDS = {"id", "version", "audience", "text"}
_SOURCE_FIELDS = {"url", "checked", "supports"}
_ID = re.compile(r"[a-z0-9_-]+")
MAX_TITLE_CHARS = 40


class AdviceLibraryError(ValueError):
    """The advice library is invalid; the message names the file and entry."""


@dataclass(frozen=True)
class Source:
    """Where a topic's facts come from, and when someone last checked it."""

    url: str
    checked: date
    supports: str = ""


@dataclass(frozen=True)
class Advice:
    """One advice text for one audience, versioned so records can point at it."""

    id: str
    version: int
    topic: str
    audience: str
    text: str


@dataclass(frozen=True)
class Topic:
    """A topic's title and sources; its texts are the library's entries."""

    name: str
    title: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class AdviceLibrary:
    """All advice entries, by id and by (topic, audience)."""

    entries: tuple[Advice, ...]
    topic_info: tuple[Topic, ...] = ()

    @property
    def topics(self) -> tuple[str, ...]:
        """Topics in file order."""
        return tuple(dict.fromkeys(a.topic for a in self.entries))

    def title(self, topic: str) -> str:
        """The topic's button title (the topic name when the file gave none)."""
        for info in self.topic_info:
            if info.name == topic:
                return info.title
        return topic

    def get(self, advice_id: str) -> Advice:
        """The entry with this id (KeyError when unknown)."""
        for advice in self.entries:
            if advice.id == advice_id:
                return advice
        raise KeyError(advice_id)

    def has_audience(self, topic: str, audience: str) -> bool:
        """Whether the topic has a text written for this audience."""
        return any(a.topic == topic and a.audience == audience for a in self.entries)

    def for_topic(self, topic: str, audience: str | None = None) -> Advice:
        """The entry of a topic for an audience, else the topic's default entry.

        The default is safe for anyone: the load rules keep the victim's comfort
        out of it, so a professional or a pleger falls back on neutral text.

        Raises:
            KeyError: when the topic is unknown.
        """
        default = None
        for advice in self.entries:
            if advice.topic != topic:
                continue
            if advice.audience == audience:
                return advice
            if advice.audience == DEFAULT_AUDIENCE:
                default = advice
        if default is None:
            raise KeyError(topic)
        return default


def load_library(directory: Path) -> AdviceLibrary:
    """Read every ``*.yml`` file in ``directory`` and validate the whole library."""
    files = sorted(directory.glob("*.yml"))
    if not files:
        raise AdviceLibraryError(f"{directory}: no advice files (*.yml) found")
    entries: list[Advice] = []
    topics: list[Topic] = []
    for path in files:
        topic, file_entries = read_file(path)
        topics.append(topic)
        entries.extend(file_entries)
    validate(entries)
    return AdviceLibrary(entries=tuple(entries), topic_info=tuple(topics))


def read_file(path: Path) -> tuple[Topic, list[Advice]]:
    """Parse and validate one topic file (its topic is its file name)."""
    try:
        raw = yaml.safe_load(path.read_text("utf-8"))
    except yaml.YAMLError as exc:
        raise AdviceLibraryError(f"{path}: invalid YAML: {exc}") from exc
    return parse_file(raw, path.name, expected_topic=path.stem)


def parse_file(raw: Any, where: str, expected_topic: str) -> tuple[Topic, list[Advice]]:
    """Validate one file's content into its topic and entries."""
    if not isinstance(raw, dict) or set(raw) != _FILE_FIELDS:
        raise AdviceLibraryError(
            f"{where}: expected exactly the top-level keys {sorted(_FILE_FIELDS)}"
        )
    if raw["topic"] != expected_topic:
        raise AdviceLibraryError(f"{where}: topic must equal the file name")
    title = raw["title"]
    if not isinstance(title, str) or not 0 < len(title.strip()) <= MAX_TITLE_CHARS:
        raise AdviceLibraryError(
            f"{where}: title must be text of at most {MAX_TITLE_CHARS} characters"
        )
    sources = _sources(raw["sources"], where)
    items = raw["advice"]
    if not isinstance(items, list) or not items:
        raise AdviceLibraryError(f"{where}: 'advice' must be a non-empty list")
    entries = [
        _entry(item, f"{where}[{i}]", expected_topic) for i, item in enumerate(items)
    ]
    return Topic(expected_topic, title.strip(), sources), entries


def _sources(raw: Any, where: str) -> tuple[Source, ...]:
    if not isinstance(raw, list) or not raw:
        raise AdviceLibraryError(f"{where}: 'sources' must be a non-empty list")
    sources = []
    for i, item in enumerate(raw):
        here = f"{where}: sources[{i}]"
        if not isinstance(item, dict) or not {"url", "checked"} <= set(item):
            raise AdviceLibraryError(f"{here}: needs 'url' and 'checked'")
        if set(item) - _SOURCE_FIELDS:
            raise AdviceLibraryError(
                f"{here}: unknown keys {sorted(set(item) - _SOURCE_FIELDS)}"
            )
        url, checked = item["url"], item["checked"]
        if not isinstance(url, str) or not url.startswith("https://"):
            raise AdviceLibraryError(f"{here}: url must start with https://")
        if not isinstance(checked, date):
            raise AdviceLibraryError(f"{here}: checked must be a date (YYYY-MM-DD)")
        sources.append(Source(url, checked, str(item.get("supports") or "")))
    return tuple(sources)


def _entry(item: Any, where: str, topic: str) -> Advice:
    if not isinstance(item, dict):
        raise AdviceLibraryError(f"{where}: expected a mapping")
    unknown = sorted(set(item) - _FIELDS)
    if unknown:
        raise AdviceLibraryError(f"{where}: unknown keys {unknown}")
    missing = sorted(_FIELDS - set(item))
    if missing:
        raise AdviceLibraryError(f"{where}: missing fields {missing}")
    where = f"{where} ({item['id']})"
    if not isinstance(item["id"], str) or not _ID.fullmatch(item["id"]):
        raise AdviceLibraryError(f"{where}: id must match [a-z0-9_-]+")
    if not isinstance(item["version"], int) or item["version"] < 1:
        raise AdviceLibraryError(f"{where}: version must be a positive integer")
    if item["audience"] not in AUDIENCES:
        raise AdviceLibraryError(f"{where}: audience must be one of {list(AUDIENCES)}")
    if not isinstance(item["text"], str) or not item["text"].strip():
        raise AdviceLibraryError(f"{where}: text must be non-empty text")
    text = item["text"].strip()
    problems = text_problems(item["audience"], text)
    if problems:
        raise AdviceLibraryError(f"{where}: " + "; ".join(problems))
    return Advice(
        id=item["id"],
        version=item["version"],
        topic=topic,
        audience=item["audience"],
        text=text,
    )


def validate(entries: list[Advice]) -> None:
    """Library-wide rules: unique ids; per topic one default and one per audience."""
    seen: set[str] = set()
    slots: set[tuple[str, str]] = set()
    for advice in entries:
        if advice.id in seen:
            raise AdviceLibraryError(f"duplicate advice id {advice.id!r}")
        seen.add(advice.id)
        key = (advice.topic, advice.audience)
        if key in slots:
            raise AdviceLibraryError(
                f"topic {advice.topic!r} has two entries for audience "
                f"{advice.audience!r}"
            )
        slots.add(key)
    for topic in dict.fromkeys(a.topic for a in entries):
        if (topic, DEFAULT_AUDIENCE) not in slots:
            raise AdviceLibraryError(
                f"topic {topic!r} has no '{DEFAULT_AUDIENCE}' entry"
            )
