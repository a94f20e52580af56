"""Score the assessor on a labelled JSON Lines file (the danger_dev.jsonl format).

Recall on acute and on hoog-or-higher matters most: a missed acute message is the
worst failure this product can have; false alarms cost a worker's time.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from bot.danger.model import Assessment, Level

LEVELS = [Level.ACUUT, Level.HOOG, Level.VERHOOGD, Level.GEEN]


@dataclass(frozen=True)
class Case:
    """One labelled message."""

    text: str
    level: Level
    indicators: tuple[str, ...]


@dataclass
class Scores:
    """Evaluation results; the ratios are None when their denominator is empty."""

    total: int = 0
    acute_recall: float | None = None
    high_recall: float | None = None
    false_alarm_rate: float | None = None
    level_accuracy: float | None = None
    indicator_recall: float | None = None
    # Of the codes the assessor reported on a message, the share the labeller
    # gave it too: a worker reads these labels, so a wrong one costs trust.
    indicator_precision: float | None = None
    confusion: dict[str, Counter[str]] = field(default_factory=dict)
    misses: list[dict[str, object]] = field(default_factory=list)


def read_cases(lines: Iterable[str]) -> list[Case]:
    """Parse labelled cases; raise ValueError naming the bad line."""
    cases = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            cases.append(
                Case(
                    text=str(raw["text"]),
                    level=Level(raw["level"]),
                    indicators=tuple(raw.get("indicators", [])),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"line {n}: not a labelled case: {exc}") from exc
    return cases


def score(cases: list[Case], assess: Callable[[str], Assessment]) -> Scores:
    """Assess every case and compute the product's danger metrics."""
    s = Scores(total=len(cases))
    s.confusion = {lvl.value: Counter() for lvl in LEVELS}
    acute = acute_hit = high = high_hit = calm = alarms = correct = 0
    wanted = found = reported = 0
    for case in cases:
        got = assess(case.text)
        s.confusion[case.level.value][got.level.value] += 1
        correct += got.level is case.level
        if case.level is Level.ACUUT:
            acute += 1
            acute_hit += got.level is Level.ACUUT
        if case.level.rank >= Level.HOOG.rank:
            high += 1
            high_hit += got.level.rank >= Level.HOOG.rank
        else:
            calm += 1
            alarms += got.level.rank >= Level.HOOG.rank
        codes = set(got.codes)
        wanted += len(case.indicators)
        found += len(set(case.indicators) & codes)
        reported += len(codes)
        missing = sorted(set(case.indicators) - codes)
        if got.level is not case.level or missing:
            s.misses.append(
                {
                    "text": case.text,
                    "expected": case.level.value,
                    "got": got.level.value,
                    "missing_indicators": missing,
                    "found": sorted(codes),
                }
            )
    s.acute_recall = acute_hit / acute if acute else None
    s.high_recall = high_hit / high if high else None
    s.false_alarm_rate = alarms / calm if calm else None
    s.level_accuracy = correct / len(cases) if cases else None
    s.indicator_recall = found / wanted if wanted else None
    s.indicator_precision = found / reported if reported else None
    return s


# Worst first: what a reviewer of a measurement should read before the rest.
MISS_CLASSES = (
    "acute missed",
    "hoog or higher missed",
    "false alarm",
    "acute over hoog",
    "other level",
    "indicator only",
)


def miss_class(miss: dict[str, object]) -> str:
    """Which kind of error a miss is, in the order of :data:`MISS_CLASSES`."""
    expected, got = Level(str(miss["expected"])), Level(str(miss["got"]))
    if expected is Level.ACUUT and got is not Level.ACUUT:
        return "acute missed"
    if expected.rank >= Level.HOOG.rank > got.rank:
        return "hoog or higher missed"
    if got.rank >= Level.HOOG.rank > expected.rank:
        return "false alarm"
    if expected is Level.HOOG and got is Level.ACUUT:
        return "acute over hoog"
    if expected is not got:
        return "other level"
    return "indicator only"


def format_report(s: Scores) -> str:
    """A plain-text report: metrics, the confusion matrix, then every miss."""

    def pct(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    lines = [
        f"cases                 {s.total}",
        f"acute recall          {pct(s.acute_recall)}",
        f"hoog+ recall          {pct(s.high_recall)}",
        f"false-alarm rate      {pct(s.false_alarm_rate)}",
        f"level accuracy        {pct(s.level_accuracy)}",
        f"indicator recall      {pct(s.indicator_recall)}",
        f"indicator precision   {pct(s.indicator_precision)}",
        "",
        "confusion (rows: expected, columns: assessed)",
        f"{'':10}" + "".join(f"{lvl.value:>10}" for lvl in LEVELS),
    ]
    for row in LEVELS:
        counts = s.confusion.get(row.value, Counter())
        lines.append(
            f"{row.value:10}" + "".join(f"{counts[c.value]:>10}" for c in LEVELS)
        )
    lines += ["", f"misses ({len(s.misses)}), by class"]
    by_class: dict[str, list[dict[str, object]]] = {}
    for miss in s.misses:
        by_class.setdefault(miss_class(miss), []).append(miss)
    for name in MISS_CLASSES:
        for_class = by_class.get(name, [])
        if not for_class:
            continue
        lines.append(f"{name} ({len(for_class)})")
        for miss in for_class:
            extra = (
                f" missing {','.join(miss['missing_indicators'])}"  # type: ignore[arg-type]
                if miss["missing_indicators"]
                else ""
            )
            lines.append(
                f"- [{miss['expected']} -> {miss['got']}]{extra}: {miss['text']}"
            )
    return "\n".join(lines)
