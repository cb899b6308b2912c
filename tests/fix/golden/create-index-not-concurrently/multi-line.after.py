"""index events

Revision ID: f6a7b8c9d0e1
Revises:
Create Date: 2026-11-02 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = 'f6a7b8c9d0e1'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('events', sa.Column('tenant_id', sa.Integer(), nullable=True))
    with op.get_context().autocommit_block():
        op.create_index(
            op.f('ix_events_tenant_id_created_at'),
            'events',
            ['tenant_id', 'created_at'],
            unique=False,
            postgresql_concurrently=True,
        )


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index(op.f('ix_events_tenant_id_created_at'), table_name='events', postgresql_concurrently=True)
    op.drop_column('events', 'tenant_id')
