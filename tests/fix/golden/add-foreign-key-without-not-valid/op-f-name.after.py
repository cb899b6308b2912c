"""ledger entries point at their account

Revision ID: 5e6f7a8b9c0d
Revises:
Create Date: 2026-12-01 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '5e6f7a8b9c0d'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_foreign_key(op.f("fk_ledger_entries_account_id_customers"), "ledger_entries", "customers", ["account_id"], ["id"], postgresql_not_valid=True)
    with op.get_context().autocommit_block():  # commits the ADD: VALIDATE then scans without blocking reads or writes
        op.execute(sa.text('ALTER TABLE "ledger_entries" VALIDATE CONSTRAINT "fk_ledger_entries_account_id_customers"'))


def downgrade():
    op.drop_constraint(op.f("fk_ledger_entries_account_id_customers"), "ledger_entries", type_="foreignkey")
