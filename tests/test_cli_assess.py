"""`vtchat assess` as a user runs it: JSON Lines in, one JSON object out per line."""

from __future__ import annotations

import json
import subprocess

from tests.conftest import SHARED_EVAL
from tests.support.cli import vtchat


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return vtchat("assess", *args, stdin=stdin)


def test_one_output_line_per_input_line_and_bad_lines_do_not_stop_it():
    lines = [
        {"text": "mijn man slaat me op dit moment"},
        "this is not json",
        {"no_text": 1},
        {"text": "hoe lang duurt een huisverbod?"},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    result = run(stdin=stdin)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    assert out[0]["level"] == "acuut"
    codes = {i["code"] for i in out[0]["indicators"]}
    assert {"fysiek_geweld", "acuut_nu"} <= codes
    first = out[0]["indicators"][0]
    assert "mijn man slaat me op dit moment"[first["start"] : first["end"]] == "slaat"
    assert "line 2" in out[1]["error"] and "line 3" in out[2]["error"]
    assert out[3] == {"level": "geen", "indicators": []}


def test_eval_prints_the_metrics_confusion_and_misses(tmp_path):
    labelled = tmp_path / "cases.jsonl"
    labelled.write_text(
        "\n".join(
            json.dumps(c)
            for c in [
                {
                    "text": "hij slaat me nu",
                    "level": "acuut",
                    "indicators": ["acuut_nu"],
                },
                {"text": "hallo", "level": "acuut", "indicators": []},
                {"text": "wat is de meldcode", "level": "geen", "indicators": []},
            ]
        )
    )
    result = run("--eval", str(labelled))
    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert "acute recall          0.500" in report
    for label in (
        "hoog+ recall",
        "false-alarm rate",
        "level accuracy",
        "indicator recall",
    ):
        assert label in report
    assert "confusion" in report
    # The worker reads the labels: "slaat" as fysiek_geweld was not labelled.
    assert "indicator precision   0.500" in report
    # Misses are grouped by class, the worst first.
    assert "acute missed (1)\n- [acuut -> geen]: hallo" in report


def test_eval_of_a_missing_file_is_a_clear_error(tmp_path):
    result = run("--eval", str(tmp_path / "nope.jsonl"))
    assert result.returncode == 2 and "nope.jsonl" in result.stderr


def test_eval_on_the_shared_development_set_meets_the_targets():
    dev = SHARED_EVAL / "danger_dev.jsonl"
    if not dev.exists():
        return
    report = run("--eval", str(dev)).stdout
    metrics = dict(
        (line[:22].strip(), line[22:].strip()) for line in report.splitlines()[:6]
    )
    assert float(metrics["acute recall"]) == 1.0
    assert float(metrics["hoog+ recall"]) >= 0.95
    assert float(metrics["false-alarm rate"]) <= 0.05
    assert float(metrics["level accuracy"]) >= 0.85


def test_language_auto_reads_a_message_as_the_chat_does(tmp_path):
    # A Turkish line in a Dutch danger set: the Dutch rules alone see nothing,
    # the chat detects Turkish and reads it acute.
    line = {"text": "babam annemi şu an boğuyor", "level": "acuut"}
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps({**line, "indicators": ["acuut_nu"]}) + "\n", "utf-8")
    dutch_only = run("--eval", str(path))
    as_chat = run("--eval", str(path), "--language", "auto")
    assert dutch_only.returncode == 0 and as_chat.returncode == 0, as_chat.stderr
    assert "acute recall          0.000" in dutch_only.stdout
    assert "acute recall          1.000" in as_chat.stdout
