"""A private PostgreSQL server for the tests: one per session, on loopback, in a temp directory.

    from pg import postgres_url  # noqa: F401  (the fixture)

    def test_x(postgres_url):  # "postgresql+psycopg://debrief@127.0.0.1:PORT/debrief"
        ...

Debian's binaries (/usr/lib/postgresql/*/bin) run as an unprivileged user when we are root
(PostgreSQL refuses to run as root), trust auth, fsync off, the Unix socket inside the temp dir;
the system's clusters and /etc/postgresql are never touched. Without PostgreSQL (or psycopg) the
tests that use the fixture are skipped locally and fail in CI (env CI set), like dovecot's.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_USER, PG_DB = "debrief", "debrief"
_INSTALL_HINT = (
    "PostgreSQL is not installed (apt-get install postgresql; pip install 'debrief[postgres]')"
)


def pg_bin_dir() -> Path | None:
    """The newest Debian PostgreSQL bin directory with initdb and pg_ctl, or None."""
    found = []
    for bin_dir in Path("/usr/lib/postgresql").glob("*/bin"):
        if all(os.access(bin_dir / name, os.X_OK) for name in ("initdb", "pg_ctl", "postgres")):
            match = re.match(r"\d+", bin_dir.parent.name)
            found.append((int(match.group()) if match else 0, bin_dir))
    return max(found)[1] if found else None


def _psycopg_available() -> bool:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return False
    return True


def require_postgres() -> Path:
    """Skip (locally) or fail (CI) when PostgreSQL or psycopg is not installed."""
    bin_dir = pg_bin_dir()
    if bin_dir is not None and _psycopg_available():
        return bin_dir
    if os.environ.get("CI"):
        pytest.fail(f"{_INSTALL_HINT}; CI must install it", pytrace=False)
    pytest.skip(_INSTALL_HINT)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as() -> str | None:
    """The unprivileged account to run PostgreSQL as when we are root (None: run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("running as root and neither a 'postgres' nor a 'nobody' account exists")


class PostgresSandbox:
    """initdb + pg_ctl start in a temp dir; `stop()` kills it (-m immediate) and removes the dir."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.user = _run_as()
        self.root = Path(tempfile.mkdtemp(prefix="debrief-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sock"
        self.log = self.root / "postgres.log"
        self.port = 0
        self.started = False

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{PG_USER}@127.0.0.1:{self.port}/{PG_DB}"

    def _cmd(self, name: str, *args: str) -> list[str]:
        cmd = [str(self.bin_dir / name), *args]
        return ["runuser", "-u", self.user, "--", *cmd] if self.user else cmd

    def _run(self, name: str, *args: str, timeout: float = 60) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(LC_ALL="C", LANG="C", TZ="UTC")
        done = subprocess.run(self._cmd(name, *args), cwd=self.root, env=env, timeout=timeout,
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{name} failed ({done.returncode}): {done.stderr.strip()}"
                               f"\n{self._log_tail()}")

    def _log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def start(self) -> PostgresSandbox:
        self.sockets.mkdir()
        if self.user:
            entry = pwd.getpwnam(self.user)
            for path in (self.root, self.sockets):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        os.chmod(self.root, 0o711)  # traversable, not listable; /tmp itself is 1777
        self._run("initdb", "-D", str(self.data), "-U", PG_USER, "--auth=trust", "--no-sync",
                  "--encoding=UTF8", "--locale=C", "--no-instructions")
        for attempt in range(3):  # another process may take the free port before we bind it
            self.port = _free_port()
            opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} "
                    f"-c unix_socket_directories={self.sockets} -c fsync=off "
                    "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50 "
                    "-c shared_buffers=16MB -c timezone=UTC")
            try:
                self._run("pg_ctl", "start", "-w", "-t", "30", "-D", str(self.data),
                          "-l", str(self.log), "-o", opts)
            except RuntimeError:
                if attempt == 2 or "could not bind" not in self._log_tail():
                    raise
                continue
            break
        self.started = True
        self._create_database()
        return self

    def _create_database(self) -> None:
        from sqlalchemy import create_engine, text

        engine = create_engine(f"postgresql+psycopg://{PG_USER}@127.0.0.1:{self.port}/postgres",
                               isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{PG_DB}"'))
        finally:
            engine.dispose()

    def stop(self) -> None:
        try:
            if self.started or (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "stop", "-m", "immediate", "-w", "-D", str(self.data))
            self.started = False
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """One private PostgreSQL for the session; yields a SQLAlchemy URL to its database."""
    bin_dir = require_postgres()
    started = time.monotonic()
    server = PostgresSandbox(bin_dir)
    try:
        server.start()
        print(f"private PostgreSQL ({bin_dir.parent.name}) up on 127.0.0.1:{server.port} "
              f"in {time.monotonic() - started:.2f} s")
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def pg_db(postgres_url: str) -> Iterator[str]:
    """A fresh, empty database on the session's PostgreSQL; dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"t_{secrets.token_hex(6)}"
    admin = create_engine(make_url(postgres_url).set(database="postgres"),
                          isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
