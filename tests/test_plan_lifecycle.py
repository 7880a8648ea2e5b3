"""From rejection to plan against a real Dovecot: rejection → request sent → answer →
`debrief plan --json` shows the themes. Each step is a new `debrief` process on one database."""

from __future__ import annotations

import json

from helpers import make_mail, run_cli
from test_lifecycle_imap import REJ, T0, D, H, once, thread, walk_to_sent

from agent.store import SeenMessage, Store

ANSWER = """
    Hi Alex,

    Thanks for following up, and sorry for the slow reply. Honestly, we went with a candidate
    who was a better fit for the team. The hiring manager also felt you'd need more experience
    with stakeholder management before a senior role.

    Best regards,
    Priya

    Priya Natarajan
    Engineering Manager | Northwind Analytics
    This email and any attachments are confidential and intended solely for the addressee.

    On Tue, 17 Nov 2026 at 11:00, Alex Rivera <alex@example.org> wrote:
    > Hello Priya,
    >
    > Thank you for letting me know about the Senior Data Engineer role. I would be grateful
    > for any feedback on my application or interviews.
    >
    > On Mon, 16 Nov 2026 at 10:00, Priya Natarajan <priya@northwind.example> wrote:
    >> Hi Alex,
    >> Thank you for interviewing with us for the Senior Data Engineer role. After careful
    >> consideration we have decided to move forward with another candidate whose experience
    >> more closely matches our needs.
"""

REFUSAL = """
    Hallo Alex,

    vielen Dank für Ihre Nachricht. Leider dürfen wir aus rechtlichen Gründen kein
    individuelles Feedback zu Bewerbungen geben. Wir wünschen Ihnen viel Erfolg.

    Mit freundlichen Grüßen
    Priya Natarajan

    -----Ursprüngliche Nachricht-----
    Von: Alex Rivera <alex@example.org>
    Gesendet: Dienstag, 17. November 2026 11:00
    An: Priya Natarajan <priya@northwind.example>
    Betreff: Re: Your application for Senior Data Engineer

    Hello Priya, I would be grateful for any feedback on my interviews.
"""


def answer(body: str, msgid: str) -> bytes:
    return make_mail("Priya Natarajan <priya@northwind.example>",
                     "Re: Your application for Senior Data Engineer", body, T0 + 3 * D,
                     msgid=msgid, in_reply_to=REJ)


def plan_json(env, *extra: str):
    done = run_cli(env, "plan", "--json", *extra)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_rejection_to_plan(box):
    sandbox, user, env = box
    walk_to_sent(sandbox, user, env)
    assert plan_json(env) == []  # sent, not answered yet

    sandbox.append("INBOX", answer(ANSWER, "<ans-1@northwind.example>"), when=T0 + 3 * D,
                   user=user)
    once(env, T0 + 3 * D + H)
    assert thread(env)["state"] == "thanked"

    (item,) = plan_json(env)
    assert item["id"] == thread(env)["id"]
    assert (item["company"], item["job_title"]) == ("Northwind Analytics", "Senior Data Engineer")
    assert item["answered_at"] == "2026-11-19T10:00:00+00:00"
    feedback = item["feedback"]
    assert feedback.startswith("Hi Alex,")
    assert feedback.endswith("before a senior role.")
    for gone in ("Best regards", "Engineering Manager", "confidential", "wrote:", ">",
                 "another candidate"):
        assert gone not in feedback, gone

    themes = [t["theme"] for t in item["themes"]]
    assert themes == ["culture_fit", "interview_performance", "experience", "communication"]
    fit = "Honestly, we went with a candidate who was a better fit for the team."
    assert {"theme": "culture_fit", "evidence": fit} in item["themes"]
    assert {"theme": "interview_performance", "evidence": fit} in item["themes"]
    assert any("stakeholder management" in a for a in item["actions"])
    assert any("STAR" in a for a in item["actions"])

    summary = plan_json(env, "--summary")
    assert summary["summary"] == {"experience": 1, "communication": 1,
                                  "interview_performance": 1, "culture_fit": 1}
    assert summary["threads"] == [item]

    text = run_cli(env, "plan")
    assert text.returncode == 0 and "note: “a better fit” is often" in text.stdout

    # The words are kept on the answer's row, so the plan needs no mailbox.
    with Store(env["DEBRIEF_DATABASE_URL"]) as store:
        (row,) = [r for r in store.session.query(SeenMessage) if r.outcome == "answer"]
        assert row.feedback_text == feedback


def test_policy_refusal_to_plan(box):
    sandbox, user, env = box
    walk_to_sent(sandbox, user, env)
    sandbox.append("INBOX", answer(REFUSAL, "<ans-2@northwind.example>"), when=T0 + 3 * D,
                   user=user)
    once(env, T0 + 3 * D + H)
    t = thread(env)
    assert t["state"] == "thanked" and t["answer_kind"] == "no_feedback"
    (item,) = plan_json(env)
    assert [x["theme"] for x in item["themes"]] == ["no_feedback"]
    assert "Ursprüngliche" not in item["feedback"] and "Von:" not in item["feedback"]
    assert "Mit freundlichen" not in item["feedback"]
    assert item["actions"] and all("{skill}" not in a for a in item["actions"])
