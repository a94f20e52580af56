"""Choose the classifier's thresholds on messages its training never saw.

Leave one author out: each ``training_fresh_r*.jsonl`` round was written by a
different independent author, so fitting the classifier on everything except
one round and scoring that round imitates the real case, a new writer's
wording. The rules are not refitted (they were tuned on these rounds, so their
part of the figures is optimistic; the comparison between threshold settings
is what this is for). Run: ``python -m bench.danger_cv`` (about two minutes).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from importlib import resources
from typing import TextIO

from bot.danger.classifier import (
    LevelClassifier,
    Thresholds,
    load_training_examples,
    train_classifier,
)
from bot.danger.evaluate import Case, Scores, read_cases, score
from bot.danger.model import Assessment

ROUND_PREFIX = "training_fresh_r"


def _rounds() -> dict[str, list[Case]]:
    folder = resources.files("bot.danger")
    names = sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith(ROUND_PREFIX) and p.name.endswith(".jsonl")
    )
    return {
        name: read_cases(folder.joinpath(name).read_text("utf-8").splitlines())
        for name in names
    }


class _Fold:
    """One left-out round: its cases, the rules' readings, a classifier without it."""

    def __init__(
        self, cases: list[Case], rules: dict[str, Assessment], model: LevelClassifier
    ) -> None:
        self.cases = cases
        self.rules = rules
        self.model = model
        self._probs = {c.text: model.probabilities(c.text) for c in cases}

    def reader(self, thresholds: Thresholds) -> Callable[[str], Assessment]:
        """Rules plus this fold's classifier at these thresholds, for its cases."""
        model = replace(self.model, thresholds=thresholds)
        # The probabilities do not depend on the thresholds: computed once.
        object.__setattr__(model, "probabilities", self._probs.__getitem__)
        return lambda text: model.boost(self.rules[text], text)


def build_folds() -> list[_Fold]:
    """Fit one classifier per left-out round; read every message with the rules."""
    from bot.danger import load_text_assessor

    rounds = _rounds()
    rules_only = load_text_assessor(with_classifier=False)
    examples = load_training_examples()
    folds = []
    for cases in rounds.values():
        held = {c.text for c in cases}
        model = train_classifier([e for e in examples if e[0] not in held])
        rules = {c.text: rules_only.assess(c.text) for c in cases}
        folds.append(_Fold(cases, rules, model))
    return folds


def union(folds: list[_Fold], thresholds: Thresholds) -> Scores:
    """All left-out rounds scored together, each by the classifier without it."""
    readers: dict[str, Callable[[str], Assessment]] = {}
    for fold in folds:
        read = fold.reader(thresholds)
        readers.update(dict.fromkeys((c.text for c in fold.cases), read))
    cases = [c for fold in folds for c in fold.cases]
    return score(cases, lambda text: readers[text](text))


def grid() -> Iterable[Thresholds]:
    """The settings tried: the product's defaults first."""
    yield Thresholds()
    for acute, high, acute_bare, high_bare, calm in itertools.product(
        (0.35, 0.42, 0.5),
        (0.6, 0.7, 0.8),
        (None, 0.55, 0.7),
        (None, 0.85, 0.95),
        (0.6, 0.7),
    ):
        yield Thresholds(
            acute=acute,
            high=high,
            calm=calm,
            acute_without_evidence=acute_bare,
            high_without_evidence=high_bare,
        )


def main(argv: list[str] | None = None, out: TextIO = sys.stdout) -> int:
    """Print the leave-one-author-out figures of each threshold setting."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--top", type=int, default=15, help="rows to print")
    args = parser.parse_args(argv)
    folds = build_folds()
    rows = [(t, union(folds, t)) for t in grid()]
    default = rows[0]
    # Recall first (a missed acute message is the worst bug), then false alarms.
    ranked = sorted(
        rows[1:],
        key=lambda r: (
            -round(r[1].acute_recall or 0.0, 3),
            -round(r[1].high_recall or 0.0, 3) + (r[1].false_alarm_rate or 0.0),
        ),
    )
    out.write(
        f"{len(folds)} left-out rounds, {sum(len(f.cases) for f in folds)} messages\n"
    )
    out.write(
        "| acute | high | acute bare | high bare | calm | acute | hoog+ | FA | acc |\n"
    )
    out.write("|---|---|---|---|---|---|---|---|---|\n")
    for t, s in [default, *ranked[: args.top]]:
        out.write(
            f"| {t.acute} | {t.high} | {t.acute_without_evidence} | "
            f"{t.high_without_evidence} | {t.calm} | {s.acute_recall:.3f} | "
            f"{s.high_recall:.3f} | {s.false_alarm_rate:.3f} | "
            f"{s.level_accuracy:.3f} |\n"
        )
    figures = default[1]
    out.write(
        json.dumps(
            {
                "default": {
                    "acute": figures.acute_recall,
                    "hoog+": figures.high_recall,
                    "false alarms": figures.false_alarm_rate,
                    "accuracy": figures.level_accuracy,
                }
            }
        )
        + "\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
