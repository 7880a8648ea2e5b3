"""OAuth2 against a real Dovecot whose oauth2 passdb asks a loopback authorization server
(tests/oauth_server.py) to introspect every token: `debrief login` (RFC 8628), the whole
lifecycle over OAUTHBEARER/XOAUTH2, refresh before expiry and after a refusal, rotation, and a
revoked sign-in that stops the daemon with exit status 2."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers import YOU_EMAIL, YOU_NAME, iso, make_mail, parse, rejection, run_cli, status_json
from oauth_server import AuthServer

from agent.config import load_settings
from agent.errors import ConfigError, ConnectError, LoginRequired
from agent.mailbox import ImapSettings, Mailbox
from agent.oauth import (
    PROVIDERS,
    DeviceCode,
    OAuthConfig,
    OAuthError,
    OAuthTokens,
    _stored,
    load_token,
    poll_for_token,
    save_token,
)
from agent.sandbox import DovecotSandbox

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)  # Monday
H, D = timedelta(hours=1), timedelta(days=1)
REJ = "<rej-1@northwind.example>"
CLIENT_ID = "debrief-test-client"


@pytest.fixture(scope="module")
def auth():
    with AuthServer(client_id=CLIENT_ID) as server:
        yield server


@pytest.fixture(scope="module")
def dovecot(auth):
    from conftest import require_dovecot

    require_dovecot()
    root = Path(tempfile.mkdtemp(prefix="debrief-test-"))
    box = DovecotSandbox(root=root / "dovecot", users={"seed": "seed-pw"},
                         oauth2_introspection_url=auth.introspect_url)
    box.start()
    try:
        yield box
    finally:
        box.stop()
        shutil.rmtree(root, ignore_errors=True)


_n = iter(range(1, 10_000))


@pytest.fixture
def account(dovecot, tmp_path):
    """A fresh mail user (its password is only for test setup: Debrief signs in with OAuth2)
    and the env for `debrief` with its own state directory."""
    user = f"o{next(_n)}-{os.getpid()}"
    dovecot.add_user(user, "setup-only-password")
    state = tmp_path / "state"
    env = {
        "DEBRIEF_IMAP_HOST": dovecot.host,
        "DEBRIEF_IMAP_PORT": str(dovecot.port),
        "DEBRIEF_IMAP_USERNAME": user,
        "DEBRIEF_IMAP_SECURITY": "plain",
        "DEBRIEF_IMAP_AUTH": "oauth2",
        "DEBRIEF_OAUTH_PROVIDER": "custom",
        "DEBRIEF_OAUTH_DEVICE_URL": "",  # filled in by the test below
        "DEBRIEF_OAUTH_TOKEN_URL": "",
        "DEBRIEF_OAUTH_CLIENT_ID": CLIENT_ID,
        "DEBRIEF_DATABASE_URL": f"sqlite:///{tmp_path / 'd.db'}",
        "DEBRIEF_YOUR_NAME": YOU_NAME,
        "DEBRIEF_YOUR_EMAIL": YOU_EMAIL,
        "DEBRIEF_TIMEZONE": "UTC",
        "DEBRIEF_BUSINESS_HOURS": "off",
        "XDG_STATE_HOME": str(state),
        "HOME": str(tmp_path),
    }
    return user, env, state / "debrief" / f"oauth-{user}.json"


def with_auth(env: dict[str, str], auth: AuthServer) -> dict[str, str]:
    return {**env, "DEBRIEF_OAUTH_DEVICE_URL": auth.device_url,
            "DEBRIEF_OAUTH_TOKEN_URL": auth.token_url}


def signed_in(auth: AuthServer, user: str, token_file: Path, lifetime: float | None = None) -> dict:
    """Store tokens as a finished `debrief login` would (most tests do not need the browser)."""
    token = auth.issue(user)
    if lifetime is not None:
        token["expires_in"] = int(lifetime)
    config = OAuthConfig("custom", auth.device_url, auth.token_url, CLIENT_ID,
                         token_file=token_file)
    stored = _stored(config, token, time.time())
    save_token(token_file, stored)
    return stored


def logins(dovecot: DovecotSandbox, user: str) -> list[str]:
    text = dovecot.log_file.read_text(errors="replace")
    return re.findall(rf"Login: user=<{re.escape(user)}>, method=([A-Z0-9-]+)", text)


def once(env: dict[str, str], when: datetime) -> str:
    done = run_cli(env, "once", "--now", iso(when))
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


# -- debrief login ---------------------------------------------------------------------------------


def test_login_prints_url_and_code_polls_and_stores_the_refresh_token_0600(auth, dovecot, account):
    user, env, token_file = account
    env = with_auth(env, auth)
    full = {k: v for k, v in os.environ.items() if not k.startswith("DEBRIEF_")} | env
    proc = subprocess.Popen([sys.executable, "-m", "agent", "login"], env=full, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=Path(__file__).parent)
    try:
        first = proc.stdout.readline()
        m = re.search(r"open (\S+) in a browser and enter the code (\d{8})", first)
        assert m, first
        assert m.group(1) == auth.base + "/activate"
        device = next(d for d in auth.pending() if d.user_code == m.group(2))
        deadline = time.monotonic() + 10
        while len(device.polls) < 2 and time.monotonic() < deadline:  # authorization_pending
            time.sleep(0.1)
        auth.approve(user, m.group(2))
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "signed in" in out and str(token_file) in out
    # Polled no faster than the server's interval (1 s), and kept polling while pending.
    assert len(device.polls) >= 3
    gaps = [b - a for a, b in zip(device.polls, device.polls[1:], strict=False)]
    assert min(gaps) >= 0.9, gaps
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    stored = json.loads(token_file.read_text())
    assert stored["refresh_token"] in auth.refresh and auth.refresh[stored["refresh_token"]] == user
    for secret in (stored["refresh_token"], stored["access_token"], device.device_code):
        assert secret not in out + err
    # The daemon's side logs in with what `login` stored.
    check = run_cli(env, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "OAuth2" in check.stdout and f"login     ok as {user}" in check.stdout
    wait_for(lambda: logins(dovecot, user), "the log", timeout=5)
    assert logins(dovecot, user) == ["OAUTHBEARER"]


def device_code(auth: AuthServer, script: list[str], username: str | None = None) -> DeviceCode:
    """A device code from the server's device endpoint, with canned token answers queued."""
    from agent.oauth import request_device_code

    code = request_device_code(OAuthConfig("custom", auth.device_url, auth.token_url, CLIENT_ID))
    device = auth.devices[code.device_code]
    device.script = list(script)
    device.username = username
    return code


def config_for(auth: AuthServer) -> OAuthConfig:
    return OAuthConfig("custom", auth.device_url, auth.token_url, CLIENT_ID)


def test_polling_follows_interval_and_slow_down(auth):
    code = device_code(auth, ["authorization_pending", "slow_down", "authorization_pending"],
                       username="alice")
    waits: list[float] = []
    token = poll_for_token(config_for(auth), code, sleep=waits.append)
    assert waits == [1, 1, 6, 6]  # interval 1 s; slow_down adds 5 s for every later request
    assert token["refresh_token"] in auth.refresh


@pytest.mark.parametrize(("script", "deny", "message"), [
    (["expired_token"], False, "the code expired"),
    ([], True, "the sign-in was declined"),
    (["authorization_declined"], False, "the sign-in was declined"),  # Microsoft's word
    (["invalid_grant"], False, "refused the sign-in: invalid_grant"),
])
def test_polling_stops_on_expired_denied_or_refused(auth, script, deny, message):
    code = device_code(auth, script)
    if deny:
        auth.deny(code.user_code)
    with pytest.raises(OAuthError, match=message):
        poll_for_token(config_for(auth), code, sleep=lambda s: None)


def test_polling_gives_up_when_the_code_lifetime_has_passed(auth):
    code = device_code(auth, [])
    clock = iter([0.0, 10_000.0])
    polls_before = auth.counts["device_poll"]
    with pytest.raises(OAuthError, match="expired"):
        poll_for_token(config_for(auth), code, sleep=lambda s: None,
                       monotonic=lambda: next(clock))
    assert auth.counts["device_poll"] == polls_before  # did not ask once the code was dead


def test_an_invalid_scope_answer_names_the_google_limitation(auth):
    from agent.oauth import request_device_code

    auth.device_error = (400, {"error": "invalid_scope"})
    try:
        with pytest.raises(OAuthError, match="invalid_scope.*Google does not allow Gmail"):
            request_device_code(config_for(auth))
    finally:
        auth.device_error = None


# -- the lifecycle over OAuth2 ---------------------------------------------------------------------


def test_whole_lifecycle_over_oauth2(auth, dovecot, account):
    user, env, token_file = account
    env = with_auth(env, auth)
    signed_in(auth, user, token_file)
    dovecot.append("INBOX", rejection(T0), when=T0, user=user)

    once(env, T0 + H)
    assert status_json(env)[0]["state"] == "scheduled"
    once(env, T0 + 24 * H)
    (uid, flags, raw), = dovecot.messages("Drafts", user=user)
    assert status_json(env)[0]["state"] == "drafted" and b"\\Draft" in flags
    assert parse(raw)["In-Reply-To"] == REJ

    # The user sends the draft from their mail client.
    dovecot.append("Sent", raw, when=T0 + 25 * H, user=user)
    client = dovecot.client(user)
    client.select_folder("Drafts")
    client.delete_messages([uid])
    client.expunge()
    client.logout()
    once(env, T0 + 26 * H)
    assert status_json(env)[0]["state"] == "sent"

    answer = make_mail("Priya Natarajan <priya@northwind.example>",
                       "Re: Your application for Senior Data Engineer",
                       "Hi Alex, happy to help: the panel wanted more depth on data modelling.",
                       T0 + 3 * D, msgid="<ans-1@northwind.example>", in_reply_to=REJ)
    dovecot.append("INBOX", answer, when=T0 + 3 * D, user=user)
    once(env, T0 + 3 * D + H)
    assert status_json(env)[0]["state"] == "thanked"
    (_, _, thanks), = dovecot.messages("Drafts", user=user)
    assert parse(thanks)["In-Reply-To"] == "<ans-1@northwind.example>"

    # Debrief has no password here: each of the four cycles logged in once with OAuth2 (the
    # server offers OAUTHBEARER, so that); the PLAIN logins are the test's own setup.
    assert "DEBRIEF_IMAP_PASSWORD" not in env
    wait_for(lambda: logins(dovecot, user).count("OAUTHBEARER") >= 4, "the log", timeout=5)
    assert logins(dovecot, user).count("OAUTHBEARER") == 4
    assert auth.counts["introspect_refused"] == 0


@pytest.mark.parametrize("sasl", ["xoauth2", "oauthbearer"])
def test_both_sasl_mechanisms(auth, dovecot, account, sasl):
    user, _, token_file = account
    signed_in(auth, user, token_file)
    tokens = OAuthTokens(OAuthConfig("custom", auth.device_url, auth.token_url, CLIENT_ID,
                                     token_file=token_file))
    settings = ImapSettings(host=dovecot.host, port=dovecot.port, username=user, password="",
                            security="plain", auth="oauth2", oauth=tokens, sasl=sasl,
                            connect_timeout=5, read_timeout=15)
    with Mailbox(settings) as mailbox:
        assert mailbox.find_folders().drafts == "Drafts"
    wait_for(lambda: logins(dovecot, user), "the log", timeout=5)
    assert logins(dovecot, user) == [sasl.upper()]


# -- refresh ---------------------------------------------------------------------------------------


def test_refreshes_before_expiry_and_keeps_the_rotated_refresh_token(auth, dovecot, account):
    user, env, token_file = account
    first = signed_in(auth, user, token_file, lifetime=60)  # inside the 120 s leeway
    refused = auth.counts["introspect_refused"]
    tokens = OAuthTokens(OAuthConfig("custom", auth.device_url, auth.token_url, CLIENT_ID,
                                     token_file=token_file))
    settings = ImapSettings(host=dovecot.host, port=dovecot.port, username=user, password="",
                            security="plain", auth="oauth2", oauth=tokens, connect_timeout=5)
    with Mailbox(settings):
        pass
    assert tokens.refreshes == 1
    assert auth.counts["introspect_refused"] == refused  # refreshed before the server said no
    stored = load_token(token_file)
    assert stored["refresh_token"] != first["refresh_token"]  # rotated, and kept
    assert first["refresh_token"] not in auth.refresh  # the old one is dead on the server
    assert stored["refresh_token"] in auth.refresh
    with Mailbox(settings):  # fresh for an hour now: no second refresh
        pass
    assert tokens.refreshes == 1


def test_concurrent_refreshes_do_not_lose_the_rotated_refresh_token(auth, tmp_path):
    """The daemon and `debrief check` refreshing at once: one refreshes, the other reads the
    result, and neither is left with a refresh token the server has already replaced."""
    from concurrent.futures import ThreadPoolExecutor

    token_file = tmp_path / "t.json"
    signed_in(auth, "alice", token_file, lifetime=60)
    before = auth.counts["refresh"]

    def one(_: int) -> str:
        return OAuthTokens(OAuthConfig("custom", auth.device_url, auth.token_url, CLIENT_ID,
                                       token_file=token_file)).access_token()

    with ThreadPoolExecutor(4) as pool:
        tokens = list(pool.map(one, range(4)))
    assert auth.counts["refresh"] == before + 1
    assert len(set(tokens)) == 1 and tokens[0] in auth.access
    assert load_token(token_file)["refresh_token"] in auth.refresh


def test_an_access_token_expiring_mid_run_costs_no_cycle(auth, dovecot, account):
    """The daemon polls every second; the provider kills the access token long before its
    announced expiry; the next login is refused once, refreshed, and the cycle goes on."""
    user, env, token_file = account
    env = with_auth(env, auth) | {"DEBRIEF_POLL_INTERVAL": "1"}
    first = signed_in(auth, user, token_file)
    full = {k: v for k, v in os.environ.items() if not k.startswith("DEBRIEF_")} | env
    log_path = token_file.parent.parent / "daemon.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "agent", "-v", "run"], env=full,
                                stdout=log, stderr=log, cwd=Path(__file__).parent)
    try:
        now = datetime.now(timezone.utc)
        dovecot.append("INBOX", rejection(now - H), when=now - H, user=user)
        wait_for(lambda: len(status_json(env)) == 1, "the first rejection")
        auth.expire_access_tokens()
        second = rejection(now - H, msgid="<rej-2@contoso.example>",
                           sender="Dana Whitfield <dana@contoso.example>",
                           subject="Your application for Platform Engineer")
        dovecot.append("INBOX", second, when=now - H, user=user)
        wait_for(lambda: len(status_json(env)) == 2, "the second rejection")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    text = log_path.read_text()
    assert proc.returncode == 0, text
    assert "refreshing the OAuth2 access token (refused by the server)" in text
    assert "retrying" not in text and "login refused" not in text, text  # no lost cycle
    stored = load_token(token_file)
    assert stored["refresh_token"] != first["refresh_token"]
    for secret in (first["access_token"], first["refresh_token"], stored["access_token"],
                   stored["refresh_token"]):
        assert secret not in text  # not even with -v


def wait_for(condition, what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


# -- revoked ---------------------------------------------------------------------------------------


def test_revoked_sign_in_one_line_exit_2_for_once_run_and_check(auth, dovecot, account):
    user, env, token_file = account
    env = with_auth(env, auth)
    signed_in(auth, user, token_file)
    auth.revoke(user)
    for args in (["once"], ["run"]):
        started = time.monotonic()
        done = run_cli(env | {"DEBRIEF_POLL_INTERVAL": "1"}, *args, timeout=30)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        lines = done.stderr.strip().splitlines()
        said = [line for line in lines if "debrief login" in line]
        assert said == [lines[-1]], done.stderr  # one line, the last word
        assert said[0].startswith("debrief: the OAuth2 sign-in is no longer valid")
        assert "run `debrief login` again" in said[0] and "Traceback" not in done.stderr
        assert time.monotonic() - started < 20  # no retry loop
    check = run_cli(env, "check")
    assert check.returncode == 2 and "debrief login" in check.stdout


def test_no_sign_in_yet_says_to_run_login(auth, dovecot, account):
    user, env, token_file = account
    done = run_cli(with_auth(env, auth), "once")
    assert done.returncode == 2
    assert "run `debrief login`" in done.stderr and str(token_file) in done.stderr


def test_systemd_units_do_not_restart_on_exit_2():
    root = Path(__file__).resolve().parent.parent / "systemd"
    for unit in root.rglob("*.service"):
        assert re.search(r"^RestartPreventExitStatus=.*\b2\b", unit.read_text(), re.M), unit


# -- settings ----------------------------------------------------------------------------------------


BASE = {"DEBRIEF_IMAP_HOST": "outlook.office365.com", "DEBRIEF_IMAP_USERNAME": "a@b.example",
        "DEBRIEF_YOUR_NAME": "A", "DEBRIEF_YOUR_EMAIL": "a@b.example", "DEBRIEF_TIMEZONE": "UTC",
        "DEBRIEF_IMAP_AUTH": "oauth2", "DEBRIEF_OAUTH_CLIENT_ID": "abc"}


def test_providers_fill_in_endpoints_and_scope():
    ms = load_settings(environ=BASE | {"DEBRIEF_OAUTH_PROVIDER": "microsoft"})
    cfg = ms.imap.oauth.config
    assert (cfg.device_url, cfg.token_url, cfg.scope) == PROVIDERS["microsoft"]
    assert cfg.scope == "https://outlook.office.com/IMAP.AccessAsUser.All offline_access"
    assert ms.imap.password == "" and ms.imap.auth == "oauth2"
    google = load_settings(environ=BASE | {"DEBRIEF_OAUTH_PROVIDER": "google",
                                           "DEBRIEF_OAUTH_CLIENT_SECRET": "s3cret"})
    assert google.imap.oauth.config.scope == "https://mail.google.com/"
    assert google.imap.oauth.config.client_secret == "s3cret"
    assert "s3cret" not in repr(google)
    tenant = "https://login.microsoftonline.com/contoso.example/oauth2/v2.0/token"
    own = load_settings(environ=BASE | {"DEBRIEF_OAUTH_PROVIDER": "microsoft",
                                        "DEBRIEF_OAUTH_TOKEN_URL": tenant})
    assert own.imap.oauth.config.token_url == tenant


@pytest.mark.parametrize(("extra", "key"), [
    ({"DEBRIEF_IMAP_AUTH": "kerberos"}, "DEBRIEF_IMAP_AUTH"),
    ({}, "DEBRIEF_OAUTH_PROVIDER"),
    ({"DEBRIEF_OAUTH_PROVIDER": "custom"}, "DEBRIEF_OAUTH_DEVICE_URL"),
    ({"DEBRIEF_OAUTH_PROVIDER": "custom", "DEBRIEF_OAUTH_DEVICE_URL": "https://x.example/d",
      "DEBRIEF_OAUTH_TOKEN_URL": "http://x.example/t"}, "DEBRIEF_OAUTH_TOKEN_URL"),
    ({"DEBRIEF_OAUTH_PROVIDER": "microsoft", "DEBRIEF_OAUTH_CLIENT_ID": ""},
     "DEBRIEF_OAUTH_CLIENT_ID"),
])
def test_bad_oauth_settings_name_the_key(extra, key):
    with pytest.raises(ConfigError) as err:
        load_settings(environ=BASE | extra)
    assert err.value.key == key


def test_password_stays_required_for_password_auth():
    with pytest.raises(ConfigError) as err:
        load_settings(environ=BASE | {"DEBRIEF_IMAP_AUTH": "password"})
    assert err.value.key == "DEBRIEF_IMAP_PASSWORD"


def test_login_with_password_auth_is_a_config_error(tmp_path):
    env = {k: v for k, v in BASE.items() if not k.startswith(("DEBRIEF_OAUTH", "DEBRIEF_IMAP_A"))}
    done = run_cli(env | {"DEBRIEF_IMAP_PASSWORD": "pw", "HOME": str(tmp_path)}, "login")
    assert done.returncode == 2 and "DEBRIEF_IMAP_AUTH" in done.stderr


def test_a_damaged_token_file_asks_for_login_again(tmp_path):
    path = tmp_path / "t.json"
    path.write_text("{not json")
    with pytest.raises(LoginRequired, match="debrief login"):
        load_token(path)


@pytest.mark.parametrize("status,error", [
    (503, "temporarily_unavailable"), (500, "server_error"), (502, "bad_gateway"),
    (400, "temporarily_unavailable"), (400, "server_error")])
def test_a_token_service_outage_is_retried_not_a_revoked_sign_in(auth, tmp_path, status, error):
    """The token endpoint failing for a while (Microsoft and Google answer 5xx with
    server_error or temporarily_unavailable) is a transient ConnectError, retried with back-off,
    never LoginRequired (exit 2, no restart: a person would have to notice and restart it)."""
    token_file = tmp_path / "t.json"
    first = signed_in(auth, "alice", token_file, lifetime=60)
    tokens = OAuthTokens(OAuthConfig("custom", auth.device_url, auth.token_url, CLIENT_ID,
                                     token_file=token_file))
    auth.refresh_error = (status, {"error": error})
    with pytest.raises(ConnectError) as raised:
        tokens.access_token()
    assert not isinstance(raised.value, LoginRequired)
    assert load_token(token_file)["refresh_token"] == first["refresh_token"]
    auth.refresh_error = None
    assert tokens.access_token() in auth.access
