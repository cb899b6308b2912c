"""mark archived invoices

Revision ID: b2c3d4e5f6a7
Revises:
Create Date: 2026-11-02 10:00:00

"""
from alembic import op
from sqlalchemy import text as sql_text

revision = 'b2c3d4e5f6a7'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.get_bind().execute(sql_text("UPDATE invoices SET archived = true WHERE paid_at < now() - interval '7 years'"))


def downgrade():
    op.get_bind().execute(sql_text("UPDATE invoices SET archived = false"))
