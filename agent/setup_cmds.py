"""`debrief init` (ask, then write an env file), `debrief check` (try the configuration, naming
the setting to change for every problem), `debrief install-service` (a unit with the right path),
and the database preflight that turns an unwritable path into one line before anything runs."""

from __future__ import annotations

import os
import shutil
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent.config import DEFAULT_PORTS, KEYS, SECURITY_MODES, Settings, _system_timezone
from agent.errors import (
    AuthError,
    ConnectError,
    DebriefError,
    FolderError,
    LoginRequired,
    MailboxError,
    StoreError,
)
from agent.mailbox import Mailbox

REQUIRED = [k for k, (default, _) in KEYS.items() if default is None]


@dataclass(frozen=True)
class Provider:
    host: str
    port: int = 993
    security: str = "ssl"
    note: str = ""
    #: DEBRIEF_OAUTH_PROVIDER when the provider offers OAuth2 sign-in; `oauth_only`: no passwords
    oauth: str = ""
    oauth_only: bool = False


_APP_PASSWORD = "{}: use an app password, not your normal password"
_GMAIL = Provider("imap.gmail.com", oauth="google",
                  note="Gmail: an app password (needs 2-Step Verification), or OAuth2 sign-in")
_ICLOUD = Provider("imap.mail.me.com", note=_APP_PASSWORD.format("iCloud"))
_YAHOO = Provider("imap.mail.yahoo.com", note=_APP_PASSWORD.format("Yahoo"))
_FASTMAIL = Provider("imap.fastmail.com", note=_APP_PASSWORD.format("Fastmail"))
_OUTLOOK = Provider("outlook.office365.com", oauth="microsoft", oauth_only=True,
                    note="Outlook and Microsoft 365 accept only OAuth2 sign-in for IMAP")
_GMX = Provider("imap.gmx.net")

#: Mail domains whose IMAP settings are well known: (host, port, security, a note).
PROVIDERS: dict[str, Provider] = {
    "gmail.com": _GMAIL, "googlemail.com": _GMAIL,
    "icloud.com": _ICLOUD, "me.com": _ICLOUD, "mac.com": _ICLOUD,
    "yahoo.com": _YAHOO, "ymail.com": _YAHOO,
    "fastmail.com": _FASTMAIL, "fastmail.fm": _FASTMAIL,
    "outlook.com": _OUTLOOK, "hotmail.com": _OUTLOOK, "live.com": _OUTLOOK, "msn.com": _OUTLOOK,
    "gmx.de": _GMX, "gmx.net": _GMX, "gmx.com": _GMX,
    "web.de": Provider("imap.web.de"),
    "aol.com": Provider("imap.aol.com", note=_APP_PASSWORD.format("AOL")),
    "zoho.com": Provider("imap.zoho.com"),
    "mailbox.org": Provider("imap.mailbox.org"),
    "posteo.de": Provider("posteo.de"), "posteo.net": Provider("posteo.de"),
    "proton.me": Provider("127.0.0.1", 1143, "starttls",
                          "Proton Mail: IMAP goes through Proton Mail Bridge on this machine"),
    "protonmail.com": Provider("127.0.0.1", 1143, "starttls",
                               "Proton Mail: IMAP goes through Proton Mail Bridge on this machine"),
}
#: Provider settings by IMAP host, for a host typed in by hand (not loopback: a local bridge or
#: test server may listen anywhere).
_BY_HOST = {p.host: p for p in PROVIDERS.values() if p.host != "127.0.0.1"}


def guess_provider(email: str) -> Provider:
    """The well-known settings for the address's domain, else imap.<domain> on 993 with TLS."""
    domain = email.rpartition("@")[2].strip().lower()
    return PROVIDERS.get(domain) or Provider(f"imap.{domain}" if domain else "")


def probe(host: str, timeout: float = 3.0) -> tuple[int, str] | None:
    """For a host we know nothing about: which standard IMAP port answers (993 implicit TLS,
    else 143 with STARTTLS)? Only opens and closes a TCP connection."""
    for port, security in ((993, "ssl"), (143, "starttls")):
        try:
            with socket.create_connection((host, port), timeout=timeout):
                return port, security
        except OSError:
            continue
    return None


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
    """Write `text` to `path` with mode 0600 (its folder 0700). ConfigError with the path and
    what to do when that is not possible."""
    if path.exists() and not force:
        raise DebriefError(f"{path} exists: use --force to overwrite it, or --path "
                                  "to write elsewhere")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(path, 0o600)
    except OSError as exc:
        where = exc.filename or path
        raise DebriefError(f"cannot write {where}: {exc.strerror or exc}; choose "
                                  "another place with --path") from None


Prompt = Callable[..., object]


def ask_values(prompt: Prompt, say: Callable[[str], None],
               probe_host: Callable[[str], tuple[int, str] | None] = probe,
               hide_input: bool = True) -> dict[str, str]:
    """Ask for everything a connection needs. Guesses (the IMAP host from the address, port and
    security from the provider or by knocking on the standard ports) are offered as defaults:
    every value returned is one the user saw and confirmed."""
    import click

    email = str(prompt("Your email address", value_proc=_email_value)).strip()
    guess = guess_provider(email)
    if guess.note:
        say(f"  note: {guess.note}")
    name = str(prompt("Your name, as you sign emails", value_proc=_one_line)).strip()
    host = str(prompt("IMAP server", default=guess.host or None)).strip()
    known = _BY_HOST.get(host.lower())
    port, security = (known.port, known.security) if known else (guess.port, guess.security)
    if known is None and host:
        say(f"  checking which IMAP port {host} answers on ...")
        found = probe_host(host)
        if found:
            port, security = found
            say(f"  port {port} answers ({'implicit TLS' if security == 'ssl' else 'STARTTLS'})")
        else:
            say("  no answer on 993 or 143 from here; offering the usual 993 with TLS")
    offered = security
    security = str(prompt("Security: ssl (implicit TLS), starttls, or plain (unencrypted)",
                          default=security, type=click.Choice(SECURITY_MODES),
                          show_choices=False)).strip()
    if security != offered and port == DEFAULT_PORTS[offered]:
        port = DEFAULT_PORTS[security]  # the user chose another mode: offer its usual port
    port = int(str(prompt("IMAP port", default=str(port), type=click.IntRange(1, 65535))))
    ca_file = ""
    if security == "plain" and host not in ("localhost", "127.0.0.1", "::1"):
        say(f"  warning: with plain, your password goes to {host} unencrypted")
    elif security != "plain" and known is None:
        ca_file = str(prompt("CA certificate file, only for a self-signed or private-CA "
                             "server (empty: none)",
                             default="", show_default=False, value_proc=_pem_value)).strip()
    username = str(prompt("IMAP login (user name)", default=email)).strip()
    auth, oauth_provider, password = "password", "", ""
    if known is not None and known.oauth:
        auth = str(prompt("Sign in with: password (an app password) or oauth2",
                          default="oauth2" if known.oauth_only else "password",
                          type=click.Choice(("password", "oauth2")), show_choices=False))
    client_id = ""
    if auth == "oauth2":
        oauth_provider = known.oauth if known is not None else ""
        client_id = str(prompt("OAuth2 client (application) id you registered with "
                               f"{oauth_provider} (see the README)",
                               value_proc=_one_line)).strip()
        say("  OAuth2: after writing the file, run `debrief login` once to sign in")
    else:
        password = str(prompt("IMAP password or app password", hide_input=hide_input))
    tz = str(prompt("Time zone (for business hours)", default=_system_timezone(),
                    value_proc=_zone_value)).strip()
    values = {
        "DEBRIEF_YOUR_EMAIL": email,
        "DEBRIEF_YOUR_NAME": name,
        "DEBRIEF_IMAP_HOST": host,
        "DEBRIEF_IMAP_PORT": str(port),
        "DEBRIEF_IMAP_SECURITY": security,
        "DEBRIEF_IMAP_CA_FILE": str(Path(ca_file).expanduser().absolute()) if ca_file else "",
        "DEBRIEF_IMAP_USERNAME": username,
        "DEBRIEF_IMAP_AUTH": auth if auth != "password" else "",
        "DEBRIEF_OAUTH_PROVIDER": oauth_provider,
        "DEBRIEF_OAUTH_CLIENT_ID": client_id,
        "DEBRIEF_IMAP_PASSWORD": password,
        "DEBRIEF_TIMEZONE": tz,
    }
    return {k: v for k, v in values.items() if v}


def _email_value(text: str) -> str:
    import click

    from agent.config import _EMAIL

    if not _EMAIL.match(text.strip()):
        raise click.BadParameter(f"{text.strip()!r} is not an email address")
    return text.strip()


def _pem_value(text: str) -> str:
    import click

    path = Path(text.strip()).expanduser()
    if text.strip() and not path.is_file():
        raise click.BadParameter(f"{path} is not a file")
    return text.strip()


def _one_line(text: str) -> str:
    import click

    if not text.strip() or any(c in text for c in "\r\n\x00"):
        raise click.BadParameter("one line, please")
    return text.strip()


def _zone_value(text: str) -> str:
    import click

    try:
        ZoneInfo(text.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise click.BadParameter(f"unknown time zone {text.strip()!r} (e.g. Europe/Berlin)"
                                 ) from None
    return text.strip()


def summary(values: dict[str, str]) -> list[str]:
    shown = []
    for key, value in values.items():
        shown.append(f"  {key}={'********' if key == 'DEBRIEF_IMAP_PASSWORD' else value}")
    return shown


# -- check --------------------------------------------------------------------------------------


def setting_hint(exc: MailboxError, settings: Settings) -> str:
    """What to change for a connection problem: always names the setting."""
    text = str(exc)
    imap = settings.imap
    if isinstance(exc, AuthError):
        if imap.auth == "oauth2":
            return ("check DEBRIEF_IMAP_USERNAME and the DEBRIEF_OAUTH_* keys, then run "
                    "`debrief login` again")
        return ("check DEBRIEF_IMAP_USERNAME and DEBRIEF_IMAP_PASSWORD (Gmail, iCloud, Yahoo "
                "and Fastmail need an app password)")
    if "DEBRIEF_" in text:  # the message already names the setting to change
        return ""
    if isinstance(exc, FolderError):
        return "set DEBRIEF_DRAFTS_FOLDER / DEBRIEF_SENT_FOLDER to one of the server's folders"
    if "certificate verification failed" in text:
        if "mismatch" in text:
            return ("set DEBRIEF_IMAP_HOST to the name the server's certificate is issued for "
                    "(the provider's documented IMAP host name)")
        return (f"if {imap.host} uses a self-signed or private certificate, set "
                "DEBRIEF_IMAP_CA_FILE to the CA certificate (PEM file) that signed it")
    if "STARTTLS" in text:
        return "set DEBRIEF_IMAP_SECURITY=ssl (usually with DEBRIEF_IMAP_PORT=993)"
    if "TLS error" in text:
        other = "starttls" if imap.security == "ssl" else "ssl"
        return (f"port {imap.port} may not speak DEBRIEF_IMAP_SECURITY={imap.security}: try "
                f"DEBRIEF_IMAP_SECURITY={other} with DEBRIEF_IMAP_PORT={DEFAULT_PORTS[other]}")
    if "cannot resolve" in text:
        return "check DEBRIEF_IMAP_HOST (the name does not resolve)"
    if "cannot authenticate right now" in text:
        return "the server's login service is down: try again later (no setting to change)"
    return ("check DEBRIEF_IMAP_HOST, DEBRIEF_IMAP_PORT and DEBRIEF_IMAP_SECURITY "
            "(and that a firewall lets this machine reach the server)")


def check(settings: Settings, echo: Callable[[str], None]) -> int:
    """Connect, log in, find folders, count the lookback window, look at the database.
    Every problem names the setting to change. 0 when all is well."""
    problems = 0
    where = f" from {settings.env_file}" if settings.env_file else " from the environment only"
    echo(f"settings  read{where}")
    for line in settings.unknown:
        echo(f"problem   {line}")
        problems += 1
    imap = settings.imap
    echo(f"server    {imap.host}:{imap.port} ({imap.security}"
         + (f", CA {imap.ca_file}" if imap.ca_file else "")
         + (", OAuth2" if imap.auth == "oauth2" else "") + ")")
    login_required = False
    try:
        with Mailbox(imap) as mailbox:
            echo(f"login     ok as {imap.username}")
            folders = mailbox.find_folders(settings.drafts_folder, settings.sent_folder)
            echo(f"drafts    {folders.drafts}")
            echo(f"sent      {folders.sent}")
            since = (datetime.now(timezone.utc) - timedelta(days=settings.lookback_days)).date()
            state, uids = mailbox.new_uids(folders.inbox, None, since)
            echo(f"inbox     {state.exists} messages, {len(uids)} in the last "
                 f"{settings.lookback_days} days (read on the first run)")
    except LoginRequired as exc:  # only `debrief login` can fix it
        echo(f"problem   {exc}")
        problems += 1
        login_required = True
    except FolderError as exc:
        echo(f"problem   missing folder: {str(exc).split(' Folders there:')[0]}")
        echo(f"folders   {', '.join(exc.existing) or '(none)'}")
        if exc.suggestion:
            echo(f"suggest   {exc.key}={exc.suggestion}")
        problems += 1
    except MailboxError as exc:
        kind = ("login refused: " if isinstance(exc, AuthError) else
                "cannot connect: " if isinstance(exc, ConnectError) else "")
        hint = setting_hint(exc, settings)
        echo(f"problem   {kind}{exc}" + (f"; {hint}" if hint else ""))
        problems += 1
    problems += check_database(settings, echo)
    echo(f"drafts as {settings.your_name} <{settings.your_email}>, time zone "
         f"{settings.timezone.key}")
    if problems:
        echo(f"{problems} problem(s): fix the setting(s) named above, then run `debrief check` "
             "again")
        return 2 if login_required else 1
    echo("all good: `debrief once --dry-run` shows what it would do now, changing nothing")
    return 0


def check_database(settings: Settings, echo: Callable[[str], None]) -> int:
    """Report the database without creating or changing it: 0 or 1 problem."""
    from agent.store import Store

    problem = database_problem(settings.database_url)
    if problem:
        echo(f"problem   {problem}")
        return 1
    shown = shown_url(settings.database_url)
    path = sqlite_path(settings.database_url)
    if path is not None and not path.exists():
        echo(f"database  {shown} (created on the first run)")
        return 0
    try:
        with Store(settings.database_url, account=settings.account, dry_run=True) as store:
            count = len(store.threads())
    except StoreError as exc:
        echo(f"problem   {exc}: {database_hint(settings.database_url)}")
        return 1
    echo(f"database  {shown}, {count} thread(s)")
    return 0


# -- the database, as a path the user can act on --------------------------------------------------


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, None for other databases and in-memory SQLite."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:
        return None
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:") \
            or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def shown_url(url: str) -> str:
    """The database for a message: its path, or the URL without its password."""
    from sqlalchemy.engine import make_url

    path = sqlite_path(url)
    if path is not None:
        return str(path)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "DEBRIEF_DATABASE_URL"


def database_hint(url: str) -> str:
    path = sqlite_path(url)
    if path is None:
        return "check DEBRIEF_DATABASE_URL and that the database server is running"
    return (f"make sure you can write {path} and its folder {path.parent}, "
            "or set DEBRIEF_DATABASE_URL to another place")


def database_problem(url: str) -> str | None:
    """Why Debrief could not write this SQLite database (file, folder, or a folder to create),
    as one line with the path and what to do; None when it can, or for other databases."""
    path = sqlite_path(url)
    if path is None:
        return None
    other = "or set DEBRIEF_DATABASE_URL to a place you can write"
    if path.exists():
        if path.is_dir():
            return f"the database {path} is a folder, not a file: {other}"
        if not os.access(path, os.R_OK | os.W_OK):
            return f"the database {path} is read-only: chmod u+rw {path}, {other}"
    folder = path.parent
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return f"cannot create {folder}: {existing} is not a folder; {other}"
    if not os.access(existing, os.W_OK | os.X_OK):
        if existing == folder:
            return (f"cannot write in {folder} (the database and its lock file live there): "
                    f"make it writable, {other}")
        return f"cannot create {folder}: {existing} is not writable; {other}"
    return None


def reading_problem(url: str) -> str | None:
    """Why `status`, `explain` and `plan` could not read this SQLite database, as one line with
    the path and what to do; None when they can, or when it does not exist yet but could be
    made there (they say so then), or for other databases. A read-only file is fine."""
    path = sqlite_path(url)
    if path is None:
        return None
    other = "or set DEBRIEF_DATABASE_URL to the database you use"
    if path.exists():
        if path.is_dir():
            return f"the database {path} is a folder, not a file: {other}"
        if not os.access(path, os.R_OK):
            return f"cannot read the database {path}: chmod u+r {path}, {other}"
        return None
    return database_problem(url)  # where it could never be made: say so now


# -- install-service ----------------------------------------------------------------------------


def debrief_command() -> list[str]:
    """How to start this very Debrief: its console script, else this Python with -m agent."""
    beside = Path(sys.executable).parent / "debrief"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside.absolute())]
    found = shutil.which("debrief")
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).absolute()), "-m", "agent"]


def unit_template(user: bool) -> str:
    """The unit shipped in systemd/ (packaged as agent.systemd; the checkout's folder else)."""
    name = "user/debrief.service" if user else "debrief.service"
    try:
        from importlib.resources import files

        return files("agent.systemd").joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        checkout = Path(__file__).resolve().parent.parent / "systemd" / name
        return checkout.read_text(encoding="utf-8")


def render_unit(user: bool, command: list[str], env_file: Path | None) -> str:
    """The shipped unit with ExecStart= pointing at `command` (and, for --user, the env file)."""
    import shlex

    args = [*command]
    if user:
        args += ["--env-file", str(env_file or "%h/.config/debrief/debrief.env")]
    args.append("run")
    exec_start = "ExecStart=" + " ".join(shlex.quote(a) if "%h" not in a else a for a in args)
    lines = []
    for line in unit_template(user).splitlines():
        lines.append(exec_start if line.startswith("ExecStart=") else line)
    return "\n".join(lines) + "\n"


def unit_path(user: bool) -> Path:
    if user:
        config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        return config_home / "systemd" / "user" / "debrief.service"
    return Path("/etc/systemd/system/debrief.service")


def home_problem(command: list[str]) -> str | None:
    """The system unit cannot see /home, /root or /run/user (ProtectHome=yes)."""
    where = Path(command[0])
    for hidden in (Path("/home"), Path("/root"), Path("/run/user")):
        if where == hidden or hidden in where.parents:
            return (f"{where} is under {hidden}, which the system service cannot see "
                    "(ProtectHome=yes): install Debrief under /opt (see the README) and run "
                    "install-service from there, or use `debrief install-service --user`")
    return None


def install_service(user: bool, path: Path | None, env_file: Path | None, force: bool,
                    echo: Callable[[str], None]) -> int:
    command = debrief_command()
    if not user:
        problem = home_problem(command)
        if problem:
            raise DebriefError(problem)
    target = path or unit_path(user)
    if target.exists() and not force:
        raise DebriefError(f"{target} exists: use --force to replace it")
    text = render_unit(user, command, env_file)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        hint = "run it with sudo, or use --user" if not user else "choose another --path"
        raise DebriefError(f"cannot write {exc.filename or target}: "
                                             f"{exc.strerror or exc}; {hint}") from None
    echo(f"wrote {target}")
    echo(f"  ExecStart={' '.join(command)} ... run")
    ctl = "systemctl --user" if user else "sudo systemctl"
    journal = "journalctl --user -u debrief -f" if user else "journalctl -u debrief -f"
    echo(f"next: {ctl} daemon-reload && {ctl} enable --now debrief")
    if user:
        echo('      loginctl enable-linger "$USER"   # keep it running while you are logged out')
    else:
        echo("      the settings go in /etc/debrief/debrief.env (mode 0600, root only)")
    echo(f"logs: {journal}")
    return 0
