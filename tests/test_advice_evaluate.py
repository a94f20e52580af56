"""Scoring advice answers (bench/advice_eval.py uses this on a running server)."""

from __future__ import annotations

import json

import pytest

from bot.advice import load_library
from bot.advice.evaluate import judge, macro_f1, normalise, read_cases, score
from tests.conftest import ROOT


def case(**fields) -> str:
    base = {
        "text": "wat is een huisverbod",
        "topic": "huisverbod",
        "audience": "zelf",
        "expect": [["10 dagen", "tien dagen"], ["0800-2000"]],
        "must_not": ["niet jouw schuld"],
    }
    return json.dumps({**base, **fields})


def test_phone_numbers_match_whatever_their_separators():
    assert normalise("Bel 0800 - 2000 of 0800-2000") == "bel 08002000 of 08002000"


def test_every_fact_group_needs_one_alternative_and_nothing_forbidden():
    (c,) = read_cases([case()])
    assert judge(c, "Een huisverbod duurt tien dagen. Bel 0800 2000.").ok
    missing = judge(c, "Het duurt 10 dagen.")
    assert missing.missing == (("0800-2000",),) and not missing.ok
    forbidden = judge(c, "10 dagen, 0800-2000. Het is niet jouw schuld.")
    assert forbidden.forbidden == ("niet jouw schuld",) and not forbidden.ok


def test_a_bad_line_names_its_number():
    with pytest.raises(ValueError, match="line 2"):
        read_cases([case(), '{"text": "zonder rest"}'])


def test_score_reads_the_topic_back_from_the_library_text():
    library = load_library(ROOT / "data" / "advice")
    text = library.for_topic("huisverbod", "zelf").text
    quiet = {"expect": [], "must_not": []}
    cases = read_cases([case(**quiet), case(topic="opvang", **quiet)])
    report = score(
        cases,
        ["Intro.\n" + text, text],
        library,
        {"huisverbod": ["huisverbod"], "opvang": ["opvang"]},
    )
    assert report.accuracy == 1.0
    assert report.by_topic == {"huisverbod": [1, 1], "opvang": [1, 1]}
    # Both answered with the huisverbod text: one right, one wrong topic.
    assert report.topic_f1 == pytest.approx((2 / 3 + 0) / 2)


def test_macro_f1_counts_unmapped_answers_as_misses():
    topic_map = {"a": ["x"], "b": ["y"]}
    assert macro_f1(["a", "b"], ["x", "y"], topic_map) == 1.0
    assert macro_f1(["a", "b"], ["x", None], topic_map) == pytest.approx(0.5)
