"""drop the session lookup index

Revision ID: 2b3c4d5e6f7a
Revises:
Create Date: 2026-12-01 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '2b3c4d5e6f7a'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_sessions_user_id")


def downgrade():
    op.execute("CREATE INDEX ix_sessions_user_id ON sessions (user_id)")
