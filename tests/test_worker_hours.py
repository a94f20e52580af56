"""VT_WORKER_HOURS: when a worker can join the chat, in Dutch local time."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.settings import Settings, SettingsError
from bot.worker_hours import WorkerHoursError, closed_notice, parse_worker_hours

# 2026-12-07 is a Monday; in December Amsterdam is UTC+1.
MONDAY_0830_LOCAL = datetime(2026, 12, 7, 7, 30, tzinfo=timezone.utc)
MONDAY_0900_LOCAL = datetime(2026, 12, 7, 8, 0, tzinfo=timezone.utc)
MONDAY_1659_LOCAL = datetime(2026, 12, 7, 15, 59, tzinfo=timezone.utc)
MONDAY_1700_LOCAL = datetime(2026, 12, 7, 16, 0, tzinfo=timezone.utc)
SATURDAY_1100_LOCAL = datetime(2026, 12, 12, 10, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("moment", "open_"),
    [
        (MONDAY_0830_LOCAL, False),
        (MONDAY_0900_LOCAL, True),
        (MONDAY_1659_LOCAL, True),
        (MONDAY_1700_LOCAL, False),
        (SATURDAY_1100_LOCAL, False),
    ],
)
def test_the_default_is_weekdays_nine_to_five_dutch_time(moment, open_):
    assert Settings.from_env({}).worker_hours_parsed.open_at(moment) is open_


def test_summer_time_is_dutch_time_too():
    hours = parse_worker_hours("ma-vr 09:00-17:00")
    # 2026-07-06 is a Monday; Amsterdam is UTC+2 then.
    assert hours.open_at(datetime(2026, 7, 6, 7, 0, tzinfo=timezone.utc))
    assert not hours.open_at(datetime(2026, 7, 6, 6, 59, tzinfo=timezone.utc))


def test_several_windows_and_always():
    hours = parse_worker_hours("ma-vr 09:00-17:00, za 10:00-14:00")
    assert hours.open_at(SATURDAY_1100_LOCAL)
    assert parse_worker_hours("altijd").open_at(MONDAY_0830_LOCAL)
    assert parse_worker_hours("ma,wo 08:00-24:00").open_at(MONDAY_0830_LOCAL)


@pytest.mark.parametrize(
    "raw",
    ["", "weekdagen", "ma-vr 17:00-09:00", "mo-fr 09:00-17:00", "vr-ma 09:00-17:00"],
)
def test_unreadable_hours_are_refused_with_the_format(raw):
    with pytest.raises(WorkerHoursError, match=r"expected e\.g\. 'ma-vr 09:00-17:00'"):
        parse_worker_hours(raw)


def test_the_setting_is_checked_at_start():
    with pytest.raises(SettingsError, match="VT_WORKER_HOURS"):
        Settings.from_env({"VT_WORKER_HOURS": "24/7"})


def test_the_closed_notice_is_honest_and_gives_the_numbers():
    hours = parse_worker_hours("ma-vr 09:00-17:00")
    calm = closed_notice(hours, acute=False)
    assert calm.startswith("Er is op dit moment geen medewerker in deze chat.")
    assert "maandag t/m vrijdag van 09:00 tot 17:00" in calm
    assert "0800-2000" in calm and "112" in calm
    acute = closed_notice(hours, acute=True)
    assert acute.index("112") < acute.index("0800-2000")
