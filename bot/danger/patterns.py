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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from bot.danger.literals import grams, message_grams, most_telling, required_runs

_META = re.compile(r"[\\.^$*+?{}\[\]()]")  # a regex that is more than a list of words
_REPEATS = re.compile(r"(.)\1{2,}")
_ESCAPE = re.compile(r"(\\.)")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"))


def normalise(token: str) -> str:
    """Lower-case, strip accents and invisible characters, shorten letter runs."""
    return _REPEATS.sub(r"\1\1", _fold(token))


def normalise_pattern(source: str) -> str:
    r"""A lexicon pattern folded like the tokens it must match (see normalise).

    Lower case without accents or combining marks, so "dövüyor" or "б'є" in a
    lexicon match what the matcher sees; runs of repeated characters are left
    alone, as they are regex syntax here (")))" closes three groups), and so is
    the letter of an escape ("\S" is not "\s").
    """
    return "".join(
        part if part.startswith("\\") else _fold(part) for part in _ESCAPE.split(source)
    )


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_INVISIBLE).lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("\u2019", "'").replace("`", "'")


@dataclass(frozen=True)
class Tok:
    """The parts of a spaCy token the matcher needs, detached from spaCy."""

    norm: str
    lemma: str
    start: int
    end: int
    sent: int


class Tokens(list[Tok]):
    """Matcher tokens of one message, with the sets of their texts for pre-checks."""

    def __init__(self, toks: Iterable[Tok] = ()) -> None:
        super().__init__(toks)
        self.norms = frozenset(t.norm for t in self)
        self.lemmas = frozenset(t.lemma for t in self)
        self.norm_starts = _starts(self.norms)
        self.lemma_starts = _starts(self.lemmas)
        # One line per distinct text, so a step's pre-check is one regex search
        # in C rather than a Python call per token (None: a text has a newline).
        self.norm_lines = _lines(self.norms)
        self.lemma_lines = _lines(self.lemmas)
        # matches of whole lexicon lists, by the list's id (see assess._find)
        self.found: dict[int, tuple[object, list[tuple[int, int]]]] = {}

    @cached_property
    def norm_grams(self) -> frozenset[str]:
        """The short substrings of the texts, for keys of literal runs (literals.py)."""
        return message_grams("\n".join(self.norms))


def _lines(texts: frozenset[str]) -> str | None:
    if any("\n" in text for text in texts):
        return None
    return "\n".join(texts)


def _starts(texts: frozenset[str]) -> frozenset[str]:
    """Every non-empty prefix of every text."""
    return frozenset(text[:n] for text in texts for n in range(1, len(text) + 1))


def as_tokens(toks: Sequence[Tok]) -> Tokens:
    """The tokens as :class:`Tokens` (no copy when they already are)."""
    return toks if isinstance(toks, Tokens) else Tokens(toks)


@dataclass(frozen=True)
class Step:
    """One step of a pattern: a token test, a gap, or alternative sequences."""

    regex: re.Pattern[str] | None
    on_lemma: bool = False
    gap: int = 0
    alternatives: tuple[Pattern, ...] = ()
    optional: bool = False
    # Pre-check data: the plain words among the regex's alternatives
    # ("sla|slaat|sloeg"), whether there are others ("dreig\\w*"), and the fixed
    # beginnings of those others ("dreig"; None when one has none, like "\\d+").
    words: frozenset[str] = frozenset()
    patterned: bool = True
    starts: frozenset[str] | None = None
    # token text -> does the regex match it; per step, so a lookup never hashes
    # the (possibly long) compiled regex, as a shared lru_cache keyed on it would
    memo: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    # A group's pre-check: the key words (or fixed beginnings) of all its
    # alternatives together, when each has one; none there, no alternative can
    # match, which one set operation tells instead of asking each in turn.
    group_words: frozenset[str] | None = field(default=None, compare=False)
    group_starts: frozenset[str] | None = field(default=None, compare=False)

    @cached_property
    def runs(self) -> frozenset[str] | None:
        """Literal runs, one of which every text the regex matches contains.

        None when not known. The key of last resort of a pattern with no word or
        beginning; worked out on first use, as most patterns never need it.
        """
        if self.regex is None or self.on_lemma:
            return None
        runs = required_runs(self.regex)
        if runs is None and not self.patterned and all(len(w) >= 2 for w in self.words):
            return self.words
        return runs

    # the regex anchored per line, for matches_any; compiled on first use
    lined: list[re.Pattern[str] | None] = field(
        default_factory=list, compare=False, repr=False
    )

    def matches_any(self, toks: Tokens) -> bool:
        """Whether this token test matches some token of the message."""
        texts = toks.lemmas if self.on_lemma else toks.norms
        if not self.words.isdisjoint(texts):
            return True
        if not self.patterned:
            return False
        if self.starts is not None and self.starts.isdisjoint(
            toks.lemma_starts if self.on_lemma else toks.norm_starts
        ):
            return False
        lines = toks.lemma_lines if self.on_lemma else toks.norm_lines
        multi = self._lined()
        if lines is None or multi is None:
            return any(_text_matches(self, text) for text in texts)
        # A token the regex matches whole is a line it matches whole: never a
        # false "no" (a rare false "yes" only costs the full match its time).
        return multi.search(lines) is not None

    def _lined(self) -> re.Pattern[str] | None:
        if not self.lined:
            assert self.regex is not None
            try:
                multi: re.Pattern[str] | None = re.compile(
                    f"^(?:{self.regex.pattern})$", self.regex.flags | re.MULTILINE
                )
            except re.error:
                multi = None
            self.lined.append(multi)
        return self.lined[0]


class PatternError(ValueError):
    """A lexicon pattern that cannot be compiled."""


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern; ``source`` is the lexicon text it came from."""

    source: str
    steps: tuple[Step, ...]
    # A necessary condition, checked with one set operation before anything else:
    # some token's text is one of ``key_words`` (or begins with one of
    # ``key_starts``; on lemmas when ``key_on_lemma``). None: no such key.
    key_words: frozenset[str] | None = field(default=None, compare=False, repr=False)
    key_starts: frozenset[str] | None = field(default=None, compare=False, repr=False)
    key_on_lemma: bool = field(default=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        words, starts, on_lemma = _key(self.steps)
        object.__setattr__(self, "key_words", words)
        object.__setattr__(self, "key_starts", starts)
        object.__setattr__(self, "key_on_lemma", on_lemma)

    @cached_property
    def key_runs(self) -> frozenset[str] | None:
        """Literal runs of the text, one of which any match needs (literals.py)."""
        return _runs_key(self)

    def possible(self, toks: Tokens) -> bool:
        """A cheap pre-check: every token test the pattern needs matches a token.

        Most patterns fail it on their first word, which spares the matcher
        from trying them at every position.
        """
        for step in self.steps:
            if step.regex is not None:
                if not step.matches_any(toks):
                    return False
            elif step.alternatives and not step.optional:
                if (
                    step.group_words is not None
                    and step.group_words.isdisjoint(toks.norms)
                ) or (
                    step.group_starts is not None
                    and step.group_starts.isdisjoint(toks.norm_starts)
                ):
                    return False
                if not any(alt.possible(toks) for alt in step.alternatives):
                    return False
        return True

    def find(
        self, toks: Sequence[Tok], alternatives: tuple[Pattern, ...] | None = None
    ) -> list[tuple[int, int]]:
        """Return (first, last) token indices of every non-overlapping match.

        ``alternatives``: for a lexicon line of alternatives, the ones still
        worth trying, in their order (see :class:`PatternList`); the others
        cannot match this message, so leaving them out changes no match.
        """
        toks = as_tokens(toks)
        if self.key_words is not None and self.key_words.isdisjoint(
            toks.lemmas if self.key_on_lemma else toks.norms
        ):
            return []
        if self.key_starts is not None and self.key_starts.isdisjoint(
            toks.lemma_starts if self.key_on_lemma else toks.norm_starts
        ):
            return []
        pattern = self
        line = _line_of(self.steps)
        if line:
            # a lexicon line "a b|c ~2 d|...": try only the alternatives that can match
            tried = line if alternatives is None else alternatives
            live = tuple(alt for alt in tried if alt.possible(toks))
            if not live:
                return []
            if len(live) == 1:
                pattern = live[0]
            elif len(live) < len(line):
                step = Step(regex=None, alternatives=live)
                pattern = Pattern(source=self.source, steps=(step,))
        elif not self.possible(toks):
            return []
        found: list[tuple[int, int]] = []
        i = 0
        while i < len(toks):
            last = pattern._match_from(toks, 0, i, toks[i].sent)
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


_MEMO_LIMIT = 20_000  # distinct token texts remembered per step before a reset


def _line_of(steps: tuple[Step, ...]) -> tuple[Pattern, ...]:
    """The alternatives of a lexicon line "a b|c ~2 d|...", or () for any other."""
    if len(steps) == 1 and steps[0].alternatives and not steps[0].optional:
        return steps[0].alternatives
    return ()


def _union_key(
    alternatives: tuple[Pattern, ...],
) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """The key words (or else fixed beginnings) of alternatives taken together.

    Only when every alternative has one on its text (not its lemma): then a
    message with none of them matches no alternative. (None, None) otherwise.
    """
    if any(alt.key_on_lemma for alt in alternatives):
        return None, None
    if all(alt.key_words is not None for alt in alternatives):
        return frozenset().union(*(alt.key_words or () for alt in alternatives)), None
    if all(alt.key_starts is not None for alt in alternatives):
        return None, frozenset().union(*(alt.key_starts or () for alt in alternatives))
    return None, None


def _key(
    steps: tuple[Step, ...],
) -> tuple[frozenset[str] | None, frozenset[str] | None, bool]:
    """The pre-check key of a pattern: one required token test, as sets.

    A plain word list is best (the one with the longest short word, as long words
    are rare); else the fixed beginnings of a required regex. A lexicon line of
    alternatives gets the union of its alternatives' keys when all have one.
    """
    line = _line_of(steps)
    if line:
        return (*_union_key(line), False)
    plain = [st for st in steps if st.regex is not None and not st.patterned]
    if plain:
        best = max(plain, key=lambda st: min(map(len, st.words), default=0))
        return best.words, None, best.on_lemma
    for st in steps:
        if st.regex is not None and st.starts is not None:
            return None, st.starts | st.words, st.on_lemma
    return None, None, False


def _runs_key(pattern: Pattern) -> frozenset[str] | None:
    """Literal runs of the text, one of which every match of the pattern needs.

    From its key words or beginnings when it has them on the text; else from
    the most telling required step: a regex's own runs, or a group's whose
    alternatives all have some. None when nothing is known.
    """
    if not pattern.key_on_lemma:
        known = (
            pattern.key_words if pattern.key_words is not None else pattern.key_starts
        )
        if known is not None:
            return known if all(len(k) >= 2 for k in known) else None
    line = _line_of(pattern.steps)
    if line:
        return _union_runs(line)
    options = []
    for step in pattern.steps:
        if step.regex is not None and not step.on_lemma and step.runs is not None:
            options.append(step.runs)
        elif step.alternatives and not step.optional:
            union = _union_runs(step.alternatives)
            if union is not None:
                options.append(union)
    return most_telling(options)


def _union_runs(alternatives: tuple[Pattern, ...]) -> frozenset[str] | None:
    if any(alt.key_runs is None for alt in alternatives):
        return None
    return frozenset().union(*(alt.key_runs or () for alt in alternatives))


def _step_matches(step: Step, tok: Tok) -> bool:
    text = tok.lemma if step.on_lemma else tok.norm
    if text in step.words:
        return True
    return step.patterned and _text_matches(step, text)


def _text_matches(step: Step, text: str) -> bool:
    memo = step.memo
    hit = memo.get(text)
    if hit is None:
        assert step.regex is not None
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        hit = memo[text] = step.regex.fullmatch(text) is not None
    return hit


# A unit of a lexicon list: (pattern's position, alternative's position or -1).
_Unit = tuple[int, int]


class PatternList(tuple[Pattern, ...]):
    """One lexicon list, with an index of its patterns' pre-check keys.

    A message is tried against some 900 Dutch patterns (and the same again in
    another language), most of which it cannot match. Asking each pattern,
    and each alternative of a line of alternatives, whether its key word is in
    the message cost more than the matching itself. The index turns that
    around: the message's words are looked up in one set intersection per
    list, and only the patterns (and alternatives) whose key they hold are
    tried. Which matches are found is unchanged: a pattern or alternative left
    out could not have matched.
    """

    def matches(self, toks: Sequence[Tok]) -> list[tuple[int, int]]:
        """Every match of every pattern of the list, sorted."""
        toks = as_tokens(toks)
        units = self._units(toks)
        found: list[tuple[int, int]] = []
        by_pattern: dict[int, list[int]] = {}
        for p, a in units:
            by_pattern.setdefault(p, []).append(a)
        for p in sorted(by_pattern):
            pattern = self[p]
            alts = by_pattern[p]
            if alts[0] < 0:
                found.extend(pattern.find(toks))
            else:
                options = _line_of(pattern.steps)
                live = tuple(options[a] for a in sorted(alts))
                found.extend(pattern.find(toks, live))
        found.sort()
        return found

    def _units(self, toks: Tokens) -> set[_Unit]:
        index = self._index
        if (
            not index.always
            and index.norm_keys.isdisjoint(toks.norms)
            and index.lemma_keys.isdisjoint(toks.lemmas)
            and index.norm_start_keys.isdisjoint(toks.norm_starts)
            and index.lemma_start_keys.isdisjoint(toks.lemma_starts)
            and (not index.gram_keys or index.gram_keys.isdisjoint(toks.norm_grams))
        ):
            return set()  # the usual case: no key of the list is in the message
        units = set(index.always)
        for keys, table, texts in (
            (index.norm_keys, index.by_norm, toks.norms),
            (index.lemma_keys, index.by_lemma, toks.lemmas),
            (index.norm_start_keys, index.by_norm_start, toks.norm_starts),
            (index.lemma_start_keys, index.by_lemma_start, toks.lemma_starts),
        ):
            if keys:
                for key in keys.intersection(texts):
                    units.update(table[key])
        if index.gram_keys:
            for key in index.gram_keys.intersection(toks.norm_grams):
                units.update(index.by_gram[key])
        return units

    @property
    def _index(self) -> _KeyIndex:
        # Built on first use (no work at import or load time) and kept on the
        # list; a tuple subclass has a __dict__ for it.
        index = self.__dict__.get("index")
        if index is None:
            index = self.__dict__["index"] = _KeyIndex.of(self)
        return index


def find_all(patterns: Sequence[Pattern], toks: Sequence[Tok]) -> list[tuple[int, int]]:
    """Every match of every pattern of a list, sorted (through its index if any)."""
    if isinstance(patterns, PatternList):
        return patterns.matches(toks)
    toks = as_tokens(toks)
    return sorted(span for pattern in patterns for span in pattern.find(toks))


@dataclass
class _KeyIndex:
    """Key word (or fixed beginning) -> the units of a list that need it."""

    always: list[_Unit] = field(default_factory=list)
    by_norm: dict[str, list[_Unit]] = field(default_factory=dict)
    by_lemma: dict[str, list[_Unit]] = field(default_factory=dict)
    by_norm_start: dict[str, list[_Unit]] = field(default_factory=dict)
    by_lemma_start: dict[str, list[_Unit]] = field(default_factory=dict)
    # Short beginnings of literal runs, for units with no word or beginning key.
    by_gram: dict[str, list[_Unit]] = field(default_factory=dict)
    gram_keys: frozenset[str] = frozenset()
    norm_keys: frozenset[str] = frozenset()
    lemma_keys: frozenset[str] = frozenset()
    norm_start_keys: frozenset[str] = frozenset()
    lemma_start_keys: frozenset[str] = frozenset()

    @classmethod
    def of(cls, patterns: Sequence[Pattern]) -> _KeyIndex:
        index = cls()
        for p, pattern in enumerate(patterns):
            line = _line_of(pattern.steps)
            for a, alt in enumerate(line):
                index._add((p, a), alt)
            if not line:
                index._add((p, -1), pattern)
        index.norm_keys = frozenset(index.by_norm)
        index.lemma_keys = frozenset(index.by_lemma)
        index.norm_start_keys = frozenset(index.by_norm_start)
        index.lemma_start_keys = frozenset(index.by_lemma_start)
        index.gram_keys = frozenset(index.by_gram)
        return index

    def _add(self, unit: _Unit, pattern: Pattern) -> None:
        if pattern.key_words is not None:
            table = self.by_lemma if pattern.key_on_lemma else self.by_norm
            keys = pattern.key_words
        elif pattern.key_starts is not None:
            table = self.by_lemma_start if pattern.key_on_lemma else self.by_norm_start
            keys = pattern.key_starts
        elif pattern.key_runs:
            table = self.by_gram
            keys = grams(pattern.key_runs)
        else:
            self.always.append(unit)
            return
        if not keys:
            return  # a key of no words: the pattern can match nothing
        for key in keys:
            table.setdefault(key, []).append(unit)


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
        steps.append(_token_step(regex, on_lemma))
    if not steps or steps[-1].gap:
        raise PatternError(f"pattern {source!r} is empty or ends with a gap")
    return Pattern(source=source, steps=tuple(steps))


def _token_step(regex: re.Pattern[str], on_lemma: bool) -> Step:
    """A token test, with the words and fixed beginnings its pre-check uses."""
    alternatives = [
        word for alt in _alternatives(regex.pattern) for word in _spelled_out(alt)
    ]
    words = frozenset(a for a in alternatives if not _META.search(a))
    others = [a for a in alternatives if _META.search(a)]
    starts: frozenset[str] | None = frozenset(_fixed_start(a) for a in others)
    if starts is not None and "" in starts:
        starts = None
    return Step(
        regex=regex,
        on_lemma=on_lemma,
        words=words,
        patterned=bool(others),
        starts=starts,
    )


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex, opening groups that wrap one whole."""
    found = []
    for part in _split_regex(pattern):
        inner = part[1:-1]
        if (
            part.startswith("(")
            and part.endswith(")")
            and not inner.startswith("?")
            and _split_regex(inner, whole=True)
        ):
            found.extend(_alternatives(inner))
            continue
        found.append(part)
    return found


def _split_regex(pattern: str, whole: bool = False) -> list[str]:
    """Split a regex on its top-level ``|`` (outside groups and classes).

    With ``whole``, return [] when the parentheses do not balance inside the
    text (so "a)|(b" is not taken for the inside of one group).
    """
    parts: list[str] = []
    current: list[str] = []
    depth, escaped, in_class = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0 and whole:
                return []
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


_CLASS_PREFIX = re.compile(r"\[([^\]\\^\-]+)\]\?(.+)")


def _spelled_out(alternative: str) -> list[str]:
    """An optional one-letter prefix before a word list, as the words it matches.

    The Arabic lexicon writes a clitic "and"/"so" as ``[وف]?ضرب`` or
    ``[وف]?(ضرب|بيضرب)``; spelled out ("ضرب", "وضرب", "فضرب", ...) they are plain
    words, so the pre-check is one set lookup instead of a regex search over the
    message, and the match is the same. Anything else is returned as it is.
    """
    found = _CLASS_PREFIX.fullmatch(alternative)
    if found is None:
        return [alternative]
    letters, rest = found.groups()
    if rest.startswith("(") and rest.endswith(")"):
        inner = rest[1:-1]
        words = _split_regex(inner, whole=True)
    else:
        words = [rest]
    if not words or any(not w or _META.search(w) for w in words):
        return [alternative]
    return [prefix + w for w in words for prefix in ("", *letters)]


def _fixed_start(alternative: str) -> str:
    """The literal text every match of a regex alternative begins with."""
    match = _META.search(alternative)
    if match is None:
        return alternative
    start = alternative[: match.start()]
    if alternative[match.start()] in "?*{":
        start = start[:-1]  # the letter before is optional
    return start


def _group(part: str, source: str) -> Step:
    optional = part.endswith(")?")
    inner = part[1:-2] if optional else part[1:-1]
    if not part.startswith("(") or not (optional or part.endswith(")")):
        raise PatternError(f"multi-word step {part!r} must be a group in {source!r}")
    alternatives = tuple(compile_pattern(alt.strip()) for alt in _split(inner, "|"))
    words, starts = _union_key(alternatives)
    return Step(
        regex=None,
        alternatives=alternatives,
        optional=optional,
        group_words=words,
        group_starts=starts,
    )


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
