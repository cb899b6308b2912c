"""shipping fields

Revision ID: 3c4d5e6f7a8b
Revises:
Create Date: 2026-11-20 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '3c4d5e6f7a8b'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SET lock_timeout = '5s'")
    op.add_column('orders', sa.Column('carrier', sa.String(length=20), nullable=True))
    op.add_column('orders', sa.Column('tracking_code', sa.String(length=40), nullable=True))
    op.add_column('orders', sa.Column('shipped_at', sa.DateTime(), nullable=True))


def downgrade():
    op.execute("SET lock_timeout = '5s'")
    op.drop_column('orders', 'shipped_at')  # newest first
    op.drop_column('orders', 'carrier')
