"""First scan and idle poll against a private Dovecot, measured side by side in one run.

    .venv/bin/python benchmarks/scan_poll.py [--messages 50000] [--window 5000] [--no-growth]
                                             [--drafts 0,13,100] [--code DIR]

Prints, for a mailbox of --messages messages with --window of them inside the 7-day lookback:
- first scan: `debrief once` in a fresh interpreter, wall time and peak RSS, next to the floor:
  a fresh interpreter that SEARCHes the same window, FETCHes the first 16 KB of each message and
  parses every one with the standard library (the ratio is what issue 11 targets: <= 1.5);
- growth: the same time span with a fifth of the messages; cost per message big / small
  (target <= 1.25 when the window grows x5);
- idle poll: IMAP commands and bytes (both directions, connect to logout) of a poll with nothing
  new, with 0 / 13 / 100 drafts waiting, and on the big and the small mailbox (target <= 6
  commands, <= 2,500 bytes, the same everywhere).
`--code DIR` runs another checkout's `agent` package (to measure before/after in one run).
The mail is ordinary mail from ../shared/corpus (SpamAssassin ham, job mail and rejections), read
at run time and written straight into the sandbox's maildir; nothing of it is kept.
`--messages 100000 --window 20000` is the large profile (slow on a small machine).
"""

from __future__ import annotations

import argparse
import compileall
import email.policy
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from agent.sandbox import DovecotSandbox  # noqa: E402

CORPUS = next((p / "shared" / "corpus" for p in ROOT.parents
               if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared" / "corpus")
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
YOU = "alex@example.org"

FLOOR = r"""
import email, email.policy, sys, imapclient
from datetime import date
host, port, user, pw, since = sys.argv[1:6]
c = imapclient.IMAPClient(host, port=int(port), ssl=False)
c.login(user, pw)
c.select_folder("INBOX", readonly=True)
uids = sorted(c.search(["SINCE", date.fromisoformat(since)]))
n = 0
for i in range(0, len(uids), 500):
    data = c.fetch(uids[i:i + 500], ["BODY.PEEK[]<0.16384>", "INTERNALDATE"])
    for item in data.values():
        raw = next(v for k, v in item.items() if k.startswith(b"BODY[]"))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        msg.get("subject"), msg.get("from"), msg.get("message-id")
        body = msg.get_body(("plain", "html"))
        if body is not None:
            body.get_content()
        n += 1
c.logout()
print(n)
"""


def load_corpus() -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {"ham": [], "job_other": [], "rejection": []}
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("label") in rows and row.get("body"):
                rows[row["label"]].append(row)
    if not rows["ham"]:
        sys.exit(f"no corpus at {CORPUS}")
    return rows


def make_raw(row: dict, i: int, when: datetime, rng: random.Random) -> bytes:
    label = row["label"]
    headers: list[tuple[str, str]] = []
    if label == "ham":
        sender = parseaddr(row.get("from") or "")[1] or f"someone{i % 97}@mail.example"
        if rng.random() < 0.6:  # most ordinary mail is a newsletter or a notification
            headers += [("List-Unsubscribe", f"<mailto:unsubscribe-{i}@lists.example>"),
                        ("List-Id", f"<list{i % 50}.lists.example>")]
    else:  # a company of its own per message: every rejection is a thread of its own
        sender = f"Recruiting Team <recruiting@company{i}.example>"
    subject = " ".join((row.get("subject") or "Your application").split())[:150]
    headers = [("From", sender), ("To", f"Alex Rivera <{YOU}>"),
               ("Subject", subject if label == "ham" else f"{subject} #{i}"),
               ("Date", format_datetime(when)), ("Message-ID", f"<bench-{i}@mail.example>"),
               *headers]
    return _header_block(headers) + _body(row["id"], row["body"])


def _header_block(headers: list[tuple[str, str]]) -> bytes:
    msg = EmailMessage(policy=email.policy.SMTP)
    for name, value in headers:
        msg[name] = value
    return msg.as_bytes().split(b"\r\n\r\n", 1)[0] + b"\r\n"


_BODIES: dict[str, bytes] = {}


def _body(key: str, text: str) -> bytes:
    """MIME headers and body of a corpus row, built once per row."""
    if key not in _BODIES:
        msg = EmailMessage(policy=email.policy.SMTP)
        msg.set_content(text[:20000])
        _BODIES[key] = msg.as_bytes()
    return _BODIES[key]


def fill(box: DovecotSandbox, user: str, total: int, window: int, corpus, seed: int) -> None:
    """Write `total` messages into INBOX's maildir, `window` of them inside the lookback."""
    rng = random.Random(seed)
    maildir = box.root / "mail" / user
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    start_window = NOW - timedelta(days=7) + timedelta(hours=1)
    old_span = timedelta(days=max(30, total // 200))
    for i in range(total):
        in_window = i >= total - window
        if in_window:
            when = start_window + (NOW - start_window) * ((i - (total - window)) / max(window, 1))
        else:
            when = start_window - timedelta(days=1) - old_span * (1 - i / max(total - window, 1))
        pick = rng.random()
        pool = corpus["rejection"] if pick < 0.03 else (
            corpus["job_other"] if pick < 0.08 else corpus["ham"])
        raw = make_raw(rng.choice(pool), i, when, rng)
        path = maildir / "cur" / f"{int(when.timestamp())}.B{i}.bench:2,"
        path.write_bytes(raw.replace(b"\r\n", b"\n"))
        os.utime(path, (when.timestamp(), when.timestamp()))
    if os.geteuid() == 0:
        uid, gid = box._mail_uid, box._mail_gid
        for dirpath, _dirs, files in os.walk(maildir):
            os.chown(dirpath, uid, gid)
            for name in files:
                os.chown(os.path.join(dirpath, name), uid, gid)


def env_for(box: DovecotSandbox, user: str, db: Path, code: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEBRIEF_")}
    env.update({
        "DEBRIEF_IMAP_HOST": box.host, "DEBRIEF_IMAP_PORT": str(box.port),
        "DEBRIEF_IMAP_USERNAME": user, "DEBRIEF_IMAP_PASSWORD": box.users[user],
        "DEBRIEF_IMAP_SECURITY": "plain", "DEBRIEF_DATABASE_URL": f"sqlite:///{db}",
        "DEBRIEF_YOUR_NAME": "Alex Rivera", "DEBRIEF_YOUR_EMAIL": YOU,
        "DEBRIEF_TIMEZONE": "UTC", "DEBRIEF_BUSINESS_HOURS": "off",
        "PYTHONPATH": str(code),
    })
    return env


def timed(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, str]:
    """(wall seconds, stdout) of one child process."""
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{cmd[:4]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return wall, done.stdout


def first_scan(box, user, db: Path, code: Path, profile: Path | None = None
               ) -> tuple[float, float]:
    env = env_for(box, user, db, code)
    run = "runpy.run_module('agent', run_name='__main__')"
    if profile is not None:  # cProfile of the whole first scan, start-up included
        run = f"import cProfile\n    cProfile.run({run!r}, {str(profile)!r})"
    script = ("import resource, runpy, sys\n"
              "sys.argv = ['debrief', 'once', '--now', sys.argv[1]]\n"
              f"try:\n    {run}\n"
              "except SystemExit as e:\n    code = e.code\nelse:\n    code = 0\n"
              "print('RSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
              "sys.exit(code)\n")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script, NOW.isoformat()], env=env, cwd=code,
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"debrief once failed: {done.stderr[-2000:]}")
    rss = [line for line in done.stderr.splitlines() if line.startswith("RSS ")]
    return wall, int(rss[-1].split()[1]) / 1024 if rss else 0.0


def floor(box, user, code: Path) -> tuple[float, int]:
    since = (NOW - timedelta(days=7)).date().isoformat()
    wall, out = timed([sys.executable, "-c", FLOOR, box.host, str(box.port), user,
                          box.users[user], since], dict(os.environ), code)
    return wall, int(out.strip())


IDLE_POLL = r"""
import imaplib, json, sys
from datetime import datetime, timedelta
commands, counts = [], {"bytes": 0}
command, send = imaplib.IMAP4._command, imaplib.IMAP4.send
readline, read = imaplib.IMAP4.readline, imaplib.IMAP4.read
def _command(self, name, *args):
    commands.append(name)
    return command(self, name, *args)
def _send(self, data):
    counts["bytes"] += len(data)
    return send(self, data)
def _readline(self):
    line = readline(self)
    counts["bytes"] += len(line)
    return line
def _read(self, size):
    data = read(self, size)
    counts["bytes"] += len(data)
    return data
imaplib.IMAP4._command, imaplib.IMAP4.send = _command, _send
imaplib.IMAP4.readline, imaplib.IMAP4.read = _readline, _read
from agent.config import load_settings
from agent.cycle import fixed_clock, run_cycle
from agent.store import Store
import os
at = datetime.fromisoformat(sys.argv[1])
settings = load_settings(environ={k: v for k, v in os.environ.items() if k.startswith("DEBRIEF_")})
store = Store(settings.database_url)
run_cycle(settings, store, fixed_clock(at - timedelta(minutes=5)))  # settle
commands.clear(); counts["bytes"] = 0
report = run_cycle(settings, store, fixed_clock(at))
store.close()
assert not report.drafts and not report.opened, "the idle poll was not idle"
print(json.dumps({"commands": commands, "bytes": counts["bytes"]}))
"""


def idle_poll(box, user, db: Path, at: datetime, code: Path) -> tuple[int, int, list[str]]:
    """IMAP commands (connect to logout) and bytes (both ways) of a cycle with nothing new,
    run by `code` in a fresh interpreter after a settling cycle."""
    env = env_for(box, user, db, code)
    done = subprocess.run([sys.executable, "-c", IDLE_POLL, at.isoformat()], env=env, cwd=code,
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"idle poll failed: {done.stderr[-2000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return len(result["commands"]), result["bytes"], result["commands"]


def waiting(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM thread WHERE state = 'drafted'").fetchone()[0]


REJECTION = """Hi Alex,

Thank you for interviewing with us for the Data Engineer role. After careful consideration we
have decided to move forward with another candidate whose experience more closely matches our
needs.

We wish you every success in your search.

Best regards,
Jordan Lee
"""


def drafts_waiting(box, user: str, n: int, db: Path, code: Path) -> None:
    """`n` rejections whose drafts are placed and wait in Drafts (state drafted)."""
    for i in range(n):
        when = NOW - timedelta(days=3) + timedelta(minutes=i)
        msg = EmailMessage(policy=email.policy.SMTP)
        msg["From"] = f"Jordan Lee <jordan.lee@company{i}.example>"
        msg["To"] = f"Alex Rivera <{YOU}>"
        msg["Subject"] = f"Your application for Data Engineer {i}"
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = f"<waiting-{i}@company{i}.example>"
        msg.set_content(REJECTION)
        box.append("INBOX", msg.as_bytes(), when=when, user=user)
    env = env_for(box, user, db, code)
    done = subprocess.run([sys.executable, "-m", "agent", "once", "--now", NOW.isoformat()],
                          env=env, cwd=code, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"placing drafts failed: {done.stderr[-2000:]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=50000)
    ap.add_argument("--window", type=int, default=5000)
    ap.add_argument("--drafts", default="0,13,100")
    ap.add_argument("--no-growth", action="store_true")
    ap.add_argument("--profile", type=Path, default=None,
                    help="write a cProfile of the big mailbox's first scan here (pstats format)")
    ap.add_argument("--code", type=Path, action="append",
                    help="checkout whose agent/ to run (repeat to compare; default: this one)")
    args = ap.parse_args()
    codes = [c.resolve() for c in (args.code or [ROOT])]
    for code in codes:  # as installed: pip writes the bytecode, which PYTHONDONTWRITEBYTECODE
        compileall.compile_dir(code / "agent", quiet=1)  # (set here) would leave to every run
    corpus = load_corpus()
    root = Path(tempfile.mkdtemp(prefix="debrief-bench-"))
    box = DovecotSandbox(root=root / "dovecot", users={"big": "pw-big", "small": "pw-small"})
    box.start()
    try:
        sizes = [("big", args.messages, args.window)]
        if not args.no_growth:
            sizes.append(("small", args.messages // 5, args.window // 5))
        per_message: dict[tuple[int, str], float] = {}
        for user, total, window in sizes:
            t = time.perf_counter()
            fill(box, user, total, window, corpus, seed=total)
            floor(box, user, ROOT)  # warm Dovecot's index and caches for every run alike
            print(f"{user}: {total} messages, {window} in the window "
                  f"(mailbox written in {time.perf_counter() - t:.1f} s)")
            floors = [floor(box, user, ROOT)]
            for i, code in enumerate(codes):
                db = root / f"{user}-{i}.db"
                scan, rss = first_scan(box, user, db, code,
                                       args.profile if user == "big" and i == 0 else None)
                floors.append(floor(box, user, ROOT))
                best = min(f for f, _ in floors)
                n = floors[0][1]
                per_message[(i, user)] = scan / max(n, 1)
                print(f"  [{code}] first scan (fresh interpreter): {scan:.2f} s = "
                      f"{scan / best:.2f}x the floor, peak RSS {rss:.0f} MB")
                cmds, nbytes, names = idle_poll(box, user, db, NOW + timedelta(minutes=10), code)
                print(f"  [{code}] idle poll after it ({waiting(db)} drafts waiting): "
                      f"{cmds} commands, {nbytes} bytes ({' '.join(names)})")
            print(f"  floor (fresh interpreter, SEARCH + FETCH 16 KB + parse): "
                  f"{min(f for f, _ in floors):.2f} s for {floors[0][1]} messages "
                  f"(runs: {', '.join(f'{f:.2f}' for f, _ in floors)})")
        if not args.no_growth:
            for i, code in enumerate(codes):
                print(f"[{code}] growth, cost per message when the window grows x5: "
                      f"x{per_message[(i, 'big')] / per_message[(i, 'small')]:.2f}")
        for n in [int(x) for x in args.drafts.split(",") if x]:
            for i, code in enumerate(codes):
                user = f"drafts{n}-{i}"
                box.add_user(user, f"pw-{n}")
                db = root / f"{user}.db"
                drafts_waiting(box, user, n, db, code)
                cmds, nbytes, names = idle_poll(box, user, db, NOW + timedelta(hours=1), code)
                shown = " ".join(names[:12]) + (" ..." if len(names) > 12 else "")
                print(f"[{code}] idle poll, {waiting(db):3d} drafts waiting: {cmds} commands, "
                      f"{nbytes} bytes ({shown})")
    finally:
        box.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
