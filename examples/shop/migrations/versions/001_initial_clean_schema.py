"""initial clean schema

One-time reset migration: it replaced the hand-made tables of the first
prototype with the schema below. See "The 001_initial_clean_schema.py
Exception" in the migration best-practice guide.

- Only runs during initial setup.
- NEVER run it on production with real data.
- Wiping existing tables only happens when ALLOW_DESTRUCTIVE_MIGRATIONS=1.

Future migrations must NOT follow this pattern.

Revision ID: 2f904228e8b1
Revises:
Create Date: 2024-01-08 10:14:32.118406

"""
import os
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '2f904228e8b1'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    bind = op.get_bind()

    if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
        # Remove whatever the prototype left behind so we start from a
        # known state. Alembic's own bookkeeping table must survive.
        for table_name in sa.inspect(bind).get_table_names():
            if table_name == "alembic_version":
                continue
            op.drop_table(table_name)

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        # Kept for the old login form; scheduled for removal.
        sa.Column("username", sa.String(length=50), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
    )
    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sku", sa.String(length=64), nullable=False, unique=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
    )
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="pending", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
    )
    op.create_table(
        "order_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("order_id", sa.Integer(), sa.ForeignKey("orders.id"), nullable=False),
        sa.Column("product_id", sa.Integer(), sa.ForeignKey("products.id"), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_cents", sa.Integer(), nullable=False),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False, unique=True),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
    )
    # Carried over from the prototype; coupons are moving to the promotions service.
    op.create_table(
        "legacy_coupons",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(length=32), nullable=False, unique=True),
        sa.Column("discount_percent", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=True),
    )


def downgrade() -> None:
    if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") != "1":
        raise RuntimeError(
            "Downgrading past the initial schema drops every table. "
            "Set ALLOW_DESTRUCTIVE_MIGRATIONS=1 to do this on a throwaway database."
        )
    op.drop_table("legacy_coupons")
    op.drop_table("sessions")
    op.drop_table("order_items")
    op.drop_table("orders")
    op.drop_table("products")
    op.drop_table("users")
