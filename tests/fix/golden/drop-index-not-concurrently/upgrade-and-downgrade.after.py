"""drop the legacy reference index

Revision ID: 1a2b3c4d5e6f
Revises:
Create Date: 2026-12-01 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '1a2b3c4d5e6f'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    # The legacy reference lookup moved to the archive service.
    with op.get_context().autocommit_block():
        op.drop_index('ix_orders_legacy_ref', table_name='orders', postgresql_concurrently=True)


def downgrade():
    with op.get_context().autocommit_block():
        op.create_index(
            'ix_orders_legacy_ref',
            'orders',
            ['legacy_ref'],
            unique=False,
            postgresql_concurrently=True,
        )
