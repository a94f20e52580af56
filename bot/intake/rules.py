"""Load and validate the intake rules (``rules.yml``), the reviewable data.

Every phrase the intake reacts to lives in that YAML file, in the danger
lexicon's pattern language, so a Veilig Thuis worker can review and extend it
without reading code. A broken file stops loading with the place and the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from bot.danger.patterns import (
    Pattern,
    PatternError,
    PatternList,
    compile_pattern,
    normalise,
)
from bot.intake.model import PEOPLE_CLASSES, WHEN

DEFAULT_RULES = "rules.yml"

_PATTERN_LISTS = (
    "stepparent",
    "speaker_age",
    "age_not",
    "child_cues",
    "child_words",
    "professional",
    "bystander",
    "perpetrator_self",
    "present_yes",
    "present_no",
    "children_yes",
    "children_no",
    "repeated",
    "repeated_not",
    "escalating",
    "since",
    "earlier_police",
    "earlier_ban",
    "substances",
    "safe_yes",
    "safe_no",
    "protective",
    "wishes",
    "callback_yes",
    "callback_no",
    "safe_time",
)
_WORD_LISTS = (
    "young",
    "old",
    "possessive_speaker",
    "possessive_other",
    "self_subject",
    "self_object",
    "other_subject",
    "other_object",
    "passive",
    "by",
    "clause",
    "answer_yes",
    "answer_no",
    "own_without_possessive",
    "adult_classes",
    "correction",
    "spouse",
)


class IntakeRulesError(ValueError):
    """The rules file is invalid; the message names the place and the problem."""


@dataclass(frozen=True)
class IntakeRules:
    """The compiled rules: pattern lists, word lists, people and number words."""

    patterns: dict[str, tuple[Pattern, ...]]
    words: dict[str, frozenset[str]]
    people: dict[str, str]  # normalised word -> relation category
    numbers: dict[str, int]
    when: tuple[tuple[str, tuple[Pattern, ...]], ...]  # in order nu .. eerder


def load_rules(path: Path | None = None) -> IntakeRules:
    """Read and compile the rules file (the packaged one unless ``path`` is given).

    Raises:
        IntakeRulesError: the file is not valid YAML or breaks the schema.
    """
    if path is None:
        text = resources.files("bot.intake").joinpath(DEFAULT_RULES).read_text("utf-8")
        where = DEFAULT_RULES
    else:
        text = path.read_text(encoding="utf-8")
        where = str(path)
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise IntakeRulesError(f"{where}: not valid YAML: {exc}") from exc
    return parse_rules(raw, where)


def parse_rules(raw: Any, where: str = "rules") -> IntakeRules:
    """Compile parsed YAML into :class:`IntakeRules`, checking every part."""
    if not isinstance(raw, dict):
        raise IntakeRulesError(f"{where}: the top level must be a mapping")
    expected = {*_PATTERN_LISTS, *_WORD_LISTS, "people", "numbers", "when"}
    unknown = sorted(set(raw) - expected)
    missing = sorted(expected - set(raw))
    if unknown or missing:
        raise IntakeRulesError(f"{where}: unknown keys {unknown}, missing {missing}")
    patterns = {key: _compile(raw[key], f"{where}: {key}") for key in _PATTERN_LISTS}
    words = {key: _words(raw[key], f"{where}: {key}") for key in _WORD_LISTS}
    return IntakeRules(
        patterns=patterns,
        words=words,
        people=_people(raw["people"], f"{where}: people"),
        numbers=_numbers(raw["numbers"], f"{where}: numbers"),
        when=_when(raw["when"], f"{where}: when"),
    )


def _compile(values: Any, where: str) -> tuple[Pattern, ...]:
    if not isinstance(values, list) or not values:
        raise IntakeRulesError(f"{where}: must be a non-empty list of patterns")
    compiled = []
    for n, value in enumerate(values):
        if not isinstance(value, str) or not value.strip():
            raise IntakeRulesError(f"{where}[{n}]: a pattern must be text")
        try:
            compiled.append(compile_pattern(value))
        except (PatternError, ValueError) as exc:
            raise IntakeRulesError(f"{where}[{n}]: {exc}") from exc
    return PatternList(compiled)


def _words(values: Any, where: str) -> frozenset[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise IntakeRulesError(f"{where}: must be a list of words")
    return frozenset(normalise(v) for v in values)


def _people(raw: Any, where: str) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise IntakeRulesError(f"{where}: must map relations to word lists")
    people: dict[str, str] = {}
    for relation, words in raw.items():
        if relation not in PEOPLE_CLASSES:
            raise IntakeRulesError(f"{where}: unknown relation {relation!r}")
        for word in _words(words, f"{where}: {relation}"):
            if word in people:
                raise IntakeRulesError(
                    f"{where}: {word!r} is both {people[word]} and {relation}"
                )
            people[word] = relation
    return people


def _numbers(raw: Any, where: str) -> dict[str, int]:
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, int) for k, v in raw.items()
    ):
        raise IntakeRulesError(f"{where}: must map number words to whole numbers")
    return {normalise(k): v for k, v in raw.items()}


def _when(raw: Any, where: str) -> tuple[tuple[str, tuple[Pattern, ...]], ...]:
    if not isinstance(raw, dict):
        raise IntakeRulesError(f"{where}: must map moments to pattern lists")
    unknown = sorted(set(raw) - set(WHEN))
    if unknown:
        raise IntakeRulesError(f"{where}: unknown moments {unknown}")
    return tuple(
        (moment, _compile(raw[moment], f"{where}: {moment}"))
        for moment in WHEN
        if moment in raw
    )
