r"""The literal text every match of a regular expression must contain.

The matcher's pre-check skips a lexicon pattern when a message lacks its key
word or the fixed beginning of its regex. Some regexes have neither: the
Arabic lexicon writes an optional clitic in front (``[وف]?(ال)?(ولاد|اطفال)\w*``),
the Turkish one optional letters inside (``d[ıi]sar[ıi]``). Each such pattern
was tried on every message, in every language the message was read in, and
that made reading a message in all five other languages cost some 13 ms. Yet
almost all of them need some literal run of letters ("ولاد" or "اطفال";
"sar"), which a message in another language or script lacks. This module finds
those runs, so the pre-check can ask for one of them in the message's text.

Sound by construction: a run is only ever cut short (at a group, a class, an
anchor or an optional part), never made longer than the regex guarantees.
"""

from __future__ import annotations

import re
import sre_constants as sc
import sre_parse
from typing import Any

# A run of one letter says little (and "\n" joins the texts checked against).
MIN_RUN = 2
# The key kept of a longer run: its first letters, so one message's n-grams of
# these lengths answer every key with a set lookup.
GRAM = 3

_Needs = frozenset[str] | None


def required_runs(regex: re.Pattern[str]) -> _Needs:
    """Literal runs, one of which is in every text the regex matches whole.

    None when no such set of runs of at least MIN_RUN letters is known (a case
    folding flag, a branch without a run, a regex the parser rejects).
    """
    if regex.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError):
        return None
    return _sequence(parsed.data)


def grams(runs: frozenset[str]) -> frozenset[str]:
    """Each run cut to its first GRAM letters: the keys the pre-check looks up."""
    return frozenset(run[:GRAM] for run in runs)


def message_grams(text: str) -> frozenset[str]:
    """Every substring of ``text`` of MIN_RUN up to GRAM letters."""
    return frozenset(
        text[i : i + n]
        for n in range(MIN_RUN, GRAM + 1)
        for i in range(len(text) - n + 1)
    )


def _sequence(items: list[tuple[Any, Any]]) -> _Needs:
    """The best requirement among a sequence's literal runs and its parts' own."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= MIN_RUN:
            options.append(frozenset(["".join(run)]))
        run.clear()

    for op, arg in items:
        if op == sc.LITERAL:
            run.append(chr(arg))
            continue
        close()
        need = _item(op, arg)
        if need is not None:
            options.append(need)
    close()
    return most_telling(options)


def most_telling(options: list[frozenset[str]]) -> _Needs:
    """Of several requirements that all hold, the one rarest in text.

    The one whose shortest run is longest; of equals, the one with fewest runs.
    None when there are none.
    """
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _item(op: Any, arg: Any) -> _Needs:
    if op == sc.SUBPATTERN:
        _group, add_flags, _del_flags, sub = arg
        if add_flags & sre_parse.SRE_FLAG_IGNORECASE:
            return None
        return _sequence(list(sub))
    if op == sc.BRANCH:
        _, branches = arg
        needs = [_sequence(list(branch)) for branch in branches]
        if any(n is None for n in needs):
            return None
        return frozenset().union(*(n for n in needs if n is not None))
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
        low, _high, sub = arg
        return _sequence(list(sub)) if low >= 1 else None
    return None
