"""When workers staff the chat, read from ``VT_WORKER_HOURS`` (pure).

The regional human chats of Veilig Thuis are mostly open on weekdays in the
daytime; the phone line 0800-2000 is open day and night. Outside the chat hours
the assistant must say at once that no worker will join soon and give the
phone number, instead of letting a chatter in danger wait for nobody.

Format: one or more ``<days> <HH:MM>-<HH:MM>`` parts separated by commas, with
Dutch day abbreviations: ``ma-vr 09:00-17:00``, ``ma-vr 09:00-17:00, za
10:00-14:00``, ``ma,wo,vr 08:30-12:00``, or ``altijd`` for 24/7. Times are in
Dutch local time (Europe/Amsterdam).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

DEFAULT_WORKER_HOURS = "ma-vr 09:00-17:00"
LOCAL_TIME = ZoneInfo("Europe/Amsterdam")
DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
DAY_NAMES = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
)
ALWAYS = "altijd"
_PART = re.compile(r"^\s*([a-z,\-]+)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


class WorkerHoursError(ValueError):
    """VT_WORKER_HOURS cannot be read; the message shows the expected format."""


@dataclass(frozen=True)
class Window:
    """Open on these weekdays (0 = Monday) from ``start`` until ``end``."""

    days: frozenset[int]
    start: time
    end: time


@dataclass(frozen=True)
class WorkerHours:
    """The chat hours; ``text`` is the setting as written, shown to chatters."""

    windows: tuple[Window, ...]
    text: str
    always: bool = False

    def open_at(self, moment: datetime) -> bool:
        """Whether workers staff the chat at this (timezone-aware) moment."""
        if self.always:
            return True
        local = moment.astimezone(LOCAL_TIME)
        clock = local.time().replace(tzinfo=None)
        return any(
            local.weekday() in w.days and w.start <= clock < w.end for w in self.windows
        )

    def describe(self) -> str:
        """The hours in plain Dutch: "maandag t/m vrijdag van 09:00 tot 17:00"."""
        if self.always:
            return "dag en nacht"
        return "; ".join(_describe(w) for w in self.windows)


def _describe(window: Window) -> str:
    days = sorted(window.days)
    if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        names = f"{DAY_NAMES[days[0]]} t/m {DAY_NAMES[days[-1]]}"
    else:
        names = " en ".join(DAY_NAMES[d] for d in days)
    end = "24:00" if window.end == time.max else window.end.strftime("%H:%M")
    return f"{names} van {window.start.strftime('%H:%M')} tot {end}"


def closed_notice(hours: WorkerHours, acute: bool) -> str:
    """What a chatter reads when no worker will join soon (the request still waits).

    Honest first: nobody is there now; then who is (112 when acute, 0800-2000
    day and night); then that the request is kept for when a worker comes.
    """
    first = "Er is op dit moment geen medewerker in deze chat."
    when = f"Medewerkers chatten {hours.describe()}."
    kept = (
        "Ik heb je gesprek wel klaargezet voor een medewerker: komt er iemand, "
        "dan zie je dat hier. Tot die tijd kun je met mij verder typen."
    )
    if acute:
        return (
            f"{first} Wacht daarom niet: bel nu 112. Veilig Thuis is dag en nacht "
            f"gratis bereikbaar op 0800-2000. {when} {kept}"
        )
    return (
        f"{first} {when} Wil je nu iemand spreken? Bel Veilig Thuis: 0800-2000, "
        f"gratis en dag en nacht. In direct gevaar? Bel 112. {kept}"
    )


def parse_worker_hours(raw: str) -> WorkerHours:
    """Read the setting; raise WorkerHoursError with the format when it is wrong."""
    text = " ".join(raw.strip().lower().split())
    if text == ALWAYS:
        return WorkerHours((), text, always=True)
    windows = []
    for part in text.split(", ") if text else []:
        match = _PART.match(part)
        if match is None:
            raise _error(raw, f"cannot read {part!r}")
        days = _days(match.group(1), raw)
        start = _clock(match.group(2), match.group(3), raw)
        end = _clock(match.group(4), match.group(5), raw)
        if end <= start:
            raise _error(raw, f"{part!r} ends before it starts")
        windows.append(Window(days, start, end))
    if not windows:
        raise _error(raw, "no opening hours")
    return WorkerHours(tuple(windows), text)


def _days(spec: str, raw: str) -> frozenset[int]:
    days: set[int] = set()
    for item in spec.split(","):
        first, _, last = item.partition("-")
        if first not in DAYS or (last and last not in DAYS):
            raise _error(raw, f"unknown day in {spec!r}")
        start, end = DAYS.index(first), DAYS.index(last or first)
        if end < start:
            raise _error(raw, f"{item!r} runs backwards")
        days.update(range(start, end + 1))
    return frozenset(days)


def _clock(hours: str, minutes: str, raw: str) -> time:
    h, m = int(hours), int(minutes)
    if h == 24 and m == 0:
        return time.max
    if not (0 <= h < 24 and 0 <= m < 60):
        raise _error(raw, f"{hours}:{minutes} is not a time")
    return time(h, m)


def _error(raw: str, why: str) -> WorkerHoursError:
    return WorkerHoursError(
        f"VT_WORKER_HOURS={raw!r}: {why}; expected e.g. "
        f"'{DEFAULT_WORKER_HOURS}', 'ma-vr 09:00-17:00, za 10:00-14:00' or "
        f"'{ALWAYS}'"
    )
