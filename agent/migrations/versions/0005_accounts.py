"""Accounts: every row belongs to one, so that several mailboxes can share one database.

An `account` column on every table. The per-folder tables are keyed by (account, folder) and
(account, role) instead of folder and role, a rejection's Message-ID is unique per account (the
same rejection may reach two mailboxes), and a seen message's UID and dedupe key are looked up
per account.

Nothing is lost: the rows already there get the unnamed account '' (the one user the database
had), and the first named account to open the database takes them over when no other account
has rows yet (`agent.store.Store`), so after upgrading a user's threads are still theirs.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Names for the constraints a SQLite table was given without one (the 0.1 schema's UNIQUEs), so
# that batch mode can drop them; PostgreSQL's are reflected with the names it chose.
_CONVENTION = {"uq": "uq_%(table_name)s_%(column_0_N_name)s"}

# Row tables: an account column, then their per-account constraints.
_ROWS = ("thread", "seen_message", "draft_intent", "event")


def _account(nullable: bool = False, default: bool = True) -> sa.Column:
    return sa.Column("account", sa.String(320), nullable=nullable,
                     server_default="" if default else None)


def _keyed() -> tuple[tuple[str, tuple[str, ...], tuple[sa.Column, ...]], ...]:
    """The tables whose primary key gains the account: name, old key, columns (without it)."""
    return (
        ("sync_cursor", ("folder",), (
            sa.Column("folder", sa.String(500), nullable=False),
            sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
            sa.Column("last_uid", sa.BigInteger(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False),
        )),
        ("folder_snapshot", ("folder",), (
            sa.Column("folder", sa.String(500), nullable=False),
            sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
            sa.Column("uidnext", sa.BigInteger(), nullable=False),
            sa.Column("messages", sa.BigInteger(), nullable=False),
            sa.Column("highestmodseq", sa.BigInteger(), nullable=True),
            sa.Column("checked_at", sa.DateTime(), nullable=False),
        )),
        ("known_folder", ("role",), (
            sa.Column("role", sa.String(10), nullable=False),
            sa.Column("name", sa.String(500), nullable=False),
        )),
    )


def _unique_name(table: str, columns: list[str]) -> str:
    """The name to drop the UNIQUE over exactly these columns by."""
    for found in sa.inspect(op.get_bind()).get_unique_constraints(table):
        if list(found["column_names"]) == columns and found.get("name"):
            return str(found["name"])
    return f"uq_{table}_{'_'.join(columns)}"


def _rebuild(table: str, key: tuple[str, ...], columns: tuple[sa.Column, ...],
             with_account: bool) -> None:
    """Recreate `table` keyed by `key` (a primary key cannot be changed in place on SQLite)."""
    old = f"_old_{table}"
    op.rename_table(table, old)
    names = [c.name for c in columns]
    if with_account:
        op.create_table(table, _account(default=False), *columns,
                        sa.PrimaryKeyConstraint("account", *key, name=f"pk_{table}"))
        op.execute(f"INSERT INTO {table} (account, {', '.join(names)}) "
                   f"SELECT '', {', '.join(names)} FROM {old}")
    else:
        op.create_table(table, *columns, sa.PrimaryKeyConstraint(*key))
        op.execute(f"INSERT INTO {table} ({', '.join(names)}) "
                   f"SELECT {', '.join(names)} FROM {old}")
    op.drop_table(old)


def upgrade() -> None:
    for table in _ROWS:
        with op.batch_alter_table(table) as batch:
            batch.add_column(_account())
    thread_unique = _unique_name("thread", ["rejection_message_id"])
    seen_unique = _unique_name("seen_message", ["folder", "uidvalidity", "uid"])
    with op.batch_alter_table("thread", naming_convention=_CONVENTION) as batch:
        batch.drop_constraint(thread_unique, type_="unique")
        batch.create_unique_constraint("uq_thread_account_rejection",
                                       ["account", "rejection_message_id"])
        batch.alter_column("account", server_default=None)
    with op.batch_alter_table("seen_message", naming_convention=_CONVENTION) as batch:
        batch.drop_constraint(seen_unique, type_="unique")
        batch.create_unique_constraint("uq_seen_account_uid",
                                       ["account", "folder", "uidvalidity", "uid"])
        batch.drop_index("ix_seen_dedupe")
        batch.create_index("ix_seen_dedupe", ["account", "folder", "dedupe_key"])
        batch.alter_column("account", server_default=None)
    for table in ("draft_intent", "event"):
        with op.batch_alter_table(table) as batch:
            batch.alter_column("account", server_default=None)
    for table, key, columns in _keyed():
        _rebuild(table, key, columns, with_account=True)


def downgrade() -> None:
    bind = op.get_bind()
    accounts: set[str] = set()
    for table in (*_ROWS, *(name for name, _, _ in _keyed())):
        query = sa.text(f"SELECT DISTINCT account FROM {table}")
        accounts |= {row[0] for row in bind.execute(query)}
    if len(accounts) > 1:
        raise RuntimeError("cannot go back before accounts (revision 0005): the database holds "
                           f"the rows of {len(accounts)} accounts")
    for table, key, columns in _keyed():
        _rebuild(table, key, columns, with_account=False)
    with op.batch_alter_table("seen_message") as batch:
        batch.drop_index("ix_seen_dedupe")
        batch.create_index("ix_seen_dedupe", ["folder", "dedupe_key"])
        batch.drop_constraint("uq_seen_account_uid", type_="unique")
        batch.create_unique_constraint("uq_seen_message_folder_uidvalidity_uid",
                                       ["folder", "uidvalidity", "uid"])
    with op.batch_alter_table("thread") as batch:
        batch.drop_constraint("uq_thread_account_rejection", type_="unique")
        batch.create_unique_constraint("uq_thread_rejection_message_id",
                                       ["rejection_message_id"])
    for table in _ROWS:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("account")
