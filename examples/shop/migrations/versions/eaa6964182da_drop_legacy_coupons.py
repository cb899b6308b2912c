"""drop legacy_coupons

Coupons live in the promotions service now.

Revision ID: eaa6964182da
Revises: 5ed2b6107d68
Create Date: 2024-06-17 12:30:56.902147

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'eaa6964182da'
down_revision: Union[str, None] = '5ed2b6107d68'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.drop_table("legacy_coupons")


def downgrade() -> None:
    op.create_table(
        "legacy_coupons",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(length=32), nullable=False, unique=True),
        sa.Column("discount_percent", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=True),
    )
