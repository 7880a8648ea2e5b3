"""A stand-in for the store's Thread and a ThreadFacts builder, shared by the pure core tests
(test_core_rules, test_cycle_core): what the core reads of a thread, without a database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from agent.core.lifecycle import Reason, State, ThreadFacts

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)  # Monday
H = timedelta(hours=1)


@dataclass
class FakeThread:
    """What the core reads of a thread; the store's Thread has the same attributes."""

    id: int = 1
    state: str = "sent"
    reason: str = ""
    contact_email: str = "priya@northwind.example"
    contact_name: str = "Priya Natarajan"
    rejection_from: str = "priya@northwind.example"
    rejection_message_id: str = "<rej-1@northwind.example>"
    rejection_subject: str = "Your application for Senior Data Engineer"
    rejection_references: str = ""
    rejected_at: datetime = T0
    first_seen_at: datetime = T0 + H
    due_at: datetime = T0 + 24 * H
    request_placed_at: datetime | None = T0 + 24 * H
    thanks_placed_at: datetime | None = None
    sent_at: datetime | None = T0 + 25 * H
    sent_message_id: str | None = None
    answer_message_id: str | None = None
    request_message_id: str | None = "<debrief.req@example.org>"
    thanks_message_id: str | None = None
    company: str = "Northwind"
    job_title: str = "Senior Data Engineer"
    stage: str = "interview"
    language: str = "en"
    formal: bool | None = None
    salutation: str | None = None
    final_round: bool | None = None
    hook_kind: str | None = None
    hook: str | None = None
    company_confidence: float | None = None
    title_confidence: float | None = None
    contact_reply_to: str | None = None
    contact_references: str | None = None
    contact_subject: str | None = None


def facts(**kw: object) -> ThreadFacts:
    base: dict[str, object] = dict(state=State.SENT, reason=Reason.NONE, rejected_at=T0,
                                   first_seen_at=T0 + H, due_at=T0 + 24 * H, has_contact=True,
                                   sent_at=T0 + 25 * H)
    base.update(kw)
    return ThreadFacts(**base)  # type: ignore[arg-type]
