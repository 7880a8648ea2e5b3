"""What status and explain show: the user's zone with its name, "due" for what is to come, past
tense only for what happened, tables that fit and cut with "…"."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from helpers import rejection, run_cli

from agent.views import cut, describe_next, fit_table, policy_of, when

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)


def thread(state: str, **kw):
    base = dict(state=state, reason="", rejected_at=T0, first_seen_at=T0,
                due_at=T0 + timedelta(days=1), contact_email="a@b.example",
                request_placed_at=None, sent_at=None, answer_at=None, thanks_placed_at=None)
    base.update(kw)
    return SimpleNamespace(**base)


def test_when_is_in_the_users_zone_with_its_name():
    assert when(T0, BERLIN) == "2026-11-16 11:00 CET"
    assert when(T0 + timedelta(days=200), BERLIN).endswith("CEST")
    assert when(T0, BERLIN, weekday=True) == "Mon 2026-11-16 11:00 CET"


def test_next_step_due_for_the_future_past_tense_for_what_happened():
    policy = policy_of(7)
    before = T0 + timedelta(hours=1)
    assert describe_next(thread("scheduled"), policy, BERLIN, before) == \
        "feedback request due 2026-11-17 11:00 CET"
    after = T0 + timedelta(days=2)
    assert "due since 2026-11-17 11:00 CET" in describe_next(thread("scheduled"), policy,
                                                             BERLIN, after)
    placed = T0 + timedelta(days=1)
    drafted = describe_next(thread("drafted", request_placed_at=placed), policy, BERLIN, placed)
    assert drafted.startswith("draft waiting for you; closes 2026-11-23 11:00 CET")
    sent = describe_next(thread("sent", sent_at=placed), policy, BERLIN, placed)
    assert sent == "waiting for an answer; closes 2026-11-24 11:00 CET if none"
    thanked = describe_next(thread("thanked", thanks_placed_at=placed), policy, BERLIN, placed)
    assert thanked == "done: thank-you drafted 2026-11-17 11:00 CET"
    for state in ("scheduled", "drafted", "sent", "replied"):
        text = describe_next(thread(state, request_placed_at=placed, sent_at=placed), policy,
                             BERLIN, before)
        assert "drafted" not in text and "placed" not in text.replace("placed on", ""), text


def test_fit_table_cuts_with_an_ellipsis_to_the_width():
    rows = [("ID", "CONTACT", "NEXT"),
            ("1", "priya.natarajan@northwind-analytics.example", "feedback request due soon")]
    lines = fit_table(rows, 50, [((1,), 12), ((2,), 8)])
    assert all(len(line) <= 50 for line in lines)
    assert "…" in lines[1] and "feedback request due soon" in lines[1]
    assert fit_table(rows, None, [((1,), 12)])[1].endswith("feedback request due soon")
    capped = fit_table(rows, None, [], cap=((1,), 20))[1]
    assert "priya.natarajan@nor…" in capped
    assert cut("abc", 3) == "abc" and cut("abcd", 3) == "ab…"


def test_status_and_explain_in_the_users_zone(box, tmp_path):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0, sender="Priya Natarajan-Subramanian "
                                             "<priya.natarajan-subramanian@northwind.example>"),
                   when=T0, user=user)
    env = dict(env, DEBRIEF_TIMEZONE="Europe/Berlin", DEBRIEF_BUSINESS_HOURS="09:00-17:00")
    assert run_cli(env, "once", "--now", (T0 + timedelta(hours=1)).isoformat()).returncode == 0
    table = run_cli(dict(env, COLUMNS="72"), "status")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert all(len(line) <= 72 for line in lines), lines
    assert "…" in lines[1] and "(times in Europe/Berlin)" in lines[-1]
    assert "UTC" not in table.stdout
    wide = run_cli(dict(env, COLUMNS="200"), "status").stdout
    assert "feedback request due since 2026-11-17 11:00 CET" in wide  # the real clock is later
    explained = run_cli(env, "explain", "1").stdout
    assert "dated Mon 2026-11-16 11:00 CET" in explained
    assert "next       feedback request due" in explained and "UTC" not in explained
