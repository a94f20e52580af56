"""The literal runs the matcher's pre-check asks for (bot/danger/literals.py).

A run that is not in every match would make the index skip a pattern that
matches: a missed danger word. So the runs are checked on shapes of regex, and
on every lexicon regex against every token of the development messages it
matches.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.danger.assess import tokens_of
from bot.danger.foreign import load_foreign_assessor
from bot.danger.lexicon import load_lexicon
from bot.danger.literals import grams, message_grams, required_runs
from bot.danger.patterns import Pattern, Step
from tests.support.lexicon import pattern_lists

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("regex", "runs"),
    [
        # An optional clitic in front, a word list in a group: the words.
        ("[وف]?(ولاد|اطفال)\\w*", {"ولاد", "اطفال"}),
        # Optional letters inside cut the run; the longest piece is kept.
        ("d[ıi]sar[ıi]|sokaga", {"sar", "sokaga"}),
        ("kill\\w*|\\w*قتل\\w*", {"kill", "قتل"}),
        # A repeat of at least one keeps its runs; an optional part has none.
        ("(ab)+c", {"ab"}),
        ("x(yz)?w", None),
        # One branch with no run of two letters: nothing is known.
        ("abc|[0-9]+", None),
        ("(al|el)?[7h](ee|i)n", None),
        # Case folding would make a lower-case run miss an upper-case match.
        ("(?i)abc", None),
    ],
)
def test_required_runs_of_regex_shapes(regex, runs):
    found = required_runs(re.compile(regex))
    assert (set(found) if found is not None else None) == runs


def test_a_message_has_the_grams_its_runs_are_keyed_by():
    runs = required_runs(re.compile("[وف]?(ولاد|اطفال)\\w*"))
    assert runs is not None
    assert grams(runs) == {"ولا", "اطف"}
    assert grams(runs) & message_grams("عم يضرب الاولاد")
    assert not grams(runs) & message_grams("he hits the kids")


def _steps(pattern: Pattern):
    for step in pattern.steps:
        if step.regex is not None:
            yield step
        for alt in step.alternatives:
            yield from _steps(alt)


def _token_texts(language: str) -> set[str]:
    import spacy

    names = (
        sorted((ROOT / "tests" / "heldout").glob("danger_fresh_r*.jsonl"))[:6]
        if language == "nl"
        else sorted((ROOT / "tests" / "heldout").glob("multilingual_fresh*.jsonl"))
    )
    texts = [
        row["text"]
        for path in names
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
        for row in [json.loads(line)]
        if row.get("lang", "nl") == language
    ]
    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    return {tok.norm for text in texts for tok in tokens_of(nlp(text))}


@pytest.mark.parametrize("language", ["nl", "en", "tr", "pl", "ar", "uk"])
def test_every_token_a_lexicon_regex_matches_holds_one_of_its_runs(language):
    """Sound on the real lexicons: no token they match lacks the runs asked for."""
    lexicon = (
        load_lexicon()
        if language == "nl"
        else load_foreign_assessor(language).assessor.lexicon
    )
    steps: dict[int, Step] = {}
    for _, patterns in pattern_lists(lexicon):
        for pattern in patterns:
            for step in _steps(pattern):
                if step.runs is not None:
                    steps[id(step)] = step
    # One line per token text: each regex scans them all in one search.
    lines = "\n".join(t for t in _token_texts(language) if "\n" not in t)
    checked = 0
    for step in steps.values():
        assert step.regex is not None and step.runs is not None
        whole = re.compile(f"^(?:{step.regex.pattern})$", step.regex.flags | re.M)
        for found in whole.finditer(lines):
            text = found.group()
            if "\n" in text:
                continue  # a "\\s" across lines, no token
            assert step.regex.fullmatch(text)
            assert any(run in text for run in step.runs), (step.regex, text)
            checked += 1
    assert len(steps) > 100 and checked > 200  # the check did meet real matches
