"""Settings: an env file plus the process environment, validated into one frozen object.

The process environment overrides the file. Every problem is reported as a ConfigError naming the
key, so the CLI can print one line and exit 2.
"""

from __future__ import annotations

import difflib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

from agent.core.schedule import BusinessHours, parse_business_hours
from agent.errors import ConfigError
from agent.logs import add_secret
from agent.mailbox import ImapSettings
from agent.oauth import PROVIDERS as OAUTH_PROVIDERS
from agent.oauth import OAuthConfig, OAuthTokens, is_safe_url

SECURITY_MODES = ("ssl", "starttls", "plain")
DEFAULT_PORTS = {"ssl": 993, "starttls": 143, "plain": 143}

#: Every key, its default (None: required) and what it means. `debrief init` and
#: config/debrief.env.example are written from this table.
KEYS: dict[str, tuple[str | None, str]] = {
    "DEBRIEF_IMAP_HOST": (None, "IMAP server host name, e.g. imap.gmail.com"),
    "DEBRIEF_IMAP_PORT": ("", "IMAP port; default 993 for ssl, 143 for starttls and plain"),
    "DEBRIEF_IMAP_USERNAME": (None, "login name, usually your email address"),
    "DEBRIEF_IMAP_PASSWORD": (None, "password or app-specific password (never logged)"),
    "DEBRIEF_IMAP_SECURITY": ("ssl", "ssl (implicit TLS), starttls, or plain (unencrypted)"),
    "DEBRIEF_IMAP_CA_FILE": ("", "PEM file of a private CA to trust, for self-signed servers"),
    "DEBRIEF_IMAP_AUTH": ("password", "password (IMAP LOGIN) or oauth2 (then run `debrief login`)"),
    "DEBRIEF_OAUTH_PROVIDER": ("", "oauth2: microsoft, google or custom"),
    "DEBRIEF_OAUTH_CLIENT_ID": ("", "oauth2: the client (application) id you registered"),
    "DEBRIEF_OAUTH_CLIENT_SECRET": ("", "oauth2: the client secret, if the provider gave one"),
    "DEBRIEF_OAUTH_DEVICE_URL": ("", "oauth2: device authorization endpoint (custom provider)"),
    "DEBRIEF_OAUTH_TOKEN_URL": ("", "oauth2: token endpoint (custom provider)"),
    "DEBRIEF_OAUTH_SCOPE": ("", "oauth2: scope; microsoft and google fill it in"),
    "DEBRIEF_DATABASE_URL": ("", "SQLAlchemy URL; default a SQLite file in the state directory"),
    "DEBRIEF_ACCOUNT": ("", "this mailbox's name in a database several accounts share; default "
                            "USERNAME@HOST:PORT (host lower-cased)"),
    "DEBRIEF_YOUR_NAME": (None, "your name, as drafts are signed and sent From"),
    "DEBRIEF_YOUR_EMAIL": (None, "your address, the From of drafts"),
    "DEBRIEF_TIMEZONE": ("", "IANA time zone for business hours; default the system's"),
    "DEBRIEF_POLL_INTERVAL": ("300", "seconds between polls of INBOX and Sent"),
    "DEBRIEF_BUSINESS_HOURS": ("09:00-17:00", "when drafts appear: HH:MM-HH:MM Mon-Fri, or off"),
    "DEBRIEF_LOOKBACK_DAYS": ("7", "on first start, how many days of INBOX to look back"),
    "DEBRIEF_CONTACT_LOOKBACK_DAYS": (
        "120", "when a rejection comes from a no-reply address, how many days of INBOX and Sent "
        "to search for the person you talked to"),
    "DEBRIEF_SILENCE_DAYS": ("7", "days without an answer after which a thread closes"),
    "DEBRIEF_TEMPLATES_DIR": ("", "folder of your own draft templates (same file names)"),
    "DEBRIEF_DRAFT_STAGES": ("interview,screening,application",
                             "which rejections get a draft, by how far you got"),
    "DEBRIEF_DRAFTS_FOLDER": ("", "Drafts folder name; default found by SPECIAL-USE or name"),
    "DEBRIEF_SENT_FOLDER": ("", "Sent folder name; default found by SPECIAL-USE or name"),
}

DRAFT_STAGES = ("interview", "screening", "application")
ACCOUNT_MAX = 320  # the store's account column


def default_account(host: str, port: int, username: str) -> str:
    """The account of a mailbox when DEBRIEF_ACCOUNT is not set: USERNAME@HOST:PORT, the host
    lower-cased (host names are case-insensitive, user names may not be)."""
    return f"{username}@{host.lower()}:{port}"

_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")


@dataclass(frozen=True)
class Settings:
    imap: ImapSettings
    database_url: str
    your_name: str
    your_email: str
    timezone: ZoneInfo
    poll_interval: int
    business_hours: BusinessHours | None
    lookback_days: int
    silence_days: int
    templates_dir: Path | None
    drafts_folder: str | None
    sent_folder: str | None
    env_file: Path | None = None
    contact_lookback_days: int = 120
    warnings: tuple[str, ...] = field(default=())
    draft_stages: tuple[str, ...] = DRAFT_STAGES
    #: DEBRIEF_* keys that are set but mean nothing to Debrief, each with a hint (see unknown_keys)
    unknown: tuple[str, ...] = field(default=())
    #: whose rows these are in the database (DEBRIEF_ACCOUNT, else USERNAME@HOST:PORT)
    account: str = ""


def default_env_files() -> list[Path]:
    """Where the env file is looked for, in order, when --env-file is not given."""
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return [Path(".env"), config_home / "debrief" / "debrief.env", Path("/etc/debrief/debrief.env")]


def state_dir() -> Path:
    """The user's state directory (systemd's STATE_DIRECTORY wins)."""
    if os.environ.get("STATE_DIRECTORY"):
        return Path(os.environ["STATE_DIRECTORY"].split(":")[0])
    base = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(base) / "debrief"


def find_env_file(explicit: str | os.PathLike[str] | None) -> Path | None:
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError("--env-file", f"{path} does not exist or is not a file (`debrief "
                                            f"init --path {path}` writes one there)")
        return path
    for candidate in default_env_files():
        # An unreadable file in a default place is not ours to read: under systemd the unit's
        # EnvironmentFile= has already put its keys into the environment.
        if candidate.is_file() and os.access(candidate, os.R_OK):
            return candidate
    return None


def load_settings(
    env_file: str | os.PathLike[str] | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """Read the env file and the environment; raise ConfigError on the first bad key (every
    missing required key at once)."""
    path = find_env_file(env_file)
    values: dict[str, str] = {}
    warnings: list[str] = []
    if path is not None:
        try:
            values.update({k: v for k, v in dotenv_values(path).items() if v is not None})
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError("--env-file", f"cannot read {path}: {exc}") from None
        try:
            mode = path.stat().st_mode
            if mode & (stat.S_IRGRP | stat.S_IROTH):
                warnings.append(
                    f"{path} is readable by other users and holds your password: chmod 600 {path}"
                )
        except OSError:
            pass
    env = os.environ if environ is None else environ
    values.update({k: v for k, v in env.items() if k.startswith("DEBRIEF_")})
    return _validate(values, path, warnings)


def closest(key: str, candidates: list[str]) -> str | None:
    """The candidate `key` was most likely meant to be (compared without the DEBRIEF_ prefix)."""
    strip = {c.removeprefix("DEBRIEF_"): c for c in candidates}
    found = difflib.get_close_matches(key.removeprefix("DEBRIEF_"), list(strip), n=1, cutoff=0.7)
    return strip[found[0]] if found else None


def unknown_keys(values: dict[str, str]) -> list[str]:
    """One line per DEBRIEF_* key Debrief does not know, with the closest known key."""
    lines = []
    for key in sorted(k for k in values if k.startswith("DEBRIEF_") and k not in KEYS):
        near = closest(key, list(KEYS))
        hint = f"did you mean {near}?" if near else "Debrief ignores it"
        lines.append(f"unknown setting {key}: {hint}")
    return lines


def _looked_in(path: Path | None) -> str:
    if path is not None:
        return f"set it in {path} or in the environment"
    places = ", ".join(str(p) if p.is_absolute() else f"./{p}" for p in default_env_files())
    return f"no env file found (looked in {places}); run `debrief init` to write one"


def _get(values: dict[str, str], key: str, path: Path | None = None) -> str:
    default, _ = KEYS[key]
    value = values.get(key, "").strip()
    if value:
        return value
    if default is None:
        typo = closest(key, [k for k in values if k.startswith("DEBRIEF_") and k not in KEYS])
        if typo:
            raise ConfigError(key, f"is missing; {typo} is set instead: rename it to {key}")
        raise ConfigError(key, f"is missing: {_looked_in(path)}")
    return default


class MissingSettings(ConfigError):
    """Several required keys are missing: one line naming every one of them."""

    def __init__(self, keys: list[str], problem: str) -> None:
        super().__init__(keys[0], problem)
        self.keys = keys
        self.args = (problem,)

    def __str__(self) -> str:
        return self.problem


def _missing(values: dict[str, str], path: Path | None) -> None:
    """Every required key that is empty, in one error (a blank env file names them all, not
    only the first), each with its misspelt twin when there is one."""
    oauth = values.get("DEBRIEF_IMAP_AUTH", "").strip().lower() == "oauth2"
    keys = [k for k, (default, _) in KEYS.items() if default is None
            and not values.get(k, "").strip()
            and not (oauth and k == "DEBRIEF_IMAP_PASSWORD")]
    if len(keys) < 2:
        return  # one key: `_get` says it, with its typo or where to set it
    typos = [k for k in values if k.startswith("DEBRIEF_") and k not in KEYS]
    named = []
    for key in keys:
        typo = closest(key, typos)
        named.append(f"{key} ({typo} is set instead: rename it to {key})" if typo else key)
    if path is not None:
        option = "" if path.absolute() == _init_default().absolute() else f" --path {path}"
        where = (f"set them in {path} or in the environment, or run `debrief init --force"
                 f"{option}` to be asked for them")
    else:
        where = _looked_in(None)
    raise MissingSettings(keys, f"{len(keys)} required settings are missing: "
                                f"{', '.join(named)}; {where}")


def _init_default() -> Path:
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config_home / "debrief" / "debrief.env"


def _int(values: dict[str, str], key: str, low: int, high: int) -> int:
    raw = _get(values, key)
    try:
        number = int(raw)
    except ValueError:
        raise ConfigError(key, f"must be a whole number, got {raw!r}") from None
    if not low <= number <= high:
        raise ConfigError(key, f"must be between {low} and {high}, got {number}")
    return number


def _validate(values: dict[str, str], path: Path | None, warnings: list[str]) -> Settings:
    unknown = unknown_keys(values)
    _missing(values, path)
    security = _get(values, "DEBRIEF_IMAP_SECURITY").lower()
    if security not in SECURITY_MODES:
        raise ConfigError("DEBRIEF_IMAP_SECURITY",
                          f"must be one of ssl, starttls, plain; got {security!r}")
    host = _get(values, "DEBRIEF_IMAP_HOST", path)
    port_raw = _get(values, "DEBRIEF_IMAP_PORT")
    port = _int(values, "DEBRIEF_IMAP_PORT", 1, 65535) if port_raw else DEFAULT_PORTS[security]
    ca_file = _get(values, "DEBRIEF_IMAP_CA_FILE") or None
    if ca_file and not Path(ca_file).is_file():
        raise ConfigError("DEBRIEF_IMAP_CA_FILE", f"{ca_file} does not exist")
    if security == "plain" and host not in ("localhost", "127.0.0.1", "::1"):
        warnings.append(
            f"DEBRIEF_IMAP_SECURITY=plain: your password goes to {host} unencrypted"
        )
    username = _get(values, "DEBRIEF_IMAP_USERNAME", path)
    auth = _get(values, "DEBRIEF_IMAP_AUTH").lower()
    if auth not in ("password", "oauth2"):
        raise ConfigError("DEBRIEF_IMAP_AUTH", f"must be password or oauth2; got {auth!r}")
    tokens = OAuthTokens(_oauth_config(values, username)) if auth == "oauth2" else None
    imap = ImapSettings(
        host=host,
        port=port,
        username=username,
        password=(values.get("DEBRIEF_IMAP_PASSWORD", "").strip() if tokens
                  else _get(values, "DEBRIEF_IMAP_PASSWORD", path)),
        security=security,
        ca_file=ca_file,
        auth=auth,
        oauth=tokens,
    )
    your_email = _get(values, "DEBRIEF_YOUR_EMAIL", path)
    if not _EMAIL.match(your_email):
        raise ConfigError("DEBRIEF_YOUR_EMAIL", f"is not an email address: {your_email!r}")
    your_name = _get(values, "DEBRIEF_YOUR_NAME", path)
    if any(c in your_name for c in "\r\n\x00"):
        raise ConfigError("DEBRIEF_YOUR_NAME", "must be one line")
    tz_name = _get(values, "DEBRIEF_TIMEZONE") or _system_timezone()
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError("DEBRIEF_TIMEZONE",
                          f"unknown time zone {tz_name!r} (e.g. Europe/Berlin)") from None
    try:
        hours = parse_business_hours(_get(values, "DEBRIEF_BUSINESS_HOURS"))
    except ValueError as exc:
        raise ConfigError("DEBRIEF_BUSINESS_HOURS", str(exc)) from None
    templates = _get(values, "DEBRIEF_TEMPLATES_DIR")
    if templates and not Path(templates).is_dir():
        raise ConfigError("DEBRIEF_TEMPLATES_DIR", f"{templates} is not a folder")
    database_url = _get(values, "DEBRIEF_DATABASE_URL") or f"sqlite:///{state_dir() / 'debrief.db'}"
    if "://" not in database_url:
        raise ConfigError("DEBRIEF_DATABASE_URL", "must be a SQLAlchemy URL such as sqlite:///path.db")
    account = _account(values, imap)
    return Settings(
        imap=imap,
        database_url=database_url,
        your_name=your_name,
        your_email=your_email.lower(),
        timezone=tz,
        poll_interval=_int(values, "DEBRIEF_POLL_INTERVAL", 1, 86400),
        business_hours=hours,
        lookback_days=_int(values, "DEBRIEF_LOOKBACK_DAYS", 0, 3650),
        silence_days=_int(values, "DEBRIEF_SILENCE_DAYS", 1, 365),
        templates_dir=Path(templates) if templates else None,
        drafts_folder=_get(values, "DEBRIEF_DRAFTS_FOLDER") or None,
        sent_folder=_get(values, "DEBRIEF_SENT_FOLDER") or None,
        env_file=path,
        contact_lookback_days=_int(values, "DEBRIEF_CONTACT_LOOKBACK_DAYS", 1, 3650),
        warnings=tuple(warnings) + tuple(unknown),
        draft_stages=_stages(_get(values, "DEBRIEF_DRAFT_STAGES")),
        unknown=tuple(unknown),
        account=account,
    )


def _account(values: dict[str, str], imap: ImapSettings) -> str:
    explicit = _get(values, "DEBRIEF_ACCOUNT")
    account = explicit or default_account(imap.host, imap.port, imap.username)
    if any(ord(c) < 32 or ord(c) == 127 for c in account):
        raise ConfigError("DEBRIEF_ACCOUNT", "must be one line of printable characters")
    if len(account) > ACCOUNT_MAX:
        what = "is" if explicit else f"is not set and {account[:40]!r}… (user@host:port) is"
        raise ConfigError("DEBRIEF_ACCOUNT", f"{what} longer than {ACCOUNT_MAX} characters; "
                                             "set a shorter name")
    return account


def _stages(raw: str) -> tuple[str, ...]:
    stages = tuple(dict.fromkeys(s.strip().lower() for s in raw.split(",") if s.strip()))
    unknown = [s for s in stages if s not in DRAFT_STAGES]
    if unknown or not stages:
        raise ConfigError("DEBRIEF_DRAFT_STAGES",
                          f"must be a comma-separated list of {', '.join(DRAFT_STAGES)}; "
                          f"got {raw!r}")
    return stages


def _oauth_config(values: dict[str, str], username: str) -> OAuthConfig:
    """DEBRIEF_OAUTH_*: a provider's endpoints and scope, which explicit keys override."""
    provider = _get(values, "DEBRIEF_OAUTH_PROVIDER").lower()
    if provider not in (*OAUTH_PROVIDERS, "custom"):
        raise ConfigError("DEBRIEF_OAUTH_PROVIDER",
                          f"must be microsoft, google or custom with DEBRIEF_IMAP_AUTH=oauth2; "
                          f"got {provider!r}")
    device_url, token_url, scope = OAUTH_PROVIDERS.get(provider, ("", "", ""))
    device_url = _get(values, "DEBRIEF_OAUTH_DEVICE_URL") or device_url
    token_url = _get(values, "DEBRIEF_OAUTH_TOKEN_URL") or token_url
    for key, url in (("DEBRIEF_OAUTH_DEVICE_URL", device_url),
                     ("DEBRIEF_OAUTH_TOKEN_URL", token_url)):
        if not url:
            raise ConfigError(key, "is missing (needed for DEBRIEF_OAUTH_PROVIDER=custom)")
        if not is_safe_url(url):
            raise ConfigError(key, f"must be an https URL (plain http only to loopback): {url!r}")
    client_id = _get(values, "DEBRIEF_OAUTH_CLIENT_ID")
    if not client_id:
        raise ConfigError("DEBRIEF_OAUTH_CLIENT_ID",
                          "is missing (the application id you registered with the provider; "
                          "see the README)")
    secret = _get(values, "DEBRIEF_OAUTH_CLIENT_SECRET")
    add_secret(secret)
    safe_user = re.sub(r"[^A-Za-z0-9@._-]", "_", username)[:120]
    return OAuthConfig(
        provider=provider,
        device_url=device_url,
        token_url=token_url,
        client_id=client_id,
        client_secret=secret,
        scope=_get(values, "DEBRIEF_OAUTH_SCOPE") or scope,
        token_file=state_dir() / f"oauth-{safe_user}.json",
    )


def _system_timezone() -> str:
    """The system's IANA zone name (TZ, /etc/timezone, /etc/localtime link), else UTC."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and "/" in tz or tz == "UTC":
        return tz
    try:
        name = Path("/etc/timezone").read_text().strip()
        if name:
            return name
    except OSError:
        pass
    try:
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    except OSError:
        pass
    return "UTC"
