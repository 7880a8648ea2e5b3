"""Baseline: the schema of Debrief 0.1, created before Alembic (by `create_all`).

A database made by 0.1 already has these tables: it is stamped with this revision, not rebuilt.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_cursor",
        sa.Column("folder", sa.String(500), primary_key=True),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "thread",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("company", sa.String(300), nullable=False),
        sa.Column("job_title", sa.String(300), nullable=False),
        sa.Column("contact_name", sa.String(300), nullable=False),
        sa.Column("contact_email", sa.String(320), nullable=False),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("language", sa.String(10), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("classifier_reasons", sa.Text(), nullable=False),
        sa.Column("rejection_message_id", sa.String(600), nullable=False, unique=True),
        sa.Column("rejection_subject", sa.Text(), nullable=False),
        sa.Column("rejection_from", sa.String(320), nullable=False),
        sa.Column("rejection_references", sa.Text(), nullable=False),
        sa.Column("rejected_at", sa.DateTime(), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("next_action_at", sa.DateTime(), nullable=True),
        sa.Column("request_message_id", sa.String(600), nullable=True),
        sa.Column("request_placed_at", sa.DateTime(), nullable=True),
        sa.Column("sent_message_id", sa.String(600), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("answer_message_id", sa.String(600), nullable=True),
        sa.Column("answer_at", sa.DateTime(), nullable=True),
        sa.Column("answer_kind", sa.String(20), nullable=True),
        sa.Column("thanks_message_id", sa.String(600), nullable=True),
        sa.Column("thanks_placed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_thread_state", "thread", ["state"])
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("thread_id", sa.Integer(), sa.ForeignKey("thread.id"), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
    )
    op.create_index("ix_event_thread_id", "event", ["thread_id"])
    op.create_table(
        "seen_message",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("folder", sa.String(500), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.Column("dedupe_key", sa.String(600), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("thread_id", sa.Integer(), sa.ForeignKey("thread.id"), nullable=True),
        sa.Column("message_date", sa.DateTime(), nullable=True),
        sa.Column("sender", sa.String(320), nullable=False),
        sa.Column("sender_name", sa.String(300), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("folder", "uidvalidity", "uid"),
    )
    op.create_index("ix_seen_dedupe", "seen_message", ["folder", "dedupe_key"])


def downgrade() -> None:
    for table in ("seen_message", "event", "thread", "sync_cursor"):
        op.drop_table(table)
