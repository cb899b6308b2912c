"""drop legacy_coupons

Coupons live in the promotions service now.

Revision ID: 3d4e5f6a7b8c
Revises:
Create Date: 2026-11-30 09:15:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = '3d4e5f6a7b8c'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("SET lock_timeout = '5s'")
    op.drop_table("legacy_coupons")


def downgrade() -> None:
    op.execute("SET lock_timeout = '5s'")
    op.create_table(
        "legacy_coupons",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(length=32), nullable=False),
    )
