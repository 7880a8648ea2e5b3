"""`debrief demo` runs the whole lifecycle on its own sandbox, quickly, and cleans up."""

import tempfile
import time
from pathlib import Path

from helpers import run_cli


def test_demo_shows_the_whole_lifecycle(needs_dovecot, tmp_path):
    temp = Path(tempfile.gettempdir())
    before = set(temp.glob("debrief-demo-*"))
    started = time.monotonic()
    done = run_cli({"HOME": str(tmp_path)}, "demo", timeout=120)
    took = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert took < 60
    for expected in ("rejection recognised: Northwind Analytics / Senior Data Engineer",
                     "feedback request placed in Drafts", "Hello Priya,",
                     "thread 1 sent", "thank-you placed in Drafts",
                     "a week of silence, closed", "3 look-alikes ignored",
                     "skipped  no reachable contact", "nothing sent by Debrief",
                     "0 inbox message(s) marked read",
                     "Quillon Robotics / Controls Engineer -> write to Hannah Weber "
                     "<hannah.weber@quillon-robotics.example>",
                     "contact: Hannah Weber hannah.weber@quillon-robotics.example, 3 messages "
                     "exchanged, last 2026-10-24; the rejection came from no-reply@hire.lever.co",
                     "Subject: Re: Controls Engineer at Quillon Robotics: next steps",
                     # a German rejection is answered in German, in the Sie-form
                     "rejection recognised: Nordlicht Software / Platform Engineer",
                     "(German, formal, interview stage)", "Sehr geehrte Frau Vogel,",
                     "Mit freundlichen Grüßen", "thank-you placed in Drafts (in German",
                     "$ debrief plan", "Northwind Analytics · Senior Data Engineer",
                     "experience (running Kafka in production)", "capacity planning"):
        assert expected in out, expected
    assert "alembic" not in out + done.stderr  # migrations run silently on a first start
    assert set(temp.glob("debrief-demo-*")) == before  # cleaned up
