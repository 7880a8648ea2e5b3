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


# -- enums are shown by their text, never by their name ----------------------------------------

ENUM_NAMES = ("Reason.", "State.", "Stage.", "Event.", "Action.", "InboxKind.", "SentKind.")


def test_every_state_and_reason_reads_as_text_not_an_enum_name():
    from agent.core.lifecycle import Reason, State
    from agent.views import next_wordings

    policy = policy_of(7)
    placed = T0 + timedelta(days=1)
    seen_reasons = set()
    for state in State:
        for reason in Reason:
            for stored in (reason.value, reason):  # as the store gives it, and as an enum
                t = thread(state.value, reason=stored, request_placed_at=placed, sent_at=placed,
                           thanks_placed_at=placed)
                for text in next_wordings(t, policy, BERLIN, T0):
                    assert not any(name in text for name in ENUM_NAMES), (state, reason, text)
                    if reason.value and reason.value in text:
                        seen_reasons.add(reason)
    # not vacuous: every reason was shown, by its text, for the states that end with one
    assert seen_reasons == {r for r in Reason if r.value}
    closed = describe_next(thread("closed", reason="no answer"), policy, BERLIN, T0)
    assert closed == "done: closed, no answer"
    skipped = describe_next(thread("skipped", reason="no reachable contact"), policy, BERLIN, T0)
    assert skipped == "nothing to do: no reachable contact"
    detail = "application stage not in DEBRIEF_DRAFT_STAGES (interview)"
    assert describe_next(thread("skipped", reason=detail), policy, BERLIN, T0).endswith(detail)


def seed_every_state(url: str, account: str) -> dict[int, tuple[str, str]]:
    """A thread in every state, and a skipped or closed one for every reason: {id: (state,
    reason)}."""
    from agent.core.lifecycle import Reason, State
    from agent.store import Store, Thread

    wanted = [(s.value, "") for s in State]
    wanted += [("skipped", r.value) for r in Reason if r.value and r is not Reason.NO_ANSWER]
    wanted += [("closed", "not sent"), ("closed", "no answer")]
    out = {}
    with Store(url, account=account) as store:
        for n, (state, reason) in enumerate(wanted):
            at = T0 + timedelta(hours=n)
            t = store.add_thread(Thread(
                state=state, reason=reason, company=f"Company {n}", job_title="Engineer",
                stage=("application", "screening", "interview")[n % 3], contact_name="Pat Lee",
                contact_email=f"pat@c{n}.example", rejection_message_id=f"<rej-{n}@c.example>",
                rejection_subject="Your application", rejection_from=f"pat@c{n}.example",
                rejected_at=at, first_seen_at=at, due_at=at + timedelta(days=1),
                sent_at=at + timedelta(days=1) if state in ("sent", "replied", "thanked")
                else None, created_at=at, updated_at=at,
                classifier_reasons='["decision sentence", "contact: sender is reachable"]'))
            store.log(t, at, "rejection recognised", f"Company {n}")
            out[t.id] = (state, reason)
        store.commit()
    return out


def test_status_and_explain_of_every_state_show_no_enum_names(tmp_path):
    env = {"HOME": str(tmp_path), "DEBRIEF_IMAP_HOST": "127.0.0.1",
           "DEBRIEF_IMAP_USERNAME": "u", "DEBRIEF_IMAP_PASSWORD": "pw-secret",
           "DEBRIEF_YOUR_NAME": "Alex", "DEBRIEF_YOUR_EMAIL": "alex@example.org",
           "DEBRIEF_ACCOUNT": "me", "DEBRIEF_TIMEZONE": "Europe/Berlin",
           "DEBRIEF_DATABASE_URL": f"sqlite:///{tmp_path / 'd.db'}"}
    threads = seed_every_state(env["DEBRIEF_DATABASE_URL"], "me")
    table = run_cli(dict(env, COLUMNS="300"), "status")
    assert table.returncode == 0, table.stderr
    assert not any(name in table.stdout for name in ENUM_NAMES), table.stdout
    for ident, (state, reason) in threads.items():
        row = next(line for line in table.stdout.splitlines() if line.startswith(f"{ident} "))
        assert state in row and reason in row, (row, reason)
        explained = run_cli(env, "explain", str(ident))
        assert explained.returncode == 0, explained.stderr
        assert not any(name in explained.stdout for name in ENUM_NAMES), explained.stdout
        assert f"Thread {ident}: {state}" in explained.stdout
        assert reason in explained.stdout.split("  next ")[1].splitlines()[0]


def test_a_narrow_status_keeps_what_comes_next_and_when(tmp_path):
    """Company, role and contact give way first; NEXT takes shorter wordings, never losing the
    time (the table's point), at 80 and at 60 columns."""
    from agent.store import DraftIntent, Store, Thread

    env = {"HOME": str(tmp_path), "DEBRIEF_IMAP_HOST": "127.0.0.1",
           "DEBRIEF_IMAP_USERNAME": "u", "DEBRIEF_IMAP_PASSWORD": "pw-secret",
           "DEBRIEF_YOUR_NAME": "Alex", "DEBRIEF_YOUR_EMAIL": "alex@example.org",
           "DEBRIEF_ACCOUNT": "me", "DEBRIEF_TIMEZONE": "Europe/Berlin",
           "DEBRIEF_DATABASE_URL": f"sqlite:///{tmp_path / 'd.db'}"}
    now = datetime.now(timezone.utc).replace(second=0, microsecond=0)
    cases = [("scheduled", now + timedelta(days=2), None),   # due in two days
             ("scheduled", now - timedelta(hours=3), None),  # overdue: placed on the next poll
             ("drafted", now - timedelta(days=1), now - timedelta(days=1))]
    with Store(env["DEBRIEF_DATABASE_URL"], account="me") as store:
        for n, (state, due, placed) in enumerate(cases):
            t = store.add_thread(Thread(
                state=state, company="Northwind Analytics International",
                job_title="Senior Data Engineer, Platform", contact_name="Priya",
                contact_email="priya.natarajan-subramanian@northwind.example",
                rejection_message_id=f"<r{n}@x>", rejected_at=due - timedelta(days=1),
                first_seen_at=due - timedelta(days=1), due_at=due, created_at=now,
                updated_at=now))
            if placed is not None:
                t.intents.append(DraftIntent(kind="request", message_id=f"<d{n}@x>",
                                             planned_at=placed, placed_at=placed))
        store.commit()
    policy = policy_of(7)
    with Store(env["DEBRIEF_DATABASE_URL"], account="me") as store:
        stamps = [when(describe_at(t, policy), BERLIN) for t in store.threads()]
    assert len(set(stamps)) == 3
    for columns in (80, 60):
        table = run_cli(dict(env, COLUMNS=str(columns)), "status")
        assert table.returncode == 0, table.stderr
        lines = table.stdout.splitlines()
        assert all(len(line) <= columns for line in lines), lines
        for stamp, line in zip(stamps, lines[1:4], strict=True):
            assert stamp in line, (columns, line)
        assert "due " in lines[1] and "due since" in lines[2] and "closes" in lines[3]
        if columns == 80:  # what comes, not only when
            assert "request due" in lines[1]
    wide = run_cli(dict(env, COLUMNS="200"), "status").stdout.splitlines()
    assert "Northwind Analytics International" in wide[1]
    assert "draft waiting for you; closes" in wide[3]


def describe_at(t, policy):
    from agent.core.lifecycle import next_action_at
    from agent.views import facts_of

    return next_action_at(facts_of(t), policy)


# -- explain's contact: once, with why ------------------------------------------------------------


def contact_thread(**kw):
    base = dict(contact_name="", contact_email="", contact_reason=None, contact_hints=None,
                rejection_from="no-reply@greenhouse.io",
                reasons=["decision sentence: 'we will not move forward'",
                         "contact: name from signature, no reachable address"])
    base.update(kw)
    return SimpleNamespace(**base)


def test_the_contact_is_said_once_with_why_from_the_core_s_own_words():
    from agent.core import conversation as conv
    from agent.core.conversation import HeaderSummary, RejectionFacts
    from agent.core.message import Address
    from agent.views import describe_contact, rejection_reasons

    me = Address("Alex", "alex@example.org")
    sam = Address("Sam Lee (Recruiting Coordinator)", "sam.lee@lumenhealth.example")
    dana = Address("Dana Kim", "dana.kim@lumenhealth.example")
    summaries = [HeaderSummary(folder="inbox", message_id=f"<s{i}@l>", subject="Slot",
                               date=T0 + timedelta(days=i), sender=sam, to=(me,))
                 for i in range(4)]
    summaries.append(HeaderSummary(folder="inbox", message_id="<d@l>", subject="Exercise",
                                   date=T0, sender=dana, to=(me,)))
    facts = RejectionFacts(company="Lumen Health", rejection_from="no-reply@greenhouse.io",
                           slugs=("lumenhealth",))
    choice = conv.choose(facts, summaries, [me.email])
    assert choice is not None and choice.passed_over
    found = contact_thread(contact_name=choice.name, contact_email=choice.email,
                           contact_reason=choice.explain(facts.rejection_from, timezone.utc))
    lines = describe_contact(found)
    assert lines[0] == "Dana Kim <dana.kim@lumenhealth.example>"
    assert lines[1].startswith("found in an earlier conversation: 1 message exchanged")
    assert lines[2] == ("the rejection itself had no reachable address (it came from "
                        "no-reply@greenhouse.io)")
    assert ("chosen over scheduling coordinator sam.lee@lumenhealth.example, who only "
            "arranged the interviews") in lines
    assert sum(line.count("dana.kim@") for line in lines) == 1
    assert rejection_reasons(found) == ["decision sentence: 'we will not move forward'"]

    alone = conv.choose(facts, summaries[:4], [me.email])
    assert alone is not None and alone.coordinator
    lines = describe_contact(contact_thread(
        contact_name=alone.name, contact_email=alone.email,
        contact_reason=alone.explain(facts.rejection_from)))
    assert lines[0] == "Sam Lee <sam.lee@lumenhealth.example>, scheduling coordinator"
    assert ("chosen because no recruiter or hiring manager appears in the conversation"
            in lines)

    nobody = describe_contact(contact_thread(
        contact_name="Marco Bianchi", contact_reason=conv.no_conversation_reason(
            RejectionFacts(company="Lumen Health", rejection_from="no-reply@greenhouse.io",
                           slugs=("lumenhealth",)), 120)))
    assert nobody == ["none (no earlier conversation with Lumen Health (lumenhealth) in INBOX "
                      "or Sent in the last 120 days; the rejection came from "
                      "no-reply@greenhouse.io)"]
    pending = describe_contact(contact_thread(contact_name="Marco Bianchi", contact_hints="{}"))
    assert pending[0].startswith("none yet: the rejection (from no-reply@greenhouse.io, signed "
                                 "Marco Bianchi) has no reachable address")
    direct = describe_contact(contact_thread(
        contact_name="Priya Natarajan", contact_email="priya@northwind.example",
        contact_reason="", reasons=["contact: sender is reachable"]))
    assert direct == ["Priya Natarajan <priya@northwind.example>",
                      "from the rejection: sender is reachable"]
