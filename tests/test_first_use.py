"""First use without surprises: every command meets a missing env file, an unwritable state
directory and a read-only database with one line (path, what to do) and no traceback; a dry run
writes nothing anywhere; --now in the future warns; -v is Debrief's debug, -vv the libraries';
no timestamps under journald; misspelt keys get a "did you mean"."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers import rejection, run_cli

from agent.cli import main

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)
FIXTURE_EML = Path(__file__).parent / "fixtures"

#: Arguments that make each command do its real work. A command not listed here (one added
#: later) runs with no arguments; the demo is left out: it runs its own throwaway server and
#: database, independent of the settings, and has its own test.
ARGS: dict[str, list[list[str]]] = {
    "once": [[], ["--dry-run"], ["--now", "2026-11-18T10:00"]],
    "status": [[], ["--json"]],
    "explain": [["1"], ["<nope@x.example>"]],
    "init": [["--no-ask", "--path", "{tmp}/init.env"]],
    "install-service": [["--user", "--path", "{tmp}/debrief.service"]],
}
SKIP = {"demo", "classify"}  # classify reads only the files it is given (tested below)


def commands(tmp: Path) -> list[tuple[str, list[str]]]:
    out = []
    for name in sorted(main.commands):
        if name in SKIP:
            continue
        for args in ARGS.get(name, [[]]):
            out.append((name, [a.format(tmp=tmp) for a in args]))
    return out


def run_all(env: dict[str, str], tmp: Path) -> dict[str, subprocess.CompletedProcess]:
    """Every command (and its main variants): {"once --dry-run": result, ...}."""
    results = {}
    for name, args in commands(tmp):
        results[" ".join([name, *args])] = run_cli(env, name, *args, timeout=60)
    return results


def assert_no_traceback(results: dict[str, subprocess.CompletedProcess]) -> None:
    """No traceback anywhere; a failure is exactly one `debrief: ...` line on stderr (check
    reports its problems on stdout instead)."""
    for what, done in results.items():
        out = done.stdout + done.stderr
        assert "Traceback" not in out, f"{what}:\n{out}"
        errors = [line for line in done.stderr.splitlines() if line.startswith("debrief:")]
        assert len(errors) <= 1, f"{what}: more than one error line\n{done.stderr}"
        if done.returncode != 0 and not what.startswith("check"):
            assert len(errors) == 1, f"{what}: failed without an error line\n{out}"


@contextlib.contextmanager
def read_only(path: Path):
    """Make `path` unwritable even for root (chattr +i), or by mode for a normal user."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot make {path} read-only as root here: {done.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_every_command_without_an_env_file(tmp_path):
    env = {"HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    results = run_all(env, tmp_path)
    assert_no_traceback(results)
    for what, done in results.items():
        if what.startswith(("init", "install-service")):  # these need no settings
            assert done.returncode == 0, done.stderr
            continue
        assert done.returncode == 2, what
        assert "run `debrief init`" in done.stderr and str(tmp_path / ".config") in done.stderr


def test_every_command_with_an_unwritable_state_directory(box, tmp_path):
    sandbox, user, env = box
    env = dict(env, HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state"))
    del env["DEBRIEF_DATABASE_URL"]  # the default: a SQLite file in the state directory
    state = tmp_path / "state" / "debrief"
    state.mkdir(parents=True)
    with read_only(state):
        results = run_all(env, tmp_path)
    assert_no_traceback(results)
    for what in ("once", "run", "once --now 2026-11-18T10:00"):
        assert results[what].returncode == 2, what
        assert f"cannot write in {state}" in results[what].stderr, what
        assert "DEBRIEF_DATABASE_URL" in results[what].stderr
    assert results["check"].returncode == 1 and f"cannot write in {state}" in results["check"].stdout
    assert results["once --dry-run"].returncode == 0  # a dry run needs to write nothing
    # The read-only commands say what is wrong with which path, as `once` does, not "No
    # rejections seen yet." with exit 0: the database could never be made there.
    for what in ("status", "status --json", "explain 1", "plan"):
        assert results[what].returncode == 2, (what, results[what].stdout)
        assert f"cannot write in {state}" in results[what].stderr, what
        assert "DEBRIEF_DATABASE_URL" in results[what].stderr, what
        assert "No rejections" not in results[what].stdout, what
    assert not any(state.iterdir())


def test_every_command_with_a_read_only_database(box, tmp_path):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    db = Path(env["DEBRIEF_DATABASE_URL"].removeprefix("sqlite:///"))
    env = dict(env, HOME=str(tmp_path))
    assert run_cli(env, "once", "--now", (T0 + timedelta(hours=1)).isoformat()).returncode == 0
    with read_only(db):
        results = run_all(env, tmp_path)
    assert_no_traceback(results)
    for what in ("once", "run"):
        assert results[what].returncode == 2, what
        assert f"the database {db} is read-only" in results[what].stderr, what
    assert f"the database {db} is read-only" in results["check"].stdout
    assert results["status"].returncode == 0, results["status"].stderr  # reading still works
    assert results["explain 1"].returncode == 0, results["explain 1"].stderr
    assert results["once --dry-run"].returncode == 0, results["once --dry-run"].stderr


def test_classify_of_a_missing_file_is_one_line(tmp_path):
    done = run_cli({"HOME": str(tmp_path)}, "classify", str(tmp_path / "missing.eml"))
    assert done.returncode != 0 and "Traceback" not in done.stdout + done.stderr
    assert "missing.eml" in done.stdout + done.stderr


def test_missing_env_file_lists_where_it_looked(tmp_path):
    done = run_cli({"HOME": str(tmp_path)}, "check")
    assert done.returncode == 2
    line = done.stderr.strip()
    assert len(line.splitlines()) == 1
    for place in ("./.env", f"{tmp_path}/.config/debrief/debrief.env", "/etc/debrief/debrief.env"):
        assert place in line
    assert "debrief init" in line


def state_files(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in root.rglob("*")} if root.exists() else {}


def test_dry_run_writes_nothing_anywhere(box, tmp_path):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    env = dict(env, HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state"))
    del env["DEBRIEF_DATABASE_URL"]
    later = (T0 + timedelta(days=2)).isoformat()

    done = run_cli(env, "once", "--dry-run", "--now", later)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "state").exists(), "a dry run created the state directory"
    assert "found rejection: thread 1, Northwind Analytics" in done.stdout
    assert "would move thread 1: scheduled -> drafted" in done.stdout
    assert "--- would place in Drafts: thread 1, feedback request ---" in done.stdout
    assert "To: Priya Natarajan <priya@northwind.example>" in done.stdout
    assert "would place feedback_request draft" in done.stderr
    for line in done.stderr.splitlines():
        assert "draft placed" not in line
        assert "scheduled -> drafted" not in line or "would go scheduled -> drafted" in line
    assert sandbox.messages("Drafts", user=user) == []

    # With a database: read, never written (no lock file, no -wal, same bytes and times).
    assert run_cli(env, "once", "--now", (T0 + timedelta(hours=1)).isoformat()).returncode == 0
    state = tmp_path / "state"
    before = state_files(state)
    again = run_cli(env, "once", "--dry-run", "--now", later)
    assert again.returncode == 0, again.stderr
    assert state_files(state) == before
    assert "would move thread 1: scheduled -> drafted" in again.stdout
    assert sandbox.messages("Drafts", user=user) == []
    status = run_cli(env, "status", "--json")
    assert '"state": "scheduled"' in status.stdout


def test_dry_run_with_nothing_to_do_says_what_comes_next(box, tmp_path):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    done = run_cli(dict(env, DEBRIEF_TIMEZONE="Europe/Berlin"), "once", "--dry-run", "--now",
                   (T0 + timedelta(hours=1)).isoformat())
    assert done.returncode == 0, done.stderr
    assert "would draft nothing now" in done.stdout
    assert "next: thread 1 (Northwind Analytics), feedback request due 2026-11-17 11:00 CET" \
        in done.stdout


def test_now_in_the_future_warns_once(box, tmp_path):
    sandbox, user, env = box
    future = (datetime.now(timezone.utc) + timedelta(days=3)).isoformat()
    real = run_cli(env, "once", "--now", future)
    assert real.returncode == 0, real.stderr
    warnings = [line for line in real.stderr.splitlines() if "WARNING" in line]
    assert len(warnings) == 1 and "real drafts are placed" in warnings[0]
    assert "dated in the future" in warnings[0]
    dry = run_cli(env, "once", "--dry-run", "--now", future)
    assert "WARNING" not in dry.stderr
    past = run_cli(env, "once", "--now", (datetime.now(timezone.utc)
                                          - timedelta(days=1)).isoformat())
    assert past.returncode == 0 and "WARNING" not in past.stderr


def test_verbose_is_debriefs_debug_and_vv_adds_libraries(box, tmp_path):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    now = (T0 + timedelta(hours=1)).isoformat()
    one = run_cli(env, "-v", "once", "--now", now)
    assert one.returncode == 0, one.stderr
    assert "DEBUG debrief.mailbox" in one.stderr
    assert "sqlalchemy" not in one.stderr.lower()
    assert len(one.stderr.splitlines()) < 40
    two = run_cli(env, "-vv", "once", "--now", now)
    assert two.returncode == 0
    assert "sqlalchemy" in two.stderr


def test_no_timestamps_under_journald(box, tmp_path):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    log = tmp_path / "stderr.log"
    full = {k: v for k, v in os.environ.items() if not k.startswith("DEBRIEF_")}
    full.update(env)
    with open(log, "w") as handle:
        st = os.fstat(handle.fileno())
        full["JOURNAL_STREAM"] = f"{st.st_dev}:{st.st_ino}"
        subprocess.run([sys.executable, "-m", "agent", "once", "--now",
                        (T0 + timedelta(hours=1)).isoformat()], env=full, stderr=handle,
                       stdout=subprocess.DEVNULL, timeout=60, check=True)
    lines = log.read_text().splitlines()
    assert lines and all(line.startswith(("INFO ", "WARNING ", "ERROR ")) for line in lines)
    plain = run_cli(env, "once")
    assert plain.stderr == "" or plain.stderr[:4].isdigit()


def test_misspelt_keys_get_the_closest_known_key(box, tmp_path):
    sandbox, user, env = box
    env = dict(env, DEBRIEF_BUISNESS_HOURS="off", DEBRIEF_POLL_INTERVALL="60")
    check = run_cli(env, "check")
    assert check.returncode == 1
    assert ("problem   unknown setting DEBRIEF_BUISNESS_HOURS: did you mean "
            "DEBRIEF_BUSINESS_HOURS?") in check.stdout
    assert "did you mean DEBRIEF_POLL_INTERVAL?" in check.stdout
    assert "all good" not in check.stdout

    full = {k: v for k, v in os.environ.items() if not k.startswith("DEBRIEF_")}
    full.update(env)
    log = tmp_path / "daemon.log"
    with open(log, "w") as handle:
        daemon = subprocess.Popen([sys.executable, "-m", "agent", "run"], env=full,
                                  stderr=handle, stdout=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 30
            while "watching" not in log.read_text() and time.monotonic() < deadline:
                time.sleep(0.2)
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(timeout=30)
    text = log.read_text()
    assert "unknown setting DEBRIEF_BUISNESS_HOURS: did you mean DEBRIEF_BUSINESS_HOURS?" in text
    assert text.index("did you mean") < text.index("watching")


def test_a_missing_key_next_to_its_typo(tmp_path):
    env = {"HOME": str(tmp_path), "DEBRIEF_IMAP_HOTS": "imap.example.com"}
    done = run_cli(env, "status")
    assert done.returncode == 2
    assert "DEBRIEF_IMAP_HOTS is set instead: rename it to DEBRIEF_IMAP_HOST" in done.stderr


def test_log_lines_are_stamped_in_the_users_zone(tmp_path):
    """Beside output in DEBRIEF_TIMEZONE, log lines are not in the machine's UTC: they carry
    the user's zone (from the env file) and its abbreviation."""
    from zoneinfo import ZoneInfo

    env_file = tmp_path / "debrief.env"
    env_file.write_text("DEBRIEF_IMAP_HOST=127.0.0.1\nDEBRIEF_IMAP_USERNAME=u\n"
                        "DEBRIEF_IMAP_PASSWORD=pw-secret\nDEBRIEF_YOUR_NAME=Alex\n"
                        "DEBRIEF_YOUR_EMAIL=alex@example.org\nDEBRIEF_TIMEZONE=Asia/Kolkata\n"
                        f"DEBRIEF_DATABASE_URL=sqlite:///{tmp_path / 'd.db'}\n")
    env_file.chmod(0o644)  # world-readable: `status` logs a warning about it
    env = {"HOME": str(tmp_path), "JOURNAL_STREAM": "", "TZ": "UTC"}
    before = datetime.now(ZoneInfo("Asia/Kolkata")).replace(microsecond=0)
    done = run_cli(env, "--env-file", str(env_file), "status")
    after = datetime.now(ZoneInfo("Asia/Kolkata"))
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stderr.splitlines() if "WARNING" in line)
    stamp, zone = line[:19], line[20:24]
    assert zone == "IST ", line
    at = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=ZoneInfo("Asia/Kolkata"))
    assert before <= at <= after, (line, before, after)


READERS = [["status"], ["status", "--json"], ["explain", "1"], ["explain", "<a@b.example>"],
           ["plan"], ["plan", "--json"]]


def test_read_only_commands_never_create_a_database(tmp_path):
    """status, explain and plan before the first run: "no database yet at PATH", exit 0, and
    neither the file nor its folder appears."""
    state = tmp_path / "state"
    env = {"HOME": str(tmp_path), "XDG_STATE_HOME": str(state), "DEBRIEF_IMAP_HOST": "127.0.0.1",
           "DEBRIEF_IMAP_USERNAME": "u", "DEBRIEF_IMAP_PASSWORD": "pw-secret",
           "DEBRIEF_YOUR_NAME": "Alex", "DEBRIEF_YOUR_EMAIL": "alex@example.org"}
    db = state / "debrief" / "debrief.db"
    for args in READERS:
        done = run_cli(env, *args)
        assert done.returncode == 0, (args, done.stderr)
        said = done.stderr if "--json" in args else done.stdout
        assert said.strip() == (f"no database yet at {db}: run `debrief once` or start the "
                                "service"), (args, done.stdout, done.stderr)
        assert not state.exists(), f"{args} created {state}"
    assert run_cli(env, "status", "--json").stdout.strip() == "[]"


def test_read_only_commands_name_a_database_that_cannot_be_made_or_read(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    folder = tmp_path / "db-is-a-folder.db"
    folder.mkdir()
    base = {"HOME": str(tmp_path), "DEBRIEF_IMAP_HOST": "127.0.0.1",
            "DEBRIEF_IMAP_USERNAME": "u", "DEBRIEF_IMAP_PASSWORD": "pw-secret",
            "DEBRIEF_YOUR_NAME": "Alex", "DEBRIEF_YOUR_EMAIL": "alex@example.org"}
    for url, said in ((f"sqlite:///{blocker}/d.db", f"{blocker} is not a folder"),
                      (f"sqlite:///{folder}", f"the database {folder} is a folder")):
        env = dict(base, DEBRIEF_DATABASE_URL=url)
        once = run_cli(env, "once")
        assert once.returncode == 2 and said in once.stderr, once.stderr
        for args in READERS:
            done = run_cli(env, *args)
            assert done.returncode == once.returncode, (args, done.stdout, done.stderr)
            lines = done.stderr.strip().splitlines()
            assert len(lines) == 1 and said in lines[0], (args, lines)
            assert "DEBRIEF_DATABASE_URL" in lines[0] and "Traceback" not in done.stderr
            assert "No rejections" not in done.stdout and "no database yet" not in done.stdout


def test_read_only_commands_leave_an_existing_database_as_it_was(box, tmp_path):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    assert run_cli(env, "once", "--now", (T0 + timedelta(hours=1)).isoformat()).returncode == 0
    folder = Path(env["DEBRIEF_DATABASE_URL"].removeprefix("sqlite:///")).parent
    before = state_files(folder)
    for args in READERS:
        done = run_cli(env, *args)
        assert done.returncode == (1 if args == ["explain", "<a@b.example>"] else 0), \
            (args, done.stderr)
    assert run_cli(env, "status").stdout.startswith("ID")
    assert state_files(folder) == before  # no -wal, -shm or lock file, same bytes and times
