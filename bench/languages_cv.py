"""Choose the other languages' classifier thresholds on data it never saw.

Two measures, both on messages no classifier here was fitted on:

- **Rescued**: every miss of every measured multilingual round (the "Misses"
  of ``bench/results/languages-multilingual_fresh*.md``, read by the rules of
  that day) is read by a classifier fitted without that round, one author
  left out. A miss counts as rescued when the boost at a setting lifts the
  recorded level to acuut (acute misses) or hoog+ (hoog+ misses). The
  recorded level stands in for the rules' reading: above geen the rules had
  evidence.
- **Broken**: the harmless or lower look-alikes the tests of issue 17 pin
  (``tests/test_language_reader.py``, written by other hands than the
  training), read by the rules and the product's classifiers: how many the
  boost lifts above their level, and how many of those become false alarms
  (hoog or acuut for a verhoogd or geen line).

Run: ``python -m bench.languages_cv [--save]`` (about five minutes).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from bench.fold_languages import round_of
from bot.danger.classifier import LevelClassifier, Thresholds
from bot.danger.foreign import (
    FOREIGN_LANGUAGES,
    FOREIGN_THRESHOLDS,
    fit_foreign_classifier,
    load_foreign_classifier,
    training_rows,
)
from bot.danger.model import Assessment, Indicator, Level

RESULTS = Path("bench/results")
MISS = re.compile(r"^- \[(\w\w)\] (\w+) -> (\w+), [^,]+, [^:]+: (.*)$")


def historical_misses() -> list[tuple[str, str, Level, Level, str]]:
    """(round, language, expected, recorded, text) of every foreign miss."""
    out = []
    for path in sorted(RESULTS.glob("languages-multilingual_fresh*.md")):
        for line in path.read_text("utf-8").splitlines():
            found = MISS.match(line)
            if found and found.group(1) in FOREIGN_LANGUAGES:
                lang, expected, got, text = found.groups()
                out.append((round_of(path), lang, Level(expected), Level(got), text))
    return out


def grid() -> Iterable[Thresholds]:
    """The product's setting first, then the others tried."""
    yield FOREIGN_THRESHOLDS
    for acute_bare, high_bare, acute_over in (
        (None, None, None),
        (2.0, 2.0, 0.7),
        (0.8, 0.95, 0.7),
        (0.9, 0.95, 0.7),
        (0.85, 0.9, 0.7),
        (0.85, 0.95, 0.7),
        (0.85, 2.0, 0.7),
        (0.85, 0.95, 0.6),
        (0.85, 0.95, 0.55),
    ):
        yield replace(
            FOREIGN_THRESHOLDS,
            acute_without_evidence=acute_bare,
            high_without_evidence=high_bare,
            acute_over_rules=acute_over,
        )


def _boosted(model: LevelClassifier, level: Level, found: bool, text: str) -> Level:
    evidence = (Indicator("evidence", 0, 0),) if found else ()
    return model.boost(Assessment(level=level, indicators=evidence), text).level


def main(argv: list[str] | None = None, out: TextIO = sys.stdout) -> int:
    """Print (and with --save keep) rescued and broken counts per setting."""
    import tests.test_language_reader as tables
    from bot.danger import load_text_assessor
    from bot.language.reader import load_message_reader

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", action="store_true", help="write bench/results")
    args = parser.parse_args(argv)
    rows = training_rows()
    misses = historical_misses()
    left_out: dict[tuple[str, str], LevelClassifier] = {}
    for rnd, lang, *_ in misses:
        if (lang, rnd) not in left_out:
            left_out[lang, rnd] = fit_foreign_classifier(
                lang, [r for r in rows if r.get("round") != rnd]
            )
    rules = load_message_reader(with_classifier=False)
    dutch = load_text_assessor()
    cases = [
        case
        for value in vars(tables).values()
        if isinstance(value, list)
        for case in value
        if isinstance(case, tuple) and len(case) == 2 and isinstance(case[1], Level)
    ]
    looks = []
    for text, level in cases:
        reading = rules.read(text, dutch.assess(text))
        if reading.assessment.level is level and not reading.assessment.suppressed:
            langs = (
                [reading.language]
                if reading.language in FOREIGN_LANGUAGES
                else list(FOREIGN_LANGUAGES)
            )
            looks.append((text, level, bool(reading.assessment.indicators), langs))
    lines = [
        f"{len(misses)} misses of the measured rounds; {len(looks)} look-alikes the "
        "rules read at their level",
        "",
        "| acute bare | hoog bare | acute over verhoogd | acute rescued "
        "| hoog+ rescued "
        "| look-alikes lifted | of which false alarms |",
        "|---|---|---|---|---|---|---|",
    ]
    for setting in grid():
        acute = high = acute_n = high_n = 0
        for rnd, lang, expected, got, text in misses:
            model = replace(left_out[lang, rnd], thresholds=setting)
            new = _boosted(model, got, got is not Level.GEEN, text)
            if expected is Level.ACUUT and got is not Level.ACUUT:
                acute_n += 1
                acute += new is Level.ACUUT
            if expected.rank >= Level.HOOG.rank > got.rank:
                high_n += 1
                high += new.rank >= Level.HOOG.rank
        lifted = alarms = 0
        for text, level, found, langs in looks:
            new = max(
                (
                    _boosted(
                        replace(load_foreign_classifier(lang), thresholds=setting),
                        level,
                        found,
                        text,
                    )
                    for lang in langs
                ),
                key=lambda x: x.rank,
            )
            lifted += new.rank > level.rank
            alarms += level.rank < Level.HOOG.rank <= new.rank
        lines.append(
            f"| {setting.acute_without_evidence} | {setting.high_without_evidence} "
            f"| {setting.acute_over_rules} | {acute}/{acute_n} | {high}/{high_n} "
            f"| {lifted} | {alarms} |"
        )
    text = "\n".join(lines) + "\n"
    out.write(text)
    if args.save:
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        (RESULTS / f"languages_cv-{stamp}.md").write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
