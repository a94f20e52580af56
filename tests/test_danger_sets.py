"""The danger targets on our own labelled sets.

danger_cases.jsonl (written for this product) and danger_holdout.jsonl (written
separately) are what the lexicon was tuned on and what the classifier is trained
on (bot/danger/training*.jsonl), so their scores are optimistic.
danger_blind.jsonl was written by someone who never saw the system; it was never
trained on, but its errors were analysed to improve the lexicon (2026-11-29), so
it is optimistic now too. danger_unseen.jsonl (239) was written afterwards by
someone who saw neither the code nor the other sets; its errors were analysed
to improve precision (issue 3, 2026-11-29), so it is optimistic now as well.
danger_heldout.jsonl (200) was written for that round before the assessor was
run on it and measured once afterwards: the honest estimate on unseen messages.
Do not tune on it; write a new one when it has been looked at too often.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from bot.danger import INDICATOR_CODES, load_text_assessor
from bot.danger.classifier import load_training_examples
from bot.danger.evaluate import read_cases, score
from tests.conftest import ROOT, SHARED_EVAL

DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def cases():
    return read_cases((DATA / "danger_cases.jsonl").read_text("utf-8").splitlines())


def test_the_case_set_covers_what_the_issue_asks(cases):
    assert len(cases) >= 400
    levels = Counter(c.level.value for c in cases)
    assert min(levels.values()) >= 50, levels
    codes = Counter(code for c in cases for code in c.indicators)
    for code in INDICATOR_CODES:
        assert codes[code] >= 5, code
    dev = SHARED_EVAL / "danger_dev.jsonl"
    if dev.exists():
        dev_texts = {json.loads(line)["text"] for line in dev.read_text().splitlines()}
        assert not dev_texts & {c.text for c in cases}


def test_targets_on_the_case_set(cases, text_assessor):
    s = score(cases, text_assessor.assess)
    misses = "\n".join(f"{m['expected']}->{m['got']}: {m['text']}" for m in s.misses)
    assert s.acute_recall >= 0.95, misses
    assert s.high_recall >= 0.95, misses
    assert s.false_alarm_rate <= 0.05, misses
    assert s.level_accuracy >= 0.85, misses


def _report(name: str, s) -> str:
    return (
        f"{name} ({s.total}): acute recall {s.acute_recall:.3f}, "
        f"hoog+ recall {s.high_recall:.3f}, false alarms {s.false_alarm_rate:.3f}, "
        f"level accuracy {s.level_accuracy:.3f}"
    )


def test_blind_set_scores(text_assessor, nlp, capsys):
    blind = read_cases((DATA / "danger_blind.jsonl").read_text("utf-8").splitlines())
    assert not {c.text for c in blind} & {t for t, _ in load_training_examples()}
    s = score(blind, text_assessor.assess)
    rules_only = score(blind, load_text_assessor(nlp, with_classifier=False).assess)
    with capsys.disabled():
        print("\n" + _report("blind, rules + classifier", s))
        print(_report("blind, rules alone", rules_only))
    # Floors that a regression must not cross (measured 2026-11-29 after the
    # precision round: 1.0 / 1.0 / 0.028 / 0.973).
    assert s.acute_recall >= 0.97
    assert s.high_recall >= 0.97
    assert s.false_alarm_rate <= 0.03
    assert s.level_accuracy >= 0.96
    # The classifier only raises: it never loses recall on this set. Since
    # 2026-12-04 the rules alone reach 1.0 / 1.0 here, so what it adds is
    # checked on the held-out set below.
    assert s.acute_recall >= rules_only.acute_recall
    assert s.high_recall >= rules_only.high_recall


def test_unseen_set_scores(text_assessor, nlp, capsys):
    unseen = read_cases((DATA / "danger_unseen.jsonl").read_text("utf-8").splitlines())
    assert len(unseen) >= 200
    assert not {c.text for c in unseen} & {t for t, _ in load_training_examples()}
    s = score(unseen, text_assessor.assess)
    rules_only = score(unseen, load_text_assessor(nlp, with_classifier=False).assess)
    with capsys.disabled():
        print("\n" + _report("unseen, rules + classifier", s))
        print(_report("unseen, rules alone", rules_only))
    # Regression floors at the measured scores (2026-11-29: 0.956 / 0.980 /
    # 0.129 / 0.821 before the precision round, 1.0 / 1.0 / 0.014 / 0.954
    # after it; optimistic now, as its errors guided that round).
    assert s.acute_recall >= 0.97
    assert s.high_recall >= 0.98
    assert s.false_alarm_rate <= 0.02
    assert s.level_accuracy >= 0.94


def test_heldout_set_scores(text_assessor, nlp, capsys):
    heldout = read_cases(
        (DATA / "danger_heldout.jsonl").read_text("utf-8").splitlines()
    )
    assert len(heldout) >= 200
    assert not {c.text for c in heldout} & {t for t, _ in load_training_examples()}
    s = score(heldout, text_assessor.assess)
    rules_only = score(heldout, load_text_assessor(nlp, with_classifier=False).assess)
    with capsys.disabled():
        print("\n" + _report("heldout, rules + classifier", s))
        print(_report("heldout, rules alone", rules_only))
    # Floors just below the one honest measurement (2026-11-29: acute recall
    # 0.964, hoog+ recall 0.973, false alarms 0.048, level accuracy 0.905; rules
    # alone 0.714 / 0.905 / 0.032 / 0.875). Acute recall misses the target 1.0:
    # one acute message of 28 is assessed verhoogd (see the README).
    assert s.acute_recall >= 0.96
    assert s.high_recall >= 0.97
    assert s.false_alarm_rate <= 0.05
    # The classifier adds recall the rules alone miss (acute 0.75 alone).
    assert (
        s.acute_recall + s.high_recall
        > rules_only.acute_recall + rules_only.high_recall
    )
    assert s.level_accuracy >= 0.90
