"""Intent journal and Drafts snapshot: one row per planned draft instead of paired columns.

`thread.request_message_id/request_placed_at` and `thanks_message_id/thanks_placed_at` move into
`draft_intent` rows (nothing is lost: an id with no placed time stays a planned intent), then
the columns go. `folder_snapshot` lets an idle poll learn from one STATUS that Drafts did not
change; `known_folder` spares it a LIST. `seen_message.thread_id` gets an index (answers
are looked up per thread).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_PAIRS = (("request", "request_message_id", "request_placed_at"),
          ("thanks", "thanks_message_id", "thanks_placed_at"))


def upgrade() -> None:
    op.create_table(
        "draft_intent",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("thread_id", sa.Integer(), sa.ForeignKey("thread.id"), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("message_id", sa.String(600), nullable=False, unique=True),
        sa.Column("planned_at", sa.DateTime(), nullable=False),
        sa.Column("placed_at", sa.DateTime(), nullable=True),
        sa.Column("draft_uidvalidity", sa.BigInteger(), nullable=True),
        sa.Column("draft_uid", sa.BigInteger(), nullable=True),
        sa.UniqueConstraint("thread_id", "kind", name="uq_draft_intent_thread_kind"),
    )
    op.create_index("ix_draft_intent_thread_id", "draft_intent", ["thread_id"])
    for kind, id_column, placed_column in _PAIRS:
        op.execute(
            "INSERT INTO draft_intent (thread_id, kind, message_id, planned_at, placed_at) "
            f"SELECT id, '{kind}', {id_column}, updated_at, {placed_column} FROM thread "
            f"WHERE {id_column} IS NOT NULL"
        )
    with op.batch_alter_table("thread") as batch:
        for _kind, id_column, placed_column in _PAIRS:
            batch.drop_column(id_column)
            batch.drop_column(placed_column)
    op.create_table(
        "folder_snapshot",
        sa.Column("folder", sa.String(500), primary_key=True),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("uidnext", sa.BigInteger(), nullable=False),
        sa.Column("messages", sa.BigInteger(), nullable=False),
        sa.Column("highestmodseq", sa.BigInteger(), nullable=True),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "known_folder",
        sa.Column("role", sa.String(10), primary_key=True),
        sa.Column("name", sa.String(500), nullable=False),
    )
    op.create_index("ix_seen_thread", "seen_message", ["thread_id"])


def downgrade() -> None:
    op.drop_index("ix_seen_thread", "seen_message")
    op.drop_table("known_folder")
    op.drop_table("folder_snapshot")
    with op.batch_alter_table("thread") as batch:
        for _kind, id_column, placed_column in _PAIRS:
            batch.add_column(sa.Column(id_column, sa.String(600), nullable=True))
            batch.add_column(sa.Column(placed_column, sa.DateTime(), nullable=True))
    for kind, id_column, placed_column in _PAIRS:
        op.execute(
            f"UPDATE thread SET {id_column} = (SELECT message_id FROM draft_intent d "
            f"WHERE d.thread_id = thread.id AND d.kind = '{kind}'), {placed_column} = "
            f"(SELECT placed_at FROM draft_intent d WHERE d.thread_id = thread.id "
            f"AND d.kind = '{kind}')"
        )
    op.drop_table("draft_intent")
