"""entry numbers are unique per account

Revision ID: 8b9c0d1e2f3a
Revises:
Create Date: 2026-12-01 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '8b9c0d1e2f3a'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_unique_constraint(
        "uq_ledger_entries_account_id_entry_no",
        "ledger_entries",
        ["account_id", "entry_no"],
        deferrable=True,
        initially="DEFERRED",
    )


def downgrade():
    op.drop_constraint("uq_ledger_entries_account_id_entry_no", "ledger_entries", type_="unique")
