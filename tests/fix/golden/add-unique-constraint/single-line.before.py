"""one account per email address

Revision ID: 7a8b9c0d1e2f
Revises:
Create Date: 2026-12-01 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '7a8b9c0d1e2f'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_unique_constraint('uq_customers_email', 'customers', ['email'])  # one account per address


def downgrade():
    op.drop_constraint('uq_customers_email', 'customers', type_='unique')
