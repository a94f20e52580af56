"""Load and validate the danger lexicon (``lexicon.yml``): the reviewable data.

Every phrase the assessor reacts to lives in that YAML file, grouped by indicator
code and by modifier (negation, now, hypothetical, past, victims, speakers), so a
domain expert can review and extend it without reading code.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from bot.danger.model import INDICATOR_CODES, Level
from bot.danger.patterns import (
    Pattern,
    PatternError,
    PatternList,
    compile_pattern,
    normalise,
    normalise_pattern,
)

DEFAULT_LEXICON = "lexicon.yml"


class LexiconError(ValueError):
    """The lexicon file is invalid; the message names the place and the problem."""


@dataclass(frozen=True)
class IndicatorSpec:
    """One indicator code with its Dutch label, solo level and phrases."""

    code: str
    label: str
    level: Level  # level when found alone; GEEN marks a context-only indicator
    harm: bool  # harm or threat to someone: a time word beside it means "now"
    patterns: tuple[Pattern, ...]
    # Milder evidence of the same code: on its own no more than verhoogd, and not
    # counted by a strict combination (a bruise, not a fracture; fear, not a threat).
    mild: tuple[Pattern, ...] = ()
    # Graver evidence of the same code: hoog on its own. Neglect is verhoogd, but
    # an old man starved or with bedsores, or days in the same nappy, is a life in
    # danger (DESIGN.md's neglect that a worker must see first).
    severe: tuple[Pattern, ...] = ()
    # Words said, not done: shouting, insults, belittling. Mild evidence that a
    # time word or a presence never makes acute: "ik hoor hem nu tegen haar
    # schreeuwen" is a row heard now, not violence going on (DESIGN.md's acuut);
    # "ik hoor klappen" or a threat beside it still is.
    verbal: tuple[Pattern, ...] = ()


@dataclass(frozen=True)
class Combination:
    """Indicators that together raise the level (e.g. violence in pregnancy)."""

    all_of: frozenset[str]
    any_of: frozenset[str]
    level: Level
    # Only full-strength evidence counts (stalking *with threats*, not with fear).
    strict: bool = False


@dataclass(frozen=True)
class Lexicon:
    """The compiled lexicon the assessor works from."""

    indicators: dict[str, IndicatorSpec]
    combinations: tuple[Combination, ...]
    acute_exempt: frozenset[str]
    acute_with_child: frozenset[str]
    now_time: tuple[Pattern, ...]
    now_presence: tuple[Pattern, ...]
    not_now: tuple[Pattern, ...]
    weak_now: tuple[Pattern, ...]
    story_now: tuple[Pattern, ...]
    presence_past: tuple[Pattern, ...]
    presence_habit: tuple[Pattern, ...]
    # Words that tell of a past moment: a message in capitals that has one is
    # shouted about then, not now ("GISTEREN HEEFT HIJ ME GESLAGEN").
    shout_past: tuple[Pattern, ...]
    negation_words: frozenset[str]
    negation_glue: frozenset[str]
    not_negating: tuple[Pattern, ...]
    hypothetical: tuple[Pattern, ...]
    topical: tuple[Pattern, ...]
    explicit_general: tuple[Pattern, ...]
    concrete_refs: tuple[Pattern, ...]
    topic_nouns: tuple[Pattern, ...]
    label_cues: tuple[Pattern, ...]
    question_starts: frozenset[str]
    specific_refs: tuple[Pattern, ...]
    pronoun_refs: tuple[Pattern, ...]
    generic_refs: tuple[Pattern, ...]
    past_markers: tuple[Pattern, ...]
    resolved_markers: tuple[Pattern, ...]
    recurrence_markers: tuple[Pattern, ...]
    child_refs: tuple[Pattern, ...]
    child_speaker: tuple[Pattern, ...]
    witness_refs: tuple[Pattern, ...]
    adult_pair: tuple[Pattern, ...]
    elderly_refs: tuple[Pattern, ...]
    child_codes: frozenset[str]
    elderly_codes: frozenset[str]
    parent_perpetrator: tuple[Pattern, ...]
    professional_refs: tuple[Pattern, ...]
    bystander_refs: tuple[Pattern, ...]
    self_refs: tuple[Pattern, ...]
    # The writer is the one who does the harm ("ik heb haar geslagen").
    perpetrator_refs: tuple[Pattern, ...]
    # The writer is harmed by someone else ("hij sloeg me").
    harmed_self: tuple[Pattern, ...]
    exclusions: tuple[Pattern, ...]
    # Phrases that rule out one reading only, by code ("mag niet naar buiten
    # zonder hem" is control, not being locked up).
    code_exclusions: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)
    # Phrases that cancel an exclusion they overlap ("geen grapje").
    exclusion_blockers: tuple[Pattern, ...] = ()
    # A story told about others ("een film waarin een man zijn vrouw slaat").
    story_frames: tuple[Pattern, ...] = ()
    story_ends: tuple[Pattern, ...] = ()
    # "Me" as the one harmed, said by a child ("hij slaat me", "ik word geslagen").
    child_self: tuple[Pattern, ...] = ()
    # A child or teenager who does the harm to a parent ("mijn zoon van 16 duwt
    # me"): that child is not the one abused. Optional per language.
    child_agent: tuple[Pattern, ...] = ()
    # The speaker says they are old ("ik ben 79"): harm done to "me" anywhere in
    # the message is elder abuse, as for a child speaker. Optional per language.
    elderly_speaker: tuple[Pattern, ...] = ()
    # The speaker says they are an adult ("ik ben 34"): a parent who harms "me"
    # is not child abuse. Optional per language.
    adult_speaker: tuple[Pattern, ...] = ()
    # A short message that is nothing but a cry for emergency help ("help
    # politie", "snel politie!!"): acute on its own, with no harm named. It has a
    # plea word and otherwise only plea fillers ("snel", "aub", "nu").
    plea: tuple[Pattern, ...] = ()
    plea_filler: tuple[Pattern, ...] = ()
    # A past moment named before a harm ("ooit", "in 2021", "gister"): a weak
    # "nu" after that harm contrasts the present with it, it does not make the
    # harm now ("in 2021 wurgde hij me. nu zijn we weer samen"). Optional per
    # language.
    contrast_past: tuple[Pattern, ...] = ()
    # "nu" that says the harm itself starts again ("vroeger sloeg hij me en nu
    # begint het weer"): no contrast, the past came back. Each starts at "nu".
    contrast_void: tuple[Pattern, ...] = ()
    # A threat made to keep someone quiet or at home, for when she tells or
    # leaves ("... afmaakt als ik naar de politie ga"): the danger is real but
    # waits on her act, so a time word near it alone does not make it acute.
    # Each starts at the condition word. Optional per language.
    threat_condition: tuple[Pattern, ...] = ()
    # A time word of the saying, not of the deed: "nu zegt hij", "zei vanavond".
    said_when: tuple[Pattern, ...] = ()
    # Violence with an aim in the bare present: now, unless the message tells of
    # a habit, a past or a condition anywhere (bare_void and the lists above).
    bare_present: tuple[Pattern, ...] = ()
    bare_void: tuple[Pattern, ...] = ()

    def label(self, code: str) -> str:
        """Dutch label of an indicator code, for the console."""
        spec = self.indicators.get(code)
        return spec.label if spec else code


_TOP_KEYS = {
    "indicators",
    "combinations",
    "acute_exempt",
    "acute_with_child",
    "now",
    "negation",
    "hypothetical",
    "past",
    "victims",
    "speakers",
    "exclusions",
}
_OPTIONAL_TOP_KEYS = {"exclusion_blockers", "code_exclusions"}
_INDICATOR_KEYS = {"label", "level", "harm", "patterns"}


def load_lexicon(path: Path | None = None, language: str = "nl") -> Lexicon:
    """Read, validate and compile a lexicon; by default the packaged one of a language.

    Dutch is ``lexicon.yml``; another language's is ``lexicon.<language>.yml``
    beside it, in the same shape.
    """
    if path is None:
        name = DEFAULT_LEXICON if language == "nl" else f"lexicon.{language}.yml"
        text = resources.files("bot.danger").joinpath(name).read_text("utf-8")
        where = name
    else:
        text = path.read_text("utf-8")
        where = str(path)
    try:
        raw = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{where}: invalid YAML: {exc}") from exc
    return parse_lexicon(raw, where)


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key given twice in one mapping.

    Plain YAML keeps the last of two equal keys and drops the first without a
    word: a second ``opsluiting:`` under ``code_exclusions`` would silently
    throw away every exclusion listed under the first.
    """

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"found the key {key!r} twice",
                    key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def parse_lexicon(raw: Any, where: str = "lexicon") -> Lexicon:
    """Validate a lexicon already read from YAML and compile its patterns."""
    section = _Section(raw, where)
    section.only(_TOP_KEYS, optional=_OPTIONAL_TOP_KEYS)
    indicators = _indicators(section.mapping("indicators"))
    now = section.mapping("now")
    neg = section.mapping("negation")
    hyp = section.mapping("hypothetical")
    past = section.mapping("past")
    victims = section.mapping("victims")
    speakers = section.mapping("speakers")
    for sub, keys in (
        (
            now,
            {
                "time",
                "presence",
                "not_now",
                "weak",
                "story",
                "presence_past",
                "presence_habit",
                "shout_past",
            },
        ),
        (neg, {"words", "glue", "not_negating"}),
        (
            hyp,
            {
                "markers",
                "topical",
                "explicit",
                "concrete_refs",
                "topic_nouns",
                "label_cues",
                "question_starts",
                "specific_refs",
                "pronoun_refs",
                "generic_refs",
                "story_frames",
                "story_ends",
            },
        ),
        (past, {"markers", "resolved", "recurrence"}),
        (
            victims,
            {
                "child",
                "child_speaker",
                "witness",
                "adult_pair",
                "elderly",
                "parent_perpetrator",
                "child_codes",
                "elderly_codes",
                "child_self",
            },
        ),
        (speakers, {"professional", "bystander", "self", "perpetrator", "harmed_self"}),
    ):
        optional = (
            {"child_agent", "elderly_speaker", "adult_speaker"}
            if sub is victims
            else frozenset()
        )
        if sub is now:
            optional = {
                "plea",
                "plea_filler",
                "contrast_past",
                "contrast_void",
                "threat_condition",
                "said_when",
                "bare_present",
                "bare_void",
            }
        sub.only(keys, optional=optional)
    return Lexicon(
        indicators=indicators,
        combinations=_combinations(section.list("combinations"), section.where),
        acute_exempt=_codes(section.list("acute_exempt"), f"{where}.acute_exempt"),
        acute_with_child=_codes(
            section.list("acute_with_child"), f"{where}.acute_with_child"
        ),
        now_time=now.patterns("time"),
        now_presence=now.patterns("presence"),
        not_now=now.patterns("not_now"),
        weak_now=now.patterns("weak"),
        story_now=now.patterns("story"),
        presence_past=now.patterns("presence_past"),
        presence_habit=now.patterns("presence_habit"),
        shout_past=now.patterns("shout_past"),
        negation_words=neg.words("words"),
        negation_glue=neg.words("glue"),
        not_negating=neg.patterns("not_negating"),
        hypothetical=hyp.patterns("markers"),
        topical=hyp.patterns("topical"),
        explicit_general=hyp.patterns("explicit"),
        concrete_refs=hyp.patterns("concrete_refs"),
        topic_nouns=hyp.patterns("topic_nouns"),
        label_cues=hyp.patterns("label_cues"),
        question_starts=hyp.words("question_starts"),
        specific_refs=hyp.patterns("specific_refs"),
        pronoun_refs=hyp.patterns("pronoun_refs"),
        generic_refs=hyp.patterns("generic_refs"),
        past_markers=past.patterns("markers"),
        resolved_markers=past.patterns("resolved"),
        recurrence_markers=past.patterns("recurrence"),
        child_refs=victims.patterns("child"),
        child_speaker=victims.patterns("child_speaker"),
        witness_refs=victims.patterns("witness"),
        child_agent=victims.optional_patterns("child_agent"),
        elderly_speaker=victims.optional_patterns("elderly_speaker"),
        adult_speaker=victims.optional_patterns("adult_speaker"),
        adult_pair=victims.patterns("adult_pair"),
        elderly_refs=victims.patterns("elderly"),
        child_codes=_codes(victims.list("child_codes"), f"{victims.where}.child_codes"),
        elderly_codes=_codes(
            victims.list("elderly_codes"), f"{victims.where}.elderly_codes"
        ),
        parent_perpetrator=victims.patterns("parent_perpetrator"),
        professional_refs=speakers.patterns("professional"),
        bystander_refs=speakers.patterns("bystander"),
        self_refs=speakers.patterns("self"),
        perpetrator_refs=speakers.patterns("perpetrator"),
        harmed_self=speakers.patterns("harmed_self"),
        exclusions=section.patterns("exclusions"),
        code_exclusions=_code_exclusions(raw.get("code_exclusions", {}), where),
        exclusion_blockers=section.optional_patterns("exclusion_blockers"),
        story_frames=hyp.patterns("story_frames"),
        story_ends=hyp.patterns("story_ends"),
        child_self=victims.patterns("child_self"),
        plea=now.optional_patterns("plea"),
        plea_filler=now.optional_patterns("plea_filler"),
        contrast_past=now.optional_patterns("contrast_past"),
        contrast_void=now.optional_patterns("contrast_void"),
        threat_condition=now.optional_patterns("threat_condition"),
        said_when=now.optional_patterns("said_when"),
        bare_present=now.optional_patterns("bare_present"),
        bare_void=now.optional_patterns("bare_void"),
    )


class _Section:
    """A mapping in the YAML with its dotted location, for precise errors."""

    def __init__(self, raw: Any, where: str) -> None:
        if not isinstance(raw, dict):
            raise LexiconError(f"{where}: expected a mapping")
        self.raw = raw
        self.where = where

    def only(
        self, allowed: AbstractSet[str], optional: AbstractSet[str] = frozenset()
    ) -> None:
        """Refuse unknown keys; require every allowed key not marked optional."""
        unknown = sorted(set(self.raw) - allowed - optional)
        if unknown:
            raise LexiconError(f"{self.where}: unknown keys {unknown}")
        missing = sorted(allowed - set(self.raw))
        if missing:
            raise LexiconError(f"{self.where}: missing keys {missing}")

    def mapping(self, key: str) -> _Section:
        return _Section(self.raw.get(key), f"{self.where}.{key}")

    def list(self, key: str) -> list[Any]:
        value = self.raw.get(key)
        if not isinstance(value, list):
            raise LexiconError(f"{self.where}.{key}: expected a list")
        return value

    def words(self, key: str) -> frozenset[str]:
        values = self.list(key)
        if not all(isinstance(v, str) and v.strip() for v in values):
            raise LexiconError(f"{self.where}.{key}: expected a list of words")
        return frozenset(normalise(v) for v in values)

    def patterns(self, key: str) -> tuple[Pattern, ...]:
        return _compile_all(self.list(key), f"{self.where}.{key}")

    def optional_patterns(self, key: str) -> tuple[Pattern, ...]:
        return self.patterns(key) if key in self.raw else PatternList()


def _compile_all(values: list[Any], where: str) -> tuple[Pattern, ...]:
    compiled = []
    for i, value in enumerate(values):
        if not isinstance(value, str):
            raise LexiconError(f"{where}[{i}]: expected a string pattern")
        try:
            # Normalised like the tokens are (lower case, accents and combining
            # marks removed), so a lexicon may be written in the language's own
            # spelling: "dövüyor", "б'є" or "أخي" match what the matcher sees.
            compiled.append(compile_pattern(normalise_pattern(value)))
        except PatternError as exc:
            raise LexiconError(f"{where}[{i}]: {exc}") from exc
    return PatternList(compiled)


def _indicators(section: _Section) -> dict[str, IndicatorSpec]:
    unknown = sorted(set(section.raw) - set(INDICATOR_CODES) - {"acuut_nu"})
    if unknown:
        raise LexiconError(f"{section.where}: unknown indicator codes {unknown}")
    specs = {}
    for code, raw in section.raw.items():
        sub = _Section(raw, f"{section.where}.{code}")
        sub.only(_INDICATOR_KEYS, optional={"mild", "severe", "verbal"})
        try:
            level = Level(sub.raw["level"])
        except ValueError as exc:
            raise LexiconError(f"{sub.where}.level: {exc}") from exc
        if level is Level.ACUUT:
            raise LexiconError(f"{sub.where}.level: only 'now' markers make acuut")
        specs[code] = IndicatorSpec(
            code=code,
            label=str(sub.raw["label"]),
            level=level,
            harm=bool(sub.raw["harm"]),
            patterns=sub.patterns("patterns"),
            mild=sub.optional_patterns("mild"),
            severe=sub.optional_patterns("severe"),
            verbal=sub.optional_patterns("verbal"),
        )
    return specs


def _code_exclusions(raw: Any, where: str) -> dict[str, tuple[Pattern, ...]]:
    section = _Section(raw, f"{where}.code_exclusions")
    unknown = sorted(set(section.raw) - set(INDICATOR_CODES))
    if unknown:
        raise LexiconError(f"{section.where}: unknown indicator codes {unknown}")
    return {code: section.patterns(code) for code in section.raw}


def _codes(values: list[Any], where: str) -> frozenset[str]:
    bad = [v for v in values if v not in INDICATOR_CODES]
    if bad:
        raise LexiconError(f"{where}: unknown indicator codes {bad}")
    return frozenset(values)


def _combinations(values: list[Any], where: str) -> tuple[Combination, ...]:
    combos = []
    for i, raw in enumerate(values):
        sub = _Section(raw, f"{where}.combinations[{i}]")
        sub.only({"all", "any", "level"}, optional={"strict"})
        combos.append(
            Combination(
                all_of=_codes(sub.list("all"), f"{sub.where}.all"),
                any_of=_codes(sub.list("any"), f"{sub.where}.any"),
                level=Level(sub.raw["level"]),
                strict=bool(sub.raw.get("strict", False)),
            )
        )
    return tuple(combos)
