"""An OAuth2 authorization server on loopback, for the OAuth2 tests: RFC 8628 device
authorization, the token endpoint (device code and refresh token grants, rotating refresh
tokens) and RFC 7662 introspection, which the sandbox Dovecot's oauth2 passdb asks.

    with AuthServer(client_id="debrief-test") as auth:
        DovecotSandbox(oauth2_introspection_url=auth.introspect_url)
        auth.approve(user_code, "alice"); auth.expire_access_tokens(); auth.revoke("alice")
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


@dataclass
class Device:
    device_code: str
    user_code: str
    expires_at: float
    username: str | None = None
    denied: bool = False
    used: bool = False
    script: list[str] = field(default_factory=list)  # errors to answer first, one per poll
    polls: list[float] = field(default_factory=list)  # monotonic time of every poll


class AuthServer:
    def __init__(self, client_id: str = "debrief-test", client_secret: str = "",
                 access_lifetime: float = 3600, rotate: bool = True, interval: int = 1,
                 device_lifetime: float = 600) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.access_lifetime = access_lifetime
        self.rotate = rotate
        self.interval = interval
        self.device_lifetime = device_lifetime
        self.devices: dict[str, Device] = {}
        self.access: dict[str, tuple[str, float]] = {}  # token -> (user, expires_at)
        self.refresh: dict[str, str] = {}  # valid refresh token -> user
        self.counts: Counter[str] = Counter()
        self.forms: list[tuple[str, dict[str, str]]] = []  # (path, form) of every request
        self.device_error: tuple[int, dict[str, str]] | None = None  # canned device answer
        self.refresh_error: tuple[int, dict[str, str]] | None = None  # canned refresh answer
        self.lock = threading.Lock()
        self.httpd: ThreadingHTTPServer | None = None

    # -- lifecycle --------------------------------------------------------------------------------

    def start(self) -> AuthServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                form = {k: v[0] for k, v in parse_qs(body).items()}
                status, answer = server.handle(self.path, form)
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None

    def __enter__(self) -> AuthServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base(self) -> str:
        assert self.httpd is not None
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def device_url(self) -> str:
        return self.base + "/device"

    @property
    def token_url(self) -> str:
        return self.base + "/token"

    @property
    def introspect_url(self) -> str:
        return self.base + "/introspect"

    # -- what a test does -----------------------------------------------------------------------

    def approve(self, username: str, user_code: str | None = None) -> None:
        """The person signs in (the newest pending code unless one is named)."""
        with self.lock:
            device = self._device(user_code)
            device.username = username

    def deny(self, user_code: str | None = None) -> None:
        with self.lock:
            self._device(user_code).denied = True

    def pending(self) -> list[Device]:
        with self.lock:
            return [d for d in self.devices.values() if not d.used]

    def issue(self, username: str) -> dict[str, str | int]:
        """Tokens for `username` as a finished sign-in would give them (test setup)."""
        with self.lock:
            return self._issue(username)

    def expire_access_tokens(self) -> None:
        """Every access token stops working now, whatever its announced lifetime."""
        with self.lock:
            self.access = {t: (u, 0.0) for t, (u, _) in self.access.items()}

    def revoke(self, username: str) -> None:
        """The user (or an admin) revoked the app: refresh and access tokens die."""
        with self.lock:
            self.refresh = {t: u for t, u in self.refresh.items() if u != username}
            self.access = {t: v for t, v in self.access.items() if v[0] != username}

    # -- endpoints --------------------------------------------------------------------------------

    def _device(self, user_code: str | None) -> Device:
        if user_code is None:
            return list(self.devices.values())[-1]
        return next(d for d in self.devices.values() if d.user_code == user_code)

    def _issue(self, username: str) -> dict[str, str | int]:
        access = "at-" + secrets.token_urlsafe(24)
        refresh = "rt-" + secrets.token_urlsafe(24)
        self.access[access] = (username, time.time() + self.access_lifetime)
        self.refresh[refresh] = username
        return {"access_token": access, "refresh_token": refresh, "token_type": "Bearer",
                "expires_in": int(self.access_lifetime), "scope": "imap"}

    def _client_ok(self, form: dict[str, str]) -> bool:
        if form.get("client_id") != self.client_id:
            return False
        return not self.client_secret or form.get("client_secret") == self.client_secret

    def handle(self, path: str, form: dict[str, str]) -> tuple[int, dict]:
        with self.lock:
            self.forms.append((path, form))
            if path == "/introspect":
                user, expires = self.access.get(form.get("token", ""), ("", 0.0))
                active = bool(user) and expires > time.time()
                self.counts["introspect_" + ("ok" if active else "refused")] += 1
                return 200, ({"active": True, "username": user} if active else {"active": False})
            if path == "/device":
                self.counts["device"] += 1
                if self.device_error is not None:
                    return self.device_error
                if form.get("client_id") != self.client_id:
                    return 401, {"error": "invalid_client"}
                device = Device(device_code="dc-" + secrets.token_urlsafe(16),
                                user_code=f"{secrets.randbelow(10**8):08d}",
                                expires_at=time.monotonic() + self.device_lifetime)
                self.devices[device.device_code] = device
                return 200, {"device_code": device.device_code, "user_code": device.user_code,
                             "verification_uri": self.base + "/activate",
                             "expires_in": int(self.device_lifetime),
                             "interval": self.interval}
            if path != "/token":
                return 404, {"error": "not_found"}
            if not self._client_ok(form):
                return 401, {"error": "invalid_client"}
            grant = form.get("grant_type", "")
            if grant == "urn:ietf:params:oauth:grant-type:device_code":
                self.counts["device_poll"] += 1
                device = self.devices.get(form.get("device_code", ""))
                if device is None or device.used:
                    return 400, {"error": "invalid_grant"}
                device.polls.append(time.monotonic())
                if time.monotonic() > device.expires_at:
                    return 400, {"error": "expired_token"}
                if device.script:
                    return 400, {"error": device.script.pop(0)}
                if device.denied:
                    return 400, {"error": "access_denied"}
                if device.username is None:
                    return 400, {"error": "authorization_pending"}
                device.used = True
                return 200, self._issue(device.username)
            if grant == "refresh_token":
                self.counts["refresh"] += 1
                if self.refresh_error is not None:
                    return self.refresh_error
                token = form.get("refresh_token", "")
                user = self.refresh.get(token)
                if user is None:
                    self.counts["refresh_refused"] += 1
                    return 400, {"error": "invalid_grant",
                                 "error_description": "the refresh token was revoked"}
                issued = self._issue(user)
                if self.rotate:
                    del self.refresh[token]
                else:
                    del self.refresh[str(issued["refresh_token"])]
                    issued.pop("refresh_token")
                return 200, issued
            return 400, {"error": "unsupported_grant_type"}
