"""The trained model: test stories and the held-out NLU test set.

`rasa test core` runs the test stories with every policy, the SafetyPolicy
included, and fails on any wrong prediction; `rasa test nlu` scores intents on
tests/nlu/test_nlu.yml, examples that are not in the training data.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow
RASA = str(Path(sys.executable).parent / "rasa")


def test_test_stories_have_no_prediction_errors(trained_model, tmp_path):
    result = subprocess.run(
        [
            RASA,
            "test",
            "core",
            "--stories",
            "tests/stories",
            "--model",
            str(trained_model),
            "--out",
            str(tmp_path),
            "--fail-on-prediction-errors",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]


def test_intent_macro_f1_on_the_held_out_nlu_set(trained_model, tmp_path, capsys):
    subprocess.run(
        [
            RASA,
            "test",
            "nlu",
            "--nlu",
            "tests/nlu/test_nlu.yml",
            "--model",
            str(trained_model),
            "--out",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        check=True,
        timeout=900,
    )
    report = json.loads((tmp_path / "intent_report.json").read_text())
    macro_f1 = report["macro avg"]["f1-score"]
    responses = json.loads((tmp_path / "response_selection_report.json").read_text())
    faq_f1 = responses["macro avg"]["f1-score"]
    with capsys.disabled():
        print(f"\nintent macro-F1 {macro_f1:.3f}; FAQ response macro-F1 {faq_f1:.3f}")
    assert macro_f1 >= 0.90
    assert faq_f1 >= 0.80
