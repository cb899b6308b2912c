"""orders get a note

Revision ID: 0d1e2f3a4b5c
Revises:
Create Date: 2026-12-01 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0d1e2f3a4b5c'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    """Support asked for a free-text note on each order."""
    op.add_column('orders', sa.Column('note', sa.Text(), nullable=True))


def downgrade():
    op.drop_column('orders', 'note')
