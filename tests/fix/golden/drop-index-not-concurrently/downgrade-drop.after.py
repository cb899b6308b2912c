"""index customers by region

Revision ID: 3c4d5e6f7a8b
Revises:
Create Date: 2026-12-01 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '3c4d5e6f7a8b'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index('ix_customers_region', 'customers', ['region'], postgresql_concurrently=True)


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index('ix_customers_region', table_name='customers', postgresql_concurrently=True)  # only the region filter used it
