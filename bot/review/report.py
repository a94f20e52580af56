"""The advice report: counts per topic, audience and week; a day-by-level series.

Pure: it takes records and conversation summaries, so the same numbers feed the
JSON report, the console chart and the tests.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from bot.store.review import AdviceRecord

LEVELS = ("geen", "verhoogd", "hoog", "acuut")


def iso_week(moment: datetime) -> str:
    """``2026-W48``: the ISO week a moment falls in (UTC)."""
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


def advice_report(
    records: Iterable[AdviceRecord],
    conversations: Iterable[tuple[datetime, str]],
) -> dict[str, Any]:
    """Counts of advice (by topic, audience, week, giver) and a per-day series.

    Args:
        records: the advice records of the period.
        conversations: (start time, level) of each conversation of the period.
    """
    records = list(records)
    days: dict[str, dict[str, Any]] = {}

    def day(moment: datetime) -> dict[str, Any]:
        key = moment.date().isoformat()
        return days.setdefault(
            key,
            {
                "day": key,
                "advice": dict.fromkeys(LEVELS, 0),
                "conversations": dict.fromkeys(LEVELS, 0),
            },
        )

    for record in records:
        day(record.given_at)["advice"][record.danger_level] += 1
    for started, level in conversations:
        day(started)["conversations"][level] += 1
    return {
        "total": len(records),
        "by_topic": _counts(r.topic for r in records),
        "by_audience": _counts(r.audience or "onbekend" for r in records),
        "by_week": _counts(iso_week(r.given_at) for r in records),
        "by_giver": _counts(r.given_by for r in records),
        "per_day": [days[k] for k in sorted(days)],
    }


def _counts(values: Iterable[str]) -> dict[str, int]:
    return dict(sorted(Counter(values).items()))
