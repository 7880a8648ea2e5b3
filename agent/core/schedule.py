"""When a feedback request should appear: the 24–48 h window and business hours. Pure.

The advice Debrief encodes: wait at least 24 h after the rejection (let the emotion settle and the
hiring team finish), but not much longer than 48 h, and land in the recipient's working day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

WAIT_MIN = timedelta(hours=24)
WAIT_MAX = timedelta(hours=48)
TOO_LATE = timedelta(days=7)

_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_SPEC = re.compile(
    r"^\s*(?:(?P<d1>[a-z]{3})(?:\s*-\s*(?P<d2>[a-z]{3}))?\s+)?"
    r"(?P<h1>\d{1,2}):(?P<m1>\d{2})\s*-\s*(?P<h2>\d{1,2}):(?P<m2>\d{2})\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class BusinessHours:
    start: time
    end: time
    weekdays: frozenset[int] = frozenset(range(5))  # Monday=0

    @property
    def days_text(self) -> str:
        days = sorted(self.weekdays)
        if days == list(range(days[0], days[-1] + 1)):
            return f"{_DAYS[days[0]].title()}-{_DAYS[days[-1]].title()}"
        return ",".join(_DAYS[d].title() for d in days)

    def contains(self, moment: datetime) -> bool:
        return moment.weekday() in self.weekdays and self.start <= moment.time() < self.end


def parse_business_hours(spec: str) -> BusinessHours | None:
    """`09:00-17:00` (Monday–Friday), `Mon-Sat 08:30-18:00`, or `off` (None)."""
    if spec.strip().lower() in ("off", "none", "no", "false", "0"):
        return None
    match = _SPEC.match(spec)
    if not match:
        raise ValueError(
            f"expected HH:MM-HH:MM (optionally 'Mon-Fri HH:MM-HH:MM') or off, got {spec!r}"
        )
    try:
        start = time(int(match["h1"]), int(match["m1"]))
        end = time(int(match["h2"]), int(match["m2"]))
    except ValueError:
        raise ValueError(f"not a time of day in {spec!r}") from None
    if end <= start:
        raise ValueError(f"the end must be after the start in {spec!r}")
    weekdays = frozenset(range(5))
    if match["d1"]:
        try:
            first = _DAYS.index(match["d1"].lower())
            last = _DAYS.index((match["d2"] or match["d1"]).lower())
        except ValueError:
            raise ValueError(f"days are Mon, Tue, Wed, Thu, Fri, Sat, Sun in {spec!r}") from None
        weekdays = frozenset(range(first, last + 1)) if first <= last else frozenset(
            list(range(first, 7)) + list(range(0, last + 1))
        )
    return BusinessHours(start, end, weekdays)


def first_business_moment(
    start: datetime, end: datetime, hours: BusinessHours, tz: tzinfo
) -> datetime | None:
    """The earliest instant in [start, end] inside business hours (local to tz), or None."""
    local = start.astimezone(tz)
    limit = end.astimezone(tz)
    day = local.date()
    while datetime.combine(day, time.min, tz) <= limit:
        if day.weekday() in hours.weekdays:
            opens = datetime.combine(day, hours.start, tz)
            closes = datetime.combine(day, hours.end, tz)
            candidate = max(opens, local)
            if candidate < closes and candidate <= limit:
                return candidate.astimezone(start.tzinfo)
        day += timedelta(days=1)
    return None


def feedback_due_at(
    rejected_at: datetime, hours: BusinessHours | None, tz: tzinfo
) -> datetime:
    """When the feedback request should appear for a rejection dated `rejected_at`.

    The first business-hours moment in [+24 h, +48 h]; the 24 h mark when there is none or
    business hours are off.
    """
    earliest = rejected_at + WAIT_MIN
    if hours is None:
        return earliest
    return first_business_moment(earliest, rejected_at + WAIT_MAX, hours, tz) or earliest
