"""index sessions by user

Revision ID: a7b8c9d0e1f2
Revises:
Create Date: 2026-11-02 10:00:00

"""
from alembic import op

revision = 'a7b8c9d0e1f2'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index('ix_sessions_user_id', 'sessions', ['user_id'],
                        postgresql_concurrently=True,
                        postgresql_where="revoked_at IS NULL")


def downgrade():
    op.drop_index('ix_sessions_user_id', table_name='sessions')
