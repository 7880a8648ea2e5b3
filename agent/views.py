"""What `status`, `explain` and `once --dry-run` show: times in the user's zone with its name,
"due" for what is to come and the past tense only for what happened, tables that fit."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from agent.core.lifecycle import Policy, State, ThreadFacts, next_action_at

ELLIPSIS = "…"


def when(value: datetime | None, tz: ZoneInfo, weekday: bool = False) -> str:
    """`2026-11-24 08:42 CET` in the user's zone (`Tue 2026-11-24 …` with weekday)."""
    if value is None:
        return "-"
    local = value.astimezone(tz)
    return local.strftime(("%a " if weekday else "") + "%Y-%m-%d %H:%M %Z")


def facts_of(thread: Any) -> ThreadFacts:
    return ThreadFacts(
        state=State(thread.state), reason=thread.reason, rejected_at=thread.rejected_at,
        first_seen_at=thread.first_seen_at, due_at=thread.due_at,
        has_contact=bool(thread.contact_email), request_placed_at=thread.request_placed_at,
        sent_at=thread.sent_at, answer_at=thread.answer_at,
    )


def policy_of(silence_days: int) -> Policy:
    return Policy(silence=timedelta(days=silence_days))


def describe_next(thread: Any, policy: Policy, tz: ZoneInfo, now: datetime) -> str:
    """The thread's next step in words. Future events are "due"; done ones in the past tense."""
    facts = facts_of(thread)
    at = next_action_at(facts, policy)
    stamp = when(at, tz)
    overdue = at is not None and at <= now
    state = facts.state
    if state is State.SCHEDULED:
        if overdue:
            return f"feedback request due since {stamp}: placed on the next poll"
        return f"feedback request due {stamp}"
    if state is State.DRAFTED:
        return f"draft waiting for you; closes {stamp} if unsent"
    if state is State.SENT:
        return f"waiting for an answer; closes {stamp} if none"
    if state is State.REPLIED:
        return "they answered; thank-you draft due on the next poll"
    if state is State.THANKED:
        return f"done: thank-you drafted {when(thread.thanks_placed_at, tz)}"
    if state is State.CLOSED:
        return f"done: closed, {facts.reason}"
    return f"nothing to do: {facts.reason}"


def terminal_width() -> int | None:
    """COLUMNS if set, else the terminal's width; None (no limit) when not on a terminal."""
    if os.environ.get("COLUMNS", "").isdigit():
        return int(os.environ["COLUMNS"])
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def cut(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    return text[: max(width - 1, 0)] + ELLIPSIS if width > 0 else ""


def fit_table(rows: Sequence[Sequence[str]], width: int | None,
              stages: Sequence[tuple[Sequence[int], int]], gap: int = 2,
              cap: tuple[Sequence[int], int] | None = None) -> list[str]:
    """Lay out rows in columns. When wider than `width`, narrow columns stage by stage: in each
    (columns, minimum) stage the widest of those columns loses one character at a time, down to
    the minimum. Without a width (not a terminal), `cap` = (columns, most) still keeps those
    columns from running on. Cut cells end with "…"."""
    count = len(rows[0])
    widths = [max(len(r[i]) for r in rows) for i in range(count)]
    if width is None and cap is not None:
        for i in cap[0]:
            widths[i] = min(widths[i], cap[1])
    if width is not None:
        for columns, minimum in stages:
            while sum(widths) + gap * (count - 1) > width:
                candidates = [i for i in columns if widths[i] > minimum]
                if not candidates:
                    break
                widths[max(candidates, key=lambda i: widths[i])] -= 1
    lines = []
    for row in rows:
        cells = [cut(row[i], widths[i]).ljust(widths[i]) for i in range(count)]
        lines.append((" " * gap).join(cells).rstrip())
    return lines
