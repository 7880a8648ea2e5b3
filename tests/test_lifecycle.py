"""The state table, walked with an injected clock: every state and branch."""

from datetime import datetime, timedelta, timezone

import pytest

from agent.core.lifecycle import (
    EVENTS_BY_STATE,
    TABLE,
    Action,
    Policy,
    State,
    ThreadFacts,
    next_action_at,
    next_step,
)

T0 = datetime(2026, 11, 17, 10, 0, tzinfo=timezone.utc)
POLICY = Policy()
H = timedelta(hours=1)
D = timedelta(days=1)


def facts(**kw) -> ThreadFacts:
    base = dict(state=State.SCHEDULED, reason="", rejected_at=T0, first_seen_at=T0 + H,
                due_at=T0 + 24 * H, has_contact=True)
    base.update(kw)
    return ThreadFacts(**base)


def test_table_is_consistent():
    for state, events in EVENTS_BY_STATE.items():
        for event in events:
            assert (state, event) in TABLE, (state, event)
    assert {s for s, _ in TABLE} <= set(State)


def test_scheduled_waits_until_due_then_places_request():
    f = facts()
    assert next_step(f, T0 + 23 * H, POLICY) is None
    step = next_step(f, T0 + 24 * H, POLICY)
    assert step.transition.to is State.DRAFTED
    assert step.transition.action is Action.PLACE_REQUEST
    assert next_action_at(f, POLICY) == T0 + 24 * H


def test_no_contact_is_skipped_with_reason():
    step = next_step(facts(has_contact=False), T0 + H, POLICY)
    assert (step.transition.to, step.transition.reason) == (State.SKIPPED, "no reachable contact")


def test_a_stage_not_in_draft_stages_is_skipped_before_anything_else():
    from agent.core.lifecycle import Reason, is_final

    f = facts(stage_wanted=False, has_contact=False, sent_at=T0 + 2 * H)
    step = next_step(f, T0 + H, POLICY)
    assert (step.transition.to, step.transition.reason) == (State.SKIPPED,
                                                            Reason.STAGE_NOT_WANTED)
    stored = "application stage not in DEBRIEF_DRAFT_STAGES (interview)"  # with its detail
    assert Reason.of(stored) is Reason.STAGE_NOT_WANTED
    assert is_final(State.SKIPPED, Reason.of(stored))
    # a request draft already in the mailbox (after a crash) still counts: it is placed
    placed = next_step(facts(stage_wanted=False, request_placed_at=T0 + H), T0 + H, POLICY)
    assert placed.transition.to is State.DRAFTED


def test_first_seen_after_a_week_is_too_late():
    step = next_step(facts(first_seen_at=T0 + 8 * D, due_at=T0 + 8 * D), T0 + 8 * D, POLICY)
    assert (step.transition.to, step.transition.reason) == (State.SKIPPED, "too late")


def test_you_answered_first_means_no_draft():
    step = next_step(facts(sent_at=T0 + 2 * H), T0 + 30 * H, POLICY)
    assert step.transition.to is State.SKIPPED
    assert step.transition.action is Action.NONE


def test_drafted_then_sent():
    f = facts(state=State.DRAFTED, request_placed_at=T0 + 24 * H, draft_present=True)
    assert next_step(f, T0 + 30 * H, POLICY) is None
    sent = facts(state=State.DRAFTED, request_placed_at=T0 + 24 * H, draft_present=False,
                 sent_at=T0 + 26 * H)
    assert next_step(sent, T0 + 30 * H, POLICY).transition.to is State.SENT


def test_draft_deleted_is_skipped_and_never_redrafted():
    f = facts(state=State.DRAFTED, request_placed_at=T0 + 24 * H, draft_present=False)
    step = next_step(f, T0 + 30 * H, POLICY)
    assert (step.transition.to, step.transition.reason) == (State.SKIPPED, "draft deleted")
    skipped = facts(state=State.SKIPPED, reason="draft deleted", request_placed_at=T0 + 24 * H)
    assert next_step(skipped, T0 + 6 * D, POLICY) is None


def test_deleted_draft_then_sent_by_other_means_is_sent():
    f = facts(state=State.SKIPPED, reason="draft deleted", sent_at=T0 + 40 * H)
    assert next_step(f, T0 + 2 * D, POLICY).transition.to is State.SENT


def test_other_skips_ignore_sent_mail():
    f = facts(state=State.SKIPPED, reason="you already answered", sent_at=T0 + 2 * H)
    assert next_step(f, T0 + 2 * D, POLICY) is None


def test_unsent_draft_closes_after_a_week():
    f = facts(state=State.DRAFTED, request_placed_at=T0 + 24 * H, draft_present=True)
    assert next_step(f, T0 + 7 * D - H, POLICY) is None
    step = next_step(f, T0 + 7 * D, POLICY)
    assert (step.transition.to, step.transition.reason) == (State.CLOSED, "not sent")


def test_late_draft_gets_a_day_of_grace():
    placed = T0 + 6 * D + 20 * H
    f = facts(state=State.DRAFTED, request_placed_at=placed, draft_present=True)
    assert next_step(f, T0 + 7 * D, POLICY) is None
    assert next_step(f, placed + D, POLICY).transition.to is State.CLOSED


def test_answer_leads_to_replied_then_thank_you():
    f = facts(state=State.SENT, sent_at=T0 + 26 * H, answer_at=T0 + 3 * D)
    assert next_step(f, T0 + 3 * D, POLICY).transition.to is State.REPLIED
    replied = facts(state=State.REPLIED, sent_at=T0 + 26 * H, answer_at=T0 + 3 * D)
    step = next_step(replied, T0 + 3 * D, POLICY)
    assert (step.transition.to, step.transition.action) == (State.THANKED, Action.PLACE_THANKS)


def test_silence_closes_after_silence_days_and_never_follows_up():
    f = facts(state=State.SENT, sent_at=T0 + 26 * H)
    assert next_step(f, T0 + 26 * H + 7 * D - H, POLICY) is None
    step = next_step(f, T0 + 26 * H + 7 * D, POLICY)
    assert (step.transition.to, step.transition.reason) == (State.CLOSED, "no answer")
    assert step.transition.action is Action.NONE
    assert next_step(facts(state=State.CLOSED, reason="no answer"), T0 + 60 * D, POLICY) is None


@pytest.mark.parametrize("state", [State.THANKED, State.CLOSED])
def test_terminal_states_stay(state):
    f = facts(state=state, sent_at=T0 + D, answer_at=T0 + 2 * D)
    assert next_step(f, T0 + 365 * D, POLICY) is None


def test_silence_days_is_configurable():
    f = facts(state=State.SENT, sent_at=T0)
    assert next_step(f, T0 + 3 * D, Policy(silence=3 * D)).transition.to is State.CLOSED
