"""The schema is owned by Alembic: a v0.1 database is migrated in place, the migrated schema is
exactly the models', and several processes may start on a fresh database at once."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from agent import migrations
from agent.migrations import alembic_config
from agent.store import Base, Store

pytest_plugins = ["pg"]

FIXTURE = Path(__file__).parent / "fixtures" / "v0_1_database.sql"


def schema_diff(url: str) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()


def test_head_constant_is_the_newest_script():
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        script = ScriptDirectory.from_config(alembic_config(conn))
    assert script.get_heads() == [migrations.HEAD]


def test_a_fresh_database_matches_the_models_and_alembic_reads_its_revision(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    Store(url).close()
    assert schema_diff(url) == []
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == migrations.HEAD
    finally:
        engine.dispose()
    Store(url).close()  # opens as up to date


def test_the_revisions_from_nothing_build_the_models_schema(tmp_path):
    """A fresh store creates the models' tables directly; the revisions must build the same,
    or a database upgraded through them would differ from a new one. A model changed without
    a revision (another branch adding a column, say) fails here."""
    url = f"sqlite:///{tmp_path / 'chain.db'}"
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        with engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.HEAD
    finally:
        engine.dispose()
    assert schema_diff(url) == []


def test_a_v0_1_database_is_migrated_in_place_and_loses_nothing(tmp_path):
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:
        conn.executescript(FIXTURE.read_text())
    url = f"sqlite:///{db}"
    with Store(url) as store:
        threads = {t.rejection_message_id: t for t in store.threads()}
        assert len(threads) == 5
        placed = threads["<rej-2@co2.example>"]
        assert (placed.state, placed.request_message_id) == ("drafted",
                                                              "<debrief.req2@example.org>")
        assert placed.request_placed_at is not None
        # Crashed after APPEND under 0.1: still a planned intent to look for, not placed.
        intent_only = threads["<rej-3@co3.example>"]
        assert intent_only.request_message_id == "<debrief.req3@example.org>"
        assert intent_only.request_placed_at is None
        assert [i.kind for i in store.unplaced_intents()] == ["request", "thanks"]
        done = threads["<rej-4@co4.example>"]
        assert done.thanks_message_id == "<debrief.thx4@example.org>"
        assert done.thanks_placed_at is not None and done.answer_kind == "feedback"
        assert done.sent_message_id == "<sent4@example.org>"
        assert [a.sender for a in store.answers(done.id)] == ["priya@co4.example"]
        assert store.cursor("INBOX").last_uid == 7
        assert len(store.events(done.id)) == 1
        assert store.thread_by_message_id("<debrief.thx4@example.org>") is done
    assert schema_diff(url) == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("select version_num from alembic_version").fetchall() == [
            (migrations.HEAD,)]
        columns = {row[1] for row in conn.execute("pragma table_info(thread)")}
    assert "request_message_id" not in columns and "thanks_placed_at" not in columns


def test_a_database_made_between_0_1_and_alembic_is_migrated_too(tmp_path):
    """create_all of the contact/voice branch added nullable columns without a revision."""
    db = tmp_path / "mid.db"
    with sqlite3.connect(db) as conn:
        conn.executescript(FIXTURE.read_text())
        conn.execute("alter table thread add column formal BOOLEAN")
        conn.execute("alter table thread add column contact_reason TEXT")
        conn.execute("alter table seen_message add column feedback_text TEXT")
        conn.execute("update thread set formal = 1, contact_reason = 'found' where id = 2")
    url = f"sqlite:///{db}"
    with Store(url) as store:
        thread = store.thread(2)
        assert (thread.formal, thread.contact_reason) == (True, "found")
        assert thread.request_message_id == "<debrief.req2@example.org>"
    assert schema_diff(url) == []


def test_downgrade_to_the_baseline_gives_the_columns_back(tmp_path):
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:
        conn.executescript(FIXTURE.read_text())
    url = f"sqlite:///{db}"
    Store(url).close()
    engine = create_engine(url)
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), migrations.BASELINE)
    engine.dispose()
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select request_message_id, request_placed_at is not null "
                            "from thread order by id").fetchall()
    assert rows[1] == ("<debrief.req2@example.org>", 1)
    assert rows[2] == ("<debrief.req3@example.org>", 0)


START = """
import sys
from agent.store import Store
Store(sys.argv[1]).close()
print("ok")
"""


def test_processes_starting_at_once_migrate_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'race.db'}"
    procs = [subprocess.Popen([sys.executable, "-c", START, url], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [err for _, err in results]
    assert schema_diff(url) == []


def test_postgres_migrates_under_an_advisory_lock_and_matches_the_models(postgres_url):
    import secrets

    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    name = f"m_{secrets.token_hex(6)}"
    admin = create_engine(make_url(postgres_url).set(database="postgres"),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    try:
        procs = [subprocess.Popen([sys.executable, "-c", START, url], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(4)]
        results = [p.communicate(timeout=120) for p in procs]
        assert [p.returncode for p in procs] == [0] * 4, [err for _, err in results]
        assert schema_diff(url) == []
        engine = create_engine(url)
        with engine.connect() as conn:
            assert "draft_intent" in inspect(conn).get_table_names()
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
