"""The conversation contact and the voice of the drafts: nullable columns on `thread`.

Databases made between 0.1 and Alembic by `create_all` may have them already: only missing
columns are added, so either kind of database ends up the same.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

def columns() -> tuple[sa.Column, ...]:
    return (
        sa.Column("contact_hints", sa.Text(), nullable=True),
        sa.Column("contact_reason", sa.Text(), nullable=True),
        sa.Column("contact_reply_to", sa.String(600), nullable=True),
        sa.Column("contact_references", sa.Text(), nullable=True),
        sa.Column("contact_subject", sa.Text(), nullable=True),
        sa.Column("formal", sa.Boolean(), nullable=True),
        sa.Column("salutation", sa.String(200), nullable=True),
        sa.Column("final_round", sa.Boolean(), nullable=True),
        sa.Column("hook_kind", sa.String(10), nullable=True),
        sa.Column("hook", sa.String(200), nullable=True),
        sa.Column("company_confidence", sa.Float(), nullable=True),
        sa.Column("title_confidence", sa.Float(), nullable=True),
    )


def upgrade() -> None:
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("thread")}
    missing = [c for c in columns() if c.name not in present]
    if missing:
        with op.batch_alter_table("thread") as batch:
            for column in missing:
                batch.add_column(column)


def downgrade() -> None:
    with op.batch_alter_table("thread") as batch:
        for column in reversed(columns()):
            batch.drop_column(column.name)
