"""Score the intake on labelled conversations: per-field accuracy and the misses.

A line is ``{"turns": [...], "expect": {dotted field: value}}`` (the format of
``../shared/eval/intake_dev.jsonl``); only the fields a line names are scored.
List fields compare as sets: the order of victims or ages does not matter.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.intake.model import Intake, lookup


@dataclass(frozen=True)
class Miss:
    """One field read wrong: the conversation, the field, expected and found."""

    line: int
    field: str
    expected: Any
    found: Any


@dataclass
class IntakeScore:
    """Right and total per field, and every miss."""

    right: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    @property
    def overall(self) -> float:
        """The share of all scored fields that were right."""
        total = sum(self.total.values())
        return sum(self.right.values()) / total if total else 0.0

    def accuracy(self, name: str) -> float:
        """The share of one field's cases that were right."""
        return (
            self.right.get(name, 0) / self.total[name] if self.total.get(name) else 0.0
        )

    def table(self) -> str:
        """Per-field accuracy as a plain-text table, then the misses."""
        lines = [f"{'field':32} {'right':>6} {'total':>6} {'accuracy':>9}"]
        for name in sorted(self.total):
            lines.append(
                f"{name:32} {self.right.get(name, 0):>6} {self.total[name]:>6}"
                f" {self.accuracy(name):>9.3f}"
            )
        lines.append(
            f"{'overall':32} {sum(self.right.values()):>6}"
            f" {sum(self.total.values()):>6} {self.overall:>9.3f}"
        )
        if self.misses:
            lines.append("")
            lines.append("misses:")
            for miss in self.misses:
                lines.append(
                    f"  line {miss.line} {miss.field}: expected {miss.expected!r},"
                    f" found {miss.found!r}"
                )
        return "\n".join(lines)


def read_cases(lines: Iterable[str]) -> list[dict[str, Any]]:
    """Parse JSON Lines; a bad line raises ValueError naming its number."""
    cases = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {number}: not JSON: {exc}") from exc
        if (
            not isinstance(case, dict)
            or not isinstance(case.get("turns"), list)
            or not isinstance(case.get("expect"), dict)
        ):
            raise ValueError(
                f"line {number}: needs 'turns' (a list) and 'expect' (an object)"
            )
        case["line"] = number
        cases.append(case)
    return cases


def score(
    cases: Sequence[dict[str, Any]], build: Callable[[list[str]], Intake]
) -> IntakeScore:
    """Build each conversation's intake and compare the named fields."""
    result = IntakeScore()
    for case in cases:
        found_all = build([str(t) for t in case["turns"]]).as_dict()
        for name, expected in case["expect"].items():
            try:
                found = lookup(found_all, name)
            except KeyError:
                found = None
            ok = _same(expected, found)
            result.total[name] = result.total.get(name, 0) + 1
            if ok:
                result.right[name] = result.right.get(name, 0) + 1
            else:
                result.misses.append(Miss(case["line"], name, expected, found))
    return result


def _same(expected: Any, found: Any) -> bool:
    if isinstance(expected, list) and isinstance(found, list):
        return sorted(map(str, expected)) == sorted(map(str, found))
    return bool(expected == found)
