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
    assert done.returncode == 0 and "No rejections seen yet." in done.stdout


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
