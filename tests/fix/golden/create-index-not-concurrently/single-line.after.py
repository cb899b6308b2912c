"""index orders by customer

Revision ID: e5f6a7b8c9d0
Revises:
Create Date: 2026-11-02 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = 'e5f6a7b8c9d0'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index("ix_orders_customer_id", "orders", ["customer_id"], postgresql_concurrently=True)  # lookups from the customer page


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index("ix_orders_customer_id", table_name="orders", postgresql_concurrently=True)
