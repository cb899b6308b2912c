"""orders remember who referred them

Revision ID: 4d5e6f7a8b9c
Revises:
Create Date: 2026-12-01 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '4d5e6f7a8b9c'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('orders', sa.Column('referrer_id', sa.Integer(), nullable=True))
    op.execute("UPDATE orders SET referrer_id = customer_id WHERE status = 'referred'")
    op.create_foreign_key(
        'fk_orders_referrer_id_customers',
        'orders',
        'customers',
        ['referrer_id'],
        ['id'],
        ondelete='SET NULL',
        postgresql_not_valid=True,
    )
    with op.get_context().autocommit_block():  # commits the ADD: VALIDATE then scans without blocking reads or writes
        op.execute(sa.text('ALTER TABLE "orders" VALIDATE CONSTRAINT "fk_orders_referrer_id_customers"'))
    # ### end Alembic commands ###


def downgrade():
    op.drop_constraint('fk_orders_referrer_id_customers', 'orders', type_='foreignkey')
    op.drop_column('orders', 'referrer_id')
