"""`debrief init` (write a commented env file) and `debrief check` (try the configuration)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from agent.config import KEYS, Settings, _system_timezone
from agent.errors import AuthError, ConnectError, FolderError, LoginRequired, MailboxError
from agent.mailbox import Mailbox

REQUIRED = [k for k, (default, _) in KEYS.items() if default is None]

PROVIDERS = {
    "gmail.com": ("imap.gmail.com", "Gmail: create an app password (needs 2-Step Verification)"),
    "googlemail.com": ("imap.gmail.com", "Gmail: create an app password"),
    "icloud.com": ("imap.mail.me.com", "iCloud: create an app-specific password"),
    "me.com": ("imap.mail.me.com", "iCloud: create an app-specific password"),
    "yahoo.com": ("imap.mail.yahoo.com", "Yahoo: create an app password"),
    "fastmail.com": ("imap.fastmail.com", "Fastmail: create an app password"),
    "outlook.com": ("outlook.office365.com",
                    "Outlook requires OAuth2: set DEBRIEF_IMAP_AUTH=oauth2 (see the README)"),
    "hotmail.com": ("outlook.office365.com",
                    "Outlook requires OAuth2: set DEBRIEF_IMAP_AUTH=oauth2 (see the README)"),
}


def default_init_path() -> Path:
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config_home / "debrief" / "debrief.env"


def render_env_file(values: dict[str, str]) -> str:
    """The env file: every key with its meaning; given or required keys set, others commented."""
    lines = [
        "# Debrief configuration. Keep this file private (mode 0600): it holds your password.",
        "# The process environment overrides anything set here.",
        "",
    ]
    for key, (default, meaning) in KEYS.items():
        lines.append(f"# {meaning}" + (f" (default: {default})" if default else ""))
        if key in values:
            lines.append(f"{key}={_quote(values[key])}")
        elif default is None:
            lines.append(f"{key}=")
        else:
            lines.append(f"# {key}={default}")
        lines.append("")
    return "\n".join(lines)


def _quote(value: str) -> str:
    if value and all(c.isalnum() or c in "@._-:/+" for c in value):
        return value
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def write_env_file(path: Path, text: str, force: bool = False) -> None:
    if path.exists() and not force:
        raise FileExistsError(f"{path} exists; use --force to overwrite")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(path, 0o600)


def ask_values(prompt: Callable[..., str]) -> dict[str, str]:
    """Questions for a terminal: the required keys, with provider hints."""
    email = prompt("Your email address").strip()
    domain = email.rpartition("@")[2].lower()
    host_guess, hint = PROVIDERS.get(domain, (f"imap.{domain}" if domain else "", ""))
    if hint:
        print(f"  note: {hint}")
    values = {
        "DEBRIEF_YOUR_EMAIL": email,
        "DEBRIEF_YOUR_NAME": prompt("Your name, as you sign emails").strip(),
        "DEBRIEF_IMAP_HOST": prompt("IMAP server", default=host_guess).strip(),
        "DEBRIEF_IMAP_SECURITY": prompt("Security (ssl, starttls, plain)", default="ssl").strip(),
        "DEBRIEF_IMAP_USERNAME": prompt("IMAP login", default=email).strip(),
        "DEBRIEF_IMAP_PASSWORD": prompt("IMAP password or app password", hide_input=True),
        "DEBRIEF_TIMEZONE": prompt("Time zone", default=_system_timezone()).strip(),
    }
    return {k: v for k, v in values.items() if v}


def check(settings: Settings, echo: Callable[[str], None]) -> int:
    """Connect, log in, find folders, count the lookback window. 0 when all is well."""
    imap = settings.imap
    echo(f"server    {imap.host}:{imap.port} ({imap.security}"
         + (", private CA" if imap.ca_file else "")
         + (", OAuth2" if imap.auth == "oauth2" else "") + ")")
    try:
        with Mailbox(imap) as mailbox:
            echo(f"login     ok as {imap.username}")
            folders = mailbox.find_folders(settings.drafts_folder, settings.sent_folder)
            echo(f"drafts    {folders.drafts}")
            echo(f"sent      {folders.sent}")
            since = (datetime.now(timezone.utc) - timedelta(days=settings.lookback_days)).date()
            state, uids = mailbox.new_uids(folders.inbox, None, since)
            echo(f"inbox     {state.exists} messages, {len(uids)} in the last "
                 f"{settings.lookback_days} days (looked at on first start)")
    except LoginRequired as exc:
        echo(f"problem   {exc}")
        return 2
    except AuthError as exc:
        if imap.auth == "oauth2":
            echo(f"problem   {exc}")
            return 1
        echo(f"problem   login refused: {exc}. Check DEBRIEF_IMAP_USERNAME and "
             "DEBRIEF_IMAP_PASSWORD (Gmail, iCloud, Yahoo and Fastmail need an app password).")
        return 1
    except FolderError as exc:
        echo(f"problem   missing folder: {str(exc).split(' Folders there:')[0]}")
        echo(f"folders   {', '.join(exc.existing) or '(none)'}")
        if exc.suggestion:
            echo(f"suggest   {exc.key}={exc.suggestion}")
        return 1
    except ConnectError as exc:
        echo(f"problem   cannot connect: {exc}")
        return 1
    except MailboxError as exc:
        echo(f"problem   {exc}")
        return 1
    from agent.store import Store

    with Store(settings.database_url) as store:
        echo(f"database  ok ({store.engine.url.render_as_string(hide_password=True)}), "
             f"{len(store.threads())} thread(s)")
    echo(f"drafts as {settings.your_name} <{settings.your_email}>, time zone "
         f"{settings.timezone.key}")
    echo("all good: `debrief once --dry-run` shows what it would draft now")
    return 0
