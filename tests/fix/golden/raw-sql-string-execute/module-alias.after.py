"""backfill display names

Revision ID: a1b2c3d4e5f6
Revises:
Create Date: 2026-11-02 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = 'a1b2c3d4e5f6'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('accounts', sa.Column('display_name', sa.String(120), nullable=True))
    connection = op.get_bind()
    # Copy the legacy name over; rows without one keep NULL.
    connection.execute(
        sa.text('UPDATE accounts SET display_name = legacy_name '  # legacy_name is dropped next release
        'WHERE legacy_name IS NOT NULL')
    )


def downgrade():
    op.drop_column('accounts', 'display_name')
