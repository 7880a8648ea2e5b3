"""The 24–48 h window and business hours."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from agent.core.schedule import (
    BusinessHours,
    feedback_due_at,
    first_business_moment,
    parse_business_hours,
)

BERLIN = ZoneInfo("Europe/Berlin")
NINE_TO_FIVE = parse_business_hours("09:00-17:00")


def at(text: str, tz=BERLIN) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz)


def test_parse_default_and_variants():
    assert BusinessHours(datetime(1, 1, 1, 9).time(), datetime(1, 1, 1, 17).time()) == NINE_TO_FIVE
    assert parse_business_hours("off") is None
    sat = parse_business_hours("Mon-Sat 08:30-18:00")
    assert sat.weekdays == frozenset(range(6)) and sat.start.minute == 30
    assert parse_business_hours("Fri-Mon 10:00-12:00").weekdays == frozenset({4, 5, 6, 0})
    assert parse_business_hours(" 8:05 - 16:45 ") == BusinessHours(
        datetime(1, 1, 1, 8, 5).time(), datetime(1, 1, 1, 16, 45).time())
    assert parse_business_hours("sun 10:00-11:00").weekdays == frozenset({6})
    assert parse_business_hours("Tue-Thu 09:00-17:00").weekdays == frozenset({1, 2, 3})
    for off in ("OFF", "none", "no", "false", "0", " off "):
        assert parse_business_hours(off) is None
    for bad in ("9-5", "17:00-09:00", "25:00-26:00", "Xyz 09:00-17:00", ""):
        with pytest.raises(ValueError):
            parse_business_hours(bad)


def test_rejection_tuesday_morning_lands_wednesday_same_time():
    rejected = at("2026-11-17T10:30")  # Tuesday
    assert feedback_due_at(rejected, NINE_TO_FIVE, BERLIN) == at("2026-11-18T10:30")


def test_rejection_in_the_evening_waits_for_opening_next_next_morning():
    rejected = at("2026-11-17T19:00")  # Tuesday evening: +24h is Wed 19:00, first open Thu 09:00
    assert feedback_due_at(rejected, NINE_TO_FIVE, BERLIN) == at("2026-11-19T09:00")


def test_friday_rejection_uses_24h_mark_when_window_is_all_weekend():
    rejected = at("2026-11-20T18:00")  # Friday 18:00; window Sat 18:00 - Sun 18:00
    assert feedback_due_at(rejected, NINE_TO_FIVE, BERLIN) == at("2026-11-21T18:00")


def test_business_hours_off_is_the_24h_mark():
    rejected = at("2026-11-20T18:00")
    assert feedback_due_at(rejected, None, BERLIN) == rejected + timedelta(hours=24)


def test_due_time_is_never_before_24h_or_after_48h():
    base = at("2026-11-16T00:00")
    for hours in range(0, 24 * 7, 5):
        rejected = base + timedelta(hours=hours)
        due = feedback_due_at(rejected, NINE_TO_FIVE, BERLIN)
        assert timedelta(hours=24) <= due - rejected <= timedelta(hours=48)


def test_time_zone_is_respected_across_dst():
    """New York springs forward on Sunday 2026-03-08: a Saturday-evening rejection is due at
    Monday 09:00 *daylight* time (13:00 UTC), not 09:00 standard time (14:00 UTC), not 09:00
    UTC, and not the bare 24 h mark (Sunday evening)."""
    ny = ZoneInfo("America/New_York")
    rejected = datetime(2026, 3, 7, 20, 0, tzinfo=ny)  # Saturday 20:00 EST
    due = feedback_due_at(rejected, NINE_TO_FIVE, ny)
    assert due == datetime(2026, 3, 9, 13, 0, tzinfo=timezone.utc)
    assert due.astimezone(ny).hour == 9 and due.astimezone(ny).weekday() == 0


def test_first_business_moment_none_when_window_closed():
    start, end = at("2026-11-21T10:00"), at("2026-11-22T20:00")  # Sat-Sun
    assert first_business_moment(start, end, NINE_TO_FIVE, BERLIN) is None
