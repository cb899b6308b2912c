"""rename users.name to full_name

Revision ID: a252a53d8a84
Revises: 2fee88dab64c
Create Date: 2024-02-05 09:41:13.502889

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'a252a53d8a84'
down_revision: Union[str, None] = '2fee88dab64c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.alter_column(
            "name",
            new_column_name="full_name",
            existing_type=sa.String(length=120),
            existing_nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.alter_column(
            "full_name",
            new_column_name="name",
            existing_type=sa.String(length=120),
            existing_nullable=False,
        )
