"""add refunded payment state

Revision ID: c9d0e1f2a3b4
Revises:
Create Date: 2026-11-02 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = 'c9d0e1f2a3b4'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('payments', sa.Column('refunded_at', sa.DateTime(), nullable=True))
    op.execute(
        """
        ALTER TYPE payment_state
            ADD VALUE 'refunded' AFTER 'settled'
        """
    )


def downgrade():
    op.drop_column('payments', 'refunded_at')
