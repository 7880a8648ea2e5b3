"""Test helpers: realistic mail as bytes, settings for a sandbox user, running the CLI."""

from __future__ import annotations

import contextlib
import email
import email.policy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from agent.config import Settings, load_settings
from agent.sandbox import DovecotSandbox

YOU_NAME, YOU_EMAIL = "Alex Rivera", "alex@example.org"


def make_mail(sender: str, subject: str, body: str, when: datetime, *, msgid: str = "",
              reply_to: str = "", in_reply_to: str = "", references: str = "",
              to: str = f"{YOU_NAME} <{YOU_EMAIL}>", headers: dict[str, str] | None = None,
              html: bool = False) -> bytes:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    if msgid:
        msg["Message-ID"] = msgid
    if reply_to:
        msg["Reply-To"] = reply_to
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references or in_reply_to:
        msg["References"] = references or in_reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    text = textwrap.dedent(body).strip() + "\n"
    msg.set_content(text, subtype="html" if html else "plain")
    return msg.as_bytes()


def rejection(when: datetime, *, msgid: str = "<rej-1@northwind.example>",
              sender: str = "Priya Natarajan <priya@northwind.example>", reply_to: str = "",
              subject: str = "Your application for Senior Data Engineer") -> bytes:
    return make_mail(sender, subject, """
        Hi Alex,

        Thank you for interviewing with us for the Senior Data Engineer role. After careful
        consideration we have decided to move forward with another candidate whose experience
        more closely matches our needs.

        We wish you every success in your search.

        Best regards,
        Priya Natarajan
        Engineering Manager, Northwind Analytics
        """, when, msgid=msgid, reply_to=reply_to)


@contextlib.contextmanager
def private_sandbox(**users: str):
    """A Dovecot of the test's own, in a temp dir outside pytest's (which is 0700 to others)."""
    root = Path(tempfile.mkdtemp(prefix="debrief-test-"))
    box = DovecotSandbox(root=root / "dovecot", users=users)
    box.start()
    try:
        yield box
    finally:
        box.stop()
        shutil.rmtree(root, ignore_errors=True)


def env_for(sandbox: DovecotSandbox, user: str, db: Path, **extra: str) -> dict[str, str]:
    env = {
        "DEBRIEF_IMAP_HOST": sandbox.host,
        "DEBRIEF_IMAP_PORT": str(sandbox.port),
        "DEBRIEF_IMAP_USERNAME": user,
        "DEBRIEF_IMAP_PASSWORD": sandbox.users[user],
        "DEBRIEF_IMAP_SECURITY": "plain",
        "DEBRIEF_DATABASE_URL": f"sqlite:///{db}",
        "DEBRIEF_YOUR_NAME": YOU_NAME,
        "DEBRIEF_YOUR_EMAIL": YOU_EMAIL,
        "DEBRIEF_TIMEZONE": "UTC",
        "DEBRIEF_BUSINESS_HOURS": "off",
    }
    env.update(extra)
    return env


def settings_for(sandbox: DovecotSandbox, user: str, db: Path, **extra: str) -> Settings:
    return load_settings(environ=env_for(sandbox, user, db, **extra))


def run_cli(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """`python -m agent ARGS` in a new process with only these DEBRIEF_* settings."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("DEBRIEF_")}
    full.update(env)
    full["HOME"] = env.get("HOME", full.get("HOME", "/tmp"))
    return subprocess.run([sys.executable, "-m", "agent", *args], env=full, capture_output=True,
                          text=True, timeout=timeout, cwd=Path(__file__).parent)


def status_json(env: dict[str, str]) -> list[dict]:
    done = run_cli(env, "status", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def iso(when: datetime) -> str:
    return when.astimezone(timezone.utc).isoformat()


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)
