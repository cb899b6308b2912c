"""add unique index on users.email

Revision ID: f75cbdb083a6
Revises: a252a53d8a84
Create Date: 2024-02-19 11:26:05.117740

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'f75cbdb083a6'
down_revision: Union[str, None] = 'a252a53d8a84'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index("ix_users_email", "users", ["email"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_users_email", table_name="users")
