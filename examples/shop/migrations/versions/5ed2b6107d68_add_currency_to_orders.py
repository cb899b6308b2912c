"""add currency to orders

Revision ID: 5ed2b6107d68
Revises: 855fa6dab719
Create Date: 2024-06-03 17:52:09.338615

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '5ed2b6107d68'
down_revision: Union[str, None] = '855fa6dab719'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # SQLite refuses ADD COLUMN ... NOT NULL without a default, so recreate the table there.
    recreate = "always" if op.get_context().dialect.name == "sqlite" else "auto"
    with op.batch_alter_table("orders", recreate=recreate) as batch_op:
        batch_op.add_column(sa.Column("currency", sa.String(length=3), nullable=False))


def downgrade() -> None:
    pass
