"""The life of one rejection thread, as one explicit state table. Pure: facts and a clock in,
the next transition out.

    scheduled ──due──────────────▶ drafted ──sent──▶ sent ──answered──▶ replied ──▶ thanked
        │ you answered first ─▶ skipped       │            │
        │ too late ───────────▶ skipped       │ draft deleted ─▶ skipped
                                              │ not sent in 7 days ─▶ closed   silence ─▶ closed

The shell (agent.cycle) gathers `ThreadFacts` from the mailbox and the database, asks `next_step`
what happens, carries out the action (placing a draft), records the new state, and asks again
until nothing is left to do. A transition with an action is committed only once the action
succeeded, so a failed APPEND is simply retried on the next cycle.
"""

from __future__ import annotations

import enum
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


class Event(str, enum.Enum):
    NO_CONTACT = "no reachable contact"
    YOU_ANSWERED = "you answered it yourself"
    TOO_LATE = "too late"
    DUE = "feedback request due"
    SENT = "request sent"
    DRAFT_DELETED = "draft deleted"
    NOT_SENT = "not sent"
    ANSWERED = "answer received"
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
    reason: str = ""  # why the thread ended up skipped or closed; '' otherwise


S, E, A = State, Event, Action

#: The whole lifecycle. Any (state, event) pair not listed cannot happen.
TABLE: dict[tuple[State, Event], Transition] = {
    (S.SCHEDULED, E.NO_CONTACT): Transition(S.SKIPPED, reason="no reachable contact"),
    (S.SCHEDULED, E.YOU_ANSWERED): Transition(S.SKIPPED, reason="you already answered"),
    (S.SCHEDULED, E.TOO_LATE): Transition(S.SKIPPED, reason="too late"),
    (S.SCHEDULED, E.DUE): Transition(S.DRAFTED, Action.PLACE_REQUEST),
    (S.DRAFTED, E.SENT): Transition(S.SENT),
    (S.DRAFTED, E.DRAFT_DELETED): Transition(S.SKIPPED, reason="draft deleted"),
    (S.DRAFTED, E.NOT_SENT): Transition(S.CLOSED, reason="not sent"),
    # The user deleted the draft but then wrote and sent the request another way.
    (S.SKIPPED, E.SENT): Transition(S.SENT),
    (S.SENT, E.ANSWERED): Transition(S.REPLIED),
    (S.SENT, E.SILENCE): Transition(S.CLOSED, reason="no answer"),
    (S.REPLIED, E.THANKS_DUE): Transition(S.THANKED, Action.PLACE_THANKS),
}

#: Events checked in each state, in priority order: the first that holds wins.
EVENTS_BY_STATE: dict[State, tuple[Event, ...]] = {
    S.SCHEDULED: (E.YOU_ANSWERED, E.NO_CONTACT, E.TOO_LATE, E.DUE),
    S.DRAFTED: (E.SENT, E.DRAFT_DELETED, E.NOT_SENT),
    S.SENT: (E.ANSWERED, E.SILENCE),
    S.REPLIED: (E.THANKS_DUE,),
    S.THANKED: (),
    S.CLOSED: (),
    S.SKIPPED: (E.SENT,),
}

TERMINAL = frozenset({S.THANKED, S.CLOSED, S.SKIPPED})


@dataclass(frozen=True)
class Policy:
    silence: timedelta = timedelta(days=7)
    too_late: timedelta = TOO_LATE
    #: a draft placed late still gets this long before it counts as "not sent"
    send_grace: timedelta = timedelta(hours=24)


@dataclass(frozen=True)
class ThreadFacts:
    """What is known about one thread right now."""

    state: State
    reason: str
    rejected_at: datetime
    first_seen_at: datetime
    due_at: datetime
    has_contact: bool
    request_placed_at: datetime | None = None
    draft_present: bool | None = None  # None: not looked at this cycle
    sent_at: datetime | None = None  # a Sent message referencing the rejection
    answer_at: datetime | None = None  # a human answer after the request was sent


def holds(event: Event, facts: ThreadFacts, now: datetime, policy: Policy) -> bool:
    """Whether `event` has happened, given the facts and the clock."""
    if event is E.NO_CONTACT:
        return not facts.has_contact
    if event is E.YOU_ANSWERED:
        return facts.sent_at is not None
    if event is E.TOO_LATE:
        return facts.first_seen_at - facts.rejected_at >= policy.too_late or (
            now - facts.rejected_at >= policy.too_late
        )
    if event is E.DUE:
        return now >= facts.due_at
    if event is E.SENT:
        return facts.sent_at is not None and (
            facts.state is not S.SKIPPED or facts.reason == "draft deleted"
        )
    if event is E.DRAFT_DELETED:
        return facts.draft_present is False and facts.sent_at is None
    if event is E.NOT_SENT:
        return now >= not_sent_deadline(facts, policy)
    if event is E.ANSWERED:
        return facts.answer_at is not None
    if event is E.SILENCE:
        return facts.sent_at is not None and now >= facts.sent_at + policy.silence
    if event is E.THANKS_DUE:
        return True
    raise AssertionError(event)


def not_sent_deadline(facts: ThreadFacts, policy: Policy) -> datetime:
    deadline = facts.rejected_at + policy.too_late
    if facts.request_placed_at is not None:
        deadline = max(deadline, facts.request_placed_at + policy.send_grace)
    return deadline


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
        S.CLOSED: f"done: {facts.reason}",
        S.SKIPPED: f"nothing: {facts.reason}",
    }[facts.state]
