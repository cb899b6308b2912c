"""add suspended status

Revision ID: b8c9d0e1f2a3
Revises:
Create Date: 2026-11-02 10:00:00

"""
from alembic import op

revision = 'b8c9d0e1f2a3'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER TYPE user_status ADD VALUE IF NOT EXISTS 'suspended'")


def downgrade():
    # PostgreSQL cannot drop an enum value; 'suspended' stays unused.
    pass
