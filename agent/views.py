"""What `status`, `explain` and `once --dry-run` show: times in the user's zone with its name,
"due" for what is to come and the past tense only for what happened, tables that fit."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from agent.core.lifecycle import Policy, Reason, State, ThreadFacts, next_action_at

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


def next_wordings(thread: Any, policy: Policy, tz: ZoneInfo, now: datetime) -> tuple[str, ...]:
    """The thread's next step in words, longest first: each shorter wording still says what
    comes and when, so a narrow table keeps the time. Future events are "due"; done ones in the
    past tense. Reasons are shown by their text (the stored value), never an enum's name."""
    facts = facts_of(thread)
    at = next_action_at(facts, policy)
    stamp = when(at, tz)
    overdue = at is not None and at <= now
    state = facts.state
    reason = reason_text(thread.reason, facts.reason)
    if state is State.SCHEDULED:
        if overdue:
            return (f"feedback request due since {stamp}: placed on the next poll",
                    f"request due since {stamp}", f"due since {stamp}")
        return (f"feedback request due {stamp}", f"request due {stamp}", f"due {stamp}")
    if state is State.DRAFTED:
        return (f"draft waiting for you; closes {stamp} if unsent",
                f"draft waiting; closes {stamp}", f"closes {stamp}")
    if state is State.SENT:
        return (f"waiting for an answer; closes {stamp} if none",
                f"awaiting answer; closes {stamp}", f"closes {stamp}")
    if state is State.REPLIED:
        return ("they answered; thank-you draft due on the next poll",
                "thank-you due on the next poll", "thank-you due next poll")
    if state is State.THANKED:
        if thread.thanks_placed_at is None:
            return ("done: thank-you drafted", "thank-you drafted", "thanked")
        done = when(thread.thanks_placed_at, tz)
        return (f"done: thank-you drafted {done}", f"thank-you drafted {done}",
                f"thanked {done}")
    if state is State.CLOSED:
        return (f"done: closed, {reason}", f"closed: {reason}")
    return (f"nothing to do: {reason}", reason)


def describe_next(thread: Any, policy: Policy, tz: ZoneInfo, now: datetime) -> str:
    """The thread's next step in words. Future events are "due"; done ones in the past tense."""
    return next_wordings(thread, policy, tz, now)[0]


def reason_text(stored: str | None, reason: Reason) -> str:
    """A skip or close reason as the user reads it: the stored text (it may carry a detail,
    such as which stages are wanted), else the Reason's value; never `Reason.NO_ANSWER`."""
    text = stored.value if isinstance(stored, Enum) else (stored or "")
    return text or reason.value or "no reason recorded"


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


Cell = str | tuple[str, ...]


def _choices(cell: Cell) -> tuple[str, ...]:
    return (cell,) if isinstance(cell, str) else cell


def wording_width(rows: Sequence[Sequence[Cell]], column: int, level: int = -1) -> int:
    """The width a column of wordings needs to show every row's `level`-th wording (or its
    last, when it has fewer) uncut; level -1: every row's shortest."""
    def pick(cell: Cell) -> str:
        choices = _choices(cell)
        return choices[min(level, len(choices) - 1)] if level >= 0 else choices[-1]

    return max(len(pick(r[column])) for r in rows)


def fit_table(rows: Sequence[Sequence[Cell]], width: int | None,
              stages: Sequence[tuple[Sequence[int], int]], gap: int = 2,
              cap: tuple[Sequence[int], int] | None = None) -> list[str]:
    """Lay out rows in columns. When wider than `width`, narrow columns stage by stage: in each
    (columns, minimum) stage the widest of those columns loses one character at a time, down to
    the minimum. Without a width (not a terminal), `cap` = (columns, most) still keeps those
    columns from running on. A cell may be a tuple of wordings, longest first: it shows the
    longest that fits its column, and is cut only when even the last does not. Cut cells end
    with "…"."""
    count = len(rows[0])
    widths = [max(len(_choices(r[i])[0]) for r in rows) for i in range(count)]
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
        cells = [_fitting(row[i], widths[i]).ljust(widths[i]) for i in range(count)]
        lines.append((" " * gap).join(cells).rstrip())
    return lines


def _fitting(cell: Cell, width: int) -> str:
    choices = _choices(cell)
    return next((c for c in choices if len(c) <= width), cut(choices[-1], width))


# -- explain: whom the drafts go to, and why ---------------------------------------------------

CONTACT_PREFIX = "contact: "  # the recogniser's note on the rejection's own contact
_FROM = "the rejection came from "
_PASSED = "preferred over scheduling coordinator "
_COORDINATOR = "a scheduling coordinator: "
_ROLES = ("recruiter", "hiring manager")


def rejection_reasons(thread: Any) -> list[str]:
    """Why it is a rejection, without the recogniser's note on the contact (that belongs to
    the contact section: see `describe_contact`)."""
    return [r for r in thread.reasons if not r.startswith(CONTACT_PREFIX)]


def _rejection_contact_note(thread: Any) -> str:
    return next((r.removeprefix(CONTACT_PREFIX) for r in thread.reasons
                 if r.startswith(CONTACT_PREFIX)), "")


def describe_contact(thread: Any) -> list[str]:
    """The contact once: the person and address (or none), then why, one point a line.

    The rejection's own contact (the recogniser's note) and the earlier-mail look-up's choice
    (`contact_reason`: None when it has not run, "" when the rejection's contact was
    reachable, "none: …" when nobody was found, else the choice's explanation) never
    contradict: when the look-up found someone, the rejection itself had no reachable
    address, and that is what is said."""
    note = _rejection_contact_note(thread)  # e.g. "name from signature, no reachable address"
    lookup = thread.contact_reason
    sender = thread.rejection_from or "an unknown sender"
    if not thread.contact_email:
        if lookup and lookup.startswith("none"):
            why = lookup.removeprefix("none").lstrip(":; ").strip()
            return [f"none ({why})" if why else "none"]
        signed = f", signed {thread.contact_name}" if thread.contact_name else ""
        if lookup is None and thread.contact_hints:
            return [f"none yet: the rejection (from {sender}{signed}) has no reachable address; "
                    "the earlier mail with the company is searched on the next poll"]
        return [f"none (the rejection, from {sender}{signed}, has no reachable address)"]
    who = (f"{thread.contact_name} <{thread.contact_email}>" if thread.contact_name
           else f"<{thread.contact_email}>")
    if not lookup or lookup.startswith("none"):  # the rejection's own contact
        return [who] + ([f"from the rejection: {note}"] if note else [])
    parts = [p.strip() for p in lookup.split("; ") if p.strip()]
    head = parts.pop(0) if parts else ""
    for known in (f"{thread.contact_name or ''} {thread.contact_email}".strip(),
                  thread.contact_email):
        if head.startswith(known):
            head = head[len(known):].lstrip(" ,")
            break
    lines = [f"found in an earlier conversation{': ' + head if head else ''}"]
    came_from = sender
    role = ""
    for part in parts:
        if part.startswith(_FROM):
            came_from = part.removeprefix(_FROM)
        elif part in _ROLES:
            role = part
        elif part.startswith(_PASSED):
            others = part.removeprefix(_PASSED)
            lines.append(f"chosen over scheduling coordinator {others}, who only arranged "
                         "the interviews")
        elif part.startswith(_COORDINATOR):
            role = "scheduling coordinator"
            lines.append(f"chosen because {part.removeprefix(_COORDINATOR)}")
        else:
            lines.append(part)
    lines.insert(1, f"the rejection itself had no reachable address (it came from {came_from})")
    return [who + (f", {role}" if role else "")] + lines


def indented(lines: Sequence[str], label: str, width: int | None) -> list[str]:
    """`label` before the first line, the others under it; on a terminal, long lines wrap
    under the same indent."""
    import textwrap

    pad = " " * len(label)
    out: list[str] = []
    for i, line in enumerate(lines):
        first = label if i == 0 else pad
        if width is None:
            out.append(first + line)
        else:
            out.extend(textwrap.wrap(line, max(width, 40), initial_indent=first,
                                     subsequent_indent=pad + "  ", break_on_hyphens=False,
                                     break_long_words=False) or [first])
    return out
