"""Seeing what it does: the status table, explain, and progress on a long first scan."""

from datetime import datetime, timedelta, timezone

from helpers import env_for, make_mail, rejection, run_cli

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)


def test_status_table_and_explain(dovecot_server, mailbox_user, tmp_path):
    dovecot_server.append("INBOX", rejection(T0), when=T0, user=mailbox_user)
    env = env_for(dovecot_server, mailbox_user, tmp_path / "d.db")
    assert run_cli(env, "once", "--now", (T0 + timedelta(hours=2)).isoformat()).returncode == 0

    table = run_cli(env, "status")
    assert table.returncode == 0
    header, row = table.stdout.splitlines()[:2]
    assert header.split()[:6] == ["ID", "COMPANY", "ROLE", "CONTACT", "STATE", "NEXT"]
    assert "Northwind Analytics" in row and "priya@northwind.example" in row
    assert "scheduled" in row and "2026-11-17 10:00" in row

    for ident in ("1", "<rej-1@northwind.example>", "rej-1@northwind.example"):
        explained = run_cli(env, "explain", ident)
        assert explained.returncode == 0, explained.stderr
        out = explained.stdout
        assert "Thread 1: scheduled" in out
        assert "contact    Priya Natarajan <priya@northwind.example>" in out
        assert "why it is a rejection:" in out and "    - " in out
        assert "feedback request due" in out and "2026-11-17 10:00 UTC" in out
        assert "rejection recognised" in out

    other = make_mail("Sam <sam@corvid.example>", "Interview invitation",
                      "We would like to invite you to an interview for the SRE role.", T0,
                      msgid="<inv@corvid.example>")
    dovecot_server.append("INBOX", other, when=T0, user=mailbox_user)
    assert run_cli(env, "once", "--now", (T0 + timedelta(hours=3)).isoformat()).returncode == 0
    ignored = run_cli(env, "explain", "<inv@corvid.example>")
    assert ignored.returncode == 0 and "not a rejection (job_other" in ignored.stdout

    missing = run_cli(env, "explain", "42")
    assert missing.returncode == 1 and "no thread" in missing.stderr


def test_empty_status(dovecot_server, mailbox_user, tmp_path):
    env = env_for(dovecot_server, mailbox_user, tmp_path / "d.db")
    done = run_cli(env, "status")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (f"no database yet at {tmp_path / 'd.db'}: run `debrief "
                                   "once` or start the service")
    assert not (tmp_path / "d.db").exists()
    assert run_cli(env, "once").returncode == 0  # an empty mailbox: a database, no threads
    done = run_cli(env, "status")
    assert done.returncode == 0 and done.stdout.strip() == "No rejections seen yet."


def test_first_scan_logs_progress_when_not_on_a_terminal(dovecot_server, mailbox_user, tmp_path):
    client = dovecot_server.client(mailbox_user)
    for i in range(40):
        raw = make_mail(f"List {i} <l{i}@list.example>", f"Digest {i}", "Weekly digest.", T0,
                        msgid=f"<d{i}@list.example>")
        client.append("INBOX", raw, msg_time=T0)
    client.logout()
    env = env_for(dovecot_server, mailbox_user, tmp_path / "d.db")
    done = run_cli(env, "once", "--now", (T0 + timedelta(hours=1)).isoformat())
    assert done.returncode == 0
    assert "scanning INBOX: 40/40 messages" in done.stderr
    assert done.stderr.count("scanning INBOX") == 10  # every 10%, not every message


def test_explain_shows_the_contact_once_with_why(box):
    """A no-reply rejection signed by Marco: the contact is said once (person, address, then
    why), the rejection's own "no reachable address" sits with it and says who was found
    instead; "why it is a rejection" holds no contact note."""
    from test_contact_lookup_imap import REJ, ats_rejection, scheduling_conversation

    sandbox, user, env = box
    scheduling_conversation(sandbox, user)
    sandbox.append("INBOX", ats_rejection(), when=T0, user=user)
    assert run_cli(env, "once", "--now", (T0 + timedelta(hours=1)).isoformat()).returncode == 0
    out = run_cli(env, "explain", REJ).stdout
    contact = section(out, "contact")
    assert contact[0] == "Marco Bianchi <marco.bianchi@lumenhealth.example>"
    assert "found in an earlier conversation: 3 messages exchanged, last 2026-10-29" in contact
    assert ("the rejection itself had no reachable address (it came from "
            "no-reply@us.greenhouse-mail.io)") in contact
    shown = out.split("  history:")[0]  # the event log below keeps its own record
    assert shown.count("marco.bianchi@lumenhealth.example") == 1, out
    assert "contact:" not in shown, out  # no second contact line, no note under the reasons
    why = out.split("why it is a rejection:")[1].split("  next ")[0]
    assert "contact" not in why and "reachable" not in why, why
    assert why.strip(), out  # the reasons themselves are still there


def test_explain_without_a_contact_says_none_and_why(box):
    from test_contact_lookup_imap import REJ, ats_rejection, decoy_conversation

    sandbox, user, env = box
    decoy_conversation(sandbox, user)
    sandbox.append("INBOX", ats_rejection(), when=T0, user=user)
    assert run_cli(env, "once", "--now", (T0 + timedelta(hours=1)).isoformat()).returncode == 0
    out = run_cli(env, "explain", REJ).stdout
    contact = section(out, "contact")
    assert len(contact) == 1, out
    assert contact[0].startswith("none (no earlier conversation with Lumen Health"), out
    assert contact[0].endswith("the rejection came from no-reply@us.greenhouse-mail.io)")
    shown = out.split("  history:")[0]
    assert "(no name)" not in shown and "<none>" not in shown and "contact:" not in shown


def test_explain_says_a_scheduling_coordinator_was_passed_over(box):
    from test_contact_lookup_imap import REJ, ats_rejection

    sandbox, user, env = box
    sam = "Sam Lee (Recruiting Coordinator) <sam.lee@lumenhealth.example>"
    dana = "Dana Kim <dana.kim@lumenhealth.example>"
    for i in range(4):
        when = T0 - (20 - i) * timedelta(days=1)
        sandbox.append("INBOX", make_mail(sam, f"Lumen Health interview slot {i}",
                                          "Hi Alex, which time works for you? Sam", when,
                                          msgid=f"<slot-{i}@lumenhealth.example>"),
                       when=when, user=user)
    when = T0 - 10 * timedelta(days=1)
    sandbox.append("INBOX", make_mail(dana, "Lumen Health take-home exercise",
                                      "Hi Alex, here is the exercise. Dana", when,
                                      msgid="<take-home@lumenhealth.example>"),
                   when=when, user=user)
    sandbox.append("INBOX", ats_rejection(), when=T0, user=user)
    assert run_cli(env, "once", "--now", (T0 + timedelta(hours=1)).isoformat()).returncode == 0
    out = run_cli(env, "explain", REJ).stdout
    contact = section(out, "contact")
    assert contact[0].startswith("Dana Kim <dana.kim@lumenhealth.example>"), out
    assert ("chosen over scheduling coordinator sam.lee@lumenhealth.example, who only arranged "
            "the interviews") in contact, out


def section(out: str, name: str) -> list[str]:
    """The lines of explain's `name` section: its first line's text, then the lines indented
    under it."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"  {name.ljust(10)} "))
    found = [lines[start][13:]]
    for line in lines[start + 1:]:
        if not line.startswith(" " * 13):
            break
        found.append(line[13:])
    return found
