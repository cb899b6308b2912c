"""ledger entries get their primary key

Revision ID: 9c0d1e2f3a4b
Revises:
Create Date: 2026-12-01 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '9c0d1e2f3a4b'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    # id has been NOT NULL since the table was created.
    with op.get_context().autocommit_block():
        op.execute(sa.text('CREATE UNIQUE INDEX CONCURRENTLY "ledger_entries_pkey" ON "ledger_entries" ("id")'))
    op.execute(sa.text('ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_pkey" PRIMARY KEY USING INDEX "ledger_entries_pkey"'))


def downgrade():
    op.drop_constraint('ledger_entries_pkey', 'ledger_entries', type_='primary')
