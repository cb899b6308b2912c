"""order totals cannot be negative

Revision ID: 6f7a8b9c0d1e
Revises:
Create Date: 2026-12-01 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '6f7a8b9c0d1e'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_check_constraint(
        op.f("ck_orders_total_non_negative"),
        "orders",
        "total >= 0",
        postgresql_not_valid=True,
    )
    op.alter_column("orders", "status", server_default="pending")
    with op.get_context().autocommit_block():  # commits the ADD: VALIDATE then scans without blocking reads or writes
        op.execute(sa.text('ALTER TABLE "orders" VALIDATE CONSTRAINT "ck_orders_total_non_negative"'))


def downgrade():
    op.alter_column("orders", "status", server_default=None)
    op.drop_constraint(op.f("ck_orders_total_non_negative"), "orders", type_="check")
