"""merge 61fa093c21bb  e108d9f673fe

Revision ID: 7c552b906888
Revises: 61fa093c21bb, e108d9f673fe
Create Date: 2023-09-25 12:00:46.168477+00:00

"""

# revision identifiers, used by Alembic.
revision = "7c552b906888"
down_revision = ("61fa093c21bb", "e108d9f673fe")
branch_labels = None
depends_on = None


def upgrade():
    """Alembic left this function empty"""


def downgrade():
    """Alembic left this function empty"""
