"""index tickets in SQL

Revision ID: d0e1f2a3b4c5
Revises:
Create Date: 2026-11-02 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = 'd0e1f2a3b4c5'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.execute("CREATE INDEX CONCURRENTLY ix_tickets_queue ON tickets (queue_id, opened_at DESC)")
    with op.get_context().autocommit_block():
        op.execute(sa.text('CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ux_tickets_ref ON tickets (lower(reference))'))


def downgrade():
    op.execute("DROP INDEX ux_tickets_ref")
    op.execute("DROP INDEX ix_tickets_queue")
