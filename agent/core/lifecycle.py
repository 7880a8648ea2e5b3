"""The life of one rejection thread, as one explicit state table. Pure: facts and a clock in,
the next transition out.

    scheduled ──due──────────────▶ drafted ──sent──▶ sent ──answered──▶ replied ──▶ thanked
        │ you answered first ─▶ skipped       │            │
        │ too late ───────────▶ skipped       │ draft deleted ─▶ skipped ──sent──▶ sent
        │ no contact ─────────▶ skipped       │ not sent in 7 days ─▶ closed   silence ─▶ closed
        │ stage not wanted ───▶ skipped  (DEBRIEF_DRAFT_STAGES)

The shell (agent.executor) gathers `ThreadFacts` (`planner.thread_facts`), asks `next_step`
what happens, carries out the action (placing a draft), records the new state, and asks again
until nothing is left to do. A
transition with an action is committed only once the action succeeded, so a failed APPEND is
retried on the next cycle. Crash recovery goes through the table too: a draft found in the
mailbox after a crash is the event `REQUEST_PLACED` / `THANKS_PLACED`.

Every guard is a typed predicate over the facts (no reason strings); the answer window, which
decides whether a message counts as the answer, is a rule here (`first_answer`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from agent.core.schedule import TOO_LATE


class State(str, enum.Enum):
    SCHEDULED = "scheduled"
    DRAFTED = "drafted"
    SENT = "sent"
    REPLIED = "replied"
    THANKED = "thanked"
    CLOSED = "closed"
    SKIPPED = "skipped"


class Reason(str, enum.Enum):
    """Why a thread ended up skipped or closed (stored as its value)."""

    NONE = ""
    NO_CONTACT = "no reachable contact"
    ALREADY_ANSWERED = "you already answered"
    TOO_LATE = "too late"
    DRAFT_DELETED = "draft deleted"
    NOT_SENT = "not sent"
    NO_ANSWER = "no answer"
    #: stored with the detail: "application stage not in DEBRIEF_DRAFT_STAGES (interview)"
    STAGE_NOT_WANTED = "stage not in DEBRIEF_DRAFT_STAGES"

    @classmethod
    def of(cls, value: str | Reason | None) -> Reason:
        """The stored value as a Reason; anything unknown is NONE."""
        try:
            return cls(value or "")
        except ValueError:
            if cls.STAGE_NOT_WANTED.value in str(value):
                return cls.STAGE_NOT_WANTED
            return cls.NONE


class Event(str, enum.Enum):
    REQUEST_PLACED = "request draft found in the mailbox"
    STAGE_NOT_WANTED = "stage not in DEBRIEF_DRAFT_STAGES"
    NO_CONTACT = "no reachable contact"
    YOU_ANSWERED = "you answered it yourself"
    TOO_LATE = "too late"
    DUE = "feedback request due"
    SENT = "request sent"
    DRAFT_DELETED = "draft deleted"
    NOT_SENT = "not sent"
    ANSWERED = "answer received"
    THANKS_PLACED = "thank-you draft found in the mailbox"
    THANKS_DUE = "thank-you due"
    SILENCE = "no answer"


class Action(str, enum.Enum):
    NONE = "none"
    PLACE_REQUEST = "place feedback-request draft"
    PLACE_THANKS = "place thank-you draft"


@dataclass(frozen=True)
class Transition:
    to: State
    action: Action = Action.NONE
    reason: Reason = Reason.NONE


S, E, A, R = State, Event, Action, Reason

#: The whole lifecycle. Any (state, event) pair not listed cannot happen.
TABLE: dict[tuple[State, Event], Transition] = {
    (S.SCHEDULED, E.REQUEST_PLACED): Transition(S.DRAFTED),
    (S.SCHEDULED, E.STAGE_NOT_WANTED): Transition(S.SKIPPED, reason=R.STAGE_NOT_WANTED),
    (S.SCHEDULED, E.NO_CONTACT): Transition(S.SKIPPED, reason=R.NO_CONTACT),
    (S.SCHEDULED, E.YOU_ANSWERED): Transition(S.SKIPPED, reason=R.ALREADY_ANSWERED),
    (S.SCHEDULED, E.TOO_LATE): Transition(S.SKIPPED, reason=R.TOO_LATE),
    (S.SCHEDULED, E.DUE): Transition(S.DRAFTED, A.PLACE_REQUEST),
    (S.DRAFTED, E.SENT): Transition(S.SENT),
    (S.DRAFTED, E.DRAFT_DELETED): Transition(S.SKIPPED, reason=R.DRAFT_DELETED),
    (S.DRAFTED, E.NOT_SENT): Transition(S.CLOSED, reason=R.NOT_SENT),
    # The user deleted the draft but then wrote and sent the request another way.
    (S.SKIPPED, E.SENT): Transition(S.SENT),
    # ANSWERED before SILENCE: an answer that arrived inside the window counts even when the
    # daemon only sees it after the deadline.
    (S.SENT, E.ANSWERED): Transition(S.REPLIED),
    (S.SENT, E.SILENCE): Transition(S.CLOSED, reason=R.NO_ANSWER),
    (S.REPLIED, E.THANKS_PLACED): Transition(S.THANKED),
    (S.REPLIED, E.THANKS_DUE): Transition(S.THANKED, A.PLACE_THANKS),
}

#: Events checked in each state, in priority order: the first that holds wins.
EVENTS_BY_STATE: dict[State, tuple[Event, ...]] = {
    S.SCHEDULED: (E.REQUEST_PLACED, E.STAGE_NOT_WANTED, E.YOU_ANSWERED, E.NO_CONTACT,
                  E.TOO_LATE, E.DUE),
    S.DRAFTED: (E.SENT, E.DRAFT_DELETED, E.NOT_SENT),
    S.SENT: (E.ANSWERED, E.SILENCE),
    S.REPLIED: (E.THANKS_PLACED, E.THANKS_DUE),
    S.THANKED: (),
    S.CLOSED: (),
    S.SKIPPED: (E.SENT,),
}

#: States the table never leaves. SKIPPED is not one: a deleted draft the user then sends
#: by hand moves on to SENT (see `is_final`).
TERMINAL = frozenset(s for s, events in EVENTS_BY_STATE.items() if not events)


@dataclass(frozen=True)
class Policy:
    silence: timedelta = timedelta(days=7)
    too_late: timedelta = TOO_LATE
    #: a draft placed late still gets this long before it counts as "not sent"
    send_grace: timedelta = timedelta(hours=24)
    #: a message dated this much before the request was sent may still answer it (clock skew)
    answer_skew: timedelta = timedelta(minutes=5)


@dataclass(frozen=True)
class ThreadFacts:
    """What is known about one thread right now."""

    state: State
    reason: Reason
    rejected_at: datetime
    first_seen_at: datetime
    due_at: datetime
    has_contact: bool
    request_placed_at: datetime | None = None  # the request intent is confirmed in the mailbox
    draft_present: bool | None = None  # None: not looked at this cycle
    sent_at: datetime | None = None  # a Sent message referencing the rejection
    answer_at: datetime | None = None  # a human answer inside the answer window
    thanks_placed_at: datetime | None = None  # the thank-you intent is confirmed
    #: the thread's stage (known once the earlier mail was looked at) is in DEBRIEF_DRAFT_STAGES
    stage_wanted: bool = True

    def __post_init__(self) -> None:
        # The store and older callers give the reason as its stored string.
        object.__setattr__(self, "reason", Reason.of(self.reason))


def is_final(state: State, reason: Reason) -> bool:
    """Whether no event can move the thread again."""
    if state in TERMINAL:
        return True
    return state is S.SKIPPED and reason is not R.DRAFT_DELETED


def answer_window(sent_at: datetime, policy: Policy) -> tuple[datetime, datetime]:
    """[start, end) of arrival times that count as an answer to a request sent at `sent_at`:
    mail from before the request is not an answer, and the thread closed at the end."""
    return sent_at - policy.answer_skew, sent_at + policy.silence


def first_answer(arrivals: Iterable[datetime | None], sent_at: datetime | None,
                 policy: Policy) -> int | None:
    """Index of the earliest arrival inside the answer window, or None."""
    if sent_at is None:
        return None
    start, end = answer_window(sent_at, policy)
    best: tuple[datetime, int] | None = None
    for i, at in enumerate(arrivals):
        if at is not None and start <= at < end and (best is None or at < best[0]):
            best = (at, i)
    return None if best is None else best[1]


Guard = Callable[[ThreadFacts, datetime, Policy], bool]


def _too_late(f: ThreadFacts, now: datetime, p: Policy) -> bool:
    return f.first_seen_at - f.rejected_at >= p.too_late or now - f.rejected_at >= p.too_late


def _sent(f: ThreadFacts, now: datetime, p: Policy) -> bool:
    # From SKIPPED only when the skip was a deleted draft: the other skips mean "no request".
    return f.sent_at is not None and (f.state is not S.SKIPPED or f.reason is R.DRAFT_DELETED)


def not_sent_deadline(facts: ThreadFacts, policy: Policy) -> datetime:
    deadline = facts.rejected_at + policy.too_late
    if facts.request_placed_at is not None:
        deadline = max(deadline, facts.request_placed_at + policy.send_grace)
    return deadline


#: One typed predicate per event: whether it has happened, given the facts and the clock.
GUARDS: dict[Event, Guard] = {
    E.REQUEST_PLACED: lambda f, now, p: f.request_placed_at is not None,
    E.STAGE_NOT_WANTED: lambda f, now, p: not f.stage_wanted,
    E.NO_CONTACT: lambda f, now, p: not f.has_contact,
    E.YOU_ANSWERED: lambda f, now, p: f.sent_at is not None,
    E.TOO_LATE: _too_late,
    E.DUE: lambda f, now, p: now >= f.due_at,
    E.SENT: _sent,
    E.DRAFT_DELETED: lambda f, now, p: f.draft_present is False and f.sent_at is None,
    E.NOT_SENT: lambda f, now, p: now >= not_sent_deadline(f, p),
    E.ANSWERED: lambda f, now, p: f.answer_at is not None,
    E.SILENCE: lambda f, now, p: f.sent_at is not None and now >= f.sent_at + p.silence,
    E.THANKS_PLACED: lambda f, now, p: f.thanks_placed_at is not None,
    E.THANKS_DUE: lambda f, now, p: True,
}


def holds(event: Event, facts: ThreadFacts, now: datetime, policy: Policy) -> bool:
    """Whether `event` has happened, given the facts and the clock."""
    return GUARDS[event](facts, now, policy)


@dataclass(frozen=True)
class Step:
    event: Event
    transition: Transition


def next_step(facts: ThreadFacts, now: datetime, policy: Policy) -> Step | None:
    """The transition that applies now, or None when the thread waits."""
    for event in EVENTS_BY_STATE[facts.state]:
        if holds(event, facts, now, policy):
            return Step(event, TABLE[(facts.state, event)])
    return None


def next_action_at(facts: ThreadFacts, policy: Policy) -> datetime | None:
    """When the clock alone will next move this thread (for `status`), or None."""
    if facts.state is S.SCHEDULED:
        return facts.due_at
    if facts.state is S.DRAFTED:
        return not_sent_deadline(facts, policy)
    if facts.state is S.SENT and facts.sent_at is not None:
        return facts.sent_at + policy.silence
    return None


def describe_next(facts: ThreadFacts, policy: Policy) -> str:
    """The next step in words, for `status` and `explain`."""
    when = next_action_at(facts, policy)
    stamp = f"{when:%Y-%m-%d %H:%M %Z}".strip() if when else ""
    return {
        S.SCHEDULED: f"feedback request drafted {stamp}",
        S.DRAFTED: f"waiting for you to send the draft; closes {stamp} if unsent",
        S.SENT: f"waiting for an answer; closes {stamp} if none",
        S.REPLIED: "thank-you draft on the next cycle",
        S.THANKED: "done: thank-you drafted",
        S.CLOSED: f"done: {facts.reason.value}",
        S.SKIPPED: f"nothing: {facts.reason.value}",
    }[facts.state]
