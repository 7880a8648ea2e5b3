"""`debrief demo`: the whole lifecycle on a private sandbox mailbox, in simulated time.

A throwaway Dovecot on a free loopback port, realistic mail (rejections and look-alikes), real
cycles with an injected clock, and a readable timeline. Nothing leaves this machine.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import logging
import shutil
import tempfile
import textwrap
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from agent.config import Settings
from agent.core.schedule import parse_business_hours
from agent.cycle import CycleReport, fixed_clock, run_cycle
from agent.mailbox import ImapSettings
from agent.plan_cmd import answered_threads, load_catalog, render_text
from agent.sandbox import DovecotSandbox, dovecot_available
from agent.store import Store

ZONE = ZoneInfo("Europe/London")
LANGUAGES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
T0 = datetime(2026, 11, 16, 11, 20, tzinfo=ZONE)  # a Monday morning
YOU = ("Alex Rivera", "alex.rivera@example.org")
POLL = timedelta(minutes=5)  # the default DEBRIEF_POLL_INTERVAL


def mail(sender: str, subject: str, body: str, when: datetime, *, reply_to: str = "",
         msgid: str = "", in_reply_to: str = "", to: str = f"{YOU[0]} <{YOU[1]}>",
         html: bool = False) -> bytes:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    domain = sender.rpartition("@")[2].strip(">")
    digest = hashlib.sha1(subject.encode()).hexdigest()[:12]
    msg["Message-ID"] = msgid or f"<demo.{digest}@{domain}>"
    if reply_to:
        msg["Reply-To"] = reply_to
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    body = textwrap.dedent(body).strip() + "\n"
    if html:
        msg.set_content("<html><body>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
                        + "</body></html>", subtype="html")
    else:
        msg.set_content(body)
    return msg.as_bytes()


NORTHWIND_ID = "<rej.4821@northwind-analytics.example>"
QUILLON_ID = "<lever.5f1c2@hire.lever.co>"
HANNAH = "Hannah Weber <hannah.weber@quillon-robotics.example>"
TOM = "Tom Reyes (Interview Coordinator) <tom.reyes@quillon-robotics.example>"

#: Three weeks earlier, outside the sync window: the conversation the user had with Quillon's
#: recruiter (her mail, the user's reply in Sent) and the coordinator's scheduling mail.
EARLIER = [
    ("INBOX", mail(HANNAH, "Controls Engineer at Quillon Robotics: next steps", """
        Hi Alex,

        Thanks for your application for the Controls Engineer role. I would love to set up
        a technical interview with our team. Which days work for you next week?

        Hannah
        """, T0 - timedelta(days=24), msgid="<hw.1@quillon-robotics.example>")),
    ("Sent", mail(f"{YOU[0]} <{YOU[1]}>",
                  "Re: Controls Engineer at Quillon Robotics: next steps", """
        Hi Hannah,

        Thank you! Tuesday or Thursday afternoon would suit me well.

        Alex
        """, T0 - timedelta(days=23, hours=22), to=HANNAH, msgid="<ar.1@example.org>",
        in_reply_to="<hw.1@quillon-robotics.example>")),
    ("INBOX", mail(TOM, "Interview confirmed: Controls Engineer, Thursday 14:00", """
        Hi Alex, your interview is confirmed for Thursday at 14:00. The video link follows.
        Tom
        """, T0 - timedelta(days=23), msgid="<tr.1@quillon-robotics.example>")),
    ("INBOX", mail(HANNAH, "Re: Controls Engineer at Quillon Robotics: next steps", """
        Great, Tom will send you the invitation for Thursday. Good luck!
        Hannah
        """, T0 - timedelta(days=23, hours=2), msgid="<hw.2@quillon-robotics.example>",
        in_reply_to="<ar.1@example.org>")),
]
NORDLICHT_ID = "<rej.77@nordlicht-software.example>"

SEED = [
    ("rejection", mail(
        "Priya Natarajan <priya.natarajan@northwind-analytics.example>",
        "Your application for Senior Data Engineer", """
        Hi Alex,

        Thank you for taking the time to interview with us for the Senior Data Engineer role
        last week. It was a pleasure to learn about your work on streaming pipelines.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs. This was a difficult decision.

        We wish you every success in your search.

        Best regards,
        Priya Natarajan
        Engineering Manager, Northwind Analytics
        """, T0 - timedelta(minutes=50), msgid=NORTHWIND_ID)),
    ("rejection", mail(
        "Lumen Health <no-reply@us.greenhouse-mail.io>",
        "Update on your Lumen Health application", """
        Hi Alex,

        Thank you for your interest in the Product Analyst position at Lumen Health and for
        the time you invested in our process.

        Unfortunately, we will not be moving forward with your application at this time.
        We truly appreciate your interest and encourage you to apply for future openings.

        Kind regards,
        Marco Bianchi
        Talent Acquisition, Lumen Health
        """, T0 - timedelta(minutes=20),
        reply_to="Marco Bianchi <marco.bianchi@lumenhealth.example>", html=True)),
    ("rejection", mail(
        "Orbital Freight Careers <no-reply@orbitalfreight.example>",
        "Your application to Orbital Freight", """
        Dear candidate,

        Thank you for applying for the Logistics Analyst position. The position has been
        filled, and we will not be progressing your application further.

        Please do not reply to this message; this mailbox is not monitored.

        The Orbital Freight Recruiting Team
        """, T0 - timedelta(minutes=10))),
    ("rejection", mail(
        "Quillon Robotics <no-reply@hire.lever.co>",
        "Quillon Robotics: your application for Controls Engineer", """
        Hi Alex,

        Thank you for interviewing for the Controls Engineer position at Quillon Robotics.
        After careful consideration, we have decided not to move forward with your candidacy.

        We appreciate the time you spent with our team and wish you the best in your search.

        Best regards,
        Hannah Weber
        Recruiter, Quillon Robotics
        """, T0 - timedelta(minutes=15), msgid=QUILLON_ID)),
    ("rejection", mail(
        "Katrin Vogel <katrin.vogel@nordlicht-software.example>",
        "Ihre Bewerbung als Platform Engineer", """
        Sehr geehrter Herr Rivera,

        vielen Dank für Ihre Bewerbung als Platform Engineer bei Nordlicht Software und für das
        angenehme Gespräch in der vergangenen Woche.

        Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen
        können. Wir haben uns für Bewerber mit mehr Erfahrung mit Kubernetes im Betrieb
        entschieden.

        Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

        Mit freundlichen Grüßen

        Katrin Vogel
        Personalreferentin, Nordlicht Software GmbH
        """, T0 - timedelta(minutes=45), msgid=NORDLICHT_ID)),
    ("look-alike", mail(
        "Brightside Careers <careers@brightside.example>",
        "We received your application", """
        Hi Alex,

        Thanks for applying to the Backend Engineer role at Brightside! Our team is reviewing
        applications and will be in touch. Unfortunately, due to the volume of applications we
        cannot reply to everyone individually.

        Brightside Talent Team
        """, T0 - timedelta(minutes=40))),
    ("look-alike", mail(
        "Sam Okafor <sam.okafor@corvid.example>",
        "Interview invitation: Platform Engineer", """
        Hi Alex,

        Unfortunately the interviewer for Thursday is ill, so we need to reschedule your
        interview for the Platform Engineer role. Would Monday at 10:00 work for you?

        Best,
        Sam
        """, T0 - timedelta(minutes=30))),
    ("look-alike", mail(
        "Parcel & Co <orders@parcelco.example>",
        "Your order #48213 is delayed", """
        We regret to inform you that your order has been delayed. We are sorry for the
        inconvenience and will email you as soon as it ships.
        """, T0 - timedelta(minutes=25))),
]


class Timeline:
    def at(self, when: datetime, text: str) -> None:
        stamp = when.astimezone(ZONE).strftime("%a %d %b %H:%M")
        click.echo(f"{click.style(stamp, fg='cyan')}  {text}")

    def draft(self, raw: bytes) -> None:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        click.echo(click.style(f"    To: {msg['To']}\n    Subject: {msg['Subject']}", dim=True))
        for paragraph in msg.get_content().replace("\r\n", "\n").strip().split("\n"):
            for line in textwrap.wrap(paragraph, 76) or [""]:
                click.echo(f"    │ {line}")


def run_demo(keep: bool = False) -> int:
    if not dovecot_available():
        click.echo("debrief demo needs Dovecot to run a private sandbox mailbox.\n"
                   "Install it with: sudo apt-get install dovecot-imapd   (or run `make demo`)",
                   err=True)
        return 1
    logging.getLogger("debrief").setLevel(logging.WARNING)
    root = Path(tempfile.mkdtemp(prefix="debrief-demo-"))
    sandbox = DovecotSandbox(root=root / "dovecot", users={"alex": "demo-password"})
    try:
        try:
            sandbox.start()
        except RuntimeError as exc:
            click.echo(f"debrief demo: could not start the sandbox mail server: {exc}", err=True)
            return 1
        return _run(sandbox, root)
    finally:
        sandbox.stop()
        if keep:
            click.echo(f"sandbox kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


def _run(sandbox: DovecotSandbox, root: Path) -> int:
    settings = Settings(
        imap=ImapSettings(host=sandbox.host, port=sandbox.port, username="alex",
                          password="demo-password", security="plain"),
        database_url=f"sqlite:///{root / 'debrief.db'}",
        your_name=YOU[0], your_email=YOU[1], timezone=ZONE, poll_interval=300,
        business_hours=parse_business_hours("09:00-17:00"), lookback_days=7, silence_days=7,
        templates_dir=None, drafts_folder=None, sent_folder=None,
    )
    show = Timeline()
    click.echo(click.style(f"Debrief demo: a private mailbox on 127.0.0.1:{sandbox.port}, "
                           "simulated time\n", bold=True))
    for folder, raw in EARLIER:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        sandbox.append(folder, raw, when=msg["Date"].datetime, user="alex")
    show.at(T0 - timedelta(days=24), "earlier: Hannah Weber, recruiter at Quillon Robotics, "
                                     "arranges an interview; you answer; a coordinator confirms")
    for _kind, raw in SEED:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        sandbox.append("INBOX", raw, when=msg["Date"].datetime, user="alex")
    rejections = sum(1 for kind, _ in SEED if kind == "rejection")
    show.at(T0, f"{len(SEED)} messages in the inbox: {rejections} rejections (one in German) "
                "among interview, application-received and shop mail")

    with Store(settings.database_url, account=settings.account) as store:
        def cycle(when: datetime) -> CycleReport:
            return run_cycle(settings, store, fixed_clock(when.astimezone(timezone.utc)))

        report = cycle(T0)
        for thread in store.threads():
            who = f"{thread.contact_name} <{thread.contact_email}>" if thread.contact_email \
                else "nobody reachable (no-reply sender, no person named)"
            show.at(T0, f"rejection recognised: {thread.company} / {thread.job_title} "
                        f"-> write to {who} ({LANGUAGES.get(thread.language, thread.language)}, "
                        f"{'formal' if thread.formal else 'informal'}, {thread.stage} stage)")
            if thread.contact_reason:  # a no-reply sender: found in the earlier conversation
                click.echo(click.style(f"    contact: {thread.contact_reason}", dim=True))
        ignored = sum(report.fetched.values()) - len(report.opened)
        show.at(T0, f"{ignored} look-alikes ignored (application received, interview "
                    "reschedule, delayed order)")
        for thread in store.threads():
            if thread.state == "scheduled":
                show.at(T0, f"thread {thread.id}: feedback request scheduled for "
                            f"{thread.due_at.astimezone(ZONE):%a %H:%M} (24-48 h later, in "
                            "business hours)")
            else:
                show.at(T0, f"thread {thread.id}: {thread.state} ({thread.reason})")

        # Debrief polls every 5 minutes from T0: each draft goes in on the first poll at or
        # after its due time, so what the timeline says was scheduled is when it appears.
        placed: list[tuple[int, str, bytes]] = []
        poll = T0
        for due in sorted({t.due_at for t in store.threads() if t.state == "scheduled"}):
            poll = T0 + POLL * -(-(due - T0) // POLL)
            report = cycle(poll)
            for thread_id, _, raw in report.drafts:
                show.at(poll, f"thread {thread_id}: feedback request placed in Drafts "
                              "(not sent):")
                show.draft(raw)
            placed += report.drafts

        # The user reviews and sends the drafts from their mail client.
        sent_at = max(poll, T0 + timedelta(days=1, hours=1))
        for _, _, raw in placed:
            sandbox.append("Sent", _as_sent(raw, sent_at), when=sent_at, user="alex")
            _delete_draft(sandbox, raw)
        show.at(sent_at, f"you review the {len(placed)} drafts and send them from your "
                         "mail client")
        cycle(sent_at + timedelta(minutes=5))
        states = ", ".join(f"thread {t.id} {t.state}" for t in store.threads())
        show.at(sent_at + timedelta(minutes=5), f"Debrief looks in Sent: {states}")

        answered = T0 + timedelta(days=3, hours=2)
        answer = mail(
            "Priya Natarajan <priya.natarajan@northwind-analytics.example>",
            "Re: Your application for Senior Data Engineer", """
            Hi Alex,

            Happy to share a few thoughts. The panel liked your pipeline design, but the
            successful candidate had more hands-on experience running Kafka in production,
            and your system design answer stayed high-level on failure handling.

            Best of luck,
            Priya
            """, answered, in_reply_to=NORTHWIND_ID)
        sandbox.append("INBOX", answer, when=answered, user="alex")
        show.at(answered, "Priya answers with feedback")
        report = cycle(answered + timedelta(minutes=5))
        for thread_id, _, raw in report.drafts:
            show.at(answered + timedelta(minutes=5),
                    f"thread {thread_id}: answer recognised; thank-you placed in Drafts:")
            show.draft(raw)

        answered_de = T0 + timedelta(days=3, hours=4)
        sandbox.append("INBOX", mail(
            "Katrin Vogel <katrin.vogel@nordlicht-software.example>",
            "AW: Ihre Bewerbung als Platform Engineer", """
            Sehr geehrter Herr Rivera,

            vielen Dank für Ihre Nachricht. Aus rechtlichen Gründen geben wir leider
            grundsätzlich kein individuelles Feedback.

            Mit freundlichen Grüßen
            Katrin Vogel
            """, answered_de, in_reply_to=NORDLICHT_ID), when=answered_de, user="alex")
        show.at(answered_de, "Katrin Vogel answers in German: no individual feedback, by policy")
        report = cycle(answered_de + timedelta(minutes=5))
        for thread_id, _, raw in report.drafts:
            show.at(answered_de + timedelta(minutes=5),
                    f"thread {thread_id}: answer recognised; thank-you placed in Drafts "
                    "(in German, Sie-form):")
            show.draft(raw)

        later = sent_at + timedelta(days=7, hours=1)
        cycle(later)
        for thread in store.threads():
            if thread.state == "closed":
                show.at(later, f"thread {thread.id} ({thread.company}): a week of silence, "
                               "closed. No second follow-up, ever.")

        click.echo("\n" + click.style("Final status", bold=True))
        for thread in store.threads():
            click.echo(f"  {thread.id}  {thread.company:<20} {thread.job_title:<24} "
                       f"{thread.state:<8} {thread.reason}")
        drafts = sandbox.messages("Drafts", user="alex")
        inbox = sandbox.messages("INBOX", user="alex")
        unread_touched = sum(1 for _, flags, _ in inbox if b"\\Seen" in flags)
        click.echo(f"\nMailbox: {len(drafts)} draft(s) waiting for you, nothing sent by Debrief, "
                   f"{unread_touched} inbox message(s) marked read "
                   "(Debrief never marks mail read).")

        # What `debrief plan` makes of Priya's answer.
        click.echo("\n" + click.style("$ debrief plan", bold=True))
        click.echo(render_text(answered_threads(store, load_catalog()), ZONE), nl=False)
    return 0


def _as_sent(raw: bytes, when: datetime) -> bytes:
    """The draft as the user's client files it in Sent: same message, new Date."""
    msg = email.message_from_bytes(raw, policy=email.policy.SMTP)
    del msg["Date"]
    msg["Date"] = format_datetime(when)
    return msg.as_bytes()


def _delete_draft(sandbox: DovecotSandbox, raw: bytes) -> None:
    """What the user's mail client does when it sends a draft (only in this sandbox)."""
    message_id = email.message_from_bytes(raw)["Message-ID"]
    client = sandbox.client("alex")
    try:
        client.select_folder("Drafts")
        uids = client.search(["HEADER", "Message-ID", message_id])
        if uids:
            client.delete_messages(uids)
            client.expunge()
    finally:
        client.logout()
