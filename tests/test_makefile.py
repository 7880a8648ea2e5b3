"""`make dovecot` installs Dovecot's IMAP server only when its imap binary is missing, and never
removes a package: apt is asked first (simulation) and the install runs with --no-remove.

apt-get is replaced by a stub that records its arguments, so nothing is installed for real."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

STUB = """#!/bin/sh
echo "$*" >> {log}
case " $* " in
  *" -s "*) [ -n "{removes}" ] && echo "Remv {removes} [1.0]"; echo "Inst dovecot-imapd (1:2.3)";;
esac
exit 0
"""


def make_dovecot(tmp_path: Path, removes: str, imap_binary: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    log = tmp_path / "apt.log"
    stub = tmp_path / "apt-get"
    stub.write_text(STUB.format(log=log, removes=removes))
    stub.chmod(0o755)
    done = subprocess.run(
        ["make", "-s", "--no-print-directory", "dovecot", f"DOVECOT_IMAP={imap_binary}", "SUDO="],
        cwd=ROOT, env={"PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "APT_GET": str(stub)},
        capture_output=True, text=True, timeout=60,
    )
    calls = log.read_text().splitlines() if log.exists() else []
    return done, calls


def test_installs_with_no_remove_when_the_imap_binary_is_missing(tmp_path):
    done, calls = make_dovecot(tmp_path, "", str(tmp_path / "no-such-imap"))
    assert done.returncode == 0, done.stderr
    installs = [c for c in calls if c.startswith("install") and " -s " not in f" {c} "]
    assert installs and all("--no-remove" in c for c in installs), calls
    assert "dovecot-imapd" in installs[0]


def test_stops_with_one_line_when_install_would_remove_a_package(tmp_path):
    done, calls = make_dovecot(tmp_path, "courier-imap", str(tmp_path / "no-such-imap"))
    assert done.returncode != 0
    own = [line for line in done.stderr.splitlines() if not line.startswith("make")]
    assert len(own) == 1, done.stderr
    assert "would remove courier-imap" in own[0] and "Nothing was changed" in own[0]
    assert not [c for c in calls if c.startswith("install") and " -s " not in f" {c} "]


def test_nothing_installed_when_the_imap_binary_is_there(tmp_path):
    present = tmp_path / "imap"
    present.write_text("#!/bin/sh\n")
    present.chmod(0o755)
    if shutil.which("dovecot", path="/usr/bin:/bin:/usr/sbin:/sbin") is None:
        pytest.skip("no dovecot binary on this machine")
    done, calls = make_dovecot(tmp_path, "", str(present))
    assert done.returncode == 0 and calls == []
