"""merge 5649397a81bf  ae72826e75fc

Revision ID: e108d9f673fe
Revises: 5649397a81bf, ae72826e75fc
Create Date: 2023-09-20 13:29:25.971362+00:00

"""

# revision identifiers, used by Alembic.
revision = "e108d9f673fe"
down_revision = ("5649397a81bf", "ae72826e75fc")
branch_labels = None
depends_on = None


def upgrade():
    """alembic left this empty"""


def downgrade():
    """alembic left this empty"""
