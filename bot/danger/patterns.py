"""A small token-pattern language for the reviewable danger lexicon.

A pattern is a space-separated list of steps matched against consecutive tokens:

* ``sla|slaat|sloeg`` - a regular expression that must match the whole normalised
  token (lower case, accents removed, runs of 3+ equal letters shortened to 2);
* ``@slaan`` - a regular expression matched against the token's lemma;
* ``~`` or ``~N`` - skip up to 3 (or N) tokens;
* ``(de deur|het raam)`` - alternatives that are themselves token sequences (a
  group with a space inside); ``(...)?`` makes the group optional.

Regexes rather than lemma lists because the Dutch lemmatiser is wrong on about one
token in ten and chat text is full of typos; the lexicon lists inflections itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_REPEATS = re.compile(r"(.)\1{2,}")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"))


def normalise(token: str) -> str:
    """Lower-case, strip accents and invisible characters, shorten letter runs."""
    text = unicodedata.normalize("NFKD", token.translate(_INVISIBLE).lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("`", "'")
    return _REPEATS.sub(r"\1\1", text)


@dataclass(frozen=True)
class Tok:
    """The parts of a spaCy token the matcher needs, detached from spaCy."""

    norm: str
    lemma: str
    start: int
    end: int
    sent: int


@dataclass(frozen=True)
class Step:
    """One step of a pattern: a token test, a gap, or alternative sequences."""

    regex: re.Pattern[str] | None
    on_lemma: bool = False
    gap: int = 0
    alternatives: tuple[Pattern, ...] = ()
    optional: bool = False


class PatternError(ValueError):
    """A lexicon pattern that cannot be compiled."""


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern; ``source`` is the lexicon text it came from."""

    source: str
    steps: tuple[Step, ...]

    def find(self, toks: Sequence[Tok]) -> list[tuple[int, int]]:
        """Return (first, last) token indices of every non-overlapping match."""
        found: list[tuple[int, int]] = []
        i = 0
        while i < len(toks):
            last = self._match_from(toks, 0, i, toks[i].sent)
            if last is None:
                i += 1
                continue
            found.append((i, last))
            i = last + 1
        return found

    def _match_from(self, toks: Sequence[Tok], s: int, i: int, sent: int) -> int | None:
        steps = self.steps
        if s == len(steps):
            return i - 1
        step = steps[s]
        if step.gap:
            for skip in range(step.gap + 1):
                if i + skip > len(toks):
                    break
                end = self._match_from(toks, s + 1, i + skip, sent)
                if end is not None:
                    return end
            return None
        if step.alternatives:
            if step.optional:
                end = self._match_from(toks, s + 1, i, sent)
                if end is not None:
                    return end
            for alt in step.alternatives:
                alt_last = alt._match_from(toks, 0, i, sent)
                if alt_last is not None:
                    end = self._match_from(toks, s + 1, alt_last + 1, sent)
                    if end is not None:
                        return end
            return None
        if i >= len(toks) or toks[i].sent != sent:
            return None
        if not _step_matches(step, toks[i]):
            return None
        return self._match_from(toks, s + 1, i + 1, sent)


def _step_matches(step: Step, tok: Tok) -> bool:
    assert step.regex is not None
    text = tok.lemma if step.on_lemma else tok.norm
    return _fullmatch(step.regex, text)


@lru_cache(maxsize=200_000)
def _fullmatch(regex: re.Pattern[str], text: str) -> bool:
    return regex.fullmatch(text) is not None


def compile_pattern(source: str) -> Pattern:
    """Compile one lexicon pattern; raise PatternError with the reason.

    A ``|`` outside parentheses separates whole alternative sequences
    (``pak slaag|afgeranseld``); one-token alternatives share a single regex.
    """
    alts = [a.strip() for a in _split(source, "|")]
    if len(alts) == 1:
        return _sequence(source)
    plain = [a for a in alts if " " not in a and not a.startswith(("~", "@"))]
    others = [a for a in alts if a not in plain]
    subs = ([_sequence("|".join(plain))] if plain else []) + [
        _sequence(a) for a in others
    ]
    if len(subs) == 1:
        return subs[0]
    return Pattern(source=source, steps=(Step(regex=None, alternatives=tuple(subs)),))


def _sequence(source: str) -> Pattern:
    steps: list[Step] = []
    for part in _split(source, " "):
        if part.startswith("~"):
            size = part[1:] or "3"
            if not size.isdigit():
                raise PatternError(f"bad gap {part!r} in pattern {source!r}")
            if not steps:
                raise PatternError(f"pattern {source!r} may not start with a gap")
            steps.append(Step(regex=None, gap=int(size)))
            continue
        if " " in part or _is_optional_group(part):
            steps.append(_group(part, source))
            continue
        on_lemma = part.startswith("@")
        body = part[1:] if on_lemma else part
        try:
            regex = re.compile(normalise(body))
        except re.error as exc:
            raise PatternError(
                f"bad regex {body!r} in pattern {source!r}: {exc}"
            ) from exc
        steps.append(Step(regex=regex, on_lemma=on_lemma))
    if not steps or steps[-1].gap:
        raise PatternError(f"pattern {source!r} is empty or ends with a gap")
    return Pattern(source=source, steps=tuple(steps))


def _group(part: str, source: str) -> Step:
    optional = part.endswith(")?")
    inner = part[1:-2] if optional else part[1:-1]
    if not part.startswith("(") or not (optional or part.endswith(")")):
        raise PatternError(f"multi-word step {part!r} must be a group in {source!r}")
    alternatives = tuple(compile_pattern(alt.strip()) for alt in _split(inner, "|"))
    return Step(regex=None, alternatives=alternatives, optional=optional)


def _is_optional_group(part: str) -> bool:
    """``(a|b)?`` as a whole: an optional step, not a regex that matches ''."""
    if not (part.startswith("(") and part.endswith(")?")):
        return False
    depth = 0
    for ch in part[:-2]:
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return False
    return True


def _split(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside parentheses."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                raise PatternError(f"unbalanced ')' in pattern {text!r}")
        if ch == sep and depth == 0:
            if current:
                parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    if depth:
        raise PatternError(f"unbalanced '(' in pattern {text!r}")
    if current:
        parts.append("".join(current))
    return parts
