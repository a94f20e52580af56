"""Every pattern list of a compiled lexicon, for tests that check them all."""

from __future__ import annotations

from collections.abc import Iterator

from bot.danger.lexicon import Lexicon
from bot.danger.patterns import PatternList


def pattern_lists(lexicon: Lexicon) -> Iterator[tuple[str, PatternList]]:
    """Each list by a readable name: the indicators' own, then the modifiers'."""
    for spec in lexicon.indicators.values():
        for kind in ("patterns", "mild", "verbal", "severe"):
            yield f"{spec.code}.{kind}", getattr(spec, kind)
    for name, value in vars(lexicon).items():
        if isinstance(value, PatternList):
            yield name, value
    for code, value in lexicon.code_exclusions.items():
        yield f"code_exclusions.{code}", value
