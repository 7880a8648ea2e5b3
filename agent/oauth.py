"""OAuth2 for IMAP: `debrief login` (RFC 8628 device flow) and fresh access tokens for the daemon.

authlib's requests client speaks to the token endpoint; this module only decides what to ask
and what the answers mean. The refresh token lives in one JSON file in the state directory
(mode 0600), written atomically, and never reaches a log line (every token is registered with
the log redaction filter as soon as it is read or received).

Token expiry is judged by the wall clock, not by `debrief once --now`: it is the provider's clock
that matters, not the simulated one that drives the lifecycle.

    OAuthError (DebriefError)       the device flow failed (declined, code expired, bad answer)
    LoginRequired (AuthError)       no usable refresh token: run `debrief login` again (exit 2)
    ConnectError                    the token endpoint could not be reached (transient)
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from agent.errors import ConnectError, DebriefError, LoginRequired
from agent.logs import add_secret

log = logging.getLogger("debrief.oauth")

DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
TOKEN_FILE_NAME = "oauth-token.json"
HTTP_TIMEOUT = 30.0

#: What `DEBRIEF_OAUTH_PROVIDER` fills in: (device authorization URL, token URL, scope).
PROVIDERS: dict[str, tuple[str, str, str]] = {
    # Microsoft identity platform, public client ("Allow public client flows" on the app).
    # `common` takes work, school and personal accounts; a single-tenant app sets its tenant's
    # URLs with DEBRIEF_OAUTH_DEVICE_URL / DEBRIEF_OAUTH_TOKEN_URL.
    "microsoft": (
        "https://login.microsoftonline.com/common/oauth2/v2.0/devicecode",
        "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        "https://outlook.office.com/IMAP.AccessAsUser.All offline_access",
    ),
    # Google's "TVs and Limited Input devices" client. Google documents a short list of scopes
    # for this flow and answers `invalid_scope` for the Gmail one: see the README.
    "google": (
        "https://oauth2.googleapis.com/device/code",
        "https://oauth2.googleapis.com/token",
        "https://mail.google.com/",
    ),
}


class OAuthError(DebriefError):
    """The device flow did not end with a token (declined, expired, refused request)."""


@dataclass(frozen=True)
class OAuthConfig:
    provider: str  # "microsoft" | "google" | "custom"
    device_url: str
    token_url: str
    client_id: str
    client_secret: str = field(default="", repr=False)
    scope: str = ""
    token_file: Path = Path(TOKEN_FILE_NAME)


def is_safe_url(url: str) -> bool:
    """https, or plain http to a loopback address (a local test or proxy)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return True
    if parts.scheme != "http" or not parts.hostname:
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


# -- the token file ----------------------------------------------------------------------------


def load_token(path: Path) -> dict[str, Any] | None:
    """The stored token, or None when there is none yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise LoginRequired(f"cannot read the OAuth2 token file {path}: {exc.strerror or exc}; "
                            "run `debrief login` again") from None
    try:
        token = json.loads(text)
    except ValueError:
        token = None
    if not isinstance(token, dict) or not isinstance(token.get("refresh_token"), str):
        raise LoginRequired(f"the OAuth2 token file {path} is damaged; run `debrief login` again")
    for key in ("refresh_token", "access_token"):
        add_secret(str(token.get(key) or ""))
    return token


def save_token(path: Path, token: dict[str, Any]) -> None:
    """Write atomically (a crash leaves the old file or the new one), mode 0600 from the start."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".oauth-", dir=path.parent)  # mkstemp creates it 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(token, handle, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _stored(config: OAuthConfig, token: dict[str, Any], now: float,
            previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """What goes in the file: the tokens, when the access token expires, and for which client."""
    refresh = token.get("refresh_token") or (previous or {}).get("refresh_token")
    expires_at = token.get("expires_at")
    if expires_at is None and token.get("expires_in") is not None:
        expires_at = now + float(token["expires_in"])
    return {
        "access_token": token.get("access_token", ""),
        "refresh_token": refresh,
        "expires_at": float(expires_at) if expires_at is not None else now + 3600.0,
        "token_type": token.get("token_type", "Bearer"),
        "scope": token.get("scope", config.scope),
        "client_id": config.client_id,
        "token_url": config.token_url,
    }


# -- HTTP through authlib ----------------------------------------------------------------------


def _session(config: OAuthConfig) -> Any:
    from authlib.integrations.requests_client import OAuth2Session

    # Google's device flow wants the client secret in the form body; a public client (Microsoft)
    # sends its client_id alone.
    method = "client_secret_post" if config.client_secret else "none"
    return OAuth2Session(
        client_id=config.client_id,
        client_secret=config.client_secret or None,
        token_endpoint_auth_method=method,
        scope=config.scope or None,
        default_timeout=HTTP_TIMEOUT,
    )


def _oauth_error_class() -> type[Exception]:
    from authlib.integrations.base_client import OAuthError as AuthlibOAuthError

    return AuthlibOAuthError


def _describe(exc: Exception) -> str:
    error = getattr(exc, "error", "") or type(exc).__name__
    description = getattr(exc, "description", "") or ""
    return f"{error}: {description}" if description else str(error)


def _network_error(exc: Exception, url: str) -> ConnectError:
    host = urlsplit(url).hostname or url
    return ConnectError(f"cannot reach the OAuth2 token service at {host}: "
                        f"{type(exc).__name__}")


# -- `debrief login`: the device flow ----------------------------------------------------------


@dataclass(frozen=True)
class DeviceCode:
    device_code: str = field(repr=False)
    user_code: str
    verification_uri: str
    verification_uri_complete: str
    expires_in: float
    interval: float


def request_device_code(config: OAuthConfig) -> DeviceCode:
    """Step 1 (RFC 8628 section 3.1): ask for a device code and a user code."""
    import requests

    session = _session(config)
    data = {"client_id": config.client_id}
    if config.scope:
        data["scope"] = config.scope
    try:
        resp = session.post(config.device_url, data=data, withhold_token=True)
        body = resp.json()
    except requests.RequestException as exc:
        raise _network_error(exc, config.device_url) from None
    except ValueError:
        raise OAuthError(f"the device authorization endpoint answered HTTP {resp.status_code} "
                         "without JSON") from None
    if not isinstance(body, dict) or "error" in body or resp.status_code >= 400:
        detail = body if not isinstance(body, dict) else (
            f"{body.get('error', resp.status_code)}: {body.get('error_description', '')}")
        hint = ""
        if isinstance(body, dict) and body.get("error") == "invalid_scope":
            hint = (" (the provider does not allow this scope in the device flow; Google does "
                    "not allow Gmail's: see the README)")
        raise OAuthError(f"the device authorization request was refused: {detail}{hint}")
    add_secret(str(body.get("device_code", "")))
    uri = body.get("verification_uri") or body.get("verification_url") or ""
    if not body.get("device_code") or not body.get("user_code") or not uri:
        raise OAuthError("the device authorization answer lacks device_code, user_code or "
                         "verification_uri")
    return DeviceCode(
        device_code=str(body["device_code"]),
        user_code=str(body["user_code"]),
        verification_uri=str(uri),
        verification_uri_complete=str(body.get("verification_uri_complete") or ""),
        expires_in=float(body.get("expires_in") or 900),
        interval=float(body.get("interval") or 5),
    )


def poll_for_token(
    config: OAuthConfig,
    code: DeviceCode,
    sleep: Callable[[float], None] = time.sleep,
    monotonic: Callable[[], float] = time.monotonic,
) -> dict[str, Any]:
    """Step 2 (RFC 8628 section 3.4/3.5): poll the token endpoint until the user has decided.

    Waits `interval` seconds between requests, 5 s more after each `slow_down`; keeps polling
    on `authorization_pending`; stops on `access_denied`, `expired_token` or when the code's
    lifetime has passed.
    """
    import requests

    session = _session(config)
    oauth_error = _oauth_error_class()
    interval = max(code.interval, 1.0)
    deadline = monotonic() + code.expires_in
    while True:
        sleep(interval)
        if monotonic() > deadline:
            raise OAuthError("the code expired before the sign-in was finished; "
                             "run `debrief login` again")
        try:
            token = session.fetch_token(config.token_url, grant_type=DEVICE_CODE_GRANT,
                                        device_code=code.device_code)
        except oauth_error as exc:
            error = getattr(exc, "error", "")
            if error == "authorization_pending":
                continue
            if error == "slow_down":
                interval += 5
                log.debug("token endpoint asked to slow down: polling every %.0f s", interval)
                continue
            if error == "expired_token":
                raise OAuthError("the code expired before the sign-in was finished; "
                                 "run `debrief login` again") from None
            if error in ("access_denied", "authorization_declined"):  # the latter: Microsoft
                raise OAuthError("the sign-in was declined") from None
            raise OAuthError(f"the token endpoint refused the sign-in: {_describe(exc)}") from None
        except requests.RequestException as exc:
            raise _network_error(exc, config.token_url) from None
        return dict(token)


def device_login(
    config: OAuthConfig,
    echo: Callable[[str], None],
    sleep: Callable[[float], None] = time.sleep,
    monotonic: Callable[[], float] = time.monotonic,
    now: Callable[[], float] = time.time,
) -> dict[str, Any]:
    """The whole device flow; stores the refresh token in config.token_file (mode 0600)."""
    code = request_device_code(config)
    echo(f"To sign in, open {code.verification_uri} in a browser and enter the code "
         f"{code.user_code}")
    if code.verification_uri_complete:
        echo(f"(or open {code.verification_uri_complete})")
    minutes = max(int(code.expires_in // 60), 1)
    echo(f"Waiting for you to finish (the code is valid for {minutes} min) ...")
    token = poll_for_token(config, code, sleep=sleep, monotonic=monotonic)
    for key in ("access_token", "refresh_token", "id_token"):
        add_secret(str(token.get(key) or ""))
    if not token.get("refresh_token"):
        raise OAuthError("the provider gave no refresh token, so Debrief could not keep "
                         "working after an hour; check that the scope allows offline access "
                         "(Microsoft: offline_access)")
    stored = _stored(config, token, now())
    save_token(config.token_file, stored)
    return stored


# -- the daemon's side: an access token that is valid now --------------------------------------

#: Token-endpoint errors that say "not now", not "signed out" (RFC 6749 4.1.2.1 names them;
#: Microsoft and Google also send them from the token endpoint during an outage).
_TRANSIENT_ERRORS = frozenset({"temporarily_unavailable", "server_error"})


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An exclusive advisory lock on PATH.lock (released when the process dies)."""
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


class OAuthTokens:
    """Hands the IMAP login a valid access token: refreshes it shortly before it expires, and
    once more on demand when the server refused it; keeps a rotated refresh token.

    Shared by every connection of one process (the daemon makes a new Mailbox each cycle).
    """

    def __init__(self, config: OAuthConfig, leeway: float = 120.0,
                 now: Callable[[], float] = time.time) -> None:
        self.config = config
        self.leeway = leeway
        self.now = now
        self.refreshes = 0

    def __repr__(self) -> str:
        return f"<OAuthTokens {self.config.provider} {self.config.token_file}>"

    def access_token(self, force_refresh: bool = False) -> str:
        # One process at a time reads, refreshes and writes: with rotating refresh tokens, two
        # processes refreshing at once (the daemon and `debrief check`) would leave one of them
        # holding a refresh token that the provider has already replaced.
        with _file_lock(self.config.token_file):
            return self._access_token(force_refresh)

    def _access_token(self, force_refresh: bool) -> str:
        token = load_token(self.config.token_file)
        if token is None:
            raise LoginRequired("no OAuth2 sign-in is stored "
                                f"({self.config.token_file}): run `debrief login`")
        if token.get("client_id") not in (None, self.config.client_id):
            raise LoginRequired("the stored OAuth2 sign-in belongs to another client id: "
                                "run `debrief login` again")
        fresh = float(token.get("expires_at") or 0) - self.leeway > self.now()
        if token.get("access_token") and fresh and not force_refresh:
            return str(token["access_token"])
        return self._refresh(token, "refused by the server" if force_refresh else "expiring")

    def _refresh(self, token: dict[str, Any], why: str) -> str:
        import requests

        log.info("refreshing the OAuth2 access token (%s)", why)
        session = _session(self.config)
        try:
            new = session.refresh_token(self.config.token_url,
                                        refresh_token=token["refresh_token"])
        except _oauth_error_class() as exc:
            error = getattr(exc, "error", "")
            if error in _TRANSIENT_ERRORS:  # an outage, not a verdict on the sign-in: retry
                raise ConnectError(f"the OAuth2 token service at "
                                   f"{urlsplit(self.config.token_url).hostname} is unavailable "
                                   f"({_describe(exc)}); trying again later") from None
            if error in ("invalid_client", "unauthorized_client"):
                raise LoginRequired(f"the OAuth2 client was refused ({_describe(exc)}): check "
                                    "DEBRIEF_OAUTH_CLIENT_ID, then run `debrief login` again"
                                    ) from None
            raise LoginRequired(f"the OAuth2 sign-in is no longer valid ({_describe(exc)}): "
                                "run `debrief login` again") from None
        except requests.RequestException as exc:
            raise _network_error(exc, self.config.token_url) from None
        new = dict(new)
        for key in ("access_token", "refresh_token", "id_token"):
            add_secret(str(new.get(key) or ""))
        if not new.get("access_token"):
            raise ConnectError("the OAuth2 token endpoint answered without an access token")
        stored = _stored(self.config, new, self.now(), previous=token)
        save_token(self.config.token_file, stored)
        self.refreshes += 1
        if stored["refresh_token"] != token["refresh_token"]:
            log.debug("the provider rotated the refresh token; stored the new one")
        return str(stored["access_token"])
