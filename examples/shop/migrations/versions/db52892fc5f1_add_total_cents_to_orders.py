"""add total_cents to orders

Follows the data migration pattern: add the column as nullable, backfill it
from order_items, then make it NOT NULL.

Revision ID: db52892fc5f1
Revises: bcf0e0ac1d31
Create Date: 2024-04-08 16:37:22.845903

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'db52892fc5f1'
down_revision: Union[str, None] = 'bcf0e0ac1d31'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # Step 1: add the new column, nullable.
    op.add_column("orders", sa.Column("total_cents", sa.Integer(), nullable=True))

    # Step 2: backfill it.
    op.get_bind().execute(
        sa.text(
            "UPDATE orders SET total_cents = ("
            "SELECT COALESCE(SUM(order_items.quantity * order_items.unit_price_cents), 0) "
            "FROM order_items WHERE order_items.order_id = orders.id"
            ") WHERE total_cents IS NULL"
        )
    )

    # Step 3: now that every row has a value, make it NOT NULL.
    with op.batch_alter_table("orders") as batch_op:
        batch_op.alter_column("total_cents", existing_type=sa.Integer(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch_op:
        batch_op.drop_column("total_cents")
