"""The database schema's history (Alembic), applied in place when a store opens.

`upgrade(engine)` brings any database to the newest revision:
- a new database gets the models' tables at once, stamped with the newest revision (the same
  schema the revisions build, which a test checks; a first run is spared Alembic's start-up);
- a database made by Debrief 0.1 (tables, no `alembic_version`) is stamped with the baseline,
  which is exactly its schema, and then upgraded, keeping every row;
- an up-to-date database costs one SELECT (Alembic is not even imported).
Migrations run under a lock, so several processes starting at once are safe: an exclusive
file lock beside a SQLite database, a transaction-level advisory lock on PostgreSQL.

Adding a column: change the model in `agent/store.py` and add a revision here
(`alembic revision` with this folder as script location, or by hand), and set `HEAD`. A test
compares the migrated schema with the models and fails when they differ.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Column, MetaData, PrimaryKeyConstraint, String, Table, inspect, text
from sqlalchemy.engine import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

HERE = Path(__file__).resolve().parent
BASELINE = "0001"
HEAD = "0005"  # the newest revision; a test checks it against the scripts
_PG_LOCK_KEY = 7301620514


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, to: str = "head") -> None:
    """Bring the database to revision `to` (default: the newest)."""
    target = HEAD if to == "head" else to
    with engine.connect() as conn:
        if current_revision(conn) == target:
            return
    with locked(engine) as conn:
        if current_revision(conn) == target:  # another process migrated while we waited
            return
        if to == "head" and _empty(conn):
            _create_head(conn)
            return
        from alembic import command

        config = alembic_config(conn)
        if current_revision(conn) is None and inspect(conn).has_table("thread"):
            command.stamp(config, BASELINE)  # a v0.1 database: its schema is the baseline
        command.upgrade(config, to)


def _empty(conn: Connection) -> bool:
    """None of Debrief's tables exist yet (other applications' tables may)."""
    from agent.store import Base

    found = inspect(conn)
    return not found.has_table("alembic_version") and not any(
        found.has_table(name) for name in Base.metadata.tables)


def _create_head(conn: Connection) -> None:
    """The models' tables and Alembic's version table holding HEAD, as `alembic stamp head`
    would write it (same table, column and constraint names)."""
    from agent.store import Base

    Base.metadata.create_all(conn)
    version = Table("alembic_version", MetaData(),
                    Column("version_num", String(32), nullable=False),
                    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"))
    version.create(conn)
    conn.execute(version.insert().values(version_num=HEAD))


def alembic_config(conn: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = conn
    return config


@contextmanager
def locked(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that no other Debrief can migrate beside (also taken by a
    store that claims the rows from before accounts, see `agent.store.Store`)."""
    backend = engine.dialect.name
    database = engine.url.database
    handle = None
    if backend == "sqlite" and database and database != ":memory:":
        handle = open(Path(database).expanduser().with_suffix(".migrate-lock"), "a")  # noqa: SIM115
        fcntl.flock(handle, fcntl.LOCK_EX)
    try:
        with engine.connect() as conn:
            if backend == "sqlite":
                # Batch migrations rebuild tables; rows pointing at them must not block it.
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()
            with conn.begin():
                if backend == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                 {"key": _PG_LOCK_KEY})
                yield conn
            if backend == "sqlite":
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
    finally:
        if handle is not None:
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()
