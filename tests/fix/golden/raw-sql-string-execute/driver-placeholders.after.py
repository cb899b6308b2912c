"""seed default plan

Revision ID: d4e5f6a7b8c9
Revises:
Create Date: 2026-11-02 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = 'd4e5f6a7b8c9'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    bind.exec_driver_sql("INSERT INTO plans (code, seats) VALUES (%s, %s)", ("free", 3))


def downgrade():
    op.get_bind().execute(sa.text("DELETE FROM plans WHERE code = 'free'"))
