"""The danger targets on our own labelled sets (never training data for rules).

danger_cases.jsonl was written for this product; danger_holdout.jsonl was written
independently and is never looked at while tuning the lexicon: it is the honest
estimate of how the assessor does on messages it has never seen.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from bot.danger import INDICATOR_CODES
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


def test_holdout_set_scores_are_reported(text_assessor, capsys):
    holdout = read_cases(
        (DATA / "danger_holdout.jsonl").read_text("utf-8").splitlines()
    )
    s = score(holdout, text_assessor.assess)
    with capsys.disabled():
        print(
            f"\nholdout ({s.total}): acute recall {s.acute_recall:.3f}, "
            f"hoog+ recall {s.high_recall:.3f}, false alarms {s.false_alarm_rate:.3f}, "
            f"level accuracy {s.level_accuracy:.3f}"
        )
    assert s.acute_recall >= 0.9
    assert s.false_alarm_rate <= 0.1
