"""invoice numbering

Revision ID: 4d5e6f7a8b9c
Revises:
Create Date: 2026-11-20 10:30:00

"""
from alembic import op
import sqlalchemy as sa

revision = '4d5e6f7a8b9c'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SET lock_timeout = '5s'")
    op.add_column('invoices', sa.Column('number', sa.String(length=20), nullable=True))
    op.create_unique_constraint('uq_invoices_number', 'invoices', ['number'])
    op.add_column('invoices', sa.Column('due_date', sa.Date(), nullable=True))
    op.alter_column('invoices', 'total', new_column_name='total_cents')


def downgrade():
    op.execute("SET lock_timeout = '5s'")
    op.alter_column('invoices', 'total_cents', new_column_name='total')
    op.drop_column('invoices', 'due_date')
    op.drop_column('invoices', 'number')
