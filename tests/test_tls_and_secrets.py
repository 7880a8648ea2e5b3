"""TLS is verified by default; a private CA file makes it work; the password never leaks."""

from datetime import datetime, timedelta, timezone

from helpers import env_for, rejection, run_cli

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)


def tls_env(dovecot_server, user, tmp_path, **extra):
    env = env_for(dovecot_server, user, tmp_path / "d.db", DEBRIEF_IMAP_SECURITY="ssl",
                  DEBRIEF_IMAP_PORT=str(dovecot_server.tls_port), **extra)
    return env


def test_self_signed_certificate_is_refused_by_default(dovecot_server, mailbox_user, tmp_path):
    env = tls_env(dovecot_server, mailbox_user, tmp_path)
    done = run_cli(env, "once")
    assert done.returncode == 1
    assert "certificate" in done.stderr.lower() and "Traceback" not in done.stderr
    check = run_cli(env, "check")
    assert check.returncode == 1 and "certificate" in check.stdout.lower()


def test_private_ca_file_is_accepted(dovecot_server, mailbox_user, tmp_path):
    dovecot_server.append("INBOX", rejection(T0), when=T0, user=mailbox_user)
    env = tls_env(dovecot_server, mailbox_user, tmp_path,
                  DEBRIEF_IMAP_CA_FILE=str(dovecot_server.cert_file))
    done = run_cli(env, "once", "--now", (T0 + timedelta(days=2)).isoformat())
    assert done.returncode == 0, done.stderr
    assert len(dovecot_server.messages("Drafts", user=mailbox_user)) == 1


def test_starttls_is_verified_too(dovecot_server, mailbox_user, tmp_path):
    env = env_for(dovecot_server, mailbox_user, tmp_path / "d.db", DEBRIEF_IMAP_SECURITY="starttls")
    assert run_cli(env, "once").returncode == 1
    env["DEBRIEF_IMAP_CA_FILE"] = str(dovecot_server.cert_file)
    done = run_cli(env, "once")
    assert done.returncode == 0, done.stderr


def test_check_reports_folders_and_window(dovecot_server, mailbox_user, tmp_path):
    now = datetime.now(timezone.utc)
    dovecot_server.append("INBOX", rejection(now - timedelta(days=2)), when=now - timedelta(days=2),
                          user=mailbox_user)
    dovecot_server.append("INBOX", rejection(now - timedelta(days=30), msgid="<old@x.example>"),
                          when=now - timedelta(days=30), user=mailbox_user)
    done = run_cli(env_for(dovecot_server, mailbox_user, tmp_path / "d.db"), "check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "drafts    Drafts" in done.stdout and "sent      Sent" in done.stdout
    assert "2 messages, 1 in the last 7 days" in done.stdout


def test_wrong_password_plain_words_and_no_leak(dovecot_server, mailbox_user, tmp_path):
    env = env_for(dovecot_server, mailbox_user, tmp_path / "d.db",
                  DEBRIEF_IMAP_PASSWORD="Sup3r-Secret-Passw0rd")
    for args in (["check"], ["once"], ["-v", "once"]):
        done = run_cli(env, *args)
        assert done.returncode == 1
        out = done.stdout + done.stderr
        assert "login refused" in out and "Traceback" not in out
        assert "Sup3r-Secret-Passw0rd" not in out


def test_unreachable_host_plain_words(tmp_path, dovecot_server, mailbox_user):
    env = env_for(dovecot_server, mailbox_user, tmp_path / "d.db", DEBRIEF_IMAP_PORT="1")
    done = run_cli(env, "check")
    assert done.returncode == 1 and "cannot connect" in done.stdout


def test_password_never_in_status_or_logs(dovecot_server, mailbox_user, tmp_path):
    dovecot_server.append("INBOX", rejection(T0), when=T0, user=mailbox_user)
    env = env_for(dovecot_server, mailbox_user, tmp_path / "d.db")
    password = env["DEBRIEF_IMAP_PASSWORD"]
    outs = [run_cli(env, "-v", "once", "--now", (T0 + timedelta(days=2)).isoformat()),
            run_cli(env, "status", "--json"), run_cli(env, "status"), run_cli(env, "explain", "1")]
    for done in outs:
        assert done.returncode == 0, done.stderr
        assert password not in done.stdout + done.stderr
