"""CLI contracts: help lists every command and agrees with the README; bad settings give one
line and exit 2."""

import os
import re
import stat
from pathlib import Path

import click
from helpers import run_cli

from agent.cli import main

COMMANDS = ["run", "once", "status", "explain", "classify", "check", "init", "demo",
            "install-service"]
README = Path(__file__).resolve().parent.parent / "README.md"
_ROW = re.compile(r"^\| `debrief ([a-z][a-z-]*)([^`]*)` \| (.+) \|$", re.M)
_OPTION = re.compile(r"(?<![\w-])--?[a-z][a-z-]*")


def rendered_help(*args: str) -> str:
    """`debrief [COMMAND] --help` as click renders it, without running the group's callback
    (which would set up logging in the test process)."""
    root = click.Context(main, info_name="debrief", terminal_width=100)
    if not args:
        return main.get_help(root)
    command = main.commands[args[0]]
    return command.get_help(click.Context(command, info_name=args[0], parent=root,
                                          terminal_width=100))


def help_options(text: str) -> set[str]:
    """Options listed in a rendered help's Options section (without -h/--help)."""
    section = text.split("Options:", 1)[1]
    found = set()
    for line in section.splitlines():
        head = line.strip().split("  ")[0]
        if line.startswith("  -") and head:
            found |= {o for o in _OPTION.findall(head) if o.startswith("--")}
    return found - {"--help"}


def readme_commands() -> dict[str, tuple[str, str]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Commands\n", 1)[1].split("\n## ", 1)[0]
    return {name: (usage, what) for name, usage, what in _ROW.findall(section)}


def test_readme_commands_agree_with_the_help():
    """Every command of the click group has a README row whose options and arguments are the
    ones its rendered help shows, and the README lists no command that does not exist. A new
    command only needs its README line."""
    rows = readme_commands()
    assert set(rows) == set(main.commands), (
        f"README rows for missing commands: {set(rows) - set(main.commands)}; commands "
        f"without a README row: {set(main.commands) - set(rows)}")
    for name, command in main.commands.items():
        text = rendered_help(name)
        assert f"Usage: debrief {name}" in text
        usage, what = rows[name]
        documented = {o for o in _OPTION.findall(usage) if o.startswith("--")}
        assert documented == help_options(text), f"{name}: README {documented} vs help"
        for param in command.params:
            if isinstance(param, click.Argument):
                assert param.human_readable_name in usage, f"{name}: argument {param.name}"
        assert what.strip(), name
    text = README.read_text(encoding="utf-8")
    usage = text.split("\n## Commands\n", 1)[1].strip().split("\n\n", 1)[0]
    top = {o for o in _OPTION.findall(usage) if o.startswith("--")} - {"--help"}
    assert top == help_options(rendered_help()), f"global options: README {top}"
BASE = {
    "DEBRIEF_IMAP_HOST": "127.0.0.1", "DEBRIEF_IMAP_USERNAME": "u", "DEBRIEF_IMAP_PASSWORD": "pw-s3cret",
    "DEBRIEF_YOUR_NAME": "Alex", "DEBRIEF_YOUR_EMAIL": "alex@example.org",
}


def test_help_lists_every_command():
    done = run_cli({}, "--help")
    assert done.returncode == 0
    assert set(COMMANDS) <= set(main.commands)
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
    # not on a terminal: it says why nothing was asked, and how to be asked anyway
    assert "`debrief init --ask` asks anyway" in done.stdout
    quiet = run_cli({"HOME": str(tmp_path)}, "init", "--no-ask", "--path",
                    str(tmp_path / "other.env"))
    assert quiet.returncode == 0 and "--ask" not in quiet.stdout


def test_a_blank_env_file_names_every_missing_key_at_once(tmp_path):
    from agent.config import KEYS

    required = [k for k, (default, _) in KEYS.items() if default is None]
    assert len(required) >= 5
    home = tmp_path / "home"
    default = home / ".config" / "debrief" / "debrief.env"
    default.parent.mkdir(parents=True)
    for env_file, init in ((tmp_path / "blank.env", f"debrief init --force --path {tmp_path}"),
                           (default, "debrief init --force`")):
        env_file.write_text("DEBRIEF_YOUR_NAME=\n")
        env_file.chmod(0o600)
        args = ["--env-file", str(env_file)] if env_file != default else []
        done = run_cli({"HOME": str(home)}, *args, "check")
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in done.stderr, lines
        for key in required:
            assert key in lines[0], (key, lines[0])
        assert f"{len(required)} required settings are missing" in lines[0]
        assert str(env_file) in lines[0] and init in lines[0], lines[0]
    # a misspelt key is still named beside the one it stands in for
    typo = run_cli({"HOME": str(home), "DEBRIEF_IMAP_HOTS": "imap.example.com"}, "--env-file",
                   str(tmp_path / "blank.env"), "check")
    assert ("DEBRIEF_IMAP_HOST (DEBRIEF_IMAP_HOTS is set instead: rename it to "
            "DEBRIEF_IMAP_HOST)") in typo.stderr
