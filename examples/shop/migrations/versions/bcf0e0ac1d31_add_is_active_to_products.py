"""add is_active to products

Revision ID: bcf0e0ac1d31
Revises: ddceaaa2ffed
Create Date: 2024-03-18 10:08:51.284376

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'bcf0e0ac1d31'
down_revision: Union[str, None] = 'ddceaaa2ffed'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # NOT NULL is safe here: existing rows get the server default.
    op.add_column(
        "products",
        sa.Column("is_active", sa.Boolean(), server_default=sa.true(), nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("products") as batch_op:
        batch_op.drop_column("is_active")
