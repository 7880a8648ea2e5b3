"""The recruiter's own words of an answer, for `debrief plan`: `seen_message.feedback_text`.

Added only where missing (a database made by `create_all` before Alembic may have it).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("seen_message")}
    if "feedback_text" not in present:
        with op.batch_alter_table("seen_message") as batch:
            batch.add_column(sa.Column("feedback_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("seen_message") as batch:
        batch.drop_column("feedback_text")
