"""CLI contracts: help lists every command; bad settings give one line and exit 2."""

import os
import stat

from helpers import run_cli

COMMANDS = ["run", "once", "status", "explain", "classify", "check", "init", "demo"]
BASE = {
    "DEBRIEF_IMAP_HOST": "127.0.0.1", "DEBRIEF_IMAP_USERNAME": "u", "DEBRIEF_IMAP_PASSWORD": "pw-s3cret",
    "DEBRIEF_YOUR_NAME": "Alex", "DEBRIEF_YOUR_EMAIL": "alex@example.org",
}


def test_help_lists_every_command():
    done = run_cli({}, "--help")
    assert done.returncode == 0
    for command in COMMANDS:
        assert f"  {command} " in done.stdout or f"  {command}\n" in done.stdout, command
        sub = run_cli({}, command, "--help")
        assert sub.returncode == 0 and "Usage:" in sub.stdout


def test_missing_setting_one_line_exit_2(tmp_path):
    env = dict(BASE, HOME=str(tmp_path))
    del env["DEBRIEF_IMAP_HOST"]
    done = run_cli(env, "status")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "DEBRIEF_IMAP_HOST" in lines[0] and "Traceback" not in done.stderr


def test_invalid_settings_name_the_key(tmp_path):
    for key, value in [("DEBRIEF_IMAP_SECURITY", "tls13"), ("DEBRIEF_POLL_INTERVAL", "soon"),
                       ("DEBRIEF_TIMEZONE", "Mars/Olympus"), ("DEBRIEF_BUSINESS_HOURS", "9 to 5"),
                       ("DEBRIEF_YOUR_EMAIL", "not-an-address"), ("DEBRIEF_IMAP_PORT", "99999")]:
        done = run_cli(dict(BASE, HOME=str(tmp_path), **{key: value}), "once")
        assert done.returncode == 2, (key, done.stderr)
        assert key in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_env_file_and_environment_precedence(tmp_path):
    env_file = tmp_path / "debrief.env"
    env_file.write_text("\n".join(f"{k}={v}" for k, v in BASE.items())
                        + f"\nDEBRIEF_DATABASE_URL=sqlite:///{tmp_path}/a.db\n")
    env_file.chmod(0o600)
    done = run_cli({"HOME": str(tmp_path)}, "--env-file", str(env_file), "status", "--json")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    # the environment overrides the file
    done = run_cli({"HOME": str(tmp_path), "DEBRIEF_POLL_INTERVAL": "x"}, "--env-file",
                   str(env_file), "status")
    assert done.returncode == 2 and "DEBRIEF_POLL_INTERVAL" in done.stderr


def test_world_readable_env_file_warns(tmp_path):
    env_file = tmp_path / "debrief.env"
    env_file.write_text("\n".join(f"{k}={v}" for k, v in BASE.items())
                        + f"\nDEBRIEF_DATABASE_URL=sqlite:///{tmp_path}/a.db\n")
    env_file.chmod(0o644)
    done = run_cli({"HOME": str(tmp_path)}, "--env-file", str(env_file), "status")
    assert done.returncode == 0 and "readable by other users" in done.stderr
    assert "pw-s3cret" not in done.stderr + done.stdout


def test_missing_env_file_is_a_config_error(tmp_path):
    done = run_cli({"HOME": str(tmp_path)}, "--env-file", str(tmp_path / "nope.env"), "status")
    assert done.returncode == 2 and "nope.env" in done.stderr


def test_init_writes_private_commented_file(tmp_path):
    target = tmp_path / "conf" / "debrief.env"
    done = run_cli({"HOME": str(tmp_path)}, "init", "--path", str(target))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    text = target.read_text()
    assert "DEBRIEF_IMAP_HOST=" in text and "# DEBRIEF_POLL_INTERVAL=300" in text
    again = run_cli({"HOME": str(tmp_path)}, "init", "--path", str(target))
    assert again.returncode == 1 and "exists" in again.stderr
