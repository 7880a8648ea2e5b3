"""`debrief init` asks for everything a connection needs and writes only what was confirmed;
`debrief check` names the setting to change for every failure; `install-service` writes a unit
that starts this very Debrief."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from helpers import env_for, private_sandbox, run_cli

from agent.config import load_settings
from agent.setup_cmds import ask_values, debrief_command, guess_provider

ROOT = Path(__file__).resolve().parent.parent


def run_init(tmp_path: Path, answers: list[str], *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEBRIEF_")}
    env["HOME"] = str(tmp_path)
    return subprocess.run([sys.executable, "-m", "agent", "init", "--ask", *args],
                          input="\n".join(answers) + "\n", env=env, capture_output=True,
                          text=True, timeout=60, start_new_session=True)


def test_init_offers_the_providers_settings_and_writes_what_was_confirmed(tmp_path):
    target = tmp_path / "d.env"
    # address, name, host (offered), security (offered), port (offered), login (offered),
    # password, time zone, confirm
    answers = ["jo@gmail.com", "Jo Doe", "", "", "", "", "", "app-pass-1234", "Europe/Berlin",
               "y"]
    done = run_init(tmp_path, answers, "--path", str(target))
    assert done.returncode == 0, done.stderr
    assert "IMAP server [imap.gmail.com]" in done.stdout
    assert "[ssl]" in done.stdout and "IMAP port [993]" in done.stdout
    assert "app password" in done.stdout  # the provider's note
    assert "app-pass-1234" not in done.stdout  # the summary hides the password
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    settings = load_settings(target, environ={})
    assert settings.imap.host == "imap.gmail.com" and settings.imap.port == 993
    assert settings.imap.security == "ssl" and settings.imap.username == "jo@gmail.com"
    assert settings.imap.password == "app-pass-1234" and settings.timezone.key == "Europe/Berlin"
    assert settings.your_name == "Jo Doe" and settings.unknown == ()


def test_init_writes_nothing_unless_confirmed(tmp_path):
    target = tmp_path / "d.env"
    answers = ["jo@gmail.com", "Jo Doe", "", "", "", "", "", "pw-123", "UTC", "n"]
    done = run_init(tmp_path, answers, "--path", str(target))
    assert done.returncode == 0 and "nothing written" in done.stdout
    assert not target.exists()


def test_init_offers_oauth2_where_passwords_do_not_work(tmp_path):
    target = tmp_path / "d.env"
    # address, name, host, security, port, login, sign-in (oauth2 offered), client id, time
    # zone, confirm
    answers = ["jo@outlook.com", "Jo Doe", "", "", "", "", "", "app-id-123", "UTC", "y"]
    done = run_init(tmp_path, answers, "--path", str(target))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "IMAP server [outlook.office365.com]" in done.stdout and "[oauth2]" in done.stdout
    assert "password or app password:" not in done.stdout  # no password asked
    assert f"next: debrief --env-file {target} login" in done.stdout
    settings = load_settings(target, environ={})
    assert settings.imap.auth == "oauth2" and settings.imap.oauth is not None
    assert settings.imap.oauth.config.client_id == "app-id-123"
    assert settings.imap.host == "outlook.office365.com" and settings.imap.port == 993


def test_init_asks_again_on_bad_answers(tmp_path):
    target = tmp_path / "d.env"
    answers = ["not an address", "jo@example.org", "Jo", "mail.corp.invalid", "tls", "starttls",
               "", "/no/such/ca.pem", "", "", "pw-123", "Mars/Base", "UTC", "y"]
    done = run_init(tmp_path, answers, "--path", str(target))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "is not an email address" in done.stdout + done.stderr
    assert "unknown time zone 'Mars/Base'" in done.stdout + done.stderr
    assert "/no/such/ca.pem is not a file" in done.stdout + done.stderr
    settings = load_settings(target, environ={})
    assert settings.imap.host == "mail.corp.invalid" and settings.imap.security == "starttls"
    assert settings.imap.port == 143  # starttls chosen: its usual port was offered


def test_ask_values_guesses_an_unknown_hosts_port_by_probing():
    answers = iter(["me@corp.example", "Me", "", "", "", "", "", "pw", "UTC"])
    offered: dict[str, object] = {}

    def prompt(text, default=None, **_kw):
        offered[text] = default
        answer = next(answers)
        return answer if answer else default

    said: list[str] = []
    values = ask_values(prompt, said.append, probe_host=lambda host: (143, "starttls"))
    assert offered["IMAP server"] == "imap.corp.example"
    assert values["DEBRIEF_IMAP_PORT"] == "143" and values["DEBRIEF_IMAP_SECURITY"] == "starttls"
    assert any("port 143 answers (STARTTLS)" in s for s in said)


def test_guess_provider():
    assert guess_provider("a@icloud.com").host == "imap.mail.me.com"
    assert guess_provider("a@GMX.de").host == "imap.gmx.net"
    unknown = guess_provider("a@uni.example")
    assert (unknown.host, unknown.port, unknown.security) == ("imap.uni.example", 993, "ssl")


def check(env: dict[str, str]) -> subprocess.CompletedProcess:
    return run_cli(env, "check")


def test_check_names_the_setting_for_every_failure(dovecot_server, mailbox_user, tmp_path):
    base = env_for(dovecot_server, mailbox_user, tmp_path / "d.db")
    cases = [
        (dict(DEBRIEF_IMAP_SECURITY="ssl", DEBRIEF_IMAP_PORT=str(dovecot_server.tls_port)),
         "DEBRIEF_IMAP_CA_FILE"),
        (dict(DEBRIEF_IMAP_PASSWORD="wrong-password"), "DEBRIEF_IMAP_PASSWORD"),
        (dict(DEBRIEF_IMAP_PORT="1"), "DEBRIEF_IMAP_PORT"),
        (dict(DEBRIEF_IMAP_HOST="no-such-host.invalid"), "DEBRIEF_IMAP_HOST"),
        (dict(DEBRIEF_IMAP_SECURITY="ssl"), "DEBRIEF_IMAP_SECURITY=starttls"),
        (dict(DEBRIEF_DRAFTS_FOLDER="Entwürfe"), "DEBRIEF_DRAFTS_FOLDER"),
        (dict(DEBRIEF_DATABASE_URL=f"sqlite:///{tmp_path}/file/d.db"), "DEBRIEF_DATABASE_URL"),
    ]
    (tmp_path / "file").write_text("a file where a folder should be")
    for extra, setting in cases:
        done = check(dict(base, **extra))
        assert done.returncode == 1, (extra, done.stdout)
        problems = [line for line in done.stdout.splitlines() if line.startswith("problem")]
        assert len(problems) == 1 and setting in problems[0], (extra, done.stdout)
        assert "Traceback" not in done.stderr and "all good" not in done.stdout


def test_check_all_good_creates_nothing(tmp_path, needs_dovecot):
    with private_sandbox(alex="pw-alex-1") as box:
        env = env_for(box, "alex", tmp_path / "state" / "d.db")
        done = check(env)
    assert done.returncode == 0, done.stdout
    assert "created on the first run" in done.stdout and "all good" in done.stdout
    assert not (tmp_path / "state").exists()


def test_install_service_user_unit_points_at_this_debrief(tmp_path):
    env_file = tmp_path / "my.env"
    env_file.write_text("DEBRIEF_IMAP_HOST=x\n")
    env_file.chmod(0o600)
    unit = tmp_path / "units" / "debrief.service"
    done = run_cli({"HOME": str(tmp_path)}, "--env-file", str(env_file), "install-service",
                   "--user", "--path", str(unit))
    assert done.returncode == 0, done.stderr
    text = unit.read_text()
    exec_line = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    command = debrief_command()
    assert exec_line == f"ExecStart={' '.join(command)} --env-file {env_file} run"
    assert Path(command[0]).exists()
    shipped = (ROOT / "systemd" / "user" / "debrief.service").read_text().splitlines()
    assert [line for line in text.splitlines() if not line.startswith("ExecStart=")] == [
        line for line in shipped if not line.startswith("ExecStart=")]
    assert "systemctl --user daemon-reload" in done.stdout
    again = run_cli({"HOME": str(tmp_path)}, "install-service", "--user", "--path", str(unit))
    assert again.returncode == 1 and "--force" in again.stderr


def test_install_service_system_unit(tmp_path):
    unit = tmp_path / "debrief.service"
    done = run_cli({"HOME": str(tmp_path)}, "install-service", "--path", str(unit))
    command = debrief_command()
    if any(part in ("/home", "/root") for part in Path(command[0]).parts[:2]):
        assert done.returncode == 1 and "ProtectHome" in done.stderr
        assert not unit.exists()
        return
    assert done.returncode == 0, done.stderr
    text = unit.read_text()
    assert f"ExecStart={' '.join(command)} run" in text
    assert "EnvironmentFile=/etc/debrief/debrief.env" in text and "DynamicUser=yes" in text
