"""audit log

Revision ID: 2b3c4d5e6f7a
Revises:
Create Date: 2026-11-20 09:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = '2b3c4d5e6f7a'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("SET lock_timeout = '5s'")
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("actor", sa.String(length=64), nullable=False),
    )
    op.create_index("ix_audit_log_actor", "audit_log", ["actor"])


def downgrade() -> None:
    op.execute("SET lock_timeout = '5s'")
    op.drop_index('ix_audit_log_actor', table_name='audit_log')
    op.drop_table('audit_log')
