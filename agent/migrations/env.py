"""Alembic environment: migrations run on the connection `agent.migrations.upgrade` hands in."""

from alembic import context

from agent.store import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
