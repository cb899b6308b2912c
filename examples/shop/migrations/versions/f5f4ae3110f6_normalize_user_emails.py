"""normalize user emails

Login compares emails case-insensitively, so store them lower-cased and
log everybody out so sessions pick up the normalized address.

Revision ID: f5f4ae3110f6
Revises: eaa6964182da
Create Date: 2024-07-01 09:03:27.615480

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'f5f4ae3110f6'
down_revision: Union[str, None] = 'eaa6964182da'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    connection = op.get_bind()
    connection.execute("UPDATE users SET email = lower(trim(email))")

    op.execute("DELETE FROM sessions")


def downgrade() -> None:
    pass
