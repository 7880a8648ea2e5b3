"""`debrief plan`: the actions catalog, answered threads from a real store, text/JSON/Markdown."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers import YOU_EMAIL, YOU_NAME, run_cli

from agent.core.feedback import THEMES, Finding, read_feedback, recruiter_words
from agent.core.plan import CatalogError, actions_for, parse_catalog, theme_counts
from agent.plan_cmd import PlanError, answered_threads, load_catalog, render_text
from agent.store import SeenMessage, Store, Thread

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)
D = timedelta(days=1)

NORTHWIND = """Hi Alex,

Happy to share a few thoughts. The panel liked your pipeline design, but the successful
candidate had more hands-on experience running Kafka in production, and your system design
answer stayed high-level on failure handling.

Best of luck,
Priya

On Tue, 17 Nov 2026 at 11:00, Alex Rivera <alex@example.org> wrote:
> Hello Priya, I would be grateful for any feedback."""

LUMEN = """Hi Alex,

Thanks for following up. To be honest, we went with a candidate who was a better fit for the
team, and someone with more experience.

Kind regards,
Marco"""

NORDLICHT = """Hallo Alex,

leider dürfen wir aus rechtlichen Gründen kein individuelles Feedback geben.

Viele Grüße
Jana Becker"""

ORBITAL = """Hola Alex:

El perfil seleccionado tenía más experiencia con Kubernetes, y en la entrevista te faltaron
ejemplos concretos.

Un saludo,
Lucía"""


# -- the catalog ---------------------------------------------------------------------------------


def test_builtin_catalog_covers_every_theme():
    catalog = load_catalog()
    for theme in THEMES:
        actions = catalog.themes[theme]
        assert actions.general, theme
    assert {t.name for t in catalog.topics} >= {"system_design", "measuring_outcomes"}


def test_actions_fill_the_named_skill_and_use_topics():
    catalog = load_catalog()
    got = actions_for(read_feedback(recruiter_words(NORTHWIND)), catalog)
    assert any("running Kafka in production" in a for a in got)
    assert any("capacity planning" in a and "failure modes" in a for a in got)
    assert any("system design" in a and "course" in a for a in got)
    # Kafka is already covered by "running Kafka in production": no second Kafka action.
    assert not any(a.startswith("Close the gap in Kafka") for a in got)
    assert len(got) == len(set(got))


def test_vague_phrases_get_the_decoding_actions():
    got = actions_for(read_feedback(recruiter_words(LUMEN)), load_catalog())
    assert any("better fit" in a and "soft skills" in a for a in got)
    assert any("STAR" in a for a in got)
    assert any("more experience" in a and "specific skill" in a for a in got)


def test_policy_refusal_gets_no_feedback_actions_only():
    findings = read_feedback(recruiter_words(NORDLICHT))
    assert [f.theme for f in findings] == ["no_feedback"]
    got = actions_for(findings, load_catalog())
    assert got == list(load_catalog().themes["no_feedback"].general)


def test_user_catalog_extends_and_replaces(tmp_path):
    base = load_catalog()
    extra = parse_catalog("""
        [themes.interview_performance]
        general = ["Book two mock interviews with Sam before March."]

        [themes.logistics]
        replace = true
        general = ["Only apply to roles in Lisbon."]

        [topics.kafka]
        match = ["kafka"]
        actions = ["Finish the Kafka streams course on the company learning portal."]
    """, base=base, source="mine.toml")
    interview = extra.themes["interview_performance"].general
    assert interview[:-1] == base.themes["interview_performance"].general
    assert interview[-1] == "Book two mock interviews with Sam before March."
    assert extra.themes["logistics"].general == ("Only apply to roles in Lisbon.",)
    got = actions_for(read_feedback(recruiter_words(NORTHWIND)), extra)
    assert "Finish the Kafka streams course on the company learning portal." in got


FRENCH_TWO_THEMES = """Bonjour Alex,

Vos études de cas manquaient de résultats chiffrés, et lors des entretiens vos réponses
manquaient d'exemples concrets.

Bien cordialement,
Claire"""


def _advice(actions: list[str], start: str) -> list[str]:
    return [a for a in actions if " ".join(a.split()).casefold().startswith(start.casefold())]


def test_shared_advice_is_given_once_per_thread():
    got = actions_for(read_feedback(recruiter_words(FRENCH_TWO_THEMES)), load_catalog())
    assert len(_advice(got, "Add numbers to your case studies")) == 1, got
    assert len([a for a in got if "STAR" in a]) == 1, got
    assert len({" ".join(a.split()).casefold() for a in got}) == len(got)


def test_actions_are_deduplicated_after_folding_case_and_spaces():
    catalog = parse_catalog("""
        [themes.portfolio_evidence]
        replace = true
        general = ["Show   the numbers: baseline and result.", "Publish one work sample."]

        [themes.interview_performance]
        replace = true
        general = ["show the numbers:  Baseline and result.", "Rehearse aloud."]
    """, base=load_catalog(), source="mine.toml")
    findings = [Finding("portfolio_evidence", "Your case studies lacked impact."),
                Finding("interview_performance", "Your answers lacked impact.")]
    got = actions_for(findings, catalog)
    assert _advice(got, "show the numbers") == ["Show   the numbers: baseline and result."]
    assert got.index("Publish one work sample.") < got.index("Rehearse aloud.")


@pytest.mark.parametrize("text, problem", [
    ("[themes.charisma]\ngeneral = ['x']", "not a theme"),
    ("[themes.experience]\ngenral = ['x']", "unknown key `genral`"),
    ("[themes.experience]\ngeneral = 'x'", "must be a list"),
    ("[themes.experience]\nwith_skill = ['Learn {tool}']", "only placeholder is {skill}"),
    ("[topics.x]\nactions = ['y']", "needs both `match` and `actions`"),
    ("[other]\nx = 1", "unknown table"),
    ("[themes.experience\n", "not valid TOML"),
])
def test_bad_catalog_is_one_clear_message(text, problem):
    with pytest.raises(CatalogError) as caught:
        parse_catalog(text, source="mine.toml")
    assert problem in str(caught.value) and "mine.toml" in str(caught.value)


def test_missing_explicit_actions_file(tmp_path):
    with pytest.raises(PlanError, match="cannot read the actions file"):
        load_catalog(tmp_path / "missing.toml")


def test_theme_counts_count_answers_not_sentences():
    answers = [
        [Finding("experience", "a"), Finding("experience", "b"), Finding("competition", "c")],
        [Finding("experience", "d")],
        [Finding("no_feedback", "e")],
    ]
    assert theme_counts(answers) == {"experience": 2, "competition": 1, "no_feedback": 1}
    assert list(theme_counts(answers)) == ["experience", "competition", "no_feedback"]


# -- answered threads from a real store ------------------------------------------------------


def add_thread(store: Store, n: int, company: str, title: str, answers: list[tuple[str, int]],
               *, sent: bool = True, state: str = "thanked") -> Thread:
    rejected = T0 + n * timedelta(hours=1)
    thread = store.add_thread(Thread(
        state=state, company=company, job_title=title, contact_name="X",
        contact_email=f"hr@{company.split()[0].lower()}.example",
        rejection_message_id=f"<rej-{n}@example>", rejected_at=rejected,
        first_seen_at=rejected, due_at=rejected + D, created_at=rejected, updated_at=rejected,
        sent_at=rejected + D if sent else None,
        answer_at=rejected + 3 * D if answers and sent else None,
    ))
    for i, (text, days) in enumerate(answers):
        store.record_seen(
            folder="INBOX", uidvalidity=1, uid=100 * n + i, dedupe_key=f"<ans-{n}-{i}@example>",
            outcome="answer", reason="feedback", thread_id=thread.id,
            message_date=rejected + days * D, seen_at=rejected + days * D,
            feedback_text=recruiter_words(text),
        )
    store.commit()
    return thread


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "plan.db"
    with Store(f"sqlite:///{path}") as store:
        add_thread(store, 1, "Northwind Analytics", "Senior Data Engineer", [(NORTHWIND, 3)])
        add_thread(store, 2, "Lumen Health", "Product Analyst", [(LUMEN, 4)])
        add_thread(store, 3, "Nordlicht Software", "Backend-Entwickler", [(NORDLICHT, 2)])
        add_thread(store, 4, "Orbital Freight", "Analista de Logística", [(ORBITAL, 5)])
        add_thread(store, 5, "Quiet Corp", "Engineer", [], state="closed")  # no answer
        # Mail from the contact before the request was sent is not an answer to it.
        add_thread(store, 6, "Early Bird", "Engineer", [(LUMEN, 0)], state="sent")
        add_thread(store, 7, "Never Sent", "Engineer", [(LUMEN, 2)], sent=False,
                   state="drafted")
    return path


def test_answered_threads(db):
    with Store(f"sqlite:///{db}") as store:
        items = answered_threads(store, load_catalog())
    assert [i.id for i in items] == [1, 2, 3, 4]
    northwind = items[0]
    assert northwind.feedback.startswith("Hi Alex,") and "wrote" not in northwind.feedback
    assert [f.theme for f in northwind.findings] == [
        "experience", "technical_skills", "competition", "interview_performance"]


def test_two_answers_in_one_thread_are_read_together(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'two.db'}") as store:
        add_thread(store, 1, "Northwind Analytics", "Senior Data Engineer",
                   [(NORDLICHT, 2), (NORTHWIND, 3)])
        (item,) = answered_threads(store, load_catalog())
    assert item.feedback.index("rechtlichen") < item.feedback.index("Kafka")
    assert {"no_feedback", "experience"} <= {f.theme for f in item.findings}


def test_text_rendering(db):
    with Store(f"sqlite:///{db}") as store:
        text = render_text(answered_threads(store, load_catalog()), timezone.utc)
    lines = text.splitlines()
    assert lines[0] == "Development plan from 4 answers"
    assert lines[2] == "Recurring themes"
    head = lines[3:lines.index("", 3)]
    assert head[0].split() == ["experience", "3", "of", "4", "answers"]
    assert text.index("Northwind Analytics · Senior Data Engineer") < text.index("Lumen Health")
    assert "    │ Happy to share a few thoughts." in text
    assert "note: “a better fit” is often" in text
    assert "      → experience (running Kafka in production), technical_skills (Kafka, system\n" \
        "        design), competition" in text
    assert "    “The panel liked your pipeline design, but the successful candidate had more" in text


def test_empty_plan(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'e.db'}") as store:
        assert "No answers yet" in render_text(answered_threads(store, load_catalog()),
                                               timezone.utc)


# -- the command -------------------------------------------------------------------------------


def cli_env(db: Path, home: Path) -> dict[str, str]:
    return {
        "DEBRIEF_IMAP_HOST": "127.0.0.1", "DEBRIEF_IMAP_USERNAME": "alex",
        "DEBRIEF_IMAP_PASSWORD": "unused", "DEBRIEF_IMAP_SECURITY": "plain",
        "DEBRIEF_DATABASE_URL": f"sqlite:///{db}", "DEBRIEF_YOUR_NAME": YOU_NAME,
        "DEBRIEF_YOUR_EMAIL": YOU_EMAIL, "DEBRIEF_TIMEZONE": "Europe/Berlin",
        "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
    }


def test_plan_json(db, tmp_path):
    done = run_cli(cli_env(db, tmp_path), "plan", "--json")
    assert done.returncode == 0, done.stderr
    threads = json.loads(done.stdout)
    assert isinstance(threads, list) and [t["id"] for t in threads] == [1, 2, 3, 4]
    for t in threads:
        assert set(t) == {"id", "company", "job_title", "answered_at", "feedback", "themes",
                          "actions"}
        assert all(set(x) == {"theme", "evidence"} for x in t["themes"])
        assert all(isinstance(a, str) for a in t["actions"])
    northwind, lumen, nordlicht, orbital = threads
    assert northwind["company"] == "Northwind Analytics"
    assert northwind["job_title"] == "Senior Data Engineer"
    assert northwind["answered_at"] == "2026-11-19T11:00:00+00:00"
    assert {"theme": "experience", "evidence": (
        "The panel liked your pipeline design, but the successful candidate had more hands-on "
        "experience running Kafka in production, and your system design answer stayed "
        "high-level on failure handling.")} in northwind["themes"]
    assert [x["theme"] for x in lumen["themes"]][:2] == ["culture_fit", "interview_performance"]
    assert [x["theme"] for x in nordlicht["themes"]] == ["no_feedback"]
    assert "Feedback" in nordlicht["feedback"] and "Jana" not in nordlicht["feedback"]
    assert "experience" in [x["theme"] for x in orbital["themes"]]
    assert any("Kubernetes" in a for a in orbital["actions"])


def test_plan_json_summary(db, tmp_path):
    done = run_cli(cli_env(db, tmp_path), "plan", "--json", "--summary")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert set(out) == {"threads", "summary"} and len(out["threads"]) == 4
    assert out["summary"]["experience"] == 3 and out["summary"]["no_feedback"] == 1
    assert list(out["summary"])[0] == "experience"
    assert set(out["summary"]) <= set(THEMES)


def test_plan_text_and_summary_only(db, tmp_path):
    env = cli_env(db, tmp_path)
    done = run_cli(env, "plan")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Development plan from 4 answers\n\nRecurring themes\n")
    assert "answered Thu 19 Nov 2026" in done.stdout  # the configured time zone
    summary = run_cli(env, "plan", "--summary")
    assert summary.returncode == 0
    assert "Recurring themes" in summary.stdout and "Their words" not in summary.stdout


def test_plan_markdown(db, tmp_path):
    target = tmp_path / "notes" / "plan.md"
    done = run_cli(cli_env(db, tmp_path), "plan", "--markdown", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote {target}"
    md = target.read_text()
    assert md.startswith("# Development plan\n")
    assert "## Northwind Analytics · Senior Data Engineer" in md
    assert "> Happy to share a few thoughts." in md
    assert "- [ ] " in md and "| experience | 3 |" in md


def test_user_actions_file_in_the_config_dir(db, tmp_path):
    config = tmp_path / ".config" / "debrief"
    config.mkdir(parents=True)
    (config / "actions.toml").write_text(
        '[topics.kafka]\nmatch = ["kafka"]\nactions = ["Do the Kafka lab on Fridays."]\n')
    done = run_cli(cli_env(db, tmp_path), "plan", "--json")
    assert done.returncode == 0, done.stderr
    assert "Do the Kafka lab on Fridays." in json.loads(done.stdout)[0]["actions"]

    (config / "actions.toml").write_text("[themes.charisma]\ngeneral = ['x']\n")
    bad = run_cli(cli_env(db, tmp_path), "plan")
    assert bad.returncode == 1
    assert bad.stderr.strip().startswith("debrief: ") and "not a theme" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_plan_with_no_answers(tmp_path):
    done = run_cli(cli_env(tmp_path / "empty.db", tmp_path), "plan", "--json")
    assert done.returncode == 0 and json.loads(done.stdout) == []
    done = run_cli(cli_env(tmp_path / "empty.db", tmp_path), "plan", "--json", "--summary")
    assert json.loads(done.stdout) == {"threads": [], "summary": {}}


def test_plan_is_documented():
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    for needle in ("debrief plan", "--json", "--summary", "--markdown", "actions.toml"):
        assert needle in readme
    help_text = run_cli({}, "plan", "--help")
    assert help_text.returncode == 0 and "--markdown" in help_text.stdout


def test_seen_message_keeps_feedback_text_column():
    assert "feedback_text" in SeenMessage.__table__.columns
