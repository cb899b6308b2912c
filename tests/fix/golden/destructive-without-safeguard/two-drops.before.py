"""remove legacy login columns

Revision ID: 7a8b9c0d1e2f
Revises:
Create Date: 2026-11-22 14:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '7a8b9c0d1e2f'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    """Nothing has read these columns since the SSO switch."""
    # Lock waits must not stall the site.
    op.execute("SET lock_timeout = '5s'")
    op.drop_column('users', 'legacy_password')
    op.drop_column('users', 'legacy_salt')


def downgrade():
    op.execute("SET lock_timeout = '5s'")
    op.add_column('users', sa.Column('legacy_salt', sa.String(length=32), nullable=True))
    op.add_column('users', sa.Column('legacy_password', sa.String(length=128), nullable=True))
