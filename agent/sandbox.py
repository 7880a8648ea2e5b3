"""A throwaway Dovecot IMAP server on loopback, for the test suite and `debrief demo`.

Everything lives in a private directory (config, sockets, state, log, maildirs); the system's
/etc/dovecot and its services are never touched. The server runs in the foreground (`dovecot -F`)
as a child process: `stop()` terminates it, an atexit hook stops forgotten sandboxes, and on Linux
the child is asked to receive SIGTERM when the process that started it dies (even by SIGKILL).

    with DovecotSandbox(tls=True) as box:
        uid = box.append("INBOX", b"Subject: hi\\r\\n\\r\\nhello\\r\\n")
        box.port, box.tls_port, box.cert_file
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import ctypes.util
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import weakref
from datetime import datetime
from pathlib import Path

import imapclient

__all__ = ["DovecotSandbox", "dovecot_available"]

_INSTALL_HINT = "dovecot is not installed: run `apt-get install dovecot-imapd` (Debian/Ubuntu)"
_USER_RE = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9._@-]{0,63}$")
_START_TIMEOUT = 10.0

_live: weakref.WeakSet[DovecotSandbox] = weakref.WeakSet()


def _find_dovecot() -> str | None:
    found = shutil.which("dovecot")
    if found:
        return found
    for candidate in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot"):
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def _find_doveadm(dovecot: str) -> str | None:
    sibling = Path(dovecot).with_name("doveadm")
    if os.access(sibling, os.X_OK):
        return str(sibling)
    return shutil.which("doveadm") or (
        "/usr/bin/doveadm" if os.access("/usr/bin/doveadm", os.X_OK) else None
    )


def dovecot_available() -> bool:
    """True when the dovecot and doveadm binaries are installed."""
    dovecot = _find_dovecot()
    return dovecot is not None and _find_doveadm(dovecot) is not None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pdeathsig() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Ask the kernel to SIGTERM the child when its parent dies (Linux only)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


@atexit.register
def _stop_all() -> None:
    for box in list(_live):
        with contextlib.suppress(Exception):
            box.stop()


class DovecotSandbox:
    """A private Dovecot listening on 127.0.0.1 (plain IMAP, plus implicit TLS if `tls`)."""

    host = "127.0.0.1"

    def __init__(
        self,
        root: Path | None = None,
        users: dict[str, str] | None = None,
        tls: bool = False,
        oauth2_introspection_url: str | None = None,
        namespace_prefix: str = "",
        separator: str = "/",
        special_use: bool = True,
    ) -> None:
        """`oauth2_introspection_url` adds XOAUTH2 and OAUTHBEARER logins checked by Dovecot's
        oauth2 passdb against that RFC 7662 endpoint (password logins keep working).
        `namespace_prefix="INBOX."`, `separator="."`, `special_use=False` make a Courier-like
        server: INBOX.Drafts, INBOX.Sent, no SPECIAL-USE flags."""
        self._own_root = root is None
        self.oauth2_introspection_url = oauth2_introspection_url
        self.namespace_prefix = namespace_prefix
        self.separator = separator
        self.special_use = special_use
        self.root = Path(root) if root is not None else None
        self._initial_users = dict(users) if users is not None else {"user": "secret"}
        self.tls = tls
        self.port = 0
        self.tls_port: int | None = None
        self.cert_file: Path | None = None
        self.key_file: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._users: dict[str, str] = {}
        self._lock = threading.Lock()
        self._prepared = False
        self._dovecot: str | None = None
        self._doveadm: str | None = None

    # -- paths -------------------------------------------------------------------------------

    def _path(self, *parts: str) -> Path:
        assert self.root is not None
        return self.root.joinpath(*parts)

    @property
    def config_file(self) -> Path:
        return self._path("dovecot.conf")

    @property
    def log_file(self) -> Path:
        return self._path("dovecot.log")

    @property
    def users(self) -> dict[str, str]:
        return dict(self._users)

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> DovecotSandbox:
        """Start the server and wait until it greets; raises RuntimeError on failure."""
        if self._proc is not None and self._proc.poll() is None:
            return self
        self._dovecot = _find_dovecot()
        self._doveadm = _find_doveadm(self._dovecot) if self._dovecot else None
        if self._dovecot is None or self._doveadm is None:
            raise RuntimeError(_INSTALL_HINT)
        if not self._prepared:
            self._prepare()
        self._launch()
        return self

    def _prepare(self) -> None:
        if self.root is None:
            self.root = Path(tempfile.mkdtemp(prefix="debrief-dovecot-"))
        self.root.mkdir(parents=True, exist_ok=True)
        self.root = self.root.resolve()
        as_root = os.geteuid() == 0
        if as_root:
            # Mail processes run unprivileged; they (and the auth process running as the
            # internal user) must be able to walk down to the maildirs and the passwd-file.
            nobody = pwd.getpwnam("nobody")
            self._mail_uid = nobody.pw_uid
            try:
                self._mail_gid = grp.getgrnam("nogroup").gr_gid
            except KeyError:
                self._mail_gid = nobody.pw_gid
            self._internal_user = _existing_user("dovecot")
            self._login_user = _existing_user("dovenull") or self._internal_user
            if self._internal_user is None or self._login_user is None:
                raise RuntimeError(
                    "system users 'dovecot'/'dovenull' are missing: "
                    "(re)install with `apt-get install dovecot-imapd`"
                )
            self._internal_group = grp.getgrgid(pwd.getpwnam(self._internal_user).pw_gid).gr_name
            self._make_traversable(self.root)
        else:
            me = pwd.getpwuid(os.geteuid()).pw_name
            self._mail_uid, self._mail_gid = os.geteuid(), os.getegid()
            self._internal_user = self._login_user = me
            self._internal_group = grp.getgrgid(os.getegid()).gr_name
        mail = self._path("mail")
        mail.mkdir(exist_ok=True)
        for sub in ("run", "state"):
            self._path(sub).mkdir(exist_ok=True)
        if as_root:
            os.chown(mail, self._mail_uid, self._mail_gid)
            os.chmod(mail, 0o700)
        self.port = _free_port()
        if self.tls:
            self.tls_port = _free_port()
            self._make_cert()
        self._write_config()
        users = self._path("users")
        users.mkdir(exist_ok=True)
        if as_root:
            os.chown(users, 0, grp.getgrnam(self._internal_group).gr_gid)
            os.chmod(users, 0o750)
        self._users = {}
        for name, password in self._initial_users.items():
            self.add_user(name, password)
        self._prepared = True

    @staticmethod
    def _make_traversable(root: Path) -> None:
        """Give 'others' search permission on ROOT and, inside the temp dir, its ancestors."""
        tmp = Path(tempfile.gettempdir()).resolve()
        for directory in (root, *root.parents):
            mode = directory.stat().st_mode
            if mode & 0o001:
                continue
            if directory in (root, tmp) or tmp in directory.parents:
                os.chmod(directory, (mode & 0o7777) | 0o711)
            else:
                raise RuntimeError(
                    f"{directory} is not traversable by unprivileged users; "
                    f"put the sandbox root elsewhere (e.g. under {tmp})"
                )

    def _make_cert(self) -> None:
        openssl = shutil.which("openssl")
        if openssl is None:
            raise RuntimeError("tls=True needs the openssl command: `apt-get install openssl`")
        self.cert_file = self._path("cert.pem")
        self.key_file = self._path("key.pem")
        cmd = [
            openssl, "req", "-x509", "-nodes", "-newkey", "ec",
            "-pkeyopt", "ec_paramgen_curve:prime256v1", "-days", "30",
            "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,digitalSignature,keyCertSign",
            "-addext", "extendedKeyUsage=serverAuth",
            "-keyout", str(self.key_file), "-out", str(self.cert_file),
        ]  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, timeout=30, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"openssl failed: {done.stderr.decode(errors='replace')[-800:]}")
        os.chmod(self.key_file, 0o600)

    def _write_config(self) -> None:
        r = self.root
        ssl_block = "ssl = no\n"
        imaps = "  inet_listener imaps {\n    port = 0\n  }\n"
        if self.tls:
            ssl_block = (
                "ssl = yes\n"
                f"ssl_cert = <{self.cert_file}\n"
                f"ssl_key = <{self.key_file}\n"
                "ssl_min_protocol = TLSv1.2\n"
            )
            imaps = (
                "  inet_listener imaps {\n"
                f"    address = {self.host}\n    port = {self.tls_port}\n    ssl = yes\n  }}\n"
            )
        # Without root, Dovecot cannot chroot its login and anvil processes.
        chroot = "" if os.geteuid() == 0 else "  chroot =\n"
        oauth_mechanisms = password_mechanisms = oauth_passdb = ""
        if self.oauth2_introspection_url:
            oauth_mechanisms = " xoauth2 oauthbearer"
            password_mechanisms = "  mechanisms = plain login\n"
            oauth_passdb = (
                "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                f"  args = {r}/dovecot-oauth2.conf.ext\n}}\n"
            )
            # Dovecot POSTs token=... and reads {"active": true, "username": ...}.
            self._path("dovecot-oauth2.conf.ext").write_text(
                f"introspection_url = {self.oauth2_introspection_url}\n"
                "introspection_mode = post\n"
                "force_introspection = yes\n"
                "username_attribute = username\n"
                "active_attribute = active\n"
                "active_value = true\n"
            )
        namespace_lines = f"  separator = {self.separator}\n"
        if self.namespace_prefix:
            namespace_lines += f"  prefix = {self.namespace_prefix}\n"
        for folder, flag in (("Drafts", "Drafts"), ("Sent", "Sent"), ("Trash", "Trash"),
                             ("Junk", "Junk")):
            use = f"    special_use = \\{flag}\n" if self.special_use else ""
            namespace_lines += (
                f"  mailbox {folder} {{\n{use}    auto = subscribe\n  }}\n"
            )
        conf = f"""# Generated by debrief's DovecotSandbox; private to this directory.
base_dir = {r}/run
state_dir = {r}/state
instance_name = debrief-sandbox-{self.port}
log_path = {r}/dovecot.log
info_log_path = {r}/dovecot.log
protocols = imap
listen = {self.host}
default_internal_user = {self._internal_user}
default_login_user = {self._login_user}
default_internal_group = {self._internal_group}
first_valid_uid = {min(self._mail_uid, 500)}
first_valid_gid = {min(self._mail_gid, 500)}
disable_plaintext_auth = no
auth_mechanisms = plain login{oauth_mechanisms}
{ssl_block}
# Tests log in with wrong passwords on purpose: no failure delay, and (below) no anvil auth
# penalty, which would otherwise slow down every later login from 127.0.0.1 by up to 15 s.
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8
# One passwd-file per user: a shared file is re-read at most once a second.
passdb {{
  driver = passwd-file
{password_mechanisms}  args = scheme=PLAIN username_format=%u {r}/users/%u
}}
{oauth_passdb}userdb {{
  driver = static
  args = uid={self._mail_uid} gid={self._mail_gid} home={r}/mail/%u
}}
mail_location = maildir:{r}/mail/%u
namespace inbox {{
  inbox = yes
{namespace_lines}}}
service imap-login {{
{chroot}  inet_listener imap {{
    address = {self.host}
    port = {self.port}
  }}
{imaps}}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
{chroot}}}
service stats {{
  inet_listener http {{
    port = 0
  }}
}}
"""
        self.config_file.write_text(conf)

    def _launch(self) -> None:
        assert self._dovecot is not None
        stderr_path = self._path("dovecot.stderr")
        with open(stderr_path, "ab") as err:
            self._proc = subprocess.Popen(
                [self._dovecot, "-F", "-c", str(self.config_file)],
                stdin=subprocess.DEVNULL,
                stdout=err,
                stderr=err,
                preexec_fn=_pdeathsig,
                start_new_session=True,  # its own process group: stop() signals all at once
                close_fds=True,
            )
        _live.add(self)
        deadline = time.monotonic() + _START_TIMEOUT
        ports = [self.port] + ([self.tls_port] if self.tls_port else [])
        pending = list(ports)
        while pending:
            if self._proc.poll() is not None:
                code = self._proc.returncode
                self._proc = None
                raise RuntimeError(f"dovecot exited with status {code}:\n{self._log_tail()}")
            fatal = self._fatal_in_log()
            if time.monotonic() > deadline or fatal:
                message = (
                    f"dovecot did not accept IMAP on {self.host}:{pending[0]} within "
                    f"{_START_TIMEOUT:.0f}s:\n{self._log_tail()}"
                )
                self._terminate()
                raise RuntimeError(message)
            port = pending[0]
            # The plain port must greet; the TLS port only has to accept a connection.
            ready = self._greets(port) if port == self.port else self._accepts(port)
            if ready:
                pending.pop(0)
            else:
                time.sleep(0.02)

    def _fatal_in_log(self) -> bool:
        try:
            return "Fatal:" in self.log_file.read_text(errors="replace")
        except OSError:
            return False

    def _greets(self, port: int) -> bool:
        try:
            with socket.create_connection((self.host, port), timeout=2) as s:
                s.settimeout(2)
                return s.recv(256).startswith(b"* OK")
        except OSError:
            return False

    def _accepts(self, port: int) -> bool:
        try:
            with socket.create_connection((self.host, port), timeout=2):
                return True
        except OSError:
            return False

    def _log_tail(self, lines: int = 30) -> str:
        out = []
        for name in ("dovecot.stderr", "dovecot.log"):
            path = self._path(name) if self.root else None
            if path is not None and path.exists():
                text = path.read_text(errors="replace").splitlines()[-lines:]
                if text:
                    out.append(f"--- {name} ---\n" + "\n".join(text))
        return "\n".join(out) or "(no log output)"

    def stop(self) -> None:
        """Stop the server (idempotent); removes the root if the sandbox created it."""
        self._terminate()
        _live.discard(self)
        if self._own_root and self.root is not None and self.root.exists():
            shutil.rmtree(self.root, ignore_errors=True)
            self._prepared = False

    def _terminate(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        # SIGTERM to the master alone takes ~1.1 s (it waits for its children); signalling the
        # whole process group (master, log, config, anvil, auth, login and imap processes) is
        # immediate and leaves nothing behind. Signal again while waiting: a child forked just
        # after the first signal (right after startup) would otherwise keep the master ~6 s.
        pgid = proc.pid
        deadline = time.monotonic() + 5
        while proc.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pgid, signal.SIGTERM if time.monotonic() < deadline else signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=0.05)
        # Children reparented to init may linger as zombies until init reaps them; they hold no
        # sockets, so only wait for group members that are still running.
        deadline = time.monotonic() + 5
        while group_alive(pgid):
            late = time.monotonic() > deadline
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pgid, signal.SIGKILL if late else signal.SIGTERM)
            if late:
                break
            time.sleep(0.02)

    def restart(self) -> None:
        """Stop and start again on the same ports with the same mail."""
        if not self._prepared:
            self.start()
            return
        self._terminate()
        self._launch()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def __enter__(self) -> DovecotSandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- users -------------------------------------------------------------------------------

    def add_user(self, name: str, password: str) -> None:
        """Add a mail user at runtime (Dovecot re-reads the passwd-file when it changes)."""
        if not _USER_RE.match(name):
            raise ValueError(f"invalid sandbox user name {name!r}")
        if any(c in password for c in ":\r\n\0"):
            raise ValueError("sandbox passwords may not contain ':' or line breaks")
        with self._lock:
            if name in self._users:
                raise ValueError(f"sandbox user {name!r} exists already")
            # One passwd-file per user: Dovecot re-reads a changed passwd-file at most once a
            # second, so appending to a shared file would reject a user added just now.
            path = self._path("users", name)
            tmp = path.with_name(f".new-{name}")
            tmp.write_text(f"{name}:{{PLAIN}}{password}::::::\n", encoding="utf-8")
            if os.geteuid() == 0:
                os.chown(tmp, 0, grp.getgrnam(self._internal_group).gr_gid)
            os.chmod(tmp, 0o640)
            os.replace(tmp, path)
            self._users[name] = password

    def set_uidvalidity(self, folder: str, value: int, user: str = "user") -> None:
        """Give `folder` a new UIDVALIDITY, keeping its messages (as Courier does)."""
        assert self._doveadm is not None
        done = subprocess.run(
            [self._doveadm, "-c", str(self.config_file), "mailbox", "update", "-u", user,
             "--uid-validity", str(value), folder],
            capture_output=True, timeout=15, check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"doveadm mailbox update failed ({done.returncode}): "
                               f"{done.stderr.decode(errors='replace').strip()}")

    def kick(self, user: str = "user") -> None:
        """Drop every IMAP connection of `user` (doveadm kick)."""
        assert self._doveadm is not None
        done = subprocess.run(
            [self._doveadm, "-c", str(self.config_file), "kick", user],
            capture_output=True,
            timeout=15,
            check=False,
        )
        # doveadm kick exits 68 (EX_NOUSER) when the user had no connection: not an error here.
        if done.returncode not in (0, 68):
            raise RuntimeError(
                f"doveadm kick {user} failed ({done.returncode}): "
                f"{done.stderr.decode(errors='replace').strip()}"
            )

    # -- test helpers ------------------------------------------------------------------------

    def client(self, user: str = "user") -> imapclient.IMAPClient:
        """A logged-in plain IMAP client (for test setup); the caller logs out."""
        deadline = time.monotonic() + 10
        while True:
            c = imapclient.IMAPClient(
                self.host, port=self.port, ssl=False, timeout=imapclient.SocketTimeout(5, 30)
            )
            try:
                c.login(user, self._users[user])
                return c
            except imapclient.exceptions.LoginError as exc:
                # Right after a (re)start Dovecot's auth process may not be up yet.
                with contextlib.suppress(Exception):
                    c.shutdown()
                if "UNAVAILABLE" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def append(
        self,
        folder: str,
        raw: bytes,
        flags: tuple[bytes | str, ...] | list[bytes | str] = (),
        when: datetime | None = None,
        user: str = "user",
    ) -> int:
        """APPEND a message and return its UID."""
        c = self.client(user)
        try:
            resp = c.append(folder, raw, flags=tuple(flags), msg_time=when)
        finally:
            with contextlib.suppress(Exception):
                c.logout()
        m = re.search(rb"\[APPENDUID \d+ (\d+)\]", resp or b"")
        if m is None:
            raise RuntimeError(f"no APPENDUID in {resp!r}")
        return int(m.group(1))

    def messages(self, folder: str, user: str = "user") -> list[tuple[int, set[bytes], bytes]]:
        """(uid, flags, raw) of every message in `folder`, read without setting \\Seen."""
        c = self.client(user)
        try:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            if not uids:
                return []
            data = c.fetch(uids, ["FLAGS", "BODY.PEEK[]"])
        finally:
            with contextlib.suppress(Exception):
                c.logout()
        return [
            (uid, set(data[uid][b"FLAGS"]), bytes(data[uid][b"BODY[]"])) for uid in sorted(data)
        ]


def group_alive(pgid: int) -> bool:
    """True while a process of group `pgid` is running (zombies do not count)."""
    proc = Path("/proc")
    if not proc.is_dir():
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid pgrp ...; comm may contain spaces and parentheses.
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 2 and int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            return True
    return False


def _existing_user(name: str) -> str | None:
    try:
        pwd.getpwnam(name)
        grp.getgrnam(name)
    except KeyError:
        return None
    return name
