"""The whole lifecycle against a real Dovecot, with an injected clock and restarts.

Each `once` below is a new process on the same database (a restart between every step), except
where a test drives `run_cycle` in-process to look at the report.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from helpers import (
    YOU_EMAIL,
    iso,
    make_mail,
    parse,
    rejection,
    run_cli,
    settings_for,
    status_json,
)

from agent.cycle import fixed_clock, run_cycle
from agent.store import Store

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)  # Monday
H, D = timedelta(hours=1), timedelta(days=1)
REJ = "<rej-1@northwind.example>"


def once(env, when: datetime, *extra: str) -> str:
    done = run_cli(env, "once", "--now", iso(when), *extra)
    assert done.returncode == 0, done.stderr
    return done.stdout


def thread(env) -> dict:
    threads = status_json(env)
    assert len(threads) == 1, threads
    return threads[0]


def drafts(sandbox, user):
    return sandbox.messages("Drafts", user=user)


def send_draft(sandbox, user, when: datetime, *, delete: bool = True) -> bytes:
    """What a mail client does on send: file a copy in Sent, remove the draft."""
    (uid, _, raw), = drafts(sandbox, user)
    msg = parse(raw)
    del msg["Date"]
    msg["Date"] = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    sandbox.append("Sent", msg.as_bytes(), when=when, user=user)
    if delete:
        client = sandbox.client(user)
        client.select_folder("Drafts")
        client.delete_messages([uid])
        client.expunge()
        client.logout()
    return raw


def walk_to_sent(sandbox, user, env, raw: bytes | None = None) -> None:
    """The common start: a rejection at T0, its draft at +24 h, sent by the user at +25 h."""
    sandbox.append("INBOX", raw or rejection(T0), when=T0, user=user)
    once(env, T0 + H)
    once(env, T0 + 24 * H)
    send_draft(sandbox, user, T0 + 25 * H)
    once(env, T0 + 26 * H)
    assert thread(env)["state"] == "sent"


def test_happy_path_every_step_a_restart(box):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)

    once(env, T0 + H)
    t = thread(env)
    assert t["state"] == "scheduled"
    assert (t["company"], t["job_title"]) == ("Northwind Analytics", "Senior Data Engineer")
    assert (t["contact_name"], t["contact_email"]) == ("Priya Natarajan", "priya@northwind.example")
    assert t["rejection_message_id"] == REJ
    assert t["rejected_at"] == "2026-11-16T10:00:00+00:00"
    assert t["next_action_at"] == "2026-11-17T10:00:00+00:00"
    for key in ("id", "reason"):
        assert key in t

    once(env, T0 + 23 * H)
    assert thread(env)["state"] == "scheduled" and drafts(sandbox, user) == []

    once(env, T0 + 24 * H)
    assert thread(env)["state"] == "drafted"
    (_, flags, raw), = drafts(sandbox, user)
    assert {b"\\Draft", b"\\Seen"} <= flags
    msg = parse(raw)
    assert msg["In-Reply-To"] == REJ and REJ in msg["References"]
    assert msg["Subject"] == "Re: Your application for Senior Data Engineer"
    assert msg["To"].addresses[0].addr_spec == "priya@northwind.example"
    assert msg["From"].addresses[0].addr_spec == YOU_EMAIL
    assert msg["Message-ID"].endswith("@example.org>")
    body = msg.get_content()
    assert "Hello Priya," in body and "Senior Data Engineer" in body and "Northwind" in body
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")

    once(env, T0 + 25 * H)  # a repeated cycle changes nothing
    assert len(drafts(sandbox, user)) == 1 and thread(env)["state"] == "drafted"

    send_draft(sandbox, user, T0 + 26 * H)
    once(env, T0 + 27 * H)
    assert thread(env)["state"] == "sent"

    answer = make_mail("Priya Natarajan <priya@northwind.example>",
                       "Re: Your application for Senior Data Engineer",
                       "Hi Alex, happy to help: the panel wanted more depth on data modelling.",
                       T0 + 3 * D, msgid="<ans-1@northwind.example>", in_reply_to=REJ)
    sandbox.append("INBOX", answer, when=T0 + 3 * D, user=user)
    once(env, T0 + 3 * D + H)
    t = thread(env)
    assert t["state"] == "thanked"
    (_, flags, raw), = drafts(sandbox, user)
    thanks = parse(raw)
    assert thanks["In-Reply-To"] == "<ans-1@northwind.example>"
    assert "feedback" in thanks.get_content().lower()

    once(env, T0 + 30 * D)  # nothing more, ever
    assert thread(env)["state"] == "thanked" and len(drafts(sandbox, user)) == 1
    # the user's mail was never marked read, changed or deleted
    inbox = sandbox.messages("INBOX", user=user)
    assert len(inbox) == 2 and all(b"\\Seen" not in flags for _, flags, _ in inbox)


def test_silence_closes_after_a_week_without_follow_up(box):
    sandbox, user, env = box
    walk_to_sent(sandbox, user, env)
    once(env, T0 + 25 * H + 7 * D - H)
    assert thread(env)["state"] == "sent"
    once(env, T0 + 25 * H + 7 * D + H)
    t = thread(env)
    assert (t["state"], t["reason"]) == ("closed", "no answer")
    assert drafts(sandbox, user) == []  # no second follow-up


def test_deleted_draft_is_skipped_and_never_recreated(box):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    once(env, T0 + 24 * H)
    (uid, _, _), = drafts(sandbox, user)
    client = sandbox.client(user)
    client.select_folder("Drafts")
    client.delete_messages([uid])
    client.expunge()
    client.logout()
    once(env, T0 + 30 * H)
    t = thread(env)
    assert (t["state"], t["reason"]) == ("skipped", "draft deleted")
    once(env, T0 + 3 * D)
    assert drafts(sandbox, user) == []


def test_edited_draft_under_a_new_uid_is_still_the_draft(box):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    once(env, T0 + 24 * H)
    (uid, _, raw), = drafts(sandbox, user)
    edited = parse(raw)
    del edited["Message-ID"]
    edited["Message-ID"] = "<edited-by-client@example.org>"
    edited.set_content("Hello Priya, my own words now.\n")
    client = sandbox.client(user)
    client.append("Drafts", edited.as_bytes(), flags=(b"\\Draft", b"\\Seen"))
    client.select_folder("Drafts")
    client.delete_messages([uid])
    client.expunge()
    client.logout()
    once(env, T0 + 30 * H)
    assert thread(env)["state"] == "drafted"
    assert len(drafts(sandbox, user)) == 1


def test_unsent_draft_closes_after_seven_days_and_stays_put(box):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    once(env, T0 + 24 * H)
    once(env, T0 + 7 * D - H)
    assert thread(env)["state"] == "drafted"
    once(env, T0 + 7 * D + H)
    t = thread(env)
    assert (t["state"], t["reason"]) == ("closed", "not sent")
    assert len(drafts(sandbox, user)) == 1  # the draft is left alone


def test_user_already_answered_means_no_draft(box):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    once(env, T0 + H)
    reply = make_mail(f"Alex Rivera <{YOU_EMAIL}>", "Re: Your application for Senior Data Engineer",
                      "Thanks Priya, understood.", T0 + 2 * H, msgid="<mine@example.org>",
                      in_reply_to=REJ, to="priya@northwind.example")
    sandbox.append("Sent", reply, when=T0 + 2 * H, user=user)
    once(env, T0 + 24 * H)
    assert thread(env)["state"] == "skipped"
    assert drafts(sandbox, user) == []


def test_no_reachable_contact_is_skipped(box):
    sandbox, user, env = box
    raw = make_mail("Orbital Careers <no-reply@orbital.example>", "Your application to Orbital",
                    """
                    Dear candidate,

                    Thank you for applying for the Logistics Analyst position. Unfortunately we
                    have decided not to move forward with your application.

                    Please do not reply to this email.
                    The Orbital Recruiting Team
                    """, T0, msgid="<rej-2@orbital.example>")
    sandbox.append("INBOX", raw, when=T0, user=user)
    once(env, T0 + 30 * H)
    t = thread(env)
    assert (t["state"], t["reason"]) == ("skipped", "no reachable contact")
    assert t["contact_email"] == ""
    assert drafts(sandbox, user) == []


def test_late_discovery_drafts_at_once_and_very_late_is_skipped(box):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    old = rejection(T0 - 8 * D, msgid="<rej-old@acme.example>",
                    sender="Dana Fox <dana@acme.example>",
                    subject="Your application for Staff Engineer")
    sandbox.append("INBOX", old, when=T0 - 8 * D, user=user)
    env["DEBRIEF_LOOKBACK_DAYS"] = "14"
    once(env, T0 + 3 * D)  # first seen 72 h after the rejection: draft at once
    by_id = {t["rejection_message_id"]: t for t in status_json(env)}
    assert by_id[REJ]["state"] == "drafted"
    assert (by_id["<rej-old@acme.example>"]["state"], by_id["<rej-old@acme.example>"]["reason"]) \
        == ("skipped", "too late")
    assert len(drafts(sandbox, user)) == 1


def test_auto_reply_is_not_an_answer_and_no_feedback_gets_its_own_thanks(box):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    once(env, T0 + 24 * H)
    send_draft(sandbox, user, T0 + 25 * H)
    ooo = make_mail("Priya Natarajan <priya@northwind.example>", "Automatic reply: Re: Your application",
                    "I am out of the office until Monday.", T0 + 25 * H + 1 * timedelta(minutes=1),
                    msgid="<ooo@northwind.example>", in_reply_to=REJ,
                    headers={"Auto-Submitted": "auto-replied"})
    sandbox.append("INBOX", ooo, when=T0 + 26 * H, user=user)
    once(env, T0 + 27 * H)
    assert thread(env)["state"] == "sent"
    no_fb = make_mail("Priya Natarajan <priya@northwind.example>",
                      "Re: Your application for Senior Data Engineer",
                      "Hi Alex, I'm sorry, but unfortunately we are unable to provide individual "
                      "feedback due to company policy. Best of luck!",
                      T0 + 2 * D, msgid="<nofb@northwind.example>", in_reply_to=REJ)
    sandbox.append("INBOX", no_fb, when=T0 + 2 * D, user=user)
    once(env, T0 + 2 * D + H)
    t = thread(env)
    assert t["state"] == "thanked"
    assert len(status_json(env)) == 1  # the answer did not open a thread of its own
    (_, _, raw), = drafts(sandbox, user)
    body = parse(raw).get_content().lower()
    assert "understand" in body and "sharing this feedback" not in body


def test_lookalikes_are_ignored_and_nothing_is_marked_read(box):
    sandbox, user, env = box
    mails = [
        make_mail("Brightside Careers <careers@brightside.example>", "We received your application",
                  "Thanks for applying to the Backend Engineer role! We are reviewing applications. "
                  "Unfortunately, due to volume we cannot reply to everyone.", T0),
        make_mail("Sam Okafor <sam@corvid.example>", "Interview invitation: Platform Engineer",
                  "Hi Alex, we would like to invite you to interview for the Platform Engineer role. "
                  "Are you free on Thursday?", T0),
        make_mail("Parcel <orders@parcel.example>", "Your order is delayed",
                  "We regret to inform you that your order has been delayed.", T0),
    ]
    for raw in mails:
        sandbox.append("INBOX", raw, when=T0, user=user)
    once(env, T0 + 3 * D)
    assert status_json(env) == []
    assert all(b"\\Seen" not in f for _, f, _ in sandbox.messages("INBOX", user=user))


def test_list_and_newsletter_mail_is_skipped_on_its_headers_and_never_a_thread(box):
    """A rejection's very words in a mailing list's post or a newsletter: bulk by its headers
    alone, recorded as such without reading the body, and never a thread or a draft."""
    sandbox, user, env = box
    words = ("Hi Alex,\n\nThank you for interviewing with us for the Data Engineer role. "
             "After careful consideration we have decided to move forward with another "
             "candidate.\n\nBest regards,\nPriya")
    mails = {
        "<list-1@lists.example>": make_mail(
            "Priya Natarajan <priya@northwind.example>", "Your application for Data Engineer",
            words, T0, msgid="<list-1@lists.example>",
            headers={"List-Id": "<careers.lists.example>"}),
        "<digest-1@digest.example>": make_mail(
            "The Recruiter Digest <newsletter@digest.example>", "Your application for Data "
            "Engineer", words, T0, msgid="<digest-1@digest.example>"),
    }
    for raw in mails.values():
        sandbox.append("INBOX", raw, when=T0, user=user)
    once(env, T0 + 3 * D)
    assert status_json(env) == []
    assert drafts(sandbox, user) == []
    with Store(env["DEBRIEF_DATABASE_URL"]) as store:
        reasons = {key: store.seen_key("INBOX", key) for key in mails}
    assert reasons["<list-1@lists.example>"].reason == (
        "bulk: mailing-list headers (list-id)")
    assert reasons["<digest-1@digest.example>"].reason == (
        "bulk: newsletter/digest sender newsletter@digest.example")
    assert all(r.outcome == "ignored" for r in reasons.values())


def test_job_board_status_notice_with_list_headers_is_a_rejection_thread(box):
    """A job board's "your application" notice carries List-Id and List-Unsubscribe like list
    mail, but it is the rejection itself: recognised, its employer and role read from the card,
    and, with nobody to write to behind the board's no-reply address, no draft."""
    sandbox, user, env = box
    raw = make_mail(
        "Halden Freight via LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Data Analyst at Halden Freight",
        """
        Alex, your application was viewed by Halden Freight.

        Data Analyst · Leeds, United Kingdom

        Halden Freight is not moving forward with your application at this time.

        Jobs where you'd be a top applicant

        Unsubscribe · Help
        """, T0, msgid="<notice-1@linkedin.com>",
        headers={"List-Id": "<job-applications.linkedin.com>",
                 "List-Unsubscribe": "<https://www.linkedin.com/e/unsub>"})
    sandbox.append("INBOX", raw, when=T0, user=user)
    once(env, T0 + 30 * H)
    t = thread(env)
    assert (t["company"], t["job_title"]) == ("Halden Freight", "Data Analyst")
    assert (t["state"], t["reason"]) == ("skipped", "no reachable contact")
    assert drafts(sandbox, user) == []


def test_lookback_window_limits_the_first_scan(box):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0 - 10 * D), when=T0 - 10 * D, user=user)
    once(env, T0)
    assert status_json(env) == []


def test_incremental_poll_and_cursor_survive_restart(dovecot_server, mailbox_user, tmp_path):
    settings = settings_for(dovecot_server, mailbox_user, tmp_path / "d.db")
    dovecot_server.append("INBOX", rejection(T0), when=T0, user=mailbox_user)
    with Store(settings.database_url) as store:
        report = run_cycle(settings, store, fixed_clock(T0 + H))
        assert report.fetched["INBOX"] == 1 and len(report.opened) == 1
    with Store(settings.database_url) as store:  # a new process would see the same
        report = run_cycle(settings, store, fixed_clock(T0 + 2 * H))
        assert report.fetched == {"INBOX": 0, "Sent": 0} and report.opened == []
    other = rejection(T0 + 3 * H, msgid="<rej-9@acme.example>", sender="Dana <dana@acme.example>",
                      subject="Your application for Staff Engineer")
    dovecot_server.append("INBOX", other, when=T0 + 3 * H, user=mailbox_user)
    with Store(settings.database_url) as store:
        report = run_cycle(settings, store, fixed_clock(T0 + 4 * H))
        assert report.fetched["INBOX"] == 1 and len(report.opened) == 1


def test_business_hours_pick_the_draft_moment(box):
    sandbox, user, env = box
    env.update(DEBRIEF_BUSINESS_HOURS="09:00-17:00", DEBRIEF_TIMEZONE="Europe/Berlin")
    evening = datetime(2026, 11, 17, 18, 30, tzinfo=timezone.utc)  # Tuesday 19:30 in Berlin
    sandbox.append("INBOX", rejection(evening), when=evening, user=user)
    once(env, evening + H)
    assert thread(env)["next_action_at"] == "2026-11-19T08:00:00+00:00"  # Thursday 09:00 Berlin
    once(env, datetime(2026, 11, 19, 7, 59, tzinfo=timezone.utc))
    assert thread(env)["state"] == "scheduled"
    once(env, datetime(2026, 11, 19, 8, 0, tzinfo=timezone.utc))
    assert thread(env)["state"] == "drafted"


def test_folder_overrides(box):
    sandbox, user, env = box
    client = sandbox.client(user)
    client.create_folder("My Drafts")
    client.logout()
    env["DEBRIEF_DRAFTS_FOLDER"] = "My Drafts"
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    once(env, T0 + 24 * H)
    assert len(sandbox.messages("My Drafts", user=user)) == 1
    assert drafts(sandbox, user) == []
    env["DEBRIEF_DRAFTS_FOLDER"] = "Nope"
    done = run_cli(env, "once", "--now", iso(T0 + 25 * H))
    assert done.returncode == 1 and "Nope" in done.stderr and "Traceback" not in done.stderr


def test_dry_run_shows_the_draft_and_touches_nothing(box):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    out = once(env, T0 + 24 * H, "--dry-run")
    assert "Hello Priya," in out and "To: Priya Natarajan <priya@northwind.example>" in out
    assert drafts(sandbox, user) == [] and status_json(env) == []


class Wire:
    """Every IMAP command and byte on the wire (imaplib under imapclient), connect to logout."""

    def __init__(self, monkeypatch):
        import imaplib

        self.commands: list[str] = []
        self.bytes = 0
        command, send = imaplib.IMAP4._command, imaplib.IMAP4.send
        readline, read = imaplib.IMAP4.readline, imaplib.IMAP4.read

        def _command(imap, name, *args):
            self.commands.append(name)
            return command(imap, name, *args)

        def _send(imap, data):
            self.bytes += len(data)
            return send(imap, data)

        def _readline(imap):
            line = readline(imap)
            self.bytes += len(line)
            return line

        def _read(imap, size):
            data = read(imap, size)
            self.bytes += len(data)
            return data

        for name, fn in (("_command", _command), ("send", _send), ("readline", _readline),
                         ("read", _read)):
            monkeypatch.setattr(imaplib.IMAP4, name, fn)


def idle_poll(dovecot_server, user, tmp_path, wire: Wire, n_messages: int,
              n_drafts: int) -> tuple[list[str], int]:
    """(commands, bytes) of a cycle with nothing new, after `n_messages` of other mail and
    `n_drafts` rejections whose drafts wait in Drafts."""
    for i in range(n_messages):
        raw = make_mail(f"News {i} <news{i}@list.example>", f"Digest {i}", "Weekly digest.", T0,
                        msgid=f"<n{i}@list.example>")
        dovecot_server.append("INBOX", raw, when=T0, user=user)
    for i in range(n_drafts):
        raw = rejection(T0, msgid=f"<rej-{i}@co{i}.example>", subject=f"Your application {i}",
                        sender=f"Priya Natarajan <priya@co{i}.example>")
        dovecot_server.append("INBOX", raw, when=T0, user=user)
    settings = settings_for(dovecot_server, user, tmp_path / f"{user}.db")
    with Store(settings.database_url) as store:
        run_cycle(settings, store, fixed_clock(T0 + 24 * H))  # places the drafts
        run_cycle(settings, store, fixed_clock(T0 + 25 * H))  # notices Drafts changed
        assert [t.state for t in store.threads()] == ["drafted"] * n_drafts
        wire.commands, wire.bytes = [], 0
        report = run_cycle(settings, store, fixed_clock(T0 + 26 * H))
        assert report.fetched == {"INBOX": 0, "Sent": 0}
        assert report.drafts == [] and report.transitions == []
    return list(wire.commands), wire.bytes


def test_a_poll_with_nothing_new_costs_the_same_whatever_the_mailbox_size(dovecot_server,
                                                                         tmp_path, monkeypatch):
    """Issue 11: at most 6 commands and 2,500 bytes, the same for 1 or 300 messages and for
    0 or 13 drafts waiting: one STATUS per folder, no search or fetch per draft."""
    polls, wire = {}, Wire(monkeypatch)
    for n_messages, n_drafts in ((1, 0), (300, 0), (1, 13)):
        user = f"idle-{n_messages}-{n_drafts}"
        dovecot_server.add_user(user, f"pw-{user}")
        polls[(n_messages, n_drafts)] = idle_poll(dovecot_server, user, tmp_path, wire,
                                                  n_messages, n_drafts)
    commands = {tuple(c) for c, _ in polls.values()}
    assert len(commands) == 1, polls
    (sent,) = commands
    assert sent.count("STATUS") == 3 and "CAPABILITY" not in sent[1:], sent
    assert not {"SEARCH", "FETCH", "UID", "EXAMINE", "SELECT", "APPEND"} & set(sent), sent
    assert len(sent) <= 6, sent
    assert max(b for _, b in polls.values()) <= 2500, polls
