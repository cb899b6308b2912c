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
    op.create_primary_key('ledger_entries_pkey', 'ledger_entries', ['id'])


def downgrade():
    op.drop_constraint('ledger_entries_pkey', 'ledger_entries', type_='primary')
