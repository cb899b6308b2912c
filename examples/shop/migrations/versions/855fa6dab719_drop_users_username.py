"""drop users.username

The old login form was removed in release 2024.3 and nothing has read
users.username since (deprecated 2024-02-01). Production runs of this
migration are blocked until the DBA has taken a backup and removed the guard
for that deploy.

Revision ID: 855fa6dab719
Revises: db52892fc5f1
Create Date: 2024-05-06 13:19:44.071528

"""
import os
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '855fa6dab719'
down_revision: Union[str, None] = 'db52892fc5f1'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    if os.getenv("ENVIRONMENT") == "production":
        raise RuntimeError(
            "855fa6dab719 drops users.username: take a backup and get DBA sign-off "
            "before running it in production."
        )

    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("username")


def downgrade() -> None:
    # The column comes back empty; the values are not restorable.
    op.add_column("users", sa.Column("username", sa.String(length=50), nullable=True))
