"""order priority

Revision ID: 6f7a8b9c0d1e
Revises:
Create Date: 2026-11-21 08:30:00

"""
from alembic import op
from sqlalchemy import Column, Integer

revision = '6f7a8b9c0d1e'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SET lock_timeout = '5s'")
    op.add_column(
        "order",
        Column(
            "priority",
            Integer(),
            nullable=False,
        ),
    )


def downgrade():
    op.execute("SET lock_timeout = '5s'")
    op.drop_column("order", "priority")
