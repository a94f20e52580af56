"""Load, validate and look up advice entries (pure Python, no Rasa imports)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

AUDIENCES = ("iedereen", "zelf", "ander", "professional")
DEFAULT_AUDIENCE = "iedereen"
_FIELDS = {"id", "version", "topic", "audience", "text", "source"}
_ID = re.compile(r"[a-z0-9_-]+")


class AdviceLibraryError(ValueError):
    """The advice library is invalid; the message names the file and entry."""


@dataclass(frozen=True)
class Advice:
    """One advice text for one audience, versioned so records can point at it."""

    id: str
    version: int
    topic: str
    audience: str
    text: str
    source: str


@dataclass(frozen=True)
class AdviceLibrary:
    """All advice entries, by id and by (topic, audience)."""

    entries: tuple[Advice, ...]

    @property
    def topics(self) -> tuple[str, ...]:
        """Topics in file order."""
        return tuple(dict.fromkeys(a.topic for a in self.entries))

    def get(self, advice_id: str) -> Advice:
        """The entry with this id (KeyError when unknown)."""
        for advice in self.entries:
            if advice.id == advice_id:
                return advice
        raise KeyError(advice_id)

    def for_topic(self, topic: str, audience: str | None = None) -> Advice:
        """The entry of a topic for an audience, else the topic's default entry.

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
    for path in files:
        try:
            raw = yaml.safe_load(path.read_text("utf-8"))
        except yaml.YAMLError as exc:
            raise AdviceLibraryError(f"{path}: invalid YAML: {exc}") from exc
        entries.extend(parse_file(raw, path.name, expected_topic=path.stem))
    validate(entries)
    return AdviceLibrary(entries=tuple(entries))


def parse_file(raw: Any, where: str, expected_topic: str | None = None) -> list[Advice]:
    """Validate one file's content (``{"advice": [...]}``) into entries."""
    if not isinstance(raw, dict) or set(raw) != {"advice"}:
        raise AdviceLibraryError(f"{where}: expected one top-level key 'advice'")
    items = raw["advice"]
    if not isinstance(items, list) or not items:
        raise AdviceLibraryError(f"{where}: 'advice' must be a non-empty list")
    return [
        _entry(item, f"{where}[{i}]", expected_topic) for i, item in enumerate(items)
    ]


def _entry(item: Any, where: str, expected_topic: str | None) -> Advice:
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
    if expected_topic is not None and item["topic"] != expected_topic:
        raise AdviceLibraryError(f"{where}: topic must equal the file name")
    for key in ("text", "source", "topic"):
        if not isinstance(item[key], str) or not item[key].strip():
            raise AdviceLibraryError(f"{where}: {key} must be non-empty text")
    return Advice(
        id=item["id"],
        version=item["version"],
        topic=item["topic"],
        audience=item["audience"],
        text=item["text"].strip(),
        source=item["source"].strip(),
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
