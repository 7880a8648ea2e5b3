"""Hostile and malformed mail: parsing never raises, a cycle never crashes or stalls, nothing
injects headers into a draft. Fuzzed with hypothesis; CPython's own test_email data files go
through a full cycle against the real server."""

from __future__ import annotations

import sysconfig
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers import env_for, parse, rejection, run_cli, settings_for, status_json
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.core.classify import classify
from agent.core.message import from_fields, parse_message
from agent.cycle import fixed_clock, run_cycle
from agent.store import Store

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)
CPYTHON_EMAIL_DATA = Path(sysconfig.get_paths()["stdlib"]) / "test" / "test_email" / "data"


def nested(depth: int) -> bytes:
    head = b"From: a@b.example\r\nSubject: deep\r\n"
    body = b"Content-Type: text/plain\r\n\r\nbottom\r\n"
    for level in range(depth):
        b = f"b{level}".encode()
        body = (b"Content-Type: multipart/mixed; boundary=" + b + b"\r\n\r\n--" + b + b"\r\n"
                + body + b"\r\n--" + b + b"--\r\n")
    return head + body


HOSTILE: dict[str, bytes] = {
    "broken boundary": b"From: x@y.example\r\nSubject: hi\r\nContent-Type: multipart/mixed; "
                       b"boundary=\"abc\"\r\n\r\n--abd\r\nContent-Type: text/plain\r\n\r\nhello\r\n",
    "unknown charset": b"From: x@y.example\r\nSubject: hi\r\nContent-Type: text/plain; "
                       b"charset=x-klingon-99\r\n\r\n\xff\xfe hello\r\n",
    "8-bit header bytes": b"From: \xe9\xe8\xff <x@y.example>\r\nSubject: caf\xe9 \xff\xfe\r\n\r\nbody\r\n",
    "garbage encoded-words": b"From: =?utf-8?q?=ZZ=?= <x@y.example>\r\nSubject: =?bogus?x?@@@?= "
                             b"=?utf-8?b?!!!!?=\r\n\r\nbody\r\n",
    "100 KB header line": b"From: x@y.example\r\nSubject: " + b"A" * 100_000 + b"\r\nX-Long: "
                          + b"b" * 100_000 + b"\r\n\r\nbody\r\n",
    "60-level nesting": nested(60),
    "NUL bytes": b"From: x@y.example\r\nSubject: nul\x00here\r\n\r\nbody\x00with\x00nuls\r\n",
    "no headers at all": b"just some text without any headers\r\n",
    "missing Date/From/Message-ID": b"Subject: orphan\r\n\r\nWe have decided to move forward with "
                                    b"other candidates.\r\n",
    "unparseable date": b"From: x@y.example\r\nDate: Someday, 99 Foo 99999 99:99:99 +9999\r\n"
                        b"Subject: when\r\n\r\nbody\r\n",
    "base64 garbage": b"From: x@y.example\r\nSubject: b64\r\nContent-Type: text/html\r\n"
                      b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n",
    "empty": b"",
}


def big_attachment() -> bytes:
    blob = b"QUFBQUFB" * (3 * 1024 * 1024 // 8)  # ~3 MB of base64
    return (b"From: Dana <dana@acme.example>\r\nSubject: big\r\nMessage-ID: <big@acme.example>\r\n"
            b"Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain"
            b"\r\n\r\nsee attached\r\n--zz\r\nContent-Type: application/octet-stream\r\n"
            b"Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment\r\n\r\n"
            + blob + b"\r\n--zz--\r\n")


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_parse_and_classify_never_raise(name):
    parsed = parse_message(HOSTILE[name])
    verdict = classify(parsed)
    assert verdict.label in ("rejection", "job_other", "other")
    assert "\n" not in parsed.subject and "\r" not in parsed.subject
    assert len(parsed.subject) <= 2000


def test_big_attachment_is_not_decoded_whole():
    parsed = parse_message(big_attachment())
    assert parsed.text == "see attached"


@pytest.mark.skipif(not CPYTHON_EMAIL_DATA.is_dir(), reason="CPython test data not installed")
def test_cpython_email_test_data_parses():
    files = sorted(CPYTHON_EMAIL_DATA.glob("msg_*.txt"))
    assert len(files) > 40
    for path in files:
        classify(parse_message(path.read_bytes()))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_fuzz_parse_bytes(raw):
    classify(parse_message(raw))


_header_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=_header_text, sender=_header_text, body=st.text(max_size=2000),
       reply_to=_header_text)
def test_fuzz_fields_and_extraction(subject, sender, body, reply_to):
    verdict = classify(from_fields(subject, sender, body, reply_to=reply_to))
    for value in (verdict.company, verdict.job_title, verdict.contact_name, verdict.contact_email):
        assert "\n" not in value and "\r" not in value


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([b"\r\n", b"--", b"boundary=", b"Content-Type: multipart/mixed;",
                                 b"=?utf-8?b?", b"?=", b"\x00", b"\xff", b": ", b"From:",
                                 b"Subject:", b"text/html", b"<p>", b"charset=", b"base64"]),
                max_size=80))
def test_fuzz_structured_garbage(chunks):
    classify(parse_message(b"".join(chunks)))


def seed(sandbox, user, raw: bytes, when: datetime) -> None:
    """APPEND, or drop the file into the maildir when the server refuses the bytes (NUL)."""
    try:
        sandbox.append("INBOX", raw, when=when, user=user)
    except Exception:
        maildir = sandbox.root / "mail" / user / "new"
        maildir.mkdir(parents=True, exist_ok=True)
        target = maildir / f"{int(when.timestamp())}.hostile{abs(hash(raw))}.host"
        target.write_bytes(raw)
        target.chmod(0o666)


def test_a_cycle_survives_hostile_mail_and_does_not_retry_it(dovecot_server, mailbox_user,
                                                             tmp_path):
    settings_ = settings_for(dovecot_server, mailbox_user, tmp_path / "d.db")
    for raw in [*HOSTILE.values(), big_attachment()]:
        seed(dovecot_server, mailbox_user, raw, T0)
    if CPYTHON_EMAIL_DATA.is_dir():
        for path in sorted(CPYTHON_EMAIL_DATA.glob("msg_*.txt")):
            seed(dovecot_server, mailbox_user, path.read_bytes(), T0)
    dovecot_server.append("INBOX", rejection(T0), when=T0, user=mailbox_user)
    with Store(settings_.database_url) as store:
        report = run_cycle(settings_, store, fixed_clock(T0 + 3 * timedelta(days=1)))
        assert report.fetched["INBOX"] >= len(HOSTILE) + 1
        threads = {t.rejection_message_id: t for t in store.threads()}
        assert threads.pop("<rej-1@northwind.example>").state == "drafted"
        # hostile mail that reads like a rejection has nobody to write to
        assert all(t.state == "skipped" for t in threads.values())
        again = run_cycle(settings_, store, fixed_clock(T0 + 3 * timedelta(days=1, hours=1)))
        assert again.fetched["INBOX"] == 0  # nothing is fetched or retried again
    assert len(dovecot_server.messages("Drafts", user=mailbox_user)) == 1


def test_crlf_in_display_name_and_subject_cannot_inject_headers(dovecot_server, mailbox_user,
                                                                tmp_path):
    raw = (b"From: =?utf-8?q?Priya_Natarajan=0D=0ABcc:_victim@evil.example?= "
           b"<priya@northwind.example>\r\n"
           b"To: alex@example.org\r\n"
           b"Subject: =?utf-8?q?Your_application=0D=0ABcc:_victim@evil.example?=\r\n"
           b"Date: Mon, 16 Nov 2026 10:00:00 +0000\r\n"
           b"Message-ID: <inject@northwind.example>\r\n\r\n"
           b"Hi Alex,\r\n\r\nThank you for interviewing for the Data Engineer role. We have "
           b"decided to move forward with another candidate.\r\n\r\nBest,\r\nPriya Natarajan\r\n"
           b"Northwind Analytics\r\n")
    dovecot_server.append("INBOX", raw, when=T0, user=mailbox_user)
    env = env_for(dovecot_server, mailbox_user, tmp_path / "d.db")
    done = run_cli(env, "once", "--now", (T0 + timedelta(days=3)).isoformat())
    assert done.returncode == 0, done.stderr
    assert status_json(env)[0]["state"] == "drafted"
    (_, _, draft), = dovecot_server.messages("Drafts", user=mailbox_user)
    msg = parse(draft)
    assert msg["Bcc"] is None
    assert [a.addr_spec for a in msg["To"].addresses] == ["priya@northwind.example"]
    assert b"\r\nBcc:" not in draft


@pytest.mark.parametrize(("raw_subject", "text"), [
    ("Votre candidature - Chargé de communication".encode(), "Chargé de communication"),
    ("Bewerbung als Küchenhilfe".encode("cp1252"), "Küchenhilfe"),
])
def test_raw_8bit_headers_read_as_text_not_replacement_characters(raw_subject, text):
    """Many clients and ATSs still send 8-bit header bytes without an encoded-word; the title
    and the display name then showed up as 'Charg\ufffd\ufffd'."""
    raw = (b"From: J\xc3\xa9r\xc3\xb4me Martin <jm@lune.example>\r\nSubject: " + raw_subject
           + b"\r\nContent-Type: text/plain\r\n\r\nBonjour\r\n")
    m = parse_message(raw)
    assert text in m.subject and "\ufffd" not in m.subject
    assert m.sender is not None and m.sender.name == "Jérôme Martin"


def test_clean_header_fast_path_returns_what_the_full_cleaning_returns():
    """clean_header skips its work for a value that is already one clean line: the result
    must be the same as the full cleaning's for every kind of value around that boundary."""
    from agent.core import message

    samples = ["Your application", "  padded ", "two  spaces", "tab\there", "nbsp\u00a0here",
               "line\r\n folded", "nul\x00byte", "del\x7f", "Charg\udcc3\udca9", "x" * 3000,
               "ideographic\u3000space", "para\u2029sep", "", " ", "Ünïcödé ✓ 💼", "ok "]
    class Str(str):  # not exactly a str: clean_header takes its full path
        pass

    for value in samples:
        for limit in (5, 2000):
            assert message.clean_header(value, limit) == message.clean_header(Str(value), limit)
